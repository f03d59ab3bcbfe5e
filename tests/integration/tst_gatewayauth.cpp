// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Logins through the TLS gateway with every authentication exchange it must carry:
// mysql_native_password and MariaDB's ed25519 (an auth switch) against the real TLS server, and
// caching_sha2_password fast and full authentication, auth switches to mysql_native_password and
// to mysql_clear_password against the fake server (no MySQL 8 server exists here). A tap between
// QMYSQL and the gateway records the conversation as the client sees it, so the tests check
// the packets themselves, sequence ids included.
#include "FakeMysqlServer.h"
#include "TestServers.h"
#include "mysql/TlsClientContext.h"
#include "mysql/TlsGateway.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtEndian>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using Server = TestServers::Server;
using Account = TestServers::Account;
using Pki = TestServers::Pki;
using Failure = GatewaySession::Failure;
using Auth = FakeMysqlServer::Auth;

Q_DECLARE_METATYPE(FakeMysqlServer::Auth)

namespace {

struct WirePacket
{
    quint8 sequence = 0;
    QByteArray payload;
};

// Splits an uncompressed byte stream into packets; a cut-off tail is left out.
QList<WirePacket> packetsOf(const QByteArray &bytes)
{
    QList<WirePacket> packets;
    qsizetype at = 0;
    while (bytes.size() - at >= 4) {
        const qsizetype size = qFromLittleEndian<quint32>(bytes.constData() + at) & 0xFFFFFF;
        if (bytes.size() - at - 4 < size)
            break;
        packets.append({quint8(bytes.at(at + 3)), bytes.mid(at + 4, size)});
        at += 4 + size;
    }
    return packets;
}

QByteArray nulTerminatedAt(const QByteArray &b, qsizetype at)
{
    const qsizetype end = b.indexOf('\0', at);
    return end < 0 ? QByteArray() : b.mid(at, end - at);
}

// The auth plugin named at the end of a greeting.
QByteArray greetingPluginName(const QByteArray &payload)
{
    QByteArray p = payload;
    if (p.endsWith('\0'))
        p.chop(1);
    return p.mid(p.lastIndexOf('\0') + 1);
}

// The auth plugin a handshake response names (protocol 4.1, CLIENT_PLUGIN_AUTH).
QByteArray responsePluginName(const QByteArray &p)
{
    constexpr quint32 connectWithDb = 0x8, lengthEncodedAuthData = 0x200000;
    if (p.size() < 33)
        return {};
    const quint32 flags = qFromLittleEndian<quint32>(p.constData());
    qsizetype at = p.indexOf('\0', 32);
    if (at < 0 || ++at >= p.size())
        return {};
    // Auth data: a length byte (values below 251 are all a scramble needs), then the data.
    if ((flags & lengthEncodedAuthData) && quint8(p.at(at)) >= 0xFB)
        return {};
    at += 1 + quint8(p.at(at));
    if (flags & connectWithDb) {
        at = p.indexOf('\0', at);
        if (at < 0)
            return {};
        ++at;
    }
    return nulTerminatedAt(p, at);
}

// A recording relay between QMYSQL and the gateway's socket: it sees the conversation exactly as
// the client does. One connection at a time, on its own thread.
class LocalTap
{
public:
    explicit LocalTap(const QString &target)
        : m_target(QFile::encodeName(target))
    { }
    ~LocalTap()
    {
        if (m_thread.joinable()) {
            const quint64 one = 1;
            [[maybe_unused]] const auto written = ::write(m_cancelFd, &one, sizeof one);
            m_thread.join();
        }
        if (m_listenFd >= 0)
            ::close(m_listenFd);
        if (m_cancelFd >= 0)
            ::close(m_cancelFd);
    }

    QString start()
    {
        if (!m_directory.isValid())
            return m_directory.errorString();
        m_path = m_directory.filePath(QStringLiteral("tap"));
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(m_path);
        if (path.size() >= qsizetype(sizeof address.sun_path))
            return QStringLiteral("tap path too long: ") + m_path;
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        m_listenFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_listenFd, 4) != 0)
            return QString::fromLocal8Bit(std::strerror(errno));
        m_cancelFd = ::eventfd(0, EFD_CLOEXEC);
        m_thread = std::thread([this] { run(); });
        return {};
    }

    QString socketPath() const { return m_path; }
    QByteArray fromClient() const
    {
        QMutexLocker lock(&m_mutex);
        return m_fromClient;
    }
    QByteArray toClient() const
    {
        QMutexLocker lock(&m_mutex);
        return m_toClient;
    }

