// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/Profile.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

// "Try it" for a password source: runs the source once (SignIn::obtain) on a thread of its own
// and reports only what the secret looks like — its length and how long it is valid — or why
// none was made. The secret itself never reaches the GUI thread: it is wiped on the worker
// right after it was described.
class SignInTrial : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString text; // translated: the description, or the problem with the command's stderr
    };

    explicit SignInTrial(QObject *parent = nullptr);
    ~SignInTrial() override; // cancels a running trial

    // Starts a trial of `profile`'s password source; a running one is cancelled first.
    void start(const Profile &profile);
    // Stops the running command (its whole process group); finished() reports the cancel.
    void cancel();
    bool isRunning() const { return m_cancelled != nullptr; }

Q_SIGNALS:
    void finished(const SignInTrial::Result &result);

private:
    void deliver(const std::shared_ptr<std::atomic<bool>> &flag, const Result &result);

    // The running trial's cancel flag; null when none runs. A result that arrives for another
    // flag belongs to a trial that was cancelled or replaced, and is dropped.
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

Q_DECLARE_METATYPE(SignInTrial::Result)
