// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildInfo.h"

#include "BuildInfoConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#include <QSqlDatabase>
#include <QUuid>

#include <openssl/crypto.h>

#include <dlfcn.h>
#include <link.h>

namespace {

struct LoadedLibrary
{
    QString path;
    QString family;
};

int findClientLibrary(dl_phdr_info *info, size_t, void *data)
{
    auto *found = static_cast<LoadedLibrary *>(data);
    const QString path = QString::fromLocal8Bit(info->dlpi_name);
    const QString file = QFileInfo(path).fileName();
    if (file.startsWith(QLatin1String("libmariadb.so"))) {
        *found = {path, QStringLiteral("libmariadb")};
        return 1;
    }
    if (file.startsWith(QLatin1String("libmysqlclient.so"))) {
        *found = {path, QStringLiteral("libmysqlclient")};
        return 1;
    }
    return 0;
}

void ensureMysqlDriverLoaded()
{
    // Creating a QMYSQL connection object loads the plugin and with it the client library.
    const QString name = QStringLiteral("sslcm-version-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
        Q_UNUSED(db);
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

QString BuildInfo::sslcmVersion()
{
    return QStringLiteral(SSLCM_VERSION_STRING);
}

RuntimeVersions BuildInfo::runtimeVersions()
{
    RuntimeVersions v = mysqlClientVersions();
    v.sslcm = sslcmVersion();
    v.qt = QString::fromLatin1(qVersion());
    v.openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    v.operatingSystem = QSysInfo::prettyProductName() + QStringLiteral(", ")
            + QSysInfo::currentCpuArchitecture();
    return v;
}

RuntimeVersions BuildInfo::mysqlClientVersions()
{
    RuntimeVersions v;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QMYSQL"))) {
        v.mysqlClientProblem = QCoreApplication::translate(
                "BuildInfo",
                "Qt's MySQL driver (QMYSQL) is not installed; install the package "
                "libqt6sql6-mysql.");
        return v;
    }
    ensureMysqlDriverLoaded();
    LoadedLibrary lib;
    dl_iterate_phdr(findClientLibrary, &lib);
    if (lib.path.isEmpty()) {
        v.mysqlClientProblem = QCoreApplication::translate(
                "BuildInfo", "The MySQL client library used by QMYSQL could not be found.");
        return v;
    }
    v.mysqlClientPath = lib.path;
    void *handle = dlopen(lib.path.toLocal8Bit().constData(), RTLD_LAZY | RTLD_NOLOAD);
    using ClientInfoFn = const char *(*)();
    auto clientInfo = handle
            ? reinterpret_cast<ClientInfoFn>(dlsym(handle, "mysql_get_client_info"))
            : nullptr;
    v.mysqlClient = clientInfo ? lib.family + QLatin1Char(' ') + QString::fromLatin1(clientInfo())
                               : lib.family;
    if (handle)
        dlclose(handle);
    return v;
}

QList<std::pair<QString, QString>> RuntimeVersions::rows() const
{
    QString client = mysqlClientProblem;
    if (client.isEmpty()) {
        //: %1 is a library name and version, %2 the file it was loaded from
        client = mysqlClientPath.isEmpty()
                ? mysqlClient
                : QCoreApplication::translate("BuildInfo", "%1, loaded from %2")
                          .arg(mysqlClient, QDir::toNativeSeparators(mysqlClientPath));
    }
    return {
            {QCoreApplication::translate("BuildInfo", "sslcm:"), sslcm},
            {QCoreApplication::translate("BuildInfo", "Qt:"), qt},
            {QCoreApplication::translate("BuildInfo", "OpenSSL:"), openssl},
            {QCoreApplication::translate("BuildInfo", "MySQL client library:"), client},
            {QCoreApplication::translate("BuildInfo", "Operating system:"), operatingSystem},
    };
}

QString RuntimeVersions::text(const QList<std::pair<QString, QString>> &rows)
{
    QString text;
    for (const auto &[label, value] : rows)
        text += label + QLatin1Char(' ') + value + QLatin1Char('\n');
    return text;
}
