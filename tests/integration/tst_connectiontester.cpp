// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// "Test connection" against the real situations it must explain: real mariadbd servers (TLS,
// without TLS, presenting an expired or a not-yet-valid certificate), wrong CAs, wrong names,
// wrong passwords, missing client certificates, closed ports, stalled servers.
#include "TestServers.h"
#include "cert/CertificateDisplay.h"
#include "FakeMysqlServer.h"
#include "mysql/ConnectionTester.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using Server = TestServers::Server;
using Account = TestServers::Account;
using Pki = TestServers::Pki;
using Id = TestStage::Id;
using Status = TestStage::Status;
using Verdict = ConnectionReport::Verdict;
using Failure = GatewaySession::Failure;

Q_DECLARE_METATYPE(Verdict)
Q_DECLARE_METATYPE(Id)

class tst_ConnectionTester : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void secureAndVerified();
    void refusals_data();
    void refusals();
    void weakerThanVerified_data();
    void weakerThanVerified();
    void wrongPassword();
    void accountRequiresClientCertificate();
    void clientCertificateFromUnknownCa();
    void unknownHost();
    void ambiguousAddressSpelling();
    void clearTextPasswordToUnverifiedServer();
    void verifyCaWithoutCaIsNotVerification();
    void connectionRefused();
    void stalledServerTimesOut();
    void cancelDeliversTheResultAtOnce();
    void unreadableCaFile();

private:
    ConnectionTester::Request request(Server server, Account account,
                                      SslMode mode = SslMode::VerifyIdentity) const;
    static QString stagesText(const ConnectionReport &r);

    TestServers m_servers;
    TestServers m_expired;
    TestServers m_future;
    TestServers m_tls12;
};

void tst_ConnectionTester::initTestCase()
{
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
    m_expired = TestServers::fromFile(qEnvironmentVariable("SSLCM_TEST_SERVERS_EXPIRED"));
    QVERIFY2(m_expired.isValid(), qPrintable(m_expired.errorString()));
    m_future = TestServers::fromFile(qEnvironmentVariable("SSLCM_TEST_SERVERS_FUTURE"));
    QVERIFY2(m_future.isValid(), qPrintable(m_future.errorString()));
    m_tls12 = TestServers::fromFile(qEnvironmentVariable("SSLCM_TEST_SERVERS_TLS12"));
    QVERIFY2(m_tls12.isValid(), qPrintable(m_tls12.errorString()));
}

ConnectionTester::Request tst_ConnectionTester::request(Server server, Account account,
                                                        SslMode mode) const
{
    ConnectionTester::Request r;
    Profile &p = r.profile;
    p = Profile::create();
    p.name = QStringLiteral("test");
    p.host = m_servers.host();
    p.port = quint16(m_servers.port(server));
    p.user = m_servers.credentials(account).user;
    p.database = m_servers.testDatabase();
    p.sslMode = mode;
    p.caFile = m_servers.path(Pki::CaCert);
    p.connectTimeoutSeconds = 5;
    r.password = m_servers.credentials(account).password;
    return r;
}

QString tst_ConnectionTester::stagesText(const ConnectionReport &r)
{
    return r.toText();
}

void tst_ConnectionTester::secureAndVerified()
{
    const ConnectionReport r = ConnectionTester::run(request(Server::Tls, Account::Plain));
    QVERIFY2(r.verdict == Verdict::SecureVerified, qPrintable(r.toText()));
    for (const TestStage &s : r.stages) {
        // The password is handed in: there is no sign-in token to make.
        if (s.id == TestStage::Id::SignIn) {
            QVERIFY2(s.status == Status::Skipped, qPrintable(r.toText()));
            QCOMPARE(s.detail,
                     ConnectionReport::tr(
                             "nothing to make: the password is the saved or typed one"));
            continue;
        }
        QVERIFY2(s.status == Status::Passed, qPrintable(r.toText()));
        QVERIFY(s.elapsedMs >= 0);
    }
    // The server's own view of this very session matches what the gateway saw.
    QVERIFY(r.serverTlsVersion.startsWith(QLatin1String("TLSv1.")));
    QCOMPARE(r.serverTlsVersion, r.gateway.tlsProtocol);
    QCOMPARE(r.serverCipher, r.gateway.cipher);
    QVERIFY(r.tlsFactsAgree);
    QVERIFY(r.currentUser.startsWith(m_servers.credentials(Account::Plain).user));
    QVERIFY(r.account);
    QCOMPARE(r.account->type, AccountRequirement::Type::None);
    QVERIFY2(r.explanation.nextSteps.join(QLatin1Char(' ')).contains(QLatin1String("REQUIRE SSL")),
             qPrintable(r.toText()));
    // No secret in what a user would paste into a ticket.
    const QString text = r.toText();
    QVERIFY(!text.contains(m_servers.credentials(Account::Plain).password));

    ConnectionTester::Request x509 = request(Server::Tls, Account::RequireX509);
    x509.profile.clientCertificate = m_servers.path(Pki::ClientCert);
    x509.profile.clientKey = m_servers.path(Pki::ClientKey);
    const ConnectionReport withCert = ConnectionTester::run(x509);
    QVERIFY2(withCert.verdict == Verdict::SecureVerified, qPrintable(withCert.toText()));
    QVERIFY(withCert.account);
    QCOMPARE(withCert.account->type, AccountRequirement::Type::X509);
    QVERIFY(withCert.gateway.clientCertificateSent);
}

