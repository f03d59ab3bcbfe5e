// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet audit's engine against real servers (the fixture's TLS server, one that still
// accepts TLS 1.0 and 1.1, one presenting an expired certificate) and fakes for what a real
// server cannot do (an expiring certificate without restarting mariadbd, stalling, stripping TLS,
// speaking garbage, speaking only TLS 1.0/1.1). The fakes record every byte: a probe-only audit
// sends no credential, and no login goes below TLS 1.2.
#include "FakeMysqlServer.h"
#include "TestServers.h"
#include "audit/AuditLogin.h"
#include "audit/FleetAudit.h"
#include "cert/CertificateDisplay.h"
#include "cert/CertificateLoader.h"
#include "mysql/ProfileConnection.h"
#include "ssh/SshTunnel.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using Server = TestServers::Server;
using Pki = TestServers::Pki;
using State = AuditProtocolSupport::State;

class tst_FleetAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verifiedTls13ServerIsHealthy();
    void legacyServerAcceptsTls10And11();
    void loginToLegacyServerNegotiatesTls12();
    void serverWithOnlyOldTlsGetsNoCredentials_data();
    void serverWithOnlyOldTlsGetsNoCredentials();
    void expiredCertificateIsAFailure();
    void expiringCertificateIsAWarning_data();
    void expiringCertificateIsAWarning();
    void wrongCaFailsVerification();
    void pinMismatchIsAFailure();
    void pinDecidesInsteadOfChange();
    void requiredWithoutPinIsNotVerified();
    void missingCaFileIsAFindingNotACrash();
    void missingClientCertificateIsAFinding();
    void changedCertificateIsANotice();
    void badEndpointsEachHaveTheirOwnFinding();
    void unusableSettingsAreNotProbed();
    void probeSendsNoCredentials();
    void anchorThatIsRetiringOrExpiring_data();
    void anchorThatIsRetiringOrExpiring();
    void loginOverVerifiedTls();
    void throughAnSshJumpHost();
    void loginNeedsAVerifiedServer();
    void loginIsNeverForHostsTargets();
    void stalledTargetDoesNotDelayTheOthers();
    void cancelEndsARunningAudit();
    void cancelEndsATargetFromAnotherThread();
    void destroyingARunningAuditStopsIt();

private:
    Profile profile(const TestServers &servers, SslMode mode = SslMode::VerifyIdentity) const;
    static Profile fakeProfile(const FakeMysqlServer &fake);
    static AuditResult audit(const Profile &p, AuditOptions options = {});
    static QString describe(const AuditResult &r);
    static QByteArray sha256Of(const QString &pemFile);
    static quint16 closedPort();

    TestServers m_servers;
    TestServers m_legacy;
    TestServers m_expired;
};

void tst_FleetAudit::initTestCase()
{
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
    m_legacy = TestServers::fromFile(qEnvironmentVariable("SSLCM_TEST_SERVERS_LEGACY"));
    QVERIFY2(m_legacy.isValid(), qPrintable(m_legacy.errorString()));
    m_expired = TestServers::fromFile(qEnvironmentVariable("SSLCM_TEST_SERVERS_EXPIRED"));
    QVERIFY2(m_expired.isValid(), qPrintable(m_expired.errorString()));
}

Profile tst_FleetAudit::profile(const TestServers &servers, SslMode mode) const
{
    Profile p = Profile::create();
    p.name = QStringLiteral("audited");
    p.host = servers.host();
    p.port = quint16(servers.tlsPort());
    p.user = m_servers.credentials(TestServers::Account::Plain).user;
    p.sslMode = mode;
    p.caFile = m_servers.path(Pki::CaCert);
    p.connectTimeoutSeconds = 10;
    return p;
}

Profile tst_FleetAudit::fakeProfile(const FakeMysqlServer &fake)
{
    Profile p = Profile::create();
    p.name = QStringLiteral("fake");
    p.host = QStringLiteral("127.0.0.1");
    p.port = fake.port();
    p.user = fake.script().user;
    p.sslMode = SslMode::VerifyIdentity;
    p.connectTimeoutSeconds = 10;
    return p;
}

AuditResult tst_FleetAudit::audit(const Profile &p, AuditOptions options)
{
    AuditTarget target;
    target.profile = p;
    TargetAuditor auditor(target, options);
    return auditor.run();
}

// Every finding, for failure messages.
QString tst_FleetAudit::describe(const AuditResult &r)
{
    QStringList lines;
    for (const AuditFinding &f : r.findings)
        lines << QStringLiteral("%1 [%2] %3")
                         .arg(f.check, AuditSeverities::key(f.severity), f.summary);
    for (const AuditProtocolSupport &s : r.protocols)
        lines << QStringLiteral("%1: %2 %3").arg(s.version).arg(int(s.state)).arg(s.detail);
    return lines.join(QLatin1Char('\n'));
}

QByteArray tst_FleetAudit::sha256Of(const QString &pemFile)
{
    const CertificateLoadResult loaded = CertificateLoader::loadFile(pemFile);
    return loaded.ok() ? loaded.certificates.first().sha256 : QByteArray();
}

quint16 tst_FleetAudit::closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

