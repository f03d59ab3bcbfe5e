// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SSH jump hosts for real: libssh (SshTunnel) logs in to the fixture's sshd with every kind of
// key, the agent and passwords, judges its host key against known_hosts lists, and carries the
// TCP leg to the real mariadbd through direct-tcpip channels. The sshd log shows what reached it.
#include "TestServers.h"
#include "mysql/ServerProbe.h"
#include "mysql/TlsClientContext.h"
#include "ssh/SshKnownHosts.h"
#include "ssh/SshTunnel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <cerrno>
#include <csignal>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using Failure = GatewaySession::Failure;
using Stage = GatewaySession::Stage;
using SshKey = TestServers::SshKey;

Q_DECLARE_METATYPE(SshKey)
Q_DECLARE_METATYPE(Failure)

namespace {

// Kills `pid` and every process below it: OpenSSH 10 serves a connection with sshd-session and
// the children it forks, and the connection ends only when all of them are gone.
void killTree(pid_t pid)
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const int child = entry.toInt(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": the fields after the last ')'.
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.value(1).toInt() == pid)
            killTree(pid_t(child));
    }
    ::kill(pid, SIGKILL);
}

// Reads one MySQL packet (the greeting) from a non-blocking fd: its payload, or empty.
QByteArray readPacket(int fd)
{
    QByteArray data;
    QDeadlineTimer deadline(std::chrono::seconds(20));
    while (!deadline.hasExpired()) {
        if (data.size() >= 4) {
            const int length
                    = int(uchar(data[0])) | int(uchar(data[1])) << 8 | int(uchar(data[2])) << 16;
            if (data.size() >= 4 + length)
                return data.mid(4, length);
        }
        pollfd p {fd, POLLIN, 0};
        ::poll(&p, 1, int(std::max<qint64>(1, deadline.remainingTime())));
        char buffer[4096];
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0)
            data.append(buffer, n);
        else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
            break;
    }
    return {};
}

// The server version in a greeting payload (protocol 10), or empty.
QString greetingVersion(const QByteArray &payload)
{
    if (payload.isEmpty() || payload.at(0) != 10)
        return {};
    const qsizetype end = payload.indexOf('\0', 1);
    return end < 0 ? QString() : QString::fromLatin1(payload.mid(1, end - 1));
}

// True when the fd reaches end of stream (after any bytes still on their way).
bool readsEndOfStream(int fd)
{
    QDeadlineTimer deadline(std::chrono::seconds(20));
    while (!deadline.hasExpired()) {
        pollfd p {fd, POLLIN, 0};
        ::poll(&p, 1, int(std::max<qint64>(1, deadline.remainingTime())));
        char buffer[4096];
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n == 0)
            return true;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            return errno == ECONNRESET;
    }
    return false;
}

QByteArray sha256OfKeyLine(const QByteArray &line)
{
    const QList<QByteArray> fields = line.simplified().split(' ');
    if (fields.size() < 2)
        return {};
    return QCryptographicHash::hash(QByteArray::fromBase64(fields.at(1)),
                                    QCryptographicHash::Sha256);
}

// What sshd logs when a connection ends before a login: the client said goodbye or just closed.
const QRegularExpression &connectionEnded()
{
    static const QRegularExpression ended(
            QStringLiteral("Connection closed by|Disconnected from|Received disconnect"));
    return ended;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs a tool of OpenSSH quietly: its exit code.
int run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return process.exitCode();
}

// A TCP listener that never accepts or speaks: the kernel completes the handshake, and then
// nothing, as a jump host that stalls.
struct StalledListener
{
    int fd = -1;
    quint16 port = 0;
    StalledListener()
    {
        fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
            && ::listen(fd, 8) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            port = ntohs(address.sin_port);
    }
    ~StalledListener() { ::close(fd); }
};

// A loopback port where nothing listens (bound, then closed).
quint16 closedPort()
{
    StalledListener listener;
    return listener.port;
}

} // namespace

class tst_SshTunnel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void keyFileReachesTheDatabase_data();
    void keyFileReachesTheDatabase();
    void encryptedKeyNeedsItsPassphrase_data();
    void encryptedKeyNeedsItsPassphrase();
    void unusableKeyFile_data();
    void unusableKeyFile();
    void agent();
    void agentWithoutKeys();
    void password_data();
    void password();
    void unknownHostKeyStopsBeforeLogin();
    void acceptedHostKeyIsTrusted();
    void changedHostKeyIsRefused_data();
    void changedHostKeyIsRefused();
    void hashedKnownHostsEntry();
    void restrictedKeyChannelRefused();
    void closedDatabasePort();
    void stalledJumpHostTimesOut();
    void deadlineBeforeTimeout();
    void cancelEndsTheConnect();
    void twoChannelsOneSession();
    void endOfStreamBothWays();
    void lostConnectionEndsChannels();
    void sessionEndsAfterLinger();
    void shutdownAllEndsSessions();
    void probeThroughTunnel();

