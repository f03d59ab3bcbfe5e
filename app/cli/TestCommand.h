// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `sslcm-cli test PROFILE | --host H ...`: a connection tested stage by stage through sslcm's
// TLS gateway. Exit 0 secure and verified, 1 connected but weaker, 2 failed.
class TestCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
};
