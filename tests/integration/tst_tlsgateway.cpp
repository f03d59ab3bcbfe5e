// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The TLS gateway against real mariadbd servers: Qt's stock QMYSQL driver logs in through it, and
// the server itself confirms the TLS the gateway reports.
#include "TestServers.h"
#include "mysql/TlsClientContext.h"
#include "mysql/MysqlProtocol.h"
#include "mysql/TlsGateway.h"

#include <QCryptographicHash>
#include <QLocalSocket>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <sys/stat.h>
#include <thread>
#include <atomic>
#include <QFileInfo>
#include <QUuid>

using Server = TestServers::Server;
using Account = TestServers::Account;
using Pki = TestServers::Pki;
using Failure = GatewaySession::Failure;

Q_DECLARE_METATYPE(SslMode)
Q_DECLARE_METATYPE(Failure)

class tst_TlsGateway : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loginThroughGateway_data();
    void loginThroughGateway();
    void refusedBeforeCredentials_data();
    void refusedBeforeCredentials();
    void identityIsTheAddressConnectedTo_data();
    void identityIsTheAddressConnectedTo();
    void preferredAgainstServerWithoutTls();
    void disabledIsPlaintext();
    void localSslRequestIsRefused_data();
    void localSslRequestIsRefused();
    void clientCertificateAccount_data();
    void clientCertificateAccount();
    void encryptedKeyNeedsPassphrase();
    void pinnedFingerprint();
    void minimumTls13();
    void resumesOnlyVerifiedSessions();
    void largeResultRelaysIntact();
    void noThreadOrSocketLeaks();
    void socketIsPrivateWithoutTouchingTheUmask();

private:
    struct Attempt
    {
        bool opened = false;
        QString error;
        QString serverTlsVersion;
        QString serverCipher;
        QString currentUser;
        std::optional<GatewaySession> session;
    };
    ServerTarget target(Server server, SslMode mode, const QString &host = {},
                        TlsClientContext::Settings settings = {}) const;
    Attempt attempt(const ServerTarget &target, Account account, const QString &sql = {},
                    QVariant *result = nullptr) const;
    TlsClientContext::Settings caOnly() const;

    TestServers m_servers;
};

void tst_TlsGateway::initTestCase()
{
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
}

TlsClientContext::Settings tst_TlsGateway::caOnly() const
{
    TlsClientContext::Settings s;
    s.caFile = m_servers.path(Pki::CaCert);
    return s;
}

ServerTarget tst_TlsGateway::target(Server server, SslMode mode, const QString &host,
                                    TlsClientContext::Settings settings) const
{
    ServerTarget t;
    t.host = host.isEmpty() ? m_servers.host() : host;
    t.port = quint16(m_servers.port(server));
    t.mode = mode;
    t.timeout = std::chrono::seconds(10);
    if (settings.caFile.isEmpty() && settings.caDirectory.isEmpty())
        settings.caFile = m_servers.path(Pki::CaCert);
    const TlsClientContext::Created created = TlsClientContext::obtain(settings);
    if (created.context)
        t.tls = created.context;
    else
        qWarning("TLS context: %s", qPrintable(created.error));
    return t;
}

