// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/GatewaySession.h"
#include "mysql/TlsClientContext.h"
#include "profile/Profile.h"
#include "signin/SignIn.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

struct ServerTarget;

// The secrets one connection needs, in memory only and only while it is being made.
struct ConnectionSecrets
{
    ConnectionSecrets(QString password = {}, QString keyPassphrase = {}, QString sshPassword = {},
                      QString sshKeyPassphrase = {})
        : password(std::move(password))
        , keyPassphrase(std::move(keyPassphrase))
        , sshPassword(std::move(sshPassword))
        , sshKeyPassphrase(std::move(sshKeyPassphrase))
    { }

    QString password;         // for the login; a probe needs none
    QString keyPassphrase;    // for a passphrase-protected client key
    QString sshPassword;      // the SSH jump host's password (SshJump::Auth::Password)
    QString sshKeyPassphrase; // the passphrase of the SSH jump host's key file
};

// The one way sslcm reaches a server for a profile (DESIGN.md, "One connection path"): the
// staged test, the REQUIRE helper's admin session, "Fetch Server Certificate" and sslcm-cli all
// come through here. It builds what the gateway needs from the profile (address, mode, pin,
// timeouts, the TLS files), starts a TLS gateway and opens Qt's QMYSQL driver through the
// gateway's private socket on the plain local hop — or probes the server without logging in.
// The profile's password source is used here too: a command or an AWS RDS IAM token makes the
// password just before the login (signIn()), and it is used for that one login only.
// A new transport (an SSH leg) is added here, once.
//
// open() and the QSqlDatabase belong to the calling thread (QSqlDatabase is thread-affine):
// open, use and destroy the object there. cancel() may be called from any thread.
class ProfileConnection
{
    Q_DECLARE_TR_FUNCTIONS(ProfileConnection)
public:
    using StageCallback = std::function<void(GatewaySession::Stage)>;

    explicit ProfileConnection(const Profile &profile);
    // Closes and removes the QSqlDatabase and stops the gateway.
    ~ProfileConnection();
    ProfileConnection(const ProfileConnection &) = delete;
    ProfileConnection &operator=(const ProfileConnection &) = delete;

    const Profile &profile() const;

    struct Prepared
    {
        QString error;                // translated: what is wrong with which file, and what to do
        bool needsPassphrase = false; // the client key is encrypted and no/wrong passphrase
        bool ok() const { return error.isEmpty(); }
    };
    // Loads the profile's CA, client certificate and key (a protected key is decrypted in
    // memory). Nothing touches the network. open() calls it when it was not called before;
    // call it first to report a problem with the files before anything else happens.
    Prepared prepare(const QString &keyPassphrase = {});

    struct Opened
    {
        enum class Outcome {
            Opened,
            FilesUnusable, // prepare() failed: nothing was connected to
            SignInFailed,  // the password source made no password: nothing was connected to
            GatewayFailed, // the private socket could not be created: nothing was connected to
            Refused,       // the gateway or the server refused, or the login failed
            Cancelled,
        };
        Outcome outcome = Outcome::Refused;
        // Translated, one sentence, when not opened: the gateway's reason when it refused
        // (it knows why TLS failed; the driver only sees the connection end), else the login's.
        QString error;
        QSqlError sqlError;     // the driver's error, when the login failed
        GatewaySession session; // what the gateway saw, from the session that carried the login
        bool gatewaySawSession = false;
        bool opened() const { return outcome == Outcome::Opened; }
    };
    // Runs the profile's password source when it makes the password (a command, an AWS RDS IAM
    // token): bounded by the connect timeout, ended by cancel(). open() calls it when it was not
    // called before; call it first to report the sign-in as a stage of its own. A clear-text
    // token for a server that would not be verified is refused before anything runs.
    // NotNeeded for the keychain and prompts: the caller's password is used.
    SignInSecret signIn();

    // Logs in with the profile's user and database. Blocks the calling thread (use a worker
    // thread in the GUI); every stage is bounded by the profile's connect timeout, and the
    // driver waits a little longer than all of them together. `onStage` is called from the
    // gateway's thread as the stages happen.
    Opened open(const ConnectionSecrets &secrets, const StageCallback &onStage = {});
    // The logged-in connection after a successful open(), until close().
    QSqlDatabase database() const;
    // The gateway's view of the current session (TLS facts, bytes), if there is one.
    std::optional<GatewaySession> currentSession() const;
    void close();

    struct Probed
    {
        QString error; // translated, when nothing was sent (the host or the TLS files)
        GatewaySession session;
    };
    // What probe() needs, without touching the network: the host must be a name or an address
    // in canonical form, and the profile's CA files must load. probe() calls it when it was
    // not called before; call it first to show such a problem at once. Through an SSH jump
    // host, `secrets` gives its password or key passphrase (the others are not used).
    Prepared prepareProbe(const ConnectionSecrets &secrets = {});
    // Greeting, TLS handshake and the server's chain, judged against the profile's trust
    // anchors and host name (verify-identity) but never ended early, so the whole chain can be
    // shown. Sends no user name, no password and no client certificate. Blocks; each probe
    // counts as an aborted connection on the server: probe on demand, never in a loop.
    Probed probe();
    // The fleet audit's protocol scan (does the server still accept TLS 1.0?): the probe's
    // handshake offering the versions from `oldest` to `newest` only, also through the SSH jump
    // host, ended once the server has chosen (TlsClientContext::Settings::scanVersions). The
    // session says which version and cipher the server chose (protocolAccepted) or why it
    // refused. Once prepareProbe() has been called, probe() and probeProtocol() may run on
    // several threads at once; cancel() ends all.
    Probed probeProtocol(TlsProtocolVersion oldest, TlsProtocolVersion newest);
    Probed probeProtocol(TlsProtocolVersion version) { return probeProtocol(version, version); }

    // Ends what is running at once (thread-safe); signIn(), open() or probe() returns Cancelled. A
    // cancelled object stays cancelled.
    void cancel();

    // The client library Qt's QMYSQL driver actually loaded ("libmariadb 3.3.14"), found once
    // per process; empty if it could not be found.
    static QString clientLibrary();

private:
    GatewaySession runProbe(const ServerTarget &target);

    struct Private;
    std::unique_ptr<Private> d;
};
