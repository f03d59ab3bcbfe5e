// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: packet framing as the gateway reads a byte stream, arriving in pieces of any
// size. Whatever comes out, encoded again and followed by what is left, is the stream; no packet
// above the reader's bound is ever accepted, and a header above it stops the reader for good.
//
// Input: [bound selector][piece size][stream...].
#include "FuzzCheck.h"
#include "mysql/MysqlProtocol.h"

#include <cstddef>
#include <cstdint>

using namespace MysqlProtocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int bounds[] = {16, maxHandshakePayload, maxAuthenticationPayload, maxPayloadSize};
    const int bound = bounds[data[0] % 4];
    const qsizetype piece = qsizetype(data[1]) + 1;
    const QByteArray stream(reinterpret_cast<const char *>(data) + 2, qsizetype(size) - 2);

    PacketReader reader(bound);
    QByteArray framed;
    for (qsizetype at = 0; at < stream.size(); at += piece) {
        reader.append(stream.mid(at, piece));
        while (const std::optional<Packet> packet = reader.take()) {
            fuzzRequire(!reader.oversized());
            fuzzRequire(packet->payload.size() <= bound);
            framed += packet->encode();
        }
    }
    fuzzRequire(reader.buffered() == stream.size() - framed.size());
    const QByteArray rest = reader.takeRemainder();
    fuzzRequire(framed + rest == stream);
    if (reader.oversized()) {
        fuzzRequire(rest.size() >= headerSize);
        const int announced
                = quint8(rest.at(0)) | quint8(rest.at(1)) << 8 | quint8(rest.at(2)) << 16;
        fuzzRequire(announced > bound);
        fuzzRequire(!reader.take()); // stopped for good
    } else {
        // A whole packet is never left behind.
        if (rest.size() >= headerSize) {
            const int announced
                    = quint8(rest.at(0)) | quint8(rest.at(1)) << 8 | quint8(rest.at(2)) << 16;
            fuzzRequire(rest.size() < headerSize + announced);
        }
    }
    return 0;
}
