// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "ProcessHardening.h"
#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Before anything can hold a secret.
    ProcessHardening::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sslcm"));
    Translations::install();
    Cli cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
