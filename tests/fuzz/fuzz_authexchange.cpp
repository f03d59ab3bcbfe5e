// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the authentication exchange the gateway relays packet by packet, the
// server's side unauthenticated when there is no TLS. Each server packet is classified as the
// relay classifies it (OK, ERR, auth switch, more data) and the exchange runs through the
// clear-text password guard, which must refuse whatever makes the driver send the password.
//
// Input: records of [direction byte: bit 0 set = from the server][2-byte length][payload].
#include "AuthOracle.h"
#include "FuzzCheck.h"
#include "mysql/MysqlProtocol.h"

#include <QtEndian>

#include <cstddef>
#include <cstdint>

using namespace MysqlProtocol;
using Kind = AuthReply::Kind;
using AuthOracle::answerFits;
using AuthOracle::givesPasswordAway;

namespace {

void checkReply(const QByteArray &payload, const AuthReply &reply)
{
    const int first = payload.isEmpty() ? -1 : quint8(payload.at(0));
    fuzzRequire((reply.kind == Kind::Ok) == (first == 0x00));
    fuzzRequire((reply.kind == Kind::Error) == (first == 0xFF));
    fuzzRequire((reply.kind == Kind::AuthSwitch) == (first == 0xFE));
    fuzzRequire((reply.kind == Kind::MoreData) == (first == 0x01));
    fuzzRequire(reply.endsAuthentication() == (first == 0x00 || first == 0xFF));
    fuzzRequire(reply.errorMessage.size() <= 512);
    switch (reply.kind) {
    case Kind::AuthSwitch:
        // Name and data are the packet, split at the first NUL.
        fuzzRequire(!reply.plugin.contains('\0'));
        fuzzRequire(payload
                    == QByteArray(1, char(0xFE)) + reply.plugin
                            + (payload.indexOf('\0') > 0 ? QByteArray(1, '\0') + reply.data
                                                         : QByteArray()));
        break;
    case Kind::MoreData:
        fuzzRequire(payload == QByteArray(1, char(0x01)) + reply.data);
        break;
    case Kind::Error:
        if (payload.size() >= 3)
            fuzzRequire(reply.errorCode == qFromLittleEndian<quint16>(payload.constData() + 1));
        break;
    default:
        fuzzRequire(reply.plugin.isEmpty() && reply.data.isEmpty());
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    CleartextPasswordGuard guard;
    bool handshakeSeen = false;
    // caching_sha2_password sent its scramble: only ERR, an auth switch or 0x01 0x03 may follow.
    bool sha2Scramble = false;
    QByteArray switchedTo; // the plugin whose first answer the client's next packet is
    qsizetype at = 0;
    while (at + 3 <= bytes.size()) {
        const bool fromServer = quint8(bytes.at(at)) & 1;
        const qsizetype length = qMin<qsizetype>(
                qFromLittleEndian<quint16>(bytes.constData() + at + 1), bytes.size() - at - 3);
        const QByteArray payload = bytes.mid(at + 3, length);
        at += 3 + length;

        if (!fromServer) {
            const std::optional<QString> refused = guard.clientPacket(payload);
            if (!handshakeSeen) {
                handshakeSeen = true;
                const std::optional<HandshakeResponse> response = parseHandshakeResponse(payload);
                const QByteArray plugin = !response || response->authPlugin.isEmpty()
                        ? QByteArray("mysql_native_password")
                        : response->authPlugin;
                // The plugins that put the password into the handshake response never pass, nor
                // an answer of another size than the plugin's scramble.
                fuzzRequire(refused.has_value()
                            == (!response || givesPasswordAway(plugin)
                                || !answerFits(plugin, response->authData.size())));
                sha2Scramble = response && plugin == "caching_sha2_password"
                        && !response->authData.isEmpty();
            } else {
                // Later client packets are refused only as an answer of the wrong size.
                fuzzRequire(refused.has_value()
                            == (!switchedTo.isEmpty() && !answerFits(switchedTo, payload.size())));
                if (switchedTo == "caching_sha2_password")
                    sha2Scramble = !payload.isEmpty(); // an empty password sends nothing
                switchedTo.clear();
            }
            if (refused)
                return 0; // the relay stops here
            continue;
        }

        const AuthReply reply = parseAuthReply(payload);
        checkReply(payload, reply);
        const std::optional<QString> refused = guard.serverPacket(payload);
        // An ERR never gives the password away.
        fuzzRequire(reply.kind != Kind::Error || !refused);
        // "Perform full authentication", and auth switches to plugins that send the password.
        if ((reply.kind == Kind::MoreData && reply.data == QByteArrayLiteral("\x04"))
            || (reply.kind == Kind::AuthSwitch
                && givesPasswordAway(reply.plugin.isEmpty() ? QByteArray("mysql_old_password")
                                                            : reply.plugin)))
            fuzzRequire(refused.has_value());
        if (sha2Scramble && handshakeSeen) {
            const bool harmless = reply.kind == Kind::Error || reply.kind == Kind::AuthSwitch
                    || (reply.kind == Kind::MoreData && reply.data == QByteArrayLiteral("\x03"));
            fuzzRequire(refused.has_value() || harmless);
        }
        sha2Scramble = false;
        // The client's next packet answers the latest switch, whatever else the server sent.
        if (reply.kind == Kind::AuthSwitch)
            switchedTo = reply.plugin;
        if (refused || reply.endsAuthentication())
            return 0; // the relay stops, or passes bytes unchanged from here on
    }
    return 0;
}
