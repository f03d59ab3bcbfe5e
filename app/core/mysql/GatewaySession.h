// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/MysqlProtocol.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// The facts of one connection through the TLS gateway (or of one probe), as the gateway itself
// saw them: these come from the very session that carried the credentials.
struct GatewaySession
{
    enum class Stage {
        Connecting,
        // Through an SSH jump host (ServerTarget::tunnel) only, before Connected:
        SshConnected,      // TCP to the jump host is up and it sent its SSH banner
        SshHostKeyChecked, // its host key is the one on record (known_hosts or sslcm's list)
        SshAuthenticated,  // the jump host accepted the login
        Connected, // TCP connection to the server is up (through a tunnel: the channel is open)
        GreetingReceived,
        TlsEstablished,
        CertificateChecked, // verification passed as the mode demands
        HandshakeForwarded, // the client's handshake response went to the server (inside TLS)
        Authenticated,      // the server accepted the login
        Closed,
    };

    enum class Failure {
        None,
        ConnectRefused,
        ConnectTimeout,
        NetworkError,
        GreetingTimeout,
        GreetingMalformed, // the greeting, or a packet during authentication, breaks the protocol
        ServerError,       // the server sent an ERR packet instead of a greeting
        ServerOffersNoTls,
        ClientTimeout, // the local client did not send its first packet in time
        ClientMalformed,
        TlsHandshakeFailed,   // protocol/cipher not accepted, peer closed during handshake, ...
        CertificateUntrusted, // chain does not lead to the CA, expired, not yet valid, ...
        HostnameMismatch,
        PinMismatch,
        NoPeerCertificate,
        // The local client sent an SSLRequest although the forwarded greeting did not offer TLS:
        // the local hop is plain. Refused before anything of the client reached the server.
        ClientAskedForTls,
        PeerClosed, // the server closed the connection during the handshake
        Timeout,    // stalled during TLS handshake or authentication
        Cancelled,
        // The server asked for the password in clear text (caching_sha2 full authentication,
        // mysql_clear_password, dialog, sha256_password, or a plugin not known to be safe)
        // without TLS, or over TLS whose identity was not verified: refused, because the driver
        // would send it, believing the gateway's local socket made that safe.
        CleartextPasswordRefused,
        // The host is not a name or an IP address in canonical form (ServerHost): nothing was
        // connected to.
        HostInvalid,
        // OpenSSL did not take the name or address the certificate must carry: refused before
        // the handshake, never a handshake without the check.
        IdentityNotSet,
        // VerifyCa without a CA file or folder of the user's choosing: the system's CAs without
        // a name check accept any publicly trusted certificate for any host (DESIGN.md, rule
        // 10). Refused before anything is connected to.
        VerifyCaWithoutCa,
        // Through an SSH jump host (see `ssh` for the facts):
        SshConnectFailed,    // the jump host could not be reached, or did not speak SSH
        SshHostKeyUnknown,   // its key is on no list: the user must accept the fingerprint
        SshHostKeyChanged,   // its key differs from the one on record: refused, never accepted
        SshAuthFailed,       // the jump host refused the login (every method tried)
        SshAgentNoKey,       // no agent is running, or it holds no key the jump host takes
        SshKeyUnusable,      // the key file is missing, unreadable, malformed or needs a passphrase
        TunnelRefused,       // the jump host refused the channel (policy, PermitOpen)
        TunnelConnectFailed, // the jump host could not reach the database at host:port
        SshTimeout,          // the jump host stalled: no answer within the timeout
    };

    // The SSH jump host's part, when the session went through one.
    struct Ssh
    {
        bool used = false;
        QString destination;      // "deploy@bastion.example.com:22"
        QString hostKeyType;      // "ssh-ed25519"
        QByteArray hostKeySha256; // raw 32 bytes; as OpenSSH shows it: "SHA256:" + base64
        QByteArray hostKeyLine;   // OpenSSH's one-line form "ssh-ed25519 AAAA...", to accept it
        // The recorded key when it changed (SshHostKeyChanged), for showing both.
        QString recordedKeyType;
        QByteArray recordedKeySha256;
        QString hostKeySource; // which list knew the key: a known_hosts file's path
        QString authMethod; // "publickey (agent)", "publickey", "password", "keyboard-interactive"
        QString serverBanner;            // "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u6"
        bool reused = false;             // an SSH session already up carried this channel
        bool keyNeedsPassphrase = false; // SshKeyUnusable: the key is encrypted; ask and retry
        qint64 connectMs = -1;
        qint64 hostKeyMs = -1;
        qint64 loginMs = -1;
        qint64 channelMs = -1;
    };
    Ssh ssh;

    Stage stage = Stage::Connecting;
    Failure failure = Failure::None;
    QString detail; // OpenSSL's reason or the protocol detail, not translated

    std::optional<MysqlProtocol::ServerGreeting> greeting;
    QString serverError; // the server's own ERR message, if it sent one before authentication
    quint16 serverErrorCode = 0;

    bool tlsUsed = false;
    QString tlsProtocol; // "TLSv1.3"
    QString cipher;      // "TLS_AES_256_GCM_SHA384"
    bool sniSent = false;
    bool resumed = false;        // an earlier verified session was resumed: no full handshake
    QList<QByteArray> peerChain; // DER, leaf first, as the server presented it
    int verifyResult = 0;        // X509_V_OK (0) or OpenSSL's X509_V_ERR_*
    int verifyErrorDepth = -1;
    QString verifyMessage; // OpenSSL's text for verifyResult
    bool hostnameChecked = false;
    QByteArray peerSha256; // SHA-256 of the leaf certificate's DER
    bool clientCertificateSent = false;
    bool credentialsForwarded = false; // the held handshake response left the machine
    // A protocol scan's handshake (TlsClientContext::isProtocolScan()): the server chose
    // tlsProtocol and cipher and sent its certificate, where the scan ended the handshake on
    // purpose. tlsUsed stays false: no TLS session came of it.
    bool protocolAccepted = false;

    qint64 bytesToServer = 0;
    qint64 bytesFromServer = 0;
    qint64 connectMs = -1;
    qint64 greetingMs = -1;
    qint64 tlsMs = -1;
    qint64 authenticationMs = -1;

    bool failed() const { return failure != Failure::None; }
    // The failure happened at the SSH jump host (reaching it, its key, the login, the channel).
    static bool isSshFailure(Failure f)
    {
        return f == Failure::SshConnectFailed || f == Failure::SshHostKeyUnknown
                || f == Failure::SshHostKeyChanged || f == Failure::SshAuthFailed
                || f == Failure::SshAgentNoKey || f == Failure::SshKeyUnusable
                || f == Failure::TunnelRefused || f == Failure::TunnelConnectFailed
                || f == Failure::SshTimeout;
    }
};

Q_DECLARE_METATYPE(GatewaySession)
Q_DECLARE_METATYPE(GatewaySession::Stage)
