// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerConnection.h"

#include "OpenSslPtr.h"
#include "mysql/OpenSslErrors.h"
#include "mysql/SocketIo_p.h"
#include "mysql/TlsClientContext_p.h"
#include "ssh/SshTunnel.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTls, "sslcm.tls")

using Failure = GatewaySession::Failure;
using Stage = GatewaySession::Stage;

namespace {

// A handshake leaves per-thread state in OpenSSL (its random generators, the error queue). Every
// thread that makes one frees it as it ends, whichever front end started the thread (audit
// workers and scan threads, connection tests): OpenSSL's own thread-exit hook is not run
// reliably (LeakSanitizer found the generators of finished threads on Debian 12 and 13).
struct OpenSslThreadState
{
    ~OpenSslThreadState() { OPENSSL_thread_stop(); }
};

void freeOpenSslStateWhenThreadEnds()
{
    thread_local OpenSslThreadState state;
    static_cast<void>(&state);
}

// The relay's TLS read buffer: several records per system call when the server sends faster than
// the relay runs.
constexpr size_t relayReadAhead = 128 * 1024;

QByteArray derOf(X509 *cert)
{
    unsigned char *out = nullptr;
    const int n = i2d_X509(cert, &out);
    const OpenSslBytesPtr der(out);
    if (n <= 0)
        return {};
    return QByteArray(reinterpret_cast<const char *>(der.get()), n);
}

QByteArray sha256Of(const QByteArray &der)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(der.constData(), size_t(der.size()), md, &len, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(md), int(len));
}

// What the verification callback learns during the handshake.
struct VerifyState
{
    SslMode mode = SslMode::VerifyIdentity;
    bool observeOnly = false;
    QByteArray pin;
    QList<QByteArray> chain;
    QByteArray leafSha256;
    int firstError = X509_V_OK;
    int firstErrorDepth = -1;
    bool pinMismatch = false;
};