private:
    SshTunnelSettings settings(SshJump::Auth auth, const QString &keyFile = {},
                               quint16 port = 0) const;
    SshTunnel::Channel open(const std::shared_ptr<SshTunnel> &tunnel,
                            QList<Stage> *stages = nullptr, quint16 port = 0,
                            const QString &host = {}) const;
    QString userList() const { return m_dir.filePath(QStringLiteral("user_known_hosts")); }
    QString systemList() const { return m_dir.filePath(QStringLiteral("system_known_hosts")); }
    QString sslcmList() const { return m_dir.filePath(QStringLiteral("sslcm/ssh_known_hosts")); }
    QByteArray hostKeySha256() const { return sha256OfKeyLine(m_servers.sshHostKey()); }
    static int count(const QString &text, const QString &what) { return int(text.count(what)); }

    TestServers m_servers;
    QTemporaryDir m_dir;
};

void tst_SshTunnel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ::signal(SIGPIPE, SIG_IGN);
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
    QVERIFY2(m_servers.hasSshd(), qPrintable(m_servers.sshdProblem()));
    QVERIFY(m_dir.isValid());
    // Never the user's ~/.ssh or the system's lists: the user's, the system's and sslcm's own
    // list are files of this test.
    qputenv("SSLCM_SSH_KNOWN_HOSTS",
            QFile::encodeName(userList() + QLatin1Char(':') + systemList() + QLatin1Char(':')
                              + sslcmList()));
    QCOMPARE(SshKnownHosts::listPaths(), (QStringList {userList(), systemList(), sslcmList()}));
    QCOMPARE(SshKnownHosts::sslcmListPath(), sslcmList());
    qunsetenv("SSH_AUTH_SOCK");
}

void tst_SshTunnel::init()
{
    // The fixture's known_hosts is the user's list; the others are empty.
    QFile::remove(userList());
    QFile::remove(systemList());
    QDir(m_dir.filePath(QStringLiteral("sslcm"))).removeRecursively();
    QVERIFY(QFile::copy(m_servers.sshKnownHostsFile(), userList()));
    SshTunnel::setLinger(std::chrono::seconds(30));
}

void tst_SshTunnel::cleanup()
{
    SshTunnel::shutdownAll();
    QCOMPARE(SshTunnel::liveSessions(), 0);
    qunsetenv("SSH_AUTH_SOCK");
}

void tst_SshTunnel::cleanupTestCase()
{
    SshTunnel::shutdownAll();
}

SshTunnelSettings tst_SshTunnel::settings(SshJump::Auth auth, const QString &keyFile,
                                          quint16 port) const
{
    SshTunnelSettings s;
    s.jump.host = m_servers.sshHost();
    s.jump.port = port ? port : quint16(m_servers.sshPort());
    s.jump.user = m_servers.sshUser();
    s.jump.auth = auth;
    s.jump.keyFile = keyFile;
    s.timeout = std::chrono::seconds(10);
    return s;
}

SshTunnel::Channel tst_SshTunnel::open(const std::shared_ptr<SshTunnel> &tunnel,
                                       QList<Stage> *stages, quint16 port,
                                       const QString &host) const
{
    return tunnel->openChannel(host.isEmpty() ? m_servers.host() : host,
                               port ? port : quint16(m_servers.tlsPort()),
                               QDeadlineTimer(std::chrono::seconds(30)), -1, [stages](Stage stage) {
                                   if (stages)
                                       stages->append(stage);
                               });
}

void tst_SshTunnel::keyFileReachesTheDatabase_data()
{
    QTest::addColumn<SshKey>("key");
    QTest::addColumn<bool>("withPassphrase");
    QTest::newRow("ed25519, OpenSSH format") << SshKey::Plain << false;
    QTest::newRow("ed25519, OpenSSH format, encrypted") << SshKey::Encrypted << true;
    QTest::newRow("RSA, PEM") << SshKey::Pem << false;
    QTest::newRow("P-256, encrypted PKCS#8") << SshKey::Pkcs8 << true;
}

void tst_SshTunnel::keyFileReachesTheDatabase()
{
    QFETCH(SshKey, key);
    QFETCH(bool, withPassphrase);
    SshTunnelSettings s = settings(SshJump::Auth::KeyFile, m_servers.sshKeyFile(key));
    if (withPassphrase)
        s.keyPassphrase = m_servers.sshKeyPassphrase();
    const qint64 logStart = m_servers.sshLogSize();
    const auto tunnel = SshTunnel::obtain(s);
    QVERIFY(!tunnel->isConnected());
    QList<Stage> stages;
    const SshTunnel::Channel channel = open(tunnel, &stages);
    QVERIFY2(channel.fd >= 0, qPrintable(channel.detail));
    QCOMPARE(channel.failure, Failure::None);
    QCOMPARE(stages,
             (QList<Stage> {Stage::SshConnected, Stage::SshHostKeyChecked,
                            Stage::SshAuthenticated}));
    // The database's own greeting arrives through the jump host.
    const QString version = greetingVersion(readPacket(channel.fd));
    QVERIFY2(version.contains(m_servers.value(QStringLiteral("SERVER_VERSION"))),
             qPrintable(version));
    QVERIFY(tunnel->isConnected());
    QCOMPARE(tunnel->openChannels(), 1);

    const GatewaySession::Ssh &facts = channel.facts;
    QVERIFY(facts.used);
    QCOMPARE(facts.destination, s.jump.destination());
    QCOMPARE(facts.hostKeyType, QStringLiteral("ssh-ed25519"));
    QCOMPARE(facts.hostKeySha256, hostKeySha256());
    QCOMPARE(facts.hostKeyLine, m_servers.sshHostKey());
    QCOMPARE(facts.hostKeySource, userList());
    QCOMPARE(facts.authMethod, QStringLiteral("publickey"));
    QVERIFY2(facts.serverBanner.startsWith(QLatin1String("SSH-2.0-OpenSSH")),
             qPrintable(facts.serverBanner));
    QVERIFY(!facts.reused);
    QVERIFY(facts.connectMs >= 0 && facts.hostKeyMs >= 0 && facts.loginMs >= 0
            && facts.channelMs >= 0);
    ::close(channel.fd);
    QTRY_COMPARE(tunnel->openChannels(), 0);

    const QString log = m_servers.sshLogSince(logStart);
    QCOMPARE(count(log, QStringLiteral("Accepted publickey for %1").arg(m_servers.sshUser())), 1);
    QVERIFY2(log.contains(QStringLiteral("direct-tcpip")), qPrintable(log));
}

