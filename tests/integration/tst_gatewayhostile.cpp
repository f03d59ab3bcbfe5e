// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The TLS gateway against hostile servers: in-process fakes that strip TLS, send malformed,
// oversized or wrong greetings, answer the SSLRequest with something that is not TLS, present
// certificates that must be refused, or stall at each stage. Every fake records every byte it
// receives: in every failing case the client's handshake response (user name, scramble,
// database) never reaches it, in plaintext or otherwise.
#include "FakeMysqlServer.h"
#include "mysql/TlsClientContext.h"
#include "mysql/TlsGateway.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTest>
#include <QUuid>
#include <QtEndian>

using Failure = GatewaySession::Failure;
using Script = FakeMysqlServer::Script;
using Greeting = FakeMysqlServer::GreetingKind;
using OnSslRequest = FakeMysqlServer::OnSslRequest;
using Auth = FakeMysqlServer::Auth;
using Flavour = FakeMysqlServer::Flavour;

Q_DECLARE_METATYPE(SslMode)
Q_DECLARE_METATYPE(Failure)
Q_DECLARE_METATYPE(FakeMysqlServer::Script)

namespace {

// What a failing fake may have received.
enum class Wire {
    Nothing,           // refused in place of the greeting (or no greeting at all)
    SslRequestThenTls, // the 36-byte SSLRequest, then TLS records of a handshake that never ended
};

enum class Timing {
    Immediate, // refused as soon as the bytes are seen: well before the (long) stage timeout
    Stalled,   // the fake stalls: the (short) stage timeout ends it
};

constexpr int stallTimeoutMs = 500;
constexpr int immediateTimeoutMs = 3000;

// True when `bytes` is a whole sequence of TLS records; `types` collects their content types.
bool onlyTlsRecords(const QByteArray &bytes, QSet<int> &types, QString &why)
{
    qsizetype at = 0;
    while (at < bytes.size()) {
        if (bytes.size() - at < 5) {
            why = QStringLiteral("%1 stray bytes at %2").arg(bytes.size() - at).arg(at);
            return false;
        }
        const quint8 type = quint8(bytes.at(at));
        const quint8 major = quint8(bytes.at(at + 1));
        const quint16 length = qFromBigEndian<quint16>(bytes.constData() + at + 3);
        if (type < 20 || type > 23 || major != 3 || length > (1 << 14) + 256) {
            why = QStringLiteral("not a TLS record at %1: %2")
                          .arg(at)
                          .arg(QString::fromLatin1(bytes.mid(at, 8).toHex(' ')));
            return false;
        }
        types.insert(type);
        at += 5 + length;
    }
    if (at != bytes.size()) {
        why = QStringLiteral("the last TLS record is cut off");
        return false;
    }
    return true;
}

Script withGreeting(Greeting kind, const QByteArray &raw = {},
                    FakeMysqlServer::AfterRaw after = FakeMysqlServer::AfterRaw::Stall)
{
    Script s;
    s.greeting = kind;
    s.raw = raw;
    s.afterRaw = after;
    return s;
}

QByteArray packet(quint8 sequence, const QByteArray &payload)
{
    QByteArray b(4, '\0');
    qToLittleEndian<quint32>(quint32(payload.size()), b.data());
    b[3] = char(sequence);
    return b + payload;
}

// A MariaDB 10.11-shaped greeting (HandshakeV10) whose length fields can be made to lie: the
// server version, the auth data length byte, the auth plugin name.
QByteArray greetingPayload(const QByteArray &version, quint8 authDataLength = 21,
                           const QByteArray &plugin = QByteArrayLiteral("mysql_native_password"))
{
    QByteArray p(1, '\x0a');
    p += version + '\0';
    p += QByteArray("\x2a\x00\x00\x00", 4);     // connection id
    p += QByteArray(8, 'a') + '\0';             // auth data part 1, filler
    p += QByteArray("\xfe\xf7\x2d\x02\x00", 5); // capabilities (CLIENT_SSL), charset, status
    p += QByteArray("\xff\x81", 2);             // capabilities, high 16 bits (CLIENT_PLUGIN_AUTH)
    p += char(authDataLength);
    p += QByteArray(6, '\0');
    p += QByteArray("\x1d\x00\x00\x00", 4); // MariaDB's extended capabilities
    p += QByteArray(12, 'b') + '\0';        // auth data part 2
    p += plugin + '\0';
    return p;
}

} // namespace

Q_DECLARE_METATYPE(Wire)
Q_DECLARE_METATYPE(Timing)
Q_DECLARE_METATYPE(Flavour)

class tst_GatewayHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusedBeforeHandshakeResponse_data();
    void refusedBeforeHandshakeResponse();
    void serverErrorInsteadOfGreetingReachesClient();
    void stallDuringAuthentication_data();
    void stallDuringAuthentication();
    void hostileDuringAuthentication_data();
    void hostileDuringAuthentication();
    void preferredReportsPlaintext_data();
    void preferredReportsPlaintext();
    void plaintextFallbackKeepsPasswordBack_data();
    void plaintextFallbackKeepsPasswordBack();
    void sslRequestIsTheClientsOwn_data();
    void sslRequestIsTheClientsOwn();
    void clearTextSecretOnlyToVerifiedServers_data();
    void clearTextSecretOnlyToVerifiedServers();

