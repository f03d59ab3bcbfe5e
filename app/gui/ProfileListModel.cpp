// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileListModel.h"

#include "SslModeIcon.h"
#include "profile/ProfileStore.h"

#include <QApplication>

ProfileListModel::ProfileListModel(ProfileStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    Q_ASSERT(store);
    m_profiles = m_store->profiles();
    connect(m_store, &ProfileStore::profileAdded, this, &ProfileListModel::onProfileAdded);
    connect(m_store, &ProfileStore::profileUpdated, this, &ProfileListModel::onProfileUpdated);
    connect(m_store, &ProfileStore::profileRemoved, this, &ProfileListModel::onProfileRemoved);
    connect(m_store, &ProfileStore::profilesReset, this, &ProfileListModel::reload);
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int ProfileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Profile &profile = m_profiles.at(index.row());

    switch (role) {
    case ProfileIdRole:
        return profile.id;
    case NameRole:
        return profile.name;
    case AddressRole:
        return profile.addressText();
    case UserRole:
        return profile.user;
    case SslModeRole:
        return int(profile.sslMode);
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return profile.name;
        case AddressColumn:
            return profile.addressText();
        case UserColumn:
            return profile.user;
        case SslModeColumn:
            return SslModes::displayName(profile.sslMode);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SslModeColumn)
            return SslModes::consequence(profile.sslMode);
        break;
    case Qt::DecorationRole:
        // Every mode gets an icon, so that the mode names line up.
        if (index.column() == SslModeColumn)
            return SslModeIcon::forMode(profile.sslMode, QApplication::style());
        break;
    }
    return {};
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        //: Column header: the name the user gave a saved connection
        return tr("Name");
    case AddressColumn:
        //: Column header: host name and port of the database server
        return tr("Server");
    case UserColumn:
        //: Column header: the database account used to log in
        return tr("User");
    case SslModeColumn:
        //: Column header: how strongly the connection is protected (MySQL's --ssl-mode)
        return tr("SSL mode");
    }
    return {};
}

Qt::ItemFlags ProfileListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn && m_store->isWritable())
        result |= Qt::ItemIsEditable;
    return result;
}

bool ProfileListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;

    Profile profile = m_profiles.at(index.row());
    const QString name = value.toString().trimmed();
    if (name == profile.name)
        return true;
    if (name.isEmpty()) {
        Q_EMIT editFailed(tr("A connection needs a name; the name was not changed."));
        return false;
    }
    const QList<Profile> sameName = m_store->find(name);
    for (const Profile &other : sameName) {
        if (other.id != profile.id) {
            Q_EMIT editFailed(
                    tr("There is already a connection named “%1”; the name was not changed.")
                            .arg(name));
            return false;
        }
    }

    profile.name = name;
    // The store emits profileUpdated on success, which updates this model.
    const StoreSaveResult saved = m_store->update(profile);
    if (!saved) {
        Q_EMIT editFailed(tr("The connection could not be renamed: %1").arg(saved.error));
        return false;
    }
    return true;
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ProfileIdRole, QByteArrayLiteral("profileId"));
    names.insert(NameRole, QByteArrayLiteral("name"));
    names.insert(AddressRole, QByteArrayLiteral("address"));
    names.insert(UserRole, QByteArrayLiteral("user"));
    names.insert(SslModeRole, QByteArrayLiteral("sslMode"));
    return names;
}

QUuid ProfileListModel::profileId(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_profiles.at(index.row()).id;
}

QModelIndex ProfileListModel::indexOfProfile(const QUuid &id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

void ProfileListModel::reload()
{
    beginResetModel();
    m_profiles = m_store->profiles();
    endResetModel();
}

void ProfileListModel::onProfileAdded(const QUuid &id)
{
    const std::optional<Profile> profile = m_store->profile(id);
    if (!profile || rowOf(id) >= 0)
        return;
    // Keep the store's order where it is known; anything else goes last.
    int row = m_store->indexOf(id);
    if (row < 0 || row > m_profiles.size())
        row = int(m_profiles.size());
    beginInsertRows({}, row, row);
    m_profiles.insert(row, *profile);
    endInsertRows();
}

void ProfileListModel::onProfileUpdated(const QUuid &id)
{
    const int row = rowOf(id);
    const std::optional<Profile> profile = m_store->profile(id);
    if (row < 0 || !profile)
        return;
    m_profiles[row] = *profile;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ProfileListModel::onProfileRemoved(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_profiles.removeAt(row);
    endRemoveRows();
}

int ProfileListModel::rowOf(const QUuid &id) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == id)
            return row;
    }
    return -1;
}