void tst_FleetAudit::verifiedTls13ServerIsHealthy()
{
    const Profile p = profile(m_servers);
    const AuditResult r = audit(p);
    QVERIFY2(r.severity() == AuditSeverity::Ok, qPrintable(describe(r)));
    QVERIFY(!r.cancelled);
    QVERIFY(r.reachable);
    QVERIFY(r.tlsOffered);
    QVERIFY(r.verified);
    QVERIFY(r.verifyMessage.isEmpty());
    QCOMPARE(r.protocol, QStringLiteral("TLSv1.3"));
    QVERIFY(!r.cipher.isEmpty());
    QVERIFY2(r.serverVersion.contains(QLatin1String("MariaDB")), qPrintable(r.serverVersion));
    QCOMPARE(r.leafSha256, sha256Of(m_servers.path(Pki::ServerCert)));
    QVERIFY(r.startedAt.isValid());
    QVERIFY(r.elapsedMs >= 0);
    QCOMPARE(r.target.key(), QStringLiteral("profile:") + p.id.toString(QUuid::WithoutBraces));

    // Every check that applies has its finding.
    for (const char *check : {"reachable", "tls", "protocol", "tls-versions", "verification",
                              "certificate-expiry", "ca-file", "anchor"}) {
        const AuditFinding *f = r.finding(QString::fromLatin1(check));
        QVERIFY2(f, check);
        QVERIFY2(!f->summary.isEmpty(), check);
    }
    QVERIFY(!r.finding(u"pin"));
    QVERIFY(!r.finding(u"login")); // not asked for

    // The protocol scan: four handshakes, each at exactly one version.
    QCOMPARE(r.protocols.size(), 4);
    QCOMPARE(r.protocols.at(0).version, QStringLiteral("TLSv1"));
    QCOMPARE(r.protocols.at(1).version, QStringLiteral("TLSv1.1"));
    QCOMPARE(r.protocols.at(2).version, QStringLiteral("TLSv1.2"));
    QCOMPARE(r.protocols.at(3).version, QStringLiteral("TLSv1.3"));
    QVERIFY2(r.protocols.at(0).state == State::Refused, qPrintable(describe(r)));
    QVERIFY2(r.protocols.at(1).state == State::Refused, qPrintable(describe(r)));
    QVERIFY2(r.protocols.at(2).state == State::Accepted, qPrintable(describe(r)));
    QVERIFY2(r.protocols.at(3).state == State::Accepted, qPrintable(describe(r)));
    QVERIFY(!r.protocols.at(0).detail.isEmpty());

    // The certificates it knows: the chain as presented, the anchor, the CA file's.
    const QByteArray caSha = sha256Of(m_servers.path(Pki::CaCert));
    bool leaf = false, anchor = false, caFile = false;
    for (const AuditCertificate &c : r.certificates) {
        if (c.source == AuditCertificate::Source::ServerChain && c.depth == 0) {
            leaf = true;
            QCOMPARE(c.sha256, r.leafSha256);
            QVERIFY2(c.subject.contains(QLatin1String("CN=localhost")), qPrintable(c.subject));
            QVERIFY2(c.issuer.contains(QLatin1String("sslcm-test-ca")), qPrintable(c.issuer));
            QVERIFY(c.notAfter > QDateTime::currentDateTimeUtc());
            QVERIFY(!c.der.isEmpty());
        } else if (c.source == AuditCertificate::Source::Anchor) {
            anchor = true;
            QCOMPARE(c.sha256, caSha);
        } else if (c.source == AuditCertificate::Source::CaFile) {
            caFile = true;
            QCOMPARE(c.sha256, caSha);
            QCOMPARE(c.file, m_servers.path(Pki::CaCert));
        }
    }
    QVERIFY(leaf);
    QVERIFY(anchor);
    QVERIFY(caFile);
    QVERIFY(r.nextExpiry().isValid());
}

void tst_FleetAudit::legacyServerAcceptsTls10And11()
{
    // The fixture proved it with openssl s_client, or says why not.
    QVERIFY2(m_legacy.value(QStringLiteral("OLD_TLS_ACCEPTED")) == QLatin1String("tls1"),
             qPrintable(m_legacy.value(QStringLiteral("OLD_TLS_PROBLEM"))));
    const AuditResult r = audit(profile(m_legacy));
    QCOMPARE(r.protocols.size(), 4);
    QVERIFY2(r.protocols.at(0).state == State::Accepted, qPrintable(describe(r)));
    QVERIFY2(r.protocols.at(1).state == State::Accepted, qPrintable(describe(r)));
    QVERIFY2(r.protocols.at(2).state == State::Accepted, qPrintable(describe(r)));
    QVERIFY2(r.protocols.at(3).state == State::Refused, qPrintable(describe(r)));
    const AuditFinding *versions = r.finding(u"tls-versions");
    QVERIFY(versions);
    QCOMPARE(versions->severity, AuditSeverity::Warning);
    QVERIFY2(versions->summary.contains(QLatin1String("TLSv1,")), qPrintable(versions->summary));
    QVERIFY2(versions->summary.contains(QLatin1String("TLSv1.1")), qPrintable(versions->summary));
    QVERIFY(!versions->action.isEmpty());
    // The profile itself still connects with TLS 1.2: that is fine.
    QCOMPARE(r.protocol, QStringLiteral("TLSv1.2"));
    QCOMPARE(r.finding(u"protocol")->severity, AuditSeverity::Ok);
    QVERIFY(r.verified);
    QCOMPARE(r.severity(), AuditSeverity::Warning);
    QCOMPARE(AuditSummary::of({r}, 30).acceptsOldTls, 1);
}

// The protocol scan finds TLS 1.0 and 1.1 on the legacy server; a login to it, by the audit and
// by ProfileConnection (the app's one path: gateway TLS, then QMYSQL), never goes below TLS 1.2,
// as the server itself reports for the session.
void tst_FleetAudit::loginToLegacyServerNegotiatesTls12()
{
    QVERIFY2(m_legacy.value(QStringLiteral("OLD_TLS_ACCEPTED")) == QLatin1String("tls1"),
             qPrintable(m_legacy.value(QStringLiteral("OLD_TLS_PROBLEM"))));
    const TestServers::Credentials account = m_legacy.credentials(TestServers::Account::Plain);
    Profile p = profile(m_legacy);
    p.user = account.user;
    AuditOptions options;
    options.login = true;
    options.secrets.insert(p.id, ConnectionSecrets(account.password));
    const AuditResult r = audit(p, options);
    // The scan's handshakes at exactly TLS 1.0 and 1.1 are accepted ...
    QCOMPARE(r.protocols.size(), 4);
    QCOMPARE(r.protocols.at(0).version, QStringLiteral("TLSv1"));
    QVERIFY2(r.protocols.at(0).state == State::Accepted, qPrintable(describe(r)));
    QCOMPARE(r.protocols.at(1).version, QStringLiteral("TLSv1.1"));
    QVERIFY2(r.protocols.at(1).state == State::Accepted, qPrintable(describe(r)));
    QCOMPARE(r.finding(u"tls-versions")->severity, AuditSeverity::Warning);
    // ... and the audit's login in the same run used TLS 1.2.
    QVERIFY2(r.loggedIn, qPrintable(describe(r)));
    const AuditFinding *login = r.finding(u"login");
    QVERIFY(login);
    QCOMPARE(login->severity, AuditSeverity::Ok);
    QVERIFY2(login->summary.contains(QLatin1String(" over TLSv1.2,")), qPrintable(login->summary));

    // The app's login, after the scan's TLS 1.0/1.1 contexts (security level 0) were made in
    // this process: the server reports TLS 1.2 for the logged-in session.
    ProfileConnection connection(p);
    const ProfileConnection::Opened opened = connection.open(ConnectionSecrets(account.password));
    QVERIFY2(opened.opened(), qPrintable(opened.error));
    QCOMPARE(opened.session.tlsProtocol, QStringLiteral("TLSv1.2"));
    QSqlQuery q(connection.database());
    QVERIFY2(q.exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_version'")) && q.next(),
             qPrintable(q.lastError().text()));
    QCOMPARE(q.value(1).toString(), QStringLiteral("TLSv1.2"));
    q.finish();
    connection.close();
}

