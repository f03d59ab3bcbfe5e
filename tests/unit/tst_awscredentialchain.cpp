// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UtcDateTime.h"
#include "signin/AwsCredentialChain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {
// Every secret the files, scripts and variables below hold. None may ever show in a problem.
const QStringList secrets = {
        QStringLiteral("envSECRETkey0000000000000000000000000000"),
        QStringLiteral("envSESSIONtoken"),
        QStringLiteral("defaultSECRETkey000000000000000000000000"),
        QStringLiteral("prodSECRETkey00000000000000000000000000"),
        QStringLiteral("prodSESSIONtoken"),
        QStringLiteral("configSECRETkey0000000000000000000000000"),
        QStringLiteral("baseSECRETkey00000000000000000000000000"),
        QStringLiteral("processSECRETkey000000000000000000000000"),
        QStringLiteral("processSESSIONtoken"),
};
} // namespace

// Real files in a temporary HOME, real credential_process scripts.
class tst_AwsCredentialChain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void environmentVariablesComeFirst();
    void onlyOneEnvironmentVariableIsAProblem();
    void namedProfileIgnoresEnvironmentVariables();
    void awsProfileVariableNamesTheProfile();
    void defaultProfile();
    void profileSectionInConfigFile();
    void credentialsFileWinsOverConfigFile();
    void filesNamedByVariables();
    void iniDialectOfTheAwsCli();
    void halfAKeyPairIsAProblem();
    void credentialProcess();
    void credentialProcessThatFails();
    void credentialProcessThatPrintsGarbage();
    void credentialProcessWithExpiredCredentials();
    void credentialProcessWithMissingFields();
    void credentialProcessThatHangs();
    void roleWithSourceProfileNeedsTheNetwork();
    void ssoProfileGivesTheWayOut_data();
    void ssoProfileGivesTheWayOut();
    void sourceProfileWithoutRoleIsNoCredentials();
    void nothingAnywhereNamesTheFilesLookedAt();
    void unknownNamedProfile();

private:
    void write(const QString &relativePath, const QByteArray &content, bool executable = false);
    // A script printing `json` to standard output; returns its path (in a folder with a space).
    QString script(const QString &name, const QByteArray &body);
    AwsCredentialChain::Result resolve(const QString &profile = QString(),
                                       std::chrono::milliseconds timeout = 60s);

    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
    QStringList m_problems; // every problem resolve() gave in this test function
};

void tst_AwsCredentialChain::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_environment = QProcessEnvironment();
    m_environment.insert(QStringLiteral("HOME"), m_home->path());
    m_environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
}

// After each test function: no secret in any problem it was given.
void tst_AwsCredentialChain::cleanup()
{
    m_home.reset();
    const QStringList problems = std::exchange(m_problems, {});
    for (const QString &problem : problems) {
        for (const QString &secret : secrets)
            QVERIFY2(!problem.contains(secret), qPrintable(problem));
    }
}

void tst_AwsCredentialChain::write(const QString &relativePath, const QByteArray &content,
                                   bool executable)
{
    const QString path = m_home->filePath(relativePath);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
    file.close();
    if (executable)
        QVERIFY(file.setPermissions(file.permissions() | QFile::ExeOwner));
}

QString tst_AwsCredentialChain::script(const QString &name, const QByteArray &body)
{
    const QString relative = QStringLiteral("my tools/") + name;
    write(relative, "#!/bin/sh\n" + body, true);
    return m_home->filePath(relative);
}

AwsCredentialChain::Result tst_AwsCredentialChain::resolve(const QString &profile,
                                                           std::chrono::milliseconds timeout)
{
    const AwsCredentialChain::Result result
            = AwsCredentialChain::resolve(profile, m_environment, timeout);
    m_problems << result.problem;
    return result;
}

