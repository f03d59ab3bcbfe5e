// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/ConnectionReport.h"
#include "profile/Profile.h"

#include <QObject>

#include <memory>
#include <optional>

// "Test connection": runs the staged test on a worker thread, through the TLS gateway and Qt's
// QMYSQL driver, and reports each stage as it happens. QSqlDatabase connections are created,
// used and removed on that thread under unique names.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        Profile profile;
        QString password; // in memory only
        QString keyPassphrase;
        QString sshPassword; // the SSH jump host's, when the profile has one
        QString sshKeyPassphrase;
        // Where `password` came from: the profile's password source (the keychain, a prompt, a
        // command, a sign-in token), or what the caller says instead.
        ConnectionReport::PasswordGiven passwordGiven = ConnectionReport::PasswordGiven::BySource;
        // The account's TLS requirement if known from an earlier test, to explain a refusal.
        std::optional<AccountRequirement> knownRequirement;
    };

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Starts a test; a test still running is cancelled first.
    void start(const Request &request);
    // Ends the running test at once: finished() is emitted before this returns, with the
    // stages reached so far and the verdict Cancelled. The worker winds down in the background.
    void cancel();
    bool isRunning() const;

    // Runs a test on the calling thread (sslcm-cli); stages are passed to `onStage`.
    static ConnectionReport run(const Request &request,
                                const std::function<void(const TestStage &)> &onStage = {});

    // The state a running test shares with its worker thread (public for the worker's code).
    struct Job;

Q_SIGNALS:
    void stageUpdated(const TestStage &stage);
    void finished(const ConnectionReport &report);

private:
    // The worker thread's part of start(): the test, its stages and its result posted to the
    // owner while it still exists.
    static void testOnThisThread(const std::shared_ptr<Job> &job, const Request &request);
    std::shared_ptr<Job> m_job;
};
