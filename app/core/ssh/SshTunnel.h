// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/GatewaySession.h"
#include "profile/SshJump.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

// What one SSH jump needs to log in: the jump and its secrets (in memory only).
struct SshTunnelSettings
{
    SshJump jump;
    QString password;      // SshJump::Auth::Password
    QString keyPassphrase; // an encrypted key file
    // Bounds every SSH step (TCP connect, key exchange, login, opening a channel): the profile's
    // connect timeout.
    std::chrono::milliseconds timeout = std::chrono::seconds(10);
};

// One SSH session to a jump host (libssh), which carries the gateway's TCP leg to the database:
// a direct-tcpip channel from the jump host to host:port. The channel is handed to the gateway
// as one end of a socketpair, so everything after it (greeting, SSLRequest, TLS, verification,
// the held login) is unchanged, and no local TCP port exists that another local user could
// reach. No `ssh` subprocess.
//
// Sessions are shared: obtain() returns the live session for the same jump, user, key and
// secrets if there is one, so one SSH session carries several channels (test, probe, admin)
// while it is alive. A session lingers for a short while after its last channel closed and
// its last holder let go, then logs out. Each session runs on a thread of its own; libssh is
// used from that thread only.
class SshTunnel
{
public:
    ~SshTunnel();
    SshTunnel(const SshTunnel &) = delete;
    SshTunnel &operator=(const SshTunnel &) = delete;

    // The session for these settings: the live one, or a new one that connects on the first
    // openChannel(). Never touches the network.
    static std::shared_ptr<SshTunnel> obtain(const SshTunnelSettings &settings);

    struct Channel
    {
        // One end of a socketpair, non-blocking, close-on-exec; the caller owns and closes it.
        // Bytes written to it reach host:port through the jump host, and what the database
        // sends arrives on it. End of stream when the channel closes. -1 on failure.
        int fd = -1;
        GatewaySession::Failure failure = GatewaySession::Failure::None;
        QString detail; // not translated: libssh's or the jump host's reason
        GatewaySession::Ssh facts;
    };
    // Brings the session up if it is not (TCP connect, host key check, login: reported as
    // SshConnected, SshHostKeyChecked, SshAuthenticated through `onStage`), then opens a
    // direct-tcpip channel to host:port as the jump host resolves it. Blocks the calling thread
    // (a gateway or probe thread) until done, `deadline`, or `cancelFd` (an eventfd) fires:
    // cancelling returns within milliseconds whatever the jump host does. Thread-safe.
    //
    // Host keys: the jump host's key must be on record in ~/.ssh/known_hosts,
    // /etc/ssh/ssh_known_hosts or sslcm's own list (SshKnownHosts). An unknown key fails with
    // SshHostKeyUnknown and its fingerprint in `facts` before any login; a changed key fails
    // with SshHostKeyChanged and both fingerprints. Nothing of the login is sent in either case.
    Channel openChannel(const QString &host, quint16 port, const QDeadlineTimer &deadline,
                        int cancelFd,
                        const std::function<void(GatewaySession::Stage)> &onStage = {});

    // Channels open now, and whether the SSH session is up.
    int openChannels() const;
    bool isConnected() const;

    // Connects to the jump host only far enough to see its host key and judges it against the
    // lists; logs nothing in, sends no secret. For `sslcm-cli trust --ssh-host-key` and the
    // GUI's confirmation dialog. failure is None (known), SshHostKeyUnknown or SshHostKeyChanged,
    // or why the key could not be fetched.
    struct HostKeyCheck
    {
        GatewaySession::Failure failure = GatewaySession::Failure::None;
        QString detail;
        GatewaySession::Ssh facts; // destination, key type, fingerprint, recorded key, source
    };
    static HostKeyCheck checkHostKey(const SshJump &jump, std::chrono::milliseconds timeout,
                                     int cancelFd = -1);

    // Ends every session of this process at once and joins their threads (at exit and in tests).
    static void shutdownAll();
    // Sessions alive in this process (for tests: a reused session is not a new one).
    static int liveSessions();
    // How long a session stays up after its last channel closed and its last holder let go
    // (30 s; tests shorten it).
    static void setLinger(std::chrono::milliseconds linger);

    struct Private;

private:
    explicit SshTunnel(std::shared_ptr<Private> d);
    std::shared_ptr<Private> d;
};
