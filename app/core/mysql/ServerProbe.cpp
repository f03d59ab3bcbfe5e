// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerProbe.h"

#include "mysql/ServerConnection.h"
#include "mysql/TlsClientContext.h"

#include <sys/eventfd.h>
#include <unistd.h>

ServerProbe::ServerProbe(const ServerTarget &target)
    : m_target(target)
    , m_cancelFd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    m_target.observeOnly = true;
    if (m_target.mode == SslMode::Disabled || m_target.mode == SslMode::Preferred)
        m_target.mode = SslMode::Required;
    if (m_target.tls && m_target.tls->hasClientCertificate()) {
        // The probe never shows the client certificate to anyone.
        TlsClientContext::Settings settings = m_target.tls->settings();
        settings.clientCertificate.clear();
        settings.clientKey.clear();
        settings.keyPassphrase.clear();
        m_target.tls = TlsClientContext::obtain(settings).context;
    }
}

ServerProbe::~ServerProbe()
{
    if (m_cancelFd >= 0)
        ::close(m_cancelFd);
}

void ServerProbe::cancel()
{
    const quint64 one = 1;
    [[maybe_unused]] const auto written = ::write(m_cancelFd, &one, sizeof one);
}

GatewaySession ServerProbe::run()
{
    GatewaySession session;
    if (!m_target.tls) {
        session.failure = GatewaySession::Failure::TlsHandshakeFailed;
        session.detail = QStringLiteral("no TLS settings");
        return session;
    }
    ServerConnection server(m_target, session, m_cancelFd, {});
    if (!server.connectTcp() || !server.readGreeting())
        return session;
    if (!session.greeting->offersTls()) {
        server.fail(GatewaySession::Failure::ServerOffersNoTls,
                    QStringLiteral("the server does not offer TLS (CLIENT_SSL is not set)"));
        return session;
    }
    // A probe that got through ends with a close_notify (ServerConnection's destructor).
    server.startTls(MysqlProtocol::probeSslRequest(*session.greeting));
    session.stage = GatewaySession::Stage::Closed;
    return session;
}
