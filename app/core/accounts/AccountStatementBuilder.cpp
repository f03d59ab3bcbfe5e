// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountStatementBuilder.h"

namespace {
constexpr int maxPasswordLength = 512;
const auto hiddenPassword = QLatin1String("'***'");
} // namespace

QString AccountScript::text(bool withSecrets) const
{
    QString all;
    for (const AccountStatement &s : statements)
        all += (withSecrets ? s.sql : s.displaySql) + QStringLiteral(";\n");
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
    file += QLatin1Char('\n') + text(false);
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
    if (change.legacyGrantRequire && !dialect.acceptsGrantRequire())
        script.problems << tr("%1 removed GRANT ... REQUIRE; the requirement is set with ALTER "
                              "USER instead. Turn off the legacy form.")
                                   .arg(dialect.displayName());
    if (!script.problems.isEmpty())
        return script;

    const QString account = accountName(change.user, change.host);
    const QString require = change.requirement.clause(backslash);
    auto add = [&script](AccountStatement::Purpose purpose, const QString &sql,
                         const QString &display = {}) {
        script.statements.append({purpose, sql, display.isEmpty() ? sql : display});
    };

    if (change.createIfMissing) {
        // A new account gets its requirement in the same statement, so it never exists without
        // it; an existing one is left alone here (IF NOT EXISTS) and changed by ALTER USER.
        QString create = QStringLiteral("CREATE USER IF NOT EXISTS ") + account;
        QString display = create;
        if (!change.password.isEmpty()) {
            create += QStringLiteral(" IDENTIFIED BY ")
                    + SqlQuoting::stringLiteral(change.password, backslash);
            display += QStringLiteral(" IDENTIFIED BY ") + hiddenPassword;
        }
        if (!change.legacyGrantRequire) {
            create += QLatin1Char(' ') + require;
            display += QLatin1Char(' ') + require;
        }
        add(AccountStatement::Purpose::Create, create, display);
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
    const TlsRequirementSpec &r = change.requirement;
    const QLatin1Char backslashChar('\\');
    const bool hasBackslash = change.password.contains(backslashChar)
            || (r.type == TlsRequirementSpec::Type::Specified
                && (r.issuer.contains(backslashChar) || r.subject.contains(backslashChar)
                    || r.cipher.contains(backslashChar)));
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

QString AccountStatementBuilder::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString AccountStatementBuilder::mysqlCommandLine(const AccountScript &script,
                                                  const ServerDialect &dialect,
                                                  const CommandLineTarget &target)
{
    QStringList args {QStringLiteral("mysql")};
    if (!target.host.isEmpty()) {
        args << shellQuote(QStringLiteral("--host=") + target.host);
        args << QStringLiteral("--port=%1").arg(target.port);
    }
    if (!target.adminUser.isEmpty())
        args << shellQuote(QStringLiteral("--user=") + target.adminUser);
    args << QStringLiteral("--password");
    args << dialect.clientTlsOptions();
    if (!target.caFile.isEmpty())
        args << shellQuote(QStringLiteral("--ssl-ca=") + target.caFile);
    if (!target.clientCertificate.isEmpty())
        args << shellQuote(QStringLiteral("--ssl-cert=") + target.clientCertificate);
    if (!target.clientKey.isEmpty())
        args << shellQuote(QStringLiteral("--ssl-key=") + target.clientKey);
    QString statements = script.text(false);
    statements.replace(QLatin1Char('\n'), QLatin1Char(' '));
    args << shellQuote(QStringLiteral("--execute=") + statements.trimmed());
    return args.join(QLatin1Char(' '));
}
