// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// While a connection test waits on a server that never answers, the GUI thread keeps handling
// events: the longest gap between timer ticks stays under 50 ms.
#include "FakeMysqlServer.h"
#include "mysql/ConnectionTester.h"

#include <QElapsedTimer>
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
    request.profile.connectTimeoutSeconds = 2;

    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longestGap = qMax(longestGap, now - last);
        last = now;
        ++ticks;
    });
    clock.start();
    timer.start();
    tester.start(request);
    QVERIFY(finished.wait(10000));
    timer.stop();

    const ConnectionReport report = finished.first().first().value<ConnectionReport>();
    QCOMPARE(report.gateway.failure, GatewaySession::Failure::GreetingTimeout);
    QVERIFY2(clock.elapsed() >= 2000, "the test should have waited for the timeout");
    QVERIFY2(ticks > 100, qPrintable(QString::number(ticks)));
    qInfo("longest event-loop stall while waiting: %lld ms over %d ticks", longestGap, ticks);
    QVERIFY2(longestGap < 50, qPrintable(QString::number(longestGap)));
}

QTEST_MAIN(tst_TesterResponsiveness)
#include "tst_testerresponsiveness.moc"