private:
    void run()
    {
        for (;;) {
            pollfd fds[2] = {{m_listenFd, POLLIN, 0}, {m_cancelFd, POLLIN, 0}};
            if (::poll(fds, 2, -1) < 0 && errno != EINTR)
                return;
            if (fds[1].revents & POLLIN)
                return;
            if (!(fds[0].revents & POLLIN))
                continue;
            const int client = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0)
                continue;
            const int server = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
            sockaddr_un address {};
            address.sun_family = AF_UNIX;
            std::memcpy(address.sun_path, m_target.constData(), size_t(m_target.size()));
            if (::connect(server, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0)
                relay(client, server);
            ::close(server);
            ::close(client);
        }
    }

    void relay(int client, int server)
    {
        char buffer[64 * 1024];
        for (;;) {
            pollfd fds[3] = {{client, POLLIN, 0}, {server, POLLIN, 0}, {m_cancelFd, POLLIN, 0}};
            if (::poll(fds, 3, -1) < 0 && errno != EINTR)
                return;
            if (fds[2].revents & POLLIN)
                return;
            for (int i = 0; i < 2; ++i) {
                if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
                if (n <= 0)
                    return;
                {
                    QMutexLocker lock(&m_mutex);
                    (i == 0 ? m_fromClient : m_toClient).append(buffer, n);
                }
                const int to = i == 0 ? server : client;
                for (ssize_t done = 0; done < n;) {
                    const ssize_t w = ::send(to, buffer + done, size_t(n - done), MSG_NOSIGNAL);
                    if (w <= 0)
                        return;
                    done += w;
                }
            }
        }
    }

    QByteArray m_target;
    QTemporaryDir m_directory;
    QString m_path;
    int m_listenFd = -1;
    int m_cancelFd = -1;
    std::thread m_thread;
    mutable QMutex m_mutex;
    QByteArray m_fromClient;
    QByteArray m_toClient;
};

} // namespace

class tst_GatewayAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fakeServerAuthentication_data();
    void fakeServerAuthentication();
    void realServerAuthentication_data();
    void realServerAuthentication();

private:
    struct Attempt
    {
        bool opened = false;
        QString error;
        QString currentUser;
        QString serverTlsVersion;
        std::optional<GatewaySession> session;
        QList<WirePacket> toClient;   // as the client saw them
        QList<WirePacket> fromClient; // as the client sent them
    };
    struct Login
    {
        QString user;
        QString password;
        QString database;
        bool queryServer = false; // ask the (real) server who and how we are
    };
    static Attempt attempt(const ServerTarget &target, const Login &login);
    static std::shared_ptr<TlsClientContext> context(const QString &caFile);

    TestServers m_servers;
    QString m_ed25519User = QStringLiteral("sslcm_ed25519");
    QString m_ed25519Password;
};

