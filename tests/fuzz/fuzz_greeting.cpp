// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the server's first bytes, unauthenticated. Framed as
// ServerConnection::readGreeting frames them, then parsed as a greeting; what the gateway
// forwards (the greeting with capabilities cleared) and builds from it (the probe's SSLRequest)
// must stay consistent with what was parsed.
#include "FuzzCheck.h"
#include "mysql/MysqlProtocol.h"

#include <QtEndian>

#include <cstddef>
#include <cstdint>

using namespace MysqlProtocol;

namespace {

bool sameExceptCapabilities(const ServerGreeting &a, const ServerGreeting &b)
{
    return a.protocolVersion == b.protocolVersion && a.serverVersion == b.serverVersion
            && a.connectionId == b.connectionId && a.characterSet == b.characterSet
            && a.statusFlags == b.statusFlags && a.authPlugin == b.authPlugin
            && a.mariadbExtendedCapabilities == b.mariadbExtendedCapabilities;
}

void checkGreeting(const QByteArray &payload)
{
    const GreetingParse parsed = parseGreeting(payload);
    // Exactly one outcome, and a reason whenever it is not a greeting.
    const int outcomes = int(parsed.greeting.has_value()) + int(parsed.isError)
            + int(!parsed.problem.isEmpty());
    fuzzRequire(outcomes == 1);
    fuzzRequire(parsed.isError == (!payload.isEmpty() && quint8(payload.at(0)) == 0xFF));
    fuzzRequire(parsed.errorMessage.size() <= 512);
    if (!parsed.greeting)
        return;
    const ServerGreeting &g = *parsed.greeting;
    fuzzRequire(g.protocolVersion == 10);
    // Every length was bounded: nothing longer than the protocol allows was accepted.
    const qsizetype versionBytes = payload.indexOf('\0', 1) - 1;
    fuzzRequire(versionBytes >= 0 && versionBytes <= 255);
    fuzzRequire(g.serverVersion.size() <= 255 && g.authPlugin.size() <= 255);
    fuzzRequire(payload.size() >= 1 + versionBytes + 1 + 4 + 8 + 1 + 2);
    const qsizetype low = 1 + versionBytes + 1 + 4 + 8 + 1;
    fuzzRequire(quint16(g.capabilities) == qFromLittleEndian<quint16>(payload.constData() + low));
    fuzzRequire(g.displayVersion().size() <= g.serverVersion.size());

    // What the gateway forwards: the same greeting, byte for byte but the cleared capabilities.
    for (const quint32 clear : {quint32(ClientSslVerifyServerCert),
                                quint32(ClientSslVerifyServerCert | ClientSsl), 0xFFFFFFFFu}) {
        const QByteArray forwarded = greetingWithoutCapabilities(payload, clear);
        fuzzRequire(forwarded.size() == payload.size());
        for (qsizetype i = 0; i < payload.size(); ++i) {
            const bool flagByte = (i >= low && i < low + 2) || (i >= low + 5 && i < low + 7);
            fuzzRequire(flagByte || forwarded.at(i) == payload.at(i));
        }
        const GreetingParse again = parseGreeting(forwarded);
        fuzzRequire(again.greeting.has_value());
        fuzzRequire(again.greeting->capabilities == (g.capabilities & ~clear));
        // The bits the gateway clears change nothing else (clearing all of them may: without
        // CLIENT_PLUGIN_AUTH there is no plugin name, say).
        fuzzRequire(clear == 0xFFFFFFFFu || sameExceptCapabilities(*again.greeting, g));
    }

    // The probe's own SSLRequest is a well-formed one.
    const QByteArray request = probeSslRequest(g);
    fuzzRequire(request.size() == sslRequestPayloadSize);
    const std::optional<ClientHello> hello = parseClientHello(request);
    fuzzRequire(hello && hello->isSslRequest);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The bytes as a payload, so every byte reaches the parser...
    checkGreeting(bytes);
    // ...and as the stream the server sends: the first packet, bounded as readGreeting bounds it.
    PacketReader reader(maxHandshakePayload);
    reader.append(bytes);
    if (const std::optional<Packet> packet = reader.take()) {
        fuzzRequire(packet->payload.size() <= maxHandshakePayload);
        fuzzRequire(bytes.startsWith(packet->encode()));
        checkGreeting(packet->payload);
    } else if (bytes.size() >= headerSize) {
        const int announced
                = quint8(bytes.at(0)) | quint8(bytes.at(1)) << 8 | quint8(bytes.at(2)) << 16;
        fuzzRequire(reader.oversized() == (announced > maxHandshakePayload));
        fuzzRequire(reader.oversized() || bytes.size() < headerSize + announced);
    }
    return 0;
}
