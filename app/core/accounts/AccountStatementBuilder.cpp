// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountStatementBuilder.h"

#include "interop/ClientCommandLine.h"
#include "interop/ShellWords.h"

namespace {
constexpr int maxPasswordLength = 512;
} // namespace

QString AccountScript::text() const
{
    QString all;
    for (const AccountStatement &s : statements) {
        if (!s.comment.isEmpty())
            all += QStringLiteral("-- ") + s.comment + QLatin1Char('\n');
        all += s.displaySql + QStringLiteral(";\n");
    }
    return all;
}

QString AccountScript::sqlFile(const QString &title) const
{
    QString file;
    file += QStringLiteral("-- ") + title + QLatin1Char('\n');
    for (const QString &note : notes) {
        // Notes are translated prose; keep each one on comment lines of its own.
        for (const QString &line : note.split(QLatin1Char('\n')))
            file += QStringLiteral("-- ") + line + QLatin1Char('\n');
    }
    file += QLatin1Char('\n') + text();
    return file;
}

QString AccountStatementBuilder::accountName(const QString &user, const QString &host)
{
    return SqlQuoting::identifier(user) + QLatin1Char('@') + SqlQuoting::identifier(host);
}

QStringList AccountStatementBuilder::accountProblems(const QString &user, const QString &host,
                                                     const ServerDialect &dialect)
{
    QStringList found;
    if (user.isEmpty())
        found << tr("Enter a user name. sslcm does not change anonymous accounts.");
    else if (const auto problem
             = SqlQuoting::problem(user, tr("user name"), dialect.maxUserLength(), true))
        found << *problem;
    if (host.isEmpty())
        found << tr("Enter a host, or % for any host.");
    else if (const auto problem
             = SqlQuoting::problem(host, tr("host"), dialect.maxHostLength(), true))
        found << *problem;
    return found;
}

