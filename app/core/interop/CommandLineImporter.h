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
//
// An `ssh -L [BIND:]LOCAL:HOST:PORT [USER@]JUMP` line before the client (on its own line, or
// followed by `&&`), with the client connecting to that local port, is the profile's SSH jump
// host: the database is HOST:PORT as the jump host sees it, the jump host resolved through
// ~/.ssh/config as ssh resolves it (-l, -p and -i winning). Comment lines are skipped. This is
// also how the mysql and mariadb exports of a profile with a jump host read back.
class CommandLineImporter
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineImporter)
public:
    static constexpr qsizetype maxLength = 64 * 1024;
    static ImportResult parse(const QString &commandLine);
    static QString formatName();

private:
    static ImportResult throughTunnel(const QStringList &ssh, const QString &client);
};
