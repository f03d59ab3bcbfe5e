// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `sslcm-cli probe HOST[:PORT]`: the server's TLS facts and certificate chain, without logging
// in. Exit 0 verified, 1 TLS but not verified, 2 no TLS.
class ProbeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
};