private:
    struct Attempt
    {
        bool opened = false;
        QSqlError error;
        qint64 elapsedMs = -1;
        std::optional<GatewaySession> session;
        FakeMysqlServer::Capture capture;
        int fakeConnections = 0;
        QString problem; // the harness itself could not do its part
    };
    struct Client
    {
        QString database;
        QString options; // extra QMYSQL connect options
    };
    static ServerTarget target(const FakeMysqlServer &fake, SslMode mode, int timeoutMs,
                               const QString &host = QStringLiteral("localhost"),
                               const QString &caFile = {}, const QByteArray &pin = {});
    static Attempt throughGateway(FakeMysqlServer &fake, const ServerTarget &target,
                                  const Client &client);
    static Attempt direct(FakeMysqlServer &fake, const Client &client);
    static Attempt open(FakeMysqlServer &fake, const QString &host, int port,
                        const QString &options, const QString &database, TlsGateway *gateway);
};

void tst_GatewayHostile::initTestCase()
{
    QVERIFY2(FakeMysqlServer::identity().error.isEmpty(),
             qPrintable(FakeMysqlServer::identity().error));
    QVERIFY2(FakeMysqlServer::unrelatedIdentity().error.isEmpty(),
             qPrintable(FakeMysqlServer::unrelatedIdentity().error));
}

ServerTarget tst_GatewayHostile::target(const FakeMysqlServer &fake, SslMode mode, int timeoutMs,
                                        const QString &host, const QString &caFile,
                                        const QByteArray &pin)
{
    ServerTarget t;
    t.host = host;
    t.port = fake.port();
    t.mode = mode;
    t.timeout = std::chrono::milliseconds(timeoutMs);
    t.pinnedSha256 = pin;
    TlsClientContext::Settings settings;
    settings.caFile = caFile.isEmpty() ? FakeMysqlServer::identity().certificateFile : caFile;
    const TlsClientContext::Created created = TlsClientContext::obtain(settings);
    if (created.context)
        t.tls = created.context;
    else
        qWarning("TLS context: %s", qPrintable(created.error));
    return t;
}

tst_GatewayHostile::Attempt tst_GatewayHostile::open(FakeMysqlServer &fake, const QString &host,
                                                     int port, const QString &options,
                                                     const QString &database, TlsGateway *gateway)
{
    Attempt a;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
        db.setHostName(host);
        if (port > 0)
            db.setPort(port);
        db.setUserName(fake.script().user);
        db.setPassword(fake.script().password);
        db.setDatabaseName(database);
        // The client's own timeouts are long: the gateway's must be the ones that act.
        db.setConnectOptions(
                QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=20;MYSQL_OPT_READ_TIMEOUT=20;"
                               "MYSQL_OPT_WRITE_TIMEOUT=20;")
                + options);
        QElapsedTimer timer;
        timer.start();
        a.opened = db.open();
        a.elapsedMs = timer.elapsed();
        a.error = db.lastError();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (gateway) {
        if (!QTest::qWaitFor([&] { return gateway->activeSessions() == 0; }, 10000))
            a.problem = QStringLiteral("the gateway session did not end");
        a.session = gateway->lastSession();
    }
    a.fakeConnections = fake.connectionCount();
    const int index = a.fakeConnections - 1;
    // The capture is complete once the fake saw the connection end.
    if (index >= 0 && !QTest::qWaitFor([&] { return fake.capture(index).closed; }, 10000))
        a.problem = QStringLiteral("the connection to the fake did not end");
    a.capture = fake.capture(index);
    return a;
}

tst_GatewayHostile::Attempt tst_GatewayHostile::throughGateway(FakeMysqlServer &fake,
                                                               const ServerTarget &target,
                                                               const Client &client)
{
    TlsGateway gateway(target);
    if (const auto error = gateway.start()) {
        Attempt a;
        a.problem = *error;
        return a;
    }
    QString options = QStringLiteral("UNIX_SOCKET=") + gateway.socketPath();
    if (!client.options.isEmpty())
        options += QLatin1Char(';') + client.options;
    return open(fake, QStringLiteral("localhost"), -1, options, client.database, &gateway);
}

tst_GatewayHostile::Attempt tst_GatewayHostile::direct(FakeMysqlServer &fake, const Client &client)
{
    QString options = QStringLiteral("SSL_CA=") + FakeMysqlServer::identity().certificateFile;
    if (!client.options.isEmpty())
        options += QLatin1Char(';') + client.options;
    return open(fake, QStringLiteral("127.0.0.1"), fake.port(), options, client.database, nullptr);
}

