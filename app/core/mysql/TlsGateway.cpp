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
#include <pthread.h>
#include <sched.h>
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
// At most this much is held for each direction; the relay stops reading from a side while the other
// side has not taken it.
constexpr qsizetype relayBufferCap = 512 * 1024;
// Bytes relayed one way without any the other way from which on a transfer counts as bulk.
constexpr qsizetype bulkStreak = 256 * 1024;
// A read into a buffer gets room for at least one whole TLS record when there is any.
constexpr qsizetype relayReadMinimum = 16 * 1024 + 256;

QString refusalText(const GatewaySession &s)
{
    QString text = QStringLiteral("sslcm TLS gateway refused the connection");
    if (!s.detail.isEmpty())
        text += QStringLiteral(": ") + s.detail;
    return text;
}

// Bytes on their way to one side, drained from the front. Once authentication is over, reads go
// straight into its free space at the back: no copy of its own, and its memory (allocated once,
// touched only as far as it is used) is reused for the whole session. Appends (authentication
// packets, the gateway's ERR) let it grow.
class RelayBuffer
{
public:
    qsizetype size() const { return m_end - m_begin; }
    bool isEmpty() const { return m_end == m_begin; }
    const char *front() const { return m_data.get() + m_begin; }
    void consume(qsizetype n)
    {
        m_begin += n;
        if (m_begin == m_end)
            m_begin = m_end = 0;
    }
    // Free space at the back for a read of up to relayBufferCap - size() bytes; at least
    // relayReadMinimum of it unless the buffer is (nearly) full.
    char *back()
    {
        if (!m_data)
            allocate(relayBufferCap);
        if (m_capacity - m_end < relayReadMinimum && m_begin > 0)
            compact();
        return m_data.get() + m_end;
    }
    qsizetype spaceAtBack() const { return qMin(m_capacity - m_end, relayBufferCap - size()); }
    void commit(qsizetype n) { m_end += n; }
    void append(const char *data, qsizetype n)
    {
        if (m_capacity - m_end < n) {
            compact();
            if (m_capacity - m_end < n)
                allocate(qMax(relayBufferCap, m_end + n));
        }
        std::memcpy(m_data.get() + m_end, data, size_t(n));
        m_end += n;
    }
    void append(const QByteArray &bytes) { append(bytes.constData(), bytes.size()); }

private:
    void compact()
    {
        if (m_begin == 0)
            return;
        std::memmove(m_data.get(), front(), size_t(size()));
        m_end -= m_begin;
        m_begin = 0;
    }
    void allocate(qsizetype capacity)
    {
        // Not value-initialised: the pages are only touched as bytes arrive.
        std::unique_ptr<char[]> data(new char[size_t(capacity)]);
        if (m_data)
            std::memcpy(data.get(), front(), size_t(size()));
        m_end -= m_begin;
        m_begin = 0;
        m_data = std::move(data);
        m_capacity = capacity;
    }

    std::unique_ptr<char[]> m_data;
    qsizetype m_capacity = 0;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
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

    ~Relay() { setBulk(false); }
    Relay(const Relay &) = delete;
    Relay &operator=(const Relay &) = delete;

    // A client packet that arrived before the relay started (the held handshake response).
    void injectFromClient(const Packet &packet)
    {
        const QByteArray bytes = packet.encode();
        clientBytes(bytes.constData(), bytes.size());
    }
    // For a relay to a server that is not entitled to the password (no TLS, or TLS without a
    // verified identity): stop an exchange in which the client would send the password in
    // clear. The driver would, taking the gateway's Unix socket for a secure channel.
    void refuseCleartextPasswordRequests(CleartextPasswordGuard::Channel channel)
    {
        m_guard.emplace(channel);
    }

