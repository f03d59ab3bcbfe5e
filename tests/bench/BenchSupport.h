// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestServers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

#include <unistd.h>

// The longest gap between ticks of a 5-ms timer while `work` runs (it returns when done): how
// long the event loop of the calling thread could not answer.
// A count a benchmark takes from the environment (SSLCM_BENCH_TARGETS, SSLCM_BENCH_RUNS), or its
// default when the variable is not set.
inline int countFromEnvironment(const char *name, int fallback)
{
    return qEnvironmentVariableIsSet(name) ? qEnvironmentVariableIntValue(name) : fallback;
}

inline double longestTickGap(const std::function<void()> &work)
{
    QElapsedTimer clock;
    double last = 0;
    double longest = 0;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        const double now = clock.nsecsElapsed() / 1e6;
        longest = std::max(longest, now - last);
        last = now;
    });
    clock.start();
    timer.start();
    work();
    timer.stop();
    return longest;
}

#ifdef SSLCM_BENCH_TLSENDPOINTS
// The audit benchmarks' targets: `total` ports, of which up to 8 are the fixture's real mariadbd
// (TLS) and the rest lightweight TLS endpoints (tls_endpoints.cpp, one process). The endpoints
// present the fixture's ECDSA P-256 certificate: in a real fleet the servers' half of every
// handshake runs on the servers, but here it shares the 2 cores with the audit, and an RSA-2048
// signature costs the endpoints ~30 times an ECDSA one. SSLCM_BENCH_RSA=1 gives them the RSA
// certificate (the real mariadbd always has RSA). Empty when the endpoints did not start.
struct AuditBenchTargets
{
    std::unique_ptr<QProcess> endpoints;
    QList<quint16> ports;
    int realTargets = 0;

    static AuditBenchTargets start(const TestServers &servers, int total)
    {
        AuditBenchTargets t;
        t.realTargets = std::min(8, total / 10);
        const bool rsa = qEnvironmentVariableIsSet("SSLCM_BENCH_RSA");
        t.endpoints = std::make_unique<QProcess>();
        t.endpoints->setProgram(QStringLiteral(SSLCM_BENCH_TLSENDPOINTS));
        t.endpoints->setArguments(
                {QString::number(total - t.realTargets),
                 servers.path(rsa ? TestServers::Pki::ServerCert : TestServers::Pki::ServerEcCert),
                 servers.path(rsa ? TestServers::Pki::ServerKey : TestServers::Pki::ServerEcKey)});
        t.endpoints->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        t.endpoints->start();
        QByteArray pending;
        while (t.endpoints->waitForReadyRead(10000)) {
            pending += t.endpoints->readAllStandardOutput();
            if (pending.endsWith("ready\n"))
                break;
        }
        const QList<QByteArray> lines = pending.split('\n');
        for (const QByteArray &line : lines)
            if (!line.isEmpty() && line != "ready")
                t.ports << quint16(line.toUInt());
        if (t.ports.size() != total - t.realTargets) {
            t.ports.clear();
            return t;
        }
        for (int i = 0; i < t.realTargets; ++i)
            t.ports << quint16(servers.tlsPort());
        return t;
    }

    // The CPU time (user + system, ms) the endpoints' process has used so far, from
    // /proc/PID/stat; -1 when it cannot be read. The servers' half of every handshake runs there,
    // on the same cores as what is measured.
    double endpointsCpuMs() const
    {
        if (!endpoints || endpoints->processId() <= 0)
            return -1;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(endpoints->processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray text = stat.readAll();
        // Fields after the command (in parentheses, which may hold spaces): state is field 3,
        // utime field 14, stime field 15.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return -1;
        const double ticks = double(::sysconf(_SC_CLK_TCK));
        return (fields.at(11).toDouble() + fields.at(12).toDouble()) * 1000.0 / ticks;
    }

    // Closing standard input ends the endpoints.
    ~AuditBenchTargets()
    {
        if (endpoints) {
            endpoints->closeWriteChannel();
            endpoints->waitForFinished(5000);
        }
    }
    AuditBenchTargets() = default;
    AuditBenchTargets(AuditBenchTargets &&) = default;
};
#endif
