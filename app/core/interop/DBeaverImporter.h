// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QByteArray>
#include <QCoreApplication>

// DBeaver's data-sources.json (workspace/General/.dbeaver/): the MySQL and MariaDB connections,
// with the settings of their SSL handler ("mysql_ssl": ssl.ca.cert, ssl.client.cert,
// ssl.client.key, ssl.cipher.suites, ssl.require, ssl.verify.server), a driver property
// `sslMode` where one is set, and their SSH tunnel ("ssh_tunnel": host, port, authType PASSWORD,
// PUBLIC_KEY or AGENT, keyPath, remoteHost, remotePort) as the profile's SSH jump host.
// Connections of other databases are listed as not carried over.
//
// User names and passwords, the tunnel's included, are in credentials-config.json next to it
// ("#connection" and "network/ssh_tunnel" per connection id), encrypted with AES-128-CBC under a
// key that is the same in every copy of DBeaver. Given that file's bytes, the importer reads them:
// the users into the profiles, the passwords as secrets of the import (never into a profile).
class DBeaverImporter
{
    Q_DECLARE_TR_FUNCTIONS(DBeaverImporter)
public:
    static constexpr qint64 maxBytes = 4 * 1024 * 1024;
    static constexpr auto dataSourcesFileName = "data-sources.json";
    static constexpr auto credentialsFileName = "credentials-config.json";

    // `credentials`: the bytes of credentials-config.json (`credentialsOrigin` names it in
    // messages); empty when there is none.
    static ImportResult importData(const QByteArray &json, const QString &origin,
                                   const QByteArray &credentials = {},
                                   const QString &credentialsOrigin = {});
    static QString formatName();
};