void tst_GatewayHostile::refusedBeforeHandshakeResponse_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<SslMode>("mode");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QByteArray>("pin");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<Wire>("wire");
    QTest::addColumn<Timing>("timing");

    const QList<SslMode> tlsModes {SslMode::Required, SslMode::VerifyCa, SslMode::VerifyIdentity};
    const QList<SslMode> allModes {SslMode::Preferred, SslMode::Required, SslMode::VerifyCa,
                                   SslMode::VerifyIdentity};
    // Stalls cost a stage timeout each: one mode without and one with verification.
    const QList<SslMode> someModes {SslMode::Preferred, SslMode::VerifyIdentity};
    const QString localhost = QStringLiteral("localhost");
    // One row per mode. `detail` is what the session's reason must say.
    auto add = [](const char *name, const Script &script, Failure failure, const char *detail,
                  Wire wire, Timing timing, const QList<SslMode> &modes,
                  const QString &host = QStringLiteral("localhost"), const QString &caFile = {},
                  const QByteArray &pin = {}) {
        for (SslMode mode : modes)
            QTest::addRow("%s, %s", name, qPrintable(SslModes::key(mode)))
                    << script << mode << host << caFile << pin << failure
                    << QString::fromUtf8(detail) << wire << timing;
    };
    const char *notTls = "the server does not offer TLS (CLIENT_SSL is not set)";
    const char *tooLong = "the greeting announces more than 65536 bytes";

    // TLS stripping: the greeting does not offer what TLS needs.
    Script stripped;
    stripped.clearCapabilities = FakeMysqlServer::ClientSsl;
    add("greeting without CLIENT_SSL", stripped, Failure::ServerOffersNoTls, notTls, Wire::Nothing,
        Timing::Immediate, tlsModes);
    stripped.flavour = Flavour::Mysql8;
    stripped.auth = Auth::CachingSha2Full;
    add("MySQL 8 greeting without CLIENT_SSL", stripped, Failure::ServerOffersNoTls, notTls,
        Wire::Nothing, Timing::Immediate, tlsModes);
    Script noProtocol41;
    noProtocol41.clearCapabilities = FakeMysqlServer::ClientProtocol41;
    add("greeting without CLIENT_PROTOCOL_41", noProtocol41, Failure::ServerOffersNoTls, notTls,
        Wire::Nothing, Timing::Immediate, tlsModes);

    // Hostile or broken greetings.
    add("ERR instead of greeting", withGreeting(Greeting::Error), Failure::ServerError,
        "1040 Too many connections", Wire::Nothing, Timing::Immediate, allModes);
    add("length header of 16 MB",
        withGreeting(Greeting::Raw, QByteArray("\xff\xff\xff\x00\x0a", 5) + QByteArray(100, 'x')),
        Failure::GreetingMalformed, tooLong, Wire::Nothing, Timing::Immediate, allModes);
    add("length header of 64 KiB + 1",
        withGreeting(Greeting::Raw, QByteArray("\x01\x00\x01\x00\x0a", 5) + QByteArray(1000, 'x')),
        Failure::GreetingMalformed, tooLong, Wire::Nothing, Timing::Immediate, allModes);
    add("SSH banner instead of greeting",
        withGreeting(Greeting::Raw, "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n"),
        Failure::GreetingMalformed, tooLong, Wire::Nothing, Timing::Immediate, allModes);
    add("HTTP response instead of greeting, then close",
        withGreeting(Greeting::Raw, "HTTP/1.1 400 Bad Request\r\n\r\n",
                     FakeMysqlServer::AfterRaw::Close),
        Failure::GreetingMalformed, tooLong, Wire::Nothing, Timing::Immediate, allModes);
    add("protocol version 9",
        withGreeting(Greeting::Raw,
                     packet(0,
                            QByteArray("\x09"
                                       "5.0.0\0",
                                       7)
                                    + QByteArray(40, '\x01'))),
        Failure::GreetingMalformed, "protocol version 9 instead of 10", Wire::Nothing,
        Timing::Immediate, allModes);
    add("greeting cut after the server version",
        withGreeting(Greeting::Raw,
                     packet(0,
                            QByteArray("\x0a"
                                       "10.11.6\0\x01\x02",
                                       11))),
        Failure::GreetingMalformed, "greeting too short", Wire::Nothing, Timing::Immediate,
        allModes);
    add("truncated greeting, then close",
        withGreeting(Greeting::Raw,
                     QByteArray("\x50\x00\x00\x00\x0a"
                                "5.5.5-10.11",
                                16),
                     FakeMysqlServer::AfterRaw::Close),
        Failure::PeerClosed, "closed before sending a greeting", Wire::Nothing, Timing::Immediate,
        allModes);
    add("close without greeting", withGreeting(Greeting::Raw, {}, FakeMysqlServer::AfterRaw::Close),
        Failure::PeerClosed, "closed before sending a greeting", Wire::Nothing, Timing::Immediate,
        allModes);
    Script injected;
    injected.injectOkAfterGreeting = true;
    add("OK injected behind the greeting", injected, Failure::GreetingMalformed,
        "the server sent more than its greeting", Wire::Nothing, Timing::Immediate, allModes);
    add("no greeting (stall)", withGreeting(Greeting::Nothing), Failure::GreetingTimeout,
        "no greeting within 500 ms", Wire::Nothing, Timing::Stalled, allModes);
    add("greeting cut in the middle (stall)",
        withGreeting(Greeting::Raw,
                     QByteArray("\x50\x00\x00\x00\x0a"
                                "5.5.5-10.11",
                                16)),
        Failure::GreetingTimeout, "no greeting within 500 ms", Wire::Nothing, Timing::Stalled,
        someModes);

    // Lengths inside the greeting that point beyond it.
    add("server version of 300 bytes",
        withGreeting(Greeting::Raw, packet(0, greetingPayload(QByteArray(300, '9')))),
        Failure::GreetingMalformed, "server version is longer than 255 bytes", Wire::Nothing,
        Timing::Immediate, allModes);
    add("auth data length beyond the packet",
        withGreeting(Greeting::Raw, packet(0, greetingPayload("10.11.6-MariaDB", 255))),
        Failure::GreetingMalformed, "auth data part 2 is cut off", Wire::Nothing, Timing::Immediate,
        allModes);
    add("auth plugin name of 300 bytes",
        withGreeting(Greeting::Raw,
                     packet(0, greetingPayload("10.11.6-MariaDB", 21, QByteArray(300, 'p')))),
        Failure::GreetingMalformed, "auth plugin name too long", Wire::Nothing, Timing::Immediate,
        allModes);

    // 100 MB where a greeting belongs: refused after the first few bytes, never buffered.
    Script flood = withGreeting(Greeting::Raw);
    flood.floodBytes = 100 * 1024 * 1024;
    add("100 MB instead of a greeting", flood, Failure::GreetingMalformed, tooLong, Wire::Nothing,
        Timing::Immediate, allModes);
    flood.raw = QByteArray("\xff\xff\xff\x00", 4);
    add("length header of 16 MB, then 100 MB", flood, Failure::GreetingMalformed, tooLong,
        Wire::Nothing, Timing::Immediate, allModes);
    flood.raw.clear();
    flood.floodByte = '\0';
    add("100 MB of zero bytes instead of a greeting", flood, Failure::GreetingMalformed,
        "empty greeting", Wire::Nothing, Timing::Immediate, allModes);

    // CLIENT_SSL offered, then no TLS, or TLS that dies half-way.
    Script garbage;
    garbage.onSslRequest = OnSslRequest::SendGarbage;
    add("garbage instead of ServerHello", garbage, Failure::TlsHandshakeFailed,
        "wrong version number", Wire::SslRequestThenTls, Timing::Immediate, allModes);
    garbage.garbage = packet(2, QByteArray("\x00\x00\x00\x02\x00\x00\x00", 7));
    add("OK packet instead of ServerHello", garbage, Failure::TlsHandshakeFailed,
        "wrong version number", Wire::SslRequestThenTls, Timing::Immediate, allModes);
    Script closes;
    closes.onSslRequest = OnSslRequest::Close;
    add("close after the SSLRequest", closes, Failure::PeerClosed,
        "the server closed the connection during the TLS handshake", Wire::SslRequestThenTls,
        Timing::Immediate, allModes);
    Script cut;
    cut.onSslRequest = OnSslRequest::CloseMidHandshake;
    add("close in the middle of the ServerHello", cut, Failure::PeerClosed,
        "the server closed the connection during the TLS handshake", Wire::SslRequestThenTls,
        Timing::Immediate, allModes);
    Script stallTls;
    stallTls.onSslRequest = OnSslRequest::Stall;
    add("no ServerHello (stall)", stallTls, Failure::Timeout,
        "TLS handshake not finished within 500 ms", Wire::SslRequestThenTls, Timing::Stalled,
        allModes);
    stallTls.onSslRequest = OnSslRequest::StallMidHandshake;
    add("ServerHello cut in the middle (stall)", stallTls, Failure::Timeout,
        "TLS handshake not finished within 500 ms", Wire::SslRequestThenTls, Timing::Stalled,
        someModes);

    // TLS works, the certificate must be refused.
    add("certificate from an unrelated CA", Script(), Failure::CertificateUntrusted,
        "self-signed certificate", Wire::SslRequestThenTls, Timing::Immediate,
        {SslMode::VerifyCa, SslMode::VerifyIdentity}, localhost,
        FakeMysqlServer::unrelatedIdentity().certificateFile);
    add("IP address not in certificate", Script(), Failure::HostnameMismatch, "IP address mismatch",
        Wire::SslRequestThenTls, Timing::Immediate, {SslMode::VerifyIdentity},
        QStringLiteral("127.0.0.1"));
    QByteArray wrongPin = FakeMysqlServer::identity().certificateSha256;
    wrongPin[0] = char(wrongPin.at(0) ^ 0x01);
    add("pinned fingerprint differs", Script(), Failure::PinMismatch,
        "certificate fingerprint changed", Wire::SslRequestThenTls, Timing::Immediate, allModes,
        localhost, QString(), wrongPin);
}

