// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// sslcm-cli audit --hosts FILE: one target per line, "host", "host:port", "[v6]:port"; blank
// lines and "#" comments are skipped. Each becomes a verify-identity profile against the
// system's CAs, or the given CA file. A bad line is reported with its number; the rest run.
class HostsFile
{
    Q_DECLARE_TR_FUNCTIONS(HostsFile)
public:
    struct LineProblem
    {
        int line = 0;    // 1-based
        QString text;    // the line as it was
        QString problem; // translated
    };
    struct Parsed
    {
        QList<AuditTarget> targets;
        QList<LineProblem> problems;
        QString error; // translated: the file itself could not be read
    };
    static Parsed read(const QString &path, const QString &caFile = {},
                       int connectTimeoutSeconds = 10);
    static Parsed parse(const QByteArray &content, const QString &caFile = {},
                        int connectTimeoutSeconds = 10);
};
