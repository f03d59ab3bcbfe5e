// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TEMPORARY (replaced by the libssh implementation before issue #15 lands): refuses every tunnel.
#include "SshTunnel.h"

struct SshTunnel::Private
{
    SshTunnelSettings settings;
};

SshTunnel::SshTunnel(std::shared_ptr<Private> d)
    : d(std::move(d))
{ }

SshTunnel::~SshTunnel() = default;

std::shared_ptr<SshTunnel> SshTunnel::obtain(const SshTunnelSettings &settings)
{
    auto p = std::make_shared<Private>();
    p->settings = settings;
    return std::shared_ptr<SshTunnel>(new SshTunnel(p));
}

SshTunnel::Channel SshTunnel::openChannel(const QString &, quint16, const QDeadlineTimer &, int,
                                          const std::function<void(GatewaySession::Stage)> &)
{
    Channel c;
    c.failure = GatewaySession::Failure::SshConnectFailed;
    c.detail = QStringLiteral("SSH tunnels are not built yet");
    c.facts.destination = d->settings.jump.destination();
    return c;
}

int SshTunnel::openChannels() const
{
    return 0;
}

bool SshTunnel::isConnected() const
{
    return false;
}

SshTunnel::HostKeyCheck SshTunnel::checkHostKey(const SshJump &jump, std::chrono::milliseconds, int)
{
    HostKeyCheck c;
    c.failure = GatewaySession::Failure::SshConnectFailed;
    c.detail = QStringLiteral("SSH tunnels are not built yet");
    c.facts.destination = jump.destination();
    return c;
}

void SshTunnel::shutdownAll() { }

int SshTunnel::liveSessions()
{
    return 0;
}
