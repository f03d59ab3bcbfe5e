// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Highlights the account statements sslcm writes: keywords, `identifiers`, 'strings' and
// -- comments. Not a general SQL lexer: it only needs to be right for what the builder emits.
class SqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit SqlHighlighter(QTextDocument *document);

    enum class Token { Keyword, Identifier, String, Comment };
    // The format used for a kind of token (tests check what got highlighted).
    QTextCharFormat format(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_keywords;
    QTextCharFormat m_keyword;
    QTextCharFormat m_identifier;
    QTextCharFormat m_string;
    QTextCharFormat m_comment;
};
