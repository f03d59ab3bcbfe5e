// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `sslcm-cli export PROFILE --as FORMAT [--output FILE] [--with-password]` and
// `sslcm-cli export --all [--output FILE]` (sslcm JSON, never with secrets). Warnings go to
// `err`. The password is written only with --with-password and only into a file (mode 0600).
// Exit status: 0 written, 2 failure, 3 usage error.
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
    // The lines `sslcm-cli --help` shows for this command.
    static QString help();
};
