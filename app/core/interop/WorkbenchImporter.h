// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QByteArray>
#include <QCoreApplication>

// MySQL Workbench's connections.xml (GRT format 2.0): one `db.mgmt.Connection` object per
// connection, its settings in the `parameterValues` dict. All five `useSSL` levels map to a
// mode: 0 No, 1 If available, 2 Require, 3 Require and Verify CA, 4 Require and Verify Identity.
class WorkbenchImporter
{
    Q_DECLARE_TR_FUNCTIONS(WorkbenchImporter)
public:
    static constexpr qint64 maxBytes = 4 * 1024 * 1024;
    static ImportResult importData(const QByteArray &xml, const QString &origin);
    static bool looksLikeWorkbench(const QByteArray &head);
    static QString formatName();
};
