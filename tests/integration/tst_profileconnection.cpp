// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one connection path, against the real TLS server: a profile opens QMYSQL through the
// gateway, a wrong CA never reaches the login, and the probe returns the server's chain.
#include "TestServers.h"
#include "mysql/ProfileConnection.h"

#include <QSqlQuery>
#include <QSslCertificate>
#include <QTest>

using Server = TestServers::Server;
using Account = TestServers::Account;
using Pki = TestServers::Pki;
using Outcome = ProfileConnection::Opened::Outcome;
using Failure = GatewaySession::Failure;

class tst_ProfileConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensThroughTheGatewayAtVerifyIdentity();
    void wrongCaNeverReachesTheLogin();
    void cancelledBeforeOpeningSendsNothing();
    void probeReturnsTheServersChain();
    void probeShowsNoClientCertificate();
    void clientLibraryIsKnown();

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

QTEST_GUILESS_MAIN(tst_ProfileConnection)
#include "tst_profileconnection.moc"
