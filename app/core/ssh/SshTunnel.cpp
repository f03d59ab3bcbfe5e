// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshTunnel.h"

#include "SshKnownHosts.h"
#include "ssh/Libssh_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <openssl/crypto.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSsh, "sslcm.ssh", QtInfoMsg)

namespace {

using Clock = std::chrono::steady_clock;
using Stage = GatewaySession::Stage;
using Failure = GatewaySession::Failure;

std::atomic<qint64> lingerMs {30000};

qint64 msSince(Clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// An eventfd that wakes a poll(): requests for the worker, replies for a caller, aborts.
class EventFd
{
public:
    EventFd()
        : m_fd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
    { }
    ~EventFd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    EventFd(const EventFd &) = delete;
    EventFd &operator=(const EventFd &) = delete;
    int fd() const { return m_fd; }
    void signal() const
    {
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_fd, &one, sizeof one);
    }
    void drain() const
    {
        quint64 value = 0;
        while (::read(m_fd, &value, sizeof value) == sizeof value) { }
    }

private:
    int m_fd;
};

struct Outcome
{
    Failure failure = Failure::None;
    QString detail;
    bool ok() const { return failure == Failure::None; }
};

Outcome fail(Failure failure, const QString &detail)
{
    return {failure, detail};
}

QString methodsText(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    if (methods & SSH_AUTH_METHOD_HOSTBASED)
        names << QStringLiteral("hostbased");
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC)
        names << QStringLiteral("gssapi-with-mic");
    return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
}

// How many keys the agent at `path` holds (SSH2_AGENTC_REQUEST_IDENTITIES), or -1 with the
// reason when it does not answer.
int agentKeyCount(const QByteArray &path, QString &why)
{
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    if (path.size() >= qsizetype(sizeof address.sun_path)) {
        why = QStringLiteral("the socket path is too long");
        return -1;
    }
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        why = errnoText(errno);
        return -1;
    }
    timeval limit {2, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        why = errnoText(errno);
        ::close(fd);
        return -1;
    }
    const unsigned char request[] = {0, 0, 0, 1, 11};
    unsigned char answer[9] = {};
    size_t got = 0;
    bool ok = ::send(fd, request, sizeof request, MSG_NOSIGNAL) == ssize_t(sizeof request);
    while (ok && got < sizeof answer) {
        const ssize_t n = ::recv(fd, answer + got, sizeof answer - got, 0);
        if (n <= 0)
            ok = false;
        else
            got += size_t(n);
    }
    ::close(fd);
    if (!ok || answer[4] != 12) {
        why = QStringLiteral("the agent did not answer the request for its keys");
        return -1;
    }
    return int((quint32(answer[5]) << 24) | (quint32(answer[6]) << 16) | (quint32(answer[7]) << 8)
               | quint32(answer[8]));
}

// Whether a private key file needs a passphrase: OpenSSH's format names its cipher, PEM says
// Proc-Type 4,ENCRYPTED, PKCS#8 says ENCRYPTED PRIVATE KEY.
bool keyIsEncrypted(const QByteArray &contents)
{
    if (contents.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")
        || contents.contains("Proc-Type: 4,ENCRYPTED"))
        return true;
    static const QByteArray begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    static const QByteArray end = "-----END OPENSSH PRIVATE KEY-----";
    const qsizetype from = contents.indexOf(begin);
    const qsizetype to = contents.indexOf(end);
    if (from < 0 || to < from)
        return false;
    QByteArray body = contents.mid(from + begin.size(), to - from - begin.size());
    body.replace('\n', QByteArray()).replace('\r', QByteArray()).replace(' ', QByteArray());
    const QByteArray blob = QByteArray::fromBase64(body);
    static const QByteArray magic("openssh-key-v1\0", 15);
    if (!blob.startsWith(magic) || blob.size() < magic.size() + 4)
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(blob.constData()) + magic.size();
    const quint32 length
            = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    if (length > 64 || magic.size() + 4 + qsizetype(length) > blob.size())
        return false;
    return blob.mid(magic.size() + 4, length) != "none";
}

// libssh asks this when a PEM key needs a passphrase and none was given: there is none, and
// OpenSSL must never fall back to asking on a terminal.
int refusePassphrase(const char *, char *buffer, size_t length, int, int, void *)
{
    if (buffer && length)
        buffer[0] = '\0';
    return -1;
}

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

// Brings one SSH connection up step by step, on the thread that owns it. Every step is bounded
// by the settings' timeout; abort() (any thread) ends the current step at once.
class Connector
{
public:
    explicit Connector(const SshTunnelSettings &settings)
        : m_settings(settings)
    { }
    ~Connector() { close(); }
    Connector(const Connector &) = delete;
    Connector &operator=(const Connector &) = delete;

    ssh_session session() const { return m_session.get(); }

    void abort()
    {
        m_aborted = true;
        m_abort.signal();
        std::lock_guard lock(m_fdMutex);
        if (m_fd >= 0)
            ::shutdown(m_fd, SHUT_RDWR);
    }

    // Says goodbye and closes the socket: libssh never closes a socket it was given
    // (SSH_OPTIONS_FD) once disconnected.
    void close()
    {
        int fd = -1;
        {
            std::lock_guard lock(m_fdMutex);
            fd = m_fd;
            m_fd = -1;
        }
        if (m_session) {
            ssh_set_blocking(m_session.get(), 1);
            ssh_disconnect(m_session.get());
            m_session.reset();
        }
        if (fd >= 0)
            ::close(fd);
    }

