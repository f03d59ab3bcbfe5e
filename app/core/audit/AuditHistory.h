// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

// The last audit, kept in sslcm's data folder (never the profile store): last-audit.json in
// QStandardPaths::AppDataLocation (~/.local/share/sslcm, with the downloaded CAs and sslcm's SSH
// known hosts; profiles.json is in the config folder), mode 0600, written atomically.
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

    // What to keep after an audit that covered `current`: its results of saved profiles, and
    // the previous audit's results of profiles in `stillSaved` that this one did not cover (an
    // audit of some profiles does not forget the others' fingerprints). --hosts targets and
    // cancelled targets are not kept (a cancelled target keeps its previous result).
    static QList<AuditResult> merge(const QList<AuditResult> &previous,
                                    const QList<AuditResult> &current,
                                    const QSet<QUuid> &stillSaved);

private:
    QString m_path;
};
