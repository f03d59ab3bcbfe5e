// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordSource.h"

#include "Profile.h"
#include "interop/ShellWords.h"

#include <QJsonArray>

namespace {

namespace Key {
const QLatin1String kind("kind");
const QLatin1String command("command");
const QLatin1String clearTextToken("clearTextToken");
const QLatin1String awsRegion("awsRegion");
const QLatin1String awsProfile("awsProfile");
} // namespace Key

} // namespace

QList<PasswordSource::Kind> PasswordSource::all()
{
    return {Kind::Keychain, Kind::Ask, Kind::Command, Kind::AwsIam};
}

QString PasswordSource::key(Kind kind)
{
    switch (kind) {
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::Ask:
        return QStringLiteral("ask");
    case Kind::Command:
        return QStringLiteral("command");
    case Kind::AwsIam:
        return QStringLiteral("aws-iam");
    }
    return {};
}

std::optional<PasswordSource::Kind> PasswordSource::fromKey(QStringView key)
{
    for (Kind kind : all()) {
        if (key.compare(PasswordSource::key(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString PasswordSource::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Keychain:
        return tr("Saved in the keychain");
    case Kind::Ask:
        return tr("Ask every time");
    case Kind::Command:
        return tr("From a command");
    case Kind::AwsIam:
        return tr("AWS RDS IAM sign-in");
    }
    return {};
}

QString PasswordSource::summary() const
{
    switch (kind) {
    case Kind::Command:
        //: %1 is a command line, e.g. "pass show db/prod"
        return clearTextToken ? tr("sign-in token from: %1").arg(ShellWords::join(command))
                              : tr("password from: %1").arg(ShellWords::join(command));
    case Kind::AwsIam: {
        QStringList details;
        details << (awsRegion.isEmpty() ? tr("region from the host name") : awsRegion);
        details << (awsProfile.isEmpty() ? tr("default AWS credentials")
                                         : tr("AWS profile %1").arg(awsProfile));
        //: %1 lists the region and the AWS credentials used
        return tr("AWS RDS IAM token (%1)").arg(details.join(QStringLiteral(", ")));
    }
    default:
        return displayName(kind);
    }
}

QStringList PasswordSource::problems(const Profile &profile) const
{
    QStringList problems;
    if (kind == Kind::Command && (command.isEmpty() || command.first().trimmed().isEmpty()))
        problems << tr("The password command is empty: enter the program to run and its "
                       "arguments, or choose another password source.");
    if (sendsClearText() && !profile.verifiesServer())
        problems << clearTextNeedsVerifiedServerProblem(profile.sslMode);
    return problems;
}

QString PasswordSource::clearTextNeedsVerifiedServerProblem(SslMode mode)
{
    //: %1 is the profile's SSL mode, %2 and %3 the modes "Verify CA" and "Verify CA and host name"
    return tr("A sign-in token is sent to the server in clear text (mysql_clear_password), so "
              "sslcm sends it only to a server whose identity it verified. With “%1” anyone "
              "between you and the server could take the token and sign in as you. Choose “%2” "
              "or “%3” with your provider's CA, or pin the server's certificate.")
            .arg(SslModes::displayName(mode), SslModes::displayName(SslMode::VerifyCa),
                 SslModes::displayName(SslMode::VerifyIdentity));
}

QStringList PasswordSource::expandedCommand(const Profile &profile) const
{
    QStringList expanded;
    expanded.reserve(command.size());
    for (QString argument : command) {
        argument.replace(QLatin1String("{host}"), profile.host);
        argument.replace(QLatin1String("{port}"), QString::number(profile.port));
        argument.replace(QLatin1String("{user}"), profile.user);
        expanded << argument;
    }
    return expanded;
}

QList<PasswordSource::Preset> PasswordSource::presets()
{
    return {
            {QStringLiteral("azure-entra"),
             tr("Azure Database for MySQL (Microsoft Entra ID)"),
             {QStringLiteral("az"), QStringLiteral("account"), QStringLiteral("get-access-token"),
              QStringLiteral("--resource-type"), QStringLiteral("oss-rdbms"),
              QStringLiteral("--query"), QStringLiteral("accessToken"), QStringLiteral("-o"),
              QStringLiteral("tsv")},
             true,
             tr("Needs the Azure CLI, signed in with “az login”. The user name is the Entra ID "
                "user or group as created on the server.")},
            {QStringLiteral("cloud-sql-iam"),
             tr("Google Cloud SQL (IAM database sign-in)"),
             {QStringLiteral("gcloud"), QStringLiteral("sql"),
              QStringLiteral("generate-login-token")},
             true,
             tr("Needs the Google Cloud CLI, signed in with “gcloud auth login”. The user name "
                "is the IAM user's email address without the domain.")},
            {QStringLiteral("pass"),
             tr("pass (the standard Unix password manager)"),
             {QStringLiteral("pass"), QStringLiteral("show"), QStringLiteral("NAME")},
             false,
             tr("Replace NAME with the entry that holds the password; its first line is "
                "used.")},
            {QStringLiteral("1password"),
             tr("1Password CLI"),
             {QStringLiteral("op"), QStringLiteral("read"),
              QStringLiteral("op://VAULT/ITEM/password")},
             false,
             tr("Replace VAULT and ITEM with where the password is kept.")},
            {QStringLiteral("bitwarden"),
             tr("Bitwarden CLI"),
             {QStringLiteral("bw"), QStringLiteral("get"), QStringLiteral("password"),
              QStringLiteral("NAME")},
             false,
             tr("Replace NAME with the item; unlock the vault first (BW_SESSION).")},
            {QStringLiteral("vault"),
             tr("HashiCorp Vault"),
             {QStringLiteral("vault"), QStringLiteral("kv"), QStringLiteral("get"),
              QStringLiteral("-field=password"), QStringLiteral("secret/NAME")},
             false,
             tr("Replace secret/NAME with the path of the secret.")},
    };
}

QJsonObject PasswordSource::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(Key::kind, key(kind));
    if (kind == Kind::Command) {
        o.insert(Key::command, QJsonArray::fromStringList(command));
        o.insert(Key::clearTextToken, clearTextToken);
    }
    if (kind == Kind::AwsIam) {
        o.insert(Key::awsRegion, awsRegion);
        o.insert(Key::awsProfile, awsProfile);
    }
    return o;
}

std::optional<PasswordSource> PasswordSource::fromJson(const QJsonObject &object)
{
    const std::optional<Kind> kind = fromKey(object.value(Key::kind).toString());
    if (!kind)
        return std::nullopt;
    PasswordSource s;
    s.kind = *kind;
    const bool command = s.kind == Kind::Command;
    const bool aws = s.kind == Kind::AwsIam;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        if (key == Key::kind)
            continue;
        // A field of another kind is not this source's: kept as it is, as toJson() does not
        // write it.
        const bool commandField = key == Key::command || key == Key::clearTextToken;
        const bool awsField = key == Key::awsRegion || key == Key::awsProfile;
        if ((commandField && !command) || (awsField && !aws) || (!commandField && !awsField)) {
            s.unknownFields.insert(key, value);
            continue;
        }
        if (key == Key::command && value.isArray()) {
            for (const QJsonValue &argument : value.toArray()) {
                if (!argument.isString())
                    return std::nullopt;
                s.command << argument.toString();
            }
        } else if (key == Key::clearTextToken && value.isBool()) {
            s.clearTextToken = value.toBool();
        } else if (key == Key::awsRegion && value.isString()) {
            s.awsRegion = value.toString();
        } else if (key == Key::awsProfile && value.isString()) {
            s.awsProfile = value.toString();
        } else {
            return std::nullopt; // a known field of the wrong type: not ours to guess
        }
    }
    return s;
}

bool operator==(const PasswordSource &a, const PasswordSource &b)
{
    return a.kind == b.kind && a.command == b.command && a.clearTextToken == b.clearTextToken
            && a.awsRegion == b.awsRegion && a.awsProfile == b.awsProfile
            && a.unknownFields == b.unknownFields;
}