void tst_GatewayHostile::refusedBeforeHandshakeResponse()
{
    QFETCH(Script, script);
    QFETCH(SslMode, mode);
    QFETCH(QString, host);
    QFETCH(QString, caFile);
    QFETCH(QByteArray, pin);
    QFETCH(Failure, failure);
    QFETCH(QString, detail);
    QFETCH(Wire, wire);
    QFETCH(Timing, timing);

    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    const int timeoutMs = timing == Timing::Stalled ? stallTimeoutMs : immediateTimeoutMs;
    Client client;
    client.database = QStringLiteral("fake_db");
    const Attempt a
            = throughGateway(fake, target(fake, mode, timeoutMs, host, caFile, pin), client);
    QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
    QVERIFY(!a.opened);
    QVERIFY(a.session);
    const GatewaySession &s = *a.session;
    QVERIFY2(s.failure == failure,
             qPrintable(QStringLiteral("failure %1 (%2)").arg(int(s.failure)).arg(s.detail)));
    // The reason says what happened.
    QVERIFY2(s.detail.contains(detail, Qt::CaseInsensitive), qPrintable(s.detail));
    QVERIFY(!s.credentialsForwarded);
    QCOMPARE(s.stage, GatewaySession::Stage::Closed);
    // Whatever the server sends, the gateway reads no more than a greeting's worth before it
    // decides: nothing is buffered without bound.
    QVERIFY2(s.bytesFromServer <= 128 * 1024, qPrintable(QString::number(s.bytesFromServer)));

    // A stall ends by the timeout (the failure above says so), never before it. Anything else
    // is refused as soon as the bytes said enough, with a failure that is not Timeout. How soon
    // either happens is measured by tests/bench/bench_responsiveness.
    if (timing == Timing::Stalled)
        QVERIFY2(a.elapsedMs >= stallTimeoutMs * 9 / 10, qPrintable(QString::number(a.elapsedMs)));

    // The client learns it was refused: an ERR packet, in place of the greeting or in answer to
    // its handshake response.
    const QString code = failure == Failure::ServerError ? QString::number(fake.script().errorCode)
                                                         : QStringLiteral("1043");
    QVERIFY2(a.error.nativeErrorCode() == code, qPrintable(a.error.text()));
    if (failure != Failure::ServerError)
        QVERIFY2(a.error.text().contains(s.detail), qPrintable(a.error.text()));

    // What the fake received: never a byte of the handshake response.
    QCOMPARE(a.fakeConnections, 1);
    const FakeMysqlServer::Capture &c = a.capture;
    QVERIFY(c.handshakeResponse.isEmpty());
    QVERIFY(c.decrypted.isEmpty());
    QVERIFY(!c.tlsEstablished);
    QVERIFY(!c.received.contains(script.user.toUtf8()));
    QVERIFY(!c.received.contains(QByteArrayLiteral("fake_db")));
    if (wire == Wire::Nothing) {
        QVERIFY2(c.received.isEmpty(), c.received.toHex(' ').constData());
    } else {
        QVERIFY2(c.received.size() >= 36, c.received.toHex(' ').constData());
        QCOMPARE(c.received.left(4), QByteArray("\x20\x00\x00\x01", 4));
        QCOMPARE(c.sslRequest, c.received.mid(4, 32));
        const quint32 flags = qFromLittleEndian<quint32>(c.sslRequest.constData());
        QVERIFY(flags & FakeMysqlServer::ClientSsl);
        QVERIFY(flags & FakeMysqlServer::ClientProtocol41);
        QVERIFY(flags & FakeMysqlServer::ClientConnectWithDb); // the client's own flags
        QString why;
        QSet<int> types;
        QVERIFY2(onlyTlsRecords(c.received.mid(36), types, why), qPrintable(why));
        // The ClientHello, unless the fake hung up before it arrived.
        if (c.received.size() > 36)
            QCOMPARE(c.received.at(36), '\x16');
        // Where the fake never answered with TLS, nothing could be encrypted: the handshake
        // (22) and alerts (21) only.
        if (!c.tlsStarted) {
            QStringList seen;
            for (int type : types)
                seen << QString::number(type);
            QVERIFY2((types - QSet<int> {21, 22}).isEmpty(),
                     qPrintable(QStringLiteral("record types ") + seen.join(u',')));
        }
        QCOMPARE(c.packets.size(), 1); // the SSLRequest, and no other packet
    }
}

