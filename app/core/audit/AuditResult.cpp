// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditResult.h"

#include "cert/CertificateInfo.h"

#include <algorithm>

namespace {

struct SeverityName
{
    AuditSeverity severity;
    const char *key;
};

constexpr SeverityName severityNames[] = {
        {AuditSeverity::Ok, "ok"},
        {AuditSeverity::Notice, "notice"},
        {AuditSeverity::Warning, "warning"},
        {AuditSeverity::Failure, "failure"},
};

struct SourceName
{
    AuditCertificate::Source source;
    const char *key;
};

constexpr SourceName sourceNames[] = {
        {AuditCertificate::Source::ServerChain, "server-chain"},
        {AuditCertificate::Source::Anchor, "anchor"},
        {AuditCertificate::Source::CaFile, "ca-file"},
        {AuditCertificate::Source::ClientCertificate, "client-certificate"},
};

} // namespace

QString AuditSeverities::key(AuditSeverity severity)
{
    for (const SeverityName &n : severityNames)
        if (n.severity == severity)
            return QLatin1String(n.key);
    return {};
}

std::optional<AuditSeverity> AuditSeverities::fromKey(QStringView key)
{
    for (const SeverityName &n : severityNames)
        if (key == QLatin1String(n.key))
            return n.severity;
    return std::nullopt;
}

QString AuditSeverities::displayName(AuditSeverity severity)
{
    switch (severity) {
    case AuditSeverity::Ok:
        //: The severity of an audit finding: nothing to do
        return QCoreApplication::translate("AuditSeverity", "OK");
    case AuditSeverity::Notice:
        //: The severity of an audit finding: worth knowing, nothing is wrong
        return QCoreApplication::translate("AuditSeverity", "Notice");
    case AuditSeverity::Warning:
        return QCoreApplication::translate("AuditSeverity", "Warning");
    case AuditSeverity::Failure:
        return QCoreApplication::translate("AuditSeverity", "Failure");
    }
    return {};
}

QString AuditCertificateSources::key(AuditCertificate::Source source)
{
    for (const SourceName &n : sourceNames)
        if (n.source == source)
            return QLatin1String(n.key);
    return {};
}

std::optional<AuditCertificate::Source> AuditCertificateSources::fromKey(QStringView key)
{
    for (const SourceName &n : sourceNames)
        if (key == QLatin1String(n.key))
            return n.source;
    return std::nullopt;
}

QString AuditTarget::key() const
{
    if (saved)
        return QStringLiteral("profile:") + profile.id.toString(QUuid::WithoutBraces);
    return QStringLiteral("host:%1:%2").arg(profile.host).arg(profile.port);
}

QString AuditTarget::displayName() const
{
    if (saved)
        return profile.name;
    return profile.addressText();
}

AuditSeverity AuditResult::severity() const
{
    AuditSeverity worst = AuditSeverity::Ok;
    for (const AuditFinding &f : findings)
        worst = std::max(worst, f.severity);
    return worst;
}

const AuditFinding *AuditResult::finding(QStringView check) const
{
    for (const AuditFinding &f : findings)
        if (f.check == check)
            return &f;
    return nullptr;
}

QDateTime AuditResult::nextExpiry() const
{
    QDateTime soonest;
    for (const AuditCertificate &c : certificates) {
        if (!c.notAfter.isValid())
            continue;
        if (!soonest.isValid() || c.notAfter < soonest)
            soonest = c.notAfter;
    }
    return soonest;
}

AuditSummary AuditSummary::of(const QList<AuditResult> &results, int warnDays,
                              const QDateTime &nowUtc)
{
    AuditSummary s;
    const QDateTime threshold = nowUtc.addDays(warnDays);
    for (const AuditResult &r : results) {
        ++s.targets;
        if (r.verified)
            ++s.verified;
        switch (r.severity()) {
        case AuditSeverity::Failure:
            ++s.failures;
            break;
        case AuditSeverity::Warning:
            ++s.warnings;
            break;
        default:
            break;
        }
        bool expiring = false;
        bool expired = false;
        for (const AuditCertificate &c : r.certificates) {
            if (!c.notAfter.isValid())
                continue;
            if (c.notAfter < nowUtc)
                expired = true;
            else if (c.notAfter <= threshold)
                expiring = true;
        }
        s.expiringSoon += expiring ? 1 : 0;
        s.expired += expired ? 1 : 0;
        const bool oldTls = std::any_of(r.protocols.cbegin(), r.protocols.cend(),
                                        [](const AuditProtocolSupport &p) {
                                            return p.state == AuditProtocolSupport::State::Accepted
                                                    && (p.version == QLatin1String("TLSv1")
                                                        || p.version == QLatin1String("TLSv1.1"));
                                        });
        s.acceptsOldTls += oldTls ? 1 : 0;
        if (r.accountsWithoutTls)
            s.accountsWithoutTls += int(r.accountsWithoutTls->size());
        if (r.plainSessions)
            for (const AuditPlainSessions &p : *r.plainSessions)
                s.plainSessions += p.count;
    }
    return s;
}

QString AuditSummary::text(int warnDays) const
{
    QStringList parts;
    //: Part of the audit's summary line: "12 verified"
    parts << tr("%n verified", nullptr, verified);
    if (failures > 0)
        //: Part of the audit's summary line: targets whose worst finding is a failure
        parts << tr("%n failing", nullptr, failures);
    if (warnings > 0)
        //: Part of the audit's summary line: targets whose worst finding is a warning
        parts << tr("%n with warnings", nullptr, warnings);
    if (expiringSoon > 0)
        //: Part of the audit's summary line: "3 expiring within 30 days"; %1 is "30 days"
        parts << tr("%n expiring within %1", nullptr, expiringSoon)
                         .arg(tr("%n day(s)", nullptr, warnDays));
    if (expired > 0)
        //: Part of the audit's summary line: targets with an expired certificate
        parts << tr("%n with an expired certificate", nullptr, expired);
    if (acceptsOldTls > 0)
        //: Part of the audit's summary line: targets (servers) that still accept TLS 1.0 or 1.1
        parts << tr("%n accept(s) TLS 1.0 or 1.1", nullptr, acceptsOldTls);
    if (accountsWithoutTls > 0)
        //: Part of the audit's summary line: accounts that can log in without TLS
        parts << tr("%n account(s) without REQUIRE SSL", nullptr, accountsWithoutTls);
    if (plainSessions > 0)
        //: Part of the audit's summary line: live sessions without TLS or below TLS 1.2
        parts << tr("%n session(s) without TLS 1.2 or later", nullptr, plainSessions);
    //: The audit's summary line: "40 targets: 38 verified, 3 expiring within 30 days, ..."
    return tr("%n target(s): %1", nullptr, targets).arg(parts.join(QStringLiteral(", ")));
}

AuditCertificate AuditCertificate::from(const CertificateInfo &info, Source source, int depth,
                                        const QString &file)
{
    AuditCertificate c;
    c.source = source;
    c.depth = depth;
    c.subject = info.subjectLine();
    c.issuer = info.issuerLine();
    c.notBefore = info.notBefore;
    c.notAfter = info.notAfter;
    c.sha256 = info.sha256;
    c.der = info.der;
    c.file = file;
    return c;
}
