// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

CliRunner::CliRunner(const QString &program, const QStringList &leadingArguments)
    : m_program(program)
    , m_leadingArguments(leadingArguments)
    , m_environment(QProcessEnvironment::systemEnvironment())
{ }

void CliRunner::setHome(const QString &home)
{
    const QDir dir(home);
    // The same variables decide where the GUI finds the store.
    setEnvironmentVariable(QStringLiteral("XDG_CONFIG_HOME"),
                           dir.filePath(QStringLiteral("config")));
    setEnvironmentVariable(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    setEnvironmentVariable(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    setEnvironmentVariable(QStringLiteral("XDG_STATE_HOME"), dir.filePath(QStringLiteral("state")));
}

void CliRunner::setEnvironmentVariable(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

void CliRunner::unsetEnvironmentVariable(const QString &name)
{
    m_environment.remove(name);
}

CliRun CliRunner::run(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(m_program, m_leadingArguments + arguments);
    CliRun run;
    if (!process.waitForStarted()) {
        run.err = QStringLiteral("[CliRunner] %1 did not start: %2\n")
                          .arg(m_program, process.errorString());
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(int(m_hangGuard.count()));
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (!finished) {
        run.err += QStringLiteral("[CliRunner] %1 still ran after %2 s: killed\n")
                           .arg(m_program)
                           .arg(m_hangGuard.count() / 1000);
    } else if (process.exitStatus() != QProcess::NormalExit) {
        run.exitCode = -2;
        run.err += QStringLiteral("[CliRunner] %1 crashed\n").arg(m_program);
    } else {
        run.exitCode = process.exitCode();
    }
    return run;
}

CliRun CliRunner::runOnTerminal(const QStringList &arguments, const QList<Answer> &answers) const
{
    // Everything the child needs is made before fork(): after it, only async-signal-safe calls.
    QList<QByteArray> argumentBytes {QFile::encodeName(m_program)};
    for (const QString &a : m_leadingArguments + arguments)
        argumentBytes << a.toLocal8Bit();
    QList<QByteArray> environmentBytes;
    for (const QString &e : m_environment.toStringList())
        environmentBytes << e.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : argumentBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (QByteArray &e : environmentBytes)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    CliRun run;
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0) {
        run.err = QStringLiteral("[CliRunner] forkpty failed: %1\n").arg(qt_error_string(errno));
        return run;
    }
    if (pid == 0) {
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }

    QByteArray output;
    qsizetype answered = 0; // output before this has been answered
    qsizetype next = 0;
    const QDeadlineTimer guard(m_hangGuard);
    bool hung = false;
    for (;;) {
        if (guard.hasExpired()) {
            hung = true;
            break;
        }
        pollfd p {master, POLLIN, 0};
        const int ready = poll(&p, 1, int(qMin<qint64>(guard.remainingTime(), 1000)));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            continue;
        char buffer[4096];
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // EIO: the child and everything it started closed the terminal
        output.append(buffer, n);
        if (next < answers.size()) {
            const qsizetype at = output.indexOf(answers.at(next).first.toUtf8(), answered);
            if (at >= 0) {
                const QByteArray typed = answers.at(next).second;
                if (::write(master, typed.constData(), size_t(typed.size())) < 0)
                    break;
                answered = at + answers.at(next).first.toUtf8().size();
                ++next;
            }
        }
    }
    if (hung)
        kill(pid, SIGKILL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
    ::close(master);
    run.out = QString::fromUtf8(output).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (hung) {
        run.err = QStringLiteral("[CliRunner] %1 still ran after %2 s: killed\n")
                          .arg(m_program)
                          .arg(m_hangGuard.count() / 1000);
    } else if (WIFEXITED(status)) {
        run.exitCode = WEXITSTATUS(status);
    } else {
        run.exitCode = -2;
        run.err = QStringLiteral("[CliRunner] %1 crashed\n").arg(m_program);
    }
    if (next < answers.size())
        run.err += QStringLiteral("[CliRunner] never asked: %1\n").arg(answers.at(next).first);
    return run;
}
