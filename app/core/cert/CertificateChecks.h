// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cert/CertificateInfo.h"
#include "cert/PrivateKeyInfo.h"

#include <QCoreApplication>

// A yes/no answer with the reason when it is no.
struct CheckResult
{
    bool ok = false;
    QString message; // translated; empty when ok

    explicit operator bool() const { return ok; }
};

// Checks that need no OpenSSL (the facts are already in CertificateInfo): chain order, key match,
// "is this CA file really a CA", validity at an explicit time.
class CertificateChecks
{
    Q_DECLARE_TR_FUNCTIONS(CertificateChecks)
public:
    // Does `issuer` look like the issuer of `subject` (names equal, and key identifiers equal
    // when both are present)? Signatures are ChainVerifier's business.
    static bool isIssuedBy(const CertificateInfo &subject, const CertificateInfo &issuer);
    // Orders a bundle given in any order: leaf first, then each issuer. Certificates that belong
    // to no chain through the leaf follow at the end, in their original order. Loops and
    // duplicates are tolerated (each certificate appears once).
    static QList<CertificateInfo> orderChain(const QList<CertificateInfo> &bundle);
    // Does the private key belong to the certificate (same public key)?
    static CheckResult keyMatches(const CertificateInfo &certificate, const PrivateKeyInfo &key);
    // Is the certificate usable as a trust anchor for `--ssl-ca`: CA:TRUE and, when a key usage
    // is present, keyCertSign. A server's or client's own certificate fails with a reason.
    static CheckResult isCertificateAuthority(const CertificateInfo &certificate);
    // Valid at `now`? Otherwise says "expired on ..." or "not valid before ...".
    static CheckResult isValidAt(const CertificateInfo &certificate, const QDateTime &now);
};
