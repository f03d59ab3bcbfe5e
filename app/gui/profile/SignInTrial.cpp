// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInTrial.h"

#include "signin/SignIn.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QThread>

SignInTrial::SignInTrial(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SignInTrial::Result>();
}

SignInTrial::~SignInTrial()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void SignInTrial::start(const Profile &profile)
{
    if (m_cancelled)
        m_cancelled->store(true);
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancelled = flag;

    QPointer<SignInTrial> self(this);
    QThread *thread = QThread::create([profile, flag, self] {
        SignInSecret made = SignIn::obtain(profile, flag.get());
        Result result;
        result.ok = made.ok();
        result.cancelled = made.outcome == SignInSecret::Outcome::Cancelled;
        result.text = made.ok() ? SignIn::describeForDisplay(made, QDateTime::currentDateTimeUtc())
                                : made.problemWithOutput();
        // Only the description leaves this thread.
        made.secret.fill(QLatin1Char('\0'));
        made.secret.clear();
        QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, flag, result] {
                    if (self)
                        self->deliver(flag, result);
                },
                Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void SignInTrial::cancel()
{
    if (!m_cancelled)
        return;
    // The worker stops the command's whole process group; its late answer is dropped.
    m_cancelled->store(true);
    m_cancelled.reset();
    Result result;
    result.cancelled = true;
    result.text = tr("Cancelled.");
    Q_EMIT finished(result);
}

void SignInTrial::deliver(const std::shared_ptr<std::atomic<bool>> &flag, const Result &result)
{
    if (flag != m_cancelled)
        return;
    m_cancelled.reset();
    Q_EMIT finished(result);
}
