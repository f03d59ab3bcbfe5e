// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one connection path through an SSH jump host: a real sshd (the fixture's) carries the TCP
// leg to the real TLS server, and TLS is verified against the database's own name, not against
// the tunnel. The staged test shows the SSH stages; the probe and the admin session share the
// one SSH session.
#include "TestServers.h"
#include "accounts/AdminSession.h"
#include "mysql/ConnectionTester.h"
#include "mysql/ProfileConnection.h"
#include "ssh/SshKnownHosts.h"
#include "ssh/SshTunnel.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Account = TestServers::Account;
using Pki = TestServers::Pki;
using SshKey = TestServers::SshKey;
using Failure = GatewaySession::Failure;
using Id = TestStage::Id;
using Status = TestStage::Status;

class tst_SshConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void verifiesTheDatabasesOwnNameThroughTheTunnel();
    void anAddressTheCertificateLacksFailsBeforeTheLogin();
    void reportShowsTheSshStages();
    void unknownHostKeyStopsBeforeTheSshLogin();
    void changedHostKeyIsRefused();
    void testProbeAndAdminShareOneSshSession();
    void aBastionThatCannotReachTheDatabaseIsExplained();

private:
    Profile profile(Account account, const QString &host) const;
    // Points sslcm at these lists: the fixture's known_hosts (or none) and a fresh own list.
    void useKnownHosts(bool fixtureKnowsTheKey);
    QByteArray fixtureKeySha256() const;

    TestServers m_servers;
    QTemporaryDir m_dir;
};

void tst_SshConnection::initTestCase()
{
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
    QVERIFY2(m_servers.hasSshd(), qPrintable(m_servers.sshdProblem()));
    QVERIFY(m_dir.isValid());
}

void tst_SshConnection::init()
{
    useKnownHosts(true);
}

void tst_SshConnection::cleanup()
{
    SshTunnel::shutdownAll();
    qunsetenv("SSLCM_SSH_KNOWN_HOSTS");
}

