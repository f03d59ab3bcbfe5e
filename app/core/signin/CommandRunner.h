// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>

// Runs one external program — a password command, an AWS credential_process — without a shell,
// with standard input closed, a time limit and a cap on what it may print. Blocking, and usable
// from any thread, with or without an event loop. The program runs in a process group of its
// own, and the whole group is killed (and the program reaped) when it runs too long, prints too
// much or is cancelled, so nothing it started is left behind.
class CommandRunner
{
    Q_DECLARE_TR_FUNCTIONS(CommandRunner)
public:
    struct Request
    {
        QStringList argv; // argv[0] is the program, looked up in the child's PATH
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        std::chrono::milliseconds timeout {10000};
        qsizetype maxOutputBytes = 64 * 1024; // beyond it: OutputTooLarge, nothing returned
        qsizetype maxErrorBytes = 8 * 1024;   // standard error kept; the rest is dropped
    };

    struct Result
    {
        enum class Outcome {
            Succeeded,
            NotStarted, // no such program, not executable
            Failed,     // exit status other than 0, or killed by a signal
            TimedOut,
            OutputTooLarge,
            Cancelled,
        };
        Outcome outcome = Outcome::NotStarted;
        int exitCode = -1;
        QByteArray output;   // standard output, only when Succeeded: a secret, never logged
        QString errorOutput; // standard error (UTF-8, trimmed, truncated), to show on failure
        QString problem; // translated, when not Succeeded: which program, what happened, what to do
        qint64 elapsedMs = 0;

        bool ok() const { return outcome == Outcome::Succeeded; }
    };

    // `cancelled` is polled at least every 50 ms.
    static Result run(const Request &request, const std::atomic<bool> *cancelled = nullptr);
};