// A server (the fake) that speaks TLS 1.0 and 1.1 and nothing newer, as an old server or an
// attacker who wants a weak session would: the scan reports it, and no login sends it a single
// credential byte.
void tst_FleetAudit::serverWithOnlyOldTlsGetsNoCredentials_data()
{
    QTest::addColumn<bool>("onlyTls10");
    // The scan offers TLS 1.0 and 1.1 in one handshake: the server chooses 1.1, and 1.0 gets a
    // handshake of its own; or it chooses 1.0, and 1.1 gets one, which it refuses.
    QTest::newRow("TLS 1.0 and 1.1") << false;
    QTest::newRow("TLS 1.0 only") << true;
}

void tst_FleetAudit::serverWithOnlyOldTlsGetsNoCredentials()
{
    QFETCH(bool, onlyTls10);
    FakeMysqlServer::Script script;
    script.onlyOldTls = true;
    script.onlyTls10 = onlyTls10;
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    Profile p = fakeProfile(fake);
    p.host = QStringLiteral("localhost");
    p.caFile = FakeMysqlServer::identity().certificateFile; // trusted: only the version is wrong

    AuditOptions options;
    options.login = true;
    options.secrets.insert(p.id, ConnectionSecrets(script.password));
    const AuditResult r = audit(p, options);
    // The scan: TLS 1.0 and (unless only 1.0) 1.1 accepted, 1.2 and 1.3 refused.
    QCOMPARE(r.protocols.size(), 4);
    QVERIFY2(r.protocols.at(0).state == State::Accepted, qPrintable(describe(r)));
    QVERIFY2(r.protocols.at(1).state == (onlyTls10 ? State::Refused : State::Accepted),
             qPrintable(describe(r)));
    QVERIFY2(r.protocols.at(2).state == State::Refused, qPrintable(describe(r)));
    QVERIFY2(r.protocols.at(3).state == State::Refused, qPrintable(describe(r)));
    QCOMPARE(r.finding(u"tls-versions")->severity, AuditSeverity::Warning);
    // The profile's own handshake (TLS 1.2 or newer) failed, so the audit did not log in.
    QVERIFY(r.protocol.isEmpty());
    QCOMPARE(r.finding(u"tls")->severity, AuditSeverity::Failure);
    QVERIFY(!r.loginAttempted);
    QVERIFY(!r.loggedIn);
    QCOMPARE(r.finding(u"login")->severity, AuditSeverity::Notice);
    const int scanConnections = fake.connectionCount();

    // The audit's login run on its own: it tries, and fails with the reason.
    AuditResult direct;
    AuditLogin(p).run(ConnectionSecrets(script.password), {}, direct);
    QVERIFY(direct.loginAttempted);
    QVERIFY(!direct.loggedIn);
    QVERIFY(!direct.serverSettings);
    const AuditFinding *login = direct.finding(u"login");
    QVERIFY2(login, qPrintable(describe(direct)));
    QCOMPARE(login->severity, AuditSeverity::Failure);
    QVERIFY2(login->summary.contains(
                     QLatin1String("does not accept the TLS versions this profile allows "
                                   "(TLSv1.2 or newer)")),
             qPrintable(login->summary));
    QVERIFY2(login->action.contains(QLatin1String("TLS 1.2 or 1.3")), qPrintable(login->action));

    // The app's login: refused by the gateway, before the driver sent anything.
    ProfileConnection connection(p);
    const ProfileConnection::Opened opened = connection.open(ConnectionSecrets(script.password));
    QVERIFY(!opened.opened());
    QCOMPARE(opened.outcome, ProfileConnection::Opened::Outcome::Refused);
    QVERIFY(!opened.session.tlsUsed);
    QVERIFY(!opened.session.credentialsForwarded);
    QCOMPARE(opened.session.failure, GatewaySession::Failure::TlsHandshakeFailed);
    // OpenSSL's words for a version the client does not allow, in the one-sentence reason.
    const QString detail = opened.session.detail.toLower();
    QVERIFY2(detail.contains(QLatin1String("unsupported protocol"))
                     || detail.contains(QLatin1String("protocol version")),
             qPrintable(opened.session.detail));
    QVERIFY2(opened.error.contains(QLatin1String("refused the connection"))
                     && opened.error.contains(opened.session.detail),
             qPrintable(opened.error));
    QVERIFY(fake.connectionCount() >= scanConnections + 2);

    // Every connection, the scan's and the logins': TLS, where there was any, at 1.0 or 1.1
    // only, and not one byte of the user name or the password, in the clear or inside TLS.
    const QByteArray user = script.user.toUtf8();
    const QByteArray password = script.password.toUtf8();
    int oldSessions = 0;
    for (int i = 0; i < fake.connectionCount(); ++i) {
        QTRY_VERIFY(fake.capture(i).closed);
        const FakeMysqlServer::Capture c = fake.capture(i);
        if (c.tlsEstablished) {
            QVERIFY2(c.tlsVersion == QLatin1String("TLSv1")
                             || c.tlsVersion == QLatin1String("TLSv1.1"),
                     qPrintable(c.tlsVersion));
            ++oldSessions;
        }
        QVERIFY(c.handshakeResponse.isEmpty());
        QVERIFY(c.clientUser.isEmpty());
        QVERIFY(!c.received.contains(user));
        QVERIFY(!c.received.contains(password));
        QVERIFY2(c.decrypted.isEmpty(), qPrintable(QString::number(c.decrypted.size())));
        QVERIFY(!c.authenticated);
    }
    // None at all: the scan's handshakes end once the fake has chosen TLS 1.0 or 1.1 (before
    // the client's Finished), and the logins' fail.
    QCOMPARE(oldSessions, 0);
    for (int i = scanConnections; i < fake.connectionCount(); ++i)
        QVERIFY2(!fake.capture(i).tlsFailure.isEmpty() || !fake.capture(i).tlsStarted,
                 "a login's handshake did not fail");
}