    void run();

private:
    // Reads what one side has (up to the other side's buffer cap): >0 bytes, 0 would block, -1
    // end of stream or error. After authentication the bytes go straight into the buffer.
    qsizetype readFrom(SocketIo::Endpoint &from, RelayBuffer &to, bool fromClient);
    // Counts bytes relayed after authentication, to tell a bulk transfer (a long result, a file
    // upload) from an exchange of requests and replies.
    void moved(qsizetype n, bool fromClient);
    // During a bulk transfer the relay thread runs as SCHED_BATCH: its wake-ups no longer preempt
    // the thread that is running (the driver's, the server's), so records pile up and the relay
    // takes them, and hands them to the client, in fewer and larger batches: about a fifth as
    // many context switches for a 40 MB result. A request from the other side ends it, so replies
    // to small requests wake the relay as before.
    void setBulk(bool bulk);
    void clientBytes(const char *bytes, qsizetype size);
    void serverBytes(const char *bytes, qsizetype size);
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
    bool m_bulk = false;
    bool m_streakFromClient = false;
    qsizetype m_streak = 0;    // bytes relayed one way since the other way last sent any
    quint8 m_nextToClient = 0; // the sequence id the client expects from the server next
    PacketReader m_fromClient;
    PacketReader m_fromServer {maxAuthenticationPayload};
    RelayBuffer m_toServer;
    RelayBuffer m_toClient;
    QElapsedTimer m_authTimer;
};

void Relay::clientBytes(const char *bytes, qsizetype size)
{
    if (m_stopped)
        return;
    if (!m_authenticating) {
        m_toServer.append(bytes, size);
        return;
    }
    m_fromClient.append(bytes, size);
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

void Relay::serverBytes(const char *bytes, qsizetype size)
{
    if (m_stopped)
        return;
    if (!m_authenticating) {
        m_toClient.append(bytes, size);
        return;
    }
    m_fromServer.append(bytes, size);
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

void Relay::moved(qsizetype n, bool fromClient)
{
    if (m_authenticating || m_stopped)
        return;
    if (fromClient != m_streakFromClient) {
        m_streakFromClient = fromClient;
        m_streak = 0;
        setBulk(false);
    }
    m_streak += n;
    if (m_streak >= bulkStreak)
        setBulk(true);
}

void Relay::setBulk(bool bulk)
{
    if (bulk == m_bulk)
        return;
    m_bulk = bulk;
    // Only this thread's policy changes, between two that need no privilege; should it fail, the
    // relay only runs as before.
    const sched_param none {};
    [[maybe_unused]] const int rc
            = ::pthread_setschedparam(::pthread_self(), bulk ? SCHED_BATCH : SCHED_OTHER, &none);
}

qsizetype Relay::readFrom(SocketIo::Endpoint &from, RelayBuffer &to, bool fromClient)
{
    if (!m_authenticating && !m_stopped) {
        char *back = to.back();
        const qsizetype n = from.read(back, to.spaceAtBack());
        if (n > 0) {
            to.commit(n);
            moved(n, fromClient);
        }
        return n;
    }
    // Authentication works packet by packet (and a stopped relay discards what the client sends).
    char buffer[16 * 1024];
    const qsizetype n = from.read(buffer, sizeof buffer);
    if (n > 0) {
        if (fromClient)
            clientBytes(buffer, n);
        else
            serverBytes(buffer, n);
    }
    return n;
}

void Relay::run()
{
    m_authTimer.start();
    // Whether a side is worth a read: false once a read found nothing (or found the socket
    // drained), until poll() reports it readable again. No read is tried just to learn that
    // there is nothing.
    bool clientReadable = true;
    bool serverReadable = true;
    for (;;) {
        bool progressed;
        do {
            progressed = false;
            if (clientReadable && !m_client.eof && !m_client.error
                && m_toServer.size() < relayBufferCap) {
                const qsizetype n = readFrom(m_client, m_toServer, true);
                if (n > 0)
                    progressed = true;
                else
                    clientReadable = false;
            }
            // All the server has sent so far, before one write to the client: the more records
            // arrive between two wake-ups (a busy machine), the fewer writes and wake-ups they
            // take.
            while (serverReadable && !m_stopped && !m_server.eof && !m_server.error
                   && m_toClient.size() < relayBufferCap) {
                const qsizetype n = readFrom(m_server, m_toClient, false);
                if (n <= 0) {
                    serverReadable = false;
                    break;
                }
                m_session.bytesFromServer += n;
                progressed = true;
                // Nothing left inside OpenSSL: the socket has most likely been drained too
                // (OpenSSL reads all it can at once), so wait for poll() rather than try.
                if (!m_server.hasBufferedInput())
                    serverReadable = false;
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
        // Readable, or what a read waited for (an end, an error, or writability for TLS).
        const short readable = POLLIN | POLLHUP | POLLERR | POLLNVAL;
        if (fds[0].revents & readable)
            clientReadable = true;
        if (fds[1].revents & (readable | (m_server.readNeedsWritable ? POLLOUT : 0)))
            serverReadable = true;
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
