// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/PrivilegeGrant.h"
#include "accounts/ServerDialect.h"
#include "accounts/SqlQuoting.h"
#include "accounts/AccountRequirement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What to do to one account.
struct AccountChange
{
    // How a new account logs in. sslcm never creates an account with an empty password: it
    // needs a password, or an authentication that uses none (chosen explicitly).
    enum class Authentication {
        Password,
        Socket, // the operating-system user of the same name over the server's Unix socket:
                // unix_socket on MariaDB, auth_socket on MySQL
    };

    QString user;
    QString host = QStringLiteral("%");
    AccountRequirement requirement;
    PrivilegeGrant grant; // nothing is granted when it has no privileges
    bool createIfMissing = true;
    Authentication authentication = Authentication::Password;
    // For a new account with Authentication::Password (CREATE USER IF NOT EXISTS): goes into the
    // statements sslcm runs, never into the ones it prints.
    QString password;
    bool revokeFirst = false;        // REVOKE ALL PRIVILEGES, GRANT OPTION before granting
    bool legacyGrantRequire = false; // GRANT ... REQUIRE instead of ALTER USER (not on MySQL 8)
    bool flushPrivileges = false;    // only offered with the legacy form; never needed
};

// One statement and what it is for.
struct AccountStatement
{
    // Session: keeps GRANT from creating a missing account (NO_AUTO_CREATE_USER).
    enum class Purpose { Create, Revoke, Require, Session, Grant, Flush };
    Purpose purpose = Purpose::Require;
    QString sql; // as run, without the trailing semicolon; may hold the password
    // As printed, copied, saved and reported: never a password. Where one belongs it has
    // AccountStatementBuilder::passwordPlaceholder(), a syntax error if run unchanged.
    QString displaySql;
    QString comment; // translated, one line; printed as an SQL comment above the statement
};

// The statements for one AccountChange on one dialect, or why there are none.
struct AccountScript
{
    QList<AccountStatement> statements;
    QStringList problems; // translated; when not empty there are no statements
    QStringList notes; // translated: FLUSH PRIVILEGES, existing sessions, require_secure_transport
    // Translated: why sslcm will not run these statements itself (a new account without a
    // password). The printed statements are still safe to show: they cannot create it.
    QStringList runProblems;

    bool ok() const { return problems.isEmpty(); }
    bool canRun() const { return ok() && runProblems.isEmpty(); }
    // "-- comment\nstmt;\n" for every statement, as displaySql: safe to paste, no password.
    QString text() const;
    // A .sql file: the notes as comments, then text().
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

    // What the printed statements have where the new account's password belongs: not a string
    // literal, so a statement that still has it is a syntax error and creates nothing.
    static QString passwordPlaceholder();
    // "password", "socket" (for the command line).
    static QString authenticationKey(AccountChange::Authentication authentication);
    static std::optional<AccountChange::Authentication> authenticationFromKey(const QString &key);
    // How a new account logs in, in plain words for this dialect (translated).
    static QString authenticationText(AccountChange::Authentication authentication,
                                      const ServerDialect &dialect);
};
