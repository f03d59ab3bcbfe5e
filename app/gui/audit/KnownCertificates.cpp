// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KnownCertificates.h"

#include "cert/CertificateLoader.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

QList<KnownCertificate> KnownCertificates::collect(const QList<Profile> &profiles,
                                                   const QList<AuditResult> &lastAudit)
{
    QList<KnownCertificate> all;
    for (const Profile &profile : profiles) {
        const AuditResult *audited = nullptr;
        for (const AuditResult &r : lastAudit) {
            if (r.target.saved && r.target.profile.id == profile.id)
                audited = &r;
        }
        QSet<QByteArray> seen;
        const auto add = [&](const AuditCertificate &c) {
            if (!c.notAfter.isValid() || (!c.sha256.isEmpty() && seen.contains(c.sha256)))
                return;
            seen.insert(c.sha256);
            all.append({profile.id, profile.name, profile.host, c});
        };
        if (audited) {
            for (const AuditCertificate &c : audited->certificates) {
                if (c.source == AuditCertificate::Source::ServerChain
                    || c.source == AuditCertificate::Source::Anchor)
                    add(c);
            }
        }
        // The files as they are now; the audit's copy when a file cannot be read any more.
        const auto addFile = [&](const QString &path, AuditCertificate::Source source) {
            if (path.isEmpty())
                return;
            const CertificateLoadResult loaded = CertificateLoader::loadFile(path);
            if (loaded.ok()) {
                const int count = source == AuditCertificate::Source::ClientCertificate
                        ? 1
                        : int(loaded.certificates.size());
                for (int i = 0; i < count; ++i)
                    add(AuditCertificate::from(loaded.certificates.at(i), source, i, path));
                return;
            }
            if (!audited)
                return;
            for (const AuditCertificate &c : audited->certificates) {
                if (c.source == source)
                    add(c);
            }
        };
        addFile(profile.caFile, AuditCertificate::Source::CaFile);
        addFile(profile.clientCertificate, AuditCertificate::Source::ClientCertificate);
    }
    return all;
}

QList<KnownCertificate>
KnownCertificates::expiringWithin(const QList<KnownCertificate> &certificates, int warnDays,
                                  const QDateTime &nowUtc)
{
    const QDateTime limit = nowUtc.addDays(warnDays);
    QList<KnownCertificate> soon;
    for (const KnownCertificate &c : certificates) {
        if (c.certificate.notAfter <= limit)
            soon.append(c);
    }
    std::stable_sort(soon.begin(), soon.end(),
                     [](const KnownCertificate &a, const KnownCertificate &b) {
                         return a.certificate.notAfter < b.certificate.notAfter;
                     });
    return soon;
}

QString KnownCertificates::sourceName(const AuditCertificate &certificate)
{
    switch (certificate.source) {
    case AuditCertificate::Source::ServerChain:
        if (certificate.depth == 0)
            return QCoreApplication::translate("KnownCertificates", "server certificate");
        return QCoreApplication::translate("KnownCertificates", "server chain, intermediate");
    case AuditCertificate::Source::Anchor:
        return QCoreApplication::translate("KnownCertificates", "trust anchor");
    case AuditCertificate::Source::CaFile:
        return QCoreApplication::translate("KnownCertificates", "CA file");
    case AuditCertificate::Source::ClientCertificate:
        return QCoreApplication::translate("KnownCertificates", "client certificate");
    }
    return {};
}
