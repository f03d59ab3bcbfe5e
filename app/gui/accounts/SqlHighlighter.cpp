// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlHighlighter.h"

#include "StatusColors.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

SqlHighlighter::SqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_keywords(QStringLiteral(
              "\\b(CREATE|ALTER|USER|IF|NOT|EXISTS|IDENTIFIED|BY|REQUIRE|NONE|SSL|X509|ISSUER|"
              "SUBJECT|CIPHER|AND|GRANT|REVOKE|ALL|PRIVILEGES|OPTION|ON|TO|FROM|FLUSH|USAGE|"
              "SELECT|INSERT|UPDATE|DELETE|DROP|INDEX|REFERENCES|VIEW|SHOW|TRIGGER|EXECUTE|"
              "ROUTINE|TEMPORARY|TABLES|LOCK|EVENT)\\b"))
{
    // Dark colours on a light base, light ones on a dark base (a dark theme): readable on both.
    const bool dark = StatusColors::isDark(QGuiApplication::palette().color(QPalette::Base));
    m_keyword.setForeground(dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x00, 0x4d, 0x99));
    m_keyword.setFontWeight(QFont::Bold);
    m_identifier.setForeground(dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x7a, 0x1f, 0xa2));
    m_string.setForeground(dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x1b, 0x7a, 0x1b));
    m_comment.setForeground(QGuiApplication::palette().color(QPalette::PlaceholderText));
    m_comment.setFontItalic(true);
}

QTextCharFormat SqlHighlighter::format(Token token) const
{
    switch (token) {
    case Token::Keyword:
        return m_keyword;
    case Token::Identifier:
        return m_identifier;
    case Token::String:
        return m_string;
    case Token::Comment:
        return m_comment;
    }
    return {};
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    if (text.startsWith(QLatin1String("--"))) {
        setFormat(0, int(text.size()), m_comment);
        return;
    }
    auto it = m_keywords.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_keyword);
    }
    // Quoted parts win over keywords inside them. A doubled quote character stays inside.
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('`') && c != QLatin1Char('\'')) {
            ++i;
            continue;
        }
        int end = i + 1;
        while (end < text.size()) {
            if (text.at(end) == c) {
                if (end + 1 < text.size() && text.at(end + 1) == c) {
                    end += 2;
                    continue;
                }
                break;
            }
            if (c == QLatin1Char('\'') && text.at(end) == QLatin1Char('\\'))
                ++end;
            ++end;
        }
        const int length = qMin(end + 1, int(text.size())) - i;
        setFormat(i, length, c == QLatin1Char('`') ? m_identifier : m_string);
        i += length;
    }
}
