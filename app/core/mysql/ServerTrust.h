// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/GatewaySession.h"
#include "profile/Profile.h"

#include <QCoreApplication>

#include <optional>

// Trust on first use, the two honest ways forward when a server's certificate cannot be
// verified (self-signed, unknown CA): take the CA certificate at the top of the chain the server
// presented as the profile's CA file, or pin the server certificate's SHA-256 fingerprint. Both
// are shown to the user before they are trusted; a pin that changes later fails loudly.
class ServerTrust
{
    Q_DECLARE_TR_FUNCTIONS(ServerTrust)
public:
    // The DER of the certificate to trust as CA: the self-signed root the server sent, else
    // the topmost CA certificate of its chain, else (a self-signed server certificate) the
    // server certificate itself. nullopt if the chain is empty.
    static std::optional<QByteArray> chainCaCertificate(const GatewaySession &session);

    // True when the system's CAs already trust the CA certificate `der` (it is one of them, or
    // chains to one): such a CA signs certificates for hosts anywhere, so trusting it proves
    // nothing about the server unless the host name is checked too (DESIGN.md, rule 10).
    static bool systemTrusts(const QByteArray &der,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());

    struct Adopted
    {
        bool ok = false;
        QString caFile;             // where the certificate was saved
        bool systemTrusted = false; // the system already trusts it: the mode is VerifyIdentity
        QString error;              // translated
    };
    // Saves `der` as PEM in sslcm's data folder (ca/<profile id>.pem) and makes it the
    // profile's CA file. A mode that does not authenticate the server becomes VerifyCa, or
    // VerifyIdentity when the system already trusts the CA (then VerifyCa does too). The
    // caller saves the profile.
    static Adopted adoptCaCertificate(Profile &profile, const QByteArray &der,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Pins the server certificate of `session` in the profile.
    static bool pinServerCertificate(Profile &profile, const GatewaySession &session);

    // Where adopted CA certificates live: ~/.local/share/sslcm/ca
    static QString caFolder();
};
