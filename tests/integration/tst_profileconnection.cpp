// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one connection path, against the real TLS server: a profile opens QMYSQL through the
// gateway, a wrong CA never reaches the login, and the probe returns the server's chain.
#include "FakeMysqlServer.h"
#include "TestServers.h"
#include "mysql/ProfileConnection.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

using Server = TestServers::Server;
using Account = TestServers::Account;
using Pki = TestServers::Pki;
using Outcome = ProfileConnection::Opened::Outcome;
using Failure = GatewaySession::Failure;

Q_DECLARE_METATYPE(SslMode)

class tst_ProfileConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensThroughTheGatewayAtVerifyIdentity();
    void wrongCaNeverReachesTheLogin();
    void cancelledBeforeOpeningSendsNothing();
    void cancelWhileTheGatewayStartsReturnsAtOnce();
    void probeReturnsTheServersChain();
    void probeShowsNoClientCertificate();
    void clientLibraryIsKnown();
    void clearTextTokenOnlyToAVerifiedServer_data();
    void clearTextTokenOnlyToAVerifiedServer();
    void eachLoginMakesAFreshToken();

private:
    Profile profile(Account account) const;
    static QString sessionStatus(const QSqlDatabase &db, const QString &name);

    TestServers m_servers;
};

void tst_ProfileConnection::initTestCase()
{
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
}

Profile tst_ProfileConnection::profile(Account account) const
{
    Profile p = Profile::create();
    p.name = QStringLiteral("path");
    p.host = m_servers.host();
    p.port = quint16(m_servers.tlsPort());
    p.user = m_servers.credentials(account).user;
    p.database = m_servers.testDatabase();
    p.sslMode = SslMode::VerifyIdentity;
    p.caFile = m_servers.path(Pki::CaCert);
    p.connectTimeoutSeconds = 5;
    return p;
}

QString tst_ProfileConnection::sessionStatus(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SHOW SESSION STATUS LIKE '%1'").arg(name)) || !q.next())
        return {};
    return q.value(1).toString();
}

void tst_ProfileConnection::opensThroughTheGatewayAtVerifyIdentity()
{
    ProfileConnection connection(profile(Account::RequireSsl));
    const ProfileConnection::Opened opened
            = connection.open({m_servers.credentials(Account::RequireSsl).password, {}});
    QVERIFY2(opened.opened(), qPrintable(opened.error));
    QVERIFY(opened.session.hostnameChecked);
    QVERIFY(opened.session.credentialsForwarded);

    // The server's own view of this session: TLS, and the very protocol and cipher the
    // gateway negotiated (an account that REQUIREs SSL got in).
    const QSqlDatabase db = connection.database();
    QVERIFY(db.isOpen());
    const QString version = sessionStatus(db, QStringLiteral("Ssl_version"));
    QVERIFY2(version.startsWith(QLatin1String("TLSv1.")), qPrintable(version));
    QCOMPARE(version, opened.session.tlsProtocol);
    QCOMPARE(sessionStatus(db, QStringLiteral("Ssl_cipher")), opened.session.cipher);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT DATABASE()")) && q.next());
    QCOMPARE(q.value(0).toString(), m_servers.testDatabase());

    connection.close();
    QVERIFY(!connection.database().isValid());
}

void tst_ProfileConnection::wrongCaNeverReachesTheLogin()
{
    Profile p = profile(Account::Plain);
    p.caFile = m_servers.path(Pki::OtherCaCert);
    ProfileConnection connection(p);
    const ProfileConnection::Opened opened
            = connection.open({m_servers.credentials(Account::Plain).password, {}});
    QCOMPARE(opened.outcome, Outcome::Refused);
    QCOMPARE(opened.session.failure, Failure::CertificateUntrusted);
    QVERIFY(!opened.session.credentialsForwarded);
    QVERIFY2(opened.error.contains(p.addressText()), qPrintable(opened.error));
    QVERIFY(!connection.database().isValid());
}

void tst_ProfileConnection::cancelledBeforeOpeningSendsNothing()
{
    ProfileConnection connection(profile(Account::Plain));
    connection.cancel();
    const ProfileConnection::Opened opened
            = connection.open({m_servers.credentials(Account::Plain).password, {}});
    QCOMPARE(opened.outcome, Outcome::Cancelled);
    // Not even a connection to the server was made.
    QVERIFY(!opened.gatewaySawSession);
    QCOMPARE(opened.session.connectMs, -1);
}

