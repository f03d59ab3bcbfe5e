// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Core-internal: the OpenSSL side of SocketIo::Endpoint. Included by core .cpp files only.

#include "OpenSslPtr.h"
#include "mysql/SocketIo.h"

namespace SocketIo {

struct TlsSession
{
    // SSL_set_fd does not take the socket over: the endpoint closes its fd itself.
    SslPtr ssl;
};

inline SSL *sslOf(const Endpoint &endpoint)
{
    return endpoint.tls ? endpoint.tls->ssl.get() : nullptr;
}

} // namespace SocketIo
