// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlQuoting.h"

#include <QStringList>

QString SqlQuoting::identifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('`'), QLatin1String("``"));
    return QLatin1Char('`') + quoted + QLatin1Char('`');
}

QString SqlQuoting::stringLiteral(const QString &text, Backslash backslash)
{
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += QLatin1Char('\'');
    for (const QChar c : text) {
        if (c == QLatin1Char('\''))
            quoted += QLatin1String("''");
        else if (c == QLatin1Char('\\') && backslash == Backslash::IsEscape)
            quoted += QLatin1String("\\\\");
        else
            quoted += c;
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

QString SqlQuoting::grantDatabase(const QString &name)
{
    QString escaped;
    for (const QChar c : name) {
        if (c == QLatin1Char('_') || c == QLatin1Char('%') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return identifier(escaped);
}

SqlQuoting::Backslash SqlQuoting::backslashFor(const QString &sqlMode)
{
    const QStringList modes = sqlMode.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &mode : modes)
        if (mode.trimmed().compare(QLatin1String("NO_BACKSLASH_ESCAPES"), Qt::CaseInsensitive) == 0)
            return Backslash::IsLiteral;
    return Backslash::IsEscape;
}

bool SqlQuoting::breaksOutWhereBackslashEscapes(const QString &text)
{
    return text.endsWith(QLatin1Char('\\')) || text.contains(QLatin1String("\\'"));
}

bool SqlQuoting::isUnsafeClientCharacterSet(const QString &characterSet)
{
    static const QStringList unsafe {QStringLiteral("big5"), QStringLiteral("cp932"),
                                     QStringLiteral("gb18030"), QStringLiteral("gbk"),
                                     QStringLiteral("sjis")};
    return unsafe.contains(characterSet.trimmed().toLower());
}

int SqlQuoting::characterCount(const QString &text)
{
    return int(text.toUcs4().size());
}

std::optional<QString> SqlQuoting::problem(const QString &text, const QString &what, int maxLength,
                                           bool bmpOnly)
{
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() == 0)
            return tr("The %1 contains a NUL character, which cannot be stored.").arg(what);
        if (c.category() == QChar::Other_Control) {
            return tr("The %1 contains a control character (U+%2) such as a line break or "
                      "tab; remove it.")
                    .arg(what)
                    .arg(QString::number(c.unicode(), 16)
                                 .toUpper()
                                 .rightJustified(4, QLatin1Char('0')));
        }
        if (c.isSurrogate()) {
            if (!c.isHighSurrogate() || i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return tr("The %1 is not valid Unicode text.").arg(what);
            if (bmpOnly)
                return tr("The %1 contains a character outside the Basic Multilingual Plane "
                          "(such as an emoji), which the server's account tables cannot store.")
                        .arg(what);
            ++i;
        }
    }
    const int count = characterCount(text);
    if (maxLength > 0 && count > maxLength)
        return tr("The %1 is %2 characters long; the server allows at most %3.")
                .arg(what)
                .arg(count)
                .arg(maxLength);
    return std::nullopt;
}
