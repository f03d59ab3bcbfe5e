// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountStatementBuilder.h"
#include "accounts/ServerDialect.h"
#include "accounts/SqlQuoting.h"
#include "accounts/AccountRequirement.h"
#include "mysql/ProfileConnection.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class ProfileConnection;

// What the admin connection found out about the server and its own session.
struct AdminServerFacts
{
    QString version;                      // SELECT VERSION()
    std::optional<ServerDialect> dialect; // nullopt: not MySQL 5.7/8+/MariaDB 10+
    QString sqlMode;                      // @@SESSION.sql_mode
    QString characterSetClient;           // @@SESSION.character_set_client
    SqlQuoting::Backslash backslash = SqlQuoting::Backslash::IsEscape;
    QString currentUser;
    QString tlsVersion; // the server's Ssl_version for the admin session
    bool requireSecureTransport = false;
};

// An account as the grant tables list it.
struct AccountName
{
    QString user;
    QString host;
    bool operator==(const AccountName &o) const { return user == o.user && host == o.host; }
};

// The outcome of one statement.
struct StatementResult
{
    int index = 0;
    QString displaySql; // password hidden
    enum class Status { Done, Failed, Skipped };
    Status status = Status::Skipped;
    int errorCode = 0;
    QString error;        // the server's message
    QStringList warnings; // SHOW WARNINGS after it: "Note 1973: Can't create user ..."
    qint64 elapsedMs = -1;
};

// The requirement an account has now, read back from the grant tables.
struct AccountReadBack
{
    bool ok = false;
    QString error; // translated, when the account could not be read
    bool exists = false;
    AccountRequirement requirement;
    QString source;         // "mysql.global_priv" or "mysql.user"
    QString showCreateUser; // SHOW CREATE USER, as the server printed it
};

// A QMYSQL connection through sslcm's TLS gateway, logged in with an admin profile's own
// credentials: statements about accounts go only through a session whose TLS sslcm verified.
// Use it on one thread (QSqlDatabase is thread-affine): open, use and destroy it there.
class AdminSession
{
    Q_DECLARE_TR_FUNCTIONS(AdminSession)
public:
    struct Opened
    {
        std::unique_ptr<AdminSession> session;
        QString error; // translated
        int errorCode = 0;
    };
    struct Accounts
    {
        QList<AccountName> accounts;
        QString error;
    };
    struct Execution
    {
        QList<StatementResult> results; // empty when nothing was run
        QString error;                  // translated: why nothing was run
    };

    static Opened open(const Profile &admin, const ConnectionSecrets &secrets);
    ~AdminSession();
    AdminSession(const AdminSession &) = delete;
    AdminSession &operator=(const AdminSession &) = delete;

    QSqlDatabase database() const;
    const Profile &profile() const { return m_profile; }
    // Reads the version, sql_mode (fresh each time: it decides how literals are escaped) and the
    // session's TLS facts. nullopt and a message when the server does not answer.
    struct FactsResult
    {
        std::optional<AdminServerFacts> facts;
        QString error;
    };
    FactsResult facts();
    Accounts accounts();
    // Runs the statements in order and stops at the first failure (the rest are Skipped).
    // Runs nothing when the script cannot be run (AccountScript::canRun()) or the session's
    // character set could make the server misread a quoted value.
    Execution execute(const AccountScript &script,
                      const std::function<void(const StatementResult &)> &onResult = {});
    AccountReadBack readBack(const QString &user, const QString &host,
                             const ServerDialect &dialect);
    // Why no statement with user input may go through this session now (it reads
    // character_set_client fresh), or nullopt.
    std::optional<QString> unsafeForStatements();

private:
    AdminSession() = default;
    Profile m_profile;
    std::unique_ptr<ProfileConnection> m_connection;
};