void tst_ConnectionTester::refusals_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<Id>("failedStage");
    QTest::addColumn<QStringList>("explanationMentions");
    QTest::newRow("name not in certificate")
            << "127.0.0.2" << Id::CertificateCheck
            << QStringList {QStringLiteral("127.0.0.2"), QStringLiteral("localhost, 127.0.0.1")};
    QTest::newRow("wrong CA") << "wrong-ca" << Id::CertificateCheck
                              << QStringList {QStringLiteral("CN=sslcm-test-ca"),
                                              QStringLiteral("sslcm-unrelated-ca")};
    QTest::newRow("server without TLS")
            << "plain" << Id::TlsHandshake
            << QStringList {QStringLiteral("does not offer TLS"),
                            QStringLiteral("before sending your user name or password")};
    QTest::newRow("expired certificate")
            << "expired" << Id::CertificateCheck
            << QStringList {QStringLiteral("expired"), QStringLiteral("ago")};
    QTest::newRow("not yet valid certificate")
            << "future" << Id::CertificateCheck
            << QStringList {QStringLiteral("not valid yet"), QStringLiteral("from now")};
    QTest::newRow("TLS 1.3 required, server has 1.2 only")
            << "tls13-only" << Id::TlsHandshake
            << QStringList {QStringLiteral("TLS versions"), QStringLiteral("TLSv1.3")};
    QTest::newRow("no cipher in common")
            << "cipher" << Id::TlsHandshake
            << QStringList {QStringLiteral("none of the ciphers"),
                            QStringLiteral("TLS_AES_128_CCM_8_SHA256")};
    QTest::newRow("pin changed") << "pin" << Id::CertificateCheck
                                 << QStringList {QStringLiteral("Pinned: 00:11"),
                                                 QStringLiteral("Presented: ")};
}

void tst_ConnectionTester::refusals()
{
    QFETCH(QString, situation);
    QFETCH(Id, failedStage);
    QFETCH(QStringList, explanationMentions);
    ConnectionTester::Request r = request(Server::Tls, Account::Plain);
    if (situation == QLatin1String("127.0.0.2")) {
        r.profile.host = m_servers.secondHost();
    } else if (situation == QLatin1String("wrong-ca")) {
        r.profile.caFile = m_servers.path(Pki::OtherCaCert);
    } else if (situation == QLatin1String("plain")) {
        r.profile.port = quint16(m_servers.plainPort());
    } else if (situation == QLatin1String("expired")) {
        r.profile.port = quint16(m_expired.tlsPort());
    } else if (situation == QLatin1String("future")) {
        r.profile.port = quint16(m_future.tlsPort());
    } else if (situation == QLatin1String("tls13-only")) {
        r.profile.port = quint16(m_tls12.tlsPort());
        r.profile.minTlsVersion = TlsVersion::Tls1_3;
    } else if (situation == QLatin1String("cipher")) {
        // A TLS 1.3 suite OpenSSL knows but servers do not enable by default.
        r.profile.minTlsVersion = TlsVersion::Tls1_3;
        r.profile.cipherList = QStringLiteral("TLS_AES_128_CCM_8_SHA256");
    } else if (situation == QLatin1String("pin")) {
        r.profile.pinnedSha256 = QByteArray::fromHex("0011") + QByteArray(30, '\x22');
    }
    const ConnectionReport report = ConnectionTester::run(r);
    QVERIFY2(report.verdict == Verdict::Failed, qPrintable(report.toText()));
    const TestStage *failed = report.failedStage();
    QVERIFY(failed);
    QCOMPARE(failed->id, failedStage);
    // Refused before the credentials left: nothing of the handshake response was forwarded.
    QVERIFY(!report.gateway.credentialsForwarded);
    const QString explanation = report.explanation.summary + QLatin1Char(' ')
            + report.explanation.cause + QLatin1Char(' ')
            + report.explanation.nextSteps.join(QLatin1Char(' '));
    for (const QString &mention : explanationMentions)
        QVERIFY2(explanation.contains(mention), qPrintable(report.toText()));
    QVERIFY(!report.explanation.nextSteps.isEmpty());
}

