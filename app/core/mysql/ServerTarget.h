// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/SslMode.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <memory>

class SshTunnel;
class TlsClientContext;

// Where and how to reach a server: what the gateway and the probe share.
struct ServerTarget
{
    // As configured. ServerConnection reads it once with ServerHost::parse: the address connected
    // to, the identity checked and the SNI name all come from that parse.
    QString host;
    quint16 port = 3306;
    SslMode mode = SslMode::VerifyIdentity;
    QByteArray pinnedSha256; // enforced in every TLS mode when set
    std::chrono::milliseconds timeout = std::chrono::seconds(10); // per stage
    std::shared_ptr<TlsClientContext> tls; // required unless mode is Disabled
    // The probe: verification is judged and recorded but never ends the handshake early, so
    // the whole chain and the TLS facts can be shown. Never used when credentials follow.
    bool observeOnly = false;
    // Reach host:port through this SSH jump host instead of connecting directly: the channel
    // replaces the TCP connection, and `host` is still what the certificate is checked against.
    std::shared_ptr<SshTunnel> tunnel;
};
