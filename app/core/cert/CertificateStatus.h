// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cert/CertificateInfo.h"

#include <QCoreApplication>

// The one verdict a badge shows for a certificate, worst first: name mismatch, expired, not yet
// valid, untrusted, expiring soon, self-signed, valid. Viewer and CLI use the same words.
class CertificateStatus
{
    Q_DECLARE_TR_FUNCTIONS(CertificateStatus)
public:
    enum class Kind {
        Valid,
        ExpiresSoon,
        SelfSigned,
        Untrusted,
        NotYetValid,
        Expired,
        NameMismatch
    };
    // Below this many days left, "expires in N days" replaces "valid".
    static constexpr int expiresSoonDays = 30;

    Kind kind = Kind::Valid;
    QString text;    // translated badge text: "Valid", "Expires in 12 days", "Expired"
    QString details; // translated sentence for tooltips and accessible descriptions

    bool isProblem() const
    {
        return kind == Kind::NameMismatch || kind == Kind::Expired || kind == Kind::NotYetValid
                || kind == Kind::Untrusted;
    }

    struct Context
    {
        QDateTime now;
        bool trustChecked = false; // a chain verification was done...
        bool trusted = false;      // ...and this certificate's chain verified
        QString trustProblem;      // OpenSSL's reason when it did not
        QString host;              // when set, the leaf must match it
        bool hostMatches = true;
        QString hostProblem;
    };
    static CertificateStatus evaluate(const CertificateInfo &certificate, const Context &context);
};
