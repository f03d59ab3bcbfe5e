// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QCoreApplication>
#include <QString>

// The one entry point for imports: looks at a file or a pasted text and hands it to the right
// importer (option file, Workbench XML, DBeaver JSON, sslcm bundle, ~/.ssh/config; URI or
// command line). Every result has been through ImportResult::checkConnections().
class ConnectionImporter
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionImporter)
public:
    static constexpr qint64 maxFileBytes = 4 * 1024 * 1024;

    // A DBeaver data-sources.json brings the credentials-config.json next to it along (and that
    // file, chosen itself, the data-sources.json next to it).
    static ImportResult importFile(const QString &path);
    // A URI or a mysql/mariadb command line, e.g. from the clipboard.
    static ImportResult importText(const QString &text);
    // A file's bytes when there is no file (fuzzing, drag and drop of data).
    static ImportResult importData(const QByteArray &data, const QString &origin);
};
