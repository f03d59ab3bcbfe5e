// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>

// What a secret is for. Stored under "<profile id>/<kind key>".
enum class SecretKind {
    Password,
    KeyPassphrase,
    SshPassword,      // the SSH jump host's password (SshJump::Auth::Password)
    SshKeyPassphrase, // the passphrase of the SSH jump host's key file
};

struct SecretResult
{
    enum class Status {
        Ok,          // done; for reads, `secret` holds the value
        NotFound,    // nothing stored under that key
        Unavailable, // no keychain service is reachable: ask the user instead, never use a file
        Denied,      // the user or the service refused access
        Failed,      // anything else; see message
    };
    Status status = Status::Failed;
    QString secret;
    QString message; // translated, for people; empty on success

    bool ok() const { return status == Status::Ok; }
};

// Where passwords and key passphrases live: the OS keychain, or memory. Never a file, a setting or
// a log. Operations are asynchronous (keychains talk over D-Bus), run in the order they were
// asked for, and always end: `done` is called once, later (never from inside the call), on
// `context`'s thread (null: this store's), unless `context` or the store is destroyed first.
// Removing something that is not stored is Ok. Use a store from the thread it lives in.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;

    using QObject::QObject;
    ~SecretStore() override;

    virtual void read(const QUuid &profileId, SecretKind kind, QObject *context, Callback done) = 0;
    virtual void write(const QUuid &profileId, SecretKind kind, const QString &secret,
                       QObject *context, Callback done)
            = 0;
    virtual void remove(const QUuid &profileId, SecretKind kind, QObject *context, Callback done)
            = 0;

    // Removes every kind of secret of a profile; used when the profile is deleted. `done`, if
    // given, gets Ok when every kind is gone (removing what is not there is Ok), otherwise the
    // first failure. Failures are logged (never the secrets) even without `done`.
    void removeAll(const QUuid &profileId, QObject *context = nullptr, Callback done = {});

    // Blocking forms for the command line and tests: spin a local event loop until done.
    SecretResult readBlocking(const QUuid &profileId, SecretKind kind);
    SecretResult writeBlocking(const QUuid &profileId, SecretKind kind, const QString &secret);
    SecretResult removeBlocking(const QUuid &profileId, SecretKind kind);

    // "<uuid>/password", "<uuid>/key-passphrase", "<uuid>/ssh-password",
    // "<uuid>/ssh-key-passphrase"
    static QString keyFor(const QUuid &profileId, SecretKind kind);
    static QList<SecretKind> allKinds();

Q_SIGNALS:
    // Emitted once per store object, the first time the keychain service turns out unreachable;
    // the GUI says so in plain words once and then asks for passwords when connecting.
    void serviceUnavailable(const QString &message);

protected:
    // Hands `result` to `done` on `context`'s thread, always through the event loop (never from
    // inside read/write/remove), and drops it if `context` is gone by then. A null `context`
    // means this store.
    void deliver(QObject *context, const Callback &done, const SecretResult &result);
};
