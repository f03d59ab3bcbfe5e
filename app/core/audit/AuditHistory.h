// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// The last audit, kept in sslcm's data folder (never the profile store): last-audit.json next
// to profiles.json's folder (QStandardPaths::AppDataLocation), mode 0600, written atomically.
// Shown at start-up with its age, and the source of AuditOptions::previousLeafSha256.
class AuditHistory
{
    Q_DECLARE_TR_FUNCTIONS(AuditHistory)
public:
    // `path` empty: the default location.
    explicit AuditHistory(QString path = {});

    QString path() const;

    struct Loaded
    {
        QList<AuditResult> results;
        QDateTime startedAt; // UTC; invalid when there is no last audit
        int warnDays = 30;
        // Translated, when a file exists but cannot be read: it is left as it is (renamed
        // aside to last-audit.json.damaged-<time>) and the next audit writes a new one.
        QString error;
        bool exists() const { return startedAt.isValid(); }
    };
    Loaded load() const;
    // Returns a translated error, or empty.
    QString save(const QList<AuditResult> &results, int warnDays, const QDateTime &startedAt) const;

    // The server certificate fingerprints of a loaded audit, by AuditTarget::key().
    static QHash<QString, QByteArray> leafFingerprints(const QList<AuditResult> &results);

private:
    QString m_path;
};