void tst_ConnectionTester::weakerThanVerified_data()
{
    QTest::addColumn<int>("server");
    QTest::addColumn<SslMode>("mode");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<bool>("serverSeesTls");
    QTest::newRow("required") << int(Server::Tls) << SslMode::Required
                              << Verdict::EncryptedUnverified << true;
    QTest::newRow("preferred, TLS server")
            << int(Server::Tls) << SslMode::Preferred << Verdict::EncryptedUnverified << true;
    QTest::newRow("preferred, server without TLS")
            << int(Server::Plain) << SslMode::Preferred << Verdict::Plaintext << false;
    QTest::newRow("disabled") << int(Server::Tls) << SslMode::Disabled << Verdict::Plaintext
                              << false;
}

void tst_ConnectionTester::weakerThanVerified()
{
    QFETCH(int, server);
    QFETCH(SslMode, mode);
    QFETCH(Verdict, verdict);
    QFETCH(bool, serverSeesTls);
    const ConnectionReport r = ConnectionTester::run(request(Server(server), Account::Plain, mode));
    QVERIFY2(r.verdict == verdict, qPrintable(r.toText()));
    QCOMPARE(!r.serverTlsVersion.isEmpty(), serverSeesTls);
    QVERIFY(r.tlsFactsAgree);
    if (mode == SslMode::Preferred && !serverSeesTls) {
        // Reported loudly: a warning on the TLS stage and a plain-text verdict.
        QCOMPARE(r.stage(Id::TlsHandshake).status, Status::Warning);
        QVERIFY(r.explanation.summary.contains(QLatin1String("plain text")));
    }
    if (verdict == Verdict::EncryptedUnverified)
        QVERIFY(r.explanation.nextSteps.join(QLatin1Char(' '))
                        .contains(CertificateDisplay::fingerprint(r.gateway.peerSha256)));
}

void tst_ConnectionTester::wrongPassword()
{
    ConnectionTester::Request r = request(Server::Tls, Account::Plain);
    r.password = QStringLiteral("not the password");
    ConnectionReport report = ConnectionTester::run(r);
    QCOMPARE(report.verdict, Verdict::Failed);
    QCOMPARE(report.failedStage()->id, Id::Login);
    QCOMPARE(report.loginErrorCode, 1045);
    QVERIFY(report.gateway.credentialsForwarded); // TLS was verified; the server said no
    QVERIFY(report.explanation.cause.contains(QLatin1String("password")));
    // Known to need nothing but TLS: then it can only be the password.
    r.knownRequirement
            = AccountRequirement::fromShowCreateUser(QStringLiteral("CREATE USER x REQUIRE SSL"),
                                                     ServerDialect(ServerDialect::Kind::MariaDb));
    report = ConnectionTester::run(r);
    QVERIFY2(report.explanation.cause.contains(QLatin1String("password (or the user name")),
             qPrintable(report.toText()));
}

void tst_ConnectionTester::accountRequiresClientCertificate()
{
    ConnectionTester::Request r = request(Server::Tls, Account::RequireX509);
    ConnectionReport report = ConnectionTester::run(r);
    QCOMPARE(report.loginErrorCode, 1045);
    // Unknown requirement: both causes are named.
    QVERIFY(report.explanation.cause.contains(QLatin1String("client certificate")));
    QVERIFY(report.explanation.cause.contains(QLatin1String("password")));
    // Known from an earlier test: precise.
    r.knownRequirement = AccountRequirement::fromShowCreateUser(
            QStringLiteral(
                    "CREATE USER `sslcm_x509`@`%` IDENTIFIED BY PASSWORD '*AB' REQUIRE X509"),
            ServerDialect(ServerDialect::Kind::MariaDb));
    report = ConnectionTester::run(r);
    QVERIFY2(report.explanation.cause.contains(QLatin1String("requires a client certificate "
                                                             "(REQUIRE X509)")),
             qPrintable(report.toText()));
    QVERIFY(!report.explanation.cause.contains(QLatin1String("password")));
}

