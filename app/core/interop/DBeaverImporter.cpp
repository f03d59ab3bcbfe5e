// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DBeaverImporter.h"

#include "ClientOptions.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

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

} // namespace

QString DBeaverImporter::formatName()
{
    return tr("DBeaver connections");
}

ImportResult DBeaverImporter::importData(const QByteArray &json, const QString &origin)
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
        const QJsonObject handlers = config.value(QLatin1String("handlers")).toObject();
        for (auto h = handlers.constBegin(); h != handlers.constEnd(); ++h) {
            const QJsonObject handler = h.value().toObject();
            const bool enabled = isTrue(handler.value(QLatin1String("enabled")));
            if (!enabled)
                continue;
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
        if (isAwsIamModel(authModel))
            carryAwsIam(authProperties, c);
        else if (!authModel.isEmpty()
                 && authModel.compare(QLatin1String("native"), Qt::CaseInsensitive) != 0)
            c.notCarried << tr("the sign-in method \"%1\" (choose the password source after "
                               "importing)")
                                    .arg(authModel);
        if (c.profile.user.isEmpty())
            c.notes << tr("DBeaver keeps user names and passwords in its encrypted "
                          "credentials-config.json: enter them in sslcm.");
        if (passwordInFile)
            result.warnings << tr("The password of \"%1\" is stored in clear text in %2.")
                                       .arg(name, origin);
        result.connections << c;
    }
    if (result.connections.isEmpty() && result.notCarried.isEmpty())
        result.error = tr("the file holds no connections");
    return result;
}
