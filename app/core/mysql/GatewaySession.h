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
        Connected, // TCP connection to the server is up
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
    };

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

    qint64 bytesToServer = 0;
    qint64 bytesFromServer = 0;
    qint64 connectMs = -1;
    qint64 greetingMs = -1;
    qint64 tlsMs = -1;
    qint64 authenticationMs = -1;

    bool failed() const { return failure != Failure::None; }
};

Q_DECLARE_METATYPE(GatewaySession)
Q_DECLARE_METATYPE(GatewaySession::Stage)