void tst_ProfileConnection::cancelWhileTheGatewayStartsReturnsAtOnce()
{
    // A server that never greets: whenever the cancel lands, the login cannot finish first.
    FakeMysqlServer::Script script;
    script.greeting = FakeMysqlServer::GreetingKind::Nothing;
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));

    // The gateway makes its private folder in XDG_RUNTIME_DIR as it starts: a thread blocked on
    // inotify cancels from there, after open() began and before the driver's connect could be
    // accepted, without guessing a delay.
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    const QByteArray oldRuntime = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    const int inotify = ::inotify_init1(IN_CLOEXEC);
    QVERIFY(inotify >= 0);
    QVERIFY(::inotify_add_watch(inotify, QFile::encodeName(runtime.path()).constData(), IN_CREATE)
            >= 0);

    Profile p = profile(Account::Plain);
    p.host = QStringLiteral("127.0.0.1");
    p.port = fake.port();
    // The driver's own read timeout (4 × 10 + 5 s) is what a cancel that the gateway ignored
    // would wait for.
    p.connectTimeoutSeconds = 10;
    ProfileConnection connection(p);
    std::thread canceller([&] {
        pollfd watch {inotify, POLLIN, 0};
        if (::poll(&watch, 1, 30000) == 1)
            connection.cancel();
    });

    ProfileConnection::Opened opened;
    std::atomic<bool> done {false};
    std::thread opener([&] {
        opened = connection.open({m_servers.credentials(Account::Plain).password, {}});
        done = true;
    });
    const auto cleanup = qScopeGuard([&] {
        opener.join();
        canceller.join();
        ::close(inotify);
        qputenv("XDG_RUNTIME_DIR", oldRuntime);
    });
    // Only a guard against hanging for good, far below the driver's 45 s.
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);

    QCOMPARE(opened.outcome, Outcome::Cancelled);
    QVERIFY(!opened.session.credentialsForwarded);
    // The server saw no login: nothing at all arrived from the gateway.
    for (int i = 0; i < fake.connectionCount(); ++i) {
        QVERIFY(fake.capture(i).handshakeResponse.isEmpty());
        QVERIFY(fake.capture(i).received.isEmpty());
    }
}

void tst_ProfileConnection::probeReturnsTheServersChain()
{
    Profile p = profile(Account::Plain);
    // A probe judges with the profile's trust anchors whatever the profile's mode.
    p.sslMode = SslMode::Required;
    ProfileConnection connection(p);
    const ProfileConnection::Probed probed = connection.probe();
    QVERIFY2(probed.error.isEmpty(), qPrintable(probed.error));
    QVERIFY(probed.session.tlsUsed);
    QCOMPARE(probed.session.failure, Failure::None);
    QVERIFY(probed.session.hostnameChecked);
    QVERIFY(!probed.session.credentialsForwarded);
    const QList<QSslCertificate> served = QSslCertificate::fromPath(m_servers.tlsServerCert());
    QVERIFY(!served.isEmpty());
    QVERIFY(!probed.session.peerChain.isEmpty());
    QCOMPARE(probed.session.peerChain.first(), served.first().toDer());

    // With a CA that does not lead to the server, the chain is still shown, judged untrusted.
    p.caFile = m_servers.path(Pki::OtherCaCert);
    const ProfileConnection::Probed untrusted = ProfileConnection(p).probe();
    QVERIFY(untrusted.session.tlsUsed);
    QCOMPARE(untrusted.session.failure, Failure::CertificateUntrusted);
    QCOMPARE(untrusted.session.peerChain.first(), served.first().toDer());
}

void tst_ProfileConnection::probeShowsNoClientCertificate()
{
    Profile p = profile(Account::RequireX509);
    p.clientCertificate = m_servers.path(Pki::ClientCert);
    p.clientKey = m_servers.path(Pki::ClientKey);
    const ProfileConnection::Probed probed = ProfileConnection(p).probe();
    QVERIFY(probed.session.tlsUsed);
    QVERIFY(!probed.session.clientCertificateSent);

    // An address spelled ambiguously is refused before anything is sent.
    p.host = QStringLiteral("127.1");
    ProfileConnection odd(p);
    const ProfileConnection::Prepared prepared = odd.prepareProbe();
    QVERIFY(!prepared.ok());
    QVERIFY2(prepared.error.contains(QLatin1String("127.0.0.1")), qPrintable(prepared.error));
}

void tst_ProfileConnection::clientLibraryIsKnown()
{
    const QString library = ProfileConnection::clientLibrary();
    QVERIFY2(library.startsWith(QLatin1String("libmariadb "))
                     || library.startsWith(QLatin1String("libmysqlclient ")),
             qPrintable(library));
    QCOMPARE(ProfileConnection::clientLibrary(), library);
}

