// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

struct ssl_ctx_st;
struct ssl_session_st;

// What a connection's SSL object carries for session resumption (see TlsClientContext); it
// lives as long as that SSL object.
struct TlsResumptionSlot
{
    class TlsClientContext *context = nullptr;
    QString key;
    bool verified = false; // only sessions of a server that passed verification are kept
};

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

    ssl_ctx_st *handle() const { return m_ctx; }

    // TLS session resumption: the last session with a server that passed verification, by a key
    // naming the server and everything the verification depended on (host, port, mode, pin).
    // A resumed session carries the verified identity of the full handshake it came from.
    // takeSession() returns a new reference (or null); storeSession() takes one over.
    ssl_session_st *takeSession(const QString &key) const;
    void storeSession(const QString &key, ssl_session_st *session);
    // Where an SSL object keeps its TlsResumptionSlot (SSL_set_ex_data).
    static int resumptionSlotIndex();
    // The settings the context was made with, without the passphrase.
    const Settings &settings() const { return m_settings; }
    bool hasClientCertificate() const { return !m_settings.clientCertificate.isEmpty(); }
    // False when no CA file or directory is set: the system's trusted CAs are used.
    bool usesCustomCa() const
    {
        return !m_settings.caFile.isEmpty() || !m_settings.caDirectory.isEmpty();
    }

private:
    TlsClientContext(ssl_ctx_st *ctx, const Settings &settings);
    ssl_ctx_st *m_ctx;
    Settings m_settings;
    mutable QMutex m_sessionsMutex;
    QHash<QString, ssl_session_st *> m_sessions;
};