void tst_AwsCredentialChain::environmentVariablesComeFirst()
{
    write(QStringLiteral(".aws/credentials"),
          "[default]\naws_access_key_id = AKIADEFAULT\n"
          "aws_secret_access_key = defaultSECRETkey000000000000000000000000\n");
    m_environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAENV"));
    m_environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                         QStringLiteral("envSECRETkey0000000000000000000000000000"));
    m_environment.insert(QStringLiteral("AWS_SESSION_TOKEN"), QStringLiteral("envSESSIONtoken"));
    m_environment.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("default"));
    const auto result = resolve();
    QVERIFY2(result.credentials, qPrintable(result.problem));
    QCOMPARE(result.credentials->accessKeyId, QStringLiteral("AKIAENV"));
    QCOMPARE(result.credentials->secretAccessKey,
             QStringLiteral("envSECRETkey0000000000000000000000000000"));
    QCOMPARE(result.credentials->sessionToken, QStringLiteral("envSESSIONtoken"));
    QCOMPARE(result.credentials->source, QStringLiteral("environment variables"));
    QVERIFY(!result.credentials->expiration);
}

void tst_AwsCredentialChain::onlyOneEnvironmentVariableIsAProblem()
{
    m_environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAENV"));
    const auto result = resolve();
    QVERIFY(!result.credentials);
    QVERIFY2(result.problem.contains(QStringLiteral("AWS_SECRET_ACCESS_KEY")),
             qPrintable(result.problem));
}

void tst_AwsCredentialChain::namedProfileIgnoresEnvironmentVariables()
{
    write(QStringLiteral(".aws/credentials"),
          "[default]\naws_access_key_id = AKIADEFAULT\n"
          "aws_secret_access_key = defaultSECRETkey000000000000000000000000\n"
          "[prod]\naws_access_key_id = ASIAPROD\n"
          "aws_secret_access_key = prodSECRETkey00000000000000000000000000\n"
          "aws_session_token = prodSESSIONtoken\n");
    m_environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAENV"));
    m_environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                         QStringLiteral("envSECRETkey0000000000000000000000000000"));
    const auto result = resolve(QStringLiteral("prod"));
    QVERIFY2(result.credentials, qPrintable(result.problem));
    QCOMPARE(result.credentials->accessKeyId, QStringLiteral("ASIAPROD"));
    QCOMPARE(result.credentials->secretAccessKey,
             QStringLiteral("prodSECRETkey00000000000000000000000000"));
    QCOMPARE(result.credentials->sessionToken, QStringLiteral("prodSESSIONtoken"));
    QCOMPARE(result.credentials->source, QStringLiteral("profile prod in ~/.aws/credentials"));
}

void tst_AwsCredentialChain::awsProfileVariableNamesTheProfile()
{
    write(QStringLiteral(".aws/credentials"),
          "[default]\naws_access_key_id = AKIADEFAULT\n"
          "aws_secret_access_key = defaultSECRETkey000000000000000000000000\n"
          "[prod]\naws_access_key_id = ASIAPROD\n"
          "aws_secret_access_key = prodSECRETkey00000000000000000000000000\n");
    m_environment.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("prod"));
    const auto result = resolve();
    QVERIFY2(result.credentials, qPrintable(result.problem));
    QCOMPARE(result.credentials->accessKeyId, QStringLiteral("ASIAPROD"));
}

void tst_AwsCredentialChain::defaultProfile()
{
    write(QStringLiteral(".aws/credentials"),
          "[prod]\naws_access_key_id = ASIAPROD\n"
          "aws_secret_access_key = prodSECRETkey00000000000000000000000000\n"
          "[default]\naws_access_key_id = AKIADEFAULT\n"
          "aws_secret_access_key = defaultSECRETkey000000000000000000000000\n");
    const auto result = resolve();
    QVERIFY2(result.credentials, qPrintable(result.problem));
    QCOMPARE(result.credentials->accessKeyId, QStringLiteral("AKIADEFAULT"));
    QVERIFY(result.credentials->sessionToken.isEmpty());
    QCOMPARE(result.credentials->source, QStringLiteral("profile default in ~/.aws/credentials"));
}