void tst_SshTunnel::encryptedKeyNeedsItsPassphrase_data()
{
    QTest::addColumn<SshKey>("key");
    QTest::addColumn<QString>("passphrase");
    QTest::newRow("OpenSSH format, no passphrase") << SshKey::Encrypted << QString();
    QTest::newRow("OpenSSH format, wrong passphrase") << SshKey::Encrypted << QStringLiteral("no");
    QTest::newRow("PKCS#8, no passphrase") << SshKey::Pkcs8 << QString();
    QTest::newRow("PKCS#8, wrong passphrase") << SshKey::Pkcs8 << QStringLiteral("no");
}

void tst_SshTunnel::encryptedKeyNeedsItsPassphrase()
{
    QFETCH(SshKey, key);
    QFETCH(QString, passphrase);
    SshTunnelSettings s = settings(SshJump::Auth::KeyFile, m_servers.sshKeyFile(key));
    s.keyPassphrase = passphrase;
    const qint64 logStart = m_servers.sshLogSize();
    const SshTunnel::Channel channel = open(SshTunnel::obtain(s));
    QCOMPARE(channel.fd, -1);
    QCOMPARE(channel.failure, Failure::SshKeyUnusable);
    QVERIFY(channel.facts.keyNeedsPassphrase);
    QVERIFY2(channel.detail.contains(m_servers.sshKeyFile(key)), qPrintable(channel.detail));
    // No key was offered to the jump host.
    QTRY_VERIFY(m_servers.sshLogSince(logStart).contains(connectionEnded()));
    QVERIFY(!m_servers.sshLogSince(logStart).contains(QLatin1String("method publickey")));
}

void tst_SshTunnel::unusableKeyFile_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QString>("detail");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("does not exist");
    QTest::newRow("not a key") << QByteArray("-----BEGIN OPENSSH PRIVATE KEY-----\nbm9uc2Vuc2U=\n"
                                             "-----END OPENSSH PRIVATE KEY-----\n")
                               << QStringLiteral("is not a private key");
    QTest::newRow("a public key") << QByteArray("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA test\n")
                                  << QStringLiteral("is not a private key");
}

void tst_SshTunnel::unusableKeyFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, detail);
    const QString path = m_dir.filePath(
            QStringLiteral("key-%1").arg(QString::fromUtf8(QTest::currentDataTag())));
    if (!content.isEmpty())
        QVERIFY(writeFile(path, content));
    const SshTunnel::Channel channel
            = open(SshTunnel::obtain(settings(SshJump::Auth::KeyFile, path)));
    QCOMPARE(channel.failure, Failure::SshKeyUnusable);
    QVERIFY(!channel.facts.keyNeedsPassphrase);
    QVERIFY2(channel.detail.contains(detail) && channel.detail.contains(path),
             qPrintable(channel.detail));
}

void tst_SshTunnel::agent()
{
    const QString socket = m_dir.filePath(QStringLiteral("agent.sock"));
    QProcess agent;
    agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    QVERIFY2(agent.waitForStarted(), qPrintable(agent.errorString()));
    QTRY_VERIFY(QFileInfo::exists(socket));
    qputenv("SSH_AUTH_SOCK", QFile::encodeName(socket));

    // An agent with a key the jump host does not know: refused with what it holds.
    const QString stranger = m_dir.filePath(QStringLiteral("stranger"));
    QFile::remove(stranger);
    QCOMPARE(run(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                  QStringLiteral("-N"), QString(), QStringLiteral("-f"), stranger}),
             0);
    QCOMPARE(run(QStringLiteral("ssh-add"), {QStringLiteral("-q"), stranger}), 0);
    SshTunnel::Channel channel = open(SshTunnel::obtain(settings(SshJump::Auth::Agent)));
    QCOMPARE(channel.failure, Failure::SshAgentNoKey);
    QVERIFY2(channel.detail.contains(QLatin1String("accepts none of the 1 key")),
             qPrintable(channel.detail));

    // With the right key too, the agent logs in.
    QCOMPARE(run(QStringLiteral("ssh-add"),
                 {QStringLiteral("-q"), m_servers.sshKeyFile(SshKey::Plain)}),
             0);
    channel = open(SshTunnel::obtain(settings(SshJump::Auth::Agent)));
    QVERIFY2(channel.fd >= 0, qPrintable(channel.detail));
    QCOMPARE(channel.facts.authMethod, QStringLiteral("publickey (agent)"));
    QVERIFY(!greetingVersion(readPacket(channel.fd)).isEmpty());
    ::close(channel.fd);

    agent.terminate();
    QVERIFY(agent.waitForFinished());
}

