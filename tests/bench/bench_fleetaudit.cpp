// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// 1,000 audit targets on loopback, without login: the fixture's real mariadbd (TLS) plus
// lightweight TLS endpoints this benchmark starts (tls_endpoints.cpp, one process, with the
// fixture's ECDSA server certificate; SSLCM_BENCH_RSA=1: its RSA one). The baseline is the loop a
// DBA writes today, run in the same process over the same targets:
//
//     for t in targets; do openssl s_client -starttls mysql -connect $t -CAfile ca.crt
//         -verify_return_error -verify_ip 127.0.0.1 </dev/null; done   (one line)
//
// Measured: wall time (target <= 0.1x the loop), CPU time (ours vs the loop's children), the
// audit's peak memory (the process's maximum resident set, target <= 150 MB), and the CPU time
// of the endpoints' process during each (the servers' half of the handshakes, on the same cores)
// with the share of the cores the audit and the endpoints kept busy. And the floor: the same
// handshakes made by a program with libssl alone (tls_floor.cpp), same targets, same
// concurrency, wall and CPU (with SSLCM_BENCH_NO_LOOP the loop is skipped and ratios to it are
// meaningless). The audit does
// more than the loop: besides the verified handshake it judges TLS 1.0, 1.1, 1.2 and 1.3 (the
// versions the verified handshake did not negotiate get scan handshakes of their own, which end
// once the server has chosen; 1.0 and 1.1 share one while the server refuses both) and reads
// every certificate of the chain and the CA file.
//
// SSLCM_BENCH_TARGETS overrides the number of targets (default 1000); SSLCM_BENCH_NO_SCAN,
// SSLCM_BENCH_NO_LOOP and SSLCM_BENCH_CONCURRENCY=N are for looking at parts.

#include "BenchResult.h"
#include "BenchSupport.h"
#include "TestServers.h"
#include "audit/FleetAudit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