void tst_FleetAudit::expiredCertificateIsAFailure()
{
    const AuditResult r = audit(profile(m_expired));
    const AuditFinding *expiry = r.finding(u"certificate-expiry");
    QVERIFY2(expiry, qPrintable(describe(r)));
    QCOMPARE(expiry->severity, AuditSeverity::Failure);
    const CertificateLoadResult expired
            = CertificateLoader::loadFile(m_servers.path(Pki::ServerExpiredCert));
    QVERIFY(expired.ok());
    // Which certificate, and when.
    QVERIFY2(expiry->summary.contains(
                     CertificateDisplay::date(expired.certificates.first().notAfter)),
             qPrintable(expiry->summary));
    QVERIFY2(expiry->summary.startsWith(QLatin1String("The server certificate")),
             qPrintable(expiry->summary));
    // A verifying client refuses it.
    QVERIFY(!r.verified);
    QCOMPARE(r.finding(u"verification")->severity, AuditSeverity::Failure);
    QVERIFY2(r.verifyMessage.contains(QLatin1String("expired")), qPrintable(r.verifyMessage));
    QCOMPARE(r.severity(), AuditSeverity::Failure);
    QCOMPARE(AuditSummary::of({r}, 30).expired, 1);
}

void tst_FleetAudit::expiringCertificateIsAWarning_data()
{
    QTest::addColumn<int>("warnDays");
    QTest::addColumn<AuditSeverity>("expected");
    QTest::newRow("30 days") << 30 << AuditSeverity::Warning;
    QTest::newRow("4 days") << 4 << AuditSeverity::Warning;
    QTest::newRow("2 days") << 2 << AuditSeverity::Ok; // it has 3 left
}

void tst_FleetAudit::expiringCertificateIsAWarning()
{
    QFETCH(int, warnDays);
    QFETCH(AuditSeverity, expected);
    FakeMysqlServer::Script script;
    script.certificateFile = m_servers.path(Pki::ServerExpiringCert);
    script.keyFile = m_servers.path(Pki::ServerKey);
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    Profile p = fakeProfile(fake);
    p.caFile = m_servers.path(Pki::CaCert);
    AuditOptions options;
    options.warnDays = warnDays;
    options.scanProtocols = false;
    const AuditResult r = audit(p, options);
    QVERIFY2(r.verified, qPrintable(describe(r)));
    const AuditFinding *expiry = r.finding(u"certificate-expiry");
    QVERIFY2(expiry, qPrintable(describe(r)));
    QCOMPARE(expiry->severity, expected);
    const CertificateLoadResult expiring
            = CertificateLoader::loadFile(m_servers.path(Pki::ServerExpiringCert));
    QVERIFY(expiring.ok());
    const QDateTime notAfter = expiring.certificates.first().notAfter;
    QVERIFY2(expiry->summary.contains(CertificateDisplay::date(notAfter)),
             qPrintable(expiry->summary));
    QCOMPARE(r.nextExpiry(), notAfter);
    QCOMPARE(r.severity(), expected);
    QCOMPARE(AuditSummary::of({r}, warnDays).expiringSoon, expected == AuditSeverity::Ok ? 0 : 1);
    // Not scanned: the four versions are there, untested.
    QCOMPARE(r.protocols.size(), 4);
    for (const AuditProtocolSupport &s : r.protocols)
        QVERIFY(s.state == State::NotTested);
}

void tst_FleetAudit::wrongCaFailsVerification()
{
    for (const SslMode mode : {SslMode::VerifyCa, SslMode::VerifyIdentity}) {
        Profile p = profile(m_servers, mode);
        p.caFile = m_servers.path(Pki::OtherCaCert);
        const AuditResult r = audit(p);
        QVERIFY(!r.verified);
        const AuditFinding *v = r.finding(u"verification");
        QVERIFY2(v, qPrintable(describe(r)));
        QCOMPARE(v->severity, AuditSeverity::Failure);
        QVERIFY(!v->action.isEmpty());
        QVERIFY(!r.verifyMessage.isEmpty());
        // Nothing in the wrong CA file anchors the chain.
        QCOMPARE(r.finding(u"anchor")->severity, AuditSeverity::Notice);
        // The facts are there all the same.
        QCOMPARE(r.protocol, QStringLiteral("TLSv1.3"));
        QCOMPARE(r.leafSha256, sha256Of(m_servers.path(Pki::ServerCert)));
    }
}

void tst_FleetAudit::pinMismatchIsAFailure()
{
    Profile p = profile(m_servers, SslMode::Required);
    p.pinnedSha256 = sha256Of(m_servers.path(Pki::ServerExpiredCert)); // same key, other cert
    QCOMPARE(p.pinnedSha256.size(), 32);
    AuditResult r = audit(p);
    QCOMPARE(r.finding(u"pin")->severity, AuditSeverity::Failure);
    QVERIFY2(r.finding(u"pin")->summary.contains(CertificateDisplay::fingerprint(p.pinnedSha256)),
             qPrintable(r.finding(u"pin")->summary));
    QVERIFY(!r.verified);
    QCOMPARE(r.severity(), AuditSeverity::Failure);

    // The right pin verifies the server in Required mode.
    p.pinnedSha256 = sha256Of(m_servers.path(Pki::ServerCert));
    r = audit(p);
    QCOMPARE(r.finding(u"pin")->severity, AuditSeverity::Ok);
    QCOMPARE(r.finding(u"verification")->severity, AuditSeverity::Ok);
    QVERIFY(r.verified);
}

void tst_FleetAudit::pinDecidesInsteadOfChange()
{
    Profile p = profile(m_servers, SslMode::Required);
    p.pinnedSha256 = sha256Of(m_servers.path(Pki::ServerCert));
    AuditTarget target;
    target.profile = p;
    AuditOptions options;
    options.scanProtocols = false;
    options.previousLeafSha256.insert(target.key(), QByteArray(32, '\x42'));
    const AuditResult r = TargetAuditor(target, options).run();
    QVERIFY2(!r.finding(u"certificate-changed"), qPrintable(describe(r)));
    QVERIFY(r.previousLeafSha256.isEmpty());
    QCOMPARE(r.finding(u"pin")->severity, AuditSeverity::Ok);
}

void tst_FleetAudit::requiredWithoutPinIsNotVerified()
{
    AuditOptions options;
    options.scanProtocols = false;
    const AuditResult r = audit(profile(m_servers, SslMode::Required), options);
    QVERIFY(!r.verified);
    QCOMPARE(r.finding(u"verification")->severity, AuditSeverity::Warning);
    QCOMPARE(r.severity(), AuditSeverity::Warning);
}