void tst_GatewayHostile::serverErrorInsteadOfGreetingReachesClient()
{
    Script script = withGreeting(Greeting::Error);
    script.errorCode = 1129;
    script.errorMessage
            = QByteArrayLiteral("Host '127.0.0.1' is blocked because of many connection errors");
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    const Attempt a = throughGateway(fake, target(fake, SslMode::VerifyIdentity, 2000), Client());
    QVERIFY(!a.opened);
    QCOMPARE(a.session->failure, Failure::ServerError);
    QCOMPARE(a.session->serverErrorCode, quint16(1129));
    QCOMPARE(a.session->serverError, QString::fromUtf8(script.errorMessage));
    // Passed on as the server sent it.
    QCOMPARE(a.error.nativeErrorCode(), QStringLiteral("1129"));
    QVERIFY2(a.error.databaseText().contains(QStringLiteral("is blocked")),
             qPrintable(a.error.text()));
    QVERIFY(a.capture.received.isEmpty());
}

void tst_GatewayHostile::stallDuringAuthentication_data()
{
    QTest::addColumn<SslMode>("mode");
    for (SslMode mode : {SslMode::Required, SslMode::VerifyCa, SslMode::VerifyIdentity})
        QTest::addRow("%s", qPrintable(SslModes::key(mode))) << mode;
}

void tst_GatewayHostile::stallDuringAuthentication()
{
    QFETCH(SslMode, mode);
    Script script;
    script.auth = Auth::Stall;
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    Client client;
    const Attempt a = throughGateway(fake, target(fake, mode, stallTimeoutMs), client);
    QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
    QVERIFY(!a.opened);
    QCOMPARE(a.session->failure, Failure::Timeout);
    QVERIFY(a.session->tlsUsed);
    QVERIFY2(a.elapsedMs >= stallTimeoutMs * 9 / 10, qPrintable(QString::number(a.elapsedMs)));
    // The handshake response went out, but only inside TLS.
    QVERIFY(a.session->credentialsForwarded);
    QVERIFY(a.capture.tlsEstablished);
    QCOMPARE(a.capture.clientUser, script.user);
    QVERIFY(a.capture.decrypted.contains(script.user.toUtf8()));
    QVERIFY(!a.capture.received.contains(script.user.toUtf8()));
}

void tst_GatewayHostile::hostileDuringAuthentication_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<Timing>("timing");

    auto add = [](const char *name, const Script &script, Failure failure, const char *detail,
                  Timing timing) {
        QTest::addRow("%s", name) << script << failure << QString::fromUtf8(detail) << timing;
    };
    const char *timeout = "authentication did not finish in time";
    // OpenSSL's words for a TCP close without TLS close_notify. Not a gateway failure: the
    // server ended the login, as it would after rejecting a client certificate.
    const char *closed = "unexpected eof while reading";
    const char *tooLarge = "the server announces a packet of more than 1048576 bytes during "
                           "authentication";
    // The handshake response went to the server inside TLS; the first answer is sequence id 3.
    Script script;
    script.auth = Auth::SwitchThenStall;
    add("auth switch, then no answer (stall)", script, Failure::Timeout, timeout, Timing::Stalled);
    script.auth = Auth::Raw;
    const QByteArray halfSwitch = QByteArray("\x2c\x00\x00\x03\xfe", 5) + "mysql_nat";
    script.authRaw = halfSwitch;
    add("auth switch cut in the middle (stall)", script, Failure::Timeout, timeout,
        Timing::Stalled);
    script.afterRaw = FakeMysqlServer::AfterRaw::Close;
    add("auth switch cut in the middle, then close", script, Failure::None, closed,
        Timing::Immediate);
    script.authRaw.clear();
    add("close instead of an answer", script, Failure::None, closed, Timing::Immediate);

    // 100 MB as the answer to the handshake response.
    script.afterRaw = FakeMysqlServer::AfterRaw::Stall;
    script.floodBytes = 100 * 1024 * 1024;
    add("100 MB instead of an answer", script, Failure::GreetingMalformed, tooLarge,
        Timing::Immediate);
    script.authRaw = QByteArray("\xff\xff\xff\x03", 4);
    add("length header of 16 MB, then 100 MB", script, Failure::GreetingMalformed, tooLarge,
        Timing::Immediate);
    // An empty packet is not an OK: the login must not be reported as accepted. libmariadb
    // takes it for a lost connection and hangs up.
    script.floodBytes = 0;
    script.authRaw = packet(3, {});
    add("empty packet instead of an answer", script, Failure::None,
        "the client closed the connection during authentication", Timing::Immediate);
}

