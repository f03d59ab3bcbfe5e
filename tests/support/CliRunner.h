// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>
#include <utility>

// What one run of a command-line program left behind.
struct CliRun
{
    // The program's exit code; -1 when it did not start or was killed by the hang guard, -2 when
    // it crashed. `err` then ends with a line saying which.
    int exitCode = -1;
    QString out;
    QString err;

    // Both streams, for failure messages.
    QString output() const { return out + err; }
};

// Runs a command-line program (sslcm-cli, or a tool such as openssl the tests compare it with)
// the way a script does: arguments, bytes on stdin, its own environment, and a hang guard that
// kills the program when it never ends (a guard against a hung test, not a time limit on it).
class CliRunner
{
public:
    // `leadingArguments` go before the arguments of every run (e.g. a subcommand).
    explicit CliRunner(const QString &program, const QStringList &leadingArguments = {});

    // Points the XDG base folders, where sslcm keeps its store, into `home`, so that the run
    // never touches the user's real files.
    void setHome(const QString &home);
    void setEnvironmentVariable(const QString &name, const QString &value);
    void unsetEnvironmentVariable(const QString &name);
    void setHangGuard(std::chrono::milliseconds guard) { m_hangGuard = guard; }

    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const;

    // A question and the answer a person types to it.
    using Answer = std::pair<QString, QByteArray>;
    // Runs the program on a terminal of its own (a pseudo-terminal is its standard input, output
    // and error, and its controlling terminal), as a person at a shell does: each time the
    // program's output shows the next question, its answer is typed. Both streams end up in
    // `out`, with the terminal's CR LF line ends turned into LF.
    CliRun runOnTerminal(const QStringList &arguments, const QList<Answer> &answers = {}) const;

private:
    QString m_program;
    QStringList m_leadingArguments;
    QProcessEnvironment m_environment;
    std::chrono::milliseconds m_hangGuard {std::chrono::minutes(2)};
};