void tst_FleetAudit::missingCaFileIsAFindingNotACrash()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Profile p = profile(m_servers);
    p.caFile = dir.filePath(QStringLiteral("gone/ca.pem"));
    AuditOptions options;
    options.scanProtocols = false;
    const AuditResult r = audit(p, options);
    const AuditFinding *caFile = r.finding(u"ca-file");
    QVERIFY2(caFile, qPrintable(describe(r)));
    QCOMPARE(caFile->severity, AuditSeverity::Failure);
    QVERIFY2(caFile->summary.contains(QLatin1String("ca.pem")), qPrintable(caFile->summary));
    QVERIFY(!r.verified);
    QCOMPARE(r.finding(u"verification")->severity, AuditSeverity::Failure);
    // The server was looked at all the same (trusting nothing but to see it).
    QVERIFY(r.reachable);
    QCOMPARE(r.protocol, QStringLiteral("TLSv1.3"));
    QCOMPARE(r.leafSha256, sha256Of(m_servers.path(Pki::ServerCert)));

    // A folder where the file should be (unreadable as a file, also for root).
    p.caFile = dir.path();
    const AuditResult folder = audit(p, options);
    QCOMPARE(folder.finding(u"ca-file")->severity, AuditSeverity::Failure);
    QVERIFY(!folder.verified);
    QVERIFY(folder.reachable);
}

void tst_FleetAudit::missingClientCertificateIsAFinding()
{
    QTemporaryDir dir;
    Profile p = profile(m_servers);
    p.clientCertificate = dir.filePath(QStringLiteral("client.crt"));
    p.clientKey = m_servers.path(Pki::ClientKey);
    AuditOptions options;
    options.scanProtocols = false;
    AuditResult r = audit(p, options);
    QCOMPARE(r.finding(u"client-certificate")->severity, AuditSeverity::Failure);
    // The probe never uses the client certificate: the server is verified all the same.
    QVERIFY(r.verified);

    p.clientCertificate = m_servers.path(Pki::ClientCert);
    r = audit(p, options);
    QCOMPARE(r.finding(u"client-certificate")->severity, AuditSeverity::Ok);
    bool listed = false;
    for (const AuditCertificate &c : r.certificates)
        listed |= c.source == AuditCertificate::Source::ClientCertificate
                && c.sha256 == sha256Of(m_servers.path(Pki::ClientCert));
    QVERIFY(listed);
}

void tst_FleetAudit::changedCertificateIsANotice()
{
    AuditTarget target;
    target.profile = profile(m_servers);
    AuditOptions options;
    options.scanProtocols = false;
    const QByteArray before(32, '\x17');
    options.previousLeafSha256.insert(target.key(), before);
    AuditResult r = TargetAuditor(target, options).run();
    const AuditFinding *changed = r.finding(u"certificate-changed");
    QVERIFY2(changed, qPrintable(describe(r)));
    QCOMPARE(changed->severity, AuditSeverity::Notice);
    QCOMPARE(r.previousLeafSha256, before);
    QCOMPARE(r.severity(), AuditSeverity::Notice); // a change, not an error

    // The same certificate as last time.
    options.previousLeafSha256.insert(target.key(), r.leafSha256);
    r = TargetAuditor(target, options).run();
    QCOMPARE(r.finding(u"certificate-changed")->severity, AuditSeverity::Ok);
    QVERIFY(r.previousLeafSha256.isEmpty());
}

void tst_FleetAudit::badEndpointsEachHaveTheirOwnFinding()
{
    AuditOptions options;
    options.timeout = std::chrono::seconds(1);

    Profile closed = profile(m_servers);
    closed.port = closedPort();
    QVERIFY(closed.port != 0);

    FakeMysqlServer::Script stallScript;
    stallScript.greeting = FakeMysqlServer::GreetingKind::Nothing;
    FakeMysqlServer stalling(stallScript);
    QVERIFY2(stalling.listen(), qPrintable(stalling.errorString()));

    FakeMysqlServer::Script stripScript;
    stripScript.clearCapabilities = FakeMysqlServer::ClientSsl;
    FakeMysqlServer stripping(stripScript);
    QVERIFY2(stripping.listen(), qPrintable(stripping.errorString()));

    FakeMysqlServer::Script garbageScript;
    garbageScript.greeting = FakeMysqlServer::GreetingKind::Raw;
    garbageScript.raw = QByteArrayLiteral("SSH-2.0-OpenSSH_9.2p1\r\n");
    garbageScript.afterRaw = FakeMysqlServer::AfterRaw::Close;
    FakeMysqlServer garbage(garbageScript);
    QVERIFY2(garbage.listen(), qPrintable(garbage.errorString()));

    const AuditResult refused = audit(closed, options);
    const AuditResult stalled = audit(fakeProfile(stalling), options);
    const AuditResult stripped = audit(fakeProfile(stripping), options);
    const AuditResult garbled = audit(fakeProfile(garbage), options);

    for (const AuditResult *r : {&refused, &stalled, &garbled}) {
        QVERIFY(!r->reachable);
        QCOMPARE(r->severity(), AuditSeverity::Failure);
        QVERIFY2(r->finding(u"reachable"), qPrintable(describe(*r)));
        QCOMPARE(r->finding(u"reachable")->severity, AuditSeverity::Failure);
        QVERIFY(!r->finding(u"tls"));
        QVERIFY(!r->cancelled);
        for (const AuditProtocolSupport &s : r->protocols)
            QVERIFY(s.state == State::NotTested); // nothing to scan
    }
    QVERIFY2(refused.finding(u"reachable")->summary.contains(QLatin1String("refused")),
             qPrintable(describe(refused)));
    QVERIFY2(stalled.finding(u"reachable")->summary.contains(QLatin1String("no MySQL greeting")),
             qPrintable(describe(stalled)));
    QVERIFY2(garbled.finding(u"reachable")->summary.contains(QLatin1String("does not speak")),
             qPrintable(describe(garbled)));
    // Each its own words.
    QStringList summaries {refused.finding(u"reachable")->summary,
                           stalled.finding(u"reachable")->summary,
                           garbled.finding(u"reachable")->summary};
    summaries.removeDuplicates();
    QCOMPARE(summaries.size(), 3);

    QVERIFY(stripped.reachable);
    QVERIFY(!stripped.tlsOffered);
    QCOMPARE(stripped.finding(u"reachable")->severity, AuditSeverity::Ok);
    QCOMPARE(stripped.finding(u"tls")->severity, AuditSeverity::Failure);
    QVERIFY2(stripped.finding(u"tls")->summary.contains(QLatin1String("does not offer TLS")),
             qPrintable(describe(stripped)));
    QVERIFY(!stripped.verified);
    // The stripping server heard nothing at all from the probe.
    QVERIFY(stripping.connectionCount() >= 1);
    for (int i = 0; i < stripping.connectionCount(); ++i)
        QVERIFY(stripping.capture(i).received.isEmpty());
}

