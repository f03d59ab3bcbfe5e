// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/FleetAudit.h"

#include <memory>

// The audit's opt-in login (AuditOptions::login): through ProfileConnection, so only over TLS
// verified as the profile's mode demands (verify-ca, verify-identity, or a pin) — a profile that
// does not verify its server gets a notice and no login. Once in, it reads the server's TLS
// settings (have_ssl, require_secure_transport, tls_version, Ssl_server_not_after), the accounts
// that can log in without TLS (ssl_type = '' with a host pattern that is not local, when
// require_secure_transport is off) and the live sessions without TLS or below TLS 1.2 (per
// dialect, where the account may read them), and adds the facts and findings to the result.
// TargetAuditor calls it after a probe that verified the server.
class AuditLogin
{
    Q_DECLARE_TR_FUNCTIONS(AuditLogin)
public:
    explicit AuditLogin(const Profile &profile);
    ~AuditLogin();
    AuditLogin(const AuditLogin &) = delete;
    AuditLogin &operator=(const AuditLogin &) = delete;

    // Blocks; bounded by the profile's (or options') timeout. Sets result.loginAttempted,
    // loggedIn, serverSettings, accountsWithoutTls, plainSessions and appends findings
    // (login, server-tls-settings, accounts-without-tls, sessions-without-tls).
    void run(const ConnectionSecrets &secrets, const AuditOptions &options, AuditResult &result);
    // Thread-safe: run() returns promptly.
    void cancel();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
