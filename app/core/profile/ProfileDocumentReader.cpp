// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileDocumentReader.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace {

// Qt's reader refuses nesting deeper than 1024; a profile's values sit two levels down in the
// whole document. Deeper than this is left to the whole-document reading.
constexpr int maxDepth = 512;
// Profiles parsed by one call of Qt's reader: about this much of their text.
constexpr qsizetype batchBytes = 64 * 1024;

// The characters that matter while finding where a list or an object ends.
struct Structural
{
    bool table[256] = {};
    constexpr Structural()
    {
        for (const char c : {'"', '{', '}', '[', ']'})
            table[static_cast<unsigned char>(c)] = true;
    }
};
constexpr Structural structural;

bool isSpace(char c)
{
    // JSON's whitespace, as Qt's reader skips it.
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

bool ProfileDocumentReader::mayHoldNul(const char *data, qsizetype size)
{
    const char *p = data;
    const char *const end = data + size;
    if (std::memchr(p, 0, std::size_t(size)))
        return true;
    constexpr char escape[] = "\\u0000";
    constexpr std::size_t length = sizeof escape - 1;
    while ((p = static_cast<const char *>(std::memchr(p, '\\', std::size_t(end - p))))) {
        if (std::size_t(end - p) >= length && std::memcmp(p, escape, length) == 0)
            return true;
        ++p;
    }
    return false;
}

ProfileDocumentReader::ProfileDocumentReader(QIODevice &device, qsizetype chunkSize)
    : m_device(device)
    , m_chunkSize(qMax<qsizetype>(chunkSize, 1))
{ }

bool ProfileDocumentReader::fill()
{
    if (m_atEnd)
        return false;
    // What was taken apart already goes; the rest is at most one element plus a chunk.
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    // A step that ran out of text is made again from its start: what is pending at least doubles
    // per read, so one very large element (a huge note, say) is scanned a few times, not once per
    // chunk.
    const qsizetype want = qMax(m_chunkSize, m_buffer.size() - m_pos);
    const qsizetype before = m_buffer.size();
    m_buffer.resize(before + want);
    const qint64 n = m_device.read(m_buffer.data() + before, want);
    m_buffer.resize(before + qMax<qint64>(n, 0));
    if (n <= 0)
        m_atEnd = true;
    return n > 0;
}

qsizetype ProfileDocumentReader::skipSpace(qsizetype at) const
{
    while (at < m_buffer.size() && isSpace(m_buffer.at(at)))
        ++at;
    return at;
}

// The index after the closing quote of the string that starts at `at`.
qsizetype ProfileDocumentReader::stringEnd(qsizetype at) const
{
    const char *const data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype from = at + 1;
    for (;;) {
        const auto *quote = static_cast<const char *>(
                std::memchr(data + from, '"', std::size_t(size - from)));
        if (!quote)
            return NeedMore;
        const qsizetype q = quote - data;
        // Escaped when an odd number of backslashes comes before it.
        qsizetype first = q;
        while (first > at + 1 && data[first - 1] == '\\')
            --first;
        if ((q - first) % 2 == 0)
            return q + 1;
        from = q + 1;
    }
}

// The index after the value that starts at `at`. Only the extent is found here: Qt's reader
// checks the value itself.
qsizetype ProfileDocumentReader::valueEnd(qsizetype at) const
{
    const char *const data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const char first = data[at];
    if (first == '"')
        return stringEnd(at);
    if (first == '{' || first == '[') {
        int depth = 0;
        for (qsizetype i = at; i < size;) {
            if (!structural.table[static_cast<unsigned char>(data[i])]) {
                ++i;
                continue;
            }
            const char c = data[i];
            if (c == '"') {
                const qsizetype end = stringEnd(i);
                if (end < 0)
                    return end;
                i = end;
                continue;
            }
            if (c == '{' || c == '[') {
                if (++depth > maxDepth)
                    return Invalid;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
            ++i;
        }
        return NeedMore;
    }
    // A number, true, false or null: up to the next delimiter.
    qsizetype i = at;
    while (i < size && !isSpace(data[i]) && data[i] != ',' && data[i] != ']' && data[i] != '}')
        ++i;
    if (i == size)
        return NeedMore;
    return i == at ? Invalid : i;
}

bool ProfileDocumentReader::parseValue(qsizetype from, qsizetype to, QJsonValue &into,
                                       bool asList) const
{
    const char *const data = m_buffer.constData() + from;
    const qsizetype size = to - from;
    if (mayHoldNul(data, size))
        return false;
    QJsonParseError error;
    if (!asList && (data[0] == '{' || data[0] == '[')) {
        const QJsonDocument doc
                = QJsonDocument::fromJson(QByteArray::fromRawData(data, size), &error);
        if (error.error != QJsonParseError::NoError)
            return false;
        into = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        return true;
    }
    // A list's elements with the commas between them, or one value that is no object or list
    // (Qt's reader takes only those as a document): parsed as a list.
    QByteArray wrapped;
    wrapped.reserve(size + 2);
    wrapped.append('[').append(data, size).append(']');
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return false;
    if (asList) {
        into = doc.array();
        return true;
    }
    if (doc.array().size() != 1)
        return false;
    into = doc.array().at(0);
    return true;
}

ProfileDocumentReader::Next ProfileDocumentReader::next()
{
    for (;;) {
        bool needMore = false;
        const Next next = step(needMore);
        if (!needMore)
            return next;
        fill();
    }
}

// One step from m_pos. Nothing is taken (m_pos and m_state stay) until all of it is in the
// buffer: a step that runs out of text asks for more and is then made again from the start.
ProfileDocumentReader::Next ProfileDocumentReader::step(bool &needMore)
{
    const auto more = [&] {
        // The text ended inside the document: the whole-document reading says where.
        if (m_atEnd)
            return Next::Unsure;
        needMore = true;
        return Next::Unsure;
    };
    for (;;) {
        const qsizetype size = m_buffer.size();
        qsizetype p = skipSpace(m_pos);
        switch (m_state) {
        case State::Start:
            if (p == size)
                return more();
            if (m_buffer.at(p) != '{')
                return Next::Unsure;
            m_pos = p + 1;
            m_state = State::FirstMember;
            continue;
        case State::FirstMember:
        case State::Member: {
            if (p == size)
                return more();
            if (m_buffer.at(p) == '}') {
                m_pos = p + 1;
                m_state = State::AfterRoot;
                continue;
            }
            if (m_state == State::Member) {
                if (m_buffer.at(p) != ',')
                    return Next::Unsure;
                p = skipSpace(p + 1);
                if (p == size)
                    return more();
            }
            if (m_buffer.at(p) != '"')
                return Next::Unsure;
            const qsizetype nameEnd = stringEnd(p);
            if (nameEnd == NeedMore)
                return more();
            QJsonValue name;
            if (!parseValue(p, nameEnd, name) || !name.isString())
                return Next::Unsure;
            qsizetype v = skipSpace(nameEnd);
            if (v == size)
                return more();
            if (m_buffer.at(v) != ':')
                return Next::Unsure;
            v = skipSpace(v + 1);
            if (v == size)
                return more();
            const QString key = name.toString();
            // Qt's reader keeps one of two equal names; which one is its business.
            if (m_names.contains(key))
                return Next::Unsure;
            if (key == QLatin1String("profiles") && m_buffer.at(v) == '[') {
                m_names.insert(key);
                m_sawProfileList = true;
                m_pos = v + 1;
                m_state = State::FirstElement;
                continue;
            }
            const qsizetype end = valueEnd(v);
            if (end == NeedMore)
                return more();
            if (end == Invalid || !parseValue(v, end, m_value))
                return Next::Unsure;
            m_names.insert(key);
            m_name = key;
            m_pos = end;
            m_state = State::Member;
            return Next::Member;
        }
        case State::FirstElement:
        case State::Element: {
            if (m_batchIndex < m_batch.size()) {
                m_value = m_batch.at(m_batchIndex++);
                return Next::Profile;
            }
            // The next elements, as many as fit in a batch and are all in the buffer, are
            // parsed together: one call of Qt's reader per batch, not per profile.
            qsizetype first = -1;
            qsizetype last = -1;
            qsizetype count = 0;
            bool element = m_state == State::Element;
            for (qsizetype q = m_pos; last - first < batchBytes;) {
                p = skipSpace(q);
                if (p == size)
                    break;
                if (m_buffer.at(p) == ']') {
                    if (first >= 0)
                        break; // the list ends after this batch
                    m_pos = p + 1;
                    m_state = State::Member;
                    break;
                }
                if (element) {
                    if (m_buffer.at(p) != ',')
                        return Next::Unsure;
                    p = skipSpace(p + 1);
                    if (p == size)
                        break;
                }
                const qsizetype end = valueEnd(p);
                if (end == NeedMore)
                    break;
                if (end == Invalid)
                    return Next::Unsure;
                if (first < 0)
                    first = p;
                last = end;
                q = end;
                element = true;
                ++count;
            }
            if (m_state == State::Member)
                continue;
            if (first < 0)
                return more();
            QJsonValue batch;
            if (!parseValue(first, last, batch, true) || batch.toArray().size() != count)
                return Next::Unsure;
            m_batch = batch.toArray();
            m_batchIndex = 0;
            m_pos = last;
            m_state = State::Element;
            continue;
        }
        case State::AfterRoot:
            if (p < size)
                return Next::Unsure; // something after the document
            if (!m_atEnd)
                return more();
            m_pos = p;
            m_state = State::Done;
            return Next::End;
        case State::Done:
            return Next::End;
        }
    }
}
