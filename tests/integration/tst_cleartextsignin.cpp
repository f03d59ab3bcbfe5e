// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Clear-text sign-in (cloud sign-in tokens, LDAP, PAM: the server asks for the secret itself with
// mysql_clear_password) against a real server: the fixture's token account, which PAM accepts
// when the secret is byte for byte what the test wrote into the fixture's secret file, and whose
// attempt log tells which logins brought a secret to the server at all. The secret reaches the
// server through sslcm only inside TLS whose identity was verified, and a long token full of
// ':', '/', '&', '%' and '=' arrives whole.
#include "CliRunner.h"
#include "TestServers.h"
#include "mysql/ProfileConnection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Server = TestServers::Server;
using Pki = TestServers::Pki;
using Outcome = ProfileConnection::Opened::Outcome;
using Failure = GatewaySession::Failure;

Q_DECLARE_METATYPE(SslMode)
Q_DECLARE_METATYPE(TestServers::Server)

namespace {

QByteArray randomText(int length, const char *alphabet)
{
    const QByteArray characters(alphabet);
    QByteArray text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text += characters.at(QRandomGenerator::global()->bounded(int(characters.size())));
    return text;
}

QByteArray shortSecret()
{
    return "pw-" + randomText(20, "abcdefghijklmnopqrstuvwxyz0123456789");
}

// Shaped like an AWS RDS IAM authentication token (a presigned URL without its scheme): well over
// 1000 bytes, with every character that breaks naive handling of a password.
QByteArray awsLikeToken(const QString &user)
{
    const char *base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const QByteArray securityToken = randomText(900, base64).toPercentEncoding() + "%3D%3D";
    return "db.example.internal:3306/?Action=connect&DBUser=" + user.toUtf8()
            + "&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA"
            + randomText(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
            + "%2F20250101%2Fus-east-1%2Frds-db%2Faws4_request&X-Amz-Date=20250101T000000Z"
              "&X-Amz-Expires=900&X-Amz-Security-Token="
            + securityToken + "&X-Amz-SignedHeaders=host&X-Amz-Signature="
            + randomText(64, "0123456789abcdef") + "=";
}

} // namespace

class tst_CleartextSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mariadbClientSignsInWithTheSecret();
    void signsInOnlyOverVerifiedTls_data();
    void signsInOnlyOverVerifiedTls();
    void neverSendsTheSecretUnverified_data();
    void neverSendsTheSecretUnverified();
    void longTokenArrivesWhole();
    void awsIamTokenSignsIn();

private:
    // sslcm-cli, or AWS's CLI, run at the frozen time `at` (UTC) under faketime, with fixed AWS
    // keys and nothing else of AWS's configuration.
    CliRun runAt(const QDateTime &at, const QString &program, const QStringList &arguments,
                 const QString &home) const;
    struct ClientRun
    {
        bool connected = false;
        QString output;
    };
    // The mariadb client as the token user, with <secret> as its password (from the
    // environment, not the command line); over verified TLS to the TLS server, without TLS to
    // the plain one.
    ClientRun runClient(Server server, const QByteArray &secret) const;
    Profile profile(Server server, SslMode mode) const;
    QString attemptLine(const char *result, const QByteArray &secret) const;

    TestServers m_servers;
    QString m_mariadb;
};

void tst_CleartextSignIn::initTestCase()
{
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
    QVERIFY2(m_servers.hasTokenAccount(Server::Tls), qPrintable(m_servers.tokenAccountProblem()));
    QVERIFY2(m_servers.hasTokenAccount(Server::Plain), qPrintable(m_servers.tokenAccountProblem()));
    QVERIFY(QFile::exists(m_servers.tokenAttemptLog(Server::Tls)));
    QVERIFY(QFile::exists(m_servers.tokenAttemptLog(Server::Plain)));
    m_mariadb = QStandardPaths::findExecutable(QStringLiteral("mariadb"));
    QVERIFY2(!m_mariadb.isEmpty(), "the mariadb client is needed (mariadb-client-core)");
}

