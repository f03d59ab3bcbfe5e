// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/Profile.h"

#include <QString>
#include <QStringList>

#include <optional>

// The arguments of MySQL's `mysql` and MariaDB's `mariadb` command-line clients for one
// connection: the one place that spells them (exports, the account statements' command line).
// Without the program name; quote them with ShellWords.
class ClientCommandLine
{
public:
    enum class Client { Mysql, Mariadb };

    struct Connection
    {
        QString host; // empty: no --host and --port
        quint16 port = 3306;
        QString user;
        QString password; // empty: a bare --password, the client asks
        SslMode mode = SslMode::VerifyIdentity;
        QString caFile;
        QString caDirectory;
        QString clientCertificate;
        QString clientKey;
        QString cipherList;
        std::optional<TlsVersion> minTlsVersion;  // none: no --tls-version
        std::optional<int> connectTimeoutSeconds; // none: no --connect-timeout
        QString database;

        static Connection fromProfile(const Profile &profile, const QString &password);
    };

    // `warnings` (translated, one line each) says where the client is weaker or stricter than
    // the connection asks.
    static QStringList arguments(const Connection &connection, Client client,
                                 QStringList *warnings = nullptr);
};
