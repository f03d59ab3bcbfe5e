// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsGateway.h"

#include "mysql/MysqlProtocol.h"
#include "mysql/ServerConnection.h"
#include "mysql/TlsClientContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QFileInfo>
#include <QMutex>
#include <QWaitCondition>
#include <QtEndian>

#include <openssl/crypto.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <list>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcTls)

using Failure = GatewaySession::Failure;
using Stage = GatewaySession::Stage;
using namespace MysqlProtocol;

namespace {

// Errors the gateway sends itself: outside 2000-2999 and 5000-5999, which libmariadb turns into
// "malformed packet". The application reads the real reason from the session, not this text.
constexpr quint16 gatewayErrorCode = 1043;
const QByteArray gatewaySqlState = QByteArrayLiteral("08S01");
constexpr qsizetype relayBufferCap = 512 * 1024;

QString refusalText(const GatewaySession &s)
{
    QString text = QStringLiteral("sslcm TLS gateway refused the connection");
    if (!s.detail.isEmpty())
        text += QStringLiteral(": ") + s.detail;
    return text;
}

// Pending outbound bytes, consumed from the front without moving memory on every write.
struct OutBuffer
{
    QByteArray data;
    qsizetype offset = 0;

    qsizetype size() const { return data.size() - offset; }
    bool isEmpty() const { return size() == 0; }
    const char *front() const { return data.constData() + offset; }
    void consume(qsizetype n)
    {
        offset += n;
        if (offset == data.size()) {
            data.clear();
            offset = 0;
        } else if (offset > 256 * 1024) {
            data.remove(0, offset);
            offset = 0;
        }
    }
    void append(const QByteArray &bytes) { data.append(bytes); }
    void append(const char *p, qsizetype n) { data.append(p, n); }
};

// Moves bytes both ways until one side closes. While authentication runs, it works packet by
// packet: it shifts sequence ids by `shift` (client to server +shift, server to client -shift)
// because the gateway inserted the SSLRequest, watches for the server's OK or ERR, and refuses
// server packets above maxAuthenticationPayload. After that, bytes pass unchanged.
class Relay
{
public:
    Relay(SocketIo::Endpoint &client, SocketIo::Endpoint &server, GatewaySession &session,
          int shift, int cancelFd, QDeadlineTimer authDeadline, std::function<void(Stage)> onStage)
        : m_client(client)
        , m_server(server)
        , m_session(session)
        , m_shift(shift)
        , m_cancelFd(cancelFd)
        , m_authDeadline(authDeadline)
        , m_onStage(std::move(onStage))
    { }

    // A client packet that arrived before the relay started (the held handshake response).
    void injectFromClient(const Packet &packet) { clientBytes(packet.encode()); }
    // For a relay to a server that is not entitled to the password (no TLS, or TLS without a
    // verified identity): stop an exchange in which the client would send the password in
    // clear. The driver would, taking the gateway's Unix socket for a secure channel.
    void refuseCleartextPasswordRequests(CleartextPasswordGuard::Channel channel)
    {
        m_guard.emplace(channel);
    }

    void run();

private:
    void clientBytes(const QByteArray &bytes);
    void serverBytes(const QByteArray &bytes);
    void endAuthentication();
    // Ends the exchange: the client gets an ERR with the reason, the server nothing more.
    void refuse(Failure failure, const QString &detail);

