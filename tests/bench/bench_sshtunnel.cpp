// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Connections through an SSH jump host (the fixture's real sshd) to the real TLS server:
// connect + SELECT 1 + close through sslcm's tunnel, once the SSH session is up, against `ssh -L`
// started once plus the `mariadb` client over the forwarded port (the baseline), and
// against Qt's QMYSQL driver talking TLS itself over that same forwarded port (in-process, the
// stricter baseline). The first connection, which pays for the SSH handshake, is reported
// separately: sslcm's whole first connection against starting `ssh -L` until it forwards plus
// one `mariadb` run.
#include "BenchResult.h"
#include "TestServers.h"
#include "mysql/ProfileConnection.h"
#include "ssh/SshTunnel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <thread>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using Account = TestServers::Account;
using Pki = TestServers::Pki;
using SshKey = TestServers::SshKey;

namespace {

double median(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

double measure(int runs, const std::function<bool()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work()) {
            std::fprintf(stderr, "benchmark step failed\n");
            std::exit(1);
        }
        times << timer.nsecsElapsed() / 1e6;
    }
    return median(times);
}

void row(const char *key, const char *what, const char *measurement, double base, double sslcm,
         const char *target)
{
    std::printf("  %-52s %8.2f ms  %8.2f ms  %5.2fx   %s\n", what, base, sslcm, sslcm / base,
                target);
    printBenchResult(key, measurement, "ms", base, sslcm, target[0] == '(' ? "" : target);
}

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// `ssh -N -L` to the database, started and waited for until the forward accepts connections.
struct Forward
{
    QProcess ssh;
    int port = 0;

    bool start(const TestServers &servers, const QString &knownHosts)
    {
        port = freePort();
        ssh.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        ssh.start(QStringLiteral("ssh"),
                  {QStringLiteral("-N"),
                   QStringLiteral("-F"),
                   QStringLiteral("/dev/null"),
                   QStringLiteral("-o"),
                   QStringLiteral("BatchMode=yes"),
                   QStringLiteral("-o"),
                   QStringLiteral("ExitOnForwardFailure=yes"),
                   QStringLiteral("-o"),
                   QStringLiteral("StrictHostKeyChecking=yes"),
                   QStringLiteral("-o"),
                   QStringLiteral("UserKnownHostsFile=") + knownHosts,
                   QStringLiteral("-o"),
                   QStringLiteral("IdentitiesOnly=yes"),
                   QStringLiteral("-i"),
                   servers.sshKeyFile(SshKey::Plain),
                   QStringLiteral("-p"),
                   QString::number(servers.sshPort()),
                   QStringLiteral("-L"),
                   QStringLiteral("127.0.0.1:%1:localhost:%2").arg(port).arg(servers.tlsPort()),
                   QStringLiteral("%1@%2").arg(servers.sshUser(), servers.sshHost())});
        if (!ssh.waitForStarted(5000))
            return false;
        // Ready when the local port accepts; ssh binds it after the login.
        for (int i = 0; i < 2000; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(port));
            if (probe.waitForConnected(100))
                return true;
            if (ssh.state() != QProcess::Running)
                return false;
            QThread::usleep(500);
        }
        return false;
    }
    ~Forward()
    {
        ssh.terminate();
        ssh.waitForFinished(5000);
    }
};