AccountScript AccountStatementBuilder::build(const AccountChange &change,
                                             const ServerDialect &dialect,
                                             SqlQuoting::Backslash backslash)
{
    AccountScript script;
    script.problems << accountProblems(change.user, change.host, dialect);
    script.problems << change.requirement.problems();
    script.problems << change.grant.problems();
    if (!change.password.isEmpty())
        if (const auto problem
            = SqlQuoting::problem(change.password, tr("password"), maxPasswordLength, false))
            script.problems << *problem;
    if (backslash == SqlQuoting::Backslash::IsLiteral
        && change.requirement.type == AccountRequirement::Type::Specified) {
        const struct
        {
            const QString &value;
            QString what;
        } values[] = {{change.requirement.issuer, tr("issuer")},
                      {change.requirement.subject, tr("subject")},
                      {change.requirement.cipher, tr("cipher")}};
        for (const auto &v : values)
            if (SqlQuoting::breaksOutWhereBackslashEscapes(v.value))
                script.problems
                        << tr("The %1 has a backslash before a quote or at its end. The "
                              "statements are written for NO_BACKSLASH_ESCAPES; pasted into a "
                              "session with the default sql_mode, that backslash would end the "
                              "string early and the rest of the text would run as SQL. Remove "
                              "the backslash, or write the statements for the default sql_mode.")
                                   .arg(v.what);
    }
    if (change.legacyGrantRequire && !dialect.acceptsGrantRequire())
        script.problems << tr("%1 removed GRANT ... REQUIRE; the requirement is set with ALTER "
                              "USER instead. Turn off the legacy form.")
                                   .arg(dialect.displayName());
    if (!script.problems.isEmpty())
        return script;

    const QString account = accountName(change.user, change.host);
    const QString require = change.requirement.clause(backslash);
    auto add = [&script](AccountStatement::Purpose purpose, const QString &sql) {
        script.statements.append({purpose, sql, sql, {}});
    };

    if (change.createIfMissing) {
        // A new account gets its requirement in the same statement, so it never exists without
        // it; an existing one is left alone here (IF NOT EXISTS) and changed by ALTER USER.
        // It never gets an empty password, and the printed statement never a real one.
        const QString create = QStringLiteral("CREATE USER IF NOT EXISTS ") + account;
        const QString tail = change.legacyGrantRequire ? QString() : QLatin1Char(' ') + require;
        AccountStatement statement;
        statement.purpose = AccountStatement::Purpose::Create;
        if (change.authentication == AccountChange::Authentication::Socket) {
            const QString identified = dialect.isMariaDb()
                    ? QStringLiteral(" IDENTIFIED VIA unix_socket")
                    : QStringLiteral(" IDENTIFIED WITH auth_socket");
            statement.sql = statement.displaySql = create + identified + tail;
        } else {
            statement.displaySql
                    = create + QStringLiteral(" IDENTIFIED BY ") + passwordPlaceholder() + tail;
            //: %1 is the placeholder in the statement below it, <password>
            statement.comment
                    = tr("Replace %1 below with the new account's password as a quoted "
                         "string ('...') before running it. As printed it is a syntax error on "
                         "purpose: it can never create the account without a "
                         "password. Run the statements after it only once it worked.")
                              .arg(passwordPlaceholder());
            if (change.password.isEmpty()) {
                statement.sql = statement.displaySql;
                script.runProblems
                        << tr("Enter a password for the new account, choose authentication "
                              "over the Unix socket, or do not create the account: sslcm "
                              "never creates an account without a password.");
            } else {
                statement.sql = create + QStringLiteral(" IDENTIFIED BY ")
                        + SqlQuoting::stringLiteral(change.password, backslash) + tail;
            }
        }
        script.statements.append(statement);
    }
    if (change.revokeFirst)
        add(AccountStatement::Purpose::Revoke,
            QStringLiteral("REVOKE ALL PRIVILEGES, GRANT OPTION FROM ") + account);
    if (!change.legacyGrantRequire)
        add(AccountStatement::Purpose::Require,
            QStringLiteral("ALTER USER ") + account + QLatin1Char(' ') + require);

    if (!change.grant.isEmpty() || change.legacyGrantRequire) {
        PrivilegeGrant grant = change.grant;
        if (grant.isEmpty()) {
            // The legacy form needs a GRANT to carry the requirement; USAGE grants nothing.
            grant.scope = PrivilegeGrant::Scope::Global;
            grant.privileges = QStringList {QStringLiteral("USAGE")};
        }
        // On MariaDB and MySQL 5.7, GRANT creates a missing account, with an empty password,
        // unless the session's sql_mode has NO_AUTO_CREATE_USER (many servers run without it).
        // So the GRANT never creates the account, whether sslcm runs it or it is pasted after a
        // CREATE USER that failed. MySQL 8 never creates accounts with GRANT.
        if (dialect.kind() != ServerDialect::Kind::MySql8) {
            AccountStatement session;
            session.purpose = AccountStatement::Purpose::Session;
            session.sql = session.displaySql = QStringLiteral(
                    "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), "
                    "'NO_AUTO_CREATE_USER')");
            session.comment = tr("So that the GRANT below can never create the account (with an "
                                 "empty password) if it does not exist.");
            script.statements.append(session);
        }
        QString sql = QStringLiteral("GRANT %1 ON %2 TO %3")
                              .arg(grant.privilegeList(), grant.onClause(), account);
        if (change.legacyGrantRequire)
            sql += QLatin1Char(' ') + require;
        add(AccountStatement::Purpose::Grant, sql);
    }
    if (change.legacyGrantRequire && change.flushPrivileges)
        add(AccountStatement::Purpose::Flush, QStringLiteral("FLUSH PRIVILEGES"));

    script.notes << tr("FLUSH PRIVILEGES is not needed: CREATE USER, ALTER USER, GRANT and "
                       "REVOKE take effect at once. It is only needed after editing the grant "
                       "tables directly.");
    if (change.legacyGrantRequire && dialect.kind() == ServerDialect::Kind::MySql57)
        script.notes << tr("MySQL 5.7 deprecates GRANT ... REQUIRE; MySQL 8.0 removed it. "
                           "ALTER USER ... REQUIRE works on every supported server.");
    script.notes << tr("Existing sessions stay connected: the requirement is checked when a "
                       "client logs in, so sessions opened before this change keep running "
                       "without it until they reconnect.");
    script.notes << secureTransportNote(dialect);
    if (change.createIfMissing && change.authentication == AccountChange::Authentication::Socket
        && change.requirement.type != AccountRequirement::Type::None)
        script.notes << tr("An account that logs in through the Unix socket never uses TLS, so "
                           "with a TLS requirement it cannot log in at all. Choose the "
                           "requirement NONE for it, or password authentication.");
    const AccountRequirement &r = change.requirement;
    const QLatin1Char backslashChar('\\');
    const bool hasBackslash = r.type == AccountRequirement::Type::Specified
            && (r.issuer.contains(backslashChar) || r.subject.contains(backslashChar)
                || r.cipher.contains(backslashChar));
    if (hasBackslash)
        script.notes << (backslash == SqlQuoting::Backslash::IsEscape
                                 ? tr("The text contains backslashes, written for a session "
                                      "where a backslash escapes (the default sql_mode). On a "
                                      "server with NO_BACKSLASH_ESCAPES they would be doubled.")
                                 : tr("The text contains backslashes, written for a session "
                                      "with NO_BACKSLASH_ESCAPES in its sql_mode."));
    return script;
}