namespace {

double cpuMs(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

double peakMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_fleetaudit: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const TestServers servers = TestServers::fromEnvironment();
    if (!servers.isValid())
        fail(servers.errorString());
    const int total = countFromEnvironment("SSLCM_BENCH_TARGETS", 1000);
    const QString caFile = servers.path(TestServers::Pki::CaCert);

    const AuditBenchTargets bench = AuditBenchTargets::start(servers, total);
    if (bench.ports.isEmpty())
        fail(QStringLiteral("the TLS endpoints did not start"));
    const QList<quint16> &ports = bench.ports;
    const int realTargets = bench.realTargets;

    QList<AuditTarget> targets;
    for (int i = 0; i < ports.size(); ++i) {
        AuditTarget target;
        target.profile = Profile::create();
        target.profile.name = QStringLiteral("bench-%1").arg(i);
        target.profile.host = servers.host();
        target.profile.port = ports.at(i);
        target.profile.sslMode = SslMode::VerifyIdentity;
        target.profile.caFile = caFile;
        targets << target;
    }

    // The baseline: openssl s_client per target, one after the other.
    const bool skipLoop = qEnvironmentVariableIsSet("SSLCM_BENCH_NO_LOOP");
    const double loopCpuBefore = cpuMs(RUSAGE_CHILDREN);
    const double loopEndpointsBefore = bench.endpointsCpuMs();
    QElapsedTimer loopTimer;
    loopTimer.start();
    int loopVerified = 0;
    for (const quint16 port : std::as_const(ports)) {
        if (skipLoop) {
            ++loopVerified;
            continue;
        }
        QProcess client;
        client.setProgram(QStringLiteral("openssl"));
        client.setArguments(
                {QStringLiteral("s_client"), QStringLiteral("-starttls"), QStringLiteral("mysql"),
                 QStringLiteral("-connect"), QStringLiteral("%1:%2").arg(servers.host()).arg(port),
                 QStringLiteral("-CAfile"), caFile, QStringLiteral("-verify_return_error"),
                 QStringLiteral("-verify_ip"), servers.host()});
        client.setStandardInputFile(QProcess::nullDevice());
        client.start();
        client.waitForFinished(30000);
        if (client.exitCode() == 0
            && client.readAllStandardOutput().contains("Verify return code: 0 (ok)"))
            ++loopVerified;
    }
    const double loopMs = double(loopTimer.elapsed());
    const double loopCpu = cpuMs(RUSAGE_CHILDREN) - loopCpuBefore;
    const double loopEndpointsCpu = bench.endpointsCpuMs() - loopEndpointsBefore;
    if (loopVerified != ports.size())
        fail(QStringLiteral("the openssl loop verified %1 of %2 targets")
                     .arg(loopVerified)
                     .arg(ports.size()));

    // sslcm's audit over the same targets.
    AuditOptions options;
    options.concurrency = 16;
    if (qEnvironmentVariableIsSet("SSLCM_BENCH_CONCURRENCY"))
        options.concurrency = qEnvironmentVariableIntValue("SSLCM_BENCH_CONCURRENCY");
    options.scanProtocols = !qEnvironmentVariableIsSet("SSLCM_BENCH_NO_SCAN");
    const double memoryBefore = peakMb();
    const double cpuBefore = cpuMs(RUSAGE_SELF);
    const double endpointsBefore = bench.endpointsCpuMs();
    QElapsedTimer auditTimer;
    auditTimer.start();
    FleetAudit audit(targets, options);
    QEventLoop loop;
    QObject::connect(&audit, &FleetAudit::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &audit, &FleetAudit::start);
    loop.exec();
    const double auditMs = double(auditTimer.elapsed());
    const double auditCpu = cpuMs(RUSAGE_SELF) - cpuBefore;
    const double endpointsCpu = bench.endpointsCpuMs() - endpointsBefore;
    // How much of the machine the audit and the servers' half of its handshakes used: near
    // 100 %, the wall time is bound by the cores, not by waiting.
    const int cores = QThread::idealThreadCount();
    const double busyPercent = 100.0 * (auditCpu + endpointsCpu) / (cores * auditMs);
    const QList<AuditResult> results = audit.results();
    int verified = 0, scanned = 0;
    for (const AuditResult &result : results) {
        verified += result.verified ? 1 : 0;
        for (const AuditProtocolSupport &p : result.protocols)
            scanned += p.state != AuditProtocolSupport::State::NotTested ? 1 : 0;
    }
    for (const AuditResult &result : results) {
        if (result.verified)
            continue;
        for (const AuditFinding &f : result.findings)
            if (f.severity >= AuditSeverity::Warning)
                std::fprintf(stderr, "%s: %s: %s\n", qPrintable(result.target.displayName()),
                             qPrintable(f.check), qPrintable(f.summary));
        break;
    }
    if (results.size() != ports.size() || verified != ports.size())
        fail(QStringLiteral("the audit verified %1 of %2 targets (%3 results)")
                     .arg(verified)
                     .arg(ports.size())
                     .arg(results.size()));

    // The floor: the same targets at the same concurrency, handshaken by a program with libssl
    // and nothing else (tls_floor.cpp): the verified handshake, then the two scans the audit
    // makes for these servers (TLS 1.3, refusing 1.0 and 1.1), without anything the audit does
    // besides (no reports, no certificate reading, no Qt).
    struct Floor
    {
        double wallMs = 0, cpuMs = 0, endpointsCpuMs = 0;
    };
    auto floorRun = [&](bool scans) {
        QStringList arguments {caFile, servers.host()};
        for (const quint16 port : std::as_const(ports))
            arguments << QString::number(port);
        arguments << QStringLiteral("-j") << QString::number(options.concurrency);
        if (scans)
            arguments << QStringLiteral("--scans");
        const double before = bench.endpointsCpuMs();
        QProcess floor;
        floor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        floor.start(QStringLiteral(SSLCM_BENCH_TLSFLOOR), arguments);
        if (!floor.waitForFinished(120000) || floor.exitCode() != 0)
            fail(QStringLiteral("the libssl floor did not handshake with every target"));
        Floor f;
        f.endpointsCpuMs = bench.endpointsCpuMs() - before;
        // "handshakes N failed F wall-ms W cpu-ms C"
        const QList<QByteArray> words = floor.readAllStandardOutput().simplified().split(' ');
        for (qsizetype i = 0; i + 1 < words.size(); ++i) {
            if (words.at(i) == "wall-ms")
                f.wallMs = words.at(i + 1).toDouble();
            else if (words.at(i) == "cpu-ms")
                f.cpuMs = words.at(i + 1).toDouble();
        }
        return f;
    };
    const Floor floorVerified = floorRun(false);
    const Floor floorScans = floorRun(true);

    std::printf("%d targets (%d on the real mariadbd), no login; %d protocol versions judged\n",
                int(ports.size()), realTargets, scanned);
    std::printf("  openssl s_client loop: %.0f ms wall, %.0f ms CPU\n", loopMs, loopCpu);
    std::printf(
            "  sslcm audit:           %.0f ms wall, %.0f ms CPU, peak %.1f MB (%.1f MB before)\n",
            auditMs, auditCpu, peakMb(), memoryBefore);
    std::printf("  TLS endpoints' CPU:    %.0f ms during the loop, %.0f ms during the audit\n",
                loopEndpointsCpu, endpointsCpu);
    std::printf("  the audit and the endpoints kept %d cores %.0f %% busy during the audit\n",
                cores, busyPercent);
    std::printf("  floor, libssl alone, %d at a time:\n", options.concurrency);
    std::printf("    verified handshakes:          %.0f ms wall, %.0f ms CPU, endpoints %.0f ms "
                "CPU\n",
                floorVerified.wallMs, floorVerified.cpuMs, floorVerified.endpointsCpuMs);
    std::printf("    with the audit's two scans:   %.0f ms wall (%.3fx the loop), %.0f ms CPU, "
                "endpoints %.0f ms CPU\n",
                floorScans.wallMs, floorScans.wallMs / loopMs, floorScans.cpuMs,
                floorScans.endpointsCpuMs);
    // No scheduling can beat the floor's CPU time and the endpoints' spread over every core.
    const double floorBound = (floorScans.cpuMs + floorScans.endpointsCpuMs) / cores;
    std::printf("    at best, every core busy all the time: %.0f ms (%.3fx the loop)\n", floorBound,
                floorBound / loopMs);
    printBenchResult("fleetaudit/wall-1000", "audit of 1,000 targets vs openssl s_client loop",
                     "ms", loopMs, auditMs, "<= 0.1x");
    printBenchResult("fleetaudit/cpu-1000", "CPU time of the audit vs the loop's", "ms", loopCpu,
                     auditCpu);
    printBenchResult("fleetaudit/endpoints-cpu",
                     "CPU time of the test's TLS endpoints (the servers' half of the handshakes): "
                     "during the audit vs during the loop",
                     "ms", loopEndpointsCpu, endpointsCpu);
    printBenchResult("fleetaudit/cores-busy",
                     "share of the cores the audit and the endpoints used during the audit "
                     "(their CPU time / (cores x wall time))",
                     "%", 0, busyPercent);
    printBenchResult("fleetaudit/floor-wall",
                     "floor: libssl alone making the audit's handshakes (verified + two scans) of "
                     "the same targets at the same concurrency vs the loop",
                     "ms", loopMs, floorScans.wallMs);
    printBenchResult("fleetaudit/floor-bound",
                     "floor at best: the CPU time of libssl alone and of the endpoints for the "
                     "audit's handshakes, spread over every core, vs the loop",
                     "ms", loopMs, floorBound);
    printBenchResult("fleetaudit/floor-cpu",
                     "floor: the audit's CPU time vs that of libssl alone making the same "
                     "handshakes",
                     "ms", floorScans.cpuMs, auditCpu);
    printBenchResult("fleetaudit/peak-memory", "peak memory of the audit process", "MB", 0,
                     peakMb(), "<= 150 MB");
    return 0;
}
