// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DBeaverImporter.h"

#include "ClientOptions.h"

#include "OpenSslPtr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <optional>

namespace {

QString text(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 0);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

bool isTrue(const QJsonValue &value)
{
    return value.isBool()
            ? value.toBool()
            : value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

// DBeaver's credentials-config.json: 16 bytes of IV, then AES-128-CBC with PKCS#7 padding of a
// JSON object, under the key every copy of DBeaver shares (DefaultSecureStorage's
// LOCAL_KEY_CACHE). nullopt when the bytes are not that.
std::optional<QJsonObject> decryptCredentials(const QByteArray &data)
{
    static const unsigned char key[16] = {0xba, 0xbb, 0x4a, 0x9f, 0x77, 0x4a, 0xb8, 0x53,
                                          0xc9, 0x6c, 0x2d, 0x65, 0x3d, 0xfe, 0x54, 0x4a};
    constexpr int block = 16;
    if (data.size() < 2 * block || data.size() % block != 0
        || data.size() > DBeaverImporter::maxBytes)
        return std::nullopt;
    const EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_128_cbc(), nullptr, key, bytes) != 1)
        return std::nullopt;
    QByteArray plain(data.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(plain.data());
    int written = 0;
    int last = 0;
    const bool ok
            = EVP_DecryptUpdate(ctx.get(), out, &written, bytes + block, int(data.size() - block))
                    == 1
            && EVP_DecryptFinal_ex(ctx.get(), out + written, &last) == 1;
    std::optional<QJsonObject> result;
    if (ok) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(
                QByteArray::fromRawData(plain.constData(), written + last), &error);
        if (error.error == QJsonParseError::NoError && doc.isObject())
            result = doc.object();
    }
    plain.fill('\0'); // the passwords do not stay in this buffer
    return result;
}

// The user and password DBeaver keeps for one connection ("#connection") or one of its network
// handlers ("network/ssh_tunnel").
struct Credentials
{
    QString user;
    QString password;
};

Credentials credentialsOf(const QJsonObject &all, const QString &connectionId, const QString &key)
{
    const QJsonObject entry = all.value(connectionId).toObject().value(key).toObject();
    return {entry.value(QLatin1String("user")).toString(),
            entry.value(QLatin1String("password")).toString()};
}

// "iam.region", "awsRegion", "aws_region" -> "iamregion", "awsregion": property names compared
// without case and punctuation.
QString plainKey(const QString &key)
{
    QString plain;
    for (const QChar c : key) {
        if (c.isLetterOrNumber())
            plain += c.toLower();
    }
    return plain;
}

// The first non-empty value of one of `keys` (plain keys) in `properties`.
QString property(const QJsonObject &properties, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            if (plainKey(it.key()) == QLatin1String(key) && !text(it.value()).trimmed().isEmpty())
                return text(it.value()).trimmed();
        }
    }
    return {};
}

// DBeaver's authentication model for AWS RDS IAM: "iam" in its documentation ("Database
// authentication models": iam.region, iam.aws_access_key, iam.aws_secret_key,
// iam.use_default_aws); later editions name models after the provider, so any name that says
// AWS or RDS together with IAM is taken for it too.
bool isAwsIamModel(const QString &model)
{
    const QString m = plainKey(model);
    return m == QLatin1String("iam")
            || (m.contains(QLatin1String("iam"))
                && (m.contains(QLatin1String("aws")) || m.contains(QLatin1String("rds"))))
            || m == QLatin1String("awsrds");
}

