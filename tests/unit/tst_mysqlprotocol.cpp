// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol parsing the TLS gateway relies on, with bytes recorded from MariaDB 10.11.19 and
// libmariadb 3.3 where a real peer exists, and the MySQL 8 shapes its documentation gives. The
// password guard's rows include the exchanges that made libmariadb 3.3 send the clear-text
// password through the plaintext relay before the guard knew the client's plugin.
#include "mysql/MysqlProtocol.h"

#include <QTest>
#include <QtEndian>

using namespace MysqlProtocol;
using Kind = AuthReply::Kind;

namespace {

// Recorded from mariadbd 10.11.19 (with TLS) and the mariadb client (libmariadb 3.3).
const QByteArray mariadbGreeting = QByteArray::fromHex(
        "0a352e352e352d31302e31312e31392d4d6172696144422d302b6465623132753100040000005470553c697c"
        "557000feff080200ff81150000000000001d0000005846367b2c632f61795c4379006d7973716c5f6e617469"
        "76655f70617373776f726400");
const QByteArray libmariadbSslRequest
        = QByteArray::fromHex("84aabf000000100021000000000000000000000000000000000000001d000000");
const QByteArray libmariadbResponse = QByteArray::fromHex(
        "8ca2bf000000100021000000000000000000000000000000000000001d0000006170700014ee8627cb4f5dc8"
        "a384b79ee3650f1d959b4cc6b273686f70006d7973716c5f6e61746976655f70617373776f7264007e035f6f"
        "73054c696e75780c5f636c69656e745f6e616d650a6c69626d617269616462045f70696404343834390f5f63"
        "6c69656e745f76657273696f6e06332e332e3230095f706c6174666f726d067838365f36340c70726f677261"
        "6d5f6e616d65056d7973716c0c5f7365727665725f686f7374093132372e302e302e31");

QByteArray le16(quint16 v)
{
    QByteArray b(2, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

// A MySQL 8.0 greeting as its documentation lays it out (CLIENT_MYSQL set, no MariaDB bytes).
QByteArray mysql8Greeting(const QByteArray &version = QByteArrayLiteral("8.0.36"),
                          quint8 authDataLength = 21,
                          const QByteArray &plugin = QByteArrayLiteral("caching_sha2_password"))
{
    return QByteArray(1, '\x0a') + version + '\0' + le32(12) + QByteArray(8, 'a') + '\0'
            + le16(0xFFFF) + '\xff' + le16(0x0002) + le16(0xDFFF) + char(authDataLength)
            + QByteArray(10, '\0') + QByteArray(12, 'b') + '\0' + plugin + '\0';
}

constexpr quint32 clientFlags = ClientProtocol41 | ClientSecureConnection | ClientPluginAuth
        | ClientPluginAuthLenencData | 0x1 | 0x4 | 0x2000 | 0x10000 | 0x20000 | 0x40000;

// A handshake response as libmariadb writes it (lenenc auth data, plugin name).
QByteArray response(const QByteArray &plugin, const QByteArray &authData,
                    quint32 flags = clientFlags)
{
    QByteArray p = le32(flags) + le32(16 * 1024 * 1024) + char(45) + QByteArray(23, '\0');
    p += QByteArrayLiteral("app") + '\0';
    p += char(authData.size()) + authData;
    if (flags & ClientPluginAuth)
        p += plugin + '\0';
    return p;
}

const QByteArray ok = QByteArray("\x00\x00\x00\x02\x00\x00\x00", 7);
const QByteArray scramble(32, 's');

// One step of an exchange: who sends the payload.
struct Step
{
    bool fromServer;
    QByteArray payload;
};

} // namespace

Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(QList<Step>)

class tst_MysqlProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mariadbGreeting();
    void mysql8Greeting();
    void errorInsteadOfGreeting();
    void malformedGreeting_data();
    void malformedGreeting();
    void forwardedGreetingChangesOnlyTheFlags();
    void clientHello();
    void sslRequestFromTheClientsOwnBytes();
    void handshakeResponse();
    void malformedHandshakeResponse_data();
    void malformedHandshakeResponse();
    void authReply_data();
    void authReply();
    void cleartextPasswordGuard_data();
    void cleartextPasswordGuard();
    void packetReaderBounds();
};

void tst_MysqlProtocol::mariadbGreeting()
{
    const GreetingParse parsed = parseGreeting(::mariadbGreeting);
    QVERIFY2(parsed.greeting, qPrintable(parsed.problem));
    const ServerGreeting &g = *parsed.greeting;
    QCOMPARE(g.serverVersion, QStringLiteral("5.5.5-10.11.19-MariaDB-0+deb12u1"));
    QCOMPARE(g.displayVersion(), QStringLiteral("10.11.19-MariaDB-0+deb12u1"));
    QVERIFY(g.isMariaDb());
    QVERIFY(g.offersTls());
    QCOMPARE(g.connectionId, quint32(4));
    QCOMPARE(g.mariadbExtendedCapabilities, quint32(0x1D));
    QCOMPARE(g.characterSet, quint8(8));
    QCOMPARE(g.authPlugin, QStringLiteral("mysql_native_password"));
    QVERIFY(g.capabilities & ClientPluginAuth);
}

void tst_MysqlProtocol::mysql8Greeting()
{
    const GreetingParse parsed = parseGreeting(::mysql8Greeting());
    QVERIFY2(parsed.greeting, qPrintable(parsed.problem));
    QVERIFY(!parsed.greeting->isMariaDb());
    QCOMPARE(parsed.greeting->mariadbExtendedCapabilities, quint32(0));
    QCOMPARE(parsed.greeting->displayVersion(), QStringLiteral("8.0.36"));
    QCOMPARE(parsed.greeting->authPlugin, QStringLiteral("caching_sha2_password"));
}

void tst_MysqlProtocol::errorInsteadOfGreeting()
{
    const GreetingParse parsed = parseGreeting(QByteArray("\xff\x10\x04Too many connections"));
    QVERIFY(parsed.isError);
    QVERIFY(!parsed.greeting);
    QCOMPARE(parsed.errorCode, quint16(1040));
    QCOMPARE(parsed.errorMessage, QStringLiteral("Too many connections"));
}

void tst_MysqlProtocol::malformedGreeting_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty greeting");
    QTest::newRow("protocol 9") << QByteArray("\x09"
                                              "5.0\0",
                                              5)
                                << QStringLiteral("protocol version 9 instead of 10");
    QTest::newRow("version without NUL") << QByteArray("\x0a"
                                                       "10.11")
                                         << QStringLiteral("server version is not terminated");
    // Not "not terminated": the reason must say what is wrong.
    QTest::newRow("version of 300 bytes")
            << ::mysql8Greeting(QByteArray(300, '9'))
            << QStringLiteral("server version is longer than 255 bytes");
    QTest::newRow("cut after the version") << QByteArray("\x0a"
                                                         "8.0\0\x01\x02",
                                                         7)
                                           << QStringLiteral("greeting too short");
    QTest::newRow("auth data length beyond the packet")
            << ::mysql8Greeting("8.0.36", 255) << QStringLiteral("auth data part 2 is cut off");
    QTest::newRow("plugin name of 300 bytes")
            << ::mysql8Greeting("8.0.36", 21, QByteArray(300, 'p'))
            << QStringLiteral("auth plugin name too long");
}

