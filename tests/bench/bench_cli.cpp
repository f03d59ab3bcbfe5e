// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// sslcm-cli as a user sees it: whole processes, started and waited for one after another, the
// runs of each command alternating with those of its baseline (SSLCM_BENCH_RUNS each, default
// 30), against the fixture's real mariadbd with TLS. Medians of the wall time from start to exit:
//
//   cli/test   sslcm-cli test PROFILE --password-stdin (verify-identity; the result is recorded
//              with the profile, as always) against the mariadb client's verified login and
//              SELECT 1: mariadb -h localhost --ssl-verify-server-cert --ssl-ca ca.crt
//              -e 'select 1' (its password from MYSQL_PWD)                     target <= 1.0x
//   cli/probe  sslcm-cli probe localhost:PORT --ssl-ca ca.crt against
//              openssl s_client -starttls mysql -connect localhost:PORT -CAfile ca.crt
//              -verify_return_error </dev/null                                 target <= 0.5x
//   cli/test-host  the same test given as --host options, no profile: the result is not saved
//              (no lock, no fsync), against the same mariadb runs (no target)
//   cli/help   sslcm-cli --help, the start-up alone, against mariadb --version (no target)
//   cli/work   what each does beyond its start-up: sslcm-cli test --host minus sslcm-cli --help,
//              against the mariadb login minus mariadb --version (medians; no target)
//
// And the floors under the two targets, whole processes measured in the same alternation:
//   cli/floor-qtsql  sslcm_bench_qtsqllogin (Qt's QMYSQL driver alone: the same login over its
//              own TLS and SELECT 1, nothing else; qt_sql_login.cpp) against the mariadb login:
//              the least any program that logs in through QSqlDatabase takes
//   cli/floor-tls    sslcm_bench_tlsfloor (libssl alone: connect, greeting, SSLRequest, one
//              verified handshake, close; tls_floor.cpp) against openssl s_client: the least
//              any probe process that verifies a server's TLS with OpenSSL can take
//
// Every run must exit 0; the store lives in a temporary HOME and no keychain is used.
// SSLCM_BENCH_RUNS=N changes the number of runs, SSLCM_BENCH_CLI=PATH the sslcm-cli measured.

#include "BenchResult.h"
#include "BenchSupport.h"
#include "TestServers.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_cli: %s\n", qPrintable(message));
    std::exit(1);
}

// One command: its arguments, extra environment, and the file on its standard input.
struct Command
{
    QString name;
    QStringList arguments; // [0] is the program
    QStringList environment;
    QString stdinFile = QStringLiteral("/dev/null");
};