    // TCP to the jump host, its banner and the key exchange.
    Outcome connect(GatewaySession::Ssh &facts)
    {
        const Clock::time_point started = Clock::now();
        const SshJump &jump = m_settings.jump;
        addrinfo hints {};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        if (!QHostAddress(jump.host).isNull())
            hints.ai_flags = AI_NUMERICHOST;
        addrinfo *found = nullptr;
        const QByteArray port = QByteArray::number(jump.port);
        const int rc
                = ::getaddrinfo(jump.host.toUtf8().constData(), port.constData(), &hints, &found);
        if (rc != 0)
            return fail(Failure::SshConnectFailed,
                        QStringLiteral("%1: %2").arg(jump.host,
                                                     QString::fromLocal8Bit(gai_strerror(rc))));
        std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> addresses(found, &freeaddrinfo);
        Outcome last = fail(Failure::SshConnectFailed, QStringLiteral("no address to connect to"));
        int fd = -1;
        for (addrinfo *a = found; a && fd < 0; a = a->ai_next) {
            const int s = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK,
                                   a->ai_protocol);
            if (s < 0)
                continue;
            int r = ::connect(s, a->ai_addr, a->ai_addrlen);
            if (r != 0 && errno == EINPROGRESS) {
                const qint64 left = m_settings.timeout.count() - msSince(started);
                pollfd fds[2] = {{s, POLLOUT, 0}, {m_abort.fd(), POLLIN, 0}};
                const int ready
                        = left > 0 ? ::poll(fds, 2, int(std::min<qint64>(left, INT_MAX))) : 0;
                if (m_aborted) {
                    ::close(s);
                    return fail(Failure::Cancelled, {});
                }
                if (ready <= 0 || !(fds[0].revents & (POLLOUT | POLLERR | POLLHUP))) {
                    ::close(s);
                    return fail(Failure::SshTimeout,
                                QStringLiteral("no TCP connection to %1 within %2 ms")
                                        .arg(jump.destination())
                                        .arg(m_settings.timeout.count()));
                }
                int error = 0;
                socklen_t length = sizeof error;
                ::getsockopt(s, SOL_SOCKET, SO_ERROR, &error, &length);
                r = error == 0 ? 0 : -1;
                errno = error;
            }
            if (r == 0) {
                fd = s;
                break;
            }
            last = fail(Failure::SshConnectFailed,
                        QStringLiteral("%1: %2").arg(jump.destination(), errnoText(errno)));
            ::close(s);
        }
        if (fd < 0)
            return last;
        int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        {
            std::lock_guard lock(m_fdMutex);
            m_fd = fd;
        }
        if (m_aborted)
            return fail(Failure::Cancelled, {});

        m_session.reset(ssh_new());
        if (!m_session)
            return fail(Failure::SshConnectFailed, QStringLiteral("libssh: out of memory"));
        ssh_session s = m_session.get();
        const int noConfig = 0;
        ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
        ssh_options_set(s, SSH_OPTIONS_HOST, jump.host.toUtf8().constData());
        const unsigned int sshPort = jump.port;
        ssh_options_set(s, SSH_OPTIONS_PORT, &sshPort);
        if (!jump.user.isEmpty())
            ssh_options_set(s, SSH_OPTIONS_USER, jump.user.toUtf8().constData());
        // Host keys are judged here against all lists, never by libssh's own files.
        ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, "/dev/null");
        ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
        const QByteArray algorithms = Libssh::preferredHostKeyAlgorithms(jump.host, jump.port);
        if (!algorithms.isEmpty())
            ssh_options_set(s, SSH_OPTIONS_HOSTKEYS, algorithms.constData());
        const qint64 timeoutMs = std::max<qint64>(1, m_settings.timeout.count());
        const long seconds = long(timeoutMs / 1000);
        const long micros = long(timeoutMs % 1000) * 1000;
        ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &seconds);
        ssh_options_set(s, SSH_OPTIONS_TIMEOUT_USEC, &micros);
        socket_t socketFd = fd;
        ssh_options_set(s, SSH_OPTIONS_FD, &socketFd);

        m_stepStarted = Clock::now();
        if (ssh_connect(s) != SSH_OK)
            return sshFailure(Failure::SshConnectFailed);
        if (const char *banner = ssh_get_serverbanner(s))
            facts.serverBanner = QString::fromUtf8(banner);
        facts.connectMs = msSince(started);
        return {};
    }

    // The jump host's key against the lists. Sends nothing.
    Outcome checkHostKey(GatewaySession::Ssh &facts)
    {
        const Clock::time_point started = Clock::now();
        ssh_key serverKey = nullptr;
        if (ssh_get_server_publickey(m_session.get(), &serverKey) != SSH_OK || !serverKey)
            return fail(Failure::SshConnectFailed,
                        QStringLiteral("the jump host showed no host key"));
        Libssh::KeyPtr key(serverKey);
        facts.hostKeyType = Libssh::keyType(key.get());
        facts.hostKeySha256 = Libssh::keySha256(key.get());
        facts.hostKeyLine = Libssh::keyLine(key.get());
        const SshJump &jump = m_settings.jump;
        const Libssh::HostKeyJudgement judgement
                = Libssh::judgeHostKey(jump.host, jump.port, key.get());
        const QString fingerprint = SshKnownHosts::fingerprint(facts.hostKeySha256);
        const QString name = QString::fromUtf8(Libssh::knownHostsName(jump.host, jump.port));
        switch (judgement.verdict) {
        case Libssh::HostKeyJudgement::Verdict::Known:
            facts.hostKeySource = judgement.source;
            facts.hostKeyMs = msSince(started); // set only when passed, as every *Ms
            return {};
        case Libssh::HostKeyJudgement::Verdict::Unknown: {
            QString detail = QStringLiteral("%1 key %2 of %3 is on no known-hosts list")
                                     .arg(facts.hostKeyType, fingerprint, name);
            if (!judgement.unreadable.isEmpty())
                detail += QStringLiteral(" (could not read %1)")
                                  .arg(judgement.unreadable.join(QStringLiteral(", ")));
            return fail(Failure::SshHostKeyUnknown, detail);
        }
        case Libssh::HostKeyJudgement::Verdict::Changed:
            facts.recordedKeyType = judgement.recordedType;
            facts.recordedKeySha256 = judgement.recordedSha256;
            facts.hostKeySource = judgement.source;
            return fail(Failure::SshHostKeyChanged,
                        QStringLiteral("%1 shows %2 key %3, but %4 records %5 key %6 for it")
                                .arg(name, facts.hostKeyType, fingerprint, judgement.source,
                                     judgement.recordedType,
                                     SshKnownHosts::fingerprint(judgement.recordedSha256)));
        case Libssh::HostKeyJudgement::Verdict::Revoked:
            facts.hostKeySource = judgement.source;
            return fail(Failure::SshHostKeyChanged,
                        QStringLiteral("%1 key %2 of %3 is marked @revoked in %4")
                                .arg(facts.hostKeyType, fingerprint, name, judgement.source));
        }
        return fail(Failure::SshHostKeyUnknown, {});
    }

    Outcome login(GatewaySession::Ssh &facts)
    {
        const Clock::time_point started = Clock::now();
        ssh_session s = m_session.get();
        m_stepStarted = Clock::now();
        int rc = ssh_userauth_none(s, nullptr);
        if (rc == SSH_AUTH_SUCCESS) {
            facts.authMethod = QStringLiteral("none");
            facts.loginMs = msSince(started);
            return {};
        }
        if (rc == SSH_AUTH_ERROR)
            return sshFailure(Failure::SshAuthFailed);
        const int methods = ssh_userauth_list(s, nullptr);
        Outcome outcome;
        switch (m_settings.jump.auth) {
        case SshJump::Auth::Agent:
            outcome = loginWithAgent(methods, facts);
            break;
        case SshJump::Auth::KeyFile:
            outcome = loginWithKeyFile(methods, facts);
            break;
        case SshJump::Auth::Password:
            outcome = loginWithPassword(methods, facts);
            break;
        }
        if (outcome.ok())
            facts.loginMs = msSince(started);
        return outcome;
    }

