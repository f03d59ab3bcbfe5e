// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShellWords.h"

QString ShellWords::quote(const QString &word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        const bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
                || (u >= '0' && u <= '9') || u == '_' || u == '-' || u == '.' || u == '/'
                || u == ':' || u == ',' || u == '@' || u == '%' || u == '+' || u == '=';
        if (!plain) {
            safe = false;
            break;
        }
    }
    if (safe)
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString ShellWords::join(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &w : words)
        quoted << quote(w);
    return quoted.join(QLatin1Char(' '));
}

ShellWords::Split ShellWords::split(const QString &text)
{
    Split result;
    QString current;
    bool inWord = false;
    enum class State { Plain, Single, Double } state = State::Plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (state) {
        case State::Single:
            if (c == QLatin1Char('\''))
                state = State::Plain;
            else
                current += c;
            break;
        case State::Double:
            if (c == QLatin1Char('"')) {
                state = State::Plain;
            } else if (c == QLatin1Char('\\') && i + 1 < text.size()
                       && QStringView(u"$`\"\\\n").contains(text.at(i + 1))) {
                ++i;
                if (text.at(i) != QLatin1Char('\n'))
                    current += text.at(i);
            } else {
                current += c;
            }
            break;
        case State::Plain:
            if (c == QLatin1Char('\'')) {
                state = State::Single;
                inWord = true;
            } else if (c == QLatin1Char('"')) {
                state = State::Double;
                inWord = true;
            } else if (c == QLatin1Char('\\')) {
                if (i + 1 < text.size()) {
                    ++i;
                    if (text.at(i) != QLatin1Char('\n')) {
                        current += text.at(i);
                        inWord = true;
                    }
                }
            } else if (c.isSpace()) {
                if (inWord)
                    result.words << current;
                current.clear();
                inWord = false;
            } else if (c == QLatin1Char('|') || c == QLatin1Char(';') || c == QLatin1Char('&')
                       || c == QLatin1Char('>') || c == QLatin1Char('<')) {
                if (inWord)
                    result.words << current;
                result.stoppedAt = i;
                return result;
            } else {
                current += c;
                inWord = true;
            }
            break;
        }
    }
    if (state != State::Plain) {
        result.error = tr("a quote is not closed");
        return result;
    }
    if (inWord)
        result.words << current;
    return result;
}