void tst_GatewayHostile::hostileDuringAuthentication()
{
    QFETCH(Script, script);
    QFETCH(Failure, failure);
    QFETCH(QString, detail);
    QFETCH(Timing, timing);
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    Client client;
    const Attempt a
            = throughGateway(fake, target(fake, SslMode::VerifyIdentity, stallTimeoutMs), client);
    QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
    QVERIFY(!a.opened);
    const GatewaySession &s = *a.session;
    QVERIFY2(s.failure == failure,
             qPrintable(QStringLiteral("failure %1 (%2)").arg(int(s.failure)).arg(s.detail)));
    QVERIFY2(s.detail.contains(detail), qPrintable(s.detail));
    QVERIFY(s.tlsUsed);
    QVERIFY(s.authenticationMs < 0); // never mistaken for a login
    // A stall ends by the timeout (the failure above says so), never before it.
    if (timing == Timing::Stalled)
        QVERIFY2(a.elapsedMs >= stallTimeoutMs * 9 / 10, qPrintable(QString::number(a.elapsedMs)));
    // The client learns why when the gateway ended it; otherwise the connection was lost.
    if (failure == Failure::GreetingMalformed) {
        QCOMPARE(a.error.nativeErrorCode(), QStringLiteral("1043"));
        QVERIFY2(a.error.text().contains(detail), qPrintable(a.error.text()));
    } else {
        QVERIFY2(!a.error.nativeErrorCode().isEmpty(), qPrintable(a.error.text()));
    }
    // Nothing is buffered without bound: at most one refused packet's first reads.
    QVERIFY2(s.bytesFromServer <= 2 * 1024 * 1024, qPrintable(QString::number(s.bytesFromServer)));
    // The flood was there, and the gateway hung up long before it was through.
    if (script.floodBytes > 0)
        QVERIFY2(a.capture.floodSent > 0 && a.capture.floodSent < script.floodBytes / 10,
                 qPrintable(QString::number(a.capture.floodSent)));
    // The handshake response went out, but only inside TLS, and no password at all.
    QVERIFY(a.session->credentialsForwarded);
    QVERIFY(a.capture.tlsEstablished);
    QCOMPARE(a.capture.clientUser, script.user);
    QVERIFY(!a.capture.received.contains(script.user.toUtf8()));
    QVERIFY(!a.capture.received.contains(script.password.toUtf8()));
    QVERIFY(!a.capture.decrypted.contains(script.password.toUtf8()));
}

void tst_GatewayHostile::preferredReportsPlaintext_data()
{
    QTest::addColumn<Flavour>("flavour");
    for (Flavour flavour : {Flavour::MariaDb, Flavour::Mysql8})
        QTest::addRow("%s", flavour == Flavour::MariaDb ? "MariaDB" : "MySQL 8") << flavour;
}

void tst_GatewayHostile::preferredReportsPlaintext()
{
    QFETCH(Flavour, flavour);
    Script script;
    script.flavour = flavour;
    script.clearCapabilities = FakeMysqlServer::ClientSsl;
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    Client client;
    const Attempt a = throughGateway(fake, target(fake, SslMode::Preferred, 2000), client);
    QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
    QVERIFY2(a.opened, qPrintable(a.error.text()));
    const GatewaySession &s = *a.session;
    QCOMPARE(s.failure, Failure::None);
    // Reported as what it was: no TLS at all.
    QVERIFY(!s.tlsUsed);
    QVERIFY(s.tlsProtocol.isEmpty());
    QVERIFY(s.peerChain.isEmpty());
    QVERIFY(s.greeting && !s.greeting->offersTls());
    QCOMPARE(s.stage, GatewaySession::Stage::Closed);
    QVERIFY(s.authenticationMs >= 0);
    // And the fake saw a plaintext login.
    QVERIFY(a.capture.problem.isEmpty());
    QVERIFY(a.capture.authenticated);
    QVERIFY(!a.capture.tlsStarted);
    QVERIFY(a.capture.sslRequest.isEmpty());
    QVERIFY(a.capture.received.contains(script.user.toUtf8()));
}