// A host spelled in a way programs read differently, or TLS settings OpenSSL cannot take: a
// finding, and nothing is connected to.
void tst_FleetAudit::unusableSettingsAreNotProbed()
{
    FakeMysqlServer fake {FakeMysqlServer::Script {}};
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    Profile ciphers = fakeProfile(fake);
    ciphers.cipherList = QStringLiteral("NOT-A-CIPHER");
    ciphers.caFile = m_servers.path(Pki::CaCert);
    const AuditResult c = audit(ciphers);
    // The CA file is fine: the problem is the ciphers'.
    QCOMPARE(c.finding(u"ca-file")->severity, AuditSeverity::Ok);
    QCOMPARE(c.finding(u"reachable")->severity, AuditSeverity::Failure);
    QVERIFY2(c.finding(u"reachable")->summary.contains(QLatin1String("NOT-A-CIPHER")),
             qPrintable(describe(c)));
    QVERIFY(!c.reachable);

    Profile host = fakeProfile(fake);
    host.host = QStringLiteral("127.1");
    const AuditResult h = audit(host);
    QCOMPARE(h.finding(u"reachable")->severity, AuditSeverity::Failure);
    QVERIFY2(h.finding(u"reachable")->summary.contains(QLatin1String("127.0.0.1")),
             qPrintable(describe(h)));
    QCOMPARE(fake.connectionCount(), 0);
}

void tst_FleetAudit::probeSendsNoCredentials()
{
    FakeMysqlServer::Script script; // TLS with the fake's own certificate for localhost
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    Profile p = fakeProfile(fake);
    p.host = QStringLiteral("localhost");
    p.caFile = FakeMysqlServer::identity().certificateFile;
    p.clientCertificate = m_servers.path(Pki::ClientCert);
    p.clientKey = m_servers.path(Pki::ClientKey);
    AuditOptions options; // no login
    options.secrets.insert(p.id, ConnectionSecrets(script.password));
    const AuditResult r = audit(p, options);
    QVERIFY2(r.verified, qPrintable(describe(r)));
    QVERIFY(!r.loginAttempted);
    QVERIFY(!r.finding(u"login"));
    // Greeting, TLS (and the protocol scan's handshakes): never a handshake response.
    QVERIFY(fake.connectionCount() >= 1);
    const QByteArray user = script.user.toUtf8();
    const QByteArray password = script.password.toUtf8();
    for (int i = 0; i < fake.connectionCount(); ++i) {
        QTRY_VERIFY(fake.capture(i).closed);
        const FakeMysqlServer::Capture c = fake.capture(i);
        QVERIFY(c.handshakeResponse.isEmpty());
        QVERIFY(c.clientUser.isEmpty());
        QVERIFY(!c.received.contains(user));
        QVERIFY(!c.decrypted.contains(user));
        QVERIFY(!c.received.contains(password));
        QVERIFY(!c.decrypted.contains(password));
        QVERIFY(c.decrypted.isEmpty());
    }
}

void tst_FleetAudit::anchorThatIsRetiringOrExpiring_data()
{
    QTest::addColumn<QString>("caSubject");
    QTest::addColumn<int>("caDays");
    QTest::addColumn<AuditSeverity>("expected");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("rds-ca-2019")
            << "/C=US/ST=Washington/L=Seattle/O=Amazon Web Services, Inc./OU=Amazon RDS/"
               "CN=Amazon RDS Root 2019 CA"
            << 3650 << AuditSeverity::Warning << "rds-ca-rsa2048-g1";
    QTest::newRow("rds-ca-2019 regional")
            << "/C=US/ST=Washington/L=Seattle/O=Amazon Web Services, Inc./OU=Amazon RDS/"
               "CN=Amazon RDS eu-west-1 2019 CA"
            << 3650 << AuditSeverity::Warning << "rds-ca-ecc384-g1";
    QTest::newRow("DigiCert Global Root CA")
            << "/C=US/O=DigiCert Inc/OU=www.digicert.com/CN=DigiCert Global Root CA" << 3650
            << AuditSeverity::Warning << "DigiCert Global Root G2";
    QTest::newRow("Baltimore CyberTrust Root")
            << "/C=IE/O=Baltimore/OU=CyberTrust/CN=Baltimore CyberTrust Root" << 3650
            << AuditSeverity::Warning << "Microsoft RSA Root CA 2017";
    QTest::newRow("current RDS CA")
            << "/C=US/O=Amazon Web Services, Inc./OU=Amazon RDS/ST=WA/L=Seattle/"
               "CN=Amazon RDS eu-west-1 Root CA RSA2048 G1"
            << 3650 << AuditSeverity::Ok << "valid until";
    QTest::newRow("CA expiring in 10 days")
            << "/O=Example/CN=Example Root" << 10 << AuditSeverity::Warning << "expires on";
}