tst_CleartextSignIn::ClientRun tst_CleartextSignIn::runClient(Server server,
                                                              const QByteArray &secret) const
{
    QStringList arguments = {QStringLiteral("--no-defaults"),
                             QStringLiteral("--protocol=TCP"),
                             QStringLiteral("--host=localhost"),
                             QStringLiteral("--port=%1").arg(m_servers.port(server)),
                             QStringLiteral("--user=%1").arg(m_servers.tokenUser()),
                             QStringLiteral("--connect-timeout=10"),
                             QStringLiteral("--batch"),
                             QStringLiteral("--skip-column-names"),
                             QStringLiteral("--execute=SELECT CURRENT_USER()")};
    if (server == Server::Tls) {
        arguments << QStringLiteral("--ssl-ca=%1").arg(m_servers.path(Pki::CaCert))
                  << QStringLiteral("--ssl-verify-server-cert");
    } else {
        arguments << QStringLiteral("--skip-ssl");
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MYSQL_PWD"), QString::fromUtf8(secret));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_mariadb, arguments);
    ClientRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.output = QStringLiteral("timed out");
        return run;
    }
    run.output = QString::fromUtf8(process.readAll()).trimmed();
    run.connected = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return run;
}

Profile tst_CleartextSignIn::profile(Server server, SslMode mode) const
{
    Profile p = Profile::create();
    p.name = QStringLiteral("token");
    p.host = QStringLiteral("localhost");
    p.port = quint16(m_servers.port(server));
    p.user = m_servers.tokenUser();
    p.database = m_servers.testDatabase();
    p.sslMode = mode;
    p.connectTimeoutSeconds = 10;
    return p;
}

QString tst_CleartextSignIn::attemptLine(const char *result, const QByteArray &secret) const
{
    return QStringLiteral("%1 %2 %3")
            .arg(QLatin1String(result), m_servers.tokenUser())
            .arg(secret.size());
}

void tst_CleartextSignIn::mariadbClientSignsInWithTheSecret()
{
    const QByteArray secret = shortSecret();
    QCOMPARE(m_servers.writeTokenSecret(secret), QString());
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
    QVERIFY(!(QFile::permissions(m_servers.tokenSecretFile()) & others));

    const QStringList before = m_servers.tokenAttempts(Server::Tls);
    const ClientRun right = runClient(Server::Tls, secret);
    QVERIFY2(right.connected, qPrintable(right.output));
    QCOMPARE(right.output, m_servers.tokenUser() + QLatin1String("@%"));
    QCOMPARE(m_servers.tokenAttempts(Server::Tls),
             before + (QStringList {attemptLine("ok", secret)}));

    // A wrong secret reaches PAM and is refused there.
    const QByteArray wrong = secret + "x";
    const ClientRun refused = runClient(Server::Tls, wrong);
    QVERIFY2(!refused.connected, qPrintable(refused.output));
    QVERIFY2(refused.output.contains(QLatin1String("1045")), qPrintable(refused.output));
    QCOMPARE(m_servers.tokenAttempts(Server::Tls),
             before + (QStringList {attemptLine("ok", secret), attemptLine("refused", wrong)}));

    // Until a test writes a secret, nothing is accepted: not even an empty one.
    QCOMPARE(m_servers.writeTokenSecret({}), QString());
    QVERIFY(!runClient(Server::Tls, {}).connected);
    QVERIFY(!runClient(Server::Tls, secret).connected);
}

void tst_CleartextSignIn::signsInOnlyOverVerifiedTls_data()
{
    QTest::addColumn<SslMode>("mode");
    QTest::addColumn<bool>("pinned");

    QTest::newRow("verify-identity") << SslMode::VerifyIdentity << false;
    QTest::newRow("verify-ca") << SslMode::VerifyCa << false;
    // An enforced pin proves who the server is too.
    QTest::newRow("required, pinned") << SslMode::Required << true;
}