    SocketIo::Endpoint &m_client;
    SocketIo::Endpoint &m_server;
    GatewaySession &m_session;
    int m_shift;
    int m_cancelFd;
    QDeadlineTimer m_authDeadline;
    std::function<void(Stage)> m_onStage;
    bool m_authenticating = true;
    std::optional<CleartextPasswordGuard> m_guard;
    bool m_stopped = false;
    quint8 m_nextToClient = 0; // the sequence id the client expects from the server next
    PacketReader m_fromClient;
    PacketReader m_fromServer {maxAuthenticationPayload};
    OutBuffer m_toServer;
    OutBuffer m_toClient;
    QElapsedTimer m_authTimer;
};

void Relay::clientBytes(const QByteArray &bytes)
{
    if (m_stopped)
        return;
    if (!m_authenticating) {
        m_toServer.append(bytes);
        return;
    }
    m_fromClient.append(bytes);
    while (auto packet = m_fromClient.take()) {
        m_nextToClient = quint8(packet->sequence + 1);
        if (m_guard) {
            if (const std::optional<QString> refused = m_guard->clientPacket(packet->payload)) {
                refuse(Failure::CleartextPasswordRefused, *refused);
                return;
            }
        }
        packet->sequence = quint8(packet->sequence + m_shift);
        m_toServer.append(packet->encode());
    }
}

void Relay::serverBytes(const QByteArray &bytes)
{
    if (m_stopped)
        return;
    if (!m_authenticating) {
        m_toClient.append(bytes);
        return;
    }
    m_fromServer.append(bytes);
    while (auto packet = m_fromServer.take()) {
        if (m_guard) {
            if (const std::optional<QString> refused = m_guard->serverPacket(packet->payload)) {
                refuse(Failure::CleartextPasswordRefused, *refused);
                return;
            }
        }
        const AuthReply reply = parseAuthReply(packet->payload);
        packet->sequence = quint8(packet->sequence - m_shift);
        m_nextToClient = quint8(packet->sequence + 1);
        m_toClient.append(packet->encode());
        if (reply.kind == AuthReply::Kind::Error) {
            m_session.serverErrorCode = reply.errorCode;
            m_session.serverError = reply.errorMessage;
        } else if (reply.kind == AuthReply::Kind::Ok) {
            m_session.stage = Stage::Authenticated;
            m_session.authenticationMs = m_authTimer.elapsed();
            if (m_onStage)
                m_onStage(Stage::Authenticated);
        }
        if (reply.endsAuthentication()) {
            endAuthentication();
            return;
        }
    }
    if (m_fromServer.oversized())
        refuse(Failure::GreetingMalformed,
               QStringLiteral("the server announces a packet of more than %1 bytes during "
                              "authentication")
                       .arg(maxAuthenticationPayload));
}

void Relay::refuse(Failure failure, const QString &detail)
{
    m_session.failure = failure;
    m_session.detail = detail;
    m_toClient.append(Packet {
            m_nextToClient, errorPayload(gatewayErrorCode, gatewaySqlState, refusalText(m_session))}
                              .encode());
    m_stopped = true;
}

void Relay::endAuthentication()
{
    m_authenticating = false;
    // Whatever followed the final packet passes unchanged from now on.
    m_toClient.append(m_fromServer.takeRemainder());
    m_toServer.append(m_fromClient.takeRemainder());
}

void Relay::run()
{
    m_authTimer.start();
    char buffer[64 * 1024];
    for (;;) {
        bool progressed;
        do {
            progressed = false;
            if (!m_client.eof && !m_client.error && m_toServer.size() < relayBufferCap) {
                const qsizetype n = m_client.read(buffer, sizeof buffer);
                if (n > 0) {
                    clientBytes(QByteArray(buffer, n));
                    progressed = true;
                }
            }
            if (!m_stopped && !m_server.eof && !m_server.error
                && m_toClient.size() < relayBufferCap) {
                const qsizetype n = m_server.read(buffer, sizeof buffer);
                if (n > 0) {
                    m_session.bytesFromServer += n;
                    serverBytes(QByteArray(buffer, n));
                    progressed = true;
                }
            }
            if (!m_stopped && !m_toServer.isEmpty() && !m_server.error) {
                const qsizetype n = m_server.write(m_toServer.front(), m_toServer.size());
                if (n > 0) {
                    m_toServer.consume(n);
                    m_session.bytesToServer += n;
                    m_session.credentialsForwarded = true;
                    progressed = true;
                }
            }
            if (!m_toClient.isEmpty() && !m_client.error) {
                const qsizetype n = m_client.write(m_toClient.front(), m_toClient.size());
                if (n > 0) {
                    m_toClient.consume(n);
                    progressed = true;
                }
            }
        } while (progressed);

        if (m_stopped && m_toClient.isEmpty())
            return;
        if (m_server.error && m_authenticating && m_session.detail.isEmpty())
            m_session.detail = m_server.errorReason;
        if (m_authenticating && m_session.detail.isEmpty()) {
            if (m_server.eof)
                m_session.detail = QStringLiteral("the server closed the connection during "
                                                  "authentication");
            else if (m_client.eof || m_client.error) // the driver gave up on what it got
                m_session.detail = QStringLiteral("the client closed the connection during "
                                                  "authentication");
        }
        if (m_client.error || m_server.error)
            return;
        if ((m_client.eof && m_toServer.isEmpty()) || (m_server.eof && m_toClient.isEmpty()))
            return;
        if (m_authenticating && m_fromClient.oversized())
            return;

        auto events = [](const SocketIo::Endpoint &e, bool wantRead, bool wantWrite) {
            short ev = 0;
            if (wantRead)
                ev |= e.readNeedsWritable ? POLLOUT : POLLIN;
            if (wantWrite)
                ev |= e.writeNeedsReadable ? POLLIN : POLLOUT;
            return ev;
        };
        pollfd fds[3] = {
                {m_client.fd,
                 events(m_client, !m_client.eof && m_toServer.size() < relayBufferCap,
                        !m_toClient.isEmpty()),
                 0},
                {m_server.fd,
                 events(m_server, !m_stopped && !m_server.eof && m_toClient.size() < relayBufferCap,
                        !m_stopped && !m_toServer.isEmpty()),
                 0},
                {m_cancelFd, POLLIN, 0},
        };
        int timeout = -1;
        if (m_authenticating) {
            const qint64 remaining = m_authDeadline.remainingTime();
            if (remaining == 0) {
                if (!m_stopped) {
                    m_session.failure = Failure::Timeout;
                    m_session.detail = QStringLiteral("authentication did not finish in time");
                }
                return;
            }
            timeout = remaining < 0 ? -1 : int(qMin<qint64>(remaining, 1 << 30));
        }
        const int n = ::poll(fds, 3, timeout);
        if (n < 0 && errno != EINTR)
            return;
        if (fds[2].revents & POLLIN) {
            m_session.failure = Failure::Cancelled;
            return;
        }
    }
}

} // namespace

