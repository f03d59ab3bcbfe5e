// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the local client's first packet, which the gateway holds and inspects: an
// SSLRequest or a handshake response. The SSLRequest built from it must carry the client's own
// flags, and a handshake response must parse back into the fields it was made of.
#include "AuthOracle.h"
#include "FuzzCheck.h"
#include "mysql/MysqlProtocol.h"

#include <QtEndian>

#include <cstddef>
#include <cstdint>

using namespace MysqlProtocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray payload(reinterpret_cast<const char *>(data), qsizetype(size));

    const std::optional<ClientHello> hello = parseClientHello(payload);
    if (hello) {
        fuzzRequire(payload.size() >= sslRequestPayloadSize);
        fuzzRequire(hello->capabilities == qFromLittleEndian<quint32>(payload.constData()));
        fuzzRequire(hello->capabilities & ClientProtocol41);
        fuzzRequire(
                hello->isSslRequest
                == (payload.size() == sslRequestPayloadSize && (hello->capabilities & ClientSsl)));
    }

    // The SSLRequest the gateway sends in the client's name: its first 32 bytes, CLIENT_SSL set.
    const QByteArray request = sslRequestFrom(payload);
    fuzzRequire(request.size() == sslRequestPayloadSize);
    const quint32 flags = qFromLittleEndian<quint32>(request.constData());
    fuzzRequire(flags & ClientSsl);
    QByteArray expected = payload.left(sslRequestPayloadSize);
    expected.resize(sslRequestPayloadSize, '\0');
    fuzzRequire(request.mid(4) == expected.mid(4));
    fuzzRequire((flags & ~quint32(ClientSsl))
                == (qFromLittleEndian<quint32>(expected.constData()) & ~quint32(ClientSsl)));

    const std::optional<HandshakeResponse> response = parseHandshakeResponse(payload);
    if (response) {
        fuzzRequire(hello && !hello->isSslRequest);
        fuzzRequire(response->capabilities == hello->capabilities);
        for (const QByteArray *text : {&response->user, &response->database, &response->authPlugin})
            fuzzRequire(!text->contains('\0'));
        // Built again from its fields, the packet is what was parsed (where the length of the
        // auth data was written in its shortest form, as clients write it).
        const qsizetype authAt = sslRequestPayloadSize + response->user.size() + 1;
        fuzzRequire(payload.mid(sslRequestPayloadSize, authAt - sslRequestPayloadSize)
                    == response->user + '\0');
        const bool lenenc = response->capabilities & ClientPluginAuthLenencData;
        const bool secure = response->capabilities & ClientSecureConnection;
        if (lenenc ? quint8(payload.at(authAt)) < 0xFB : secure) {
            QByteArray rebuilt = payload.left(authAt);
            rebuilt += char(response->authData.size());
            rebuilt += response->authData;
            if (response->capabilities & ClientConnectWithDb)
                rebuilt += response->database + '\0';
            if (response->capabilities & ClientPluginAuth)
                rebuilt += response->authPlugin;
            fuzzRequire(payload.startsWith(rebuilt));
        }
    }

    // The password guard reads the same packet: it refuses what it cannot read, the plugins that
    // may put the password into it, and an answer that is not the size of its plugin's scramble.
    CleartextPasswordGuard guard;
    const std::optional<QString> refused = guard.clientPacket(payload);
    const QByteArray plugin = !response || response->authPlugin.isEmpty()
            ? QByteArray("mysql_native_password")
            : response->authPlugin;
    fuzzRequire(refused.has_value()
                == (!response || AuthOracle::givesPasswordAway(plugin)
                    || !AuthOracle::answerFits(plugin, response->authData.size())));
    return 0;
}
