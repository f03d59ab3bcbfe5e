// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

// Versions of sslcm and of the libraries actually loaded at run time (not the ones compiled
// against), for the About dialog, `sslcm-cli --version` and support tickets.
struct RuntimeVersions
{
    QString sslcm;
    QString qt;
    QString openssl;
    // Client library behind Qt's QMYSQL driver, e.g. "libmariadb 3.3.20"; empty with
    // mysqlClientProblem set when the driver could not be loaded.
    QString mysqlClient;
    QString mysqlClientPath;
    QString mysqlClientProblem;
    QString operatingSystem; // "Debian GNU/Linux 12 (bookworm), x86_64"

    // Translated label and value pairs, in display order: sslcm, Qt, OpenSSL, MySQL client
    // library, operating system.
    QList<std::pair<QString, QString>> rows() const;
    // The rows as "label value" lines, for `sslcm-cli --version`, About's Copy and tickets.
    static QString text(const QList<std::pair<QString, QString>> &rows);
};

namespace BuildInfo {
QString sslcmVersion();
// Loads the QMYSQL plugin if needed to find the client library in this process.
RuntimeVersions runtimeVersions();
// The same, the MySQL client library's fields only (mysqlClient, mysqlClientPath,
// mysqlClientProblem): without the operating system's name, which costs a file read.
RuntimeVersions mysqlClientVersions();
} // namespace BuildInfo