void tst_MysqlProtocol::malformedGreeting()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, problem);
    const GreetingParse parsed = parseGreeting(payload);
    QVERIFY(!parsed.greeting);
    QVERIFY(!parsed.isError);
    QCOMPARE(parsed.problem, problem);
}

void tst_MysqlProtocol::forwardedGreetingChangesOnlyTheFlags()
{
    const quint32 clear = ClientSsl | ClientSslVerifyServerCert;
    const QByteArray forwarded = greetingWithoutCapabilities(::mariadbGreeting, clear);
    QCOMPARE(forwarded.size(), ::mariadbGreeting.size());
    const ServerGreeting before = *parseGreeting(::mariadbGreeting).greeting;
    const ServerGreeting after = *parseGreeting(forwarded).greeting;
    QCOMPARE(after.capabilities, before.capabilities & ~clear);
    QVERIFY(!after.offersTls());
    QCOMPARE(after.serverVersion, before.serverVersion);
    QCOMPARE(after.authPlugin, before.authPlugin);
    QCOMPARE(after.mariadbExtendedCapabilities, before.mariadbExtendedCapabilities);
    int changed = 0;
    for (qsizetype i = 0; i < forwarded.size(); ++i)
        changed += forwarded.at(i) != ::mariadbGreeting.at(i);
    QCOMPARE(changed, 1); // CLIENT_SSL's byte; bit 30 was clear already
}

