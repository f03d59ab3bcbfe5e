// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QSet>
#include <QString>

class QIODevice;

// Reads a profile document ({"format": …, "profiles": [ {…}, … ], "version": …}) from a device a
// piece at a time: the root's members one by one, and the elements of its "profiles" list one by
// one, parsed by Qt's JSON reader a batch of elements at a time. A store of 10,000 profiles then
// never has its whole text, nor the whole document's QJsonDocument (three times the text), in
// memory next to the profiles built from it.
//
// It only takes the text apart where it is sure of the structure; whatever it is not sure of (a
// syntax error, a byte order mark, a NUL character or the escape \u0000, a name used twice in the
// root, nesting deeper than Qt's reader allows, the end of the text too early) makes next() return
// Unsure, and the caller reads the whole document with QJsonDocument instead, which then says
// precisely what is wrong. A document it reads to the end holds exactly what QJsonDocument would
// read from it.
class ProfileDocumentReader
{
public:
    explicit ProfileDocumentReader(QIODevice &device, qsizetype chunkSize = 256 * 1024);

    enum class Next {
        Member,  // a member of the root other than the profile list: name(), value()
        Profile, // the next element of the root's "profiles" list: value()
        End,     // the root object ended, and the text with it
        Unsure,  // read the whole document instead
    };
    Next next();

    const QString &name() const { return m_name; }
    const QJsonValue &value() const { return m_value; }
    // Whether the root had a "profiles" member, and whether it was a list (its elements are the
    // Profile steps). A "profiles" member that is not a list is returned as a Member.
    bool sawProfileList() const { return m_sawProfileList; }

    // Whether JSON text may hold U+0000 in a string: as a NUL byte, or as the escape \u0000 (an
    // escaped backslash before "u0000" counts too: this only decides whether to look closer).
    static bool mayHoldNul(const char *data, qsizetype size);

private:
    enum class State { Start, FirstMember, Member, FirstElement, Element, AfterRoot, Done };
    enum : qsizetype { NeedMore = -1, Invalid = -2 };

    bool fill();
    qsizetype skipSpace(qsizetype at) const;
    qsizetype stringEnd(qsizetype at) const;
    qsizetype valueEnd(qsizetype at) const;
    // Parses the JSON value in [from, to) of the buffer with Qt's reader.
    // With `asList`, [from, to) holds the elements of a list and the commas between them.
    bool parseValue(qsizetype from, qsizetype to, QJsonValue &into, bool asList = false) const;
    Next step(bool &needMore);

    QIODevice &m_device;
    const qsizetype m_chunkSize;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    State m_state = State::Start;
    QString m_name;
    QJsonValue m_value;
    QSet<QString> m_names;
    QJsonArray m_batch; // parsed elements of the profile list not yet returned
    qsizetype m_batchIndex = 0;
    bool m_sawProfileList = false;
};
