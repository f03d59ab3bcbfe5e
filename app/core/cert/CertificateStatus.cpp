// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cert/CertificateStatus.h"

#include "cert/CertificateDisplay.h"

CertificateStatus CertificateStatus::evaluate(const CertificateInfo &c, const Context &context)
{
    CertificateStatus s;
    const QDateTime &now = context.now;
    if (!context.host.isEmpty() && !context.hostMatches) {
        s.kind = Kind::NameMismatch;
        s.text = tr("Name mismatch");
        s.details = context.hostProblem;
    } else if (c.isExpiredAt(now)) {
        s.kind = Kind::Expired;
        s.text = tr("Expired");
        s.details = tr("Expired on %1, %2 ago.")
                            .arg(CertificateDisplay::date(c.notAfter),
                                 CertificateDisplay::duration(c.secondsLeft(now)));
    } else if (c.isNotYetValidAt(now)) {
        s.kind = Kind::NotYetValid;
        s.text = tr("Not yet valid");
        s.details = tr("Valid from %1, in %2.")
                            .arg(CertificateDisplay::date(c.notBefore),
                                 CertificateDisplay::duration(now.secsTo(c.notBefore)));
    } else if (context.trustChecked && !context.trusted) {
        s.kind = Kind::Untrusted;
        s.text = tr("Untrusted");
        s.details = context.trustProblem;
    } else if (c.secondsLeft(now) < qint64(expiresSoonDays) * 86400) {
        const int days = int(c.secondsLeft(now) / 86400);
        s.kind = Kind::ExpiresSoon;
        s.text = tr("Expires in %n day(s)", nullptr, days);
        s.details = tr("Valid until %1; renew it soon.").arg(CertificateDisplay::date(c.notAfter));
    } else if (c.selfSigned && !context.trustChecked) {
        s.kind = Kind::SelfSigned;
        s.text = tr("Self-signed");
        s.details = tr("Signed by its own key: trust it only if you know where it came from. "
                       "Valid until %1.")
                            .arg(CertificateDisplay::date(c.notAfter));
    } else {
        s.kind = Kind::Valid;
        s.text = tr("Valid");
        s.details = tr("Valid until %1 (%2 left).")
                            .arg(CertificateDisplay::date(c.notAfter),
                                 CertificateDisplay::duration(c.secondsLeft(now)));
    }
    return s;
}