void tst_GatewayAuth::initTestCase()
{
    QVERIFY2(FakeMysqlServer::identity().error.isEmpty(),
             qPrintable(FakeMysqlServer::identity().error));
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));

    // An ed25519 account on the TLS server. The server plugin ships in Debian's mariadb-server
    // package, not in mariadb-server-core: without it this test fails, it does not skip.
    const TestServers::Connection root = m_servers.openAsRoot(Server::Tls);
    QVERIFY2(root.isOpen(), qPrintable(root.lastError().text()));
    const QString pluginDir = root.queryValue(QStringLiteral("SELECT @@plugin_dir")).toString();
    QVERIFY2(!pluginDir.isEmpty(), qPrintable(root.lastQueryError()));
    QVERIFY2(QFileInfo::exists(QDir(pluginDir).filePath(QStringLiteral("auth_ed25519.so"))),
             qPrintable(QStringLiteral("%1/auth_ed25519.so is missing: MariaDB's ed25519 "
                                       "authentication plugin comes with Debian's mariadb-server "
                                       "package (mariadb-server-core alone lacks it)")
                                .arg(pluginDir)));
    m_ed25519Password = QUuid::createUuid().toString(QUuid::Id128);
    QSqlQuery q(root.database());
    for (const QString &sql :
         {QStringLiteral("INSTALL PLUGIN IF NOT EXISTS ed25519 SONAME 'auth_ed25519'"),
          QStringLiteral("DROP USER IF EXISTS '%1'@'%'").arg(m_ed25519User),
          QStringLiteral("CREATE USER '%1'@'%' IDENTIFIED VIA ed25519 USING PASSWORD('%2')")
                  .arg(m_ed25519User, m_ed25519Password)}) {
        QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
    }
    QCOMPARE(root.queryValue(QStringLiteral("SELECT plugin FROM mysql.user WHERE user = '%1'")
                                     .arg(m_ed25519User))
                     .toString(),
             QStringLiteral("ed25519"));
}

void tst_GatewayAuth::cleanupTestCase()
{
    if (!m_servers.isValid())
        return;
    const TestServers::Connection root = m_servers.openAsRoot(Server::Tls);
    root.queryValue(QStringLiteral("DROP USER IF EXISTS '%1'@'%'").arg(m_ed25519User));
}

std::shared_ptr<TlsClientContext> tst_GatewayAuth::context(const QString &caFile)
{
    TlsClientContext::Settings settings;
    settings.caFile = caFile;
    const TlsClientContext::Created created = TlsClientContext::obtain(settings);
    if (!created.context)
        qWarning("TLS context: %s", qPrintable(created.error));
    return created.context;
}

tst_GatewayAuth::Attempt tst_GatewayAuth::attempt(const ServerTarget &target, const Login &login)
{
    Attempt a;
    TlsGateway gateway(target);
    if (const auto error = gateway.start()) {
        a.error = *error;
        return a;
    }
    LocalTap tap(gateway.socketPath());
    if (const QString error = tap.start(); !error.isEmpty()) {
        a.error = error;
        return a;
    }
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
        db.setHostName(QStringLiteral("localhost"));
        db.setUserName(login.user);
        db.setPassword(login.password);
        db.setDatabaseName(login.database);
        db.setConnectOptions(
                QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=20;MYSQL_OPT_READ_TIMEOUT=20;"
                               "UNIX_SOCKET=")
                + tap.socketPath());
        a.opened = db.open();
        if (!a.opened)
            a.error = db.lastError().text();
        if (a.opened && login.queryServer) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT CURRENT_USER()")) && q.next())
                a.currentUser = q.value(0).toString();
            if (q.exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_version'")) && q.next())
                a.serverTlsVersion = q.value(1).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!QTest::qWaitFor([&] { return gateway.activeSessions() == 0; }, 10000))
        a.error += QStringLiteral(" [the gateway session did not end]");
    a.session = gateway.lastSession();
    a.toClient = packetsOf(tap.toClient());
    a.fromClient = packetsOf(tap.fromClient());
    return a;
}

void tst_GatewayAuth::fakeServerAuthentication_data()
{
    QTest::addColumn<Auth>("auth");
    // What the client sees after its handshake response (sequence id 1): the server's packets,
    // each starting with this byte, and how many packets the client sends in reply.
    QTest::addColumn<QByteArray>("serverFirstBytes");
    QTest::addColumn<bool>("passwordInClear"); // the password itself travels (inside TLS)
    const struct
    {
        const char *name;
        Auth auth;
        QByteArray serverFirstBytes;
        bool passwordInClear;
    } rows[] = {
            {"mysql_native_password", Auth::NativePassword, QByteArray("\x00", 1), false},
            {"caching_sha2_password fast", Auth::CachingSha2Fast, QByteArray("\x01\x00", 2), false},
            {"caching_sha2_password full", Auth::CachingSha2Full, QByteArray("\x01\x00", 2), true},
            {"switch to mysql_native_password", Auth::SwitchToNative, QByteArray("\xfe\x00", 2),
             false},
            {"switch to mysql_clear_password", Auth::SwitchToClearText, QByteArray("\xfe\x00", 2),
             true},
    };
    for (const auto &row : rows)
        QTest::addRow("%s", row.name) << row.auth << row.serverFirstBytes << row.passwordInClear;
}

