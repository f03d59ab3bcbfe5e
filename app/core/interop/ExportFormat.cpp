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
    switch (format) {
    case ExportFormat::MysqlCommand:
        return QCoreApplication::translate("ExportFormat", "mysql command line");
    case ExportFormat::MariadbCommand:
        return QCoreApplication::translate("ExportFormat", "mariadb command line");
    case ExportFormat::OptionFile:
        return QCoreApplication::translate("ExportFormat", "Option file ([client] group)");
    case ExportFormat::Uri:
        return QCoreApplication::translate("ExportFormat", "Connection URI");
    case ExportFormat::PhpPdo:
        return QCoreApplication::translate("ExportFormat", "PHP (PDO)");
    case ExportFormat::PyMySql:
        return QCoreApplication::translate("ExportFormat", "Python (PyMySQL)");
    case ExportFormat::MysqlClient:
        return QCoreApplication::translate("ExportFormat", "Python (mysqlclient)");
    case ExportFormat::JdbcMysql:
        return QCoreApplication::translate("ExportFormat", "Java (MySQL Connector/J)");
    case ExportFormat::JdbcMariadb:
        return QCoreApplication::translate("ExportFormat", "Java (MariaDB Connector/J)");
    case ExportFormat::NodeMysql2:
        return QCoreApplication::translate("ExportFormat", "Node.js (mysql2)");
    case ExportFormat::Go:
        return QCoreApplication::translate("ExportFormat", "Go (go-sql-driver/mysql)");
    case ExportFormat::DotNet:
        return QCoreApplication::translate("ExportFormat", ".NET (MySqlConnector)");
    case ExportFormat::Qt:
        return QCoreApplication::translate("ExportFormat", "Qt (QSqlDatabase)");
    case ExportFormat::SslcmJson:
        return QCoreApplication::translate("ExportFormat", "sslcm profiles (JSON)");
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
