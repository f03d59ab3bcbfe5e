// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Fleet Health window while an audit of 1,000 saved connections fills it (the fixture's
// mariadbd plus the lightweight TLS endpoints of tls_endpoints.cpp, no login): the longest gap
// between the ticks of a 5-ms timer on the GUI thread, from "Audit All" until the last row, the
// summary and the expiry timeline are in. Target: < 50 ms. The baseline is the same window idle
// for two seconds, measured in the same run.
//
// SSLCM_BENCH_TARGETS overrides the number of connections (default 1000).

#include "BenchResult.h"
#include "BenchSupport.h"
#include "TestServers.h"
#include "audit/AuditHistory.h"
#include "audit/FleetHealthWindow.h"
#include "profile/MemorySecretStore.h"
#include "profile/ProfileStore.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_fleethealth: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const TestServers servers = TestServers::fromEnvironment();
    if (!servers.isValid())
        fail(servers.errorString());
    const int total = countFromEnvironment("SSLCM_BENCH_TARGETS", 1000);

    const AuditBenchTargets bench = AuditBenchTargets::start(servers, total);
    if (bench.ports.isEmpty())
        fail(QStringLiteral("the TLS endpoints did not start"));
    const QList<quint16> &ports = bench.ports;

    QTemporaryDir home;
    ProfileStore store(home.filePath(QStringLiteral("profiles.json")));
    store.load();
    QList<Profile> profiles;
    for (int i = 0; i < ports.size(); ++i) {
        Profile profile = Profile::create();
        profile.name = QStringLiteral("bench-%1").arg(i, 4, 10, QLatin1Char('0'));
        profile.host = servers.host();
        profile.port = ports.at(i);
        profile.user = QStringLiteral("bench");
        profile.sslMode = SslMode::VerifyIdentity;
        profile.caFile = servers.path(TestServers::Pki::CaCert);
        profiles << profile;
    }
    if (!store.replaceAll(profiles))
        fail(QStringLiteral("the profile store could not be written"));
    MemorySecretStore secrets;

    FleetHealthWindow window(store, &secrets);
    window.setHistory(AuditHistory(home.filePath(QStringLiteral("last-audit.json"))));
    window.resize(1280, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        fail(QStringLiteral("the window was not shown"));

    const double idleGap = longestTickGap([] { QTest::qWait(2000); });
    int rows = 0;
    QElapsedTimer auditTimer;
    const double auditGap = longestTickGap([&] {
        QSignalSpy finished(&window, &FleetHealthWindow::auditFinished);
        auditTimer.start();
        window.auditAll();
        if (!finished.wait(600000))
            fail(QStringLiteral("the audit did not finish"));
        QTest::qWait(200); // what the window does after the last row (summary, timeline)
        if (auto *view = window.findChild<QTableView *>())
            rows = view->model()->rowCount();
    });
    const double auditMs = double(auditTimer.elapsed());
    if (rows != ports.size())
        fail(QStringLiteral("the view shows %1 rows of %2").arg(rows).arg(ports.size()));

    std::printf("%d connections in the Fleet Health window, audited in %.0f ms\n", rows, auditMs);
    std::printf("  longest event-loop stall: %.1f ms while the view filled, %.1f ms idle\n",
                auditGap, idleGap);
    printBenchResult("fleethealth/stall-1000",
                     "longest event-loop stall while 1,000 audit rows fill the view", "ms", idleGap,
                     auditGap, "< 50 ms");
    return 0;
}