int verifyStateIndex()
{
    static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

int verifyCallback(int preverifyOk, X509_STORE_CTX *ctx)
{
    auto *ssl = static_cast<SSL *>(
            X509_STORE_CTX_get_ex_data(ctx, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto *state = static_cast<VerifyState *>(SSL_get_ex_data(ssl, verifyStateIndex()));
    if (!state)
        return 0;
    if (state->chain.isEmpty()) {
        // The chain as presented: the leaf, then what the server sent with it.
        X509 *leaf = X509_STORE_CTX_get0_cert(ctx);
        state->chain << derOf(leaf);
        state->leafSha256 = sha256Of(state->chain.first());
        if (STACK_OF(X509) *untrusted = X509_STORE_CTX_get0_untrusted(ctx)) {
            for (int i = 0; i < sk_X509_num(untrusted); ++i) {
                X509 *c = sk_X509_value(untrusted, i);
                if (X509_cmp(c, leaf) != 0)
                    state->chain << derOf(c);
            }
        }
        if (!state->pin.isEmpty() && state->leafSha256 != state->pin) {
            state->pinMismatch = true;
            return state->observeOnly ? 1 : 0;
        }
    }
    if (!preverifyOk && state->firstError == X509_V_OK) {
        state->firstError = X509_STORE_CTX_get_error(ctx);
        state->firstErrorDepth = X509_STORE_CTX_get_error_depth(ctx);
    }
    // Required: encryption without authentication (the pin, if any, was checked above).
    if (state->observeOnly || state->mode == SslMode::Required || state->mode == SslMode::Preferred)
        return 1;
    return preverifyOk;
}

QString tlsVerifyText(int code)
{
    return QString::fromLatin1(X509_verify_cert_error_string(code));
}

} // namespace

ServerConnection::ServerConnection(const ServerTarget &target, GatewaySession &session,
                                   int cancelFd, std::function<void(Stage)> onStage)
    : m_target(target)
    , m_host(ServerHost::parse(target.host))
    , m_session(session)
    , m_cancelFd(cancelFd)
    , m_onStage(std::move(onStage))
    , m_resumption(std::make_unique<TlsResumptionSlot>())
{ }

ServerConnection::~ServerConnection()
{
    if (SSL *ssl = SocketIo::sslOf(m_endpoint)) {
        // A clean close (close_notify) keeps the session resumable; OpenSSL forbids it after a
        // fatal error.
        if (!m_endpoint.error && m_session.failure == Failure::None && SSL_is_init_finished(ssl))
            SSL_shutdown(ssl);
        SSL_set_ex_data(ssl, verifyStateIndex(), nullptr);
        SSL_set_ex_data(ssl, TlsClientContext::Private::resumptionSlotIndex(), nullptr);
        // The SSL object goes before the socket it was reading.
        m_endpoint.tls.reset();
        if (m_target.tls && m_target.tls->isProtocolScan() && m_endpoint.fd >= 0) {
            // A scan's handshake was ended on purpose, and its alert told the server so: the
            // connection ends with a reset rather than the closing exchange, and leaves no
            // TIME_WAIT behind (an audit makes thousands of these).
            const linger reset {1, 0};
            ::setsockopt(m_endpoint.fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        }
    }
    SocketIo::closeFd(m_endpoint.fd);
}

QDeadlineTimer ServerConnection::stageDeadline() const
{
    return QDeadlineTimer(m_target.timeout);
}

void ServerConnection::fail(Failure failure, const QString &detail)
{
    if (m_session.failure == Failure::None) {
        m_session.failure = failure;
        m_session.detail = detail;
    }
}

bool ServerConnection::connectTcp()
{
    QElapsedTimer timer;
    timer.start();
    const QDeadlineTimer deadline = stageDeadline();
    if (!m_host.isValid()) {
        // Nothing is connected to: what the resolver would reach and what the certificate would
        // be checked against could differ.
        fail(Failure::HostInvalid, m_host.problem());
        return false;
    }
    if (m_target.mode == SslMode::VerifyCa && !m_target.observeOnly
        && (!m_target.tls || !m_target.tls->usesCustomCa())) {
        fail(Failure::VerifyCaWithoutCa,
             QStringLiteral("verify-ca needs a CA file or folder of the user's choosing"));
        return false;
    }
    // Through a jump host, up to four steps may be needed before the channel opens (TCP, key
    // exchange, login, the channel), each bounded by the timeout inside the tunnel; waiting here
    // for twice the timeout lets a slow but working jump host finish, and stays bounded.
    if (m_target.tunnel)
        return connectThroughTunnel(timer, QDeadlineTimer(2 * m_target.timeout));
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    // An address is connected to as the parse read it, never looked up as a name.
    hints.ai_flags = m_host.isAddress() ? AI_NUMERICHOST : 0;
    addrinfo *found = nullptr;
    const QByteArray port = QByteArray::number(m_target.port);
    const int rc = ::getaddrinfo(m_host.connectHost().toLatin1().constData(), port.constData(),
                                 &hints, &found);
    if (rc != 0) {
        fail(Failure::NetworkError, QString::fromLocal8Bit(gai_strerror(rc)));
        return false;
    }
    std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> addresses(found, &freeaddrinfo);
    QString lastError;
    Failure lastFailure = Failure::ConnectRefused;
    for (addrinfo *a = found; a; a = a->ai_next) {
        int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0)
            continue;
        SocketIo::setNonBlocking(fd);
        int r = ::connect(fd, a->ai_addr, a->ai_addrlen);
        if (r != 0 && errno == EINPROGRESS) {
            const SocketIo::Wait w = SocketIo::waitFor(fd, POLLOUT, deadline, m_cancelFd);
            if (w == SocketIo::Wait::Cancelled) {
                ::close(fd);
                fail(Failure::Cancelled, {});
                return false;
            }
            if (w == SocketIo::Wait::Timeout) {
                ::close(fd);
                lastFailure = Failure::ConnectTimeout;
                lastError = QStringLiteral("no answer within %1 ms").arg(m_target.timeout.count());
                break;
            }
            int err = 0;
            socklen_t len = sizeof err;
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
            r = err == 0 ? 0 : -1;
            errno = err;
        }
        if (r == 0) {
            int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, 1 /* TCP_NODELAY */, &one, sizeof one);
            m_endpoint.fd = fd;
            m_session.connectMs = timer.elapsed();
            m_session.stage = Stage::Connected;
            if (m_onStage)
                m_onStage(Stage::Connected);
            return true;
        }
        lastError = QString::fromLocal8Bit(std::strerror(errno));
        lastFailure = errno == ECONNREFUSED ? Failure::ConnectRefused : Failure::NetworkError;
        ::close(fd);
    }
    fail(lastFailure, lastError);
    return false;
}

// The TCP leg through the SSH jump host: a channel to host:port as the jump host resolves it.
// The identity checked afterwards is still the profile's host, never the tunnel's end.
bool ServerConnection::connectThroughTunnel(const QElapsedTimer &timer,
                                            const QDeadlineTimer &deadline)
{
    SshTunnel::Channel channel = m_target.tunnel->openChannel(
            m_host.connectHost(), m_target.port, deadline, m_cancelFd, [this](Stage stage) {
                m_session.stage = stage;
                if (m_onStage)
                    m_onStage(stage);
            });
    m_session.ssh = channel.facts;
    m_session.ssh.used = true;
    if (channel.fd < 0) {
        fail(channel.failure == Failure::None ? Failure::NetworkError : channel.failure,
             channel.detail);
        return false;
    }
    m_endpoint.fd = channel.fd;
    m_session.connectMs = timer.elapsed();
    m_session.stage = Stage::Connected;
    if (m_onStage)
        m_onStage(Stage::Connected);
    return true;
}

bool ServerConnection::readGreeting()
{
    QElapsedTimer timer;
    timer.start();
    const QDeadlineTimer deadline = stageDeadline();
    MysqlProtocol::PacketReader reader(MysqlProtocol::maxHandshakePayload);
    for (;;) {
        if (auto packet = reader.take()) {
            m_session.greetingMs = timer.elapsed();
            m_greetingPayload = packet->payload;
            m_readAhead = reader.takeRemainder();
            const MysqlProtocol::GreetingParse parsed
                    = MysqlProtocol::parseGreeting(packet->payload);
            if (parsed.isError) {
                m_session.serverError = parsed.errorMessage;
                m_session.serverErrorCode = parsed.errorCode;
                fail(Failure::ServerError,
                     QStringLiteral("%1 %2").arg(parsed.errorCode).arg(parsed.errorMessage));
                return false;
            }
            if (!parsed.greeting) {
                fail(Failure::GreetingMalformed, parsed.problem);
                return false;
            }
            if (!m_readAhead.isEmpty()) {
                fail(Failure::GreetingMalformed,
                     QStringLiteral("the server sent more than its greeting"));
                return false;
            }
            m_session.greeting = parsed.greeting;
            m_session.stage = Stage::GreetingReceived;
            if (m_onStage)
                m_onStage(Stage::GreetingReceived);
            return true;
        }
        if (reader.oversized()) {
            fail(Failure::GreetingMalformed,
                 QStringLiteral("the greeting announces more than %1 bytes")
                         .arg(MysqlProtocol::maxHandshakePayload));
            return false;
        }
        QByteArray bytes;
        const SocketIo::Wait w = SocketIo::readSome(m_endpoint, bytes, deadline, m_cancelFd);
        m_session.bytesFromServer += bytes.size();
        reader.append(bytes);
        if (w == SocketIo::Wait::Ready)
            continue;
        if (w == SocketIo::Wait::Cancelled)
            fail(Failure::Cancelled, {});
        else if (w == SocketIo::Wait::Timeout)
            fail(Failure::GreetingTimeout,
                 QStringLiteral("no greeting within %1 ms").arg(m_target.timeout.count()));
        else if (m_endpoint.eof)
            fail(Failure::PeerClosed, QStringLiteral("closed before sending a greeting"));
        else
            fail(Failure::NetworkError, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
}

bool ServerConnection::startTls(const QByteArray &sslRequestPayload)
{
    freeOpenSslStateWhenThreadEnds();
    QElapsedTimer timer;
    timer.start();
    const MysqlProtocol::Packet request {1, sslRequestPayload};
    const QByteArray wire = request.encode();
    // The ClientHello follows at once: one segment for both instead of two.
    m_endpoint.moreFollows = true;
    SocketIo::Wait w = SocketIo::writeAll(m_endpoint, wire, stageDeadline(), m_cancelFd);
    if (w != SocketIo::Wait::Ready) {
        fail(w == SocketIo::Wait::Cancelled ? Failure::Cancelled : Failure::NetworkError,
             QStringLiteral("sending the SSLRequest failed"));
        return false;
    }
    m_session.bytesToServer += wire.size();

    TlsClientContext::Private &tls = m_target.tls->internal();
    SslPtr owned(SSL_new(tls.handle()));
    if (!owned) {
        fail(Failure::TlsHandshakeFailed, OpenSslErrors::take());
        return false;
    }
    SSL *const ssl = owned.get();
    m_endpoint.tls.reset(new SocketIo::TlsSession {std::move(owned)});
    SSL_set_fd(ssl, m_endpoint.fd);
    VerifyState state;
    state.mode = m_target.mode;
    state.pin = m_target.pinnedSha256;
    state.observeOnly = m_target.observeOnly;
    SSL_set_ex_data(ssl, verifyStateIndex(), &state);
    SSL_set_verify(ssl, SSL_VERIFY_PEER, verifyCallback);
    // Let OpenSSL read all the socket holds in one system call, instead of a header and then a
    // body per record: the server's handshake flight, and for the gateway's relay a result's
    // records (up to relayReadAhead at once). Whoever waits on the socket must first read until
    // OpenSSL wants more (SSL_ERROR_WANT_READ), as SSL_connect, SocketIo::readSome and the relay
    // do, since what OpenSSL has read in is no longer in the socket.
    SSL_set_read_ahead(ssl, 1);
    if (!m_target.observeOnly)
        SSL_set_default_read_buffer_len(ssl, relayReadAhead);

    // Resume the last verified session with this server under the same verification terms.
    // The probe always does a full handshake: it is there to see the whole chain.
    m_resumption->context = m_target.tls.get();
    m_resumption->key = QStringLiteral("%1|%2|%3|%4")
                                .arg(m_host.connectHost())
                                .arg(m_target.port)
                                .arg(int(m_target.mode))
                                .arg(QString::fromLatin1(m_target.pinnedSha256.toHex()));
    SSL_set_ex_data(ssl, TlsClientContext::Private::resumptionSlotIndex(), m_resumption.get());
    if (!m_target.observeOnly) {
        // SSL_set_session takes a reference of its own.
        if (const SslSessionPtr cached = tls.takeSession(m_resumption->key))
            SSL_set_session(ssl, cached.get());
    }

    if (!expectIdentity())
        return false;

    const QDeadlineTimer deadline = stageDeadline();
    int rc;
    for (;;) {
        ERR_clear_error();
        rc = SSL_connect(ssl);
        if (rc == 1)
            break;
        const int error = SSL_get_error(ssl, rc);
        if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) {
            w = SocketIo::waitFor(m_endpoint.fd, error == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT,
                                  deadline, m_cancelFd);
            if (w == SocketIo::Wait::Ready)
                continue;
            SSL_set_ex_data(ssl, verifyStateIndex(), nullptr);
            fail(w == SocketIo::Wait::Cancelled ? Failure::Cancelled : Failure::Timeout,
                 w == SocketIo::Wait::Timeout
                         ? QStringLiteral("TLS handshake not finished within %1 ms")
                                   .arg(m_target.timeout.count())
                         : QString());
            m_session.peerChain = state.chain;
            return false;
        }
        break;
    }
    SSL_set_ex_data(ssl, verifyStateIndex(), nullptr);
    m_session.peerChain = state.chain;
    m_session.peerSha256 = state.leafSha256;
    m_session.verifyResult = state.firstError;
    m_session.verifyErrorDepth = state.firstErrorDepth;
    if (state.firstError != X509_V_OK)
        m_session.verifyMessage = tlsVerifyText(state.firstError);
    m_session.tlsMs = timer.elapsed();

    if (rc != 1 && m_target.tls->isProtocolScan()
        && TlsClientContext::Private::scanReachedServerChoice(ssl, ERR_peek_last_error())) {
        // The scan's own end of the handshake (TlsClientContext::Settings::scanVersions).
        ERR_clear_error();
        m_session.protocolAccepted = true;
        m_session.tlsProtocol = QString::fromLatin1(SSL_get_version(ssl));
        const SSL_CIPHER *cipher = SSL_get_current_cipher(ssl);
        if (!cipher)
            cipher = SSL_get_pending_cipher(ssl);
        if (cipher)
            m_session.cipher = QString::fromLatin1(SSL_CIPHER_get_name(cipher));
        return false;
    }
    if (rc != 1) {
        // OpenSSL 3 reports a peer that hangs up mid-handshake as an error, not a bare EOF.
        const unsigned long last = ERR_peek_last_error();
        const bool peerHungUp = ERR_GET_LIB(last) == ERR_LIB_SSL
                && ERR_GET_REASON(last) == SSL_R_UNEXPECTED_EOF_WHILE_READING;
        const QString reason = OpenSslErrors::take();
        if (state.pinMismatch) {
            fail(Failure::PinMismatch, QStringLiteral("certificate fingerprint changed"));
        } else if (state.firstError == X509_V_ERR_HOSTNAME_MISMATCH
                   || state.firstError == X509_V_ERR_IP_ADDRESS_MISMATCH) {
            fail(Failure::HostnameMismatch, tlsVerifyText(state.firstError));
        } else if (state.firstError != X509_V_OK && m_target.mode >= SslMode::VerifyCa) {
            fail(Failure::CertificateUntrusted, tlsVerifyText(state.firstError));
        } else if (reason.isEmpty() || peerHungUp) {
            fail(Failure::PeerClosed,
                 QStringLiteral("the server closed the connection during "
                                "the TLS handshake"));
        } else {
            fail(Failure::TlsHandshakeFailed, reason);
        }
        return false;
    }
    collectTlsFacts();
    m_session.tlsUsed = true;
    if (state.pinMismatch) {
        fail(Failure::PinMismatch, QStringLiteral("certificate fingerprint changed"));
        return false;
    }
    m_session.stage = Stage::TlsEstablished;
    if (m_onStage)
        m_onStage(Stage::TlsEstablished);
    if (!verifyAfterHandshake())
        return false;
    if (!m_target.observeOnly) {
        m_resumption->verified = true;
        // TLS 1.2 sessions exist as soon as the handshake ends.
        if (SSL_version(ssl) < TLS1_3_VERSION && !m_session.resumed) {
            if (SSL_SESSION *session = SSL_get_session(ssl)) // borrowed; stored as a copy
                tls.storeSession(m_resumption->key, session);
        }
    }
    m_session.stage = Stage::CertificateChecked;
    if (m_onStage)
        m_onStage(Stage::CertificateChecked);
    return true;
}

// SNI and, for verify-identity, the name or address the certificate must carry, both from the
// one parse of the host. A setting OpenSSL does not take is a refusal, never a skipped check.
bool ServerConnection::expectIdentity()
{
    SSL *ssl = SocketIo::sslOf(m_endpoint);
    const QByteArray identity = m_host.identity().toLatin1();
    if (m_host.kind() == ServerHost::Kind::DnsName) {
        if (SSL_set_tlsext_host_name(ssl, identity.constData()) != 1) {
            fail(Failure::IdentityNotSet,
                 QStringLiteral("OpenSSL did not accept %1 as the server name (SNI): %2")
                         .arg(m_host.identity(), OpenSslErrors::take()));
            return false;
        }
        m_session.sniSent = true;
    }
    if (m_target.mode != SslMode::VerifyIdentity)
        return true;
    bool set = false;
    if (m_host.isAddress()) {
        set = X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), identity.constData()) == 1;
    } else if (m_host.kind() == ServerHost::Kind::DnsName) {
        // Not SSL_set1_host: it reads text that looks like an IP address as one, in its own way.
        // A name is only ever checked as a name.
        X509_VERIFY_PARAM *param = SSL_get0_param(ssl);
        X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        set = X509_VERIFY_PARAM_set1_host(param, identity.constData(), size_t(identity.size()))
                == 1;
    }
    if (!set) {
        fail(Failure::IdentityNotSet,
             QStringLiteral("OpenSSL did not accept %1 as the identity to check: %2")
                     .arg(m_host.identity(), OpenSslErrors::take()));
        return false;
    }
    m_session.hostnameChecked = true;
    return true;
}

