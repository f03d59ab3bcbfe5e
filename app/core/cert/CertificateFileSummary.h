// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cert/CertificateInfo.h"
#include "cert/PrivateKeyInfo.h"

#include <QCoreApplication>

// What a file picker shows under a CA / client certificate / key field, in one call: "This file
// holds 1 CA certificate, RSA 2048, valid until 2031-05-04 (4 years)." or one precise problem.
class CertificateFileSummary
{
    Q_DECLARE_TR_FUNCTIONS(CertificateFileSummary)
public:
    // What the picked file is supposed to be.
    enum class Role { CaCertificates, ClientCertificate, PrivateKey, AnyCertificate };
    enum class Problem {
        None,
        NotFound,
        Unreadable,
        TooLarge,
        Empty,
        NotACertificateFile,
        PrivateKeyInsteadOfCertificate,
        CertificateInsteadOfPrivateKey,
        Damaged,
        Expired,
        NotYetValid,
        NotACa,
        PassphraseNeeded, // a key: not a failure, but the user will be asked
        UnsupportedKey,
    };

    Problem problem = Problem::None;
    QString text; // translated; the summary or the problem, one or two sentences
    int certificateCount = 0;
    CertificateInfo first; // the first certificate (or the leaf), when there is one
    PrivateKeyInfo key;    // for Role::PrivateKey

    bool ok() const { return problem == Problem::None || problem == Problem::PassphraseNeeded; }

    static CertificateFileSummary inspect(const QString &path, Role role, const QDateTime &now);
    // The same for bytes already in memory (pasted text, a dropped file).
    static CertificateFileSummary inspectData(const QByteArray &data, Role role,
                                              const QDateTime &now);
};
