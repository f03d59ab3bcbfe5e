// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The parts of the MySQL client/server protocol the TLS gateway and the server probe need:
// packet framing, the server greeting (HandshakeV10), the client's first packet, the packets of
// the authentication exchange, the SSLRequest and ERR packets. Everything received before TLS is
// unauthenticated, so parsing is strict and every length is bounded.
namespace MysqlProtocol {

enum Capability : quint32 {
    ClientMysql = 0x1, // clear in a MariaDB greeting: bytes 28..31 carry extended capabilities
    ClientConnectWithDb = 0x8,
    ClientProtocol41 = 0x200,
    ClientSsl = 0x800,
    ClientSecureConnection = 0x8000,
    ClientPluginAuth = 0x80000,
    ClientPluginAuthLenencData = 0x200000,
    ClientSslVerifyServerCert = 0x40000000,
};

constexpr int headerSize = 4;
constexpr int maxPayloadSize = 0xFFFFFF;
// Larger greetings or first client packets are refused: nothing legitimate comes close.
constexpr int maxHandshakePayload = 64 * 1024;
// A server packet during authentication is a plugin's data or an OK with session state, a few
// KiB at most; a larger one is refused instead of being buffered.
constexpr int maxAuthenticationPayload = 1024 * 1024;
constexpr int sslRequestPayloadSize = 32;

struct Packet
{
    quint8 sequence = 0;
    QByteArray payload;

    QByteArray encode() const;
};

// Splits a byte stream into packets. Refuses payloads above the given bound.
class PacketReader
{
public:
    explicit PacketReader(int maxPayload = maxPayloadSize)
        : m_maxPayload(maxPayload)
    { }

    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    void append(const char *data, qsizetype size) { m_buffer.append(data, size); }
    // The next whole packet, if one has arrived.
    std::optional<Packet> take();
    // True once a header announced a payload above the bound.
    bool oversized() const { return m_oversized; }
    qsizetype buffered() const { return m_buffer.size(); }
    // Bytes received but not yet taken as packets.
    QByteArray takeRemainder();

private:
    QByteArray m_buffer;
    int m_maxPayload;
    bool m_oversized = false;
};

// The server's first packet.
struct ServerGreeting
{
    quint8 protocolVersion = 0;
    QString serverVersion; // as sent, e.g. "5.5.5-10.11.6-MariaDB-0+deb12u1"
    quint32 connectionId = 0;
    quint32 capabilities = 0; // low and high 16 bits
    quint32 mariadbExtendedCapabilities = 0;
    quint8 characterSet = 0;
    quint16 statusFlags = 0;
    QString authPlugin;

    bool isMariaDb() const { return !(capabilities & ClientMysql); }
    bool offersTls() const { return capabilities & ClientSsl; }
    // "10.11.6-MariaDB-0+deb12u1": without MariaDB's "5.5.5-" compatibility prefix.
    QString displayVersion() const;
};

struct GreetingParse
{
    std::optional<ServerGreeting> greeting;
    bool isError = false; // the server answered with an ERR packet instead
    quint16 errorCode = 0;
    QString errorMessage;
    QString problem; // why the bytes are not a greeting (not translated: a protocol detail)
};

GreetingParse parseGreeting(const QByteArray &payload);

// The greeting payload with the given capability bits cleared; everything else byte for byte.
QByteArray greetingWithoutCapabilities(const QByteArray &payload, quint32 clear);

// A client's first packet: either a full handshake response or an SSLRequest.
struct ClientHello
{
    quint32 capabilities = 0;
    bool isSslRequest = false; // exactly 32 bytes with CLIENT_SSL: the client wants TLS
};
std::optional<ClientHello> parseClientHello(const QByteArray &payload);

// The parts of a client's handshake response (protocol 4.1) the gateway looks at.
struct HandshakeResponse
{
    quint32 capabilities = 0;
    QByteArray user;
    QByteArray authData;   // the first answer of the client's auth plugin
    QByteArray database;   // with CLIENT_CONNECT_WITH_DB
    QByteArray authPlugin; // with CLIENT_PLUGIN_AUTH; empty otherwise
};
std::optional<HandshakeResponse> parseHandshakeResponse(const QByteArray &payload);

// A packet the server sends while authentication runs: after the handshake response, until its
// OK or ERR.
struct AuthReply
{
    enum class Kind {
        Ok,         // 0x00: logged in
        Error,      // 0xFF: refused
        AuthSwitch, // 0xFE: continue with another plugin
        MoreData,   // 0x01: data for the current plugin
        Other,      // anything else (also an empty packet): data for the current plugin as well
    };
    Kind kind = Kind::Other;
    quint16 errorCode = 0;
    QString errorMessage; // at most 512 bytes of the server's text
    QByteArray plugin;    // AuthSwitch: the plugin's name; empty for a lone 0xFE (old password)
    QByteArray data;      // AuthSwitch: the plugin's data; MoreData: what follows 0x01