void tst_GatewayAuth::fakeServerAuthentication()
{
    QFETCH(Auth, auth);
    QFETCH(QByteArray, serverFirstBytes);
    QFETCH(bool, passwordInClear);
    FakeMysqlServer::Script script;
    script.flavour = FakeMysqlServer::Flavour::Mysql8;
    script.auth = auth;
    script.password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));

    ServerTarget target;
    target.host = QStringLiteral("localhost");
    target.port = fake.port();
    target.mode = SslMode::VerifyIdentity;
    target.timeout = std::chrono::seconds(5);
    target.tls = context(FakeMysqlServer::identity().certificateFile);
    Login login {script.user, script.password, QStringLiteral("fake_db"), false};
    const Attempt a = attempt(target, login);
    QVERIFY2(a.opened, qPrintable(a.error));
    QTRY_VERIFY(fake.capture(0).closed);
    const FakeMysqlServer::Capture c = fake.capture(0);
    QVERIFY2(c.problem.isEmpty(), qPrintable(c.problem));
    QVERIFY(c.authenticated);
    QVERIFY(c.tlsEstablished);
    QCOMPARE(c.clientUser, script.user);
    QCOMPARE(c.clientDatabase, QStringLiteral("fake_db"));

    const GatewaySession &s = *a.session;
    QCOMPARE(s.failure, Failure::None);
    QVERIFY(s.tlsUsed);
    QVERIFY(s.credentialsForwarded);
    QVERIFY(s.authenticationMs >= 0);

    // The password: never on the TCP wire in the clear; inside TLS only where the exchange
    // demands the password itself.
    const QByteArray password = script.password.toUtf8();
    QVERIFY(!c.received.contains(password));
    QVERIFY(!c.received.contains(script.user.toUtf8()));
    QCOMPARE(c.decrypted.contains(password), passwordInClear);

    // Upstream, every client packet after the SSLRequest is inside TLS, numbered from 2.
    QVERIFY(c.packets.size() >= 2);
    QCOMPARE(c.packets.at(0).sequence, quint8(1));
    QVERIFY(!c.packets.at(0).insideTls);
    QCOMPARE(c.packets.at(1).sequence, quint8(2));
    QVERIFY(c.packets.at(1).insideTls);
    if (passwordInClear) {
        QCOMPARE(c.packets.at(2).sequence, quint8(4));
        QCOMPARE(c.packets.at(2).payload, password + '\0');
    }

    // The client's view: greeting 0, handshake response 1, then the server's auth packets with
    // the ids the server used minus one, the client's replies likewise, and OK.
    QVERIFY(a.toClient.size() >= 2);
    QCOMPARE(a.toClient.at(0).sequence, quint8(0));
    QCOMPARE(a.fromClient.at(0).sequence, quint8(1));
    // The gateway forwards the held response with only CLIENT_SSL added.
    QByteArray held = a.fromClient.at(0).payload;
    QVERIFY(!(qFromLittleEndian<quint32>(held.constData()) & FakeMysqlServer::ClientSsl));
    held[1] = char(held.at(1) | (FakeMysqlServer::ClientSsl >> 8));
    QCOMPARE(held.toHex(' '), c.handshakeResponse.toHex(' '));
    quint8 sequence = 2;
    int fromServer = 1;
    int fromClient = 1;
    for (char first : serverFirstBytes) {
        const WirePacket &packet = a.toClient.at(fromServer++);
        QCOMPARE(packet.sequence, sequence++);
        QCOMPARE(packet.payload.at(0), first);
        if (first == '\x01' && auth == Auth::CachingSha2Fast) {
            QCOMPARE(packet.payload, QByteArray("\x01\x03", 2));
        } else if (first == '\x01') {
            QCOMPARE(packet.payload, QByteArray("\x01\x04", 2));
            QCOMPARE(a.fromClient.at(fromClient).sequence, sequence++);
            QCOMPARE(a.fromClient.at(fromClient++).payload, password + '\0');
        } else if (first == '\xfe') {
            const QByteArray plugin = nulTerminatedAt(packet.payload, 1);
            QCOMPARE(plugin,
                     auth == Auth::SwitchToNative ? QByteArray("mysql_native_password")
                                                  : QByteArray("mysql_clear_password"));
            QCOMPARE(a.fromClient.at(fromClient).sequence, sequence++);
            const QByteArray reply = a.fromClient.at(fromClient++).payload;
            if (auth == Auth::SwitchToNative)
                QCOMPARE(reply.size(), 20);
            else
                QCOMPARE(reply, password + '\0');
        }
    }
    QVERIFY(a.fromClient.size() > fromClient); // commands after the login
    QCOMPARE(a.fromClient.at(fromClient).sequence, quint8(0));
}