void tst_AwsCredentialChain::profileSectionInConfigFile()
{
    // [x] without "profile" names no profile in the config file (as for the aws CLI).
    write(QStringLiteral(".aws/config"),
          "[default]\nregion = eu-west-1\naws_access_key_id = AKIACONFIGDEFAULT\n"
          "aws_secret_access_key = configSECRETkey0000000000000000000000000\n"
          "[profile  staging]\nregion = eu-west-1\naws_access_key_id = AKIASTAGING\n"
          "aws_secret_access_key = configSECRETkey0000000000000000000000000\n"
          "[other]\naws_access_key_id = AKIAOTHER\n"
          "aws_secret_access_key = configSECRETkey0000000000000000000000000\n");
    auto result = resolve(QStringLiteral("staging"));
    QVERIFY2(result.credentials, qPrintable(result.problem));
    QCOMPARE(result.credentials->accessKeyId, QStringLiteral("AKIASTAGING"));
    QCOMPARE(result.credentials->source, QStringLiteral("profile staging in ~/.aws/config"));

    result = resolve();
    QVERIFY2(result.credentials, qPrintable(result.problem));
    QCOMPARE(result.credentials->accessKeyId, QStringLiteral("AKIACONFIGDEFAULT"));

    result = resolve(QStringLiteral("other"));
    QVERIFY(!result.credentials);
    QVERIFY2(result.problem.contains(QStringLiteral("“other”")), qPrintable(result.problem));
}

void tst_AwsCredentialChain::credentialsFileWinsOverConfigFile()
{
    write(QStringLiteral(".aws/config"),
          "[profile prod]\naws_access_key_id = AKIACONFIG\n"
          "aws_secret_access_key = configSECRETkey0000000000000000000000000\n");
    write(QStringLiteral(".aws/credentials"),
          "[prod]\naws_access_key_id = ASIAPROD\n"
          "aws_secret_access_key = prodSECRETkey00000000000000000000000000\n");
    const auto result = resolve(QStringLiteral("prod"));
    QVERIFY2(result.credentials, qPrintable(result.problem));
    QCOMPARE(result.credentials->accessKeyId, QStringLiteral("ASIAPROD"));
}

void tst_AwsCredentialChain::filesNamedByVariables()
{
    write(QStringLiteral("elsewhere/creds"),
          "[prod]\naws_access_key_id = ASIAPROD\n"
          "aws_secret_access_key = prodSECRETkey00000000000000000000000000\n");
    write(QStringLiteral("elsewhere/conf"),
          "[profile staging]\naws_access_key_id = AKIASTAGING\n"
          "aws_secret_access_key = configSECRETkey0000000000000000000000000\n");
    // Ignored: the variables name other files.
    write(QStringLiteral(".aws/credentials"),
          "[prod]\naws_access_key_id = AKIAWRONG\n"
          "aws_secret_access_key = defaultSECRETkey000000000000000000000000\n");
    m_environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                         QStringLiteral("~/elsewhere/creds"));
    m_environment.insert(QStringLiteral("AWS_CONFIG_FILE"),
                         m_home->filePath(QStringLiteral("elsewhere/conf")));
    auto result = resolve(QStringLiteral("prod"));
    QVERIFY2(result.credentials, qPrintable(result.problem));
    QCOMPARE(result.credentials->accessKeyId, QStringLiteral("ASIAPROD"));
    QCOMPARE(result.credentials->source, QStringLiteral("profile prod in ~/elsewhere/creds"));
    result = resolve(QStringLiteral("staging"));
    QVERIFY2(result.credentials, qPrintable(result.problem));
    QCOMPARE(result.credentials->accessKeyId, QStringLiteral("AKIASTAGING"));
}

