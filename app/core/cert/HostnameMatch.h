// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cert/CertificateInfo.h"

#include <QCoreApplication>

// Does a host name or IP address match a server certificate, as RFC 6125 says and as the TLS
// gateway's OpenSSL check (SSL_set1_host with no partial wildcards) decides: DNS names from the
// subject alternative names, the subject CN only when there is no DNS name at all; a wildcard
// only as the whole left-most label, matching exactly one label, never in a public-suffix-like
// two-label name ("*.com"); IP addresses only against IP address entries.
class HostnameMatch
{
    Q_DECLARE_TR_FUNCTIONS(HostnameMatch)
public:
    bool matches = false;
    QString matchedName;        // the certificate entry that matched
    QStringList presentedNames; // what the certificate offers for this kind of host
    QString message;            // translated; why not, empty when it matches

    static HostnameMatch check(const CertificateInfo &certificate, const QString &host);
    // One pattern against one host name (both as DNS names); exposed for tests.
    static bool dnsNameMatches(const QString &pattern, const QString &host);
};
