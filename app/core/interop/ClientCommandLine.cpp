// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientCommandLine.h"

#include "ShellWords.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

// The warnings were written for the exporter; they keep its translation context.
QString exporterText(const char *text)
{
    return QCoreApplication::translate("ProfileExporter", text);
}

QString mysqlModeName(SslMode mode)
{
    return SslModes::key(mode).toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString tlsVersions(TlsVersion minimum)
{
    return minimum == TlsVersion::Tls1_3 ? QStringLiteral("TLSv1.3")
                                         : QStringLiteral("TLSv1.2,TLSv1.3");
}

// Characters that have no place in a one-line command shown to people: line terminators,
// control characters and the invisible bidirectional controls.
bool unshowable(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029 || u == 0x061c
            || u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069);
}

QStringList tokenWords(const QString &reference)
{
    QStringList words {QStringLiteral("sslcm-cli"), QStringLiteral("token")};
    if (reference.startsWith(QLatin1Char('-')))
        words << QStringLiteral("--"); // a name, not an option
    return words << reference;
}

} // namespace

quint16 ClientCommandLine::tunnelLocalPort(quint16 databasePort)
{
    return databasePort > 55535 ? quint16(databasePort - 10000) : quint16(databasePort + 10000);
}

QStringList ClientCommandLine::sshTunnelArguments(const SshJump &jump, const QString &host,
                                                  quint16 port, quint16 localPort)
{
    const QString target
            = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    QStringList args {QStringLiteral("-N"), QStringLiteral("-o"),
                      QStringLiteral("ExitOnForwardFailure=yes"), QStringLiteral("-L"),
                      QStringLiteral("127.0.0.1:%1:%2:%3")
                              .arg(QString::number(localPort), target, QString::number(port))};
    if (jump.port != SshJump::defaultPort)
        args << QStringLiteral("-p") << QString::number(jump.port);
    if (jump.auth == SshJump::Auth::KeyFile && !jump.keyFile.isEmpty())
        args << QStringLiteral("-i") << jump.keyFile;
    const QString destination
            = jump.user.isEmpty() ? jump.host : jump.user + QLatin1Char('@') + jump.host;
    if (destination.startsWith(QLatin1Char('-')))
        args << QStringLiteral("--");
    return args << destination;
}

QString ClientCommandLine::comment(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (unshowable(c))
            c = QLatin1Char(' ');
    }
    return QStringLiteral("# ") + line;
}

QString ClientCommandLine::tokenProfileReference(const Profile &p)
{
    if (p.name.trimmed().isEmpty() || p.name != p.name.trimmed()
        || std::any_of(p.name.cbegin(), p.name.cend(), unshowable))
        return p.id.toString(QUuid::WithoutBraces);
    return p.name;
}

QStringList ClientCommandLine::tokenCommand(const Profile &p)
{
    return tokenWords(tokenProfileReference(p));
}

ClientCommandLine::Connection ClientCommandLine::Connection::fromProfile(const Profile &p,
                                                                         const QString &password)
{
    Connection c;
    c.host = p.host;
    c.port = p.port;
    c.user = p.user;
    c.password = password;
    c.mode = p.sslMode;
    c.caFile = p.caFile;
    c.caDirectory = p.caDirectory;
    c.clientCertificate = p.clientCertificate;
    c.clientKey = p.clientKey;
    c.cipherList = p.cipherList;
    c.minTlsVersion = p.minTlsVersion;
    c.connectTimeoutSeconds = p.connectTimeoutSeconds;
    c.database = p.database;
    if (p.passwordSource.producesSecret()) {
        c.password.clear();
        c.tokenProfile = tokenProfileReference(p);
    }
    c.clearTextPassword = p.passwordSource.sendsClearText();
    return c;
}

