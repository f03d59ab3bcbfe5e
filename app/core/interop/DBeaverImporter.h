// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QByteArray>
#include <QCoreApplication>

// DBeaver's data-sources.json (workspace/General/.dbeaver/): the MySQL and MariaDB connections,
// with the settings of their SSL handler ("mysql_ssl": ssl.ca.cert, ssl.client.cert,
// ssl.client.key, ssl.cipher.suites, ssl.require, ssl.verify.server) and a driver property
// `sslMode` where one is set. Connections of other databases are listed as not carried over.
class DBeaverImporter
{
    Q_DECLARE_TR_FUNCTIONS(DBeaverImporter)
public:
    static constexpr qint64 maxBytes = 4 * 1024 * 1024;
    static ImportResult importData(const QByteArray &json, const QString &origin);
    static QString formatName();
};