private:
    QString user() const
    {
        return m_settings.jump.user.isEmpty() ? QStringLiteral("(local user)")
                                              : m_settings.jump.user;
    }

    Outcome sshFailure(Failure otherwise)
    {
        if (m_aborted)
            return fail(Failure::Cancelled, {});
        const QString error = QString::fromUtf8(ssh_get_error(m_session.get()));
        if (error.contains(QLatin1String("Timeout"), Qt::CaseInsensitive)
            || msSince(m_stepStarted) >= m_settings.timeout.count())
            return fail(Failure::SshTimeout,
                        QStringLiteral("no answer from the jump host within %1 ms (%2)")
                                .arg(m_settings.timeout.count())
                                .arg(error));
        return fail(otherwise, error);
    }

    Outcome refused(int methods, const QString &what)
    {
        return fail(
                Failure::SshAuthFailed,
                QStringLiteral("%1 (the jump host offers: %2)").arg(what, methodsText(methods)));
    }

    Outcome loginWithAgent(int methods, GatewaySession::Ssh &facts)
    {
        const QByteArray socketPath = qgetenv("SSH_AUTH_SOCK");
        if (socketPath.isEmpty())
            return fail(Failure::SshAgentNoKey,
                        QStringLiteral("no SSH agent is running: SSH_AUTH_SOCK is not set"));
        QString why;
        const int keys = agentKeyCount(socketPath, why);
        if (keys < 0)
            return fail(Failure::SshAgentNoKey,
                        QStringLiteral("the SSH agent at %1 does not answer: %2")
                                .arg(QString::fromLocal8Bit(socketPath), why));
        if (keys == 0)
            return fail(Failure::SshAgentNoKey,
                        QStringLiteral("the SSH agent at %1 holds no key")
                                .arg(QString::fromLocal8Bit(socketPath)));
        if (!(methods & SSH_AUTH_METHOD_PUBLICKEY))
            return refused(methods, QStringLiteral("the jump host takes no keys"));
        m_stepStarted = Clock::now();
        const int rc = ssh_userauth_agent(m_session.get(), nullptr);
        if (rc == SSH_AUTH_SUCCESS) {
            facts.authMethod = QStringLiteral("publickey (agent)");
            return {};
        }
        if (rc == SSH_AUTH_ERROR)
            return sshFailure(Failure::SshAuthFailed);
        if (rc == SSH_AUTH_PARTIAL)
            return refused(ssh_userauth_list(m_session.get(), nullptr),
                           QStringLiteral("the jump host wants a further login method after the "
                                          "agent's key"));
        return fail(Failure::SshAgentNoKey,
                    QStringLiteral("the jump host accepts none of the %1 key(s) of the SSH agent "
                                   "for %2")
                            .arg(keys)
                            .arg(user()));
    }

    Outcome loginWithKeyFile(int methods, GatewaySession::Ssh &facts)
    {
        const QString path = expandHome(m_settings.jump.keyFile);
        QFile file(path);
        if (path.isEmpty() || !file.exists())
            return fail(Failure::SshKeyUnusable,
                        QStringLiteral("the key file %1 does not exist").arg(path));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Failure::SshKeyUnusable,
                        QStringLiteral("cannot read the key file %1: %2")
                                .arg(path, file.errorString()));
        QByteArray contents = file.read(1024 * 1024);
        file.close();
        const bool encrypted = keyIsEncrypted(contents);
        if (encrypted && m_settings.keyPassphrase.isEmpty()) {
            facts.keyNeedsPassphrase = true;
            return fail(Failure::SshKeyUnusable,
                        QStringLiteral("the key file %1 is encrypted: it needs its passphrase")
                                .arg(path));
        }
        QByteArray passphrase = m_settings.keyPassphrase.toUtf8();
        ssh_key imported = nullptr;
        const int rc = ssh_pki_import_privkey_base64(
                contents.constData(), passphrase.isEmpty() ? nullptr : passphrase.constData(),
                refusePassphrase, nullptr, &imported);
        passphrase.fill('\0');
        contents.fill('\0');
        Libssh::KeyPtr key(imported);
        if (rc != SSH_OK || !key) {
            if (encrypted) {
                facts.keyNeedsPassphrase = true;
                return fail(
                        Failure::SshKeyUnusable,
                        QStringLiteral("the passphrase does not open the key file %1").arg(path));
            }
            return fail(Failure::SshKeyUnusable,
                        QStringLiteral("%1 is not a private key (OpenSSH, PEM or PKCS#8) this "
                                       "libssh can read")
                                .arg(path));
        }
        if (!(methods & SSH_AUTH_METHOD_PUBLICKEY))
            return refused(methods, QStringLiteral("the jump host takes no keys"));
        m_stepStarted = Clock::now();
        const int auth = ssh_userauth_publickey(m_session.get(), nullptr, key.get());
        if (auth == SSH_AUTH_SUCCESS) {
            facts.authMethod = QStringLiteral("publickey");
            return {};
        }
        if (auth == SSH_AUTH_ERROR)
            return sshFailure(Failure::SshAuthFailed);
        if (auth == SSH_AUTH_PARTIAL)
            return refused(ssh_userauth_list(m_session.get(), nullptr),
                           QStringLiteral("the jump host wants a further login method after the "
                                          "key"));
        return refused(methods,
                       QStringLiteral("the jump host refused the %1 key %2 for %3")
                               .arg(Libssh::keyType(key.get()),
                                    SshKnownHosts::fingerprint(Libssh::keySha256(key.get())),
                                    user()));
    }

    Outcome loginWithPassword(int methods, GatewaySession::Ssh &facts)
    {
        if (m_settings.password.isEmpty())
            return refused(methods, QStringLiteral("no password was given"));
        QByteArray password = m_settings.password.toUtf8();
        Outcome outcome;
        m_stepStarted = Clock::now();
        if (methods & SSH_AUTH_METHOD_PASSWORD) {
            const int rc = ssh_userauth_password(m_session.get(), nullptr, password.constData());
            if (rc == SSH_AUTH_SUCCESS)
                facts.authMethod = QStringLiteral("password");
            else if (rc == SSH_AUTH_ERROR)
                outcome = sshFailure(Failure::SshAuthFailed);
            else
                outcome = refused(
                        ssh_userauth_list(m_session.get(), nullptr),
                        QStringLiteral("the jump host refused the password for %1").arg(user()));
        } else if (methods & SSH_AUTH_METHOD_INTERACTIVE) {
            outcome = keyboardInteractive(password, methods, facts);
        } else {
            outcome = refused(methods, QStringLiteral("the jump host takes no password"));
        }
        password.fill('\0');
        return outcome;
    }

    // Answers the password to the first hidden prompt, once: a second one means it was refused.
    Outcome keyboardInteractive(const QByteArray &password, int methods, GatewaySession::Ssh &facts)
    {
        ssh_session s = m_session.get();
        bool answered = false;
        int rc = ssh_userauth_kbdint(s, nullptr, nullptr);
        while (rc == SSH_AUTH_INFO) {
            const int prompts = ssh_userauth_kbdint_getnprompts(s);
            for (int i = 0; i < prompts; ++i) {
                char echo = 1;
                ssh_userauth_kbdint_getprompt(s, unsigned(i), &echo);
                if (!echo) {
                    if (answered)
                        return refused(methods,
                                       QStringLiteral("the jump host refused the password for %1")
                                               .arg(user()));
                    answered = true;
                    ssh_userauth_kbdint_setanswer(s, unsigned(i), password.constData());
                } else {
                    ssh_userauth_kbdint_setanswer(s, unsigned(i), "");
                }
            }
            rc = ssh_userauth_kbdint(s, nullptr, nullptr);
        }
        if (rc == SSH_AUTH_SUCCESS) {
            facts.authMethod = QStringLiteral("keyboard-interactive");
            return {};
        }
        if (rc == SSH_AUTH_ERROR)
            return sshFailure(Failure::SshAuthFailed);
        return refused(ssh_userauth_list(s, nullptr),
                       QStringLiteral("the jump host refused the password for %1").arg(user()));
    }

    SshTunnelSettings m_settings;
    Libssh::SessionPtr m_session;
    EventFd m_abort;
    std::atomic<bool> m_aborted {false};
    std::mutex m_fdMutex;
    int m_fd = -1; // the socket libssh uses; ours to close (close()); guarded by m_fdMutex
    Clock::time_point m_stepStarted = Clock::now();
};

