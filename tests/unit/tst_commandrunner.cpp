// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signin/CommandRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#include <signal.h>

using namespace std::chrono_literals;
using Outcome = CommandRunner::Result::Outcome;

// Real programs, run for real: the runner is what stands between sslcm and a password command or
// an AWS credential_process.
class tst_CommandRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void succeeds();
    void noOutput();
    void nonZeroExitShowsErrorOutput();
    void killedBySignal();
    void timeoutKillsTheProgramAndWhatItStarted();
    void hugeOutputIsRefusedAndNothingReturned();
    void outputAtTheLimitIsAccepted();
    void errorOutputIsTruncated();
    void missingProgram();
    void fileThatIsNotExecutable();
    void standardInputIsClosed();
    void noShellIsInvolved();
    void programIsFoundInTheChildsPath();
    void childGetsExactlyTheGivenEnvironment();
    void cancelFromAnotherThread();

private:
    static CommandRunner::Request shell(const QString &script)
    {
        CommandRunner::Request request;
        request.argv = {QStringLiteral("/bin/sh"), QStringLiteral("-c"), script};
        return request;
    }
    // A zombie is not running: a killed grandchild waits for init to reap it.
    static bool isRunning(qint64 pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray line = stat.readAll();
        return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
    }
};

void tst_CommandRunner::succeeds()
{
    CommandRunner::Request request;
    request.argv = {QStringLiteral("printf"), QStringLiteral("s3cr%s\\n"), QStringLiteral("et")};
    const auto result = CommandRunner::run(request);
    QVERIFY2(result.ok(), qPrintable(result.problem));
    QCOMPARE(result.outcome, Outcome::Succeeded);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.output, QByteArray("s3cret\n")); // unchanged: the caller decides what to trim
    QVERIFY(result.problem.isEmpty());
}

void tst_CommandRunner::noOutput()
{
    const auto result = CommandRunner::run(shell(QStringLiteral("exit 0")));
    QCOMPARE(result.outcome, Outcome::Succeeded);
    QVERIFY(result.output.isEmpty());
}

void tst_CommandRunner::nonZeroExitShowsErrorOutput()
{
    const auto result = CommandRunner::run(
            shell(QStringLiteral("printf 'partial'; echo '  token expired, run aws sso login  ' "
                                 ">&2; exit 3")));
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.output.isEmpty()); // a failed command's output is never used as a secret
    QCOMPARE(result.errorOutput, QStringLiteral("token expired, run aws sso login"));
    QVERIFY2(result.problem.contains(QStringLiteral("/bin/sh")), qPrintable(result.problem));
    QVERIFY2(result.problem.contains(QLatin1Char('3')), qPrintable(result.problem));
}

void tst_CommandRunner::killedBySignal()
{
    const auto result = CommandRunner::run(shell(QStringLiteral("kill -TERM $$")));
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.exitCode, -1);
    QVERIFY2(result.problem.contains(QString::number(SIGTERM)), qPrintable(result.problem));
}

void tst_CommandRunner::timeoutKillsTheProgramAndWhatItStarted()
{
    // The shell reports its own pid and that of a background sleep it started, then waits.
    auto request = shell(QStringLiteral("sleep 30 & echo $$ $! >&2; wait"));
    request.timeout = 300ms;
    const auto result = CommandRunner::run(request);
    QCOMPARE(result.outcome, Outcome::TimedOut);
    QVERIFY2(result.problem.contains(QStringLiteral("0.3")), qPrintable(result.problem));
    const QStringList pids = result.errorOutput.split(QLatin1Char(' '));
    QCOMPARE(pids.size(), 2);
    const qint64 shellPid = pids.at(0).toLongLong();
    const qint64 sleepPid = pids.at(1).toLongLong();
    QVERIFY(shellPid > 0 && sleepPid > 0);
    QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(shellPid))); // killed and reaped
    QTRY_VERIFY(!isRunning(sleepPid)); // killed with its process group
}

void tst_CommandRunner::hugeOutputIsRefusedAndNothingReturned()
{
    const auto result = CommandRunner::run(shell(QStringLiteral("echo $$ >&2; exec yes")));
    QCOMPARE(result.outcome, Outcome::OutputTooLarge);
    QVERIFY(result.output.isEmpty());
    QVERIFY2(result.problem.contains(QString::number(64 * 1024)), qPrintable(result.problem));
    QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(result.errorOutput))); // reaped
}

void tst_CommandRunner::outputAtTheLimitIsAccepted()
{
    auto request = shell(QStringLiteral("head -c 100 /dev/zero"));
    request.maxOutputBytes = 100;
    auto result = CommandRunner::run(request);
    QCOMPARE(result.outcome, Outcome::Succeeded);
    QCOMPARE(result.output, QByteArray(100, '\0'));

    request.maxOutputBytes = 99;
    result = CommandRunner::run(request);
    QCOMPARE(result.outcome, Outcome::OutputTooLarge);
    QVERIFY(result.output.isEmpty());
}