// Carries DBeaver's AWS RDS IAM settings over as far as the file says: the region and the AWS
// profile. Access keys are secrets: they are named, never copied.
void carryAwsIam(const QJsonObject &authProperties, ImportResult::Connection &c)
{
    PasswordSource &source = c.profile.passwordSource;
    source = {};
    source.kind = PasswordSource::Kind::AwsIam;
    source.awsRegion = property(authProperties, {"iamregion", "awsregion", "region"});
    source.awsProfile = property(authProperties,
                                 {"iamprofile", "iamprofilename", "awsprofile", "awsprofilename",
                                  "profile", "profilename"});
    c.password.clear(); // a password saved next to an IAM sign-in is not what signs in
    c.notes << DBeaverImporter::tr("DBeaver signs in with AWS RDS IAM: sslcm makes the sign-in "
                                   "token itself when connecting (%1).")
                       .arg(source.summary());
    QStringList keys;
    for (auto it = authProperties.constBegin(); it != authProperties.constEnd(); ++it) {
        const QString plain = plainKey(it.key());
        if ((plain.contains(QLatin1String("accesskey"))
             || plain.contains(QLatin1String("secretkey"))
             || plain.contains(QLatin1String("sessiontoken")))
            && !text(it.value()).isEmpty())
            keys << it.key();
    }
    if (!keys.isEmpty())
        c.notCarried << DBeaverImporter::tr("the AWS access keys DBeaver keeps (%1): sslcm reads "
                                            "AWS credentials from the environment and "
                                            "~/.aws/credentials; put them into a profile there "
                                            "and name it in the password source")
                                .arg(keys.join(QStringLiteral(", ")));
}

// What the import learnt from one connection's SSH tunnel.
struct TunnelSecrets
{
    bool fromCredentialsFile = false; // a password or passphrase read from credentials-config.json
    bool inClearText = false;         // ...or from data-sources.json itself
};

