// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Core-internal: the OpenSSL side of TlsClientContext. Included by core .cpp files only.

#include "OpenSslPtr.h"
#include "mysql/TlsClientContext.h"

#include <QMutex>
#include <QString>

#include <map>

// What a connection's SSL object carries for session resumption; it lives as long as that SSL
// object.
struct TlsResumptionSlot
{
    TlsClientContext *context = nullptr;
    QString key;
    bool verified = false; // only sessions of a server that passed verification are kept
};

struct TlsClientContext::Private
{
    explicit Private(SslCtxPtr context)
        : ctx(std::move(context))
    { }

    SSL_CTX *handle() const { return ctx.get(); }

    // TLS session resumption: the last session with a server that passed verification, by a key
    // naming the server and everything the verification depended on (host, port, mode, pin).
    // A resumed session carries the verified identity of the full handshake it came from.
    SslSessionPtr takeSession(const QString &key) const;
    // Keeps a copy of `session` (borrowed: the caller keeps its own reference).
    void storeSession(const QString &key, SSL_SESSION *session);
    // Where an SSL object keeps its TlsResumptionSlot (SSL_set_ex_data).
    static int resumptionSlotIndex();
    // Whether a protocol scan's handshake (Settings::scanVersions) that SSL_connect ended with
    // `lastError` (ERR_peek_last_error()) ended where the scan stops it on purpose: the server
    // has chosen version and cipher (ServerHello) and sent what comes next.
    static bool scanReachedServerChoice(const SSL *ssl, unsigned long lastError);

    const SslCtxPtr ctx;
    mutable QMutex sessionsMutex;
    std::map<QString, SslSessionPtr> sessions;
};
