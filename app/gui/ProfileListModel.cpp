// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileListModel.h"

#include "SslModeIcon.h"
#include "VerdictIcon.h"
#include "cert/CertificateDisplay.h"
#include "cert/CertificateFileSummary.h"
#include "mysql/ConnectionReport.h"
#include "profile/ProfileStore.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

namespace {
QString searchText(const Profile &p)
{
    return QStringList {p.name, p.host, p.user, p.notes}.join(QLatin1Char('\n')).toCaseFolded();
}
} // namespace

ProfileListModel::ProfileListModel(ProfileStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    Q_ASSERT(store);
    m_profiles = m_store->profiles();
    m_searchText.reserve(m_profiles.size());
    for (const Profile &p : std::as_const(m_profiles))
        m_searchText << searchText(p);
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
    case SearchTextRole:
        return m_searchText.at(index.row());
    case LastVerdictRole:
        return profile.lastTest ? int(profile.lastTest->verdict) : -1;
    case CertificateWarningRole: {
        auto it = m_certificateWarnings.constFind(profile.id);
        if (it == m_certificateWarnings.constEnd())
            it = m_certificateWarnings.insert(
                    profile.id, certificateWarning(profile, QDateTime::currentDateTimeUtc()));
        return *it;
    }
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
            return SslModes::shortName(profile.sslMode);
        case LastTestColumn:
            //: List cell: the connection was never tested
            return profile.lastTest ? ConnectionReport::verdictShortText(profile.lastTest->verdict)
                                    : tr("never tested");
        case CertificatesColumn: {
            const QString warning = data(index, CertificateWarningRole).toString();
            // List cell: the certificate files the connection uses are fine
            return warning.isEmpty() ? QString() : warning;
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SslModeColumn)
            return SslModes::consequence(profile.sslMode);
        if (index.column() == CertificatesColumn)
            return data(index, CertificateWarningRole);
        if (index.column() == AddressColumn && profile.ssh)
            //: List tooltip: %1 is the database's host:port, %2 the SSH jump host (user@host)
            return tr("%1, reached through the SSH jump host %2")
                    .arg(profile.addressText(), profile.ssh->destination());
        if (index.column() == LastTestColumn) {
            // The cell holds a few words; the whole verdict is here and in the details pane.
            if (const std::optional<LastTestResult> &last = profile.lastTest) {
                QString tip = ConnectionReport::verdictText(last->verdict);
                if (!last->summary.isEmpty())
                    tip += QLatin1Char('\n') + last->summary;
                //: List tooltip: when the connection was last tested; %1 is a date and time
                return tip + QLatin1Char('\n')
                        + tr("Tested %1.").arg(CertificateDisplay::dateTimeLocal(last->whenUtc));
            }
        }
        break;
    case Qt::DecorationRole:
        // Every mode gets an icon, so that the mode names line up.
        if (index.column() == SslModeColumn)
            return cachedIcon(int(profile.sslMode), [&] {
                return SslModeIcon::forMode(profile.sslMode, QApplication::style());
            });
        if (index.column() == LastTestColumn) {
            const std::optional<LastTestResult> &last = profile.lastTest;
            if (!last)
                return cachedIcon(100, [] {
                    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxQuestion);
                });
            return cachedIcon(200 + int(last->verdict), [&] {
                return VerdictIcon::forVerdict(last->verdict, QApplication::style());
            });
        }
        if (index.column() == CertificatesColumn
            && !data(index, CertificateWarningRole).toString().isEmpty())
            return cachedIcon(300, [] {
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            });
        break;
    }
    return {};
}

QIcon ProfileListModel::cachedIcon(int key, const std::function<QIcon()> &make) const
{
    auto it = m_icons.constFind(key);
    if (it == m_icons.constEnd())
        it = m_icons.insert(key, make());
    return *it;
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
    case LastTestColumn:
        //: Column header: the verdict of the connection's last test
        return tr("Last test");
    case CertificatesColumn:
        //: Column header: warnings about the certificate files a connection uses
        return tr("Certificates");
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
    m_searchText.clear();
    for (const Profile &p : std::as_const(m_profiles))
        m_searchText << searchText(p);
    m_certificateWarnings.clear();
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
    m_searchText.insert(row, searchText(*profile));
    endInsertRows();
}

void ProfileListModel::onProfileUpdated(const QUuid &id)
{
    const int row = rowOf(id);
    const std::optional<Profile> profile = m_store->profile(id);
    if (row < 0 || !profile)
        return;
    m_profiles[row] = *profile;
    m_searchText[row] = searchText(*profile);
    m_certificateWarnings.remove(id);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ProfileListModel::onProfileRemoved(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_profiles.removeAt(row);
    m_searchText.removeAt(row);
    m_certificateWarnings.remove(id);
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

QString ProfileListModel::certificateWarning(const Profile &profile, const QDateTime &nowUtc,
                                             int days)
{
    QStringList warnings;
    const auto check = [&](const QString &path, CertificateFileSummary::Role role,
                           const QString &what) {
        if (path.isEmpty())
            return;
        if (!QFileInfo::exists(path)) {
            //: %1 is "CA file" or "client certificate"
            warnings << tr("%1 missing").arg(what);
            return;
        }
        const CertificateFileSummary summary = CertificateFileSummary::inspect(path, role, nowUtc);
        if (summary.certificateCount == 0 || summary.first.isNull()) {
            if (!summary.ok())
                warnings << tr("%1 unusable").arg(what);
            return;
        }
        const QDateTime until = summary.first.notAfter;
        if (until < nowUtc)
            warnings << tr("%1 expired on %2").arg(what, CertificateDisplay::date(until));
        else if (nowUtc.secsTo(until) < qint64(days) * 24 * 3600)
            warnings << tr("%1 expires on %2").arg(what, CertificateDisplay::date(until));
    };
    check(profile.caFile, CertificateFileSummary::Role::CaCertificates, tr("CA file"));
    check(profile.clientCertificate, CertificateFileSummary::Role::ClientCertificate,
          tr("client certificate"));
    return warnings.join(QStringLiteral("; "));
}