QStringList ClientCommandLine::arguments(const Connection &c, Client client, QStringList *warnings)
{
    const bool mariadb = client == Client::Mariadb;
    const bool tls = c.mode != SslMode::Disabled;
    const bool verify = SslModes::authenticatesServer(c.mode);
    QStringList args;
    if (!c.host.isEmpty())
        args << QStringLiteral("--host=") + c.host
             << QStringLiteral("--port=") + QString::number(c.port);
    if (!c.user.isEmpty())
        args << QStringLiteral("--user=") + c.user;
    args << (c.password.isEmpty() || !c.tokenProfile.isEmpty()
                     ? QStringLiteral("--password")
                     : QStringLiteral("--password=") + c.password);
    if (!mariadb && c.clearTextPassword)
        args << QStringLiteral("--enable-cleartext-plugin");
    if (!mariadb) {
        args << QStringLiteral("--ssl-mode=") + mysqlModeName(c.mode);
    } else if (!tls) {
        args << QStringLiteral("--skip-ssl");
    } else {
        args << QStringLiteral("--ssl");
        if (warnings && !verify)
            *warnings << exporterText(QT_TRANSLATE_NOOP(
                    "ProfileExporter",
                    "mariadb has no separate \"preferred\" and \"required\": with --ssl "
                    "it may continue without TLS when the server does not offer it."));
    }
    if (tls) {
        // With a CA the mariadb client verifies the chain: only for the verifying modes.
        if (!mariadb || verify) {
            if (!c.caFile.isEmpty())
                args << QStringLiteral("--ssl-ca=") + c.caFile;
            if (!c.caDirectory.isEmpty())
                args << QStringLiteral("--ssl-capath=") + c.caDirectory;
        }
        if (!c.clientCertificate.isEmpty())
            args << QStringLiteral("--ssl-cert=") + c.clientCertificate;
        if (!c.clientKey.isEmpty())
            args << QStringLiteral("--ssl-key=") + c.clientKey;
        if (!c.cipherList.isEmpty())
            args << QStringLiteral("--ssl-cipher=") + c.cipherList;
        if (c.minTlsVersion)
            args << QStringLiteral("--tls-version=") + tlsVersions(*c.minTlsVersion);
        if (mariadb && c.mode == SslMode::VerifyIdentity)
            args << QStringLiteral("--ssl-verify-server-cert");
        const bool noCa = c.caFile.isEmpty() && c.caDirectory.isEmpty();
        if (warnings && verify && noCa)
            *warnings << (mariadb ? exporterText(QT_TRANSLATE_NOOP(
                                  "ProfileExporter",
                                  "Without --ssl-ca the mariadb client of MariaDB 10.x "
                                  "verifies nothing: give it a CA file."))
                                  : exporterText(QT_TRANSLATE_NOOP(
                                          "ProfileExporter",
                                          "mysql verifies against the CA certificates it was built "
                                          "with, which may not be the system's: give it a CA "
                                          "file.")));
        if (warnings && mariadb && c.mode == SslMode::VerifyCa)
            *warnings << exporterText(QT_TRANSLATE_NOOP(
                    "ProfileExporter",
                    "Newer mariadb clients (MariaDB 11.4 and later) also check the host "
                    "name by default: stricter than \"Verify CA\"."));
    }
    if (c.connectTimeoutSeconds)
        args << QStringLiteral("--connect-timeout=") + QString::number(*c.connectTimeoutSeconds);
    if (!c.database.isEmpty())
        args << QStringLiteral("--database=") + c.database;
    if (warnings && !mariadb && !c.cipherList.isEmpty())
        *warnings << exporterText(QT_TRANSLATE_NOOP(
                "ProfileExporter",
                "--ssl-cipher applies to TLS 1.2 only; TLS 1.3 suites are set with "
                "--tls-ciphersuites."));
    return args;
}

QString ClientCommandLine::shellCommand(const QString &program, const Connection &c, Client client,
                                        QStringList *warnings)
{
    QStringList words {ShellWords::quote(program)};
    for (const QString &argument : arguments(c, client, warnings)) {
        // The bare --password that arguments() gives for a token is the one argument without
        // a value: every other one is --name=value or a flag of another name.
        if (!c.tokenProfile.isEmpty() && argument == QLatin1String("--password")) {
            // Inside "$(...)" the shell reads the command with its own quoting.
            words << QStringLiteral("--password=\"$(")
                            + ShellWords::join(tokenWords(c.tokenProfile)) + QStringLiteral(")\"");
            continue;
        }
        words << ShellWords::quote(argument);
    }
    return words.join(QLatin1Char(' '));
}