tst_TlsGateway::Attempt tst_TlsGateway::attempt(const ServerTarget &target, Account account,
                                                const QString &sql, QVariant *result) const
{
    Attempt a;
    TlsGateway gateway(target);
    if (const auto error = gateway.start()) {
        a.error = *error;
        return a;
    }
    const TestServers::Credentials credentials = m_servers.credentials(account);
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
        db.setHostName(QStringLiteral("localhost"));
        db.setUserName(credentials.user);
        db.setPassword(credentials.password);
        db.setDatabaseName(m_servers.testDatabase());
        QString options = QStringLiteral("UNIX_SOCKET=%1;MYSQL_OPT_CONNECT_TIMEOUT=10;"
                                         "MYSQL_OPT_READ_TIMEOUT=60")
                                  .arg(gateway.socketPath());
        db.setConnectOptions(options);
        a.opened = db.open();
        if (!a.opened) {
            a.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_version'")) && q.next())
                a.serverTlsVersion = q.value(1).toString();
            if (q.exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'")) && q.next())
                a.serverCipher = q.value(1).toString();
            if (q.exec(QStringLiteral("SELECT CURRENT_USER()")) && q.next())
                a.currentUser = q.value(0).toString();
            if (!sql.isEmpty() && result) {
                q.setForwardOnly(true);
                if (q.exec(sql) && q.next())
                    *result = q.value(0);
                else
                    a.error = q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // The session ends when the client closes.
    if (!QTest::qWaitFor([&] { return gateway.activeSessions() == 0; }, 10000))
        a.error += QStringLiteral(" [the gateway session did not end]");
    a.session = gateway.lastSession();
    return a;
}

void tst_TlsGateway::loginThroughGateway_data()
{
    QTest::addColumn<SslMode>("mode");
    for (SslMode mode :
         {SslMode::Preferred, SslMode::Required, SslMode::VerifyCa, SslMode::VerifyIdentity})
        QTest::addRow("%s", qPrintable(SslModes::key(mode))) << mode;
}

void tst_TlsGateway::loginThroughGateway()
{
    QFETCH(SslMode, mode);
    const Attempt a = attempt(target(Server::Tls, mode), Account::Plain);
    QVERIFY2(a.opened, qPrintable(a.error));
    QVERIFY(a.session);
    const GatewaySession &s = *a.session;
    QCOMPARE(s.failure, Failure::None);
    QVERIFY(s.tlsUsed);
    QCOMPARE(s.stage, GatewaySession::Stage::Closed);
    QVERIFY(s.authenticationMs >= 0);
    // The server confirms what the gateway reports, for this very session.
    QVERIFY(!a.serverTlsVersion.isEmpty());
    QCOMPARE(a.serverTlsVersion, s.tlsProtocol);
    QCOMPARE(a.serverCipher, s.cipher);
    QVERIFY2(
            a.currentUser.startsWith(m_servers.credentials(Account::Plain).user + QLatin1Char('@')),
            qPrintable(a.currentUser));
    QVERIFY(s.greeting);
    QVERIFY(s.greeting->isMariaDb());
    QVERIFY(!s.peerChain.isEmpty());
    QCOMPARE(s.peerSha256.size(), 32);
    QCOMPARE(s.verifyResult, 0);
    QCOMPARE(s.hostnameChecked, mode == SslMode::VerifyIdentity);
}

void tst_TlsGateway::refusedBeforeCredentials_data()
{
    QTest::addColumn<int>("server");
    QTest::addColumn<SslMode>("mode");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("ca");
    QTest::addColumn<Failure>("failure");
    const QString other = QStringLiteral("other-ca");
    QTest::newRow("name not in certificate")
            << int(Server::Tls) << SslMode::VerifyIdentity << "127.0.0.2" << QString()
            << Failure::HostnameMismatch;
    QTest::newRow("wrong CA, verify-ca") << int(Server::Tls) << SslMode::VerifyCa << QString()
                                         << other << Failure::CertificateUntrusted;
    QTest::newRow("wrong CA, verify-identity")
            << int(Server::Tls) << SslMode::VerifyIdentity << QString() << other
            << Failure::CertificateUntrusted;
    for (SslMode mode : {SslMode::Required, SslMode::VerifyCa, SslMode::VerifyIdentity})
        QTest::addRow("no TLS on server, %s", qPrintable(SslModes::key(mode)))
                << int(Server::Plain) << mode << QString() << QString()
                << Failure::ServerOffersNoTls;
}

void tst_TlsGateway::refusedBeforeCredentials()
{
    QFETCH(int, server);
    QFETCH(SslMode, mode);
    QFETCH(QString, host);
    QFETCH(QString, ca);
    QFETCH(Failure, failure);
    TlsClientContext::Settings settings = caOnly();
    if (!ca.isEmpty())
        settings.caFile = m_servers.path(Pki::OtherCaCert);
    const Attempt a = attempt(target(Server(server), mode, host, settings), Account::Plain);
    QVERIFY(!a.opened);
    QVERIFY(a.session);
    QCOMPARE(a.session->failure, failure);
    QVERIFY(!a.session->credentialsForwarded);
    QVERIFY(a.session->stage < GatewaySession::Stage::HandshakeForwarded
            || a.session->stage == GatewaySession::Stage::Closed);
    if (failure != Failure::ServerOffersNoTls)
        QVERIFY(!a.session->peerChain.isEmpty()); // what was refused can be shown
}

void tst_TlsGateway::identityIsTheAddressConnectedTo_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("accepted");
    // The server also listens on 127.0.0.2, which its certificate does not name. Each of these
    // spellings reaches it there through the system resolver, and OpenSSL reads none of them as
    // 127.0.0.2: before the fix, verify-identity ran no identity check at all and logged in.
    for (const char *spelling : {"127.2", "2130706434", "0x7f000002", "0x7f.0.0.2", "127.0.2",
                                 "0177.0.0.2", "0177。0。0。2", "127。2", "０１７７．０．０．２"})
        QTest::addRow("%s", spelling) << QString::fromUtf8(spelling) << false;
    QTest::newRow("127.0.0.2, canonical but not in the certificate") << "127.0.0.2" << false;
    QTest::newRow("127.0.0.1, named in the certificate") << "127.0.0.1" << true;
    QTest::newRow("localhost, named in the certificate") << "localhost" << true;
}

void tst_TlsGateway::identityIsTheAddressConnectedTo()
{
    QFETCH(QString, host);
    QFETCH(bool, accepted);
    const Attempt a = attempt(target(Server::Tls, SslMode::VerifyIdentity, host), Account::Plain);
    QVERIFY(a.session);
    const GatewaySession &s = *a.session;
    if (accepted) {
        QVERIFY2(a.opened, qPrintable(a.error));
        QVERIFY(s.hostnameChecked);
        QCOMPARE(s.failure, Failure::None);
        return;
    }
    QVERIFY2(!a.opened, qPrintable(host));
    // Refused before the login packet left: nothing of the handshake response was sent.
    QVERIFY(!s.credentialsForwarded);
    QVERIFY(s.authenticationMs < 0);
    if (host == QLatin1String("127.0.0.2")) {
        QCOMPARE(s.failure, Failure::HostnameMismatch);
    } else {
        // Not even connected to: the spelling itself is refused, with the canonical form.
        QVERIFY2(s.failure == Failure::HostInvalid,
                 qPrintable(QStringLiteral("failure %1 (%2)").arg(int(s.failure)).arg(s.detail)));
        QVERIFY2(s.detail.contains(QStringLiteral("Write 127.0.0.2")), qPrintable(s.detail));
        QCOMPARE(s.connectMs, -1);
        QVERIFY(s.bytesToServer == 0 && s.bytesFromServer == 0);
    }
}

void tst_TlsGateway::preferredAgainstServerWithoutTls()
{
    const Attempt a = attempt(target(Server::Plain, SslMode::Preferred), Account::Plain);
    QVERIFY2(a.opened, qPrintable(a.error));
    QVERIFY(!a.session->tlsUsed);
    QCOMPARE(a.session->failure, Failure::None);
    QVERIFY(a.serverTlsVersion.isEmpty());
}

void tst_TlsGateway::disabledIsPlaintext()
{
    const Attempt a = attempt(target(Server::Tls, SslMode::Disabled), Account::Plain);
    QVERIFY2(a.opened, qPrintable(a.error));
    QVERIFY(!a.session->tlsUsed);
    QVERIFY(a.serverTlsVersion.isEmpty());
}

void tst_TlsGateway::localSslRequestIsRefused_data()
{
    QTest::addColumn<SslMode>("mode");
    for (SslMode mode : {SslMode::Disabled, SslMode::Preferred, SslMode::Required,
                         SslMode::VerifyCa, SslMode::VerifyIdentity})
        QTest::addRow("%s", qPrintable(SslModes::key(mode))) << mode;
}

// The local hop is always plain: the forwarded greeting does not offer TLS. A client library
// that asks for TLS on the private socket anyway gets a clear gateway error, and nothing of it
// reaches the server; the gateway goes on serving well-behaved clients.
void tst_TlsGateway::localSslRequestIsRefused()
{
    QFETCH(SslMode, mode);
    using namespace MysqlProtocol;
    TlsGateway gateway(target(Server::Tls, mode));
    const auto error = gateway.start();
    QVERIFY2(!error, qPrintable(error.value_or(QString())));

    QLocalSocket socket;
    socket.connectToServer(gateway.socketPath());
    QVERIFY2(socket.waitForConnected(10000), qPrintable(socket.errorString()));
    PacketReader reader(maxHandshakePayload);
    auto nextPacket = [&]() -> std::optional<Packet> {
        for (;;) {
            if (auto packet = reader.take())
                return packet;
            if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(10000))
                return std::nullopt;
            reader.append(socket.readAll());
        }
    };
    const std::optional<Packet> greetingPacket = nextPacket();
    QVERIFY(greetingPacket);
    QCOMPARE(greetingPacket->sequence, quint8(0));
    const GreetingParse greeting = parseGreeting(greetingPacket->payload);
    QVERIFY2(greeting.greeting, qPrintable(greeting.problem));
    QVERIFY(!greeting.greeting->offersTls());

    // An SSLRequest, and a TLS ClientHello's first bytes right behind it, as a client library
    // that insists on TLS would send them.
    socket.write(Packet {1, probeSslRequest(*greeting.greeting)}.encode());
    socket.write(QByteArray("\x16\x03\x01\x00\x05\x01\x00\x00\x01\x03", 10));
    QVERIFY(socket.waitForBytesWritten(10000));

    const std::optional<Packet> answer = nextPacket();
    QVERIFY(answer);
    QCOMPARE(answer->sequence, quint8(2));
    const AuthReply reply = parseAuthReply(answer->payload);
    QCOMPARE(reply.kind, AuthReply::Kind::Error);
    QCOMPARE(reply.errorCode, quint16(1043));
    QVERIFY2(reply.errorMessage.contains(QStringLiteral("asked for TLS on sslcm's private local "
                                                        "socket, which sslcm does not offer")),
             qPrintable(reply.errorMessage));
    // Then the gateway hangs up.
    QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);

    QTRY_COMPARE(gateway.activeSessions(), 0);
    const std::optional<GatewaySession> s = gateway.lastSession();
    QVERIFY(s);
    QCOMPARE(s->failure, Failure::ClientAskedForTls);
    // The server sent its greeting and received nothing at all: no SSLRequest, no TLS, no login.
    QVERIFY(s->greeting);
    QVERIFY(s->bytesFromServer > 0);
    QCOMPARE(s->bytesToServer, qint64(0));
    QVERIFY(!s->tlsUsed);
    QVERIFY(!s->credentialsForwarded);
    QVERIFY(s->stage == GatewaySession::Stage::Closed);

    // The refusal ended that session only: QMYSQL logs in through the same gateway.
    const TestServers::Credentials credentials = m_servers.credentials(Account::Plain);
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
        db.setHostName(QStringLiteral("localhost"));
        db.setUserName(credentials.user);
        db.setPassword(credentials.password);
        db.setConnectOptions(QStringLiteral("UNIX_SOCKET=") + gateway.socketPath());
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void tst_TlsGateway::clientCertificateAccount_data()
{
    QTest::addColumn<int>("account");
    QTest::addColumn<bool>("withCertificate");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("x509 with cert") << int(Account::RequireX509) << true << true;
    QTest::newRow("x509 without cert") << int(Account::RequireX509) << false << false;
    QTest::newRow("subject with cert") << int(Account::RequireSubject) << true << true;
    QTest::newRow("require ssl") << int(Account::RequireSsl) << false << true;
}

void tst_TlsGateway::clientCertificateAccount()
{
    QFETCH(int, account);
    QFETCH(bool, withCertificate);
    QFETCH(bool, accepted);
    TlsClientContext::Settings settings = caOnly();
    if (withCertificate) {
        settings.clientCertificate = m_servers.path(Pki::ClientCert);
        settings.clientKey = m_servers.path(Pki::ClientKey);
    }
    const Attempt a
            = attempt(target(Server::Tls, SslMode::VerifyIdentity, {}, settings), Account(account));
    QCOMPARE(a.opened, accepted);
    QCOMPARE(a.session->clientCertificateSent, withCertificate);
    if (accepted) {
        QVERIFY(!a.serverTlsVersion.isEmpty());
    } else {
        QCOMPARE(a.session->serverErrorCode, quint16(1045));
        QVERIFY(a.session->credentialsForwarded); // TLS was fine; the server said no
    }
}

void tst_TlsGateway::encryptedKeyNeedsPassphrase()
{
    TlsClientContext::Settings settings = caOnly();
    settings.clientCertificate = m_servers.path(Pki::ClientCert);
    for (Pki key : {Pki::ClientEncryptedKey, Pki::ClientEncryptedTraditionalKey}) {
        settings.clientKey = m_servers.path(key);
        settings.keyPassphrase.clear();
        TlsClientContext::Created created = TlsClientContext::obtain(settings);
        QVERIFY(!created.context);
        QVERIFY(created.needsPassphrase);
        settings.keyPassphrase = QStringLiteral("wrong");
        created = TlsClientContext::obtain(settings);
        QVERIFY(!created.context);
        QVERIFY(created.error.contains(QLatin1String("wrong")));
        settings.keyPassphrase = m_servers.clientKeyPassphrase();
        created = TlsClientContext::obtain(settings);
        QVERIFY2(created.context, qPrintable(created.error));
        const Attempt a = attempt(target(Server::Tls, SslMode::VerifyIdentity, {}, settings),
                                  Account::RequireX509);
        QVERIFY2(a.opened, qPrintable(a.error));
        QVERIFY(a.session->clientCertificateSent);
    }
}

void tst_TlsGateway::pinnedFingerprint()
{
    ServerTarget t = target(Server::Tls, SslMode::Required);
    const Attempt first = attempt(t, Account::Plain);
    QVERIFY(first.opened);
    t.pinnedSha256 = first.session->peerSha256;
    const Attempt pinned = attempt(t, Account::Plain);
    QVERIFY2(pinned.opened, qPrintable(pinned.error));
    t.pinnedSha256[0] = char(t.pinnedSha256.at(0) ^ 0xFF);
    const Attempt changed = attempt(t, Account::Plain);
    QVERIFY(!changed.opened);
    QCOMPARE(changed.session->failure, Failure::PinMismatch);
    QVERIFY(!changed.session->credentialsForwarded);
    QCOMPARE(changed.session->peerSha256, first.session->peerSha256);
}

void tst_TlsGateway::minimumTls13()
{
    TlsClientContext::Settings settings = caOnly();
    settings.minVersion = TlsVersion::Tls1_3;
    const Attempt a
            = attempt(target(Server::Tls, SslMode::VerifyIdentity, {}, settings), Account::Plain);
    QVERIFY2(a.opened, qPrintable(a.error));
    QCOMPARE(a.serverTlsVersion, QStringLiteral("TLSv1.3"));
}

void tst_TlsGateway::resumesOnlyVerifiedSessions()
{
    // A context of its own, so no earlier test left a session behind.
    TlsClientContext::Settings settings = caOnly();
    settings.cipherList = QStringLiteral("TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256");
    const ServerTarget t = target(Server::Tls, SslMode::VerifyIdentity, {}, settings);
    const Attempt first = attempt(t, Account::Plain);
    QVERIFY2(first.opened, qPrintable(first.error));
    QVERIFY(!first.session->resumed);
    const Attempt second = attempt(t, Account::Plain);
    QVERIFY2(second.opened, qPrintable(second.error));
    QVERIFY(second.session->resumed);
    // The resumed session still reports the verified server, and the server confirms TLS.
    QCOMPARE(second.session->peerSha256, first.session->peerSha256);
    QCOMPARE(second.serverTlsVersion, second.session->tlsProtocol);
    // Another name, another mode or a pin means a full handshake and a fresh verification.
    const Attempt otherName = attempt(
            target(Server::Tls, SslMode::VerifyIdentity, m_servers.secondHost(), settings),
            Account::Plain);
    QVERIFY(!otherName.opened);
    QCOMPARE(otherName.session->failure, Failure::HostnameMismatch);
    ServerTarget pinned = t;
    pinned.pinnedSha256 = QByteArray(32, '\x01');
    const Attempt wrongPin = attempt(pinned, Account::Plain);
    QVERIFY(!wrongPin.opened);
    QCOMPARE(wrongPin.session->failure, Failure::PinMismatch);
    QVERIFY(!wrongPin.session->resumed);
}

void tst_TlsGateway::largeResultRelaysIntact()
{
    // 50,000 rows of 1,000 bytes: a 50 MB result through the relay; then 4 MB the other way.
    QVariant result;
    const Attempt a = attempt(target(Server::Tls, SslMode::VerifyIdentity), Account::Plain,
                              QStringLiteral("SELECT CONCAT(COUNT(*), ':', SUM(LENGTH(t.s)), ':', "
                                             "MD5(GROUP_CONCAT(MD5(t.s) ORDER BY t.n))) FROM ("
                                             "SELECT seq AS n, REPEAT(MD5(seq), 31) AS s FROM "
                                             "seq_1_to_50000) t"),
                              &result);
    QVERIFY2(a.opened, qPrintable(a.error));
    QVERIFY2(result.isValid(), qPrintable(a.error));
    // The aggregate alone is small; fetch the rows themselves too.
    TlsGateway gateway(target(Server::Tls, SslMode::VerifyIdentity));
    QVERIFY(!gateway.start());
    const TestServers::Credentials c = m_servers.credentials(Account::Plain);
    const QString name = QUuid::createUuid().toString();
    qint64 bytes = 0;
    int rows = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
        db.setHostName(QStringLiteral("localhost"));
        db.setUserName(c.user);
        db.setPassword(c.password);
        db.setDatabaseName(m_servers.testDatabase());
        db.setConnectOptions(QStringLiteral("UNIX_SOCKET=") + gateway.socketPath());
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QVERIFY(q.exec(QStringLiteral(
                "SELECT seq, REPEAT(MD5(seq), 31) FROM seq_1_to_50000 ORDER BY seq")));
        while (q.next()) {
            ++rows;
            const QByteArray value = q.value(1).toByteArray();
            bytes += value.size();
            if (rows % 9973 == 0)
                QCOMPARE(value,
                         QCryptographicHash::hash(QByteArray::number(rows), QCryptographicHash::Md5)
                                 .toHex()
                                 .repeated(31));
        }
        // Then the other way in the same session: 4 MB up to the server, whose digest of it
        // comes back, and a small exchange after that.
        QByteArray upload(4 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < upload.size(); ++i)
            upload[i] = char((i * 7919) >> 5);
        QSqlQuery up(db);
        QVERIFY(up.prepare(QStringLiteral("SELECT MD5(?)")));
        up.addBindValue(upload);
        QVERIFY2(up.exec() && up.next(), qPrintable(up.lastError().text()));
        QCOMPARE(up.value(0).toByteArray(),
                 QCryptographicHash::hash(upload, QCryptographicHash::Md5).toHex());
        QSqlQuery after(db);
        QVERIFY(after.exec(QStringLiteral("SELECT 6 * 7")) && after.next());
        QCOMPARE(after.value(0).toInt(), 42);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(rows, 50000);
    QCOMPARE(bytes, qint64(50000) * 32 * 31);
    QTRY_VERIFY(gateway.activeSessions() == 0);
    QVERIFY(gateway.lastSession()->bytesFromServer > bytes);
    QVERIFY(gateway.lastSession()->bytesToServer > 4 * 1024 * 1024);
}

static int countEntries(const char *dir)
{
    return int(QDir(QString::fromLatin1(dir))
                       .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                       .size());
}

void tst_TlsGateway::noThreadOrSocketLeaks()
{
    const ServerTarget t = target(Server::Tls, SslMode::VerifyIdentity);
    const TestServers::Credentials c = m_servers.credentials(Account::Plain);
    TlsGateway gateway(t);
    QVERIFY(!gateway.start());
    // Warm up once, then count.
    auto connectOnce = [&] {
        const QString name = QUuid::createUuid().toString();
        bool ok;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
            db.setHostName(QStringLiteral("localhost"));
            db.setUserName(c.user);
            db.setPassword(c.password);
            db.setConnectOptions(QStringLiteral("UNIX_SOCKET=") + gateway.socketPath());
            ok = db.open();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    };
    QVERIFY(connectOnce());
    QTRY_COMPARE(gateway.activeSessions(), 0);
    const int threadsBefore = countEntries("/proc/self/task");
    const int fdsBefore = countEntries("/proc/self/fd");
    constexpr int connections = 1000;
    for (int i = 0; i < connections; ++i)
        QVERIFY2(connectOnce(), qPrintable(QString::number(i)));
    QTRY_COMPARE(gateway.activeSessions(), 0);
    QCOMPARE(gateway.sessionCount(), connections + 1);
    // Finished session threads are joined by the accept loop within a second.
    QTRY_VERIFY_WITH_TIMEOUT(countEntries("/proc/self/task") <= threadsBefore, 5000);
    QCOMPARE(countEntries("/proc/self/fd"), fdsBefore);
}

void tst_TlsGateway::socketIsPrivateWithoutTouchingTheUmask()
{
    // The gateway lends the profile's client certificate to whoever connects: its folder is 0700
    // and its socket 0600, even under a umask that would leave both open. And the process-wide
    // umask is never swapped to get there: other threads create files meanwhile (the profile
    // store, a CA download), and would create them with the wrong mode. A watcher reads the
    // umask from /proc while gateways start, as often as it can.
    const mode_t before = ::umask(0);
    auto umaskNow = [] {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return QByteArray("unreadable");
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:"))
                return line.mid(6).trimmed();
        }
        return QByteArray("missing");
    };
    QCOMPARE(umaskNow(), QByteArray("0000"));
    std::atomic<bool> stopWatching {false};
    std::atomic<int> reads {0};
    QByteArray seen;
    std::thread watcher([&] {
        while (!stopWatching) {
            const QByteArray now = umaskNow();
            ++reads;
            if (now != "0000") {
                seen = now;
                return;
            }
        }
    });
    const ServerTarget t = target(Server::Tls, SslMode::VerifyIdentity);
    QString problem;
    for (int i = 0; i < 300 && problem.isEmpty(); ++i) {
        TlsGateway gateway(t);
        if (const auto error = gateway.start()) {
            problem = *error;
            break;
        }
        const QFileInfo socket(gateway.socketPath());
        const QFileInfo folder(socket.absolutePath());
        if (socket.permissions()
            != (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser))
            problem = QStringLiteral("socket mode %1").arg(int(socket.permissions()), 0, 16);
        if (folder.permissions()
            != (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
                | QFile::WriteUser | QFile::ExeUser))
            problem = QStringLiteral("folder mode %1").arg(int(folder.permissions()), 0, 16);
    }
    stopWatching = true;
    watcher.join();
    ::umask(before);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(reads > 0);
    QVERIFY2(seen.isEmpty(), "the umask was changed to " + seen);
}

QTEST_GUILESS_MAIN(tst_TlsGateway)
#include "tst_tlsgateway.moc"
