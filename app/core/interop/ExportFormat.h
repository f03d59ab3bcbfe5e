// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

// What a profile can be exported as.
enum class ExportFormat {
    MysqlCommand,   // mysql --ssl-mode=...
    MariadbCommand, // mariadb --ssl --ssl-verify-server-cert ...
    OptionFile,     // [client] group for --defaults-file / ~/.my.cnf
    Uri,            // mysql://user@host:port/db?ssl-mode=...
    PhpPdo,
    PyMySql,
    MysqlClient, // Python mysqlclient (MySQLdb)
    JdbcMysql,   // MySQL Connector/J
    JdbcMariadb, // MariaDB Connector/J
    NodeMysql2,
    Go,     // go-sql-driver/mysql
    DotNet, // MySqlConnector
    Qt,     // QSqlDatabase QMYSQL
    SslcmJson,
};

namespace ExportFormats {
QList<ExportFormat> all();
// Stable name for the command line: "mysql", "my.cnf", "jdbc-mariadb", "sslcm-json".
QString key(ExportFormat format);
std::optional<ExportFormat> fromKey(QStringView key);
// Translated, for people: "MySQL command line", "Python (PyMySQL)".
QString displayName(ExportFormat format);
// True for the formats meant to be pasted into an application.
bool isApplicationSnippet(ExportFormat format);
} // namespace ExportFormats
