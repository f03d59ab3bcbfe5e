// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// Quoting for the parts of account statements that cannot be placeholders (account names,
// REQUIRE strings: the server's grammar takes literals there, and QMYSQL always allows several
// statements per query, so a quote that escapes is an injection). Every piece of user input goes
// through here; nothing is concatenated raw.
class SqlQuoting
{
    Q_DECLARE_TR_FUNCTIONS(SqlQuoting)
public:
    // How the session reads string literals: sql_mode NO_BACKSLASH_ESCAPES turns the backslash
    // into an ordinary character.
    enum class Backslash { IsEscape, IsLiteral };

    // `name` with embedded backticks doubled. Independent of sql_mode (ANSI_QUOTES only changes
    // double quotes, NO_BACKSLASH_ESCAPES only string literals).
    static QString identifier(const QString &name);
    // 'text' for the given mode: quotes doubled, and backslashes doubled where they escape.
    static QString stringLiteral(const QString &text, Backslash backslash);
    // A database name in GRANT ... ON: `_` and `%` are wildcards there unless escaped with a
    // backslash (inside the backticks the backslash is an ordinary character for the parser and
    // the grant matcher reads it as an escape).
    static QString grantDatabase(const QString &name);

    // Whether a session's sql_mode (as SELECT @@SESSION.sql_mode prints it) makes the backslash
    // an ordinary character.
    static Backslash backslashFor(const QString &sqlMode);

    // Why `text` cannot go into a statement: NUL and other control characters (including
    // newlines), characters outside the Basic Multilingual Plane for names the grant tables keep
    // in utf8mb3, too many characters. `what` names the field in the message ("user name").
    static std::optional<QString> problem(const QString &text, const QString &what, int maxLength,
                                          bool bmpOnly);
    // Length in characters (code points), as the server counts it.
    static int characterCount(const QString &text);

    // Whether `text`, quoted for NO_BACKSLASH_ESCAPES, would end its string early when read in
    // the default sql_mode: a backslash right before a quote or at the very end escapes the
    // quote that was meant to close the string, and what follows runs as SQL.
    static bool breaksOutWhereBackslashEscapes(const QString &text);
    // Whether a session with this character_set_client can read a quoted value wrongly: in big5,
    // cp932, gb18030, gbk and sjis the second byte of a character can be 0x5C (the backslash)
    // or any other ASCII byte, so a quote or backtick that was escaped or doubled can be taken
    // as part of a character and the string or identifier ends early.
    static bool isUnsafeClientCharacterSet(const QString &characterSet);
};
