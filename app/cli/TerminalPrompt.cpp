// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalPrompt.h"

#include <QTextStream>

#include <cerrno>
#include <termios.h>
#include <unistd.h>

bool TerminalPrompt::available()
{
    return isatty(STDIN_FILENO) == 1;
}

std::optional<QString> TerminalPrompt::readLine(bool echo, QTextStream &err, const QString &prompt)
{
    if (!available())
        return std::nullopt;
    termios saved {};
    const bool haveTermios = tcgetattr(STDIN_FILENO, &saved) == 0;
    // TCSADRAIN, not TCSAFLUSH: what was typed ahead of the question is the answer.
    if (!echo && haveTermios) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSADRAIN, &quiet);
    }
    // The question only once echo is off: an answer typed as soon as it shows is not echoed.
    err << prompt;
    err.flush();
    // Byte by byte from the descriptor: nothing is left in a buffer for later reads, and
    // nothing of a secret stays in one.
    QByteArray line;
    bool ended = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ended = line.isEmpty();
            break;
        }
        if (c == '\n')
            break;
        line.append(c);
    }
    if (!echo && haveTermios)
        tcsetattr(STDIN_FILENO, TCSADRAIN, &saved);
    if (line.endsWith('\r'))
        line.chop(1);
    const QString text = QString::fromUtf8(line);
    line.fill('\0');
    if (ended)
        return std::nullopt;
    return text;
}

std::optional<QString> TerminalPrompt::askSecret(QTextStream &err, const QString &prompt)
{
    if (!available())
        return std::nullopt;
    return readLine(false, err, prompt);
}

bool TerminalPrompt::confirm(QTextStream &err, const QString &question)
{
    if (!available())
        return false;
    const std::optional<QString> answer = readLine(true, err, question);
    return answer && answer->trimmed().startsWith(QLatin1Char('y'), Qt::CaseInsensitive);
}