void tst_CleartextSignIn::signsInOnlyOverVerifiedTls()
{
    QFETCH(SslMode, mode);
    QFETCH(bool, pinned);

    const QByteArray secret = shortSecret();
    QCOMPARE(m_servers.writeTokenSecret(secret), QString());
    Profile p = profile(Server::Tls, mode);
    if (pinned) {
        const QList<QSslCertificate> served = QSslCertificate::fromPath(m_servers.tlsServerCert());
        QVERIFY(!served.isEmpty());
        p.pinnedSha256 = served.first().digest(QCryptographicHash::Sha256);
    } else {
        p.caFile = m_servers.path(Pki::CaCert);
    }

    const QStringList before = m_servers.tokenAttempts(Server::Tls);
    ProfileConnection connection(p);
    const ProfileConnection::Opened opened = connection.open({QString::fromUtf8(secret), {}});
    QVERIFY2(opened.opened(), qPrintable(opened.error));
    QCOMPARE(m_servers.tokenAttempts(Server::Tls),
             before + (QStringList {attemptLine("ok", secret)}));

    // The server's own view of the session that carried the secret.
    QSqlQuery q(connection.database());
    QVERIFY2(q.exec(QStringLiteral("SELECT CURRENT_USER()")) && q.next(),
             qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toString(), m_servers.tokenUser() + QLatin1String("@%"));
    QVERIFY(q.exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_version'")) && q.next());
    const QString version = q.value(1).toString();
    QVERIFY2(version == QLatin1String("TLSv1.2") || version == QLatin1String("TLSv1.3"),
             qPrintable(version));
    QCOMPARE(version, opened.session.tlsProtocol);
}

void tst_CleartextSignIn::neverSendsTheSecretUnverified_data()
{
    QTest::addColumn<Server>("server");
    QTest::addColumn<SslMode>("mode");
    QTest::addColumn<bool>("withCa");

    QTest::newRow("required") << Server::Tls << SslMode::Required << false;
    // Required does not check the chain, whatever CA the profile names.
    QTest::newRow("required, CA not checked") << Server::Tls << SslMode::Required << true;
    QTest::newRow("preferred") << Server::Tls << SslMode::Preferred << false;
    QTest::newRow("disabled") << Server::Tls << SslMode::Disabled << false;
    QTest::newRow("preferred, server without TLS") << Server::Plain << SslMode::Preferred << false;
    QTest::newRow("disabled, server without TLS") << Server::Plain << SslMode::Disabled << false;
}

void tst_CleartextSignIn::neverSendsTheSecretUnverified()
{
    QFETCH(Server, server);
    QFETCH(SslMode, mode);
    QFETCH(bool, withCa);

    const QByteArray secret = shortSecret();
    QCOMPARE(m_servers.writeTokenSecret(secret), QString());
    Profile p = profile(server, mode);
    if (withCa)
        p.caFile = m_servers.path(Pki::CaCert);

    const QStringList before = m_servers.tokenAttempts(server);
    {
        ProfileConnection connection(p);
        const ProfileConnection::Opened opened = connection.open({QString::fromUtf8(secret), {}});
        QCOMPARE(opened.outcome, Outcome::Refused);
        QCOMPARE(opened.session.failure, Failure::CleartextPasswordRefused);
        QVERIFY(!connection.database().isOpen());
    }
    // Not one login brought a secret to the server's PAM, right or wrong.
    QCOMPARE(m_servers.tokenAttempts(server), before);

    // The same secret, sent by a client that does send it, does arrive: the log above was able
    // to show an attempt.
    const ClientRun control = runClient(server, secret);
    QVERIFY2(control.connected, qPrintable(control.output));
    QCOMPARE(m_servers.tokenAttempts(server), before + (QStringList {attemptLine("ok", secret)}));
}

void tst_CleartextSignIn::longTokenArrivesWhole()
{
    const QByteArray token = awsLikeToken(m_servers.tokenUser());
    QVERIFY(token.size() > 1000);
    for (const char c : {':', '/', '&', '%', '='})
        QVERIFY2(token.contains(c), qPrintable(QStringLiteral("no '%1'").arg(QLatin1Char(c))));
    QCOMPARE(m_servers.writeTokenSecret(token), QString());

    const QStringList before = m_servers.tokenAttempts(Server::Tls);
    Profile p = profile(Server::Tls, SslMode::VerifyIdentity);
    p.caFile = m_servers.path(Pki::CaCert);
    {
        ProfileConnection connection(p);
        const ProfileConnection::Opened opened = connection.open({QString::fromUtf8(token), {}});
        QVERIFY2(opened.opened(), qPrintable(opened.error));
        QSqlQuery q(connection.database());
        QVERIFY(q.exec(QStringLiteral("SELECT CURRENT_USER()")) && q.next());
        QCOMPARE(q.value(0).toString(), m_servers.tokenUser() + QLatin1String("@%"));
    }
    QCOMPARE(m_servers.tokenAttempts(Server::Tls),
             before + (QStringList {attemptLine("ok", token)}));

    // Compared whole: a token that differs only in its last byte, far past any 512- or 1024-byte
    // buffer, is refused.
    QByteArray nearMiss = token;
    nearMiss.back() = nearMiss.back() == 'A' ? 'B' : 'A';
    ProfileConnection connection(p);
    const ProfileConnection::Opened refused = connection.open({QString::fromUtf8(nearMiss), {}});
    QCOMPARE(refused.outcome, Outcome::Refused);
    QCOMPARE(refused.session.failure, Failure::None);
    QCOMPARE(refused.sqlError.nativeErrorCode(), QStringLiteral("1045"));
    QCOMPARE(m_servers.tokenAttempts(Server::Tls),
             before + (QStringList {attemptLine("ok", token), attemptLine("refused", nearMiss)}));
}

QTEST_GUILESS_MAIN(tst_CleartextSignIn)
CliRun tst_CleartextSignIn::runAt(const QDateTime &at, const QString &program,
                                  const QStringList &arguments, const QString &home) const
{
    CliRunner runner(
            QStringLiteral("/usr/bin/faketime"),
            {QStringLiteral("-f"), at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), program});
    runner.setHome(home);
    const auto set = [&](const char *name, const QString &value) {
        runner.setEnvironmentVariable(QString::fromLatin1(name), value);
    };
    set("HOME", home);
    set("TZ", QStringLiteral("UTC")); // faketime -f reads local time
    // Timers and timeouts keep running; only the wall clock stands still.
    set("FAKETIME_DONT_FAKE_MONOTONIC", QStringLiteral("1"));
    // libfaketime is preloaded ahead of a sanitizer runtime in the ASan build.
    set("ASAN_OPTIONS",
        qEnvironmentVariable("ASAN_OPTIONS") + QStringLiteral(":verify_asan_link_order=0"));
    set("AWS_CONFIG_FILE", home + QStringLiteral("/missing/config"));
    set("AWS_SHARED_CREDENTIALS_FILE", home + QStringLiteral("/missing/credentials"));
    set("AWS_EC2_METADATA_DISABLED", QStringLiteral("true"));
    set("AWS_ACCESS_KEY_ID", QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
    set("AWS_SECRET_ACCESS_KEY", QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    set("AWS_SESSION_TOKEN", QStringLiteral("FwoGZXIvYXdzEBAaDEXAMPLE/session+token="));
    return runner.run(arguments);
}

void tst_CleartextSignIn::awsIamTokenSignsIn()
{
    // The server accepts exactly the token AWS's own CLI makes for this host, port, user and
    // second: sslcm's token, made at the same frozen second, must sign in; one made a second
    // later is another token and is refused. Region eu-west-1: localhost is not an RDS name.
#ifdef SSLCM_SANITIZE
    // Measured on Debian 13 (clang 19): an ASan-built program with libfaketime preloaded never
    // gets past start-up, not even `sslcm-cli --version`. The ci build runs this test on both
    // platforms; the signer itself runs under ASan in tst_awssigv4 and tst_rdsauthtoken.
    QSKIP("libfaketime and the AddressSanitizer runtime deadlock at start-up (Debian 13): this "
          "end-to-end check runs in the ci build");
#endif
    for (const char *program : {"/usr/bin/aws", "/usr/bin/faketime"})
        QVERIFY2(QFileInfo(QString::fromLatin1(program)).isExecutable(),
                 "install Debian's awscli and faketime (test packages of packaging/quickstart)");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QString port = QString::number(m_servers.port(Server::Tls));
    const CliRun aws = runAt(at, QStringLiteral("/usr/bin/aws"),
                             {QStringLiteral("rds"), QStringLiteral("generate-db-auth-token"),
                              QStringLiteral("--hostname"), QStringLiteral("localhost"),
                              QStringLiteral("--port"), port, QStringLiteral("--username"),
                              m_servers.tokenUser(), QStringLiteral("--region"),
                              QStringLiteral("eu-west-1")},
                             home.path());
    QVERIFY2(aws.exitCode == 0, qPrintable(aws.output()));
    const QByteArray token = aws.out.trimmed().toUtf8();
    QVERIFY(token.startsWith("localhost:" + port.toLatin1() + "/?Action=connect&DBUser="));
    QCOMPARE(m_servers.writeTokenSecret(token), QString());

    const QStringList test {QStringLiteral("test"),       QStringLiteral("--json"),
                            QStringLiteral("--host"),     QStringLiteral("localhost"),
                            QStringLiteral("--port"),     port,
                            QStringLiteral("--user"),     m_servers.tokenUser(),
                            QStringLiteral("--ssl-mode"), QStringLiteral("verify-identity"),
                            QStringLiteral("--ssl-ca"),   m_servers.path(Pki::CaCert),
                            QStringLiteral("--aws-iam"),  QStringLiteral("--aws-region"),
                            QStringLiteral("eu-west-1")};
    const QStringList before = m_servers.tokenAttempts(Server::Tls);
    CliRun r = runAt(at, QStringLiteral(SSLCM_CLI_PATH), test, home.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("verdict")).toString(), QStringLiteral("secure-verified"));
    QCOMPARE(report.value(QLatin1String("server"))
                     .toObject()
                     .value(QLatin1String("currentUser"))
                     .toString(),
             m_servers.tokenUser() + QStringLiteral("@%"));
    QVERIFY(!r.output().toUtf8().contains(token));
    QStringList after = m_servers.tokenAttempts(Server::Tls);
    QCOMPARE(after.mid(before.size()), QStringList {attemptLine("ok", token)});

    // `sslcm-cli token` prints the very same token, for scripts.
    const CliRun added = runAt(at, QStringLiteral(SSLCM_CLI_PATH),
                               QStringList {QStringLiteral("profiles"), QStringLiteral("add"),
                                            QStringLiteral("--name"), QStringLiteral("iam")}
                                       + test.mid(2),
                               home.path());
    QVERIFY2(added.exitCode == 0, qPrintable(added.output()));
    const CliRun printed = runAt(at, QStringLiteral(SSLCM_CLI_PATH),
                                 {QStringLiteral("token"), QStringLiteral("iam")}, home.path());
    QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
    QCOMPARE(printed.out.toUtf8(), token + '\n');

    // A second later the token is another one, and the server refuses it.
    r = runAt(at.addSecs(1), QStringLiteral(SSLCM_CLI_PATH), test, home.path());
    QVERIFY2(r.exitCode == 2, qPrintable(r.output()));
    report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("failure"))
                     .toObject()
                     .value(QLatin1String("loginErrorCode"))
                     .toInt(),
             1045);
    after = m_servers.tokenAttempts(Server::Tls);
    QCOMPARE(after.size(), before.size() + 2);
    QVERIFY2(after.last().startsWith(QLatin1String("refused ")), qPrintable(after.last()));
}

#include "tst_cleartextsignin.moc"
