// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `sslcm-cli require --user U [--host H] --require ssl|x509|none|spec ...`: prints the
// CREATE USER / ALTER USER ... REQUIRE / GRANT statements for a dialect, or with
// `--apply PROFILE` runs them through that admin profile and verifies them as the dialog does.
// Exit status: 0 printed, or run and verified; 2 failed (reason on `err`); 3 usage error.
class RequireCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RequireCommand)
public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
    // The lines `sslcm-cli --help` shows for this command.
    static QString help();
};