void tst_GatewayHostile::plaintextFallbackKeepsPasswordBack_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<QString>("detail");
    Script script;
    script.flavour = Flavour::Mysql8;
    script.clearCapabilities = FakeMysqlServer::ClientSsl;
    const QString asked = QStringLiteral("the server asked for the password in clear text");
    const QString named = QStringLiteral("the authentication uses the plugin %1");

    script.auth = Auth::CachingSha2Full;
    QTest::newRow("caching_sha2_password full authentication") << script << asked;
    script.auth = Auth::SwitchToClearText;
    QTest::newRow("auth switch to mysql_clear_password") << script << asked;

    // libmariadb 3.3's caching_sha2_password takes every answer to its scramble but exactly
    // 0x03 (after the 0x01 marker) or an ERR for "perform full authentication".
    script.auth = Auth::Raw;
    script.greetingPlugin = QByteArrayLiteral("caching_sha2_password");
    script.authRaw = packet(2, QByteArray("\x01\x04\x00", 3));
    QTest::newRow("full authentication with a trailing byte") << script << asked;
    script.authRaw = packet(2, QByteArray("\x00\x00\x00\x02\x00\x00\x00", 7));
    QTest::newRow("OK right after the caching_sha2 scramble") << script << asked;
    script.authRaw = packet(2, QByteArray("\x05\x05", 2));
    QTest::newRow("two other bytes after the caching_sha2 scramble") << script << asked;
    script.authRaw = packet(2, QByteArray("\x04", 1));
    QTest::newRow("0x04 without the 0x01 marker") << script << asked;

    // The client starts with the plugin the greeting names: mysql_clear_password puts the
    // password into the handshake response itself, sha256_password would encrypt it to a key
    // the same unauthenticated server sends.
    script.auth = Auth::NativePassword;
    for (const char *plugin : {"mysql_clear_password", "sha256_password"}) {
        script.greetingPlugin = plugin;
        QTest::addRow("greeting names %s", plugin) << script << named.arg(QLatin1String(plugin));
    }
}

void tst_GatewayHostile::plaintextFallbackKeepsPasswordBack()
{
    // Preferred against a server (or a man in the middle) without TLS, which then asks for
    // the password itself. libmariadb 3.3 takes the gateway's Unix socket for a secure channel
    // and answers both requests with the clear-text password. Talking to the server directly
    // over TCP without TLS, it would have asked for the server's RSA key for caching_sha2 (and
    // sent the clear-text password for mysql_clear_password, as it does in every case).
    QFETCH(Script, script);
    QFETCH(QString, detail);
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    for (SslMode mode : {SslMode::Preferred, SslMode::Disabled}) {
        const Attempt a = throughGateway(fake, target(fake, mode, 2000), Client());
        QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
        QVERIFY(a.session);
        QVERIFY(!a.session->tlsUsed);
        QVERIFY2(!a.capture.received.contains(script.password.toUtf8()),
                 a.capture.received.toHex(' ').constData());
        QVERIFY(!a.opened);
        QVERIFY2(a.session->failure == Failure::CleartextPasswordRefused,
                 qPrintable(QStringLiteral("failure %1 (%2)")
                                    .arg(int(a.session->failure))
                                    .arg(a.session->detail)));
        QVERIFY2(a.session->detail.contains(detail), qPrintable(a.session->detail));
        // The client is told why, in the gateway's ERR.
        QCOMPARE(a.error.nativeErrorCode(), QStringLiteral("1043"));
        QVERIFY2(a.error.text().contains(detail), qPrintable(a.error.text()));
    }
}

void tst_GatewayHostile::sslRequestIsTheClientsOwn_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");
    QTest::addColumn<quint32>("flagsSet");
    QTest::addColumn<quint32>("flagsClear");
    for (Flavour flavour : {Flavour::MariaDb, Flavour::Mysql8}) {
        const char *name = flavour == Flavour::MariaDb ? "MariaDB" : "MySQL 8";
        QTest::addRow("%s, no database", name)
                << flavour << QString() << QString() << quint32(0)
                << quint32(FakeMysqlServer::ClientConnectWithDb | FakeMysqlServer::ClientCompress);
        QTest::addRow("%s, database", name)
                << flavour << QStringLiteral("fake_db") << QString()
                << quint32(FakeMysqlServer::ClientConnectWithDb) << quint32(0);
        QTest::addRow("%s, compression", name)
                << flavour << QString() << QStringLiteral("CLIENT_COMPRESS")
                << quint32(FakeMysqlServer::ClientCompress)
                << quint32(FakeMysqlServer::ClientConnectWithDb);
        QTest::addRow("%s, found rows and interactive", name)
                << flavour << QStringLiteral("fake_db")
                << QStringLiteral("CLIENT_FOUND_ROWS;CLIENT_INTERACTIVE")
                << quint32(FakeMysqlServer::ClientFoundRows | FakeMysqlServer::ClientInteractive
                           | FakeMysqlServer::ClientConnectWithDb)
                << quint32(0);
    }
}

void tst_GatewayHostile::sslRequestIsTheClientsOwn()
{
    QFETCH(Flavour, flavour);
    QFETCH(QString, database);
    QFETCH(QString, options);
    QFETCH(quint32, flagsSet);
    QFETCH(quint32, flagsClear);
    Script script;
    script.flavour = flavour;
    script.addCapabilities = FakeMysqlServer::ClientCompress;
    script.auth = Auth::Deny; // the handshake response is all this test needs
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    Client client;
    client.database = database;
    client.options = options;

    // libmariadb talking to the fake itself with SSL_CA: the reference.
    const Attempt reference = direct(fake, client);
    QVERIFY2(reference.problem.isEmpty(), qPrintable(reference.problem));
    QCOMPARE(reference.error.nativeErrorCode(), QStringLiteral("1045"));
    const QByteArray expected = reference.capture.sslRequest;
    QCOMPARE(expected.size(), 32);
    QVERIFY(reference.capture.tlsEstablished);
    QCOMPARE(reference.capture.handshakeResponse.left(32), expected);

    const ServerTarget t = target(fake, SslMode::VerifyIdentity, 3000);
    const Attempt a = throughGateway(fake, t, client);
    QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
    QCOMPARE(a.error.nativeErrorCode(), QStringLiteral("1045"));
    QVERIFY(a.session->credentialsForwarded);
    const FakeMysqlServer::Capture &c = a.capture;
    QVERIFY(c.problem.isEmpty());
    QVERIFY(c.tlsEstablished);
    QCOMPARE(c.received.left(4), QByteArray("\x20\x00\x00\x01", 4));
    // Byte for byte what the client would have sent the server itself.
    QCOMPARE(c.sslRequest.toHex(' '), expected.toHex(' '));
    // The server takes the capabilities from the SSLRequest; the held handshake response
    // carries the same ones.
    QCOMPARE(c.handshakeResponse.left(32).toHex(' '), expected.toHex(' '));
    QCOMPARE(c.clientDatabase, database);

    const quint32 flags = qFromLittleEndian<quint32>(expected.constData());
    QVERIFY(flags & FakeMysqlServer::ClientSsl);
    QCOMPARE(flags & flagsSet, flagsSet);
    QCOMPARE(flags & flagsClear, quint32(0));
    const quint32 extended = qFromLittleEndian<quint32>(expected.constData() + 28);
    if (flavour == Flavour::MariaDb)
        QVERIFY(extended != 0);
    else
        QCOMPARE(extended, quint32(0));
}

