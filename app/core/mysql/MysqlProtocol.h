// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The parts of the MySQL client/server protocol the TLS gateway and the server probe need:
// packet framing, the server greeting (HandshakeV10), the SSLRequest and ERR packets. Everything
// received before TLS is unauthenticated, so parsing is strict and every length is bounded.
namespace MysqlProtocol {

enum Capability : quint32 {
    ClientMysql = 0x1, // clear in a MariaDB greeting: bytes 28..31 carry extended capabilities
    ClientConnectWithDb = 0x8,
    ClientProtocol41 = 0x200,
    ClientSsl = 0x800,
    ClientSecureConnection = 0x8000,
    ClientPluginAuth = 0x80000,
    ClientSslVerifyServerCert = 0x40000000,
};

constexpr int headerSize = 4;
constexpr int maxPayloadSize = 0xFFFFFF;
// Larger greetings or first client packets are refused: nothing legitimate comes close.
constexpr int maxHandshakePayload = 64 * 1024;
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
