// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

// sslcm-cli: the command-line front end. Picks the command (one CliCommand class each) and runs
// it with the shared context. Exit status: 0 success, 2 failure (one-line reason on stderr),
// 3 usage error; commands that judge something use 1 for "worked, but weaker than asked".
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    int run(const QStringList &arguments);

private:
    CliContext m_context;
};
