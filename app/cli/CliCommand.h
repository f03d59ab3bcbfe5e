// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class CliContext;
class QTextStream;

// One `sslcm-cli` command. Every command has this shape: it is made with the shared context
// (streams, profiles, keychain), runs once, and returns one of the exit codes below; a failure
// is one line on standard error through fail() or usage().
class CliCommand
{
public:
    // The meanings documented in sslcm-cli(1). Commands that judge something (test, probe, trust,
    // cert, import) use Weaker for "worked, but weaker than asked".
    enum ExitCode { Success = 0, Weaker = 1, Failure = 2, UsageError = 3 };

    explicit CliCommand(CliContext &cli);
    virtual ~CliCommand();
    CliCommand(const CliCommand &) = delete;
    CliCommand &operator=(const CliCommand &) = delete;

    // `arguments` start with the command's own last word ("test", "list" for `profiles list`).
    virtual int run(const QStringList &arguments) = 0;

protected:
    int fail(const QString &reason);
    int usage(const QString &reason);

    CliContext &m_cli;
    QTextStream &m_out;
    QTextStream &m_err;
};
