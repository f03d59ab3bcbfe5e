// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/PrivilegeGrant.h"
#include "accounts/ServerDialect.h"
#include "accounts/SqlQuoting.h"
#include "accounts/TlsRequirementSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What to do to one account.
struct AccountChange
{
    QString user;
    QString host = QStringLiteral("%");
    TlsRequirementSpec requirement;
    PrivilegeGrant grant; // nothing is granted when it has no privileges
    bool createIfMissing = true;
    QString password;         // for a new account only (CREATE USER IF NOT EXISTS); may be empty
    bool revokeFirst = false; // REVOKE ALL PRIVILEGES, GRANT OPTION before granting
    bool legacyGrantRequire = false; // GRANT ... REQUIRE instead of ALTER USER (not on MySQL 8)
    bool flushPrivileges = false;    // only offered with the legacy form; never needed
};

// One statement and what it is for.
struct AccountStatement
{
    enum class Purpose { Create, Revoke, Require, Grant, Flush };
    Purpose purpose = Purpose::Require;
    QString sql; // without the trailing semicolon
    // The same statement with the password replaced by '***', for screens, logs and files.
    QString displaySql;
};

// The statements for one AccountChange on one dialect, or why there are none.
struct AccountScript
{
    QList<AccountStatement> statements;
    QStringList problems; // translated; when not empty there are no statements
    QStringList notes; // translated: FLUSH PRIVILEGES, existing sessions, require_secure_transport

    bool ok() const { return problems.isEmpty(); }
    // "stmt;\nstmt;\n", with the password shown as '***' unless `withSecrets`.
    QString text(bool withSecrets = false) const;
    // A .sql file: the notes as comments, then the statements (no password).
    QString sqlFile(const QString &title) const;
};

// Writes the statements that give an account a TLS requirement and privileges, for the grammar
// of the server in front of it (see shared/DESIGN.md, "Accounts and REQUIRE"):
//   CREATE USER IF NOT EXISTS, [REVOKE ALL], ALTER USER ... REQUIRE, GRANT ... ON ...
// or, when asked for and accepted by the dialect, the legacy GRANT ... REQUIRE.
class AccountStatementBuilder
{
    Q_DECLARE_TR_FUNCTIONS(AccountStatementBuilder)
public:
    // `backslash` is how the session that runs the statements reads string literals (its
    // sql_mode); for text that will be run elsewhere use IsEscape, the default sql_mode.
    static AccountScript build(const AccountChange &change, const ServerDialect &dialect,
                               SqlQuoting::Backslash backslash = SqlQuoting::Backslash::IsEscape);
    // Translated problems with the account name alone (user and host), for the dialog.
    static QStringList accountProblems(const QString &user, const QString &host,
                                       const ServerDialect &dialect);
    // `user`@`host`
    static QString accountName(const QString &user, const QString &host);
    // How MySQL and MariaDB read a host pattern, in plain words.
    static QString hostPatternExplanation(const QString &host);
    // The server-wide alternative: require_secure_transport, in plain words with the statement.
    static QString secureTransportNote(const ServerDialect &dialect);

    struct CommandLineTarget
    {
        QString host;
        quint16 port = 3306;
        QString adminUser;
        QString caFile;
        QString clientCertificate;
        QString clientKey;
    };
    // The equivalent `mysql` command line (POSIX shell quoting), asking for the password.
    static QString mysqlCommandLine(const AccountScript &script, const ServerDialect &dialect,
                                    const CommandLineTarget &target);
    static QString shellQuote(const QString &text);
};