void tst_SshTunnel::agentWithoutKeys()
{
    // No agent at all.
    SshTunnel::Channel channel = open(SshTunnel::obtain(settings(SshJump::Auth::Agent)));
    QCOMPARE(channel.failure, Failure::SshAgentNoKey);
    QVERIFY2(channel.detail.contains(QLatin1String("SSH_AUTH_SOCK is not set")),
             qPrintable(channel.detail));

    // An agent socket nobody answers on.
    qputenv("SSH_AUTH_SOCK", QFile::encodeName(m_dir.filePath(QStringLiteral("nobody.sock"))));
    channel = open(SshTunnel::obtain(settings(SshJump::Auth::Agent)));
    QCOMPARE(channel.failure, Failure::SshAgentNoKey);
    QVERIFY2(channel.detail.contains(QLatin1String("does not answer")), qPrintable(channel.detail));

    // A running agent without keys.
    const QString socket = m_dir.filePath(QStringLiteral("empty-agent.sock"));
    QProcess agent;
    agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    QVERIFY2(agent.waitForStarted(), qPrintable(agent.errorString()));
    QTRY_VERIFY(QFileInfo::exists(socket));
    qputenv("SSH_AUTH_SOCK", QFile::encodeName(socket));
    channel = open(SshTunnel::obtain(settings(SshJump::Auth::Agent)));
    QCOMPARE(channel.failure, Failure::SshAgentNoKey);
    QVERIFY2(channel.detail.contains(QLatin1String("holds no key")), qPrintable(channel.detail));
    agent.terminate();
    QVERIFY(agent.waitForFinished());
}

void tst_SshTunnel::password_data()
{
    QTest::addColumn<bool>("keyboardInteractive");
    QTest::addColumn<bool>("right");
    QTest::newRow("password") << false << true;
    QTest::newRow("password, wrong") << false << false;
    QTest::newRow("keyboard-interactive") << true << true;
    QTest::newRow("keyboard-interactive, wrong") << true << false;
}

void tst_SshTunnel::password()
{
    QFETCH(bool, keyboardInteractive);
    QFETCH(bool, right);
    QVERIFY2(m_servers.sshPasswordProblem().isEmpty(), qPrintable(m_servers.sshPasswordProblem()));
    const quint16 port = quint16(keyboardInteractive ? m_servers.sshKeyboardInteractivePort()
                                                     : m_servers.sshPort());
    SshTunnelSettings s = settings(SshJump::Auth::Password, {}, port);
    s.password = right ? m_servers.sshPassword() : QStringLiteral("not-the-password");
    const qint64 logStart = m_servers.sshLogSize();
    const SshTunnel::Channel channel = open(SshTunnel::obtain(s));
    const QString method = keyboardInteractive ? QStringLiteral("keyboard-interactive")
                                               : QStringLiteral("password");
    if (right) {
        QVERIFY2(channel.fd >= 0, qPrintable(channel.detail));
        QCOMPARE(channel.facts.authMethod, method);
        QVERIFY(!greetingVersion(readPacket(channel.fd)).isEmpty());
        ::close(channel.fd);
        QTRY_VERIFY(m_servers.sshLogSince(logStart).contains(
                QStringLiteral("Accepted %1 for %2")
                        .arg(keyboardInteractive ? QStringLiteral("keyboard-interactive/pam")
                                                 : QStringLiteral("password"),
                             m_servers.sshUser())));
    } else {
        QCOMPARE(channel.fd, -1);
        QCOMPARE(channel.failure, Failure::SshAuthFailed);
        // What the jump host offers, to explain the refusal.
        QVERIFY2(channel.detail.contains(QLatin1String("publickey")), qPrintable(channel.detail));
        QVERIFY(!m_servers.sshLogSince(logStart).contains(QLatin1String("Accepted ")));
    }
    // The password never appears in what sslcm reports.
    QVERIFY(!channel.detail.contains(s.password));
}