void tst_ConnectionTester::clientCertificateFromUnknownCa()
{
    ConnectionTester::Request r = request(Server::Tls, Account::RequireX509);
    r.profile.clientCertificate = m_servers.path(Pki::ClientOtherCaCert);
    r.profile.clientKey = m_servers.path(Pki::ClientOtherCaKey);
    const ConnectionReport report = ConnectionTester::run(r);
    QCOMPARE(report.verdict, Verdict::Failed);
    QCOMPARE(report.failedStage()->id, Id::Login);
    QVERIFY(report.gateway.clientCertificateSent);
    QVERIFY2(report.explanation.summary.contains(QLatin1String("rejected the client certificate")),
             qPrintable(report.toText()));
}

void tst_ConnectionTester::unknownHost()
{
    ConnectionTester::Request r = request(Server::Tls, Account::Plain);
    r.profile.host = QStringLiteral("no-such-host.invalid");
    const ConnectionReport report = ConnectionTester::run(r);
    QCOMPARE(report.failedStage()->id, Id::Resolve);
    QVERIFY(report.explanation.summary.contains(QLatin1String("no-such-host.invalid")));
}

void tst_ConnectionTester::ambiguousAddressSpelling()
{
    // 127.2 reaches the server on 127.0.0.2 through the resolver; the report stops at the first
    // stage and says how to write it.
    ConnectionTester::Request r = request(Server::Tls, Account::Plain);
    r.profile.host = QStringLiteral("127.2");
    const ConnectionReport report = ConnectionTester::run(r);
    QVERIFY2(report.verdict == Verdict::Failed, qPrintable(report.toText()));
    QCOMPARE(report.failedStage()->id, Id::Resolve);
    QCOMPARE(report.gateway.failure, Failure::HostInvalid);
    QVERIFY(!report.gateway.credentialsForwarded);
    QVERIFY2(report.explanation.summary.contains(QLatin1String("Write 127.0.0.2")),
             qPrintable(report.toText()));
    QVERIFY(!report.explanation.nextSteps.isEmpty());
}

void tst_ConnectionTester::clearTextPasswordToUnverifiedServer()
{
    // Required: encrypted, any certificate. A server that then asks for the password in clear
    // gets nothing, and the report says how to make it safe.
    FakeMysqlServer::Script script;
    script.flavour = FakeMysqlServer::Flavour::Mysql8;
    script.auth = FakeMysqlServer::Auth::SwitchToClearText;
    script.certificateFile = FakeMysqlServer::unrelatedIdentity().certificateFile;
    script.keyFile = FakeMysqlServer::unrelatedIdentity().keyFile;
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    ConnectionTester::Request r = request(Server::Tls, Account::Plain, SslMode::Required);
    r.profile.port = fake.port();
    r.profile.user = script.user;
    r.password = script.password;
    const ConnectionReport report = ConnectionTester::run(r);
    QVERIFY2(report.verdict == Verdict::Failed, qPrintable(report.toText()));
    QCOMPARE(report.failedStage()->id, Id::Login);
    QCOMPARE(report.gateway.failure, Failure::CleartextPasswordRefused);
    QTRY_VERIFY(fake.capture(0).closed);
    QVERIFY(!fake.capture(0).decrypted.contains(script.password.toUtf8()));
    QVERIFY2(report.explanation.summary.contains(QLatin1String("identity was not verified")),
             qPrintable(report.toText()));
    const QString steps = report.explanation.nextSteps.join(QLatin1Char(' '));
    QVERIFY2(steps.contains(QLatin1String("Verify CA and host name"))
                     && steps.contains(QLatin1String("pin")),
             qPrintable(steps));
}

