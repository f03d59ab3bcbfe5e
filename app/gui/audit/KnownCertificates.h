// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditResult.h"
#include "profile/Profile.h"

#include <QList>
#include <QUuid>

// A certificate sslcm knows, with the connection it belongs to.
struct KnownCertificate
{
    QUuid profileId;
    QString profileName;
    QString host;
    AuditCertificate certificate;
};

// Every certificate sslcm knows, per connection in the store's order: the server chain and
// anchor from the last audit, and the connection's CA file and client certificate as the files
// hold them now (from the audit when a file cannot be read). Each certificate once per
// connection. Reads the profiles' certificate files (local, size-limited).
namespace KnownCertificates {
QList<KnownCertificate> collect(const QList<Profile> &profiles,
                                const QList<AuditResult> &lastAudit);
// Those that expire within `warnDays` of `nowUtc`, or have expired; soonest first.
QList<KnownCertificate> expiringWithin(const QList<KnownCertificate> &certificates, int warnDays,
                                       const QDateTime &nowUtc);
// "server certificate", "CA file", ... (translated)
QString sourceName(const AuditCertificate &certificate);
} // namespace KnownCertificates
