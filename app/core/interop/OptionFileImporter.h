// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// MySQL / MariaDB option files (~/.my.cnf, /etc/mysql/my.cnf, --defaults-file=...): the groups
// the clients read ([client], [client-server], [client-mariadb], [mysql], [mariadb-client])
// become one profile; every other group that is not a server's or a tool's ([clientprod],
// [work-db]) becomes a profile of its own on top of them. `!include` and `!includedir` are
// followed with limits; a file that includes itself is an error, and every included file outside
// the imported file's folder (links resolved) is named in a warning.
class OptionFileImporter
{
    Q_DECLARE_TR_FUNCTIONS(OptionFileImporter)
public:
    static constexpr qint64 maxFileBytes = 1024 * 1024;
    static constexpr int maxIncludeDepth = 8;
    static constexpr int maxFiles = 64;

    static ImportResult importFile(const QString &path);
    // `origin` names the text in messages; `includeBase` is where relative includes are looked
    // up (empty: includes are not followed).
    static ImportResult importText(const QByteArray &text, const QString &origin,
                                   const QString &includeBase = {});
    static QString formatName();
};