// A caller's wish for a channel, and what the worker reports back.
struct Request
{
    QString host;
    quint16 port = 0;

    std::mutex m;
    std::vector<Stage> stages; // reached and not yet passed to the caller's onStage
    GatewaySession::Ssh facts;
    bool done = false;
    SshTunnel::Channel result;
    bool abandoned = false; // the caller gave up: a channel that opens now is closed at once
    EventFd reply;

    bool isAbandoned()
    {
        std::lock_guard lock(m);
        return abandoned;
    }
    void progress(Stage stage, const GatewaySession::Ssh &now)
    {
        std::lock_guard lock(m);
        stages.push_back(stage);
        facts = now;
        reply.signal();
    }
    // False when the caller is gone: then whoever holds channel.fd closes it.
    bool finish(const SshTunnel::Channel &channel)
    {
        std::lock_guard lock(m);
        facts = channel.facts;
        if (abandoned)
            return false;
        result = channel;
        done = true;
        reply.signal();
        return true;
    }
};

// One open channel and its end of the socketpair, pumped by the worker.
struct Pipe
{
    ssh_channel channel = nullptr;
    int fd = -1;
    QByteArray toLocal;  // from the channel, not yet taken by the local end
    QByteArray toRemote; // from the local end, not yet within the channel's window
    bool localEof = false;
    bool eofSent = false;
    bool remoteEofPassed = false;
    bool hungUp = false; // the local end closed its fd, not only its writing side
};

// A channel asked for and not answered yet.
struct Opening
{
    std::shared_ptr<Request> request; // null when its caller is gone (or got a timeout)
    ssh_channel channel = nullptr;
    Clock::time_point started;
    QString host;
    quint16 port = 0;
    bool reused = false; // the session was up before this request came
};

constexpr qsizetype chunk = 32 * 1024;

} // namespace

// One SSH session and its worker thread; libssh is used from that thread only.
class SshSession
{
public:
    SshSession(const SshTunnelSettings &settings, const QByteArray &key)
        : key(key)
        , m_settings(settings)
    { }
    ~SshSession()
    {
        stop();
        join();
    }

    const QByteArray key;
    std::atomic<bool> up {false};
    std::atomic<int> channels {0};

    void start()
    {
        m_thread = std::thread([this] { run(); });
    }
    void join()
    {
        if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id())
            m_thread.join();
    }
    bool isDead()
    {
        std::lock_guard lock(m);
        return m_dead;
    }
    bool tryHold()
    {
        std::lock_guard lock(m);
        if (m_dead || m_stopping)
            return false;
        ++m_holders;
        return true;
    }
    void release()
    {
        std::lock_guard lock(m);
        --m_holders;
        m_wake.signal();
    }
    bool post(const std::shared_ptr<Request> &request)
    {
        std::lock_guard lock(m);
        if (m_dead || m_stopping)
            return false;
        m_queue.push_back(request);
        m_wake.signal();
        return true;
    }
    // A caller gave up. While the session is still coming up for nobody else, stop that now.
    void abandoned()
    {
        std::lock_guard lock(m);
        if (up || !m_connector || !m_current)
            return;
        if (!m_current->isAbandoned())
            return;
        for (const auto &request : m_queue)
            if (!request->isAbandoned())
                return;
        m_connector->abort();
    }
    // Nobody gets this session any more (obtain() makes a new one): before anyone hears why.
    void markDead()
    {
        std::lock_guard lock(m);
        m_dead = true;
    }
    void stop()
    {
        std::lock_guard lock(m);
        m_stopping = true;
        // Coming up: stop that at once. Up: the worker logs out on its own.
        if (m_connector && !up)
            m_connector->abort();
        m_wake.signal();
    }

