// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UtcDateTime.h"
#include "signin/CommandRunner.h"
#include "signin/RdsAuthToken.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {
// Debian's packages (awscli, faketime): part of the test packages in packaging/quickstart.
const QString awsProgram = QStringLiteral("/usr/bin/aws");
const QString faketimeProgram = QStringLiteral("/usr/bin/faketime");
} // namespace

// The token sslcm computes is the one AWS's own CLI prints for the same credentials and time,
// byte for byte. The CLI runs at a fixed time under faketime, with the given keys only: no
// configuration, no credentials file, no instance metadata.
class tst_RdsAuthToken : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameAsAwsCli_data();
    void sameAsAwsCli();
    void ipv6AddressIsSignedInBrackets();
};

void tst_RdsAuthToken::initTestCase()
{
    for (const QString &program : {awsProgram, faketimeProgram}) {
        if (!QFileInfo(program).isExecutable()) {
            QFAIL(qPrintable(QStringLiteral("%1 is missing: install Debian's awscli and faketime "
                                            "packages (test packages of packaging/quickstart)")
                                     .arg(program)));
        }
    }
}

void tst_RdsAuthToken::sameAsAwsCli_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("cliHost"); // what the CLI needs for the same host
    QTest::addColumn<quint16>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QString>("secretAccessKey");
    QTest::addColumn<QString>("sessionToken");

    const QString key = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    const QString stsToken = QStringLiteral(
            "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDx+ExAmPlE/0a1b2c3d4e5f6g7h8i9j"
            "AiBpbGxpbmcrc2Vzc2lvbitAdG9rZW4vd2l0aC9zbGFzaGVzPT0=");
    QTest::newRow("instance, us-east-1, long-term keys")
            << "mydb.c9akciq32.us-east-1.rds.amazonaws.com"
            << "mydb.c9akciq32.us-east-1.rds.amazonaws.com" << quint16(3306) << "admin"
            << "us-east-1" << key << secret << "";
    QTest::newRow("eu-central-1, port 13306, session token, user app+user@x")
            << "db1.abcdefghij.eu-central-1.rds.amazonaws.com"
            << "db1.abcdefghij.eu-central-1.rds.amazonaws.com" << quint16(13306) << "app+user@x"
            << "eu-central-1"
            << "ASIAQWERTYUIOPASDFGH"
            << "kV+3/Zx9Qw8eR7tY6uI5oP4aS3dF2gH1jK0lZxCv" << stsToken;
    QTest::newRow("proxy endpoint, session token")
            << "app.proxy-abcdefghij.us-east-1.rds.amazonaws.com"
            << "app.proxy-abcdefghij.us-east-1.rds.amazonaws.com" << quint16(3306) << "iam_app"
            << "us-east-1"
            << "ASIAQWERTYUIOPASDFGH" << secret << stsToken;
    QTest::newRow("cluster endpoint, user with space, quote and UTF-8")
            << "c1.cluster-ro-abcdefghij.eu-central-1.rds.amazonaws.com"
            << "c1.cluster-ro-abcdefghij.eu-central-1.rds.amazonaws.com" << quint16(3306)
            << "Jürgen O'Neil %41;&="
            << "eu-central-1" << key << secret << "";
    QTest::newRow("IPv4 address") << "192.0.2.10"
                                  << "192.0.2.10" << quint16(3306) << "admin"
                                  << "eu-central-1" << key << secret << "";
    // Port 443 is the https default: the CLI signs the host name alone, in lower case.
    QTest::newRow("port 443, upper-case name") << "DB1.Example.COM"
                                               << "DB1.Example.COM" << quint16(443) << "admin"
                                               << "us-east-1" << key << secret << "";
    QTest::newRow("upper-case name, other port") << "DB1.Example.COM"
                                                 << "DB1.Example.COM" << quint16(3306) << "admin"
                                                 << "us-east-1" << key << secret << "";
}

