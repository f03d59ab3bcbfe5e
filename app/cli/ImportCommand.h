// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `sslcm-cli import FILE|URI|COMMAND-LINE [--dry-run] [--include-duplicates]
// [--store-passwords]`: shows what would be created, what cannot be carried over and which
// profiles already exist, then adds the new ones (none with --dry-run). Passwords found go to the
// keychain only with --store-passwords. Exit status: 0 done, 2 failure, 3 usage error.
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
    // The lines `sslcm-cli --help` shows for this command.
    static QString help();
};