void tst_GatewayAuth::realServerAuthentication_data()
{
    QTest::addColumn<bool>("ed25519");
    for (bool ed25519 : {false, true})
        QTest::addRow("%s", ed25519 ? "ed25519 (auth switch)" : "mysql_native_password") << ed25519;
}

void tst_GatewayAuth::realServerAuthentication()
{
    QFETCH(bool, ed25519);
    ServerTarget target;
    target.host = m_servers.host();
    target.port = quint16(m_servers.tlsPort());
    target.mode = SslMode::VerifyIdentity;
    target.timeout = std::chrono::seconds(10);
    target.tls = context(m_servers.path(Pki::CaCert));
    Login login;
    if (ed25519) {
        login.user = m_ed25519User;
        login.password = m_ed25519Password;
    } else {
        const TestServers::Credentials plain = m_servers.credentials(Account::Plain);
        login.user = plain.user;
        login.password = plain.password;
        login.database = m_servers.testDatabase();
    }
    login.queryServer = true;
    const Attempt a = attempt(target, login);
    QVERIFY2(a.opened, qPrintable(a.error));
    QVERIFY2(a.currentUser.startsWith(login.user + QLatin1Char('@')), qPrintable(a.currentUser));
    // The server confirms the TLS the gateway reports, for this very session.
    QVERIFY(a.session->tlsUsed);
    QVERIFY(!a.serverTlsVersion.isEmpty());
    QCOMPARE(a.serverTlsVersion, a.session->tlsProtocol);
    QCOMPARE(a.session->failure, Failure::None);

    // Byte-level look, as the client saw it. MariaDB greets with mysql_native_password and the
    // client answers with it; an ed25519 account makes the server switch (0xFE).
    QVERIFY(a.toClient.size() >= 2);
    QVERIFY(a.fromClient.size() >= 1);
    QCOMPARE(greetingPluginName(a.toClient.at(0).payload), QByteArray("mysql_native_password"));
    QCOMPARE(a.fromClient.at(0).sequence, quint8(1));
    QCOMPARE(responsePluginName(a.fromClient.at(0).payload), QByteArray("mysql_native_password"));
    if (!ed25519) {
        QCOMPARE(a.toClient.at(1).sequence, quint8(2));
        QCOMPARE(a.toClient.at(1).payload.at(0), '\x00'); // OK
        return;
    }
    QVERIFY(a.toClient.size() >= 3);
    QVERIFY(a.fromClient.size() >= 2);
    const WirePacket &authSwitch = a.toClient.at(1);
    QCOMPARE(authSwitch.sequence, quint8(2));
    QCOMPARE(authSwitch.payload.at(0), '\xfe');
    QCOMPARE(nulTerminatedAt(authSwitch.payload, 1), QByteArray("client_ed25519"));
    QCOMPARE(authSwitch.payload.size(), 1 + 15 + 32); // plugin name, NUL, 32-byte nonce
    QCOMPARE(a.fromClient.at(1).sequence, quint8(3));
    QCOMPARE(a.fromClient.at(1).payload.size(), 64); // the Ed25519 signature
    QCOMPARE(a.toClient.at(2).sequence, quint8(4));
    QCOMPARE(a.toClient.at(2).payload.at(0), '\x00'); // OK
}

QTEST_GUILESS_MAIN(tst_GatewayAuth)
#include "tst_gatewayauth.moc"