void tst_SshTunnel::unknownHostKeyStopsBeforeLogin()
{
    QVERIFY(QFile::remove(userList()));
    const qint64 logStart = m_servers.sshLogSize();
    QList<Stage> stages;
    SshTunnelSettings s = settings(SshJump::Auth::Password);
    s.password = m_servers.sshPassword();
    const SshTunnel::Channel channel = open(SshTunnel::obtain(s), &stages);
    QCOMPARE(channel.failure, Failure::SshHostKeyUnknown);
    QCOMPARE(stages, QList<Stage> {Stage::SshConnected});
    QCOMPARE(channel.facts.hostKeySha256, hostKeySha256());
    QCOMPARE(channel.facts.hostKeyType, QStringLiteral("ssh-ed25519"));
    QCOMPARE(channel.facts.hostKeyLine, m_servers.sshHostKey());
    QVERIFY(channel.facts.hostKeySource.isEmpty());
    // Times are only given for what passed.
    QVERIFY(channel.facts.connectMs >= 0);
    QCOMPARE(channel.facts.hostKeyMs, -1);
    QCOMPARE(channel.facts.loginMs, -1);
    QVERIFY2(channel.detail.contains(SshKnownHosts::fingerprint(hostKeySha256())),
             qPrintable(channel.detail));
    // The jump host saw the key exchange and the end, and no login attempt at all.
    QTRY_VERIFY(m_servers.sshLogSince(logStart).contains(connectionEnded()));
    const QString log = m_servers.sshLogSince(logStart);
    QVERIFY2(log.contains(QLatin1String("kex")), qPrintable(log));
    QVERIFY2(!log.contains(QLatin1String("userauth")), qPrintable(log));

    // The host key check of the CLI and the GUI agrees, and logs nothing in either.
    const qint64 checkStart = m_servers.sshLogSize();
    const SshTunnel::HostKeyCheck check = SshTunnel::checkHostKey(s.jump, std::chrono::seconds(10));
    QCOMPARE(check.failure, Failure::SshHostKeyUnknown);
    QCOMPARE(check.facts.hostKeySha256, hostKeySha256());
    QTRY_VERIFY(m_servers.sshLogSince(checkStart).contains(connectionEnded()));
    QVERIFY(!m_servers.sshLogSince(checkStart).contains(QLatin1String("userauth")));
}

void tst_SshTunnel::acceptedHostKeyIsTrusted()
{
    QVERIFY(QFile::remove(userList()));
    const SshJump jump = settings(SshJump::Auth::KeyFile, m_servers.sshKeyFile(SshKey::Plain)).jump;
    SshTunnel::HostKeyCheck check = SshTunnel::checkHostKey(jump, std::chrono::seconds(10));
    QCOMPARE(check.failure, Failure::SshHostKeyUnknown);

    // Trust on first use: into sslcm's own list (created 0600, in a new folder), nowhere else.
    QCOMPARE(SshKnownHosts::accept(jump.host, jump.port, check.facts.hostKeyLine), QString());
    QVERIFY(!QFileInfo::exists(userList()));
    struct stat status
    {
    };
    QCOMPARE(::stat(QFile::encodeName(sslcmList()).constData(), &status), 0);
    QCOMPARE(status.st_mode & 0777, mode_t(0600));
    const QByteArray expected = "[" + jump.host.toUtf8() + "]:" + QByteArray::number(jump.port)
            + ' ' + m_servers.sshHostKey() + '\n';
    QCOMPARE(readFile(sslcmList()), expected);
    // Accepting it again changes nothing.
    QCOMPARE(SshKnownHosts::accept(jump.host, jump.port, check.facts.hostKeyLine), QString());
    QCOMPARE(readFile(sslcmList()), expected);

    check = SshTunnel::checkHostKey(jump, std::chrono::seconds(10));
    QCOMPARE(check.failure, Failure::None);
    QCOMPARE(check.facts.hostKeySource, sslcmList());

    SshTunnelSettings s = settings(SshJump::Auth::KeyFile, m_servers.sshKeyFile(SshKey::Plain));
    const SshTunnel::Channel channel = open(SshTunnel::obtain(s));
    QVERIFY2(channel.fd >= 0, qPrintable(channel.detail));
    QCOMPARE(channel.facts.hostKeySource, sslcmList());
    ::close(channel.fd);

    // Port 22 is written as ssh writes it: the bare host.
    QCOMPARE(SshKnownHosts::accept(QStringLiteral("bastion.example"), 22, m_servers.sshHostKey()),
             QString());
    QVERIFY(readFile(sslcmList()).endsWith("\nbastion.example " + m_servers.sshHostKey() + '\n'));
    // Garbage is no key.
    QVERIFY(!SshKnownHosts::accept(QStringLiteral("bastion.example"), 2222, "ssh-ed25519 !!")
                     .isEmpty());
}

void tst_SshTunnel::changedHostKeyIsRefused_data()
{
    QTest::addColumn<SshKey>("recorded"); // whose public key is on record as the host's
    QTest::addColumn<bool>("revoked");
    QTest::addColumn<QString>("recordedType");
    QTest::newRow("another ed25519 key") << SshKey::Plain << false << QStringLiteral("ssh-ed25519");
    QTest::newRow("a key of another type") << SshKey::Pem << false << QStringLiteral("ssh-rsa");
    QTest::newRow("the key, @revoked") << SshKey::Plain << true << QString();
}

