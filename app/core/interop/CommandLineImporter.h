// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QCoreApplication>
#include <QString>

// A `mysql` or `mariadb` command line pasted in: `mysql -h db.example.com -P 3306 -u app -D shop
// --ssl-mode=VERIFY_IDENTITY --ssl-ca=/etc/ca.pem`, also `--ssl --ssl-verify-server-cert`, the
// attached short forms (`-uapp`, `-pSECRET`), and a trailing database name. Nothing is expanded
// or executed.
class CommandLineImporter
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineImporter)
public:
    static constexpr qsizetype maxLength = 64 * 1024;
    static ImportResult parse(const QString &commandLine);
    static QString formatName();
};
