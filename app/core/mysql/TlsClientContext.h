// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

// One TLS protocol version, for handshakes capped at exactly that version (the fleet audit's
// protocol scan).
enum class TlsProtocolVersion { Tls1_0, Tls1_1, Tls1_2, Tls1_3 };

namespace TlsProtocolVersions {
QList<TlsProtocolVersion> all(); // oldest first
// OpenSSL's names, as SSL_get_version() reports them: "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3".
QString name(TlsProtocolVersion version);
} // namespace TlsProtocolVersions

// What the client side of a TLS connection to a server is configured with: trust anchors,
// protocol floor, ciphers and the client certificate. One OpenSSL SSL_CTX per set of settings,
// shared by every connection of a profile (loading PEM files once makes repeated connects with a
// client certificate faster than the direct driver, which re-reads them each time).
class TlsClientContext
{
    Q_DECLARE_TR_FUNCTIONS(TlsClientContext)
public:
    struct Settings
    {
        QString caFile;
        QString caDirectory;
        QString clientCertificate;
        QString clientKey;
        // In memory only, and only until the key is loaded: a context never keeps it (see
        // obtain()).
        QString keyPassphrase;
        TlsVersion minVersion = TlsVersion::Tls1_2;
        QString cipherList;
        // The protocol scan, never a login: offer the versions from `oldest` to `newest` and
        // no others (minVersion is ignored). The handshake ends on purpose when the server's
        // certificate arrives: by then the server has chosen the version and the cipher, which
        // is all a scan asks (the chain is the probe's to judge). TLS 1.0 and 1.1 also get
        // OpenSSL's security level 0 and its whole DEFAULT cipher list, without which OpenSSL 3
        // cannot offer them at all.
        struct ScanVersions
        {
            TlsProtocolVersion oldest = TlsProtocolVersion::Tls1_2;
            TlsProtocolVersion newest = TlsProtocolVersion::Tls1_2;
            bool operator==(const ScanVersions &o) const
            {
                return oldest == o.oldest && newest == o.newest;
            }
        };
        std::optional<ScanVersions> scanVersions;

        static Settings fromProfile(const Profile &profile, const QString &keyPassphrase = {});
        bool operator==(const Settings &o) const;
    };

    struct Created
    {
        std::shared_ptr<TlsClientContext> context;
        QString error;                // translated: what is wrong with which file, and what to do
        bool needsPassphrase = false; // the client key is encrypted and no/wrong passphrase given
    };

    // A context for these settings; reuses the last one made for the same settings. A context
    // whose key was unlocked by a passphrase is reused only for a caller who gives the same
    // passphrase: the cache remembers a keyed hash of it (with a random key of this process),
    // never the passphrase itself.
    static Created obtain(const Settings &settings);
    ~TlsClientContext();

    // The settings the context was made with, without the passphrase.
    const Settings &settings() const { return m_settings; }
    bool hasClientCertificate() const { return !m_settings.clientCertificate.isEmpty(); }
    // A context of the protocol scan (Settings::scanVersions): no handshake with it ever ends.
    bool isProtocolScan() const { return m_settings.scanVersions.has_value(); }
    // False when no CA file or directory is set: the system's trusted CAs are used.
    bool usesCustomCa() const
    {
        return !m_settings.caFile.isEmpty() || !m_settings.caDirectory.isEmpty();
    }

    // The OpenSSL side (SSL_CTX, resumable sessions): private/mysql/TlsClientContext_p.h, reachable
    // from sslcm_core only.
    struct Private;
    Private &internal() const { return *d; }

private:
    TlsClientContext(std::unique_ptr<Private> d, const Settings &settings);
    const std::unique_ptr<Private> d;
    Settings m_settings;
};
