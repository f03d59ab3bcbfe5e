// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How fast waiting ends, and how freely the GUI thread runs meanwhile: the bounds the tests used
// to assert on the wall clock (tst_testerresponsiveness, tst_connectiontester,
// tst_connectionwizard, tst_gatewayhostile, tst_interopdialogs), measured here instead, where a
// busy machine or a sanitizer build makes a number worse, not a test red.
//
//   event-loop stall    longest gap between 5-ms timer ticks while a connection test waits on a
//                       server that never answers; baseline: the same ticks with nothing running
//   greeting timeout    a silent server: start to result, against the configured timeout
//   TLS stall timeout   a server that never answers the TLS handshake: the same
//   refusal             a server that hangs up after the SSLRequest: start to result, against
//                       the configured timeout (it must not wait for it)
//   cancel              ConnectionTester::cancel() while waiting for a greeting, to the result
//   CA download cancel  Cancel Download on a stalled HTTPS server, to downloadFinished
#include "BenchResult.h"
#include "BenchSupport.h"
#include "FakeMysqlServer.h"
#include "LocalHttpsServer.h"
#include "interop/CaDownloadDialog.h"
#include "mysql/ConnectionTester.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "bench_responsiveness: %s\n", what);
    std::exit(1);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

ConnectionTester::Request request(const FakeMysqlServer &server, int timeoutSeconds)
{
    ConnectionTester::Request r;
    r.profile = Profile::create();
    r.profile.host = QStringLiteral("127.0.0.1");
    r.profile.port = server.port();
    r.profile.sslMode = SslMode::Required;
    r.profile.connectTimeoutSeconds = timeoutSeconds;
    return r;
}

// Start to result of a connection test, in ms.
double timeToResult(const ConnectionTester::Request &r, GatewaySession::Failure expected)
{
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    QElapsedTimer timer;
    timer.start();
    tester.start(r);
    if (!finished.wait(60000))
        fail("no result within a minute");
    const double ms = timer.nsecsElapsed() / 1e6;
    if (finished.first().first().value<ConnectionReport>().gateway.failure != expected)
        fail("the test ended with another failure than expected");
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    constexpr int runs = 5;

    FakeMysqlServer::Script silentScript;
    silentScript.greeting = FakeMysqlServer::GreetingKind::Nothing;
    FakeMysqlServer silent(silentScript);
    if (!silent.listen())
        fail(qPrintable(silent.errorString()));

    // GUI event loop while a test waits two seconds on the silent server.
    const double idleGap = longestTickGap([] { QTest::qWait(2000); });
    const double testGap = longestTickGap([&] {
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start(request(silent, 2));
        if (!finished.wait(60000))
            fail("no result within a minute");
    });
    std::printf("longest event-loop stall: idle %.1f ms, during a stalled test %.1f ms\n", idleGap,
                testGap);
    printBenchResult("responsiveness/event-loop-stall",
                     "longest GUI event-loop stall while a test waits on a silent server", "ms",
                     idleGap, testGap, "< 50 ms");

    // Timeouts: how long past the configured timeout the result comes.
    QList<double> greeting;
    for (int i = 0; i < runs; ++i)
        greeting << timeToResult(request(silent, 1), GatewaySession::Failure::GreetingTimeout);
    printBenchResult("responsiveness/greeting-timeout",
                     "silent server: result after the configured timeout (1 s)", "ms", 1000,
                     median(greeting), "< 3.00x");

    FakeMysqlServer::Script stallTlsScript;
    stallTlsScript.onSslRequest = FakeMysqlServer::OnSslRequest::Stall;
    FakeMysqlServer stallTls(stallTlsScript);
    if (!stallTls.listen())
        fail(qPrintable(stallTls.errorString()));
    QList<double> tls;
    for (int i = 0; i < runs; ++i)
        tls << timeToResult(request(stallTls, 1), GatewaySession::Failure::Timeout);
    printBenchResult("responsiveness/tls-stall-timeout",
                     "no ServerHello: result after the configured timeout (1 s)", "ms", 1000,
                     median(tls), "< 3.50x");

    FakeMysqlServer::Script closesScript;
    closesScript.onSslRequest = FakeMysqlServer::OnSslRequest::Close;
    FakeMysqlServer closes(closesScript);
    if (!closes.listen())
        fail(qPrintable(closes.errorString()));
    QList<double> refusal;
    for (int i = 0; i < runs; ++i)
        refusal << timeToResult(request(closes, 3), GatewaySession::Failure::PeerClosed);
    printBenchResult("responsiveness/refusal",
                     "server hangs up after the SSLRequest: result, against the timeout (3 s)",
                     "ms", 3000, median(refusal), "< 1.00x");

    // Cancel while the test waits for the greeting.
    QList<double> cancel;
    for (int i = 0; i < runs; ++i) {
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        const int before = silent.connectionCount();
        tester.start(request(silent, 30));
        if (!QTest::qWaitFor([&] { return silent.connectionCount() > before; }, 60000))
            fail("the tester never connected");
        QElapsedTimer timer;
        timer.start();
        tester.cancel();
        if (finished.isEmpty() && !finished.wait(60000))
            fail("no result after cancel");
        cancel << timer.nsecsElapsed() / 1e6;
    }
    printBenchResult("responsiveness/cancel", "ConnectionTester::cancel() to the result", "ms", 0,
                     median(cancel), "< 100 ms");

    // Cancel Download on a server that accepted the request and sends nothing.
    QTemporaryDir pki;
    const HttpsIdentity identity = HttpsIdentity::make(pki.path(), QStringLiteral("bench"));
    if (identity.isNull())
        fail("openssl could not make a certificate");
    QList<double> download;
    for (int i = 0; i < runs; ++i) {
        LocalHttpsServer server;
        if (!server.start(identity, LocalHttpsServer::Behaviour::Stall))
            fail("the HTTPS server did not start");
        CaDownloadDialog dialog(QStringLiteral("other"));
        dialog.setTrustedCertificates({identity.certificate});
        dialog.setFolder(pki.filePath(QStringLiteral("ca")));
        dialog.show();
        dialog.urlEdit()->setText(server.url().toString());
        QSignalSpy finished(&dialog, &CaDownloadDialog::downloadFinished);
        dialog.startDownload();
        if (!QTest::qWaitFor([&] { return server.requests() == 1; }, 60000))
            fail("the download never reached the server");
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        if (finished.isEmpty() && !finished.wait(60000))
            fail("no result after Cancel Download");
        download << timer.nsecsElapsed() / 1e6;
    }
    printBenchResult("responsiveness/ca-download-cancel", "Cancel Download to the result", "ms", 0,
                     median(download), "< 1000 ms");
    return 0;
}
