// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditResult.h"
#include "mysql/ProfileConnection.h"

#include <QHash>
#include <QObject>
#include <QUuid>

#include <chrono>
#include <memory>

class AuditCache;

struct AuditOptions
{
    // Log in with the profile's saved credentials, over verified TLS only (never for a
    // profile whose mode does not verify the server, never for --hosts targets).
    bool login = false;
    int concurrency = 16; // targets audited at once (1..256)
    int warnDays = 30;    // expiry within this many days is a warning
    // Per stage; zero: each profile's own connect timeout.
    std::chrono::milliseconds timeout {0};
    // Separate handshakes capped at TLS 1.0, 1.1, 1.2 and 1.3.
    bool scanProtocols = true;
    // What "now" is for expiry (tests); invalid: the clock.
    QDateTime nowUtc;
    // The secrets for logins, by profile id, read by the front end before the audit starts
    // (AuditSecrets). A profile missing here is audited without login, with a notice.
    QHash<QUuid, ConnectionSecrets> secrets;
    // Why a profile's secrets could not be read (the keychain is not running, ...): a notice
    // on that target instead of a login.
    QHash<QUuid, QString> secretProblems;
    // The last audit's server certificate fingerprints by AuditTarget::key(): a different one
    // now is the finding "certificate-changed".
    QHash<QString, QByteArray> previousLeafSha256;
};

// Audits one target, blocking the calling thread: probe (no credentials), the protocol scan,
// certificate and file checks, and, when asked and the server was verified, a login through
// ProfileConnection to read the server's TLS settings, accounts and sessions. Every step is
// bounded by the timeout; cancel() (any thread) ends it within 100 ms.
class TargetAuditor
{
public:
    TargetAuditor(AuditTarget target, const AuditOptions &options);
    // The same, sharing the files, certificates, verifications and TLS contexts it reads with
    // the other targets of a run (FleetAudit gives every target of a run the same cache).
    TargetAuditor(AuditTarget target, const AuditOptions &options,
                  std::shared_ptr<AuditCache> cache);
    ~TargetAuditor();
    TargetAuditor(const TargetAuditor &) = delete;
    TargetAuditor &operator=(const TargetAuditor &) = delete;

    AuditResult run();
    void cancel();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Many targets with bounded concurrency, off the calling thread; results stream in as each
// target finishes. Signals arrive on the thread that owns the object.
class FleetAudit : public QObject
{
    Q_OBJECT
public:
    FleetAudit(QList<AuditTarget> targets, AuditOptions options, QObject *parent = nullptr);
    ~FleetAudit() override; // cancels and waits for the workers

    void start();
    // Stops every running target within 100 ms; targets not started are not audited.
    // finished(true) follows.
    void cancel();
    bool isRunning() const;

    int total() const;
    // Results so far, in the order targets finished.
    QList<AuditResult> results() const;

Q_SIGNALS:
    void targetStarted(int index, const QString &displayName);
    void targetFinished(int index, const AuditResult &result);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
