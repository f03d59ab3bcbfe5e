// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MysqlProtocol.h"

#include <QtEndian>

namespace MysqlProtocol {

namespace {

quint32 readLe32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

quint16 readLe16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

// A NUL-terminated string at `at`; moves `at` behind the NUL.
std::optional<QByteArray> readCString(const QByteArray &b, qsizetype &at)
{
    const qsizetype end = b.indexOf('\0', at);
    if (at > b.size() || end < 0)
        return std::nullopt;
    const QByteArray text = b.mid(at, end - at);
    at = end + 1;
    return text;
}

// A length-encoded integer at `at`; moves `at` behind it.
std::optional<quint64> readLengthEncoded(const QByteArray &b, qsizetype &at)
{
    if (at >= b.size())
        return std::nullopt;
    const quint8 first = quint8(b.at(at));
    if (first < 0xFB) {
        at += 1;
        return first;
    }
    const int width = first == 0xFC ? 2 : first == 0xFD ? 3 : first == 0xFE ? 8 : 0;
    if (width == 0 || b.size() - at - 1 < width) // 0xFB is NULL, 0xFF is not a length
        return std::nullopt;
    quint64 value = 0;
    for (int i = 0; i < width; ++i)
        value |= quint64(quint8(b.at(at + 1 + i))) << (8 * i);
    at += 1 + width;
    return value;
}

const QByteArray cachingSha2Password = QByteArrayLiteral("caching_sha2_password");

} // namespace

bool provesPasswordWithoutRevealingIt(const QByteArray &plugin)
{
    // Challenge-response or signatures over the server's scramble: what crosses the wire is of no
    // use for logging in elsewhere. caching_sha2_password only up to its "full authentication",
    // which CleartextPasswordGuard follows. Everything else (mysql_clear_password, dialog,
    // sha256_password, the pre-4.1 mysql_old_password, plugins sslcm does not know) may hand the
    // password, or a hash that is as good as it, to the server.
    // Not auth_gssapi_client: the server names the Kerberos service, so an unverified one could
    // obtain a ticket for a service of its choosing.
    return plugin == "mysql_native_password" || plugin == cachingSha2Password
            || plugin == "client_ed25519" || plugin == "parsec";
}

namespace {

// Whether a client's answer has the size of the plugin's scramble or signature (or is empty, for
// an empty password). Anything else may be the password itself: newer client libraries send it
// in clear as caching_sha2_password's first answer on a connection they take for TLS.
bool answerFits(const QByteArray &plugin, qsizetype size)
{
    if (plugin == "mysql_native_password")
        return size == 0 || size == 20;
    if (plugin == cachingSha2Password)
        return size == 0 || size == 32;
    if (plugin == "client_ed25519")
        return size == 0 || size == 64;
    return true; // parsec: its answers vary; it never sends the password
}

} // namespace

CleartextPasswordGuard::CleartextPasswordGuard(Channel channel)
    : m_channel(channel)
{ }

QString CleartextPasswordGuard::askedForSecret() const
{
    return m_channel == Channel::Plaintext
            ? QStringLiteral("the server asked for the password in clear text on a connection "
                             "without TLS")
            : QStringLiteral("the server asked for the password in clear text, and its identity "
                             "was not verified");
}

QByteArray Packet::encode() const
{
    QByteArray out;
    out.reserve(headerSize + payload.size());
    const quint32 size = quint32(payload.size());
    out.append(char(size & 0xFF));
    out.append(char((size >> 8) & 0xFF));
    out.append(char((size >> 16) & 0xFF));
    out.append(char(sequence));
    out.append(payload);
    return out;
}

std::optional<Packet> PacketReader::take()
{
    if (m_oversized || m_buffer.size() < headerSize)
        return std::nullopt;
    const auto *h = reinterpret_cast<const uchar *>(m_buffer.constData());
    const int size = h[0] | (h[1] << 8) | (h[2] << 16);
    if (size > m_maxPayload) {
        m_oversized = true;
        return std::nullopt;
    }
    if (m_buffer.size() < headerSize + size)
        return std::nullopt;
    Packet p;
    p.sequence = h[3];
    p.payload = m_buffer.mid(headerSize, size);
    m_buffer.remove(0, headerSize + size);
    return p;
}

QByteArray PacketReader::takeRemainder()
{
    QByteArray rest;
    rest.swap(m_buffer);
    return rest;
}

QString ServerGreeting::displayVersion() const
{
    if (serverVersion.startsWith(QLatin1String("5.5.5-")) && isMariaDb())
        return serverVersion.mid(6);
    return serverVersion;
}

GreetingParse parseGreeting(const QByteArray &b)
{
    GreetingParse result;
    if (b.isEmpty()) {
        result.problem = QStringLiteral("empty greeting");
        return result;
    }
    const auto byte = [&b](qsizetype i) { return quint8(b.at(i)); };
    if (byte(0) == 0xFF) {
        // ERR before the handshake: code, then (no SQL state at this point) the message.
        result.isError = true;
        if (b.size() >= 3)
            result.errorCode = readLe16(b, 1);
        QByteArray text = b.mid(3);
        if (text.startsWith('#') && text.size() >= 6)
            text = text.mid(6);
        result.errorMessage = QString::fromUtf8(text.left(512));
        return result;
    }
    ServerGreeting g;
    g.protocolVersion = byte(0);
    if (g.protocolVersion != 10) {
        result.problem = QStringLiteral("protocol version %1 instead of 10").arg(g.protocolVersion);
        return result;
    }
    const qsizetype versionEnd = b.indexOf('\0', 1);
    if (versionEnd < 0 || versionEnd - 1 > 255) {
        result.problem = versionEnd < 0 ? QStringLiteral("server version is not terminated")
                                        : QStringLiteral("server version is longer than 255 bytes");
        return result;
    }
    g.serverVersion = QString::fromUtf8(b.mid(1, versionEnd - 1));
    qsizetype at = versionEnd + 1;
    // connection id (4), auth data part 1 (8), filler (1), capabilities low (2)
    if (b.size() < at + 4 + 8 + 1 + 2) {
        result.problem = QStringLiteral("greeting too short");
        return result;
    }
    g.connectionId = readLe32(b, at);
    at += 4 + 8;
    if (byte(at) != 0) {
        result.problem = QStringLiteral("filler byte is not zero");
        return result;
    }
    at += 1;
    g.capabilities = readLe16(b, at);
    at += 2;
    if (b.size() >= at + 1 + 2 + 2 + 1 + 10) {
        g.characterSet = byte(at);
        g.statusFlags = readLe16(b, at + 1);
        g.capabilities |= quint32(readLe16(b, at + 3)) << 16;
        const quint8 authDataLength = byte(at + 5);
        at += 6;
        if (!(g.capabilities & ClientMysql))
            g.mariadbExtendedCapabilities = readLe32(b, at + 6);
        at += 10;
        if (g.capabilities & ClientSecureConnection) {
            const int part2 = qMax(13, int(authDataLength) - 8);
            if (b.size() < at + part2) {
                result.problem = QStringLiteral("auth data part 2 is cut off");
                return result;
            }
            at += part2;
        }
        if (g.capabilities & ClientPluginAuth) {
            qsizetype end = b.indexOf('\0', at);
            if (end < 0)
                end = b.size(); // some servers omit the final NUL
            if (end - at > 255) {
                result.problem = QStringLiteral("auth plugin name too long");
                return result;
            }
            g.authPlugin = QString::fromUtf8(b.mid(at, end - at));
        }
    }
    result.greeting = g;
    return result;
}

QByteArray greetingWithoutCapabilities(const QByteArray &payload, quint32 clear)
{
    QByteArray out = payload;
    const qsizetype versionEnd = out.indexOf('\0', 1);
    const qsizetype low = versionEnd + 1 + 4 + 8 + 1;
    if (versionEnd < 0 || out.size() < low + 2)
        return out;
    const quint16 lowFlags = readLe16(out, low) & ~quint16(clear & 0xFFFF);
    qToLittleEndian<quint16>(lowFlags, out.data() + low);
    const qsizetype high = low + 2 + 1 + 2;
    if (out.size() >= high + 2) {
        const quint16 highFlags = readLe16(out, high) & ~quint16(clear >> 16);
        qToLittleEndian<quint16>(highFlags, out.data() + high);
    }
    return out;
}

std::optional<ClientHello> parseClientHello(const QByteArray &payload)
{
    if (payload.size() < sslRequestPayloadSize)
        return std::nullopt;
    ClientHello hello;
    hello.capabilities = readLe32(payload, 0);
    if (!(hello.capabilities & ClientProtocol41))
        return std::nullopt;
    hello.isSslRequest
            = payload.size() == sslRequestPayloadSize && (hello.capabilities & ClientSsl);
    return hello;
}

std::optional<HandshakeResponse> parseHandshakeResponse(const QByteArray &payload)
{
    const std::optional<ClientHello> hello = parseClientHello(payload);
    if (!hello || hello->isSslRequest)
        return std::nullopt;
    HandshakeResponse response;
    response.capabilities = hello->capabilities;
    qsizetype at = sslRequestPayloadSize;
    const std::optional<QByteArray> user = readCString(payload, at);
    if (!user)
        return std::nullopt;
    response.user = *user;
    if (response.capabilities & ClientPluginAuthLenencData) {
        const std::optional<quint64> length = readLengthEncoded(payload, at);
        if (!length || *length > quint64(payload.size() - at))
            return std::nullopt;
        response.authData = payload.mid(at, qsizetype(*length));
        at += qsizetype(*length);
    } else if (response.capabilities & ClientSecureConnection) {
        if (at >= payload.size() || quint8(payload.at(at)) > payload.size() - at - 1)
            return std::nullopt;
        response.authData = payload.mid(at + 1, quint8(payload.at(at)));
        at += 1 + response.authData.size();
    } else {
        const std::optional<QByteArray> authData = readCString(payload, at);
        if (!authData)
            return std::nullopt;
        response.authData = *authData;
    }
    if (response.capabilities & ClientConnectWithDb) {
        const std::optional<QByteArray> database = readCString(payload, at);
        if (!database)
            return std::nullopt;
        response.database = *database;
    }
    if (response.capabilities & ClientPluginAuth) {
        // As in the greeting, a missing final NUL is tolerated.
        const std::optional<QByteArray> plugin = readCString(payload, at);
        response.authPlugin = plugin ? *plugin : payload.mid(at);
    }
    return response;
}

AuthReply parseAuthReply(const QByteArray &payload)
{
    AuthReply reply;
    if (payload.isEmpty())
        return reply;
    switch (quint8(payload.at(0))) {
    case 0x00:
        reply.kind = AuthReply::Kind::Ok;
        break;
    case 0xFF:
        reply.kind = AuthReply::Kind::Error;
        if (payload.size() >= 3) {
            reply.errorCode = readLe16(payload, 1);
            QByteArray text = payload.mid(3);
            if (text.startsWith('#'))
                text = text.mid(6); // the SQL state
            reply.errorMessage = QString::fromUtf8(text.left(512));
        }
        break;
    case 0xFE: {
        reply.kind = AuthReply::Kind::AuthSwitch;
        const qsizetype end = payload.indexOf('\0', 1);
        reply.plugin = end < 0 ? payload.mid(1) : payload.mid(1, end - 1);
        if (end >= 0)
            reply.data = payload.mid(end + 1);
        break;
    }
    case 0x01:
        reply.kind = AuthReply::Kind::MoreData;
        reply.data = payload.mid(1);
        break;
    default:
        break;
    }
    return reply;
}

std::optional<QString> CleartextPasswordGuard::clientPacket(const QByteArray &payload)
{
    if (!m_started) {
        m_started = true;
        const std::optional<HandshakeResponse> response = parseHandshakeResponse(payload);
        if (!response)
            return QStringLiteral("the client's handshake response cannot be read");
        // A client without CLIENT_PLUGIN_AUTH uses mysql_native_password.
        m_plugin = response->authPlugin.isEmpty() ? QByteArrayLiteral("mysql_native_password")
                                                  : response->authPlugin;
        // The client starts with the plugin the greeting names.
        if (!provesPasswordWithoutRevealingIt(m_plugin))
            return QStringLiteral("the authentication uses the plugin %1, which may give the "
                                  "password away %2")
                    .arg(QString::fromUtf8(m_plugin.left(64)),
                         m_channel == Channel::Plaintext
                                 ? QStringLiteral("on a connection without TLS")
                                 : QStringLiteral("to a server whose identity was not verified"));
        if (!answerFits(m_plugin, response->authData.size()))
            return answerDoesNotFit(response->authData.size());
        // An empty password gives an empty scramble, and nothing to give away.
        m_verdictPending = m_plugin == cachingSha2Password && !response->authData.isEmpty();
        return std::nullopt;
    }
    if (m_answerDue) {
        // The first answer of the plugin the server switched to.
        m_answerDue = false;
        if (!answerFits(m_plugin, payload.size()))
            return answerDoesNotFit(payload.size());
        if (m_plugin == cachingSha2Password)
            m_verdictPending = !payload.isEmpty();
    }
    return std::nullopt;
}

QString CleartextPasswordGuard::answerDoesNotFit(qsizetype size) const
{
    return QStringLiteral("the client's answer for %1 has %2 bytes, not the size of its scramble: "
                          "it may be the password itself")
            .arg(QString::fromUtf8(m_plugin.left(64)))
            .arg(size);
}

std::optional<QString> CleartextPasswordGuard::serverPacket(const QByteArray &payload)
{
    using Kind = AuthReply::Kind;
    const AuthReply reply = parseAuthReply(payload);
    if (m_verdictPending) {
        m_verdictPending = false;
        const bool fastAuthentication
                = reply.kind == Kind::MoreData && reply.data == QByteArrayLiteral("\x03");
        if (!fastAuthentication && reply.kind != Kind::Error && reply.kind != Kind::AuthSwitch)
            return askedForSecret();
    }
    // caching_sha2_password's "perform full authentication", whatever the plugin.
    if (reply.kind == Kind::MoreData && reply.data == QByteArrayLiteral("\x04"))
        return askedForSecret();
    if (reply.kind == Kind::AuthSwitch) {
        // A lone 0xFE asks for the pre-4.1 hash.
        m_plugin = reply.plugin.isEmpty() ? QByteArrayLiteral("mysql_old_password") : reply.plugin;
        if (!provesPasswordWithoutRevealingIt(m_plugin))
            return askedForSecret();
        m_answerDue = true;
    }
    return std::nullopt;
}

QByteArray sslRequestFrom(const QByteArray &clientPayload)
{
    QByteArray request = clientPayload.left(sslRequestPayloadSize);
    request.resize(sslRequestPayloadSize, '\0');
    const quint32 flags = readLe32(request, 0) | ClientSsl;
    qToLittleEndian<quint32>(flags, request.data());
    return request;
}

QByteArray probeSslRequest(const ServerGreeting &greeting)
{
    QByteArray request(sslRequestPayloadSize, '\0');
    const quint32 flags = ClientProtocol41 | ClientSsl | ClientSecureConnection | ClientPluginAuth
            | (greeting.capabilities & ClientMysql);
    qToLittleEndian<quint32>(flags, request.data());
    qToLittleEndian<quint32>(quint32(maxPayloadSize), request.data() + 4);
    request[8] = char(greeting.characterSet ? greeting.characterSet : 33); // utf8_general_ci
    return request;
}

QByteArray errorPayload(quint16 code, const QByteArray &sqlState, const QString &message)
{
    QByteArray p;
    p.append(char(0xFF));
    p.append(char(code & 0xFF));
    p.append(char(code >> 8));
    p.append('#');
    p.append(sqlState.left(5).leftJustified(5, '0'));
    p.append(message.toUtf8().left(1024));
    return p;
}

} // namespace MysqlProtocol