// Runs `command` once with stdout and stderr to /dev/null; the wall time in ms. Fails the
// benchmark if it does not exit 0.
double runOnce(const Command &command)
{
    QByteArrayList args;
    for (const QString &a : command.arguments)
        args << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QByteArrayList env;
    for (char **e = environ; *e; ++e)
        env << QByteArray(*e);
    for (const QString &e : command.environment)
        env << e.toLocal8Bit();
    std::vector<char *> envp;
    for (QByteArray &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray in = command.stdinFile.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 0, in.constData(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const auto start = std::chrono::steady_clock::now();
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        fail(QStringLiteral("could not start %1").arg(command.arguments.first()));
    int status = 0;
    waitpid(pid, &status, 0);
    const auto end = std::chrono::steady_clock::now();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail(QStringLiteral("%1 did not exit 0 (status %2): %3")
                     .arg(command.name)
                     .arg(status)
                     .arg(command.arguments.join(QLatin1Char(' '))));
    return std::chrono::duration<double, std::milli>(end - start).count();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// `runs` runs of each command, alternating; their medians.
QList<double> alternate(const QList<Command> &commands, int runs)
{
    for (const Command &c : commands)
        runOnce(c); // warm the page cache and the server
    QList<QList<double>> times(commands.size());
    for (int i = 0; i < runs; ++i) {
        for (qsizetype c = 0; c < commands.size(); ++c)
            times[c] << runOnce(commands[c]);
    }
    QList<double> medians;
    for (const QList<double> &t : times)
        medians << median(t);
    return medians;
}

QString findProgram(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        fail(QStringLiteral("%1 is not installed").arg(name));
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const TestServers servers = TestServers::fromEnvironment();
    if (!servers.isValid())
        fail(servers.errorString());
    const int runs = countFromEnvironment("SSLCM_BENCH_RUNS", 30);
    // SSLCM_BENCH_CLI: another sslcm-cli to measure (an older build, for before and after).
    const QString cli = qEnvironmentVariableIsSet("SSLCM_BENCH_CLI")
            ? qEnvironmentVariable("SSLCM_BENCH_CLI")
            : QStringLiteral(SSLCM_CLI_PATH);
    const QString caFile = servers.path(TestServers::Pki::CaCert);
    const QString port = QString::number(servers.port(TestServers::Server::Tls));
    const TestServers::Credentials account = servers.credentials(TestServers::Account::RequireSsl);

    QTemporaryDir home;
    if (!home.isValid())
        fail(QStringLiteral("no temporary folder"));
    const QStringList homeEnvironment {
            QStringLiteral("HOME=") + home.path(),
            QStringLiteral("XDG_CONFIG_HOME=") + home.filePath(QStringLiteral("config")),
            QStringLiteral("XDG_DATA_HOME=") + home.filePath(QStringLiteral("data")),
            QStringLiteral("XDG_CACHE_HOME=") + home.filePath(QStringLiteral("cache"))};
    const QString passwordFile = home.filePath(QStringLiteral("password"));
    {
        QFile f(passwordFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(account.password.toUtf8() + '\n') < 0)
            fail(QStringLiteral("could not write %1").arg(passwordFile));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QString profile = QStringLiteral("bench");
    runOnce({QStringLiteral("profiles add"),
             {cli, QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
              profile, QStringLiteral("--host"), QStringLiteral("localhost"),
              QStringLiteral("--port"), port, QStringLiteral("--user"), account.user,
              QStringLiteral("--ssl-mode"), QStringLiteral("verify-identity"),
              QStringLiteral("--ssl-ca"), caFile, QStringLiteral("--ask-password")},
             homeEnvironment});

    const Command test {QStringLiteral("sslcm-cli test"),
                        {cli, QStringLiteral("test"), profile, QStringLiteral("--password-stdin")},
                        homeEnvironment,
                        passwordFile};
    const Command mariadb {QStringLiteral("mariadb"),
                           {findProgram(QStringLiteral("mariadb")), QStringLiteral("-h"),
                            QStringLiteral("localhost"), QStringLiteral("-P"), port,
                            QStringLiteral("-u"), account.user,
                            QStringLiteral("--ssl-verify-server-cert"), QStringLiteral("--ssl-ca"),
                            caFile, QStringLiteral("-e"), QStringLiteral("select 1")},
                           {QStringLiteral("MYSQL_PWD=") + account.password}};
    // The same test without a profile: nothing is recorded, so no save (and its fsyncs).
    const Command testHost {QStringLiteral("sslcm-cli test --host"),
                            {cli, QStringLiteral("test"), QStringLiteral("--host"),
                             QStringLiteral("localhost"), QStringLiteral("--port"), port,
                             QStringLiteral("--user"), account.user, QStringLiteral("--ssl-mode"),
                             QStringLiteral("verify-identity"), QStringLiteral("--ssl-ca"), caFile,
                             QStringLiteral("--password-stdin")},
                            homeEnvironment,
                            passwordFile};
    const QString target = QStringLiteral("localhost:") + port;
    const Command probe {QStringLiteral("sslcm-cli probe"),
                         {cli, QStringLiteral("probe"), target, QStringLiteral("--ssl-ca"), caFile},
                         homeEnvironment};
    const Command sClient {QStringLiteral("openssl s_client"),
                           {findProgram(QStringLiteral("openssl")), QStringLiteral("s_client"),
                            QStringLiteral("-starttls"), QStringLiteral("mysql"),
                            QStringLiteral("-connect"), target, QStringLiteral("-CAfile"), caFile,
                            QStringLiteral("-verify_return_error")},
                           {}};
    const Command help {
            QStringLiteral("sslcm-cli --help"), {cli, QStringLiteral("--help")}, homeEnvironment};
    const Command mariadbVersion {
            QStringLiteral("mariadb --version"),
            {findProgram(QStringLiteral("mariadb")), QStringLiteral("--version")},
            {}};
    const Command qtSqlLogin {
            QStringLiteral("sslcm_bench_qtsqllogin"),
            {QStringLiteral(SSLCM_BENCH_QTSQLLOGIN), caFile, servers.host(), port, account.user},
            {QStringLiteral("MYSQL_PWD=") + account.password}};
    const Command tlsFloor {
            QStringLiteral("sslcm_bench_tlsfloor"),
            {QStringLiteral(SSLCM_BENCH_TLSFLOOR), caFile, QStringLiteral("localhost"), port},
            {}};

    const QList<double> login = alternate({test, mariadb, testHost, qtSqlLogin}, runs);
    const QList<double> probed = alternate({probe, sClient, tlsFloor}, runs);
    const QList<double> started = alternate({help, mariadbVersion}, runs);
    const double helpMs = started[0];
    const double sslcmWork = login[2] - started[0];
    const double mariadbWork = login[1] - started[1];

    std::printf("medians of %d alternating runs each (wall time of the whole process):\n", runs);
    std::printf("  sslcm-cli test PROFILE  %7.2f ms   mariadb login + SELECT 1  %7.2f ms\n",
                login[0], login[1]);
    std::printf("  sslcm-cli test --host   %7.2f ms   (records nothing)\n", login[2]);
    std::printf("  sslcm-cli probe         %7.2f ms   openssl s_client          %7.2f ms\n",
                probed[0], probed[1]);
    std::printf("  sslcm-cli --help        %7.2f ms   mariadb --version         %7.2f ms\n", helpMs,
                started[1]);
    std::printf("  beyond start-up:\n");
    std::printf("  sslcm-cli test --host   %7.2f ms   mariadb login + SELECT 1  %7.2f ms\n",
                sslcmWork, mariadbWork);
    std::printf("floors, whole processes in the same alternation:\n");
    std::printf("  QMYSQL's own login      %7.2f ms   (%.2fx the mariadb login; the target "
                "leaves sslcm-cli test %.2f ms)\n",
                login[3], login[3] / login[1], login[1]);
    std::printf("  libssl handshake alone  %7.2f ms   (%.2fx openssl s_client; the target "
                "leaves sslcm-cli probe %.2f ms)\n",
                probed[2], probed[2] / probed[1], probed[1] * 0.5);
    printBenchResult("cli/test",
                     "sslcm-cli test PROFILE vs mariadb verified login + SELECT 1 (process)", "ms",
                     login[1], login[0], "<= 1.0x");
    printBenchResult("cli/test-host",
                     "sslcm-cli test --host (no profile: no result saved) vs the same mariadb",
                     "ms", login[1], login[2]);
    printBenchResult("cli/probe", "sslcm-cli probe vs openssl s_client -starttls mysql (process)",
                     "ms", probed[1], probed[0], "<= 0.5x");
    printBenchResult("cli/help", "sslcm-cli --help (start-up alone) vs mariadb --version", "ms",
                     started[1], helpMs);
    printBenchResult("cli/work",
                     "beyond start-up: sslcm-cli test --host minus --help vs the mariadb login "
                     "minus mariadb --version (medians)",
                     "ms", mariadbWork, sslcmWork);
    printBenchResult("cli/floor-qtsql",
                     "floor: Qt's QMYSQL driver alone, the same login over its own TLS + SELECT 1, "
                     "vs the mariadb login (process)",
                     "ms", login[1], login[3]);
    printBenchResult("cli/floor-tls",
                     "floor: libssl alone, one verified handshake vs openssl s_client (process)",
                     "ms", probed[1], probed[2]);
    return 0;
}
