// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `sslcm-cli export PROFILE --as FORMAT [--output FILE] [--with-password]` and
// `sslcm-cli export --all [--output FILE]` (sslcm JSON, never with secrets). Warnings go to
// `err`. The password is written only with --with-password and only into a file (mode 0600).
// Exit status: 0 written, 2 failure, 3 usage error.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    // `arguments` start with "export".
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString help();
};