void tst_MysqlProtocol::clientHello()
{
    const std::optional<ClientHello> ssl = parseClientHello(libmariadbSslRequest);
    QVERIFY(ssl && ssl->isSslRequest);
    const std::optional<ClientHello> response = parseClientHello(libmariadbResponse);
    QVERIFY(response && !response->isSslRequest);
    QVERIFY(!parseClientHello(libmariadbSslRequest.left(31)));
    QByteArray pre41 = libmariadbResponse;
    pre41[1] = char(pre41.at(1) & ~0x02); // CLIENT_PROTOCOL_41
    QVERIFY(!parseClientHello(pre41));
}

void tst_MysqlProtocol::sslRequestFromTheClientsOwnBytes()
{
    // libmariadb's own SSLRequest for this connection is the first 32 bytes of its handshake
    // response with CLIENT_SSL set.
    QByteArray fromResponse = libmariadbResponse.left(32);
    QByteArray own = libmariadbSslRequest;
    // The recorded request belongs to a connection without a database.
    const quint32 withoutDb = qFromLittleEndian<quint32>(fromResponse.constData()) & ~0x8u;
    qToLittleEndian(withoutDb, fromResponse.data());
    QCOMPARE(sslRequestFrom(fromResponse).toHex(' '), own.toHex(' '));
    QCOMPARE(sslRequestFrom(QByteArray(10, '\x01')).size(), 32);
}

void tst_MysqlProtocol::handshakeResponse()
{
    const std::optional<HandshakeResponse> r = parseHandshakeResponse(libmariadbResponse);
    QVERIFY(r);
    QCOMPARE(r->user, QByteArray("app"));
    QCOMPARE(r->authData.size(), 20);
    QCOMPARE(r->database, QByteArray("shop"));
    QCOMPARE(r->authPlugin, QByteArray("mysql_native_password"));

    const std::optional<HandshakeResponse> sha2
            = parseHandshakeResponse(response("caching_sha2_password", scramble));
    QVERIFY(sha2);
    QCOMPARE(sha2->authData, scramble);
    QCOMPARE(sha2->authPlugin, QByteArray("caching_sha2_password"));

    // Without CLIENT_PLUGIN_AUTH (and with a one-byte auth data length): no plugin name.
    const std::optional<HandshakeResponse> old = parseHandshakeResponse(
            response({}, QByteArray(20, 'h'), ClientProtocol41 | ClientSecureConnection));
    QVERIFY(old);
    QVERIFY(old->authPlugin.isEmpty());
    QCOMPARE(old->authData, QByteArray(20, 'h'));
}