// DBeaver's SSH tunnel network handler ("ssh_tunnel"): host, port (22), authType PASSWORD (the
// default), PUBLIC_KEY (keyPath; the password slot holds the key's passphrase) or AGENT;
// remoteHost and remotePort, when set, name the database as the bastion sees it instead of the
// connection's host and port. The user and password are in credentials-config.json
// ("network/ssh_tunnel"), or, in a file written by hand, in the handler or its properties.
TunnelSecrets carrySshTunnel(const QJsonObject &handler, const Credentials &stored,
                             bool haveCredentials, ImportResult::Connection &c)
{
    TunnelSecrets secrets;
    const QJsonObject props = handler.value(QLatin1String("properties")).toObject();
    const auto prop
            = [&props](const char *key) { return text(props.value(QLatin1String(key))).trimmed(); };
    // Newer DBeaver can chain jump servers before the SSH host; sslcm goes through one.
    QStringList jumps;
    for (auto it = props.constBegin(); it != props.constEnd(); ++it) {
        const QString value = text(it.value()).trimmed();
        if (it.key().startsWith(QLatin1String("jump"), Qt::CaseInsensitive) && !value.isEmpty()
            && value.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
            jumps << it.key();
    }
    if (!jumps.isEmpty()) {
        c.sourceProblems << DBeaverImporter::tr("The SSH tunnel goes through further jump "
                                                "servers (%1): sslcm goes through one jump "
                                                "host.")
                                    .arg(jumps.join(QStringLiteral(", ")));
        return secrets;
    }
    SshJump jump;
    jump.host = prop("host");
    if (const QString port = prop("port"); !port.isEmpty()) {
        bool ok = false;
        const uint number = port.toUInt(&ok);
        if (!ok || number == 0 || number > 65535) {
            c.sourceProblems << DBeaverImporter::tr("The SSH tunnel's port “%1” is not a port "
                                                    "number.")
                                        .arg(port);
            return secrets;
        }
        jump.port = quint16(number);
    }
    const QString handlerUser = text(handler.value(QLatin1String("user"))).trimmed();
    const QString handlerPassword = text(handler.value(QLatin1String("password")));
    jump.user = !stored.user.isEmpty() ? stored.user
            : !handlerUser.isEmpty()   ? handlerUser
                                       : prop("user");
    QString password = stored.password;
    if (password.isEmpty()) {
        password = !handlerPassword.isEmpty() ? handlerPassword
                                              : text(props.value(QLatin1String("password")));
        secrets.inClearText = !password.isEmpty();
    } else {
        secrets.fromCredentialsFile = true;
    }
    // DBeaver keeps a password only with save-password; written by hand, it may say nothing.
    if (handler.contains(QLatin1String("save-password"))
        && !isTrue(handler.value(QLatin1String("save-password"))))
        password.clear();
    const QString authType = prop("authType").toUpper();
    if (authType.isEmpty() || authType == QLatin1String("PASSWORD")) {
        jump.auth = SshJump::Auth::Password;
        c.sshPassword = password;
    } else if (authType == QLatin1String("PUBLIC_KEY")) {
        jump.auth = SshJump::Auth::KeyFile;
        jump.keyFile = prop("keyPath");
        c.sshKeyPassphrase = password;
        if (jump.keyFile.isEmpty() && !prop("keyValue").isEmpty())
            c.notCarried << DBeaverImporter::tr("the SSH private key kept inside DBeaver's "
                                                "settings (keyValue): save it to a file only you "
                                                "can read and choose that file");
    } else if (authType == QLatin1String("AGENT")) {
        jump.auth = SshJump::Auth::Agent;
    } else {
        c.sourceProblems << DBeaverImporter::tr("The SSH tunnel signs in with “%1”, which sslcm "
                                                "does not know: choose a key file, the agent or a "
                                                "password in sslcm.")
                                    .arg(authType);
        return secrets;
    }
    // The database as the bastion sees it.
    if (const QString remoteHost = prop("remoteHost"); !remoteHost.isEmpty())
        c.profile.host = remoteHost;
    if (const QString remotePort = prop("remotePort"); !remotePort.isEmpty()) {
        bool ok = false;
        const uint number = remotePort.toUInt(&ok);
        if (ok && number > 0 && number <= 65535)
            c.profile.port = quint16(number);
    }
    if (jump.user.isEmpty() && !haveCredentials)
        c.sourceProblems << DBeaverImporter::tr("DBeaver keeps the SSH user in "
                                                "credentials-config.json, which was not read: "
                                                "import data-sources.json from its folder "
                                                "(.dbeaver) so that sslcm reads both, or enter "
                                                "the jump host in sslcm.");
    c.profile.ssh = jump;
    //: %1 is the jump host (user@host:port), %2 the database's address, %3 its host
    c.notes << DBeaverImporter::tr("Reached through the SSH jump host %1, as in DBeaver: the "
                                   "database's address %2 is as the jump host sees it, and sslcm "
                                   "checks the server's certificate against %3.")
                       .arg(jump.destination(), c.profile.addressText(), c.profile.host);
    if (prop("bypassHostVerification").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        c.notes << DBeaverImporter::tr("DBeaver skips the check of the jump host's key for this "
                                       "connection; sslcm checks it against ~/.ssh/known_hosts "
                                       "and asks before it trusts a new one.");
    return secrets;
}

} // namespace

QString DBeaverImporter::formatName()
{
    return tr("DBeaver connections");
}

ImportResult DBeaverImporter::importData(const QByteArray &json, const QString &origin,
                                         const QByteArray &credentials,
                                         const QString &credentialsOrigin)
{
    if (json.size() > maxBytes)
        return ImportResult::failure(
                formatName(),
                tr("the file is too large (%1 bytes; at most %2)").arg(json.size()).arg(maxBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ImportResult::failure(formatName(),
                                     tr("not valid JSON (at byte %1): %2")
                                             .arg(parseError.offset)
                                             .arg(parseError.errorString()));
    const QJsonValue connectionsValue = doc.object().value(QLatin1String("connections"));
    if (!doc.isObject() || !connectionsValue.isObject())
        return ImportResult::failure(formatName(),
                                     tr("not a DBeaver data-sources.json (no \"connections\")"));
    ImportResult result;
    result.format = formatName();
    const QString credentialsName = credentialsOrigin.isEmpty()
            ? QString::fromLatin1(credentialsFileName)
            : credentialsOrigin;
    QJsonObject secure;
    const bool haveCredentials = !credentials.isEmpty();
    if (haveCredentials) {
        if (std::optional<QJsonObject> decrypted = decryptCredentials(credentials))
            secure = *decrypted;
        else
            result.warnings << tr("%1 could not be decrypted (it is damaged, or not DBeaver's): "
                                  "enter the user names and passwords in sslcm.")
                                       .arg(credentialsName);
    }
    bool secretsFromCredentials = false;
    const QJsonObject connections = connectionsValue.toObject();
    for (auto it = connections.constBegin(); it != connections.constEnd(); ++it) {
        const QJsonObject source = it.value().toObject();
        const QString name = source.value(QLatin1String("name")).toString(it.key());
        const QString provider = source.value(QLatin1String("provider")).toString();
        const QString driver = source.value(QLatin1String("driver")).toString();
        const bool mysql = provider.compare(QLatin1String("mysql"), Qt::CaseInsensitive) == 0
                || driver.contains(QLatin1String("mysql"), Qt::CaseInsensitive)
                || driver.contains(QLatin1String("maria"), Qt::CaseInsensitive);
        if (!mysql) {
            result.notCarried << tr("connection \"%1\" (%2 is not MySQL or MariaDB)")
                                         .arg(name, provider.isEmpty() ? driver : provider);
            continue;
        }
        const QJsonObject config = source.value(QLatin1String("configuration")).toObject();
        // How DBeaver signs in ("native": user name and password), and the model's settings
        // when they are kept in this file (older versions, or written by hand).
        const QString authModel = config.value(QLatin1String("auth-model")).toString();
        const QJsonObject authProperties
                = config.value(QLatin1String("auth-properties")).toObject();
        ClientOptions options;
        QStringList notCarried;
        QStringList notes;
        options.set(u"host", text(config.value(QLatin1String("host"))));
        if (!text(config.value(QLatin1String("port"))).isEmpty())
            options.set(u"port", text(config.value(QLatin1String("port"))));
        options.set(u"user", text(config.value(QLatin1String("user"))));
        if (text(config.value(QLatin1String("user"))).isEmpty()
            && !property(authProperties, {"username", "user"}).isEmpty())
            options.set(u"user", property(authProperties, {"username", "user"}));
        if (!authProperties.value(QLatin1String("userPassword")).toString().isEmpty())
            options.set(u"password",
                        authProperties.value(QLatin1String("userPassword")).toString());
        if (!text(config.value(QLatin1String("database"))).isEmpty())
            options.set(u"database", text(config.value(QLatin1String("database"))));
        if (!text(config.value(QLatin1String("password"))).isEmpty())
            options.set(u"password", text(config.value(QLatin1String("password"))));
        if (text(config.value(QLatin1String("host"))).isEmpty()
            && !text(config.value(QLatin1String("url"))).isEmpty())
            notCarried << tr("the JDBC URL \"%1\" (import it as a URI)")
                                  .arg(text(config.value(QLatin1String("url"))));

        const QJsonObject driverProperties = config.value(QLatin1String("properties")).toObject();
        QString driverMode;
        for (auto p = driverProperties.constBegin(); p != driverProperties.constEnd(); ++p) {
            if (p.key().compare(QLatin1String("sslMode"), Qt::CaseInsensitive) == 0)
                driverMode = text(p.value());
        }
        bool handlerEnabled = false;
        std::optional<QJsonObject> sshTunnel;
        const QJsonObject handlers = config.value(QLatin1String("handlers")).toObject();
        for (auto h = handlers.constBegin(); h != handlers.constEnd(); ++h) {
            const QJsonObject handler = h.value().toObject();
            const bool enabled = isTrue(handler.value(QLatin1String("enabled")));
            if (!enabled)
                continue;
            if (h.key() == QLatin1String("ssh_tunnel")) {
                sshTunnel = handler;
                continue;
            }
            if (!h.key().contains(QLatin1String("ssl"), Qt::CaseInsensitive)) {
                notCarried << tr("the network handler \"%1\" (for example an SSH tunnel)")
                                      .arg(h.key());
                continue;
            }
            handlerEnabled = true;
            const QJsonObject props = handler.value(QLatin1String("properties")).toObject();
            const auto prop
                    = [&props](const char *key) { return text(props.value(QLatin1String(key))); };
            if (!prop("ssl.ca.cert").isEmpty())
                options.set(u"ssl-ca", prop("ssl.ca.cert"));
            if (!prop("ssl.client.cert").isEmpty())
                options.set(u"ssl-cert", prop("ssl.client.cert"));
            if (!prop("ssl.client.key").isEmpty())
                options.set(u"ssl-key", prop("ssl.client.key"));
            if (!prop("ssl.cipher.suites").isEmpty())
                options.set(u"ssl-cipher", prop("ssl.cipher.suites"));
            if (!prop("ssl.mode").isEmpty() && driverMode.isEmpty())
                driverMode = prop("ssl.mode");
            if (driverMode.isEmpty()) {
                const bool require = isTrue(props.value(QLatin1String("ssl.require")));
                const bool verify = isTrue(props.value(QLatin1String("ssl.verify.server")));
                driverMode = verify
                        ? QStringLiteral("VERIFY_CA")
                        : (require ? QStringLiteral("REQUIRED") : QStringLiteral("PREFERRED"));
                if (verify)
                    notes << tr("DBeaver's \"verify server certificate\" checks the CA but not the "
                                "host name (Connector/J VERIFY_CA).");
            }
        }
        if (!driverMode.isEmpty())
            options.set(u"ssl-mode", driverMode);
        else if (!handlerEnabled)
            options.set(u"ssl-mode", QStringLiteral("PREFERRED"));

        ImportResult::Connection c
                = options.toConnection(name, tr("connection \"%1\" in %2").arg(name, origin));
        c.notCarried = notCarried + c.notCarried;
        c.notes = notes + c.notes;
        const bool passwordInFile = !c.password.isEmpty();
        const Credentials stored = credentialsOf(secure, it.key(), QStringLiteral("#connection"));
        if (c.profile.user.isEmpty())
            c.profile.user = stored.user;
        if (c.password.isEmpty() && !stored.password.isEmpty()) {
            c.password = stored.password;
            secretsFromCredentials = true;
        }
        if (sshTunnel) {
            const TunnelSecrets tunnel = carrySshTunnel(
                    *sshTunnel,
                    credentialsOf(secure, it.key(), QStringLiteral("network/ssh_tunnel")),
                    haveCredentials, c);
            secretsFromCredentials = secretsFromCredentials || tunnel.fromCredentialsFile;
            if (tunnel.inClearText && (!c.sshPassword.isEmpty() || !c.sshKeyPassphrase.isEmpty())) {
                result.warnings << tr("The SSH password of \"%1\" is stored in clear text in %2.")
                                           .arg(name, origin);
            }
        }
        if (isAwsIamModel(authModel))
            carryAwsIam(authProperties, c);
        else if (!authModel.isEmpty()
                 && authModel.compare(QLatin1String("native"), Qt::CaseInsensitive) != 0)
            c.notCarried << tr("the sign-in method \"%1\" (choose the password source after "
                               "importing)")
                                    .arg(authModel);
        if (c.profile.user.isEmpty() && !haveCredentials)
            c.notes << tr("DBeaver keeps user names and passwords in its encrypted "
                          "credentials-config.json: enter them in sslcm.");
        if (passwordInFile)
            result.warnings << tr("The password of \"%1\" is stored in clear text in %2.")
                                       .arg(name, origin);
        result.connections << c;
    }
    if (secretsFromCredentials)
        result.warnings << tr("The passwords in %1 are encrypted with a key that is the same in "
                              "every copy of DBeaver: anyone who can read that file can read "
                              "them. Once they are in the keychain, consider DBeaver's secure "
                              "storage or removing the saved passwords there.")
                                   .arg(credentialsName);
    if (result.connections.isEmpty() && result.notCarried.isEmpty())
        result.error = tr("the file holds no connections");
    return result;
}