void tst_AwsCredentialChain::iniDialectOfTheAwsCli()
{
    write(QStringLiteral(".aws/config"),
          "# comment\n"
          "; another\n"
          "[profile prod]\n"
          "s3 =\n"
          "    max_concurrent_requests = 20\n"
          "AWS_Access_Key_ID: AKIACOLON\n"
          "aws_secret_access_key=configSECRETkey0000000000000000000000000\n");
    const auto result = resolve(QStringLiteral("prod"));
    QVERIFY2(result.credentials, qPrintable(result.problem));
    QCOMPARE(result.credentials->accessKeyId, QStringLiteral("AKIACOLON"));
    QCOMPARE(result.credentials->secretAccessKey,
             QStringLiteral("configSECRETkey0000000000000000000000000"));
}

void tst_AwsCredentialChain::halfAKeyPairIsAProblem()
{
    write(QStringLiteral(".aws/credentials"),
          "[prod]\naws_secret_access_key = prodSECRETkey00000000000000000000000000\n");
    const auto result = resolve(QStringLiteral("prod"));
    QVERIFY(!result.credentials);
    QVERIFY2(result.problem.contains(QStringLiteral("aws_access_key_id")),
             qPrintable(result.problem));
    QVERIFY2(result.problem.contains(QStringLiteral("~/.aws/credentials")),
             qPrintable(result.problem));
}

void tst_AwsCredentialChain::credentialProcess()
{
    // The words arrive as the command line says, without a shell; the environment is the one
    // given.
    const QString path
            = script(QStringLiteral("get-creds"),
                     "[ \"$1\" = --profile ] && [ \"$2\" = 'my prof' ] && [ \"$#\" = 2 ] "
                     "|| exit 9\n"
                     "[ \"$SSLCM_TEST_MARK\" = seen ] || exit 8\n"
                     "cat <<EOF\n"
                     "{\"Version\": 1, \"AccessKeyId\": \"ASIAPROCESS\",\n"
                     " \"SecretAccessKey\": \"processSECRETkey000000000000000000000000\",\n"
                     " \"SessionToken\": \"processSESSIONtoken\",\n"
                     " \"Expiration\": \"2099-01-02T03:04:05Z\"}\n"
                     "EOF\n");
    write(QStringLiteral(".aws/config"),
          "[profile sso]\nregion = eu-west-1\ncredential_process = \"" + path.toUtf8()
                  + "\" --profile 'my prof'\n");
    m_environment.insert(QStringLiteral("SSLCM_TEST_MARK"), QStringLiteral("seen"));
    const auto result = resolve(QStringLiteral("sso"));
    QVERIFY2(result.credentials, qPrintable(result.problem));
    QCOMPARE(result.credentials->accessKeyId, QStringLiteral("ASIAPROCESS"));
    QCOMPARE(result.credentials->secretAccessKey,
             QStringLiteral("processSECRETkey000000000000000000000000"));
    QCOMPARE(result.credentials->sessionToken, QStringLiteral("processSESSIONtoken"));
    QCOMPARE(result.credentials->expiration,
             std::optional<QDateTime>(utcDateTime(QDate(2099, 1, 2), QTime(3, 4, 5))));
    QCOMPARE(result.credentials->source, QStringLiteral("credential_process of profile sso"));
}

void tst_AwsCredentialChain::credentialProcessThatFails()
{
    const QString path = script(QStringLiteral("get-creds"),
                                "echo 'The SSO session has expired. Run aws sso login.' >&2\n"
                                "echo processSECRETkey000000000000000000000000\n"
                                "exit 255\n");
    write(QStringLiteral(".aws/config"),
          "[profile sso]\ncredential_process = '" + path.toUtf8() + "'\n");
    const auto result = resolve(QStringLiteral("sso"));
    QVERIFY(!result.credentials);
    QVERIFY2(result.problem.contains(QStringLiteral("“sso”")), qPrintable(result.problem));
    QVERIFY2(result.problem.contains(QStringLiteral("255")), qPrintable(result.problem));
    QVERIFY2(result.problem.contains(QStringLiteral("Run aws sso login.")),
             qPrintable(result.problem));
}