    bool endsAuthentication() const { return kind == Kind::Ok || kind == Kind::Error; }
};
AuthReply parseAuthReply(const QByteArray &payload);

// Whether a client auth plugin's answers prove the password without revealing it (challenge-
// response or a signature over the server's scramble). caching_sha2_password counts, up to its
// "full authentication", which CleartextPasswordGuard follows.
bool provesPasswordWithoutRevealingIt(const QByteArray &plugin);

// Follows an authentication exchange and says when the client would give its password away to a
// server that is not entitled to it: on a relay without TLS, and on TLS to a server whose
// identity was not verified (DESIGN.md, rule 11). Qt's driver takes the gateway's Unix socket for
// a secure channel (libmariadb 3.3 does), so
// - with mysql_clear_password and dialog (PAM) it sends the password in clear text, in the
//   handshake response itself or in answer to the server's first question, and sha256_password
//   sends it in clear too (or encrypted to an RSA key the same unauthenticated server sends):
//   refused whether the greeting or an auth switch names them, and so is every plugin not known
//   to prove the password without revealing it, and an answer that has not the size of its
//   plugin's scramble (newer client libraries send caching_sha2_password's password in clear as
//   its first answer when they take the connection for TLS);
// - with caching_sha2_password it sends the password in clear text in answer to anything after
//   its scramble but an ERR, an auth switch or exactly 0x01 0x03 ("fast authentication
//   succeeded"): libmariadb 3.3 takes every other answer, not only 0x01 0x04, for "perform full
//   authentication".
class CleartextPasswordGuard
{
public:
    enum class Channel {
        Plaintext,     // no TLS to the server at all
        UnverifiedTls, // TLS, but the server's identity was not verified (no CA check, no pin)
    };
    explicit CleartextPasswordGuard(Channel channel = Channel::Plaintext);

    // Every packet of the exchange, in order, starting with the client's handshake response.
    // A reason (a protocol detail, not translated) means the packet must not go on.
    std::optional<QString> clientPacket(const QByteArray &payload);
    std::optional<QString> serverPacket(const QByteArray &payload);

    // The client's auth plugin as far as the exchange has come.
    QByteArray plugin() const { return m_plugin; }

private:
    QString askedForSecret() const;
    QString answerDoesNotFit(qsizetype size) const;

    Channel m_channel;
    bool m_started = false;
    QByteArray m_plugin;
    bool m_answerDue = false;      // the client's next packet answers an auth switch
    bool m_verdictPending = false; // caching_sha2_password: its scramble is with the server
};

// The SSLRequest payload built from the first 32 bytes of the client's own first packet (its
// capability flags, max packet size, character set and MariaDB's extended capabilities), with
// CLIENT_SSL set. The server takes the capabilities from this packet, so they must be the
// client's: never guessed.
QByteArray sslRequestFrom(const QByteArray &clientPayload);

// An SSLRequest of our own, for talking to a server without a client (the probe), modelled on
// `openssl s_client -starttls mysql`.
QByteArray probeSslRequest(const ServerGreeting &greeting);

// An ERR packet payload (protocol 4.1 form with SQL state).
QByteArray errorPayload(quint16 code, const QByteArray &sqlState, const QString &message);

} // namespace MysqlProtocol
