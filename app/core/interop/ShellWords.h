// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// POSIX shell words: quoting for the command lines sslcm writes, splitting for the ones people
// paste in. No expansion of any kind happens when splitting: `$HOME` stays `$HOME`.
class ShellWords
{
    Q_DECLARE_TR_FUNCTIONS(ShellWords)
public:
    // The word unchanged when it is safe as it is, otherwise in single quotes.
    static QString quote(const QString &word);
    static QString join(const QStringList &words);

    struct Split
    {
        QStringList words;
        QString error; // translated; unbalanced quotes
        // Where an unquoted `|`, `;`, `&`, `<` or `>` ended the command; -1 when none did.
        qsizetype stoppedAt = -1;
    };
    // Splits like sh: single and double quotes, backslash escapes, line continuations. Stops at
    // an unquoted `|`, `;`, `&` or `>` (what follows is not part of the command).
    static Split split(const QString &text);
};
