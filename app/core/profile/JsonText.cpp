// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

} // namespace

void JsonText::appendIndent(QByteArray &out, int depth)
{
    out.append(qsizetype(4) * depth, ' ');
}

void JsonText::appendString(QByteArray &out, QStringView text)
{
    // Written through a pointer into room made once (at most 6 bytes per UTF-16 unit, as in
    // \u001f, and the quotes): 8 MB of store text are too many for one append() per byte.
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * text.size());
    char *cursor = out.data() + start;
    *cursor++ = '"';
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u >= 0x20 && u < 0x80 && u != '"' && u != '\\') {
            *cursor++ = char(u);
        } else if (u < 0x80) {
            // The escapes of Qt's writer (qjsonwriter.cpp): short ones where JSON has them,
            // \u00xx with lower-case hex digits for the other control characters.
            *cursor++ = '\\';
            switch (u) {
            case '"':
                *cursor++ = '"';
                break;
            case '\\':
                *cursor++ = '\\';
                break;
            case 0x8:
                *cursor++ = 'b';
                break;
            case 0xc:
                *cursor++ = 'f';
                break;
            case 0xa:
                *cursor++ = 'n';
                break;
            case 0xd:
                *cursor++ = 'r';
                break;
            case 0x9:
                *cursor++ = 't';
                break;
            default:
                *cursor++ = 'u';
                *cursor++ = '0';
                *cursor++ = '0';
                *cursor++ = hexDigit(u >> 4);
                *cursor++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *cursor++ = char(0xc0 | (u >> 6));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xd800 || u > 0xdfff) {
            *cursor++ = char(0xe0 | (u >> 12));
            *cursor++ = char(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xdc00 && src != end && *src >= 0xdc00 && *src <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (*src++ - 0xdc00);
            *cursor++ = char(0xf0 | (c >> 18));
            *cursor++ = char(0x80 | ((c >> 12) & 0x3f));
            *cursor++ = char(0x80 | ((c >> 6) & 0x3f));
            *cursor++ = char(0x80 | (c & 0x3f));
        } else {
            // A lone surrogate: not text, and rare. Qt's writer decides what becomes of it.
            out.truncate(start);
            appendValue(out, QJsonValue(text.toString()), 1);
            return;
        }
    }
    *cursor++ = '"';
    out.truncate(cursor - out.constData());
}

void JsonText::appendValue(QByteArray &out, const QJsonValue &value, int depth)
{
    // Qt writes a one-element array as "[\n    VALUE\n]\n", VALUE's own lines indented for
    // level 1; each line break within VALUE gets the levels between 1 and `depth` added.
    const QByteArray text = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Indented);
    constexpr qsizetype prefix = 6; // "[\n    "
    constexpr qsizetype suffix = 3; // "\n]\n"
    const QByteArrayView inner = QByteArrayView(text).sliced(prefix, text.size() - prefix - suffix);
    const QByteArray extra(qsizetype(4) * (depth - 1), ' ');
    qsizetype from = 0;
    for (qsizetype nl = inner.indexOf('\n'); nl >= 0; nl = inner.indexOf('\n', from)) {
        out.append(inner.sliced(from, nl + 1 - from)).append(extra);
        from = nl + 1;
    }
    out.append(inner.sliced(from));
}
