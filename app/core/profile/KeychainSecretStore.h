// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QBasicTimer>

#include <chrono>
#include <deque>
#include <memory>

namespace QKeychain {
class Job;
}

// Secrets in the desktop's keychain, through QtKeychain: on Linux the freedesktop Secret Service
// (GNOME Keyring, KWallet, KeePassXC...) via libsecret, or KWallet directly. Never a file:
// QtKeychain's plaintext fallback stays off, and when no keychain service can be reached every
// operation ends with Unavailable and serviceUnavailable is emitted once.
//
// Every operation ends within timeout(), counted from the call, whatever the keychain does (it
// may be waiting for the user to unlock it, or hang). QtKeychain runs one request at a time in
// the whole process and cannot cancel one, so after a timeout the request keeps running in the
// background (a late write may still land), and until it ends further operations fail at once
// with Unavailable instead of queueing behind it.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    // The keychain's "service": sslcm's secrets are grouped under it.
    static constexpr auto defaultService = "sslcm";
    // Long enough for someone to type the password that unlocks their keychain.
    static constexpr std::chrono::milliseconds defaultTimeout = std::chrono::seconds(60);

    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    QString service() const { return m_service; }

    // Applies to operations started afterwards.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    void read(const QUuid &profileId, SecretKind kind, QObject *context, Callback done) override;
    void write(const QUuid &profileId, SecretKind kind, const QString &secret, QObject *context,
               Callback done) override;
    void remove(const QUuid &profileId, SecretKind kind, QObject *context, Callback done) override;

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Operation;
    enum class Unreachable { NoSession, NoService, NoAnswer, Busy };

    void enqueue(std::unique_ptr<Operation> operation);
    void startNext();
    void checkService(quint64 id);
    void askBus(quint64 id, const QString &method, const std::function<void(bool)> &next);
    void startJob(quint64 id);
    void jobFinished(quint64 id, QKeychain::Job *job);
    void finish(quint64 id, SecretResult result);
    void finishUnreachable(quint64 id, Unreachable why, const QString &detail);
    Operation *active(quint64 id) const;
    QString unreachableMessage(Unreachable why) const;

    QString m_service;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    std::deque<std::unique_ptr<Operation>> m_queue; // front() is the one running
    quint64 m_nextId = 1;
    bool m_starting = false;
    bool m_unavailableReported = false;
};