struct TlsGateway::Private
{
    QString directory;
    QString socketPath;
    int listenFd = -1;
    int cancelFd = -1;
    std::thread acceptThread;
    std::atomic<bool> running {false};

    struct Worker
    {
        std::thread thread;
        std::atomic<bool> done {false};
    };
    std::list<Worker> workers; // touched by the accept thread only

    mutable QMutex mutex;
    mutable QWaitCondition sessionEnded;
    QList<GatewaySession> sessions; // by accept order; guarded by mutex
};

TlsGateway::TlsGateway(const ServerTarget &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<GatewaySession>();
    qRegisterMetaType<GatewaySession::Stage>();
}

TlsGateway::~TlsGateway()
{
    stop();
}

QString TlsGateway::socketPath() const
{
    return d->socketPath;
}

std::optional<GatewaySession> TlsGateway::lastSession() const
{
    QMutexLocker lock(&d->mutex);
    if (d->sessions.isEmpty())
        return std::nullopt;
    return d->sessions.last();
}

int TlsGateway::sessionCount() const
{
    QMutexLocker lock(&d->mutex);
    return int(d->sessions.size());
}

int TlsGateway::activeSessions() const
{
    QMutexLocker lock(&d->mutex);
    int active = 0;
    for (const GatewaySession &s : d->sessions)
        active += s.stage != Stage::Closed;
    return active;
}