void tst_MysqlProtocol::malformedHandshakeResponse_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("SSLRequest") << libmariadbSslRequest;
    QTest::newRow("user without NUL") << libmariadbResponse.left(35);
    QByteArray longAuth = response("mysql_native_password", QByteArray(20, 'h'));
    longAuth[36] = char(200); // auth data length beyond the packet
    QTest::newRow("auth data beyond the packet") << longAuth;
    QByteArray huge = response("x", {});
    huge[36] = char(0xFE); // an 8-byte length, cut off
    QTest::newRow("length-encoded length cut off") << huge;
    QByteArray noDbNul = response({}, {}, ClientProtocol41 | ClientSecureConnection | 0x8);
    QTest::newRow("database without NUL") << noDbNul + "shop";
}

void tst_MysqlProtocol::malformedHandshakeResponse()
{
    QFETCH(QByteArray, payload);
    QVERIFY(!parseHandshakeResponse(payload));
}

void tst_MysqlProtocol::authReply_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QByteArray>("plugin");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint16>("errorCode");
    QTest::addColumn<QString>("errorMessage");
    QTest::newRow("OK") << ok << Kind::Ok << QByteArray() << QByteArray() << quint16(0)
                        << QString();
    QTest::newRow("ERR with SQL state")
            << QByteArray("\xff\x15\x04#28000Access denied for user 'app'@'127.0.0.1' (using "
                          "password: YES)")
            << Kind::Error << QByteArray() << QByteArray() << quint16(1045)
            << QStringLiteral("Access denied for user 'app'@'127.0.0.1' (using password: YES)");
    QTest::newRow("ERR cut short") << QByteArray("\xff\x15", 2) << Kind::Error << QByteArray()
                                   << QByteArray() << quint16(0) << QString();
    // Recorded: MariaDB switches a native-password greeting to ed25519.
    const QByteArray nonce(32, '\xbb');
    QTest::newRow("auth switch") << QByteArray("\xfe"
                                               "client_ed25519\0",
                                               16)
                    + nonce << Kind::AuthSwitch
                                 << QByteArray("client_ed25519") << nonce << quint16(0)
                                 << QString();
    QTest::newRow("auth switch without NUL")
            << QByteArray("\xfemysql_clear_password") << Kind::AuthSwitch
            << QByteArray("mysql_clear_password") << QByteArray() << quint16(0) << QString();
    QTest::newRow("lone 0xFE") << QByteArray("\xfe") << Kind::AuthSwitch << QByteArray()
                               << QByteArray() << quint16(0) << QString();
    QTest::newRow("fast authentication") << QByteArray("\x01\x03") << Kind::MoreData << QByteArray()
                                         << QByteArray("\x03") << quint16(0) << QString();
    // Regression: an empty packet used to count as OK and ended authentication.
    QTest::newRow("empty packet") << QByteArray() << Kind::Other << QByteArray() << QByteArray()
                                  << quint16(0) << QString();
    QTest::newRow("other") << QByteArray("\x04") << Kind::Other << QByteArray() << QByteArray()
                           << quint16(0) << QString();
}

void tst_MysqlProtocol::authReply()
{
    QFETCH(QByteArray, payload);
    QFETCH(Kind, kind);
    QFETCH(QByteArray, plugin);
    QFETCH(QByteArray, data);
    QFETCH(quint16, errorCode);
    QFETCH(QString, errorMessage);
    const AuthReply reply = parseAuthReply(payload);
    QCOMPARE(reply.kind, kind);
    QCOMPARE(reply.plugin, plugin);
    QCOMPARE(reply.data, data);
    QCOMPARE(reply.errorCode, errorCode);
    QCOMPARE(reply.errorMessage, errorMessage);
    QCOMPARE(reply.endsAuthentication(), kind == Kind::Ok || kind == Kind::Error);
}

