// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AwsCredentialChain.h"

#include "interop/ShellWords.h"
#include "signin/CommandRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace AwsCredentialChain {

namespace {

using Section = QHash<QString, QString>; // lower-case keys
using IniFile = QHash<QString, Section>;

struct SharedFile
{
    QString path;
    QString displayPath; // "~/.aws/config"
    IniFile sections;
    QString error; // translated; the file exists but cannot be read
};

// The INI dialect the aws CLI reads (Python's configparser): `key = value` or `key: value`,
// keys in any case, comments on lines of their own, indented lines continue a value.
IniFile parseIni(const QByteArray &text)
{
    IniFile sections;
    Section *current = nullptr;
    QString lastKey;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))
            || line.startsWith(QLatin1Char(';')))
            continue;
        if (!rawLine.isEmpty() && (rawLine.at(0) == ' ' || rawLine.at(0) == '\t')) {
            if (current && !lastKey.isEmpty())
                (*current)[lastKey] += QLatin1Char('\n') + line;
            continue;
        }
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            current = &sections[line.mid(1, line.size() - 2).trimmed()];
            lastKey.clear();
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const qsizetype delimiter = equals < 0 ? colon : colon < 0 ? equals : qMin(equals, colon);
        if (!current || delimiter <= 0)
            continue;
        lastKey = line.left(delimiter).trimmed().toLower();
        (*current)[lastKey] = line.mid(delimiter + 1).trimmed();
    }
    return sections;
}

QString homeOf(const QProcessEnvironment &environment)
{
    const QString home = environment.value(QStringLiteral("HOME"));
    return home.isEmpty() ? QDir::homePath() : home;
}

SharedFile readSharedFile(const QProcessEnvironment &environment, const QString &variable,
                          const QString &defaultPath)
{
    SharedFile file;
    const QString home = homeOf(environment);
    file.path = environment.value(variable);
    if (file.path.isEmpty())
        file.path = defaultPath;
    if (file.path == QLatin1String("~") || file.path.startsWith(QLatin1String("~/")))
        file.path = home + file.path.mid(1);
    file.displayPath = file.path.startsWith(home + QLatin1Char('/'))
            ? QLatin1Char('~') + file.path.mid(home.size())
            : file.path;
    QFile f(file.path);
    if (!f.exists())
        return file;
    if (!f.open(QIODevice::ReadOnly)) {
        file.error = QCoreApplication::translate("AwsCredentialChain", "%1 cannot be read: %2.")
                             .arg(file.displayPath, f.errorString());
        return file;
    }
    file.sections = parseIni(f.readAll());
    return file;
}

// The config file names profiles "[profile name]", except "[default]".
std::optional<Section> configProfile(const IniFile &config, const QString &name)
{
    for (auto it = config.cbegin(); it != config.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if ((parts.size() == 2 && parts.at(0) == QLatin1String("profile") && parts.at(1) == name)
            || (name == QLatin1String("default") && it.key() == name))
            return it.value();
    }
    return std::nullopt;
}

QString howToHandOver(const QString &profile)
{
    return QCoreApplication::translate(
                   "AwsCredentialChain",
                   "Add a profile that asks the aws CLI for them — [profile %1-sslcm] with "
                   "credential_process = aws configure export-credentials --profile %1 --format "
                   "process — and choose that one, or use a password command.")
            .arg(profile);
}

// Static keys of one section; a problem when only one of the pair is there.
std::optional<Result> staticKeys(const Section &section, const QString &source)
{
    const QString id = section.value(QStringLiteral("aws_access_key_id"));
    const QString secret = section.value(QStringLiteral("aws_secret_access_key"));
    if (id.isEmpty() && secret.isEmpty())
        return std::nullopt;
    Result result;
    if (id.isEmpty() || secret.isEmpty()) {
        result.problem
                = QCoreApplication::translate(
                          "AwsCredentialChain",
                          "Only one of aws_access_key_id and aws_secret_access_key is set for %1: "
                          "set both.")
                          .arg(source);
        return result;
    }
    AwsCredentials credentials;
    credentials.accessKeyId = id;
    credentials.secretAccessKey = secret;
    credentials.sessionToken = section.value(QStringLiteral("aws_session_token"),
                                             section.value(QStringLiteral("aws_security_token")));
    credentials.source = source;
    result.credentials = credentials;
    return result;
}

