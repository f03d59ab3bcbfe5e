// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QCoreApplication>
#include <QString>

// Connection URIs as MySQL Shell writes them,
// `mysql://user@host:3306/db?ssl-mode=VERIFY_IDENTITY&ssl-ca=%2Fetc%2Fca.pem`, and the common
// variants: `mariadb://`, `mysqlx://`, `jdbc:mysql://`, `jdbc:mariadb://`, `mysql+driver://`;
// `sslmode=`, `sslca=`, `ssl_ca=`, values in MySQL Shell's parentheses `ssl-ca=(/etc/ca.pem)`.
// `connect-timeout` is in milliseconds, as in MySQL Shell and the JDBC drivers.
class ConnectionUri
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionUri)
public:
    static constexpr qsizetype maxLength = 64 * 1024;

    static bool looksLikeUri(const QString &text);
    static ImportResult parse(const QString &text);
    // MySQL Shell style. The password is written only when `password` is not empty.
    static QString format(const Profile &profile, const QString &password = {});
    static QString formatName();
};
