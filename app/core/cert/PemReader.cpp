// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cert/PemReader.h"

namespace {

const QByteArray beginMarker = QByteArrayLiteral("-----BEGIN ");
const QByteArray endMarker = QByteArrayLiteral("-----END ");
const QByteArray dashes = QByteArrayLiteral("-----");

QList<QByteArray> normalisedLines(const QByteArray &data)
{
    QByteArray text = data;
    text.replace("\r\n", "\n");
    text.replace('\r', '\n');
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray &line : lines)
        line = line.trimmed();
    return lines;
}

// "-----BEGIN CERTIFICATE-----" -> "CERTIFICATE"; empty if the line is not a marker.
QByteArray markerLabel(const QByteArray &line, const QByteArray &marker)
{
    if (!line.startsWith(marker) || !line.endsWith(dashes)
        || line.size() < marker.size() + dashes.size())
        return {};
    return line.mid(marker.size(), line.size() - marker.size() - dashes.size()).trimmed();
}

} // namespace

bool PemReader::looksLikePem(const QByteArray &data)
{
    return data.contains(beginMarker);
}

QList<PemReader::Block> PemReader::blocks(const QByteArray &data)
{
    QList<Block> result;
    if (!looksLikePem(data))
        return result;
    const QList<QByteArray> lines = normalisedLines(data);
    qsizetype i = 0;
    while (i < lines.size()) {
        const QByteArray label = markerLabel(lines.at(i), beginMarker);
        if (label.isEmpty()) {
            ++i;
            continue;
        }
        Block block;
        block.label = label;
        block.text = lines.at(i) + '\n';
        QByteArray body;
        bool inHeaders = true;
        bool ended = false;
        bool broken = false;
        ++i;
        for (; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            if (line.startsWith(endMarker)) {
                ended = markerLabel(line, endMarker) == label;
                if (ended) {
                    block.text += line + '\n';
                    ++i;
                }
                break;
            }
            if (line.startsWith(beginMarker))
                break; // a new block starts before this one ended
            block.text += line + '\n';
            if (inHeaders) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0) {
                    block.headers.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
                    continue;
                }
                if (line.isEmpty())
                    continue;
                inHeaders = false;
            }
            for (const char c : line) {
                if (c == ' ' || c == '\t')
                    continue;
                if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                      || c == '+' || c == '/' || c == '='))
                    broken = true;
                body += c;
            }
        }
        if (ended && !broken) {
            const auto decoded
                    = QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
            if (decoded && !decoded.decoded.isEmpty()) {
                block.der = decoded.decoded;
                block.valid = true;
            }
        }
        result << block;
    }
    return result;
}
