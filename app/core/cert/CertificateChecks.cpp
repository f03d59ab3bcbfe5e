// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cert/CertificateChecks.h"

#include "cert/CertificateDisplay.h"

namespace {

CheckResult passed()
{
    return CheckResult {true, {}};
}

CheckResult failed(const QString &message)
{
    return CheckResult {false, message};
}

} // namespace

bool CertificateChecks::isIssuedBy(const CertificateInfo &subject, const CertificateInfo &issuer)
{
    if (subject.issuer != issuer.subject)
        return false;
    if (!subject.authorityKeyId.isEmpty() && !issuer.subjectKeyId.isEmpty())
        return subject.authorityKeyId == issuer.subjectKeyId;
    return true;
}

QList<CertificateInfo> CertificateChecks::orderChain(const QList<CertificateInfo> &bundle)
{
    QList<CertificateInfo> unique;
    for (const CertificateInfo &c : bundle)
        if (!unique.contains(c))
            unique << c;
    if (unique.size() < 2)
        return unique;

    // The leaf issues nothing in the bundle; among several such, prefer one that is not a CA.
    auto issuesSomething = [&unique](const CertificateInfo &candidate) {
        for (const CertificateInfo &other : unique)
            if (other != candidate && !other.selfSigned && isIssuedBy(other, candidate))
                return true;
        return false;
    };
    qsizetype leafIndex = -1;
    for (qsizetype i = 0; i < unique.size(); ++i) {
        if (issuesSomething(unique.at(i)))
            continue;
        if (leafIndex < 0 || (unique.at(leafIndex).isCa && !unique.at(i).isCa))
            leafIndex = i;
    }
    if (leafIndex < 0)
        leafIndex = 0; // every certificate issues another one: a loop

    QList<CertificateInfo> ordered {unique.at(leafIndex)};
    QList<bool> used(unique.size(), false);
    used[leafIndex] = true;
    while (!ordered.last().selfSigned) {
        qsizetype next = -1;
        for (qsizetype i = 0; i < unique.size() && next < 0; ++i)
            if (!used.at(i) && isIssuedBy(ordered.last(), unique.at(i)))
                next = i;
        if (next < 0)
            break;
        used[next] = true;
        ordered << unique.at(next);
    }
    for (qsizetype i = 0; i < unique.size(); ++i)
        if (!used.at(i))
            ordered << unique.at(i);
    return ordered;
}

CheckResult CertificateChecks::keyMatches(const CertificateInfo &certificate,
                                          const PrivateKeyInfo &key)
{
    if (!key.isDecoded())
        return failed(tr("The private key is encrypted; enter its passphrase to check it."));
    if (certificate.subjectPublicKeyInfo.isEmpty())
        return failed(tr("The certificate's public key could not be read."));
    if (certificate.subjectPublicKeyInfo == key.subjectPublicKeyInfo)
        return passed();
    return failed(tr("The private key (%1) does not belong to the certificate \"%2\" (%3).")
                          .arg(key.keyDescription(), certificate.displayName(),
                               certificate.keyDescription()));
}

CheckResult CertificateChecks::isCertificateAuthority(const CertificateInfo &certificate)
{
    // OpenSSL accepts a self-signed version 1 certificate as a trust anchor: it predates the
    // extensions that could say otherwise. A few roots in operating-system bundles are like that.
    if (certificate.version == 1 && certificate.selfSigned)
        return passed();
    if (!certificate.hasBasicConstraints || !certificate.isCa)
        return failed(tr("\"%1\" is not a CA certificate (it has no CA:TRUE): it looks like a "
                         "server's or client's own certificate. Use the CA certificate that "
                         "issued it.")
                              .arg(certificate.displayName()));
    if (certificate.hasKeyUsage && !certificate.keyCertSign)
        return failed(tr("\"%1\" says it is a CA but may not sign certificates (no Certificate "
                         "Sign key usage).")
                              .arg(certificate.displayName()));
    return passed();
}

CheckResult CertificateChecks::isValidAt(const CertificateInfo &certificate, const QDateTime &now)
{
    if (certificate.isExpiredAt(now))
        return failed(tr("\"%1\" expired on %2 (%3 ago).")
                              .arg(certificate.displayName(),
                                   CertificateDisplay::date(certificate.notAfter),
                                   CertificateDisplay::duration(certificate.secondsLeft(now))));
    if (certificate.isNotYetValidAt(now))
        return failed(
                tr("\"%1\" is not valid before %2 (in %3).")
                        .arg(certificate.displayName(),
                             CertificateDisplay::date(certificate.notBefore),
                             CertificateDisplay::duration(now.secsTo(certificate.notBefore))));
    return passed();
}
