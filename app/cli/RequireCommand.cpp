// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequireCommand.h"

#include "accounts/AccountRequirementRunner.h"
#include "accounts/ClientCertificateSubject.h"
#include "CliContext.h"
#include "SshOptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

QString RequireCommand::help()
{
    return tr("  require --user U [--host H] --require ssl|x509|none|spec [--issuer DN]\n"
              "          [--subject DN] [--cipher C] [--from-cert FILE [--ca FILE]]\n"
              "          [--grant \"SELECT,INSERT\" --on \"db.*\"] [--revoke-first]\n"
              "          [--no-create | --auth password|socket]\n"
              "          [--legacy-grant [--flush]] [--dialect mysql8|mysql57|mariadb]\n"
              "          [--no-backslash-escapes] [--mysql-command]\n"
              "                            print the CREATE USER / ALTER USER ... REQUIRE / "
              "GRANT statements;\n"
              "                            a new account's password is printed as <password>, "
              "to be replaced\n"
              "  require ... --apply PROFILE [--password-stdin] [--account-password-stdin]\n"
              "          [--prove [--prove-without-tls] [--client-cert F --client-key F]]\n"
              "                            run them through the admin profile's verified TLS "
              "session, read the\n"
              "                            account back and, with --prove, log in as it with "
              "TLS (and without\n"
              "                            TLS, on a loopback host only, with "
              "--prove-without-tls)\n"
              "                            a new account needs --account-password-stdin or "
              "--auth socket\n");
}

int RequireCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    auto value = [](const char *name, const char *valueName) {
        return QCommandLineOption(QString::fromLatin1(name), QString(),
                                  QString::fromLatin1(valueName));
    };
    auto flag = [](const char *name) { return QCommandLineOption(QString::fromLatin1(name)); };
    const QCommandLineOption user = value("user", "U"), host = value("host", "H"),
                             require = value("require", "TYPE"), issuer = value("issuer", "DN"),
                             subject = value("subject", "DN"), cipher = value("cipher", "C"),
                             fromCert = value("from-cert", "FILE"), ca = value("ca", "FILE"),
                             grant = value("grant", "LIST"), on = value("on", "SCOPE"),
                             dialectOption = value("dialect", "D"),
                             apply = value("apply", "PROFILE"), auth = value("auth", "A"),
                             clientCert = value("client-cert", "F"),
                             clientKey = value("client-key", "F");
    const QCommandLineOption revokeFirst = flag("revoke-first"), noCreate = flag("no-create"),
                             legacy = flag("legacy-grant"), flush = flag("flush"),
                             nbe = flag("no-backslash-escapes"),
                             mysqlCommand = flag("mysql-command"),
                             passwordStdin = flag("password-stdin"),
                             accountPasswordStdin = flag("account-password-stdin"),
                             prove = flag("prove"), proveWithoutTls = flag("prove-without-tls");
    for (const QCommandLineOption &o : {user,          host,
                                        require,       issuer,
                                        subject,       cipher,
                                        fromCert,      ca,
                                        grant,         on,
                                        dialectOption, apply,
                                        clientCert,    clientKey,
                                        revokeFirst,   noCreate,
                                        legacy,        flush,
                                        nbe,           mysqlCommand,
                                        passwordStdin, accountPasswordStdin,
                                        prove,         proveWithoutTls,
                                        auth})
        parser.addOption(o);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.positionalArguments().size() > 1)
        return usage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)));
    if (!parser.isSet(user))
        return usage(tr("--user is required"));

    AccountChange change;
    change.user = parser.value(user);
    if (parser.isSet(host))
        change.host = parser.value(host);
    change.createIfMissing = !parser.isSet(noCreate);
    if (parser.isSet(auth)) {
        if (parser.isSet(noCreate))
            return usage(tr("--auth is how a new account logs in; it does not go with "
                            "--no-create"));
        const auto authentication
                = AccountStatementBuilder::authenticationFromKey(parser.value(auth));
        if (!authentication)
            return usage(
                    tr("unknown --auth \"%1\"; use password or socket").arg(parser.value(auth)));
        change.authentication = *authentication;
    }
    if (parser.isSet(proveWithoutTls) && !parser.isSet(prove))
        return usage(tr("--prove-without-tls goes with --prove"));
    change.revokeFirst = parser.isSet(revokeFirst);
    change.legacyGrantRequire = parser.isSet(legacy);
    change.flushPrivileges = parser.isSet(flush);
    if (change.flushPrivileges && !change.legacyGrantRequire)
        return usage(tr("--flush only goes with --legacy-grant: FLUSH PRIVILEGES is not "
                        "needed after account statements"));

    const bool specifics = parser.isSet(issuer) || parser.isSet(subject) || parser.isSet(cipher)
            || parser.isSet(fromCert);
    if (parser.isSet(require)) {
        const auto type = AccountRequirement::typeFromKey(parser.value(require));
        if (!type)
            return usage(tr("unknown --require \"%1\"; use ssl, x509, none or spec")
                                 .arg(parser.value(require)));
        change.requirement.type = *type;
    } else {
        change.requirement.type
                = specifics ? AccountRequirement::Type::Specified : AccountRequirement::Type::Ssl;
    }
    if (specifics && change.requirement.type != AccountRequirement::Type::Specified)
        return usage(tr("--issuer, --subject, --cipher and --from-cert need --require spec"));
    if (parser.isSet(fromCert)) {
        ClientCertificateSubject names = ClientCertificateSubject::fromFile(parser.value(fromCert));
        if (!names.ok)
            return fail(names.error);
        change.requirement.issuer = names.issuer;
        change.requirement.subject = names.subject;
        if (parser.isSet(ca)) {
            names.checkAgainstCa(QFileInfo(parser.value(ca)).absoluteFilePath());
            m_err << names.caVerdict << Qt::endl;
            if (!names.caAccepts)
                return Failure;
        }
    }
    if (parser.isSet(issuer))
        change.requirement.issuer = parser.value(issuer);
    if (parser.isSet(subject))
        change.requirement.subject = parser.value(subject);
    if (parser.isSet(cipher))
        change.requirement.cipher = parser.value(cipher);

    if (parser.isSet(grant) != parser.isSet(on))
        return usage(tr("--grant and --on go together"));
    if (parser.isSet(grant)) {
        const PrivilegeGrant::ParsedList list
                = PrivilegeGrant::parsePrivileges(parser.value(grant));
        if (!list.privileges)
            return usage(tr("unknown privilege \"%1\"").arg(list.unknown));
        const auto scope = PrivilegeGrant::parseScope(parser.value(on));
        if (!scope)
            return usage(tr("--on takes *.*, db.* or db.table, not \"%1\"").arg(parser.value(on)));
        change.grant = *scope;
        change.grant.privileges = *list.privileges;
    }

    std::optional<ServerDialect> dialect;
    if (parser.isSet(dialectOption)) {
        dialect = ServerDialect::fromKey(parser.value(dialectOption));
        if (!dialect)
            return usage(tr("unknown --dialect \"%1\"; use mysql8, mysql57 or mariadb")
                                 .arg(parser.value(dialectOption)));
    }

    if (!parser.isSet(apply)) {
        // Printed statements never carry a password, so there is no account password to read.
        for (const QCommandLineOption &o :
             {passwordStdin, accountPasswordStdin, prove, proveWithoutTls, clientCert, clientKey})
            if (parser.isSet(o))
                return usage(tr("--%1 only goes with --apply").arg(o.names().first()));
        const ServerDialect target = dialect.value_or(ServerDialect(ServerDialect::Kind::MySql8));
        const AccountScript script = AccountStatementBuilder::build(
                change, target,
                parser.isSet(nbe) ? SqlQuoting::Backslash::IsLiteral
                                  : SqlQuoting::Backslash::IsEscape);
        if (!script.ok())
            return fail(script.problems.join(QLatin1Char(' ')));
        if (parser.isSet(mysqlCommand)) {
            m_out << AccountStatementBuilder::mysqlCommandLine(script, target, {}) << Qt::endl;
            return Success;
        }
        m_out << script.sqlFile(
                tr("%1 for %2")
                        .arg(AccountStatementBuilder::accountName(change.user, change.host),
                             target.displayName()));
        m_out.flush();
        return Success;
    }

    // --apply: through the admin profile's own credentials and the secure gateway.
    if (change.createIfMissing && change.authentication == AccountChange::Authentication::Password
        && !parser.isSet(accountPasswordStdin))
        return usage(tr("--apply creates the account when it does not exist, and sslcm never "
                        "creates an account without a password: give its password with "
                        "--account-password-stdin, choose --auth socket, or add --no-create"));
    const std::optional<Profile> found = m_cli.findProfile(parser.value(apply));
    if (!found)
        return Failure;
    AccountRequirementRunner::Request request;
    request.admin.profile = *found;
    request.change = change;
    const int lines
            = (parser.isSet(passwordStdin) ? 1 : 0) + (parser.isSet(accountPasswordStdin) ? 1 : 0);
    // Standard input, read once: the admin password first, then the account's.
    const QStringList input = CliContext::readSecretsFromStdin(lines).value_or(QStringList());
    if (const std::optional<QString> agent = SshOptions::missingAgent(request.admin.profile))
        return fail(*agent);
    // The SSH jump host's secrets come from the keychain even when the password is on standard
    // input.
    if (!parser.isSet(passwordStdin) || request.admin.profile.ssh) {
        const CliContext::Secrets stored = m_cli.storedSecrets(request.admin.profile);
        request.admin.password = stored.password;
        request.admin.keyPassphrase = stored.keyPassphrase;
        request.admin.sshPassword = stored.sshPassword;
        request.admin.sshKeyPassphrase = stored.sshKeyPassphrase;
    }
    if (parser.isSet(passwordStdin))
        request.admin.password = input.value(0);
    if (parser.isSet(accountPasswordStdin)) {
        request.change.password = input.value(lines - 1);
        request.accountPassword = request.change.password;
    }
    request.proveByLogin = parser.isSet(prove);
    request.proveWithoutTls = parser.isSet(proveWithoutTls);
    if (request.proveWithoutTls
        && !AccountRequirementRunner::isLoopbackHost(request.admin.profile.host))
        return fail(tr("--prove-without-tls: %1 is not on this computer, and a login without "
                       "TLS would send the account's name and the challenge response made "
                       "from its password unencrypted over the network. sslcm-cli makes it "
                       "only to loopback hosts; leave out --prove-without-tls.")
                            .arg(request.admin.profile.host));
    request.clientCertificate = parser.isSet(clientCert)
            ? QFileInfo(parser.value(clientCert)).absoluteFilePath()
            : QString();
    request.clientKey = parser.isSet(clientKey)
            ? QFileInfo(parser.value(clientKey)).absoluteFilePath()
            : QString();

    const AccountRunReport report = AccountRequirementRunner::runBlocking(request);
    if (dialect && report.facts && report.facts->dialect && *report.facts->dialect != *dialect)
        m_cli.note(tr("note: the server is %1; the statements were written for it, not for %2")
                           .arg(report.facts->dialect->displayName(), dialect->displayName()));
    m_out << report.toText();
    m_out.flush();
    if (!report.ok())
        return fail(report.error.isEmpty() ? tr("the account was not changed as requested")
                                           : report.error);
    return Success;
}
