// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `sslcm-cli audit [PROFILE...] [--all] [--hosts FILE [--ssl-ca F]] [--login] ...`: the fleet
// audit of saved profiles (all of them by default) and/or the host:port lines of a file, with
// bounded concurrency. A table (or --json) on standard output, progress on standard error, and
// optionally a Prometheus textfile and a JUnit report. Exit 0 all ok (notices included), 1 a
// warning, 2 a failure, 3 usage error, 130 interrupted (Ctrl-C).
class AuditCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
    static QString help();

    // Interrupted by SIGINT: nothing is written but a line on standard error.
    static constexpr int Interrupted = 130;
};