void tst_GatewayHostile::clearTextSecretOnlyToVerifiedServers_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<SslMode>("mode");
    QTest::addColumn<bool>("pinned");
    QTest::addColumn<bool>("verified");

    // A server with TLS and a certificate of its own that, once the handshake response is in,
    // asks for the password itself. Over TLS the driver hands it over: it is encrypted, but to
    // whoever the server is.
    Script clearText;
    clearText.flavour = Flavour::Mysql8;
    clearText.auth = Auth::SwitchToClearText;
    Script fullAuth = clearText;
    fullAuth.auth = Auth::CachingSha2Full;
    Script unknownPlugin = clearText;
    unknownPlugin.auth = Auth::Raw;
    unknownPlugin.greetingPlugin = QByteArrayLiteral("mysql_native_password");
    // An auth switch to a plugin sslcm knows nothing about.
    unknownPlugin.authRaw
            = packet(3, QByteArray("\xfe", 1) + "sspi_secret_sauce" + '\0' + QByteArray(20, 'n'));
    unknownPlugin.afterRaw = FakeMysqlServer::AfterRaw::Close;
    const struct
    {
        const char *name;
        Script script;
    } attacks[] = {{"switch to mysql_clear_password", clearText},
                   {"caching_sha2 full authentication", fullAuth},
                   {"switch to an unknown plugin", unknownPlugin}};
    for (const auto &attack : attacks) {
        // Encrypted, but nobody checked who the server is: the secret stays here.
        QTest::addRow("%s, preferred", attack.name)
                << attack.script << SslMode::Preferred << false << false;
        QTest::addRow("%s, required", attack.name)
                << attack.script << SslMode::Required << false << false;
        if (attack.script.auth == Auth::Raw)
            continue; // the fake cannot finish a login with a plugin it made up
        // Verified by the CA and the name, by the CA alone, or by a pin: it gets the secret,
        // as LDAP/PAM and cloud sign-in need.
        QTest::addRow("%s, verify-identity", attack.name)
                << attack.script << SslMode::VerifyIdentity << false << true;
        QTest::addRow("%s, verify-ca", attack.name)
                << attack.script << SslMode::VerifyCa << false << true;
        QTest::addRow("%s, required with a pin", attack.name)
                << attack.script << SslMode::Required << true << true;
    }
}

void tst_GatewayHostile::clearTextSecretOnlyToVerifiedServers()
{
    QFETCH(Script, script);
    QFETCH(SslMode, mode);
    QFETCH(bool, pinned);
    QFETCH(bool, verified);
    script.password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);
    if (!verified) {
        // Unverified modes accept any certificate: the fake shows one nobody trusts.
        script.certificateFile = FakeMysqlServer::unrelatedIdentity().certificateFile;
        script.keyFile = FakeMysqlServer::unrelatedIdentity().keyFile;
    }
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    const QByteArray pin = pinned ? FakeMysqlServer::identity().certificateSha256 : QByteArray();
    Client client;
    const Attempt a = throughGateway(
            fake, target(fake, mode, immediateTimeoutMs, QStringLiteral("localhost"), {}, pin),
            client);
    QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
    QVERIFY(a.session);
    const GatewaySession &s = *a.session;
    QVERIFY(s.tlsUsed);
    QVERIFY(a.capture.tlsEstablished);
    const QByteArray password = script.password.toUtf8();
    // Never on the wire in the clear, whatever the mode.
    QVERIFY(!a.capture.received.contains(password));
    if (!verified) {
        // Nothing of the password came out of the fake's TLS either.
        QVERIFY2(!a.capture.decrypted.contains(password),
                 a.capture.decrypted.toHex(' ').constData());
        QVERIFY(!a.opened);
        QVERIFY2(s.failure == Failure::CleartextPasswordRefused,
                 qPrintable(QStringLiteral("failure %1 (%2)").arg(int(s.failure)).arg(s.detail)));
        QVERIFY2(s.detail.contains(QStringLiteral("identity was not verified")),
                 qPrintable(s.detail));
        QCOMPARE(a.error.nativeErrorCode(), QStringLiteral("1043"));
        QVERIFY2(a.error.text().contains(QStringLiteral("identity was not verified")),
                 qPrintable(a.error.text()));
        QVERIFY(s.authenticationMs < 0);
        return;
    }
    // A verified server that asks for the clear password gets it, inside TLS, and the login
    // works.
    QVERIFY2(a.opened, qPrintable(a.error.text()));
    QCOMPARE(s.failure, Failure::None);
    QVERIFY(a.capture.authenticated);
    QVERIFY(a.capture.decrypted.contains(password));
}

QTEST_GUILESS_MAIN(tst_GatewayHostile)
#include "tst_gatewayhostile.moc"
