// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

#include "CliContext.h"

CliCommand::CliCommand(CliContext &cli)
    : m_cli(cli)
    , m_out(cli.out())
    , m_err(cli.err())
{ }

CliCommand::~CliCommand() = default;

int CliCommand::fail(const QString &reason)
{
    return m_cli.fail(reason);
}

int CliCommand::usage(const QString &reason)
{
    return m_cli.usage(reason);
}