private:
    void run();
    Outcome bringUp(const std::shared_ptr<Request> &request);
    void startOpening(const std::shared_ptr<Request> &request, bool reused,
                      std::vector<Opening> &openings);
    // Progress of an opening; false when it is over.
    bool advance(Opening &opening, std::vector<Pipe> &pipes);
    // Moves bytes both ways; false when the pipe is over. `moved` counts the bytes moved.
    bool pump(Pipe &pipe, qint64 &moved);
    void closePipe(Pipe &pipe);
    SshTunnel::Channel channelFacts(Failure failure, const QString &detail) const
    {
        SshTunnel::Channel channel;
        channel.failure = failure;
        channel.detail = detail;
        channel.facts = m_facts;
        return channel;
    }
    // The facts of a channel asked for on a session that was up: it cost no login.
    static void markReused(SshTunnel::Channel &channel, const Opening &opening)
    {
        channel.facts.reused = opening.reused;
        if (opening.reused) {
            channel.facts.connectMs = -1;
            channel.facts.hostKeyMs = -1;
            channel.facts.loginMs = -1;
        }
    }

    SshTunnelSettings m_settings;
    std::thread m_thread;
    EventFd m_wake;

    std::mutex m; // guards what follows
    std::deque<std::shared_ptr<Request>> m_queue;
    std::shared_ptr<Request> m_current; // the request the session is coming up for
    std::unique_ptr<Connector> m_connector;
    int m_holders = 0;
    bool m_dead = false;
    bool m_stopping = false;

    // The worker's own.
    GatewaySession::Ssh m_facts;
    ssh_event m_event = nullptr;
};

Outcome SshSession::bringUp(const std::shared_ptr<Request> &request)
{
    m_facts = {};
    m_facts.used = true;
    m_facts.destination = m_settings.jump.destination();
    Connector *connector = nullptr;
    {
        std::lock_guard lock(m);
        m_current = request;
        m_connector = std::make_unique<Connector>(m_settings);
        connector = m_connector.get();
        if (m_stopping)
            connector->abort();
    }
    Outcome outcome = connector->connect(m_facts);
    if (outcome.ok()) {
        request->progress(Stage::SshConnected, m_facts);
        outcome = connector->checkHostKey(m_facts);
    }
    if (outcome.ok()) {
        request->progress(Stage::SshHostKeyChecked, m_facts);
        outcome = connector->login(m_facts);
    }
    {
        std::lock_guard lock(m);
        m_current.reset();
    }
    // The secrets are not needed once logged in (or refused).
    m_settings.password.fill(QLatin1Char('\0'));
    m_settings.password.clear();
    m_settings.keyPassphrase.fill(QLatin1Char('\0'));
    m_settings.keyPassphrase.clear();
    if (!outcome.ok()) {
        qCDebug(lcSsh) << "SSH session to" << m_facts.destination << "failed:" << outcome.detail;
        return outcome;
    }
    request->progress(Stage::SshAuthenticated, m_facts);
    ssh_session session = connector->session();
    ssh_set_blocking(session, 0);
    m_event = ssh_event_new();
    if (!m_event || ssh_event_add_session(m_event, session) != SSH_OK)
        return fail(Failure::SshConnectFailed, QStringLiteral("libssh: cannot watch the session"));
    up = true;
    qCDebug(lcSsh) << "SSH session to" << m_facts.destination << "is up," << m_facts.authMethod;
    return {};
}

void SshSession::startOpening(const std::shared_ptr<Request> &request, bool reused,
                              std::vector<Opening> &openings)
{
    Opening opening;
    opening.request = request;
    opening.reused = reused;
    opening.host = request->host;
    opening.port = request->port;
    opening.started = Clock::now();
    opening.channel = ssh_channel_new(m_connector->session());
    if (!opening.channel) {
        SshTunnel::Channel failed
                = channelFacts(Failure::SshConnectFailed,
                               QString::fromUtf8(ssh_get_error(m_connector->session())));
        request->finish(failed);
        return;
    }
    openings.push_back(std::move(opening));
}

