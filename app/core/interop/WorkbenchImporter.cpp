// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbenchImporter.h"

#include "ClientOptions.h"

#include "profile/ServerHost.h"

#include <QDir>
#include <QHash>
#include <QHostAddress>
#include <QStack>
#include <QXmlStreamReader>

namespace {

struct WorkbenchConnection
{
    QString name;
    QString driver;
    QHash<QString, QString> parameters;
};

// "~/..." as Workbench expands it (base::expand_tilde) before it opens the key.
QString expandTilde(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

// "Standard TCP/IP over SSH" (driver native_sshtun): sshHost "host[:port]", sshUserName,
// sshKeyFile. Workbench logs in with the key file when one is given and with a password
// otherwise (keyboard-interactive or password); the password lives in its vault, not in
// connections.xml (only a file written by hand has an sshPassword). `hostName` and `port` are the
// database as the jump host sees it, as in sslcm.
void carrySshTunnel(const WorkbenchConnection &w, ImportResult::Connection &c)
{
    const auto param = [&w](const char *key) { return w.parameters.value(QLatin1String(key)); };
    const QString sshHost = param("sshHost").trimmed();
    const std::optional<SshJump> parsed = SshJump::parseDestination(sshHost);
    if (sshHost.isEmpty() || !parsed || !parsed->user.isEmpty()) {
        c.sourceProblems << WorkbenchImporter::tr("The SSH host “%1” is not HOST[:PORT]: enter "
                                                  "the jump host in sslcm.")
                                    .arg(sshHost);
        return;
    }
    SshJump jump = *parsed;
    jump.user = param("sshUserName").trimmed();
    const QString keyFile = expandTilde(param("sshKeyFile").trimmed());
    if (!keyFile.isEmpty()) {
        jump.auth = SshJump::Auth::KeyFile;
        jump.keyFile = keyFile;
    } else {
        jump.auth = SshJump::Auth::Password;
        c.notes << WorkbenchImporter::tr("Workbench logs in to the SSH jump host with a password "
                                         "and keeps it in its own vault, not in this file: sslcm "
                                         "asks for it when connecting, or keeps it in the "
                                         "keychain once entered.");
    }
    c.sshPassword = param("sshPassword");
    c.profile.ssh = jump;
    //: %1 is the jump host (user@host:port), %2 the database's address, %3 its host
    c.notes << WorkbenchImporter::tr("Reached through the SSH jump host %1, as in Workbench: the "
                                     "database's address %2 is as the jump host sees it, and sslcm "
                                     "checks the server's certificate against %3.")
                       .arg(jump.destination(), c.profile.addressText(), c.profile.host);
    const ServerHost database = ServerHost::parse(c.profile.host);
    if (c.profile.sslMode == SslMode::VerifyIdentity
        && ((database.isAddress() && QHostAddress(database.identity()).isLoopback())
            || database.identity() == QLatin1String("localhost")))
        c.notes << WorkbenchImporter::tr("The database is on the jump host itself (%1): with "
                                         "“%2” its certificate must name %1. If it names the "
                                         "machine's DNS name, enter that name as the host (the "
                                         "jump host must resolve it).")
                           .arg(c.profile.host, SslModes::displayName(SslMode::VerifyIdentity));
}

ImportResult::Connection convert(const WorkbenchConnection &w, const QString &origin)
{
    ClientOptions options;
    const auto param = [&w](const char *key) { return w.parameters.value(QLatin1String(key)); };
    options.set(u"host", param("hostName"));
    if (!param("port").isEmpty())
        options.set(u"port", param("port"));
    options.set(u"user", param("userName"));
    if (!param("schema").isEmpty())
        options.set(u"database", param("schema"));
    for (const auto &[from, to] : {std::pair {"sslCA", u"ssl-ca"},
                                   {"sslCAPath", u"ssl-capath"},
                                   {"sslCert", u"ssl-cert"},
                                   {"sslKey", u"ssl-key"},
                                   {"sslCipher", u"ssl-cipher"},
                                   {"tlsVersion", u"tls-version"},
                                   {"password", u"password"}}) {
        if (!param(from).isEmpty())
            options.set(QStringView(to), param(from));
    }
    // "Enable Cleartext Authentication Plugin" on Workbench's Advanced tab.
    if (!param("OPT_ENABLE_CLEARTEXT_PLUGIN").isEmpty())
        options.set(u"enable-cleartext-plugin", param("OPT_ENABLE_CLEARTEXT_PLUGIN"));
    QStringList notCarried;
    const QString useSsl = param("useSSL");
    if (!useSsl.isEmpty()) {
        static const char *const modes[]
                = {"DISABLED", "PREFERRED", "REQUIRED", "VERIFY_CA", "VERIFY_IDENTITY"};
        bool ok = false;
        const int level = useSsl.toInt(&ok);
        if (ok && level >= 0 && level <= 4)
            options.set(u"ssl-mode", QLatin1String(modes[level]));
        else
            notCarried << WorkbenchImporter::tr("unknown useSSL level \"%1\"").arg(useSsl);
    }
    if (w.driver.contains(QLatin1String("socket")))
        notCarried << WorkbenchImporter::tr("the local socket or pipe \"%1\" (sslcm connects over "
                                            "TCP)")
                              .arg(param("socket"));
    for (auto it = w.parameters.constBegin(); it != w.parameters.constEnd(); ++it) {
        const bool tlsKey = it.key().startsWith(QLatin1String("ssl"), Qt::CaseInsensitive)
                || it.key().startsWith(QLatin1String("tls"), Qt::CaseInsensitive);
        static const QStringList known {QStringLiteral("sslCA"),     QStringLiteral("sslCAPath"),
                                        QStringLiteral("sslCert"),   QStringLiteral("sslKey"),
                                        QStringLiteral("sslCipher"), QStringLiteral("tlsVersion")};
        if (tlsKey && !it.value().isEmpty() && !known.contains(it.key()))
            notCarried
                    << WorkbenchImporter::tr("setting \"%1\" = \"%2\"").arg(it.key(), it.value());
    }
    ImportResult::Connection c = options.toConnection(w.name, origin);
    c.notCarried = notCarried + c.notCarried;
    if (w.driver.contains(QLatin1String("sshtun")))
        carrySshTunnel(w, c);
    return c;
}

} // namespace

QString WorkbenchImporter::formatName()
{
    return tr("MySQL Workbench connections");
}

bool WorkbenchImporter::looksLikeWorkbench(const QByteArray &head)
{
    return head.contains("db.mgmt.Connection") || head.contains("grt_format");
}

ImportResult WorkbenchImporter::importData(const QByteArray &xml, const QString &origin)
{
    if (xml.size() > maxBytes)
        return ImportResult::failure(
                formatName(),
                tr("the file is too large (%1 bytes; at most %2)").arg(xml.size()).arg(maxBytes));
    enum class Level { Connection, Parameters, Other };
    QXmlStreamReader reader(xml);
    QStack<Level> stack;
    QList<WorkbenchConnection> found;
    WorkbenchConnection current;
    bool sawData = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto attributes = reader.attributes();
            const QString type = attributes.value(QLatin1String("type")).toString();
            const QString key = attributes.value(QLatin1String("key")).toString();
            if (reader.name() == QLatin1String("data"))
                sawData = true;
            if (stack.size() > 64) {
                return ImportResult::failure(formatName(), tr("the XML is nested too deeply"));
            }
            if (reader.name() == QLatin1String("value") && type == QLatin1String("object")
                && attributes.value(QLatin1String("struct-name"))
                        == QLatin1String("db.mgmt.Connection")) {
                current = {};
                stack.push(Level::Connection);
                continue;
            }
            const bool inConnection = stack.contains(Level::Connection);
            if (inConnection && reader.name() == QLatin1String("link")
                && key == QLatin1String("driver") && stack.top() == Level::Connection) {
                current.driver = reader.readElementText();
                continue;
            }
            if (inConnection && type == QLatin1String("dict")
                && key == QLatin1String("parameterValues") && stack.top() == Level::Connection) {
                stack.push(Level::Parameters);
                continue;
            }
            if (inConnection && reader.name() == QLatin1String("value")
                && (type == QLatin1String("string") || type == QLatin1String("int")
                    || type == QLatin1String("real"))) {
                const QString text = reader.readElementText();
                if (stack.top() == Level::Parameters && current.parameters.size() < 1000)
                    current.parameters.insert(key, text);
                else if (stack.top() == Level::Connection && key == QLatin1String("name"))
                    current.name = text;
                continue;
            }
            stack.push(Level::Other);
        } else if (token == QXmlStreamReader::EndElement) {
            if (stack.isEmpty())
                continue;
            if (stack.pop() == Level::Connection) {
                found << current;
                if (found.size() > 10000)
                    return ImportResult::failure(formatName(), tr("too many connections"));
            }
        }
    }
    if (reader.hasError())
        return ImportResult::failure(formatName(),
                                     tr("not valid XML (line %1, column %2): %3")
                                             .arg(reader.lineNumber())
                                             .arg(reader.columnNumber())
                                             .arg(reader.errorString()));
    if (!sawData)
        return ImportResult::failure(formatName(), tr("not a MySQL Workbench connections file"));
    ImportResult result;
    result.format = formatName();
    for (const WorkbenchConnection &w : std::as_const(found)) {
        const ImportResult::Connection c
                = convert(w, tr("connection \"%1\" in %2").arg(w.name, origin));
        if (!c.password.isEmpty())
            result.warnings << tr("The password of \"%1\" is stored in clear text in %2.")
                                       .arg(c.profile.name, origin);
        if (!c.sshPassword.isEmpty())
            result.warnings << tr("The SSH password of \"%1\" is stored in clear text in %2.")
                                       .arg(c.profile.name, origin);
        result.connections << c;
    }
    if (result.connections.isEmpty())
        result.error = tr("the file holds no connections");
    return result;
}
