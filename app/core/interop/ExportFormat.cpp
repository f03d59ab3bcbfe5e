// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFormat.h"

#include <QCoreApplication>

QList<ExportFormat> ExportFormats::all()
{
    return {ExportFormat::MysqlCommand, ExportFormat::MariadbCommand,
            ExportFormat::OptionFile,   ExportFormat::Uri,
            ExportFormat::PhpPdo,       ExportFormat::PyMySql,
            ExportFormat::MysqlClient,  ExportFormat::JdbcMysql,
            ExportFormat::JdbcMariadb,  ExportFormat::NodeMysql2,
            ExportFormat::Go,           ExportFormat::DotNet,
            ExportFormat::Qt,           ExportFormat::SslcmJson};
}

QString ExportFormats::key(ExportFormat format)
{
    switch (format) {
    case ExportFormat::MysqlCommand:
        return QStringLiteral("mysql");
    case ExportFormat::MariadbCommand:
        return QStringLiteral("mariadb");
    case ExportFormat::OptionFile:
        return QStringLiteral("my.cnf");
    case ExportFormat::Uri:
        return QStringLiteral("uri");
    case ExportFormat::PhpPdo:
        return QStringLiteral("php-pdo");
    case ExportFormat::PyMySql:
        return QStringLiteral("pymysql");
    case ExportFormat::MysqlClient:
        return QStringLiteral("mysqlclient");
    case ExportFormat::JdbcMysql:
        return QStringLiteral("jdbc-mysql");
    case ExportFormat::JdbcMariadb:
        return QStringLiteral("jdbc-mariadb");
    case ExportFormat::NodeMysql2:
        return QStringLiteral("node-mysql2");
    case ExportFormat::Go:
        return QStringLiteral("go");
    case ExportFormat::DotNet:
        return QStringLiteral("dotnet");
    case ExportFormat::Qt:
        return QStringLiteral("qt");
    case ExportFormat::SslcmJson:
        return QStringLiteral("sslcm-json");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ExportFormat> ExportFormats::fromKey(QStringView key)
{
    const QString k = key.trimmed().toString().toLower();
    for (ExportFormat f : all()) {
        if (ExportFormats::key(f) == k)
            return f;
    }
    if (k == QLatin1String("option-file") || k == QLatin1String("cnf"))
        return ExportFormat::OptionFile;
    return std::nullopt;
}

QString ExportFormats::displayName(ExportFormat format)
{
    const char *context = "ExportFormat";
    switch (format) {
    case ExportFormat::MysqlCommand:
        return QCoreApplication::translate(context, "mysql command line");
    case ExportFormat::MariadbCommand:
        return QCoreApplication::translate(context, "mariadb command line");
    case ExportFormat::OptionFile:
        return QCoreApplication::translate(context, "Option file ([client] group)");
    case ExportFormat::Uri:
        return QCoreApplication::translate(context, "Connection URI");
    case ExportFormat::PhpPdo:
        return QCoreApplication::translate(context, "PHP (PDO)");
    case ExportFormat::PyMySql:
        return QCoreApplication::translate(context, "Python (PyMySQL)");
    case ExportFormat::MysqlClient:
        return QCoreApplication::translate(context, "Python (mysqlclient)");
    case ExportFormat::JdbcMysql:
        return QCoreApplication::translate(context, "Java (MySQL Connector/J)");
    case ExportFormat::JdbcMariadb:
        return QCoreApplication::translate(context, "Java (MariaDB Connector/J)");
    case ExportFormat::NodeMysql2:
        return QCoreApplication::translate(context, "Node.js (mysql2)");
    case ExportFormat::Go:
        return QCoreApplication::translate(context, "Go (go-sql-driver/mysql)");
    case ExportFormat::DotNet:
        return QCoreApplication::translate(context, ".NET (MySqlConnector)");
    case ExportFormat::Qt:
        return QCoreApplication::translate(context, "Qt (QSqlDatabase)");
    case ExportFormat::SslcmJson:
        return QCoreApplication::translate(context, "sslcm profiles (JSON)");
    }
    Q_UNREACHABLE();
    return {};
}

bool ExportFormats::isApplicationSnippet(ExportFormat format)
{
    switch (format) {
    case ExportFormat::MysqlCommand:
    case ExportFormat::MariadbCommand:
    case ExportFormat::OptionFile:
    case ExportFormat::Uri:
    case ExportFormat::SslcmJson:
        return false;
    default:
        return true;
    }
}