// https://docs.aws.amazon.com/sdkref/latest/guide/feature-process-credentials.html
Result runCredentialProcess(const QString &profile, const QString &commandLine,
                            const QProcessEnvironment &environment,
                            std::chrono::milliseconds timeout, const std::atomic<bool> *cancelled)
{
    const auto fail = [&](const QString &what) {
        Result result;
        result.problem = QCoreApplication::translate("AwsCredentialChain",
                                                     "The credential_process of AWS profile "
                                                     "“%1”: %2")
                                 .arg(profile, what);
        return result;
    };
    const ShellWords::Split split = ShellWords::split(commandLine);
    if (!split.error.isEmpty())
        return fail(
                QCoreApplication::translate("AwsCredentialChain", "the command cannot be read: %1.")
                        .arg(split.error));
    if (split.words.isEmpty())
        return fail(QCoreApplication::translate("AwsCredentialChain", "the command is empty."));
    CommandRunner::Request request;
    request.argv = split.words;
    request.environment = environment;
    request.timeout = timeout;
    const CommandRunner::Result run = CommandRunner::run(request, cancelled);
    if (!run.ok()) {
        QString what = run.problem;
        if (!run.errorOutput.isEmpty())
            what += QLatin1Char('\n') + run.errorOutput;
        return fail(what);
    }

    const QString expectedFormat = QCoreApplication::translate(
            "AwsCredentialChain",
            "it must print {\"Version\": 1, \"AccessKeyId\": ..., \"SecretAccessKey\": ..., "
            "\"SessionToken\": ..., \"Expiration\": ...}.");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.output, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(
                QCoreApplication::translate("AwsCredentialChain", "what it printed is not JSON; %1")
                        .arg(expectedFormat));
    }
    const QJsonObject json = document.object();
    if (json.value(QStringLiteral("Version")).toInt() != 1) {
        return fail(QCoreApplication::translate("AwsCredentialChain",
                                                "its output is not of Version 1; %1")
                            .arg(expectedFormat));
    }
    AwsCredentials credentials;
    credentials.accessKeyId = json.value(QStringLiteral("AccessKeyId")).toString();
    credentials.secretAccessKey = json.value(QStringLiteral("SecretAccessKey")).toString();
    credentials.sessionToken = json.value(QStringLiteral("SessionToken")).toString();
    if (credentials.accessKeyId.isEmpty() || credentials.secretAccessKey.isEmpty()) {
        return fail(QCoreApplication::translate("AwsCredentialChain",
                                                "AccessKeyId or SecretAccessKey is missing; %1")
                            .arg(expectedFormat));
    }
    const QJsonValue expiration = json.value(QStringLiteral("Expiration"));
    if (!expiration.isUndefined() && !expiration.isNull()) {
        const QDateTime expires
                = QDateTime::fromString(expiration.toString(), Qt::ISODateWithMs).toUTC();
        if (!expires.isValid()) {
            return fail(QCoreApplication::translate("AwsCredentialChain",
                                                    "Expiration “%1” is not an ISO 8601 time.")
                                .arg(expiration.toString()));
        }
        if (expires <= QDateTime::currentDateTimeUtc()) {
            return fail(QCoreApplication::translate("AwsCredentialChain",
                                                    "the credentials it printed expired at %1; "
                                                    "sign in again (for example aws sso login) "
                                                    "and retry.")
                                .arg(expires.toString(Qt::ISODate)));
        }
        credentials.expiration = expires;
    }
    credentials.source
            = QCoreApplication::translate("AwsCredentialChain", "credential_process of profile %1")
                      .arg(profile);
    return {credentials, QString()};
}

} // namespace