bool SshSession::advance(Opening &opening, std::vector<Pipe> &pipes)
{
    const QByteArray host = opening.host.toUtf8();
    const int rc = ssh_channel_open_forward(opening.channel, host.constData(), opening.port,
                                            "127.0.0.1", 0);
    if (rc == SSH_AGAIN) {
        const qint64 waited = msSince(opening.started);
        if (opening.request && waited >= m_settings.timeout.count()) {
            SshTunnel::Channel failed = channelFacts(
                    Failure::SshTimeout,
                    QStringLiteral("the jump host did not open the channel to %1:%2 within %3 ms")
                            .arg(opening.host)
                            .arg(opening.port)
                            .arg(m_settings.timeout.count()));
            markReused(failed, opening);
            opening.request->finish(failed);
            opening.request.reset();
        }
        // An answer that never comes is given up on; the channel dies with the session.
        if (!opening.request && waited >= 4 * m_settings.timeout.count()) {
            ssh_channel_free(opening.channel);
            return false;
        }
        return true;
    }
    if (rc != SSH_OK) {
        const QString error = QString::fromUtf8(ssh_get_error(m_connector->session()));
        ssh_channel_free(opening.channel);
        if (!opening.request)
            return false;
        Failure failure = Failure::TunnelConnectFailed;
        QString detail = error;
        static const QRegularExpression code(QStringLiteral("error \\((\\d+)\\)\\s*(.*)$"));
        const QRegularExpressionMatch match = code.match(error);
        if (match.hasMatch()) {
            // RFC 4254's reason codes.
            static const char *const reasons[]
                    = {"", "administratively prohibited", "connect failed", "unknown channel type",
                       "resource shortage"};
            const int reason = match.captured(1).toInt();
            if (reason == 1 || reason == 3 || reason == 4)
                failure = Failure::TunnelRefused;
            const QString said = match.captured(2).trimmed();
            detail = reason >= 1 && reason <= 4
                    ? QStringLiteral("%1:%2: %3 (%4)")
                              .arg(opening.host)
                              .arg(opening.port)
                              .arg(QLatin1String(reasons[reason]), said)
                    : QStringLiteral("%1:%2: %3").arg(opening.host).arg(opening.port).arg(said);
        } else if (ssh_get_status(m_connector->session()) & (SSH_CLOSED | SSH_CLOSED_ERROR)) {
            failure = Failure::SshConnectFailed;
            detail = QStringLiteral("the SSH connection was lost: %1").arg(error);
        }
        SshTunnel::Channel failed = channelFacts(failure, detail);
        markReused(failed, opening);
        opening.request->finish(failed);
        return false;
    }
    if (!opening.request || opening.request->isAbandoned()) {
        ssh_channel_close(opening.channel);
        ssh_channel_free(opening.channel);
        return false;
    }
    int pair[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, pair) != 0) {
        const int error = errno;
        ssh_channel_close(opening.channel);
        ssh_channel_free(opening.channel);
        opening.request->finish(channelFacts(Failure::NetworkError, errnoText(error)));
        return false;
    }
    Pipe pipe;
    pipe.channel = opening.channel;
    pipe.fd = pair[1];
    pipes.push_back(std::move(pipe));
    channels = int(pipes.size());
    SshTunnel::Channel channel = channelFacts(Failure::None, {});
    channel.fd = pair[0];
    markReused(channel, opening);
    channel.facts.channelMs = msSince(opening.started);
    // A caller that gave up meanwhile never sees the fd: closing it ends the pipe.
    if (!opening.request->finish(channel))
        ::close(pair[0]);
    return false;
}

bool SshSession::pump(Pipe &pipe, qint64 &moved)
{
    char buffer[chunk];
    // The jump host's bytes to the local end.
    for (int round = 0; round < 8; ++round) {
        if (!pipe.toLocal.isEmpty()) {
            const ssize_t n = ::send(pipe.fd, pipe.toLocal.constData(), size_t(pipe.toLocal.size()),
                                     MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0) {
                pipe.toLocal.remove(0, n);
                moved += n;
            } else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                return false; // the local end is gone
            }
            if (!pipe.toLocal.isEmpty())
                break;
        }
        if (pipe.remoteEofPassed)
            break;
        const int n = ssh_channel_read_nonblocking(pipe.channel, buffer, sizeof buffer, 0);
        if (n > 0) {
            pipe.toLocal.append(buffer, n);
            continue;
        }
        if (n == SSH_EOF || (n == 0 && ssh_channel_is_eof(pipe.channel))) {
            ::shutdown(pipe.fd, SHUT_WR);
            pipe.remoteEofPassed = true;
            break;
        }
        if (n < 0)
            return false;
        break;
    }
    // The local end's bytes into the channel, within its window.
    for (int round = 0; round < 8; ++round) {
        if (!pipe.toRemote.isEmpty()) {
            const uint32_t window = ssh_channel_window_size(pipe.channel);
            if (window == 0)
                break;
            const uint32_t length = uint32_t(std::min<qint64>(pipe.toRemote.size(), window));
            const int n = ssh_channel_write(pipe.channel, pipe.toRemote.constData(), length);
            if (n < 0)
                return false;
            pipe.toRemote.remove(0, n);
            moved += n;
            if (!pipe.toRemote.isEmpty())
                break;
        }
        if (pipe.localEof)
            break;
        const uint32_t window = ssh_channel_window_size(pipe.channel);
        if (window == 0)
            break;
        const ssize_t n
                = ::read(pipe.fd, buffer, size_t(std::min<qint64>(qint64(sizeof buffer), window)));
        if (n > 0) {
            pipe.toRemote.append(buffer, n);
            continue;
        }
        if (n == 0) {
            pipe.localEof = true;
            break;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
            break;
        return false;
    }
    if (pipe.localEof && pipe.toRemote.isEmpty() && !pipe.eofSent) {
        if (ssh_channel_is_open(pipe.channel))
            ssh_channel_send_eof(pipe.channel);
        pipe.eofSent = true;
    }
    if (ssh_channel_is_closed(pipe.channel))
        return false;
    if (pipe.hungUp && pipe.eofSent)
        return false; // nobody reads what the jump host may still send
    return !(pipe.eofSent && pipe.remoteEofPassed && pipe.toLocal.isEmpty());
}

void SshSession::closePipe(Pipe &pipe)
{
    if (pipe.channel) {
        if (ssh_channel_is_open(pipe.channel))
            ssh_channel_close(pipe.channel);
        ssh_channel_free(pipe.channel);
        pipe.channel = nullptr;
    }
    if (pipe.fd >= 0) {
        ::close(pipe.fd);
        pipe.fd = -1;
    }
}

