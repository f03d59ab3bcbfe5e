// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cert/CertificateInfo.h"

#include <QCoreApplication>

// The outcome of verifying a chain with OpenSSL: every problem OpenSSL found (not just the first),
// each with the depth of the certificate it concerns (0 = the leaf) and OpenSSL's own reason.
struct ChainVerification
{
    struct Problem
    {
        int depth = 0;
        int code = 0;    // X509_V_ERR_*
        QString reason;  // OpenSSL's text, "certificate has expired"
        QString subject; // one-line subject of the certificate at that depth, when known
    };

    bool verified = false;
    QString message; // translated summary; for a setup problem (unreadable CA file) the reason
    QList<Problem> problems;
    QList<CertificateInfo> chain; // leaf first, as OpenSSL built it (up to the trust anchor)

    bool hasProblem(int code) const;
};

// Verifies a certificate chain against trusted CAs at an explicit time. No network access: CRLs
// and OCSP are not consulted.
class ChainVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ChainVerifier)
public:
    // `chain` starts with the certificate to verify; the rest are untrusted intermediates in any
    // order. Trust comes from a CA file, a hashed CA directory (`c_rehash`), or both.
    static ChainVerification verify(const QList<CertificateInfo> &chain, const QString &caFile,
                                    const QString &caDirectory, const QDateTime &now);
    // The same, trusting exactly `trusted`.
    static ChainVerification verify(const QList<CertificateInfo> &chain,
                                    const QList<CertificateInfo> &trusted, const QDateTime &now);
    // The same, trusting the system's CAs: the ones a connection without a CA file or folder
    // trusts (OpenSSL's default locations, which SSL_CERT_FILE and SSL_CERT_DIR override).
    static ChainVerification verifyWithSystemCas(const QList<CertificateInfo> &chain,
                                                 const QDateTime &now);
};
