// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientCommandLine.h"

#include <QCoreApplication>

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

} // namespace

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
    args << (c.password.isEmpty() ? QStringLiteral("--password")
                                  : QStringLiteral("--password=") + c.password);
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
