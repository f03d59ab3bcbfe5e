// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `sslcm-cli token PROFILE [--force]`: a fresh password or sign-in token from the profile's
// password source (a command, AWS RDS IAM), on standard output only, for scripts:
// mysql --password="$(sslcm-cli token prod)". Refuses to print to a terminal without --force,
// and makes nothing for a profile that would send a clear-text token to an unverified server.
class TokenCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
    static QString help();
};
