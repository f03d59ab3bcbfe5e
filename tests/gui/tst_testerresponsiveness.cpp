// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// While a connection test waits on a server that never answers, the GUI thread keeps handling
// events. How long its longest stall is, is measured by tests/bench/bench_responsiveness.
#include "FakeMysqlServer.h"
#include "mysql/ConnectionTester.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

class tst_TesterResponsiveness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eventLoopKeepsRunningDuringStalledTest();
};

void tst_TesterResponsiveness::eventLoopKeepsRunningDuringStalledTest()
{
    // A server that accepts connections and never says a word.
    FakeMysqlServer::Script script;
    script.greeting = FakeMysqlServer::GreetingKind::Nothing;
    FakeMysqlServer silent(script);
    QVERIFY2(silent.listen(), qPrintable(silent.errorString()));

    ConnectionTester::Request request;
    request.profile = Profile::create();
    request.profile.host = QStringLiteral("127.0.0.1");
    request.profile.port = silent.port();
    request.profile.sslMode = SslMode::Required;
    // Far longer than the test needs: the test stays pending until it is cancelled below.
    request.profile.connectTimeoutSeconds = 120;

    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    // Counts the times the event loop came round while the connection was still pending: a
    // 0-ms timer fires once per pass. A tester that blocked the GUI thread until its result
    // would leave it at zero.
    int ticksWhilePending = 0;
    QTimer tick;
    tick.setInterval(0);
    connect(&tick, &QTimer::timeout, this, [&] {
        if (tester.isRunning() && finished.isEmpty())
            ++ticksWhilePending;
    });
    tick.start();
    tester.start(request);
    QVERIFY(tester.isRunning());
    // The server has the connection and says nothing: the tester waits for its greeting.
    QTRY_COMPARE_WITH_TIMEOUT(silent.connectionCount(), 1, 60000);
    const int ticksBeforeConnection = ticksWhilePending;
    QTRY_VERIFY_WITH_TIMEOUT(ticksWhilePending >= ticksBeforeConnection + 1000, 60000);
    QVERIFY(finished.isEmpty());
    QVERIFY(tester.isRunning());
    tick.stop();

    tester.cancel();
    QCOMPARE(finished.size(), 1);
    const ConnectionReport report = finished.first().first().value<ConnectionReport>();
    QCOMPARE(report.verdict, ConnectionReport::Verdict::Cancelled);
    QVERIFY(silent.capture(0).received.isEmpty());
}

QTEST_MAIN(tst_TesterResponsiveness)
#include "tst_testerresponsiveness.moc"