void tst_SshTunnel::changedHostKeyIsRefused()
{
    QFETCH(SshKey, recorded);
    QFETCH(bool, revoked);
    QFETCH(QString, recordedType);
    const SshTunnelSettings s
            = settings(SshJump::Auth::KeyFile, m_servers.sshKeyFile(SshKey::Plain));
    const QByteArray name = "[" + s.jump.host.toUtf8() + "]:" + QByteArray::number(s.jump.port);
    const QByteArray other
            = readFile(m_servers.sshKeyFile(recorded) + QStringLiteral(".pub")).simplified();
    QVERIFY(!other.isEmpty());
    // The system's list holds another key; sslcm's own list even holds the right one, but
    // @revoked in the user's list wins over that.
    if (revoked) {
        QVERIFY(writeFile(userList(), "@revoked " + name + ' ' + m_servers.sshHostKey() + '\n'));
        QDir().mkpath(QFileInfo(sslcmList()).absolutePath());
        QVERIFY(writeFile(sslcmList(), name + ' ' + m_servers.sshHostKey() + '\n'));
    } else {
        QVERIFY(QFile::remove(userList()));
        QVERIFY(writeFile(systemList(), name + ' ' + other + '\n'));
    }
    const qint64 logStart = m_servers.sshLogSize();
    const SshTunnel::Channel channel = open(SshTunnel::obtain(s));
    QCOMPARE(channel.failure, Failure::SshHostKeyChanged);
    QCOMPARE(channel.facts.hostKeySha256, hostKeySha256());
    if (revoked) {
        QCOMPARE(channel.facts.hostKeySource, userList());
        QVERIFY2(channel.detail.contains(QLatin1String("revoked")), qPrintable(channel.detail));
    } else {
        QCOMPARE(channel.facts.hostKeySource, systemList());
        QCOMPARE(channel.facts.recordedKeyType, recordedType);
        QCOMPARE(channel.facts.recordedKeySha256, sha256OfKeyLine(other));
        QVERIFY2(channel.detail.contains(SshKnownHosts::fingerprint(sha256OfKeyLine(other))),
                 qPrintable(channel.detail));
    }
    QVERIFY2(channel.detail.contains(SshKnownHosts::fingerprint(hostKeySha256())),
             qPrintable(channel.detail));
    QTRY_VERIFY(m_servers.sshLogSince(logStart).contains(connectionEnded()));
    QVERIFY(!m_servers.sshLogSince(logStart).contains(QLatin1String("userauth")));

    // Never accepted, and sslcm's list stays as it was.
    const QByteArray before = readFile(sslcmList());
    QVERIFY(!SshKnownHosts::accept(s.jump.host, s.jump.port, channel.facts.hostKeyLine).isEmpty());
    QCOMPARE(readFile(sslcmList()), before);
    QCOMPARE(SshTunnel::checkHostKey(s.jump, std::chrono::seconds(10)).failure,
             Failure::SshHostKeyChanged);
}

void tst_SshTunnel::hashedKnownHostsEntry()
{
    // ssh-keygen -H hashes the host names as HashKnownHosts does.
    QVERIFY(QFile::remove(userList()));
    QVERIFY(QFile::copy(m_servers.sshKnownHostsFile(), systemList()));
    QCOMPARE(run(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-H"), QStringLiteral("-f"), systemList()}),
             0);
    QFile::remove(systemList() + QStringLiteral(".old"));
    const QByteArray hashed = readFile(systemList());
    QVERIFY2(hashed.startsWith("|1|") && !hashed.contains("127.0.0.1"), hashed.constData());
    const SshTunnel::Channel channel = open(SshTunnel::obtain(
            settings(SshJump::Auth::KeyFile, m_servers.sshKeyFile(SshKey::Plain))));
    QVERIFY2(channel.fd >= 0, qPrintable(channel.detail));
    QCOMPARE(channel.facts.hostKeySource, systemList());
    ::close(channel.fd);
}

void tst_SshTunnel::restrictedKeyChannelRefused()
{
    const auto tunnel = SshTunnel::obtain(
            settings(SshJump::Auth::KeyFile, m_servers.sshKeyFile(SshKey::Restricted)));
    const SshTunnel::Channel channel = open(tunnel);
    QCOMPARE(channel.fd, -1);
    QCOMPARE(channel.failure, Failure::TunnelRefused);
    QVERIFY(channel.facts.loginMs >= 0);
    QCOMPARE(channel.facts.channelMs, -1);
    QVERIFY2(channel.detail.contains(QLatin1String("prohibited")), qPrintable(channel.detail));
    // The session itself is fine: the one place the key may go is opened (and refused by the
    // kernel there, as nothing listens on port 1).
    QVERIFY(tunnel->isConnected());
    const SshTunnel::Channel allowed = open(tunnel, nullptr, 1);
    QCOMPARE(allowed.failure, Failure::TunnelConnectFailed);
    QVERIFY(allowed.facts.reused);
}

void tst_SshTunnel::closedDatabasePort()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    const SshTunnel::Channel channel
            = open(SshTunnel::obtain(
                           settings(SshJump::Auth::KeyFile, m_servers.sshKeyFile(SshKey::Plain))),
                   nullptr, port);
    QCOMPARE(channel.fd, -1);
    QCOMPARE(channel.failure, Failure::TunnelConnectFailed);
    QVERIFY2(channel.detail.contains(QString::number(port)), qPrintable(channel.detail));
}

void tst_SshTunnel::stalledJumpHostTimesOut()
{
    StalledListener stalled;
    QVERIFY(stalled.port != 0);
    SshTunnelSettings s
            = settings(SshJump::Auth::KeyFile, m_servers.sshKeyFile(SshKey::Plain), stalled.port);
    s.timeout = std::chrono::milliseconds(500);
    QList<Stage> stages;
    const SshTunnel::Channel channel = open(SshTunnel::obtain(s), &stages);
    QCOMPARE(channel.failure, Failure::SshTimeout);
    QVERIFY(stages.isEmpty());
    QTRY_COMPARE(SshTunnel::liveSessions(), 0);
}