// A CA made by the test with a provider's subject anchors a fake server's chain.
void tst_FleetAudit::anchorThatIsRetiringOrExpiring()
{
    QFETCH(QString, caSubject);
    QFETCH(int, caDays);
    QFETCH(AuditSeverity, expected);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto openssl = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral("openssl"), args);
        return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit
                && p.exitCode() == 0;
    };
    const QStringList ec {QStringLiteral("-newkey"), QStringLiteral("ec"),
                          QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                          QStringLiteral("-nodes")};
    QVERIFY(openssl(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
                    + QStringList {QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                   QStringLiteral("-out"), QStringLiteral("ca.crt"),
                                   QStringLiteral("-subj"), caSubject, QStringLiteral("-days"),
                                   QString::number(caDays), QStringLiteral("-addext"),
                                   QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                   QStringLiteral("-addext"),
                                   QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}));
    QVERIFY(openssl(QStringList {QStringLiteral("req")} + ec
                    + QStringList {QStringLiteral("-keyout"), QStringLiteral("leaf.key"),
                                   QStringLiteral("-out"), QStringLiteral("leaf.csr"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=localhost")}));
    QFile ext(dir.filePath(QStringLiteral("leaf.ext")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("basicConstraints=critical,CA:FALSE\nextendedKeyUsage=serverAuth\n"
              "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    ext.close();
    QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("leaf.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                     QStringLiteral("365"), QStringLiteral("-extfile"), QStringLiteral("leaf.ext"),
                     QStringLiteral("-out"), QStringLiteral("leaf.crt")}));

    FakeMysqlServer::Script script;
    script.certificateFile = dir.filePath(QStringLiteral("leaf.crt"));
    script.keyFile = dir.filePath(QStringLiteral("leaf.key"));
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    Profile p = fakeProfile(fake);
    p.caFile = dir.filePath(QStringLiteral("ca.crt"));
    AuditOptions options;
    options.scanProtocols = false;
    const AuditResult r = audit(p, options);
    QVERIFY2(r.verified, qPrintable(describe(r)));
    const AuditFinding *anchor = r.finding(u"anchor");
    QVERIFY2(anchor, qPrintable(describe(r)));
    QCOMPARE(anchor->severity, expected);
    const QString both = anchor->summary + QLatin1Char(' ') + anchor->action;
    QVERIFY2(both.contains(mentions), qPrintable(both));
    QVERIFY2(anchor->summary.contains(
                     CertificateLoader::loadFile(p.caFile).certificates.first().subjectValue(
                             QStringLiteral("CN"))),
             qPrintable(anchor->summary));
    QCOMPARE(r.severity(), expected);
    bool listed = false;
    for (const AuditCertificate &c : r.certificates)
        listed |= c.source == AuditCertificate::Source::Anchor && c.sha256 == sha256Of(p.caFile);
    QVERIFY(listed);
}

void tst_FleetAudit::loginOverVerifiedTls()
{
    Profile p = profile(m_servers);
    const TestServers::Credentials admin = m_servers.credentials(TestServers::Account::Admin);
    p.user = admin.user;
    AuditOptions options;
    options.login = true;
    options.scanProtocols = false;
    options.secrets.insert(p.id, ConnectionSecrets(admin.password));
    const AuditResult r = audit(p, options);
    QVERIFY2(r.verified, qPrintable(describe(r)));
    QVERIFY2(r.loginAttempted, qPrintable(describe(r)));
    QVERIFY2(r.loggedIn, qPrintable(describe(r)));
    QVERIFY(r.serverSettings);
    QCOMPARE(r.serverSettings->haveSsl, QStringLiteral("YES"));
    QVERIFY(!r.cancelled);
}

// The probe and the protocol scan go through the profile's SSH jump host (the fixture's sshd),
// and still check the database's own name.
void tst_FleetAudit::throughAnSshJumpHost()
{
    QVERIFY2(m_servers.hasSshd(), qPrintable(m_servers.sshdProblem()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString empty = dir.filePath(QStringLiteral("empty"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const auto restore = qScopeGuard([] {
        SshTunnel::shutdownAll();
        qunsetenv("SSLCM_SSH_KNOWN_HOSTS");
    });
    qputenv("SSLCM_SSH_KNOWN_HOSTS",
            QStringLiteral("%1:%2:%3")
                    .arg(m_servers.sshKnownHostsFile(), empty, dir.filePath(QStringLiteral("own")))
                    .toLocal8Bit());

    Profile p = profile(m_legacy);
    p.host = QStringLiteral("localhost"); // as the jump host reaches it, and as the certificate
    SshJump jump;
    jump.host = m_servers.sshHost();
    jump.port = quint16(m_servers.sshPort());
    jump.user = m_servers.sshUser();
    jump.auth = SshJump::Auth::KeyFile;
    jump.keyFile = m_servers.sshKeyFile(TestServers::SshKey::Plain);
    p.ssh = jump;
    const AuditResult r = audit(p);
    QVERIFY2(r.verified, qPrintable(describe(r)));
    QCOMPARE(r.finding(u"verification")->severity, AuditSeverity::Ok);
    QCOMPARE(r.protocols.size(), 4);
    QVERIFY2(r.protocols.at(0).state == State::Accepted, qPrintable(describe(r)));
    QVERIFY2(r.protocols.at(3).state == State::Refused, qPrintable(describe(r)));
    QCOMPARE(r.finding(u"tls-versions")->severity, AuditSeverity::Warning);

    // A jump host whose key is on no list: the target's own finding, nothing logged in.
    qputenv("SSLCM_SSH_KNOWN_HOSTS",
            QStringLiteral("%1:%1:%2")
                    .arg(empty, dir.filePath(QStringLiteral("own2")))
                    .toLocal8Bit());
    SshTunnel::shutdownAll();
    const AuditResult unknown = audit(p);
    QVERIFY(!unknown.reachable);
    const AuditFinding *reachable = unknown.finding(u"reachable");
    QVERIFY2(reachable, qPrintable(describe(unknown)));
    QCOMPARE(reachable->severity, AuditSeverity::Failure);
    QVERIFY2(reachable->summary.contains(QLatin1String("SSH jump host")),
             qPrintable(reachable->summary));
}

void tst_FleetAudit::loginNeedsAVerifiedServer()
{
    FakeMysqlServer::Script script;
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    Profile p = fakeProfile(fake);
    p.host = QStringLiteral("localhost");
    p.sslMode = SslMode::Required; // encrypts, verifies nothing
    AuditOptions options;
    options.login = true;
    options.scanProtocols = false;
    options.secrets.insert(p.id, ConnectionSecrets(script.password));
    const AuditResult r = audit(p, options);
    QVERIFY(!r.loginAttempted);
    QVERIFY(!r.loggedIn);
    const AuditFinding *login = r.finding(u"login");
    QVERIFY2(login, qPrintable(describe(r)));
    QCOMPARE(login->severity, AuditSeverity::Notice);
    QVERIFY2(login->summary.contains(QLatin1String("verif")), qPrintable(login->summary));
    for (int i = 0; i < fake.connectionCount(); ++i) {
        QTRY_VERIFY(fake.capture(i).closed);
        QVERIFY(fake.capture(i).handshakeResponse.isEmpty());
        QVERIFY(!fake.capture(i).decrypted.contains(script.password.toUtf8()));
    }

    // A verified server, but no secret for the profile: a notice naming why.
    p.sslMode = SslMode::VerifyIdentity;
    p.caFile = FakeMysqlServer::identity().certificateFile;
    options.secrets.clear();
    options.secretProblems.insert(p.id, QStringLiteral("the keychain is locked"));
    const AuditResult n = audit(p, options);
    QVERIFY2(n.verified, qPrintable(describe(n)));
    QVERIFY(!n.loginAttempted);
    QVERIFY2(n.finding(u"login")->summary.contains(QLatin1String("the keychain is locked")),
             qPrintable(describe(n)));
}

void tst_FleetAudit::loginIsNeverForHostsTargets()
{
    AuditTarget target;
    target.profile = profile(m_servers);
    target.saved = false;
    target.sourceLine = 4;
    AuditOptions options;
    options.login = true;
    options.scanProtocols = false;
    options.secrets.insert(target.profile.id, ConnectionSecrets(QStringLiteral("x")));
    const AuditResult r = TargetAuditor(target, options).run();
    QVERIFY(r.verified);
    QVERIFY(!r.loginAttempted);
    QCOMPARE(r.finding(u"login")->severity, AuditSeverity::Notice);
    QVERIFY(r.target.key().startsWith(QLatin1String("host:127.0.0.1:")));
}

void tst_FleetAudit::stalledTargetDoesNotDelayTheOthers()
{
    FakeMysqlServer::Script stallScript;
    stallScript.greeting = FakeMysqlServer::GreetingKind::Nothing;
    FakeMysqlServer stalling(stallScript);
    QVERIFY2(stalling.listen(), qPrintable(stalling.errorString()));

    QList<AuditTarget> targets;
    AuditTarget stalled;
    stalled.profile = fakeProfile(stalling);
    stalled.profile.name = QStringLiteral("stalled");
    targets << stalled;
    for (int i = 0; i < 3; ++i) {
        AuditTarget good;
        good.profile = profile(m_servers);
        good.profile.name = QStringLiteral("good %1").arg(i);
        targets << good;
    }
    AuditTarget closed;
    closed.profile = profile(m_servers);
    closed.profile.name = QStringLiteral("closed");
    closed.profile.port = closedPort();
    targets << closed;

    AuditOptions options;
    options.concurrency = 2;
    options.timeout = std::chrono::seconds(20); // the stalled target waits this long
    options.scanProtocols = false;
    FleetAudit audit(targets, options);
    QSignalSpy started(&audit, &FleetAudit::targetStarted);
    QSignalSpy finished(&audit, &FleetAudit::targetFinished);
    QSignalSpy progress(&audit, &FleetAudit::progress);
    QSignalSpy done(&audit, &FleetAudit::finished);
    QCOMPARE(audit.total(), 5);
    audit.start();
    QVERIFY(audit.isRunning());
    // All the others finish while the stalled one still waits for its greeting.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 15000);
    for (const QList<QVariant> &args : std::as_const(finished))
        QVERIFY(args.at(0).toInt() != 0);
    QCOMPARE(done.size(), 0);
    QVERIFY(audit.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
    QCOMPARE(done.first().at(0).toBool(), false);
    QVERIFY(!audit.isRunning());
    QCOMPARE(finished.size(), 5);
    QCOMPARE(finished.last().at(0).toInt(), 0); // the stalled one, last
    QCOMPARE(started.size(), 5);
    QCOMPARE(progress.last().at(0).toInt(), 5);
    QCOMPARE(progress.last().at(1).toInt(), 5);

    const QList<AuditResult> results = audit.results();
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.last().target.displayName(), QStringLiteral("stalled"));
    QCOMPARE(results.last().finding(u"reachable")->severity, AuditSeverity::Failure);
    int verified = 0;
    for (const AuditResult &r : results)
        verified += r.verified ? 1 : 0;
    QCOMPARE(verified, 3);
    const AuditResult delivered = finished.last().at(1).value<AuditResult>();
    QCOMPARE(delivered.target.displayName(), QStringLiteral("stalled"));
}

void tst_FleetAudit::cancelEndsARunningAudit()
{
    FakeMysqlServer::Script stallScript;
    stallScript.greeting = FakeMysqlServer::GreetingKind::Nothing;
    FakeMysqlServer stalling(stallScript);
    QVERIFY2(stalling.listen(), qPrintable(stalling.errorString()));
    QList<AuditTarget> targets;
    for (int i = 0; i < 6; ++i) {
        AuditTarget t;
        t.profile = fakeProfile(stalling);
        targets << t;
    }
    AuditOptions options;
    options.concurrency = 2;
    options.timeout = std::chrono::seconds(300);
    FleetAudit audit(targets, options);
    QSignalSpy started(&audit, &FleetAudit::targetStarted);
    QSignalSpy done(&audit, &FleetAudit::finished);
    audit.start();
    QTRY_COMPARE(started.size(), 2);
    // Both are waiting for a greeting (under ASan on a busy machine, connecting can take 5 s).
    QTRY_COMPARE_WITH_TIMEOUT(stalling.connectionCount(), 2, 30000);
    audit.cancel();
    // Far sooner than the 300 s the targets would wait.
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.first().at(0).toBool(), true);
    QVERIFY(!audit.isRunning());
    // The running targets end cancelled; the others were never started.
    QCOMPARE(started.size(), 2);
    const QList<AuditResult> results = audit.results();
    QCOMPARE(results.size(), 2);
    for (const AuditResult &r : results)
        QVERIFY(r.cancelled);
    QCOMPARE(stalling.connectionCount(), 2);
}

void tst_FleetAudit::cancelEndsATargetFromAnotherThread()
{
    FakeMysqlServer::Script stallScript;
    stallScript.onSslRequest = FakeMysqlServer::OnSslRequest::Stall; // stalls inside TLS
    FakeMysqlServer stalling(stallScript);
    QVERIFY2(stalling.listen(), qPrintable(stalling.errorString()));
    AuditTarget target;
    target.profile = fakeProfile(stalling);
    AuditOptions options;
    options.timeout = std::chrono::seconds(300);
    TargetAuditor auditor(target, options);
    AuditResult result;
    std::atomic<bool> ended {false};
    std::thread worker([&] {
        result = auditor.run();
        ended = true;
    });
    QTRY_VERIFY(stalling.connectionCount() >= 1 && !stalling.capture(0).sslRequest.isEmpty());
    QVERIFY(!ended);
    auditor.cancel();
    QTRY_VERIFY(ended);
    worker.join();
    QVERIFY(result.cancelled);
}

// The owner may go away mid-audit (a window closed): the destructor cancels and waits for its
// workers, and nothing arrives afterwards.
void tst_FleetAudit::destroyingARunningAuditStopsIt()
{
    FakeMysqlServer::Script stallScript;
    stallScript.greeting = FakeMysqlServer::GreetingKind::Nothing;
    FakeMysqlServer stalling(stallScript);
    QVERIFY2(stalling.listen(), qPrintable(stalling.errorString()));
    QList<AuditTarget> targets;
    for (int i = 0; i < 4; ++i) {
        AuditTarget t;
        t.profile = fakeProfile(stalling);
        targets << t;
    }
    AuditOptions options;
    options.concurrency = 4;
    options.timeout = std::chrono::seconds(300);
    auto audit = std::make_unique<FleetAudit>(targets, options);
    QObject receiver;
    int delivered = 0;
    connect(audit.get(), &FleetAudit::targetFinished, &receiver, [&] { ++delivered; });
    connect(audit.get(), &FleetAudit::finished, &receiver, [&] { ++delivered; });
    audit->start();
    QTRY_COMPARE(stalling.connectionCount(), 4);
    audit.reset(); // within the test's timeout, not the targets' 300 s
    QCoreApplication::processEvents();
    QCOMPARE(delivered, 0);
    for (int i = 0; i < 4; ++i)
        QTRY_VERIFY(stalling.capture(i).closed);
}

QTEST_GUILESS_MAIN(tst_FleetAudit)
#include "tst_fleetaudit.moc"