void tst_MysqlProtocol::cleartextPasswordGuard_data()
{
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<int>("refusedAt"); // index of the step refused, -1: none

    const QByteArray native = response("mysql_native_password", QByteArray(20, 'n'));
    const QByteArray sha2 = response("caching_sha2_password", scramble);
    auto client = [](const QByteArray &p) { return Step {false, p}; };
    auto server = [](const QByteArray &p) { return Step {true, p}; };
    auto switchTo = [](const QByteArray &plugin) {
        return Step {true, QByteArray(1, '\xfe') + plugin + '\0' + QByteArray(20, 'z') + '\0'};
    };
    const QByteArray denied("\xff\x15\x04#28000Access denied");

    QTest::newRow("native, OK") << QList<Step> {client(native), server(ok)} << -1;
    QTest::newRow("native, ERR") << QList<Step> {client(native), server(denied)} << -1;
    QTest::newRow("sha2 fast authentication")
            << QList<Step> {client(sha2), server("\x01\x03"), server(ok)} << -1;
    QTest::newRow("sha2, ERR") << QList<Step> {client(sha2), server(denied)} << -1;
    QTest::newRow("sha2 with an empty password, OK")
            << QList<Step> {client(response("caching_sha2_password", {})), server(ok)} << -1;
    QTest::newRow("sha2, switch to native")
            << QList<Step> {client(sha2), switchTo("mysql_native_password"),
                            client(QByteArray(20, 'n')), server(ok)}
            << -1;
    QTest::newRow("native, switch to sha2, fast authentication")
            << QList<Step> {client(native), switchTo("caching_sha2_password"), client(scramble),
                            server("\x01\x03"), server(ok)}
            << -1;
    QTest::newRow("native, switch to sha2 with an empty password, OK")
            << QList<Step> {client(native), switchTo("caching_sha2_password"), client({}),
                            server(ok)}
            << -1;
    QTest::newRow("native, switch to ed25519")
            << QList<Step> {client(native), switchTo("client_ed25519"), client(QByteArray(64, 'e')),
                            server(ok)}
            << -1;

    // The server asks for the password.
    QTest::newRow("sha2 full authentication")
            << QList<Step> {client(sha2), server("\x01\x04")} << 1;
    QTest::newRow("switch to mysql_clear_password")
            << QList<Step> {client(native), switchTo("mysql_clear_password")} << 1;
    QTest::newRow("switch to dialog") << QList<Step> {client(native), switchTo("dialog")} << 1;
    QTest::newRow("switch to sha256_password")
            << QList<Step> {client(native), switchTo("sha256_password")} << 1;
    // Only plugins known to prove the password without revealing it pass: anything else may hand
    // it (or a hash as good as it) to the server.
    QTest::newRow("switch to an unknown plugin")
            << QList<Step> {client(native), switchTo("sspi_secret_sauce")} << 1;
    QTest::newRow("lone 0xFE: the pre-4.1 hash")
            << QList<Step> {client(native), server("\xfe")} << 1;
    QTest::newRow("handshake response with an unknown plugin")
            << QList<Step> {client(response("authentication_openid_connect_client", "token"))} << 0;
    // An answer that is not a scramble may be the password itself: newer client libraries send
    // it in clear as caching_sha2_password's first answer on a connection they take for TLS.
    QTest::newRow("native handshake response holding a password")
            << QList<Step> {client(response("mysql_native_password", "secret"))} << 0;
    QTest::newRow("sha2 handshake response holding a password")
            << QList<Step> {client(response("caching_sha2_password", QByteArray("secret\0", 7)))}
            << 0;
    QTest::newRow("switch to sha2, answered with a password")
            << QList<Step> {client(native), switchTo("caching_sha2_password"),
                            client(QByteArray("secret\0", 7))}
            << 2;
    QTest::newRow("switch to native, answered with a password")
            << QList<Step> {client(sha2), switchTo("mysql_native_password"), client("secret")} << 2;
    QTest::newRow("switch to ed25519, answered with a password")
            << QList<Step> {client(native), switchTo("client_ed25519"), client("secret")} << 2;
    QTest::newRow("native, switch to parsec")
            << QList<Step> {client(native), switchTo("parsec"), client(QByteArray(64, 'p')),
                            server(ok)}
            << -1;
    // Regressions: libmariadb 3.3 takes all of these for "perform full authentication" and sent
    // the password in clear text through the plaintext relay.
    QTest::newRow("sha2 full authentication with a trailing byte")
            << QList<Step> {client(sha2), server(QByteArray("\x01\x04\x00", 3))} << 1;
    QTest::newRow("sha2, OK right after the scramble")
            << QList<Step> {client(sha2), server(ok)} << 1;
    QTest::newRow("sha2, 0x04 without the 0x01 marker")
            << QList<Step> {client(sha2), server("\x04")} << 1;
    QTest::newRow("sha2, other bytes") << QList<Step> {client(sha2), server("\x05\x05")} << 1;
    QTest::newRow("native, switch to sha2, OK right after the scramble")
            << QList<Step> {client(native), switchTo("caching_sha2_password"), client(scramble),
                            server(ok)}
            << 3;
    // The greeting names a plugin that puts the password into the handshake response.
    for (const char *plugin : {"mysql_clear_password", "dialog", "sha256_password"}) {
        QTest::addRow("handshake response with %s", plugin)
                << QList<Step> {client(response(plugin, "secret"))} << 0;
    }
    QTest::newRow("unreadable handshake response")
            << QList<Step> {client(libmariadbSslRequest)} << 0;
}