void tst_ConnectionTester::verifyCaWithoutCaIsNotVerification()
{
    // A profile stored by an older sslcm: Verify CA with no CA file. Checked against the
    // system's CAs without the name, any publicly trusted certificate for any host would pass;
    // the test stops before connecting at all, in the engine itself (the GUI, the CLI and the
    // REQUIRE helper all reach servers through it).
    FakeMysqlServer::Script script;
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    ConnectionTester::Request r = request(Server::Tls, Account::Plain, SslMode::VerifyCa);
    r.profile.port = fake.port();
    r.profile.caFile.clear();
    const ConnectionReport report = ConnectionTester::run(r);
    QVERIFY2(report.verdict == Verdict::Failed, qPrintable(report.toText()));
    QCOMPARE(report.gateway.failure, Failure::VerifyCaWithoutCa);
    QCOMPARE(report.failedStage()->id, Id::CertificateCheck);
    QCOMPARE(fake.connectionCount(), 0);
    QCOMPARE(report.explanation.summary, Profile::verifyCaNeedsCaProblem());
    QVERIFY(!report.explanation.nextSteps.isEmpty());
    // With the CA of the user's choosing it is verification again.
    r.profile.port = quint16(m_servers.port(Server::Tls));
    r.profile.caFile = m_servers.path(Pki::CaCert);
    const ConnectionReport verified = ConnectionTester::run(r);
    QVERIFY2(verified.verdict == Verdict::SecureVerified, qPrintable(verified.toText()));
}

void tst_ConnectionTester::connectionRefused()
{
    // A port that was free a moment ago.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    ConnectionTester::Request r = request(Server::Tls, Account::Plain);
    r.profile.port = port;
    r.profile.host = QStringLiteral("localhost");
    const ConnectionReport report = ConnectionTester::run(r);
    QCOMPARE(report.failedStage()->id, Id::Connect);
    QCOMPARE(report.gateway.failure, Failure::ConnectRefused);
    QVERIFY(report.explanation.summary.contains(QString::number(port)));
    // "localhost" gets the Unix-socket note.
    QVERIFY(report.explanation.nextSteps.join(QLatin1Char(' '))
                    .contains(QLatin1String("Unix socket")));
}

void tst_ConnectionTester::stalledServerTimesOut()
{
    // A server that accepts connections and never says a word.
    FakeMysqlServer::Script script;
    script.greeting = FakeMysqlServer::GreetingKind::Nothing;
    FakeMysqlServer silent(script);
    QVERIFY2(silent.listen(), qPrintable(silent.errorString()));
    ConnectionTester::Request r = request(Server::Tls, Account::Plain);
    r.profile.port = silent.port();
    r.profile.connectTimeoutSeconds = 1;
    const ConnectionReport report = ConnectionTester::run(r);
    QCOMPARE(report.failedStage()->id, Id::Greeting);
    QCOMPARE(report.gateway.failure, Failure::GreetingTimeout);
    QVERIFY(report.explanation.summary.contains(QLatin1String("no MySQL greeting")));
}

void tst_ConnectionTester::cancelDeliversTheResultAtOnce()
{
    // A server that accepts connections and never says a word.
    FakeMysqlServer::Script script;
    script.greeting = FakeMysqlServer::GreetingKind::Nothing;
    FakeMysqlServer silent(script);
    QVERIFY2(silent.listen(), qPrintable(silent.errorString()));
    ConnectionTester::Request r = request(Server::Tls, Account::Plain);
    r.profile.port = silent.port();
    r.profile.connectTimeoutSeconds = 30;
    ConnectionTester tester;
    QSignalSpy stages(&tester, &ConnectionTester::stageUpdated);
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(r);
    // Wait until the test is waiting for the greeting.
    QTRY_VERIFY(std::any_of(stages.cbegin(), stages.cend(), [](const QList<QVariant> &args) {
        const TestStage s = args.first().value<TestStage>();
        return s.id == Id::Greeting && s.status == Status::Running;
    }));
    tester.cancel();
    QCOMPARE(finished.size(), 1); // delivered before cancel() returned
    const ConnectionReport report = finished.first().first().value<ConnectionReport>();
    QCOMPARE(report.verdict, Verdict::Cancelled);
    QCOMPARE(report.stage(Id::Greeting).status, Status::Failed);
    QCOMPARE(report.stage(Id::Connect).status, Status::Passed);
    QVERIFY(!tester.isRunning());
    // No late second result.
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
}

void tst_ConnectionTester::unreadableCaFile()
{
    ConnectionTester::Request r = request(Server::Tls, Account::Plain);
    r.profile.caFile = QStringLiteral("/nonexistent/provider-ca.pem");
    const ConnectionReport report = ConnectionTester::run(r);
    QCOMPARE(report.verdict, Verdict::Failed);
    QCOMPARE(report.failedStage()->id, Id::TlsHandshake);
    QCOMPARE(report.stage(Id::Connect).status, Status::Skipped);
    QVERIFY(report.explanation.summary.contains(QLatin1String("/nonexistent/provider-ca.pem "
                                                              "does not exist")));
}

QTEST_GUILESS_MAIN(tst_ConnectionTester)
#include "tst_connectiontester.moc"
