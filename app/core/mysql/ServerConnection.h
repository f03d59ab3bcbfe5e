// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/GatewaySession.h"
#include "mysql/SocketIo.h"
#include "mysql/TlsClientContext.h"
#include "profile/ServerHost.h"
#include "profile/SslMode.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

class TlsClientContext;
struct ssl_st;

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
};

// The server side of one session, run on the gateway's (or the probe's) own thread: TCP
// connect, greeting, SSLRequest, TLS handshake and verification as the mode demands. It writes
// what it learns into `session` and reports stages through `onStage`.
class ServerConnection
{
public:
    ServerConnection(const ServerTarget &target, GatewaySession &session, int cancelFd,
                     std::function<void(GatewaySession::Stage)> onStage);
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    bool connectTcp();
    // Reads the greeting. On success `greetingPayload` holds it as received.
    bool readGreeting();
    const QByteArray &greetingPayload() const { return m_greetingPayload; }
    // Sends the SSLRequest (sequence id 1) and runs the TLS handshake and the verification.
    // False leaves nothing but the SSLRequest on the wire.
    bool startTls(const QByteArray &sslRequestPayload);

    SocketIo::Endpoint &endpoint() { return m_endpoint; }
    QDeadlineTimer stageDeadline() const;
    void fail(GatewaySession::Failure failure, const QString &detail);

private:
    bool expectIdentity(ssl_st *ssl);
    bool verifyAfterHandshake();
    void collectTlsFacts();

    ServerTarget m_target;
    ServerHost m_host;
    GatewaySession &m_session;
    int m_cancelFd;
    std::function<void(GatewaySession::Stage)> m_onStage;
    SocketIo::Endpoint m_endpoint;
    QByteArray m_greetingPayload;
    QByteArray m_readAhead;
    TlsResumptionSlot m_resumption;
};