void ServerConnection::collectTlsFacts()
{
    SSL *ssl = SocketIo::sslOf(m_endpoint);
    m_session.resumed = SSL_session_reused(ssl) == 1;
    m_session.tlsProtocol = QString::fromLatin1(SSL_get_version(ssl));
    m_session.cipher = QString::fromLatin1(SSL_CIPHER_get_name(SSL_get_current_cipher(ssl)));
    m_session.clientCertificateSent
            = SSL_get_certificate(ssl) != nullptr && m_target.tls->hasClientCertificate();
    if (m_session.peerChain.isEmpty()) {
        if (STACK_OF(X509) *chain = SSL_get_peer_cert_chain(ssl)) {
            for (int i = 0; i < sk_X509_num(chain); ++i)
                m_session.peerChain << derOf(sk_X509_value(chain, i));
        }
        if (m_session.peerChain.isEmpty()) {
            if (X509 *peer = SSL_get0_peer_certificate(ssl))
                m_session.peerChain << derOf(peer);
        }
        if (!m_session.peerChain.isEmpty())
            m_session.peerSha256 = sha256Of(m_session.peerChain.first());
    }
}

bool ServerConnection::verifyAfterHandshake()
{
    SSL *ssl = SocketIo::sslOf(m_endpoint);
    X509 *peer = SSL_get0_peer_certificate(ssl);
    if (!m_target.pinnedSha256.isEmpty()) {
        if (!peer) {
            fail(Failure::NoPeerCertificate, QStringLiteral("no certificate to compare the pin"));
            return false;
        }
        if (m_session.peerSha256 != m_target.pinnedSha256) {
            fail(Failure::PinMismatch, QStringLiteral("certificate fingerprint changed"));
            return false;
        }
    }
    if (m_target.mode < SslMode::VerifyCa)
        return true;
    // Belt and braces: the handshake succeeded, now demand what the mode promises.
    if (!peer) {
        fail(Failure::NoPeerCertificate, QStringLiteral("the server sent no certificate"));
        return false;
    }
    const long result = SSL_get_verify_result(ssl);
    if (result != X509_V_OK) {
        m_session.verifyResult = int(result);
        m_session.verifyMessage = tlsVerifyText(int(result));
        fail(result == X509_V_ERR_HOSTNAME_MISMATCH || result == X509_V_ERR_IP_ADDRESS_MISMATCH
                     ? Failure::HostnameMismatch
                     : Failure::CertificateUntrusted,
             m_session.verifyMessage);
        return false;
    }
    return true;
}
