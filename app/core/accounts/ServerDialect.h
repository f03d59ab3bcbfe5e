// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The server family whose account grammar statements are written for. Detected from
// `SELECT VERSION()` (or the greeting's version string) or chosen by hand.
class ServerDialect
{
    Q_DECLARE_TR_FUNCTIONS(ServerDialect)
public:
    enum class Kind {
        MySql57, // MySQL 5.7: ALTER USER ... REQUIRE, GRANT ... REQUIRE (deprecated), user <= 32
        MySql8,  // MySQL 8.x/9.x: GRANT ... REQUIRE removed, user <= 32
        MariaDb, // MariaDB 10.x/11.x: both forms, user <= 128, grant tables in global_priv (10.4+)
    };

    ServerDialect() = default;
    explicit ServerDialect(Kind kind, int major = 0, int minor = 0, int patch = 0);

    // "8.0.36", "5.7.44-log", "10.11.6-MariaDB-0+deb12u1", "5.5.5-10.11.6-MariaDB" (the
    // replication prefix MariaDB puts in its greeting). nullopt when it is none of the three.
    static std::optional<ServerDialect> fromVersion(const QString &version);
    // "mysql8", "mysql57", "mariadb" (also "mysql", "mysql5.7", "mysql-8"...).
    static std::optional<ServerDialect> fromKey(const QString &key);
    static QList<Kind> allKinds();

    Kind kind() const { return m_kind; }
    QString key() const; // "mysql8"
    QString
    displayName() const; // "MySQL 8.x / 9.x", or "MariaDB 10.11.6" when the version is known
    bool versionKnown() const { return m_major > 0; }
    int majorVersion() const { return m_major; }
    int minorVersion() const { return m_minor; }

    bool isMariaDb() const { return m_kind == Kind::MariaDb; }
    // GRANT ... REQUIRE is part of the grammar (MySQL 5.7, MariaDB); MySQL 8.0 removed it.
    bool acceptsGrantRequire() const { return m_kind != Kind::MySql8; }
    // MariaDB 10.4+ keeps accounts in mysql.global_priv (JSON); an unknown MariaDB version is
    // assumed to be a current one.
    bool hasGlobalPriv() const;
    // Limits of the grant tables, in characters.
    int maxUserLength() const;
    int maxHostLength() const;
    static constexpr int maxIdentifierLength = 64; // database and table names

    bool operator==(const ServerDialect &o) const { return m_kind == o.m_kind; }
    bool operator!=(const ServerDialect &o) const { return m_kind != o.m_kind; }

private:
    Kind m_kind = Kind::MySql8;
    int m_major = 0;
    int m_minor = 0;
    int m_patch = 0;
};
