// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionImporter.h"

#include "CommandLineImporter.h"
#include "ConnectionUri.h"
#include "DBeaverImporter.h"
#include "OptionFileImporter.h"
#include "ProfileBundle.h"
#include "SshConfigImporter.h"
#include "WorkbenchImporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

enum class Kind { OptionFile, Workbench, DBeaver, Bundle, SshConfig, Binary };

Kind detect(const QByteArray &data)
{
    if (data.contains('\0'))
        return Kind::Binary;
    const QByteArray head = data.left(4096).trimmed();
    if (head.startsWith('<'))
        return Kind::Workbench;
    if (head.startsWith('{')) {
        if (ProfileBundle::looksLikeBundle(head))
            return Kind::Bundle;
        return Kind::DBeaver;
    }
    if (SshConfigImporter::looksLikeSshConfig(data.left(64 * 1024)))
        return Kind::SshConfig;
    return Kind::OptionFile;
}

QString genericFormat()
{
    return ConnectionImporter::tr("file");
}

ImportResult checked(ImportResult result)
{
    result.checkConnections();
    return result;
}

// DBeaver's encrypted credentials-config.json next to its data-sources.json; empty if there is
// none or it cannot be read.
QByteArray dbeaverCredentials(const QString &credentialsPath)
{
    QFile file(credentialsPath);
    if (!QFileInfo(credentialsPath).isFile() || !file.open(QIODevice::ReadOnly))
        return {};
    return file.read(ConnectionImporter::maxFileBytes);
}

} // namespace

ImportResult ConnectionImporter::importFile(const QString &path)
{
    const QFileInfo info(path);
    // DBeaver's encrypted credentials chosen instead of its connections: the connections next to
    // them, which bring the credentials along.
    if (info.fileName() == QLatin1String(DBeaverImporter::credentialsFileName)) {
        const QString dataSources
                = info.dir().filePath(QLatin1String(DBeaverImporter::dataSourcesFileName));
        if (QFileInfo(dataSources).isFile())
            return importFile(dataSources);
    }
    if (!info.exists())
        return ImportResult::failure(genericFormat(), tr("\"%1\" does not exist").arg(path));
    if (!info.isFile())
        return ImportResult::failure(genericFormat(), tr("\"%1\" is not a file").arg(path));
    if (info.size() > maxFileBytes)
        return ImportResult::failure(genericFormat(),
                                     tr("\"%1\" is too large to be a connection file (%2 bytes; "
                                        "at most %3)")
                                             .arg(path)
                                             .arg(info.size())
                                             .arg(maxFileBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImportResult::failure(genericFormat(),
                                     tr("cannot read \"%1\": %2").arg(path, file.errorString()));
    const QByteArray data = file.read(maxFileBytes + 1);
    if (data.size() > maxFileBytes)
        return ImportResult::failure(genericFormat(), tr("\"%1\" is too large").arg(path));
    switch (detect(data)) {
    case Kind::OptionFile:
        return checked(OptionFileImporter::importFile(path));
    case Kind::SshConfig:
        return checked(SshConfigImporter::importFile(path));
    case Kind::DBeaver: {
        const QString credentials
                = info.dir().filePath(QLatin1String(DBeaverImporter::credentialsFileName));
        return checked(DBeaverImporter::importData(data, path, dbeaverCredentials(credentials),
                                                   credentials));
    }
    default:
        return importData(data, path);
    }
}

ImportResult ConnectionImporter::importData(const QByteArray &data, const QString &origin)
{
    if (data.size() > maxFileBytes)
        return ImportResult::failure(genericFormat(), tr("\"%1\" is too large").arg(origin));
    switch (detect(data)) {
    case Kind::Binary:
        return ImportResult::failure(
                genericFormat(),
                tr("\"%1\" is not a text file (it contains binary data)").arg(origin));
    case Kind::Workbench:
        return checked(WorkbenchImporter::importData(data, origin));
    case Kind::DBeaver:
        return checked(DBeaverImporter::importData(data, origin));
    case Kind::Bundle:
        return checked(ProfileBundle::parse(data, origin));
    case Kind::SshConfig:
        return checked(SshConfigImporter::importData(data, origin));
    case Kind::OptionFile:
        break;
    }
    return checked(OptionFileImporter::importText(data, origin));
}

ImportResult ConnectionImporter::importText(const QString &text)
{
    if (ConnectionUri::looksLikeUri(text))
        return checked(ConnectionUri::parse(text));
    return checked(CommandLineImporter::parse(text));
}