QString AccountStatementBuilder::hostPatternExplanation(const QString &host)
{
    if (host.isEmpty())
        return tr("The host says where the account may connect from.");
    if (host == QLatin1String("%"))
        return tr("%: from any host. The server matches the client's address (or its name, "
                  "unless the server skips name resolution).");
    if (host == QLatin1String("localhost"))
        return tr("localhost: only over the server's Unix socket or named pipe, where TLS is not "
                  "used; a TLS requirement then locks the account out of those connections.");
    if (host.contains(QLatin1Char('%')) || host.contains(QLatin1Char('_')))
        return tr("%1: a pattern. % matches any run of characters and _ exactly one, so "
                  "10.0.% matches every address that starts with 10.0.")
                .arg(host);
    if (host.contains(QLatin1Char('/')))
        return tr("%1: an address with a netmask; clients whose address falls in that network "
                  "may connect.")
                .arg(host);
    return tr("%1: only clients connecting from exactly this address or host name.").arg(host);
}

QString AccountStatementBuilder::secureTransportNote(const ServerDialect &dialect)
{
    const QString since
            = dialect.isMariaDb() ? tr("MariaDB 10.5.2 and newer") : tr("MySQL 5.7 and newer");
    return tr("Stronger, server-wide: SET GLOBAL require_secure_transport = ON (%1) refuses "
              "every connection without TLS for all accounts, including ones created later. "
              "Add require_secure_transport = ON to the server's configuration to keep it "
              "after a restart.")
            .arg(since);
}

QString AccountStatementBuilder::mysqlCommandLine(const AccountScript &script,
                                                  const ServerDialect &dialect,
                                                  const CommandLineTarget &target)
{
    ClientCommandLine::Connection connection;
    connection.host = target.host;
    connection.port = target.port;
    connection.user = target.adminUser;
    connection.mode = SslMode::VerifyIdentity;
    connection.caFile = target.caFile;
    connection.clientCertificate = target.clientCertificate;
    connection.clientKey = target.clientKey;
    QStringList args {QStringLiteral("mysql")};
    args << ClientCommandLine::arguments(connection,
                                         dialect.isMariaDb() ? ClientCommandLine::Client::Mariadb
                                                             : ClientCommandLine::Client::Mysql);
    // One line: a `--` comment would swallow the statements after it, so comments go in /* */.
    QStringList statements;
    for (const AccountStatement &s : script.statements) {
        QString comment = s.comment;
        comment.replace(QLatin1String("*/"), QLatin1String("* /"));
        statements << (comment.isEmpty() ? QString()
                                         : QStringLiteral("/* ") + comment + QStringLiteral(" */ "))
                        + s.displaySql + QLatin1Char(';');
    }
    args << QStringLiteral("--execute=") + statements.join(QLatin1Char(' '));
    return ShellWords::join(args);
}

QString AccountStatementBuilder::passwordPlaceholder()
{
    return QStringLiteral("<password>");
}

QString AccountStatementBuilder::authenticationKey(AccountChange::Authentication authentication)
{
    return authentication == AccountChange::Authentication::Socket ? QStringLiteral("socket")
                                                                   : QStringLiteral("password");
}

std::optional<AccountChange::Authentication>
AccountStatementBuilder::authenticationFromKey(const QString &key)
{
    for (auto a : {AccountChange::Authentication::Password, AccountChange::Authentication::Socket})
        if (key.compare(authenticationKey(a), Qt::CaseInsensitive) == 0)
            return a;
    return std::nullopt;
}

QString AccountStatementBuilder::authenticationText(AccountChange::Authentication authentication,
                                                    const ServerDialect &dialect)
{
    if (authentication == AccountChange::Authentication::Password)
        return tr("Password");
    return dialect.isMariaDb() ? tr("Unix socket (unix_socket), no password")
                               : tr("Unix socket (auth_socket), no password");
}