void tst_AwsCredentialChain::credentialProcessThatPrintsGarbage()
{
    const QString path = script(QStringLiteral("get-creds"),
                                "echo 'AccessKeyId=ASIAPROCESS "
                                "SecretAccessKey=processSECRETkey000000000000000000000000'\n");
    write(QStringLiteral(".aws/credentials"),
          "[sso]\ncredential_process = '" + path.toUtf8() + "'\n");
    const auto result = resolve(QStringLiteral("sso"));
    QVERIFY(!result.credentials);
    QVERIFY2(result.problem.contains(QStringLiteral("JSON")), qPrintable(result.problem));
}

void tst_AwsCredentialChain::credentialProcessWithExpiredCredentials()
{
    const QString path
            = script(QStringLiteral("get-creds"),
                     "printf '%s' '{\"Version\": 1, \"AccessKeyId\": \"ASIAPROCESS\", "
                     "\"SecretAccessKey\": \"processSECRETkey000000000000000000000000\", "
                     "\"SessionToken\": \"processSESSIONtoken\", "
                     "\"Expiration\": \"2001-02-03T04:05:06+00:00\"}'\n");
    write(QStringLiteral(".aws/config"),
          "[profile sso]\ncredential_process = '" + path.toUtf8() + "'\n");
    const auto result = resolve(QStringLiteral("sso"));
    QVERIFY(!result.credentials);
    QVERIFY2(result.problem.contains(QStringLiteral("expired")), qPrintable(result.problem));
    QVERIFY2(result.problem.contains(QStringLiteral("2001-02-03T04:05:06Z")),
             qPrintable(result.problem));
}

void tst_AwsCredentialChain::credentialProcessWithMissingFields()
{
    const QString noSecret = script(QStringLiteral("no-secret"),
                                    "echo '{\"Version\": 1, \"AccessKeyId\": \"ASIAPROCESS\", "
                                    "\"SessionToken\": \"processSESSIONtoken\"}'\n");
    const QString version2
            = script(QStringLiteral("version-2"),
                     "echo '{\"Version\": 2, \"AccessKeyId\": \"ASIAPROCESS\", "
                     "\"SecretAccessKey\": \"processSECRETkey000000000000000000000000\"}'\n");
    write(QStringLiteral(".aws/config"),
          "[profile a]\ncredential_process = '" + noSecret.toUtf8()
                  + "'\n[profile b]\ncredential_process = '" + version2.toUtf8() + "'\n");
    auto result = resolve(QStringLiteral("a"));
    QVERIFY(!result.credentials);
    QVERIFY2(result.problem.contains(QStringLiteral("SecretAccessKey")),
             qPrintable(result.problem));
    result = resolve(QStringLiteral("b"));
    QVERIFY(!result.credentials);
    QVERIFY2(result.problem.contains(QStringLiteral("Version 1")), qPrintable(result.problem));
}

void tst_AwsCredentialChain::credentialProcessThatHangs()
{
    const QString path = script(QStringLiteral("get-creds"), "exec sleep 30\n");
    write(QStringLiteral(".aws/config"),
          "[profile sso]\ncredential_process = '" + path.toUtf8() + "'\n");
    const auto result = resolve(QStringLiteral("sso"), 300ms);
    QVERIFY(!result.credentials);
    QVERIFY2(result.problem.contains(QStringLiteral("0.3")), qPrintable(result.problem));
}

// Assuming the role is a call to AWS STS: the source profile's keys are not the role's, and
// signing with them would log in as someone else.
void tst_AwsCredentialChain::roleWithSourceProfileNeedsTheNetwork()
{
    write(QStringLiteral(".aws/credentials"),
          "[base]\naws_access_key_id = AKIABASE\n"
          "aws_secret_access_key = baseSECRETkey00000000000000000000000000\n");
    write(QStringLiteral(".aws/config"),
          "[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/db-admin\n"
          "source_profile = base\n");
    const auto result = resolve(QStringLiteral("admin"));
    QVERIFY(!result.credentials);
    QVERIFY2(result.problem.contains(QStringLiteral("role_arn")), qPrintable(result.problem));
    QVERIFY2(result.problem.contains(
                     QStringLiteral("aws configure export-credentials --profile admin --format "
                                    "process")),
             qPrintable(result.problem));
}

