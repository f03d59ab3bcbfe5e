// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cert/CertificateInfo.h"

#include <QCoreApplication>

// The one place that turns certificate facts into text for people: the viewer, the file pickers
// and sslcm-cli all format dates, fingerprints, names and durations through these functions.
class CertificateDisplay
{
    Q_DECLARE_TR_FUNCTIONS(CertificateDisplay)
public:
    // "AB:CD:..:EF", upper case, as `openssl x509 -fingerprint` prints it.
    static QString fingerprint(const QByteArray &digest);
    // Hex with colons for key identifiers, "-" when empty.
    static QString hexBytes(const QByteArray &bytes);
    // "C=DE, O=Example, CN=db.example.com": encoding order, ", " between RDNs and " + " inside a
    // multi-valued RDN, UTF-8 unescaped; exactly what
    // `openssl x509 -nameopt utf8,sep_comma_plus_space,sname` prints.
    static QString name(const CertificateInfo::Name &name);
    // "2031-05-04"
    static QString date(const QDateTime &when);
    // "2031-05-04 12:00:00 UTC"
    static QString dateTimeUtc(const QDateTime &when);
    // Local time with its offset, "2031-05-04 14:00:00 +02:00", for screens (UTC goes in tooltips).
    static QString dateTimeLocal(const QDateTime &when);
    // The coarsest unit that fits: "4 years", "3 months", "12 days", "5 hours", "less than an
    // hour". Negative values are treated as their absolute value.
    static QString duration(qint64 seconds);
    // "RSA 2048", "EC P-256", "Ed25519"
    static QString keyDescription(const QString &algorithm, int bits, const QString &curve);
};