std::optional<QString> TlsGateway::start()
{
    if (d->running)
        return std::nullopt;
    if (m_target.mode != SslMode::Disabled && !m_target.tls)
        return tr("No TLS settings were given for a connection that uses TLS.");

    // A private directory (0700) in the runtime folder holds the socket (0600). Unix socket paths
    // are limited to 107 bytes.
    QString base = QString::fromLocal8Bit(qgetenv("XDG_RUNTIME_DIR"));
    if (base.isEmpty() || !QFileInfo(base).isDir() || base.size() > 60)
        base = QDir::tempPath();
    QByteArray pattern = QFile::encodeName(base + QStringLiteral("/sslcm-gw-XXXXXX"));
    if (!::mkdtemp(pattern.data()))
        return tr("Could not create a private folder for the connection in %1: %2")
                .arg(base, QString::fromLocal8Bit(std::strerror(errno)));
    d->directory = QFile::decodeName(pattern);
    ::chmod(pattern.constData(), 0700);
    d->socketPath = d->directory + QStringLiteral("/s");

    d->listenFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray path = QFile::encodeName(d->socketPath);
    if (path.size() >= qsizetype(sizeof address.sun_path)) {
        stop();
        return tr("The socket path %1 is too long.").arg(d->socketPath);
    }
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    // The socket file is made with the socket's own mode (Linux), so it is 0600 from the moment
    // it exists, and the process-wide umask, which other threads rely on, is never touched. The
    // 0700 folder keeps other users out regardless.
    if (::fchmod(d->listenFd, 0600) != 0
        || ::bind(d->listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(d->listenFd, 16) != 0) {
        const QString error = QString::fromLocal8Bit(std::strerror(errno));
        stop();
        return tr("Could not open the local socket %1: %2").arg(d->socketPath, error);
    }
    SocketIo::setNonBlocking(d->listenFd);
    d->cancelFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    d->running = true;
    d->acceptThread = std::thread([this] { acceptLoop(); });
    return std::nullopt;
}

void TlsGateway::cancel()
{
    if (d->cancelFd >= 0) {
        const quint64 one = 1;
        [[maybe_unused]] const auto written = ::write(d->cancelFd, &one, sizeof one);
    }
}

bool TlsGateway::waitForIdle(QDeadlineTimer deadline) const
{
    QMutexLocker lock(&d->mutex);
    for (;;) {
        bool active = false;
        for (const GatewaySession &s : d->sessions)
            active = active || s.stage != Stage::Closed;
        if (!active)
            return true;
        if (!d->sessionEnded.wait(&d->mutex, deadline))
            return false;
    }
}

void TlsGateway::stop()
{
    if (d->running.exchange(false)) {
        const quint64 one = 1;
        [[maybe_unused]] const auto written = ::write(d->cancelFd, &one, sizeof one);
        if (d->acceptThread.joinable())
            d->acceptThread.join();
    }
    SocketIo::closeFd(d->listenFd);
    SocketIo::closeFd(d->cancelFd);
    if (!d->directory.isEmpty()) {
        QDir(d->directory).removeRecursively();
        d->directory.clear();
    }
}

void TlsGateway::acceptLoop()
{
    auto reap = [this](bool all) {
        for (auto it = d->workers.begin(); it != d->workers.end();) {
            if (all || it->done) {
                it->thread.join();
                it = d->workers.erase(it);
            } else {
                ++it;
            }
        }
    };
    for (;;) {
        pollfd fds[2] = {{d->listenFd, POLLIN, 0}, {d->cancelFd, POLLIN, 0}};
        const int n = ::poll(fds, 2, 1000);
        reap(false);
        if (n < 0 && errno != EINTR)
            break;
        if (fds[1].revents & POLLIN) {
            // Cancelled or stopping: close the listening socket here, on the only thread that
            // uses it, so that a client still in the backlog is reset and a new one refused at
            // once, instead of waiting for a greeting until its own read timeout.
            SocketIo::closeFd(d->listenFd);
            break;
        }
        if (!(fds[0].revents & POLLIN))
            continue;
        const int clientFd = ::accept4(d->listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (clientFd < 0)
            continue;
        // The gateway lends the profile's client certificate to whoever connects: only this
        // process may.
        ucred peer {};
        socklen_t length = sizeof peer;
        if (::getsockopt(clientFd, SOL_SOCKET, SO_PEERCRED, &peer, &length) != 0
            || peer.pid != ::getpid()) {
            qCWarning(lcTls) << "refused a local connection from process" << peer.pid;
            ::close(clientFd);
            continue;
        }
        int index;
        {
            QMutexLocker lock(&d->mutex);
            index = int(d->sessions.size());
            d->sessions.append(GatewaySession());
        }
        d->workers.emplace_back();
        Private::Worker &worker = d->workers.back();
        worker.thread = std::thread([this, clientFd, index, &worker] {
            runSession(clientFd, index);
            // The session's TLS left per-thread state in OpenSSL (its random generators, the
            // error queue): freed here, not left to a thread-exit hook.
            OPENSSL_thread_stop();
            worker.done = true;
        });
    }
    reap(true);
}

void TlsGateway::recordSession(int index, const GatewaySession &session)
{
    QMutexLocker lock(&d->mutex);
    if (index < d->sessions.size())
        d->sessions[index] = session;
    if (session.stage == Stage::Closed)
        d->sessionEnded.wakeAll();
}

void TlsGateway::runSession(int clientFd, int index)
{
    GatewaySession s;
    auto onStage = [this, &s, index](Stage stage) {
        recordSession(index, s);
        Q_EMIT stageReached(stage);
    };
    SocketIo::Endpoint client;
    client.fd = clientFd;
    SocketIo::setNonBlocking(clientFd);
    ServerConnection server(m_target, s, d->cancelFd, onStage);
    const int cancelFd = d->cancelFd;

    auto sendToClient = [&](quint8 sequence, const QByteArray &payload) {
        SocketIo::writeAll(client, Packet {sequence, payload}.encode(), server.stageDeadline(),
                           cancelFd);
    };
    auto refuse = [&](quint8 sequence) {
        sendToClient(sequence, errorPayload(gatewayErrorCode, gatewaySqlState, refusalText(s)));
    };
    auto finish = [&] {
        SocketIo::closeFd(client.fd);
        s.stage = Stage::Closed;
        recordSession(index, s);
        Q_EMIT sessionFinished(s);
    };

    if (!server.connectTcp() || !server.readGreeting()) {
        if (s.failure == Failure::ServerError)
            sendToClient(0, server.greetingPayload()); // the server's own ERR, as it is
        else if (s.failure != Failure::Cancelled)
            refuse(0);
        return finish();
    }
    const ServerGreeting greeting = *s.greeting;
    const bool useTls = m_target.mode != SslMode::Disabled && greeting.offersTls()
            && (greeting.capabilities & ClientProtocol41);
    if (!useTls && m_target.mode >= SslMode::Required) {
        server.fail(Failure::ServerOffersNoTls,
                    QStringLiteral("the server does not offer TLS (CLIENT_SSL is not set)"));
        // In place of the greeting: the client has sent nothing at all.
        refuse(0);
        return finish();
    }

    // The greeting goes to the client with its scramble untouched and without CLIENT_SSL: the
    // local hop is always plain (the private socket is the protection there), so the client
    // sends its handshake response, which the gateway holds.
    sendToClient(0,
                 greetingWithoutCapabilities(server.greetingPayload(),
                                             ClientSsl | ClientSslVerifyServerCert));

    // Hold the client's first packet. Read exactly that packet, nothing behind it.
    std::optional<Packet> first;
    {
        const QDeadlineTimer clientDeadline = server.stageDeadline();
        QByteArray header;
        SocketIo::Wait w
                = SocketIo::readExact(client, header, headerSize, clientDeadline, cancelFd);
        const auto *h = reinterpret_cast<const uchar *>(header.constData());
        const int size = w == SocketIo::Wait::Ready ? h[0] | (h[1] << 8) | (h[2] << 16) : 0;
        if (w == SocketIo::Wait::Ready && size > maxHandshakePayload) {
            server.fail(Failure::ClientMalformed, QStringLiteral("oversized first packet"));
            return finish();
        }
        QByteArray payload;
        if (w == SocketIo::Wait::Ready)
            w = SocketIo::readExact(client, payload, size, clientDeadline, cancelFd);
        if (w != SocketIo::Wait::Ready) {
            server.fail(w == SocketIo::Wait::Cancelled ? Failure::Cancelled
                                                       : Failure::ClientTimeout,
                        QStringLiteral("the local client sent no handshake"));
            return finish();
        }
        first = Packet {quint8(h[3]), payload};
    }
    const std::optional<ClientHello> hello = parseClientHello(first->payload);
    if (!hello) {
        server.fail(Failure::ClientMalformed, QStringLiteral("not a handshake response"));
        refuse(quint8(first->sequence + 1));
        return finish();
    }
    if (hello->isSslRequest) {
        // The greeting did not offer TLS, so a client library that asks for it anyway would
        // otherwise go on to send its TLS handshake into the relay. Fail closed: nothing of it
        // goes to the server.
        server.fail(Failure::ClientAskedForTls,
                    QStringLiteral("the client library asked for TLS on sslcm's private local "
                                   "socket, which sslcm does not offer (sslcm makes the TLS "
                                   "connection to the server itself)"));
        refuse(quint8(first->sequence + 1));
        return finish();
    }

    if (!useTls) {
        // Disabled, or Preferred against a server without TLS: plaintext, and the report says so.
        // The relay's password guard needs to know the client's auth plugin.
        if (!parseHandshakeResponse(first->payload)) {
            server.fail(Failure::ClientMalformed, QStringLiteral("not a handshake response"));
            refuse(quint8(first->sequence + 1));
            return finish();
        }
        Relay relay(client, server.endpoint(), s, 0, cancelFd, server.stageDeadline(), onStage);
        relay.refuseCleartextPasswordRequests(CleartextPasswordGuard::Channel::Plaintext);
        relay.injectFromClient(*first);
        relay.run();
        return finish();
    }

    // A secret in clear goes only to a server whose identity was verified (DESIGN.md, rule 11):
    // the chain to the user's CA, the name too, or an enforced pin. Encryption alone is not it.
    const bool identityVerified
            = m_target.mode >= SslMode::VerifyCa || !m_target.pinnedSha256.isEmpty();
    auto guardUnverified = [identityVerified](Relay &relay) {
        if (!identityVerified)
            relay.refuseCleartextPasswordRequests(CleartextPasswordGuard::Channel::UnverifiedTls);
    };
    if (!server.startTls(sslRequestFrom(first->payload))) {
        // Nothing of the client's handshake response left the machine.
        refuse(quint8(first->sequence + 1));
        return finish();
    }

    // The held handshake response goes into TLS with CLIENT_SSL set, and
    // sequence ids shift by one while authentication runs.
    Packet held = *first;
    const quint32 flags = qFromLittleEndian<quint32>(held.payload.constData()) | ClientSsl;
    qToLittleEndian<quint32>(flags, held.payload.data());
    Relay relay(client, server.endpoint(), s, 1, cancelFd, server.stageDeadline(), onStage);
    guardUnverified(relay);
    relay.injectFromClient(held);
    s.stage = Stage::HandshakeForwarded;
    onStage(Stage::HandshakeForwarded);
    relay.run();
    finish();
}