Result resolve(const QString &profileName, const QProcessEnvironment &environment,
               std::chrono::milliseconds timeout, const std::atomic<bool> *cancelled)
{
    const auto problem = [](const QString &text) { return Result {std::nullopt, text}; };
    if (profileName.isEmpty()) {
        const QString id = environment.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
        const QString secret = environment.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
        if (!id.isEmpty() && !secret.isEmpty()) {
            AwsCredentials credentials;
            credentials.accessKeyId = id;
            credentials.secretAccessKey = secret;
            credentials.sessionToken = environment.value(QStringLiteral("AWS_SESSION_TOKEN"));
            credentials.source
                    = QCoreApplication::translate("AwsCredentialChain", "environment variables");
            return {credentials, QString()};
        }
        if (!id.isEmpty() || !secret.isEmpty()) {
            return problem(QCoreApplication::translate(
                    "AwsCredentialChain",
                    "Only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set: set both, "
                    "or neither to use a profile."));
        }
    }
    QString name = profileName;
    if (name.isEmpty())
        name = environment.value(QStringLiteral("AWS_PROFILE"));
    if (name.isEmpty())
        name = QStringLiteral("default");

    const SharedFile credentialsFile
            = readSharedFile(environment, QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                             QStringLiteral("~/.aws/credentials"));
    const SharedFile configFile = readSharedFile(environment, QStringLiteral("AWS_CONFIG_FILE"),
                                                 QStringLiteral("~/.aws/config"));
    for (const SharedFile *file : {&credentialsFile, &configFile}) {
        if (!file->error.isEmpty())
            return problem(file->error);
    }
    const std::optional<Section> inCredentials = credentialsFile.sections.contains(name)
            ? std::optional<Section>(credentialsFile.sections.value(name))
            : std::nullopt;
    const std::optional<Section> inConfig = configProfile(configFile.sections, name);
    if (!inCredentials && !inConfig) {
        if (profileName.isEmpty() && name == QLatin1String("default")) {
            return problem(QCoreApplication::translate(
                                   "AwsCredentialChain",
                                   "No AWS credentials found: AWS_ACCESS_KEY_ID and "
                                   "AWS_SECRET_ACCESS_KEY are not set, and neither %1 nor %2 has "
                                   "a default profile. Run aws configure, or choose a profile.")
                                   .arg(credentialsFile.displayPath, configFile.displayPath));
        }
        return problem(QCoreApplication::translate("AwsCredentialChain",
                                                   "There is no AWS profile “%1” in %2 or %3.")
                               .arg(name, credentialsFile.displayPath, configFile.displayPath));
    }

    // The credentials file's settings win over the config file's, as in the aws CLI.
    Section merged = inConfig.value_or(Section());
    if (inCredentials)
        merged.insert(*inCredentials);

    // What the aws CLI would try first, it needs AWS for: say so rather than sign with other keys.
    for (const char *key :
         {"role_arn", "web_identity_token_file", "sso_session", "sso_start_url"}) {
        if (merged.contains(QString::fromLatin1(key))) {
            return problem(
                    QCoreApplication::translate(
                            "AwsCredentialChain",
                            "AWS profile “%1” sets %2: its credentials must be fetched from AWS "
                            "over the network, which sslcm does not do.")
                            .arg(name, QString::fromLatin1(key))
                    + QLatin1Char(' ') + howToHandOver(name));
        }
    }
    const QString profileIn = QCoreApplication::translate("AwsCredentialChain", "profile %1 in %2");
    if (inCredentials) {
        if (auto found
            = staticKeys(*inCredentials, profileIn.arg(name, credentialsFile.displayPath)))
            return *found;
    }
    const QString process = merged.value(QStringLiteral("credential_process"));
    if (!process.isEmpty())
        return runCredentialProcess(name, process, environment, timeout, cancelled);
    if (inConfig) {
        if (auto found = staticKeys(*inConfig, profileIn.arg(name, configFile.displayPath)))
            return *found;
    }
    return problem(QCoreApplication::translate(
                           "AwsCredentialChain",
                           "AWS profile “%1” has no credentials: set its aws_access_key_id "
                           "and aws_secret_access_key, or a credential_process.")
                           .arg(name));
}

} // namespace AwsCredentialChain
