// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `sslcm-cli cert FILE [--json] [--host NAME] [--ca FILE] [--capath DIR] [--at DATE]`: every
// certificate in FILE with the facts `openssl x509` prints, plus the host and chain checks.
// Exit status: 0 read and all good; 1 read, but something is wrong (expired, not yet valid,
// --host does not match, --ca does not verify); 2 not readable as certificates (reason on
// `err`); 3 usage error.
class CertCommand
{
    Q_DECLARE_TR_FUNCTIONS(CertCommand)
public:
    enum ExitCode { AllGood = 0, Problems = 1, Unreadable = 2, UsageError = 3 };

    // `arguments` start with "cert".
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // The lines `sslcm-cli --help` shows for this command.
    static QString help();
};
