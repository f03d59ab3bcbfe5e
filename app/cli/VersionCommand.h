// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `sslcm-cli --version`: the versions of sslcm and of the libraries in use; exit 2 when the
// MySQL client library is one sslcm cannot work with.
class VersionCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
};