void SshSession::run()
{
    std::vector<Pipe> pipes;
    std::vector<Opening> openings;
    Clock::time_point idleSince = Clock::now();
    bool idle = false;
    Outcome end = fail(Failure::SshConnectFailed, QStringLiteral("the SSH session ended"));

    for (;;) {
        m_wake.drain();
        std::deque<std::shared_ptr<Request>> incoming;
        {
            std::lock_guard lock(m);
            if (m_stopping)
                break;
            incoming.swap(m_queue);
        }
        bool broken = false;
        while (!incoming.empty()) {
            std::shared_ptr<Request> request = incoming.front();
            incoming.pop_front();
            if (request->isAbandoned())
                continue;
            const bool reused = up;
            if (!up) {
                const Outcome outcome = bringUp(request);
                if (!outcome.ok()) {
                    markDead();
                    request->finish(channelFacts(outcome.failure, outcome.detail));
                    // Those waiting behind it share its fate.
                    for (const auto &other : incoming)
                        other->finish(channelFacts(outcome.failure, outcome.detail));
                    incoming.clear();
                    end = outcome;
                    broken = true;
                    break;
                }
            } else {
                GatewaySession::Ssh facts = m_facts;
                facts.reused = true;
                request->progress(Stage::SshConnected, facts);
                request->progress(Stage::SshHostKeyChecked, facts);
                request->progress(Stage::SshAuthenticated, facts);
            }
            startOpening(request, reused, openings);
        }
        if (broken)
            break;

        for (auto it = openings.begin(); it != openings.end();) {
            if (it->request && it->request->isAbandoned())
                it->request.reset();
            if (advance(*it, pipes))
                ++it;
            else
                it = openings.erase(it);
        }

        // Pump until nothing moves: reading one channel can buffer another's data in libssh.
        bool more = false;
        for (int sweep = 0; sweep < 16; ++sweep) {
            qint64 moved = 0;
            for (auto it = pipes.begin(); it != pipes.end();) {
                if (pump(*it, moved)) {
                    ++it;
                } else {
                    closePipe(*it);
                    it = pipes.erase(it);
                }
            }
            more = moved > 0;
            if (!more)
                break;
        }
        channels = int(pipes.size());

        if (up && (ssh_get_status(m_connector->session()) & (SSH_CLOSED | SSH_CLOSED_ERROR))) {
            end = fail(Failure::SshConnectFailed,
                       QStringLiteral("the SSH connection was lost: %1")
                               .arg(QString::fromUtf8(ssh_get_error(m_connector->session()))));
            qCDebug(lcSsh) << "SSH session to" << m_facts.destination << "lost:" << end.detail;
            markDead();
            break;
        }

        // Linger while unused, then end; a session that never came up ends at once.
        int timeout = -1;
        if (pipes.empty() && openings.empty()) {
            std::lock_guard lock(m);
            if (m_holders <= 0 && m_queue.empty()) {
                if (!idle) {
                    idle = true;
                    idleSince = Clock::now();
                }
                const qint64 left = up ? lingerMs.load() - msSince(idleSince) : 0;
                if (left <= 0) {
                    m_dead = true;
                    break;
                }
                timeout = int(std::min<qint64>(left, INT_MAX));
            } else {
                idle = false;
            }
        } else {
            idle = false;
        }
        if (!openings.empty())
            timeout = timeout < 0 ? 100 : std::min(timeout, 100);
        if (more)
            timeout = 0;

        std::vector<pollfd> fds;
        fds.push_back({m_wake.fd(), POLLIN, 0});
        if (up) {
            short events = POLLIN;
            if (ssh_get_poll_flags(m_connector->session()) & SSH_WRITE_PENDING)
                events |= POLLOUT;
            fds.push_back({ssh_get_fd(m_connector->session()), events, 0});
        }
        for (const Pipe &pipe : pipes) {
            short events = 0;
            if (!pipe.localEof && pipe.toRemote.isEmpty() && ssh_channel_window_size(pipe.channel))
                events |= POLLIN;
            if (!pipe.toLocal.isEmpty())
                events |= POLLOUT;
            // POLLHUP comes whatever is asked for: watched without events only to see the
            // local end close after its EOF. Otherwise an fd with nothing to wait for stays
            // out, or a hung-up peer would wake poll forever.
            const bool watchHangUp = pipe.localEof && !pipe.hungUp;
            fds.push_back({events || watchHangUp ? pipe.fd : -1, events, 0});
        }
        ::poll(fds.data(), nfds_t(fds.size()), timeout);
        const size_t firstPipe = up ? 2 : 1;
        for (size_t i = 0; i < pipes.size(); ++i)
            if (fds[firstPipe + i].revents & POLLHUP)
                pipes[i].hungUp = true;
        if (up) {
            // Acknowledge what the jump host sent at once. OpenSSH sets TCP_NODELAY only for
            // interactive sessions, so a jump host holds back its next small packet until the
            // last one is acknowledged; Linux would delay that acknowledgement by up to 40 ms,
            // several times per login (measured: bench_sshtunnel).
            if (fds[1].revents & POLLIN) {
                int one = 1;
                ::setsockopt(fds[1].fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
            }
            ssh_event_dopoll(m_event, 0);
        }
    }

    // The end: nobody gets this session any more.
    std::deque<std::shared_ptr<Request>> waiting;
    std::unique_ptr<Connector> connector;
    {
        std::lock_guard lock(m);
        m_dead = true;
        waiting.swap(m_queue);
    }
    for (const auto &request : waiting)
        request->finish(channelFacts(end.failure, end.detail));
    for (Opening &opening : openings) {
        if (opening.request)
            opening.request->finish(channelFacts(end.failure, end.detail));
        ssh_channel_free(opening.channel);
    }
    for (Pipe &pipe : pipes)
        closePipe(pipe);
    channels = 0;
    up = false;
    if (m_event) {
        if (m_connector)
            ssh_event_remove_session(m_event, m_connector->session());
        ssh_event_free(m_event);
        m_event = nullptr;
    }
    {
        std::lock_guard lock(m);
        connector = std::move(m_connector);
    }
    connector.reset();
    // libssh uses libcrypto on this thread: free its per-thread state before the thread ends.
    OPENSSL_thread_stop();
}

namespace {

// The sessions of this process, by jump host, user, auth, key file and a hash of the secrets.
class Registry
{
public:
    ~Registry() { shutdown(); }

    std::shared_ptr<SshSession> hold(const SshTunnelSettings &settings)
    {
        const QByteArray key = keyOf(settings);
        std::lock_guard lock(m_mutex);
        reapLocked();
        for (const auto &session : m_sessions)
            if (session->key == key && session->tryHold())
                return session;
        auto session = std::make_shared<SshSession>(settings, key);
        session->tryHold();
        session->start();
        m_sessions.push_back(session);
        return session;
    }

    int live()
    {
        std::lock_guard lock(m_mutex);
        reapLocked();
        return int(m_sessions.size());
    }

    void shutdown()
    {
        std::vector<std::shared_ptr<SshSession>> sessions;
        {
            std::lock_guard lock(m_mutex);
            sessions.swap(m_sessions);
        }
        for (const auto &session : sessions)
            session->stop();
        for (const auto &session : sessions)
            session->join();
    }

private:
    static QByteArray keyOf(const SshTunnelSettings &settings)
    {
        QCryptographicHash secrets(QCryptographicHash::Sha256);
        secrets.addData(settings.password.toUtf8());
        secrets.addData(QByteArrayView("\0", 1));
        secrets.addData(settings.keyPassphrase.toUtf8());
        const SshJump &jump = settings.jump;
        return jump.host.toLower().toUtf8() + '\n' + QByteArray::number(jump.port) + '\n'
                + jump.user.toUtf8() + '\n' + SshJump::key(jump.auth).toUtf8() + '\n'
                + jump.keyFile.toUtf8() + '\n' + secrets.result().toHex();
    }

    // Dead sessions' threads have ended or are about to: join them and let go.
    void reapLocked()
    {
        for (auto it = m_sessions.begin(); it != m_sessions.end();) {
            if ((*it)->isDead()) {
                (*it)->join();
                it = m_sessions.erase(it);
            } else {
                ++it;
            }
        }
    }

    std::mutex m_mutex;
    std::vector<std::shared_ptr<SshSession>> m_sessions;
};

Registry &registry()
{
    static Registry instance;
    // Sessions log out (which still needs OpenSSL) when the application object goes, before
    // exit() runs the handlers that free OpenSSL's and libssh's state; the registry's own
    // destructor is the fallback for programs without one.
    static const bool cleanupAdded = [] {
        qAddPostRoutine([] { registry().shutdown(); });
        return true;
    }();
    Q_UNUSED(cleanupAdded);
    return instance;
}

} // namespace

struct SshTunnel::Private
{
    SshTunnelSettings settings;
    std::mutex mutex;
    std::shared_ptr<SshSession> session;

    ~Private()
    {
        if (session)
            session->release();
    }

    // The live session, or a new one when it ended (lost, lingered out, refused).
    std::shared_ptr<SshSession> current()
    {
        std::lock_guard lock(mutex);
        if (!session || session->isDead()) {
            if (session)
                session->release();
            session = registry().hold(settings);
        }
        return session;
    }
};

SshTunnel::SshTunnel(std::shared_ptr<Private> d)
    : d(std::move(d))
{ }

SshTunnel::~SshTunnel() = default;

std::shared_ptr<SshTunnel> SshTunnel::obtain(const SshTunnelSettings &settings)
{
    auto p = std::make_shared<Private>();
    p->settings = settings;
    p->session = registry().hold(settings);
    return std::shared_ptr<SshTunnel>(new SshTunnel(p));
}

SshTunnel::Channel SshTunnel::openChannel(const QString &host, quint16 port,
                                          const QDeadlineTimer &deadline, int cancelFd,
                                          const std::function<void(GatewaySession::Stage)> &onStage)
{
    std::shared_ptr<SshSession> session;
    auto request = std::make_shared<Request>();
    request->host = host;
    request->port = port;
    request->facts.used = true;
    request->facts.destination = d->settings.jump.destination();
    for (int attempt = 0; attempt < 2 && !session; ++attempt) {
        session = d->current();
        if (!session->post(request))
            session.reset();
    }
    if (!session) {
        Channel failed;
        failed.failure = Failure::SshConnectFailed;
        failed.detail = QStringLiteral("the SSH session ended");
        failed.facts = request->facts;
        return failed;
    }

    for (;;) {
        pollfd fds[2] = {{request->reply.fd(), POLLIN, 0}, {cancelFd, POLLIN, 0}};
        const qint64 left = deadline.remainingTime();
        const int timeout = left < 0 ? -1 : int(std::min<qint64>(left, INT_MAX));
        ::poll(fds, cancelFd >= 0 ? 2 : 1, timeout);
        request->reply.drain();
        std::vector<Stage> stages;
        bool done = false;
        {
            std::lock_guard lock(request->m);
            stages.swap(request->stages);
            done = request->done;
        }
        if (onStage)
            for (Stage stage : stages)
                onStage(stage);
        if (done) {
            std::lock_guard lock(request->m);
            return request->result;
        }
        const bool cancelled = cancelFd >= 0 && (fds[1].revents & POLLIN);
        if (cancelled || deadline.hasExpired()) {
            Channel gaveUp;
            {
                std::lock_guard lock(request->m);
                if (request->done && request->result.fd >= 0)
                    ::close(request->result.fd);
                request->abandoned = true;
                gaveUp.facts = request->facts;
            }
            session->abandoned();
            if (cancelled) {
                gaveUp.failure = Failure::Cancelled;
            } else {
                gaveUp.failure = Failure::SshTimeout;
                gaveUp.detail = QStringLiteral("no channel through %1 within the deadline")
                                        .arg(d->settings.jump.destination());
            }
            return gaveUp;
        }
    }
}

int SshTunnel::openChannels() const
{
    std::lock_guard lock(d->mutex);
    return d->session ? d->session->channels.load() : 0;
}

bool SshTunnel::isConnected() const
{
    std::lock_guard lock(d->mutex);
    return d->session && d->session->up.load();
}

SshTunnel::HostKeyCheck SshTunnel::checkHostKey(const SshJump &jump,
                                                std::chrono::milliseconds timeout, int cancelFd)
{
    SshTunnelSettings settings;
    settings.jump = jump;
    settings.timeout = timeout;
    Connector connector(settings);
    HostKeyCheck check;
    check.facts.used = true;
    check.facts.destination = jump.destination();
    EventFd done;
    GatewaySession::Ssh facts = check.facts;
    Outcome outcome;
    std::thread worker([&] {
        outcome = connector.connect(facts);
        if (outcome.ok())
            outcome = connector.checkHostKey(facts);
        connector.close();
        OPENSSL_thread_stop();
        done.signal();
    });
    pollfd fds[2] = {{done.fd(), POLLIN, 0}, {cancelFd, POLLIN, 0}};
    for (;;) {
        ::poll(fds, cancelFd >= 0 ? 2 : 1, -1);
        if (fds[0].revents & POLLIN)
            break;
        if (cancelFd >= 0 && (fds[1].revents & POLLIN)) {
            connector.abort();
            break;
        }
    }
    worker.join();
    check.failure = outcome.failure;
    check.detail = outcome.detail;
    check.facts = facts;
    return check;
}

void SshTunnel::shutdownAll()
{
    registry().shutdown();
}

int SshTunnel::liveSessions()
{
    return registry().live();
}

void SshTunnel::setLinger(std::chrono::milliseconds linger)
{
    lingerMs = linger.count();
}