void tst_RdsAuthToken::sameAsAwsCli()
{
    QFETCH(QString, host);
    QFETCH(QString, cliHost);
    QFETCH(quint16, port);
    QFETCH(QString, user);
    QFETCH(QString, region);
    QFETCH(QString, accessKeyId);
    QFETCH(QString, secretAccessKey);
    QFETCH(QString, sessionToken);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    CommandRunner::Request request;
    request.environment = QProcessEnvironment();
    const auto set = [&](const char *name, const QString &value) {
        request.environment.insert(QString::fromLatin1(name), value);
    };
    set("PATH", QStringLiteral("/usr/bin:/bin"));
    set("HOME", home.path());
    set("LC_ALL", QStringLiteral("C.UTF-8"));
    // faketime -f reads the time in the local time zone.
    set("TZ", QStringLiteral("UTC"));
    set("AWS_CONFIG_FILE", home.filePath(QStringLiteral("missing/config")));
    set("AWS_SHARED_CREDENTIALS_FILE", home.filePath(QStringLiteral("missing/credentials")));
    set("AWS_EC2_METADATA_DISABLED", QStringLiteral("true"));
    set("AWS_ACCESS_KEY_ID", accessKeyId);
    set("AWS_SECRET_ACCESS_KEY", secretAccessKey);
    if (!sessionToken.isEmpty())
        set("AWS_SESSION_TOKEN", sessionToken);
    // -f: the clock stands still at that time (without it, it runs on from there).
    request.argv = {faketimeProgram,
                    QStringLiteral("-f"),
                    QStringLiteral("2026-03-01 12:34:56"),
                    awsProgram,
                    QStringLiteral("rds"),
                    QStringLiteral("generate-db-auth-token"),
                    QStringLiteral("--hostname"),
                    cliHost,
                    QStringLiteral("--port"),
                    QString::number(port),
                    QStringLiteral("--username"),
                    user,
                    QStringLiteral("--region"),
                    region};
    request.timeout = 90s;
    const CommandRunner::Result cli = CommandRunner::run(request);
    QVERIFY2(cli.ok(), qPrintable(cli.problem + QLatin1Char('\n') + cli.errorOutput));
    const QString expected = QString::fromUtf8(cli.output).trimmed();
    QVERIFY(expected.contains(QStringLiteral("&X-Amz-Date=20260301T123456Z&")));

    AwsCredentials credentials;
    credentials.accessKeyId = accessKeyId;
    credentials.secretAccessKey = secretAccessKey;
    credentials.sessionToken = sessionToken;
    const QDateTime now = utcDateTime(QDate(2026, 3, 1), QTime(12, 34, 56));
    QCOMPARE(RdsAuthToken::generate(host, port, user, region, credentials, now), expected);
}

// Not compared with Debian's awscli: the one of Debian 12 (2.9, botocore before 1.31) signs an
// IPv6 host without its brackets, later ones with them, as the URL has it. The token follows the
// later ones; the expected token was printed by aws-cli 1.45.11 (botocore 1.43.11) under the same
// faketime call as above.
void tst_RdsAuthToken::ipv6AddressIsSignedInBrackets()
{
    AwsCredentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    credentials.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    const QDateTime now = utcDateTime(QDate(2026, 3, 1), QTime(12, 34, 56));
    const QString expected = QStringLiteral(
            "[2001:DB8::1]:3306/?Action=connect&DBUser=admin&X-Amz-Algorithm=AWS4-HMAC-SHA256"
            "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20260301%2Fus-east-1%2Frds-db%2Faws4_request"
            "&X-Amz-Date=20260301T123456Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host"
            "&X-Amz-Signature=973a7849351df3cbcc93e91f9dc66b202d0ae2a792b1fb1439876729b614aabc");
    for (const QString &host : {QStringLiteral("[2001:DB8::1]"), QStringLiteral("2001:DB8::1")}) {
        QCOMPARE(RdsAuthToken::generate(host, 3306, QStringLiteral("admin"),
                                        QStringLiteral("us-east-1"), credentials, now),
                 expected);
    }
}

QTEST_GUILESS_MAIN(tst_RdsAuthToken)
#include "tst_rdsauthtoken.moc"
