// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/Profile.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>

#include <functional>
#include <QList>
#include <QUuid>

class ProfileStore;

// The profiles of a ProfileStore as a table: one row per profile, in store order. Follows the
// store's change signals; renaming through the name column writes to the store at once.
class ProfileListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        AddressColumn,
        UserColumn,
        SslModeColumn,
        LastTestColumn,
        CertificatesColumn,
        ColumnCount
    };
    enum Role {
        ProfileIdRole = Qt::UserRole + 1, // QUuid
        NameRole,                         // QString
        AddressRole,                      // QString, "host:port"
        UserRole,                         // QString
        SslModeRole,                      // int, an SslMode value
        SearchTextRole,                   // QString: name, host, user and notes, case-folded
        LastVerdictRole,                  // int, a ConnectionReport::Verdict, or -1: never tested
        CertificateWarningRole,           // QString: a certificate problem, or empty
    };
    Q_ENUM(Role)

    explicit ProfileListModel(ProfileStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Renames the profile (name column, Qt::EditRole) and saves the store. A refused name or a
    // failed save returns false and emits editFailed().
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    QUuid profileId(const QModelIndex &index) const;
    const Profile &profileAt(int row) const { return m_profiles.at(row); }
    // What is wrong with the CA file or client certificate a profile uses: missing, expired or
    // expiring within `days`; empty when nothing is.
    static QString certificateWarning(const Profile &profile, const QDateTime &nowUtc,
                                      int days = 30);
    QModelIndex indexOfProfile(const QUuid &id, int column = NameColumn) const;

Q_SIGNALS:
    // A rename was refused or could not be saved; `message` is translated, for people.
    void editFailed(const QString &message);

private:
    void reload();
    void onProfileAdded(const QUuid &id);
    void onProfileUpdated(const QUuid &id);
    void onProfileRemoved(const QUuid &id);
    int rowOf(const QUuid &id) const;

    ProfileStore *m_store;
    // A copy, so that rows stay consistent with what views were told even while the store
    // changes ahead of its signals.
    QList<Profile> m_profiles;
    QList<QString> m_searchText; // per row, for filtering 10,000 rows per keystroke
    mutable QHash<QUuid, QString> m_certificateWarnings; // computed when first shown
    // Icons are made once, not per row: decoding them dominated start-up with 10,000 rows.
    QIcon cachedIcon(int key, const std::function<QIcon()> &make) const;
    mutable QHash<int, QIcon> m_icons;
};