void tst_SshConnection::useKnownHosts(bool fixtureKnowsTheKey)
{
    const QString own = m_dir.filePath(
            QStringLiteral("own-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(own);
    const QString empty = m_dir.filePath(QStringLiteral("empty"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.close();
    const QString user = fixtureKnowsTheKey ? m_servers.sshKnownHostsFile() : empty;
    qputenv("SSLCM_SSH_KNOWN_HOSTS",
            QStringLiteral("%1:%2:%3").arg(user, empty, own).toLocal8Bit());
}

QByteArray tst_SshConnection::fixtureKeySha256() const
{
    const QList<QByteArray> parts = m_servers.sshHostKey().trimmed().split(' ');
    return QCryptographicHash::hash(QByteArray::fromBase64(parts.value(1)),
                                    QCryptographicHash::Sha256);
}

Profile tst_SshConnection::profile(Account account, const QString &host) const
{
    Profile p = Profile::create();
    p.name = QStringLiteral("through the bastion");
    p.host = host;
    p.port = quint16(m_servers.tlsPort());
    p.user = m_servers.credentials(account).user;
    p.database = m_servers.testDatabase();
    p.sslMode = SslMode::VerifyIdentity;
    p.caFile = m_servers.path(Pki::CaCert);
    p.connectTimeoutSeconds = 10;
    SshJump jump;
    jump.host = m_servers.sshHost();
    jump.port = quint16(m_servers.sshPort());
    jump.user = m_servers.sshUser();
    jump.auth = SshJump::Auth::KeyFile;
    jump.keyFile = m_servers.sshKeyFile(SshKey::Plain);
    p.ssh = jump;
    return p;
}

// "localhost" is what the certificate names; the jump host resolves it and connects. The server
// sees TLS 1.3 from sslcm's own handshake, verified against that name.
void tst_SshConnection::verifiesTheDatabasesOwnNameThroughTheTunnel()
{
    ProfileConnection connection(profile(Account::RequireSsl, QStringLiteral("localhost")));
    const ProfileConnection::Opened opened
            = connection.open({m_servers.credentials(Account::RequireSsl).password});
    QVERIFY2(opened.opened(), qPrintable(opened.error));
    QVERIFY(opened.session.ssh.used);
    QVERIFY(opened.session.hostnameChecked);
    QCOMPARE(opened.session.ssh.hostKeySha256, fixtureKeySha256());
    QSqlQuery q(connection.database());
    QVERIFY(q.exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_version'")) && q.next());
    QCOMPARE(q.value(1).toString(), opened.session.tlsProtocol);
    QVERIFY(q.value(1).toString().startsWith(QLatin1String("TLSv1.")));
}

// The server also listens on its second loopback address, which its certificate does not name:
// through the tunnel that fails exactly as it does directly, before any byte of the login.
void tst_SshConnection::anAddressTheCertificateLacksFailsBeforeTheLogin()
{
    ProfileConnection connection(profile(Account::RequireSsl, m_servers.secondHost()));
    const ProfileConnection::Opened opened
            = connection.open({m_servers.credentials(Account::RequireSsl).password});
    QVERIFY(!opened.opened());
    QVERIFY(opened.session.ssh.used);
    QCOMPARE(opened.session.failure, Failure::HostnameMismatch);
    QVERIFY(!opened.session.peerChain.isEmpty());  // the server's certificate was seen...
    QVERIFY(!opened.session.credentialsForwarded); // ...and nothing of the login left

    // The same profile without the tunnel fails the same way.
    Profile direct = profile(Account::RequireSsl, m_servers.secondHost());
    direct.ssh.reset();
    ProfileConnection directConnection(direct);
    const ProfileConnection::Opened d
            = directConnection.open({m_servers.credentials(Account::RequireSsl).password});
    QCOMPARE(d.session.failure, Failure::HostnameMismatch);
}

void tst_SshConnection::reportShowsTheSshStages()
{
    ConnectionTester::Request request;
    request.profile = profile(Account::RequireSsl, QStringLiteral("localhost"));
    request.password = m_servers.credentials(Account::RequireSsl).password;
    const ConnectionReport report = ConnectionTester::run(request);
    QCOMPARE(report.verdict, ConnectionReport::Verdict::SecureVerified);
    QList<Id> ids;
    for (const TestStage &s : report.stages)
        ids << s.id;
    QCOMPARE(ids, TestStage::all(true));
    QVERIFY(!ids.contains(Id::Connect));
    for (Id id : {Id::SshConnect, Id::SshHostKey, Id::SshLogin, Id::Tunnel}) {
        QCOMPARE(report.stage(id).status, Status::Passed);
        QVERIFY(report.stage(id).elapsedMs >= 0);
    }
    QVERIFY(report.stage(Id::SshHostKey)
                    .detail.contains(SshKnownHosts::fingerprint(fixtureKeySha256())));
    const QJsonObject ssh = report.toJson().value(QStringLiteral("ssh")).toObject();
    QCOMPARE(ssh.value(QStringLiteral("hostKeyFingerprint")).toString(),
             SshKnownHosts::fingerprint(fixtureKeySha256()));
    QCOMPARE(ssh.value(QStringLiteral("hostKeySource")).toString(), m_servers.sshKnownHostsFile());
    QVERIFY(report.toText().contains(SshKnownHosts::fingerprint(fixtureKeySha256())));
}

// Nobody has the key on record: the test stops at "SSH host key", shows the fingerprint to
// accept, and the jump host saw no login attempt at all. Accepting it makes the next test work.
void tst_SshConnection::unknownHostKeyStopsBeforeTheSshLogin()
{
    useKnownHosts(false);
    const qint64 logStart = m_servers.sshLogSize();
    ConnectionTester::Request request;
    request.profile = profile(Account::RequireSsl, QStringLiteral("localhost"));
    request.password = m_servers.credentials(Account::RequireSsl).password;
    const ConnectionReport report = ConnectionTester::run(request);
    QCOMPARE(report.verdict, ConnectionReport::Verdict::Failed);
    QCOMPARE(report.gateway.failure, Failure::SshHostKeyUnknown);
    QCOMPARE(report.failedStage()->id, Id::SshHostKey);
    QCOMPARE(report.stage(Id::SshLogin).status, Status::Skipped);
    QCOMPARE(report.gateway.ssh.hostKeySha256, fixtureKeySha256());
    const QString fingerprint = SshKnownHosts::fingerprint(fixtureKeySha256());
    QVERIFY2(report.explanation.cause.contains(fingerprint), qPrintable(report.explanation.cause));
    const QString log = m_servers.sshLogSince(logStart);
    QVERIFY2(!log.contains(QLatin1String("Accepted")) && !log.contains(QLatin1String("userauth")),
             qPrintable(log));

    QCOMPARE(SshKnownHosts::accept(m_servers.sshHost(), quint16(m_servers.sshPort()),
                                   report.gateway.ssh.hostKeyLine),
             QString());
    const ConnectionReport again = ConnectionTester::run(request);
    QCOMPARE(again.verdict, ConnectionReport::Verdict::SecureVerified);
}

// A key on record that differs from the presented one: refused, both shown, nothing logged in.
void tst_SshConnection::changedHostKeyIsRefused()
{
    const QString own = m_dir.filePath(QStringLiteral("changed-own"));
    const QString recorded = m_dir.filePath(QStringLiteral("changed-known_hosts"));
    QFile f(recorded);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    // Another ed25519 key for the same [host]:port, made by ssh-keygen.
    const QString otherKey = m_dir.filePath(QStringLiteral("other-host-key"));
    QFile::remove(otherKey);
    QFile::remove(otherKey + QStringLiteral(".pub"));
    QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"),
                               {QStringLiteral("-q"), QStringLiteral("-t"),
                                QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                                QStringLiteral("-f"), otherKey}),
             0);
    QFile pub(otherKey + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> parts = pub.readAll().trimmed().split(' ');
    f.write(QStringLiteral("[%1]:%2 ").arg(m_servers.sshHost()).arg(m_servers.sshPort()).toLatin1()
            + parts.value(0) + ' ' + parts.value(1) + '\n');
    f.close();
    qputenv("SSLCM_SSH_KNOWN_HOSTS", QStringLiteral("%1:%2").arg(recorded, own).toLocal8Bit());
    const qint64 logStart = m_servers.sshLogSize();
    ConnectionTester::Request request;
    request.profile = profile(Account::RequireSsl, QStringLiteral("localhost"));
    request.password = m_servers.credentials(Account::RequireSsl).password;
    const ConnectionReport report = ConnectionTester::run(request);
    QCOMPARE(report.gateway.failure, Failure::SshHostKeyChanged);
    QCOMPARE(report.failedStage()->id, Id::SshHostKey);
    QCOMPARE(report.gateway.ssh.hostKeySha256, fixtureKeySha256());
    QVERIFY(!report.gateway.ssh.recordedKeySha256.isEmpty());
    QVERIFY(report.gateway.ssh.recordedKeySha256 != fixtureKeySha256());
    QCOMPARE(report.gateway.ssh.hostKeySource, recorded);
    QVERIFY(report.explanation.cause.contains(
            SshKnownHosts::fingerprint(report.gateway.ssh.recordedKeySha256)));
    QVERIFY(!m_servers.sshLogSince(logStart).contains(QLatin1String("Accepted")));
}

// The test, the probe and the admin session of one profile go through one SSH login.
void tst_SshConnection::testProbeAndAdminShareOneSshSession()
{
    const qint64 logStart = m_servers.sshLogSize();
    const Profile p = profile(Account::Admin, QStringLiteral("localhost"));
    ProfileConnection tested(p);
    QVERIFY(tested.open({m_servers.credentials(Account::Admin).password}).opened());

    ProfileConnection probing(p);
    const ProfileConnection::Probed probed = probing.probe();
    QVERIFY2(probed.error.isEmpty(), qPrintable(probed.error));
    QCOMPARE(probed.session.failure, Failure::None);
    QVERIFY(probed.session.ssh.reused);
    QVERIFY(!probed.session.peerChain.isEmpty());

    AdminSession::Opened admin
            = AdminSession::open(p, {m_servers.credentials(Account::Admin).password});
    QVERIFY2(admin.session, qPrintable(admin.error));
    QVERIFY(admin.session->facts().facts.has_value());

    QCOMPARE(SshTunnel::liveSessions(), 1);
    QCOMPARE(m_servers.sshLogSince(logStart).count(QLatin1String("Accepted publickey")), 1);
}

void tst_SshConnection::aBastionThatCannotReachTheDatabaseIsExplained()
{
    Profile p = profile(Account::RequireSsl, QStringLiteral("localhost"));
    p.port = 1; // nothing listens there
    ConnectionTester::Request request;
    request.profile = p;
    request.password = m_servers.credentials(Account::RequireSsl).password;
    const ConnectionReport report = ConnectionTester::run(request);
    QCOMPARE(report.gateway.failure, Failure::TunnelConnectFailed);
    QCOMPARE(report.failedStage()->id, Id::Tunnel);
    QCOMPARE(report.stage(Id::SshLogin).status, Status::Passed);
    QVERIFY(report.explanation.summary.contains(QLatin1String("localhost:1")));
}

QTEST_GUILESS_MAIN(tst_SshConnection)
#include "tst_sshconnection.moc"
