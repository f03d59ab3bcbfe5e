// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/GatewaySession.h"
#include "mysql/ServerTarget.h"

// The gateway without a client: greeting, SSLRequest, TLS handshake, the chain and the
// verification result — sending no user name, no password and no client certificate. Used for
// "Fetch server certificate" and to explain failures. Each probe counts as an aborted connection
// on the server (a warning in its log), so probe on demand, never in a loop.
class ServerProbe
{
public:
    explicit ServerProbe(const ServerTarget &target);
    ~ServerProbe();
    ServerProbe(const ServerProbe &) = delete;
    ServerProbe &operator=(const ServerProbe &) = delete;

    // Blocks the calling thread (use a worker thread in the GUI); every stage is bounded by
    // the target's timeout. The session's failure says what the mode would have refused.
    GatewaySession run();
    // Thread-safe; run() returns promptly with Failure::Cancelled.
    void cancel();

private:
    ServerTarget m_target;
    int m_cancelFd = -1;
};