void tst_MysqlProtocol::cleartextPasswordGuard()
{
    QFETCH(QList<Step>, steps);
    QFETCH(int, refusedAt);
    // The same exchange is refused without TLS and over TLS to an unverified server; the reason
    // says which.
    using Channel = CleartextPasswordGuard::Channel;
    for (Channel channel : {Channel::Plaintext, Channel::UnverifiedTls}) {
        CleartextPasswordGuard guard(channel);
        const QString why = channel == Channel::Plaintext ? QStringLiteral("without TLS")
                                                          : QStringLiteral("not verified");
        int refusedStep = -1;
        for (int i = 0; i < steps.size() && refusedStep < 0; ++i) {
            const std::optional<QString> refused = steps.at(i).fromServer
                    ? guard.serverPacket(steps.at(i).payload)
                    : guard.clientPacket(steps.at(i).payload);
            if (!refused)
                continue;
            refusedStep = i;
            QVERIFY2(refused->contains(why) || refused->contains(QLatin1String("cannot be read"))
                             || refused->contains(QLatin1String("may be the password itself")),
                     qPrintable(*refused));
        }
        QCOMPARE(refusedStep, refusedAt);
    }
}

void tst_MysqlProtocol::packetReaderBounds()
{
    PacketReader reader(maxHandshakePayload);
    const QByteArray greeting = Packet {0, ::mariadbGreeting}.encode();
    // In pieces of 7 bytes: nothing until the whole packet is there.
    std::optional<Packet> packet;
    for (qsizetype at = 0; at < greeting.size(); at += 7) {
        reader.append(greeting.mid(at, 7));
        packet = reader.take();
        QCOMPARE(packet.has_value(), at + 7 >= greeting.size());
    }
    QVERIFY(packet);
    QCOMPARE(packet->payload, ::mariadbGreeting);
    QCOMPARE(reader.buffered(), 0);

    // A header above the bound stops the reader for good, whatever follows.
    reader.append(QByteArray("\x01\x00\x01\x00", 4) + QByteArray(70000, 'x'));
    QVERIFY(!reader.take());
    QVERIFY(reader.oversized());
    QVERIFY(!reader.take());

    PacketReader authentication(maxAuthenticationPayload);
    authentication.append(QByteArray("\xff\xff\xff\x03", 4));
    QVERIFY(!authentication.take());
    QVERIFY(authentication.oversized());
}

QTEST_GUILESS_MAIN(tst_MysqlProtocol)
#include "tst_mysqlprotocol.moc"