void tst_AwsCredentialChain::ssoProfileGivesTheWayOut_data()
{
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<QString>("setting");
    QTest::newRow("sso_session") << QByteArray("sso_session = corp\nsso_account_id = 123456789012\n"
                                               "sso_role_name = DbUser\n")
                                 << "sso_session";
    QTest::newRow("legacy SSO") << QByteArray("sso_start_url = https://corp.awsapps.com/start\n"
                                              "sso_region = eu-west-1\n")
                                << "sso_start_url";
    QTest::newRow("web identity") << QByteArray("web_identity_token_file = /var/run/token\n")
                                  << "web_identity_token_file";
}

void tst_AwsCredentialChain::ssoProfileGivesTheWayOut()
{
    QFETCH(QByteArray, settings);
    QFETCH(QString, setting);
    // Static keys as well: the aws CLI would still use SSO, so sslcm does not sign with them.
    write(QStringLiteral(".aws/config"),
          "[profile sso-dev]\n" + settings + "aws_access_key_id = AKIACONFIG\n"
                  + "aws_secret_access_key = configSECRETkey0000000000000000000000000\n");
    const auto result = resolve(QStringLiteral("sso-dev"));
    QVERIFY(!result.credentials);
    QVERIFY2(result.problem.contains(setting), qPrintable(result.problem));
    QVERIFY2(result.problem.contains(
                     QStringLiteral("credential_process = aws configure export-credentials "
                                    "--profile sso-dev --format process")),
             qPrintable(result.problem));
    QVERIFY2(result.problem.contains(QStringLiteral("password command")),
             qPrintable(result.problem));
}

void tst_AwsCredentialChain::sourceProfileWithoutRoleIsNoCredentials()
{
    // The aws CLI reads source_profile only with role_arn.
    write(QStringLiteral(".aws/credentials"),
          "[base]\naws_access_key_id = AKIABASE\n"
          "aws_secret_access_key = baseSECRETkey00000000000000000000000000\n");
    write(QStringLiteral(".aws/config"), "[profile app]\nsource_profile = base\n");
    const auto result = resolve(QStringLiteral("app"));
    QVERIFY(!result.credentials);
    QVERIFY2(result.problem.contains(QStringLiteral("“app”")), qPrintable(result.problem));
}

void tst_AwsCredentialChain::nothingAnywhereNamesTheFilesLookedAt()
{
    auto result = resolve();
    QVERIFY(!result.credentials);
    for (const QString &name :
         {QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("~/.aws/credentials"),
          QStringLiteral("~/.aws/config")})
        QVERIFY2(result.problem.contains(name), qPrintable(result.problem));

    m_environment.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/nonexistent/config"));
    result = resolve();
    QVERIFY2(result.problem.contains(QStringLiteral("/nonexistent/config")),
             qPrintable(result.problem));
}

void tst_AwsCredentialChain::unknownNamedProfile()
{
    write(QStringLiteral(".aws/credentials"),
          "[default]\naws_access_key_id = AKIADEFAULT\n"
          "aws_secret_access_key = defaultSECRETkey000000000000000000000000\n");
    const auto result = resolve(QStringLiteral("prod"));
    QVERIFY(!result.credentials);
    for (const QString &name : {QStringLiteral("“prod”"), QStringLiteral("~/.aws/credentials"),
                                QStringLiteral("~/.aws/config")})
        QVERIFY2(result.problem.contains(name), qPrintable(result.problem));
}

QTEST_GUILESS_MAIN(tst_AwsCredentialChain)
#include "tst_awscredentialchain.moc"