// A jump host that accepts TCP connections (the kernel's backlog does) and never says a word.
struct SilentListener
{
    int fd = -1;
    int port = 0;
    SilentListener()
    {
        fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (::bind(fd, reinterpret_cast<sockaddr *>(&a), len) != 0 || ::listen(fd, 64) != 0
            || ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) != 0)
            return;
        port = ntohs(a.sin_port);
    }
    ~SilentListener() { ::close(fd); }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const TestServers servers = TestServers::fromEnvironment();
    if (!servers.isValid() || !servers.hasSshd()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(servers.isValid() ? servers.sshdProblem() : servers.errorString()));
        return 1;
    }
    QTemporaryDir dir;
    const QString ownList = dir.filePath(QStringLiteral("own"));
    qputenv("SSLCM_SSH_KNOWN_HOSTS",
            QStringLiteral("%1:%2").arg(servers.sshKnownHostsFile(), ownList).toLocal8Bit());
    const TestServers::Credentials plain = servers.credentials(Account::Plain);
    const QString ca = servers.path(Pki::CaCert);
    constexpr int runs = 100;

    Profile profile = Profile::create();
    profile.host = QStringLiteral("localhost");
    profile.port = quint16(servers.tlsPort());
    profile.user = plain.user;
    profile.database = servers.testDatabase();
    profile.sslMode = SslMode::VerifyCa;
    profile.caFile = ca;
    SshJump jump;
    jump.host = servers.sshHost();
    jump.port = quint16(servers.sshPort());
    jump.user = servers.sshUser();
    jump.auth = SshJump::Auth::KeyFile;
    jump.keyFile = servers.sshKeyFile(SshKey::Plain);
    profile.ssh = jump;

    auto sslcmRoundTrip = [&] {
        ProfileConnection connection(profile);
        const ProfileConnection::Opened opened = connection.open({plain.password});
        if (!opened.opened()) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error));
            return false;
        }
        QSqlQuery q(connection.database());
        return q.exec(QStringLiteral("SELECT 1")) && q.next() && q.value(0).toInt() == 1;
    };
    auto mariadbOver = [&](int port) {
        QProcess p;
        p.start(QStringLiteral("mariadb"),
                {QStringLiteral("--no-defaults"), QStringLiteral("--host=127.0.0.1"),
                 QStringLiteral("--port=%1").arg(port), QStringLiteral("--user=") + plain.user,
                 QStringLiteral("--password=") + plain.password, QStringLiteral("--ssl-ca=") + ca,
                 QStringLiteral("--ssl-verify-server-cert"), QStringLiteral("-e"),
                 QStringLiteral("select 1")});
        return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit
                && p.exitCode() == 0;
    };
    auto qmysqlOver = [&](int port) {
        const QString name = QUuid::createUuid().toString();
        bool ok;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(port);
            db.setUserName(plain.user);
            db.setPassword(plain.password);
            db.setDatabaseName(servers.testDatabase());
            db.setConnectOptions(QStringLiteral("SSL_CA=") + ca);
            ok = db.open();
            if (ok) {
                QSqlQuery q(db);
                ok = q.exec(QStringLiteral("SELECT 1")) && q.next();
            } else {
                std::fprintf(stderr, "%s\n", qPrintable(db.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    };

    // The first connection: sslcm with no SSH session up, against starting `ssh -L` until it
    // forwards plus one `mariadb` run.
    constexpr int coldRuns = 15;
    const double sslcmCold = measure(coldRuns, [&] {
        SshTunnel::shutdownAll();
        return sslcmRoundTrip();
    });
    const double sshCold = measure(coldRuns, [&] {
        Forward forward;
        return forward.start(servers, servers.sshKnownHostsFile()) && mariadbOver(forward.port);
    });

    // Once the SSH session is up: one connection keeps sslcm's session alive, one `ssh -L` runs.
    SshTunnel::shutdownAll();
    ProfileConnection holder(profile);
    if (!holder.open({plain.password}).opened())
        return 1;
    Forward forward;
    if (!forward.start(servers, servers.sshKnownHostsFile())) {
        std::fprintf(stderr, "ssh -L did not start\n");
        return 1;
    }
    const double sslcmWarm = measure(runs, sslcmRoundTrip);
    const double mariadbWarm = measure(runs, [&] { return mariadbOver(forward.port); });
    const double qmysqlWarm = measure(runs, [&] { return qmysqlOver(forward.port); });
    if (SshTunnel::liveSessions() != 1) {
        std::fprintf(stderr, "expected one SSH session, found %d\n", SshTunnel::liveSessions());
        return 1;
    }

    // A stalled jump host: from cancel() to open() returning, with a 60 s timeout that would
    // otherwise bound it.
    SilentListener silent;
    if (silent.port == 0)
        return 1;
    Profile stalled = profile;
    stalled.connectTimeoutSeconds = 60;
    stalled.ssh->host = QStringLiteral("127.0.0.1");
    stalled.ssh->port = quint16(silent.port);
    QList<double> cancelTimes;
    for (int i = 0; i < 20; ++i) {
        ProfileConnection connection(stalled);
        const auto now = [] {
            return qint64(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                  std::chrono::steady_clock::now().time_since_epoch())
                                  .count());
        };
        std::atomic<qint64> cancelledAt {0};
        std::atomic<qint64> returnedAt {0};
        std::thread opener([&] {
            const ProfileConnection::Opened opened = connection.open({plain.password});
            returnedAt = now();
            if (opened.outcome != ProfileConnection::Opened::Outcome::Cancelled)
                std::fprintf(stderr, "a stalled jump host ended without a cancel: %s\n",
                             qPrintable(opened.error));
        });
        QThread::msleep(300);
        cancelledAt = now();
        connection.cancel();
        opener.join();
        const qint64 returnedAfterNs = returnedAt - cancelledAt;
        if (returnedAfterNs < 0)
            return 1;
        cancelTimes << returnedAfterNs / 1e6;
    }
    const double cancelMs = median(cancelTimes);

    std::printf("Through an SSH jump host (real sshd), verify-ca, medians\n");
    std::printf("  %-52s %11s  %11s  %6s\n", "", "baseline", "sslcm", "ratio");
    row("bench_sshtunnel/warm_vs_ssh_l_mariadb",
        "connect+SELECT 1+close, session up: vs ssh -L + mariadb",
        "SSH session up, connect + SELECT 1 + close: sslcm's tunnel vs `ssh -L` + the `mariadb` "
        "client",
        mariadbWarm, sslcmWarm, "<= 1.20x");
    row("bench_sshtunnel/warm_vs_ssh_l_qmysql",
        "connect+SELECT 1+close, session up: vs ssh -L + QMYSQL",
        "SSH session up, connect + SELECT 1 + close: sslcm's tunnel vs `ssh -L` + QMYSQL's own TLS "
        "(in-process)",
        qmysqlWarm, sslcmWarm, "(in-process baseline)");
    row("bench_sshtunnel/first_connection",
        "first connection (SSH handshake): vs ssh -L start + mariadb",
        "first connection, SSH handshake included: sslcm vs starting `ssh -L` + the `mariadb` "
        "client",
        sshCold, sslcmCold, "(reported)");
    std::printf("  %-52s %23.2f ms   %s\n", "cancel while the jump host stalls (median of 20)",
                cancelMs, "< 100 ms");
    printBenchResult("bench_sshtunnel/cancel_stalled_jump_host",
                     "a jump host that never answers: from cancel to the connection's end", "ms", 0,
                     cancelMs, "< 100 ms");
    return 0;
}