void tst_SshTunnel::deadlineBeforeTimeout()
{
    // The caller's deadline ends the wait even when the SSH timeout is far away.
    StalledListener stalled;
    SshTunnelSettings s
            = settings(SshJump::Auth::KeyFile, m_servers.sshKeyFile(SshKey::Plain), stalled.port);
    s.timeout = std::chrono::minutes(5);
    const auto tunnel = SshTunnel::obtain(s);
    const SshTunnel::Channel channel
            = tunnel->openChannel(m_servers.host(), quint16(m_servers.tlsPort()),
                                  QDeadlineTimer(std::chrono::milliseconds(300)), -1);
    QCOMPARE(channel.failure, Failure::SshTimeout);
    // Nobody waits for that session any more: it gives up its connect.
    QTRY_VERIFY(!tunnel->isConnected() && SshTunnel::liveSessions() == 0);
}

void tst_SshTunnel::cancelEndsTheConnect()
{
    StalledListener stalled;
    SshTunnelSettings s
            = settings(SshJump::Auth::KeyFile, m_servers.sshKeyFile(SshKey::Plain), stalled.port);
    s.timeout = std::chrono::minutes(5);
    const int cancelFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    QVERIFY(cancelFd >= 0);
    // Cancelled once the jump host has the connection (it waits in the listen queue).
    std::thread canceller([&] {
        pollfd p {stalled.fd, POLLIN, 0};
        ::poll(&p, 1, 60000);
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t n = ::write(cancelFd, &one, sizeof one);
    });
    const auto tunnel = SshTunnel::obtain(s);
    const SshTunnel::Channel channel
            = tunnel->openChannel(m_servers.host(), quint16(m_servers.tlsPort()),
                                  QDeadlineTimer(QDeadlineTimer::Forever), cancelFd);
    canceller.join();
    ::close(cancelFd);
    QCOMPARE(channel.failure, Failure::Cancelled);
    QCOMPARE(channel.fd, -1);
    // The session gave up its connect: the jump host sees the connection end.
    const int accepted = ::accept4(stalled.fd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
    QVERIFY(accepted >= 0);
    QVERIFY(readsEndOfStream(accepted));
    ::close(accepted);
    QTRY_COMPARE(SshTunnel::liveSessions(), 0);
}

void tst_SshTunnel::twoChannelsOneSession()
{
    const SshTunnelSettings s
            = settings(SshJump::Auth::KeyFile, m_servers.sshKeyFile(SshKey::Plain));
    const qint64 logStart = m_servers.sshLogSize();
    const auto first = SshTunnel::obtain(s);
    const auto second = SshTunnel::obtain(s);
    QCOMPARE(SshTunnel::liveSessions(), 1);
    const SshTunnel::Channel a = open(first);
    QVERIFY2(a.fd >= 0, qPrintable(a.detail));
    QList<Stage> stages;
    const SshTunnel::Channel b = open(second, &stages, quint16(m_servers.plainPort()));
    QVERIFY2(b.fd >= 0, qPrintable(b.detail));
    QVERIFY(!a.facts.reused);
    QVERIFY(b.facts.reused);
    QCOMPARE(b.facts.loginMs, -1);
    QCOMPARE(stages,
             (QList<Stage> {Stage::SshConnected, Stage::SshHostKeyChecked,
                            Stage::SshAuthenticated}));
    QCOMPARE(first->openChannels(), 2);
    QCOMPARE(second->openChannels(), 2);
    QCOMPARE(SshTunnel::liveSessions(), 1);
    // Both databases answer, each on its own channel.
    QVERIFY(!greetingVersion(readPacket(b.fd)).isEmpty());
    QVERIFY(!greetingVersion(readPacket(a.fd)).isEmpty());
    ::close(a.fd);
    ::close(b.fd);
    QTRY_COMPARE(first->openChannels(), 0);
    const QString log = m_servers.sshLogSince(logStart);
    QCOMPARE(count(log, QStringLiteral("Accepted publickey")), 1);
    QCOMPARE(count(log, QStringLiteral("direct-tcpip")) >= 2, true);

    // Other secrets, another session.
    SshTunnelSettings withPassword = settings(SshJump::Auth::Password);
    withPassword.password = QStringLiteral("another");
    const auto third = SshTunnel::obtain(withPassword);
    QCOMPARE(SshTunnel::liveSessions(), 2);
}

void tst_SshTunnel::endOfStreamBothWays()
{
    const auto tunnel = SshTunnel::obtain(
            settings(SshJump::Auth::KeyFile, m_servers.sshKeyFile(SshKey::Plain)));
    // Our end of stream reaches the database, which ends the connection: its end of stream
    // comes back.
    SshTunnel::Channel channel = open(tunnel);
    QVERIFY2(channel.fd >= 0, qPrintable(channel.detail));
    QVERIFY(!greetingVersion(readPacket(channel.fd)).isEmpty());
    QCOMPARE(::shutdown(channel.fd, SHUT_WR), 0);
    QVERIFY(readsEndOfStream(channel.fd));
    QTRY_COMPARE(tunnel->openChannels(), 0);
    ::close(channel.fd);

    // The database ends it first (a handshake it does not take): end of stream arrives, and
    // closing our end then ends the channel.
    channel = open(tunnel);
    QVERIFY2(channel.fd >= 0, qPrintable(channel.detail));
    QVERIFY(!greetingVersion(readPacket(channel.fd)).isEmpty());
    const QByteArray nonsense("\x05\x00\x00\x01nonse", 9);
    QCOMPARE(::write(channel.fd, nonsense.constData(), size_t(nonsense.size())),
             ssize_t(nonsense.size()));
    QVERIFY(readsEndOfStream(channel.fd));
    ::close(channel.fd);
    QTRY_COMPARE(tunnel->openChannels(), 0);

    // Closing the fd at once, with the database silent: the channel ends too.
    channel = open(tunnel);
    QVERIFY2(channel.fd >= 0, qPrintable(channel.detail));
    QCOMPARE(tunnel->openChannels(), 1);
    ::close(channel.fd);
    QTRY_COMPARE(tunnel->openChannels(), 0);
    QVERIFY(tunnel->isConnected());
}

void tst_SshTunnel::lostConnectionEndsChannels()
{
    const SshTunnelSettings s
            = settings(SshJump::Auth::KeyFile, m_servers.sshKeyFile(SshKey::Plain));
    const qint64 logStart = m_servers.sshLogSize();
    const auto tunnel = SshTunnel::obtain(s);
    const SshTunnel::Channel channel = open(tunnel);
    QVERIFY2(channel.fd >= 0, qPrintable(channel.detail));
    // The sshd process serving this connection dies.
    static const QRegularExpression forked(QStringLiteral("Forked child (\\d+)"));
    const QRegularExpressionMatch match = forked.match(m_servers.sshLogSince(logStart));
    QVERIFY2(match.hasMatch(), qPrintable(m_servers.sshLogSince(logStart)));
    killTree(pid_t(match.captured(1).toInt()));
    QVERIFY(readsEndOfStream(channel.fd));
    ::close(channel.fd);
    QTRY_VERIFY(!tunnel->isConnected());
    QTRY_COMPARE(SshTunnel::liveSessions(), 0);
    // The next channel brings a new session up.
    const SshTunnel::Channel again = open(tunnel);
    QVERIFY2(again.fd >= 0, qPrintable(again.detail));
    QVERIFY(!again.facts.reused);
    QVERIFY(!greetingVersion(readPacket(again.fd)).isEmpty());
    ::close(again.fd);
}

void tst_SshTunnel::sessionEndsAfterLinger()
{
    SshTunnel::setLinger(std::chrono::milliseconds(200));
    const qint64 logStart = m_servers.sshLogSize();
    {
        const auto tunnel = SshTunnel::obtain(
                settings(SshJump::Auth::KeyFile, m_servers.sshKeyFile(SshKey::Plain)));
        const SshTunnel::Channel channel = open(tunnel);
        QVERIFY2(channel.fd >= 0, qPrintable(channel.detail));
        ::close(channel.fd);
        QTRY_COMPARE(tunnel->openChannels(), 0);
        // Held: it stays.
        QCOMPARE(SshTunnel::liveSessions(), 1);
        QVERIFY(tunnel->isConnected());
    }
    // Let go: it ends, and the jump host sees the logout.
    QTRY_COMPARE(SshTunnel::liveSessions(), 0);
    QTRY_VERIFY(m_servers.sshLogSince(logStart).contains(QLatin1String("Disconnected from user")));
}

void tst_SshTunnel::shutdownAllEndsSessions()
{
    const auto tunnel = SshTunnel::obtain(
            settings(SshJump::Auth::KeyFile, m_servers.sshKeyFile(SshKey::Plain)));
    const SshTunnel::Channel channel = open(tunnel);
    QVERIFY2(channel.fd >= 0, qPrintable(channel.detail));
    QVERIFY(!greetingVersion(readPacket(channel.fd)).isEmpty());
    SshTunnel::shutdownAll();
    QCOMPARE(SshTunnel::liveSessions(), 0);
    QVERIFY(!tunnel->isConnected());
    QCOMPARE(tunnel->openChannels(), 0);
    QVERIFY(readsEndOfStream(channel.fd));
    ::close(channel.fd);
}

void tst_SshTunnel::probeThroughTunnel()
{
    // The probe reaches the TLS server through the jump host by the name the jump host
    // resolves, and verifies the certificate against that name, as without a tunnel.
    ServerTarget target;
    target.host = QStringLiteral("localhost");
    target.port = quint16(m_servers.tlsPort());
    target.mode = SslMode::VerifyIdentity;
    TlsClientContext::Settings tls;
    tls.caFile = m_servers.path(TestServers::Pki::CaCert);
    target.tls = TlsClientContext::obtain(tls).context;
    QVERIFY(target.tls);
    target.tunnel = SshTunnel::obtain(
            settings(SshJump::Auth::KeyFile, m_servers.sshKeyFile(SshKey::Plain)));
    ServerProbe probe(target);
    const GatewaySession session = probe.run();
    QVERIFY2(!session.failed(), qPrintable(session.detail));
    QVERIFY(session.ssh.used);
    QCOMPARE(session.ssh.authMethod, QStringLiteral("publickey"));
    QVERIFY(session.tlsUsed);
    QVERIFY(session.hostnameChecked);
    QVERIFY(session.greeting.has_value());
}

QTEST_GUILESS_MAIN(tst_SshTunnel)
#include "tst_sshtunnel.moc"
