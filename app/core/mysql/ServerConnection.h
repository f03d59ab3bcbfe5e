// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/GatewaySession.h"
#include "mysql/ServerTarget.h"
#include "mysql/SocketIo.h"
#include "mysql/TlsClientContext.h"
#include "profile/ServerHost.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QString>

#include <functional>
#include <memory>

struct TlsResumptionSlot;

// Core-internal (TlsGateway and ServerProbe use it); front ends include ServerTarget.h.
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
    bool connectThroughTunnel(const QElapsedTimer &timer, const QDeadlineTimer &deadline);
    bool expectIdentity();
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
    // What the SSL object carries for session resumption (TlsClientContext_p.h).
    std::unique_ptr<TlsResumptionSlot> m_resumption;
};
