// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QTextStream;

// Questions to the person at the terminal: only when standard input is one, so a script (a pipe,
// a file, nothing) is never stopped by a question it cannot answer. The question goes to
// `err` (standard error), so standard output stays what the command prints.
class TerminalPrompt
{
public:
    // Standard input is a terminal.
    static bool available();
    // One line typed without echo (a passphrase); nullopt when standard input is no terminal or
    // ends. The caller clears what it no longer needs.
    static std::optional<QString> askSecret(QTextStream &err, const QString &prompt);
    // A yes/no question; true only for an answer starting with y or Y (the default is no).
    static bool confirm(QTextStream &err, const QString &question);

private:
    static std::optional<QString> readLine(bool echo, QTextStream &err, const QString &prompt);
};
