// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `sslcm-cli cert FILE [--json] [--host NAME] [--ca FILE] [--capath DIR] [--at DATE]`: every
// certificate in FILE with the facts `openssl x509` prints, plus the host and chain checks.
// Exit status: 0 read and all good; 1 read, but something is wrong (expired, not yet valid,
// --host does not match, --ca does not verify); 2 not readable as certificates (reason on
// `err`); 3 usage error.
class CertCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CertCommand)
public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
    // The lines `sslcm-cli --help` shows for this command.
    static QString help();
};