void tst_CommandRunner::errorOutputIsTruncated()
{
    // Far more than a pipe holds: the runner must keep reading, or the program would block.
    auto request = shell(QStringLiteral("yes 'too much' | head -c 1000000 >&2; exit 1"));
    request.maxErrorBytes = 1000;
    const auto result = CommandRunner::run(request);
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.errorOutput.startsWith(QStringLiteral("too much\ntoo much")));
    QVERIFY(result.errorOutput.endsWith(QStringLiteral("…")));
    QVERIFY2(result.errorOutput.size() <= 1002,
             qPrintable(QString::number(result.errorOutput.size())));
}

void tst_CommandRunner::missingProgram()
{
    CommandRunner::Request request;
    request.argv = {QStringLiteral("sslcm-no-such-program"), QStringLiteral("--version")};
    const auto result = CommandRunner::run(request);
    QCOMPARE(result.outcome, Outcome::NotStarted);
    QVERIFY2(result.problem.contains(QStringLiteral("sslcm-no-such-program")),
             qPrintable(result.problem));

    request.argv = {QStringLiteral("/nonexistent/sslcm-no-such-program")};
    QCOMPARE(CommandRunner::run(request).outcome, Outcome::NotStarted);

    request.argv.clear();
    QCOMPARE(CommandRunner::run(request).outcome, Outcome::NotStarted);
}

void tst_CommandRunner::fileThatIsNotExecutable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(QStringLiteral("get-password"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\necho hunter2\n");
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    CommandRunner::Request request;
    request.argv = {script};
    const auto result = CommandRunner::run(request);
    QCOMPARE(result.outcome, Outcome::NotStarted);
    QVERIFY2(result.problem.contains(script), qPrintable(result.problem));
}

void tst_CommandRunner::standardInputIsClosed()
{
    CommandRunner::Request request;
    request.argv = {QStringLiteral("cat")};
    request.timeout = 60s; // a cat reading an open terminal or pipe would run into it
    auto result = CommandRunner::run(request);
    QCOMPARE(result.outcome, Outcome::Succeeded);
    QVERIFY(result.output.isEmpty());

    request.argv = {QStringLiteral("readlink"), QStringLiteral("/proc/self/fd/0")};
    result = CommandRunner::run(request);
    QCOMPARE(result.outcome, Outcome::Succeeded);
    QCOMPARE(result.output, QByteArray("/dev/null\n"));
}

void tst_CommandRunner::noShellIsInvolved()
{
    CommandRunner::Request request;
    request.argv = {QStringLiteral("printf"), QStringLiteral("%s|%s"), QStringLiteral("$HOME; x"),
                    QStringLiteral("`id` *")};
    const auto result = CommandRunner::run(request);
    QCOMPARE(result.outcome, Outcome::Succeeded);
    QCOMPARE(result.output, QByteArray("$HOME; x|`id` *"));
}

void tst_CommandRunner::programIsFoundInTheChildsPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("sslcm-test-tool")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\nprintf found\n");
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    CommandRunner::Request request;
    request.argv = {QStringLiteral("sslcm-test-tool")};
    QCOMPARE(CommandRunner::run(request).outcome, Outcome::NotStarted);
    request.environment.insert(QStringLiteral("PATH"), dir.path() + QStringLiteral(":/usr/bin"));
    const auto result = CommandRunner::run(request);
    QCOMPARE(result.outcome, Outcome::Succeeded);
    QCOMPARE(result.output, QByteArray("found"));
}

void tst_CommandRunner::childGetsExactlyTheGivenEnvironment()
{
    auto request = shell(QStringLiteral("env | sort"));
    request.environment = QProcessEnvironment();
    request.environment.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("prod"));
    request.environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    const auto result = CommandRunner::run(request);
    QCOMPARE(result.outcome, Outcome::Succeeded);
    // sh adds PWD (and dash nothing else) itself.
    QStringList lines
            = QString::fromUtf8(result.output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeIf([](const QString &line) { return line.startsWith(QStringLiteral("PWD=")); });
    QCOMPARE(lines,
             QStringList(
                     {QStringLiteral("AWS_PROFILE=prod"), QStringLiteral("PATH=/usr/bin:/bin")}));
}

void tst_CommandRunner::cancelFromAnotherThread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString started = dir.filePath(QStringLiteral("started"));
    auto request = shell(QStringLiteral("echo $$ >&2; : > \"$1\"; sleep 30"));
    request.argv << QStringLiteral("sh") << started;
    request.timeout = 120s;

    // The runner works on a thread of its own without any event loop; this thread cancels once
    // the program is known to run.
    std::atomic<bool> cancelled {false};
    CommandRunner::Result result;
    std::thread worker([&] { result = CommandRunner::run(request, &cancelled); });
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(started), 60000);
    cancelled = true;
    worker.join();
    QCOMPARE(result.outcome, Outcome::Cancelled);
    QVERIFY(result.output.isEmpty());
    QVERIFY(result.problem.contains(QStringLiteral("/bin/sh")));
    QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(result.errorOutput))); // reaped
}

QTEST_GUILESS_MAIN(tst_CommandRunner)
#include "tst_commandrunner.moc"
