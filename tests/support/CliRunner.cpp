// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QDir>
#include <QProcess>

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