void tst_ProfileConnection::clearTextTokenOnlyToAVerifiedServer_data()
{
    QTest::addColumn<SslMode>("mode");
    QTest::addColumn<bool>("pinned");
    QTest::addColumn<bool>("sent");
    QTest::newRow("preferred") << SslMode::Preferred << false << false;
    QTest::newRow("required") << SslMode::Required << false << false;
    QTest::newRow("disabled") << SslMode::Disabled << false << false;
    QTest::newRow("required, pinned") << SslMode::Required << true << true;
    QTest::newRow("verify-ca") << SslMode::VerifyCa << false << true;
    QTest::newRow("verify-identity") << SslMode::VerifyIdentity << false << true;
}

void tst_ProfileConnection::clearTextTokenOnlyToAVerifiedServer()
{
    QFETCH(SslMode, mode);
    QFETCH(bool, pinned);
    QFETCH(bool, sent);
    // A MySQL 8-like server that asks for the password in clear text (mysql_clear_password), as
    // RDS, Azure and Cloud SQL do for their sign-in tokens.
    FakeMysqlServer::Script script;
    script.flavour = FakeMysqlServer::Flavour::Mysql8;
    script.auth = FakeMysqlServer::Auth::SwitchToClearText;
    script.password = QStringLiteral("token-") + QString(600, u'k') + QStringLiteral(":/&%=");
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString marker = work.filePath(QStringLiteral("ran"));

    Profile p = Profile::create();
    p.name = QStringLiteral("token");
    p.host = QStringLiteral("localhost");
    p.port = fake.port();
    p.user = script.user;
    p.sslMode = mode;
    p.caFile = FakeMysqlServer::identity().certificateFile;
    p.pinnedSha256 = pinned ? FakeMysqlServer::identity().certificateSha256 : QByteArray();
    p.connectTimeoutSeconds = 5;
    p.passwordSource.kind = PasswordSource::Kind::Command;
    p.passwordSource.clearTextToken = true;
    // The command leaves a mark: a refused profile must not even run it.
    p.passwordSource.command = {QStringLiteral("sh"),
                                QStringLiteral("-c"),
                                QStringLiteral("touch \"$1\"; printf '%s\\n' \"$2\""),
                                QStringLiteral("sh"),
                                marker,
                                script.password};
    ProfileConnection connection(p);
    // No password is handed in: the source makes it.
    const ProfileConnection::Opened opened = connection.open({});
    if (!sent) {
        QCOMPARE(opened.outcome, Outcome::SignInFailed);
        QVERIFY2(opened.error.contains(QLatin1String("clear text")), qPrintable(opened.error));
        QVERIFY(!QFileInfo::exists(marker));
        QCOMPARE(fake.connectionCount(), 0);
        return;
    }
    QVERIFY2(opened.opened(), qPrintable(opened.error));
    QVERIFY(QFileInfo::exists(marker));
    QCOMPARE(fake.connectionCount(), 1);
    QTRY_VERIFY(fake.capture(0).authenticated);
    const FakeMysqlServer::Capture c = fake.capture(0);
    QVERIFY(c.tlsEstablished);
    // The token arrived inside TLS, and never outside it.
    QVERIFY(c.decrypted.contains(script.password.toUtf8()));
    QVERIFY(!c.received.contains(script.password.toUtf8()));
}

void tst_ProfileConnection::eachLoginMakesAFreshToken()
{
    // A counter the command keeps: every open() runs it again, a made token is used once.
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString counter = work.filePath(QStringLiteral("count"));
    Profile p = profile(Account::Plain);
    p.passwordSource.kind = PasswordSource::Kind::Command;
    p.passwordSource.command = {QStringLiteral("sh"),
                                QStringLiteral("-c"),
                                QStringLiteral("echo x >> \"$1\"; printf '%s\\n' \"$2\""),
                                QStringLiteral("sh"),
                                counter,
                                m_servers.credentials(Account::Plain).password};
    ProfileConnection connection(p);
    const SignInSecret made = connection.signIn();
    QVERIFY2(made.ok(), qPrintable(made.problemWithOutput()));
    QCOMPARE(made.secret, m_servers.credentials(Account::Plain).password);
    // The handed-in password is not used when the source makes one.
    QVERIFY2(connection.open({QStringLiteral("wrong"), {}}).opened(), "first login");
    connection.close();
    QVERIFY2(connection.open({QStringLiteral("wrong"), {}}).opened(), "second login");
    QFile file(counter);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("x\nx\n"));
}

QTEST_GUILESS_MAIN(tst_ProfileConnection)
#include "tst_profileconnection.moc"
