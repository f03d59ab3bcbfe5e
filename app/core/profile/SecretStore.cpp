// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>

#include <memory>
#include <optional>

// Debug output (per-request details) only when asked for, e.g. QT_LOGGING_RULES=sslcm.*=true.
Q_LOGGING_CATEGORY(lcSecrets, "sslcm.secrets", QtInfoMsg)

namespace {

// Starts one operation with a local event loop as its context and spins that loop until the
// operation reports back. Stores guarantee that it does.
SecretResult runBlocking(const std::function<void(QObject *, SecretStore::Callback)> &start)
{
    QEventLoop loop;
    std::optional<SecretResult> result;
    start(&loop, [&](const SecretResult &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace

SecretStore::~SecretStore() = default;

QString SecretStore::keyFor(const QUuid &profileId, SecretKind kind)
{
    const QString id = profileId.toString(QUuid::WithoutBraces);
    switch (kind) {
    case SecretKind::Password:
        return id + QLatin1String("/password");
    case SecretKind::KeyPassphrase:
        return id + QLatin1String("/key-passphrase");
    case SecretKind::SshPassword:
        return id + QLatin1String("/ssh-password");
    case SecretKind::SshKeyPassphrase:
        return id + QLatin1String("/ssh-key-passphrase");
    }
    Q_UNREACHABLE();
    return {};
}

QList<SecretKind> SecretStore::allKinds()
{
    return {SecretKind::Password, SecretKind::KeyPassphrase, SecretKind::SshPassword,
            SecretKind::SshKeyPassphrase};
}

void SecretStore::removeAll(const QUuid &profileId, QObject *context, Callback done)
{
    struct Pending
    {
        int left = 0;
        std::optional<SecretResult> firstFailure;
    };
    const auto pending = std::make_shared<Pending>();
    const QList<SecretKind> kinds = allKinds();
    pending->left = int(kinds.size());
    const QPointer<QObject> target = context ? context : this;
    for (const SecretKind kind : kinds) {
        remove(profileId, kind, this,
               [this, pending, target, done, profileId, kind](const SecretResult &result) {
                   if (!result.ok()) {
                       // Without a keychain there is nothing to remove from: not worth a warning.
                       if (result.status == SecretResult::Status::Unavailable)
                           qCDebug(lcSecrets).noquote()
                                   << "could not remove" << keyFor(profileId, kind)
                                   << "(no keychain):" << result.message;
                       else
                           qCWarning(lcSecrets).noquote()
                                   << "could not remove" << keyFor(profileId, kind) + u':'
                                   << result.message;
                       if (!pending->firstFailure)
                           pending->firstFailure = result;
                   }
                   if (--pending->left > 0 || !done || !target)
                       return;
                   SecretResult total;
                   total.status = SecretResult::Status::Ok;
                   deliver(target, done, pending->firstFailure.value_or(total));
               });
    }
}

SecretResult SecretStore::readBlocking(const QUuid &profileId, SecretKind kind)
{
    return runBlocking(
            [&](QObject *context, Callback done) { read(profileId, kind, context, done); });
}

SecretResult SecretStore::writeBlocking(const QUuid &profileId, SecretKind kind,
                                        const QString &secret)
{
    return runBlocking([&](QObject *context, Callback done) {
        write(profileId, kind, secret, context, done);
    });
}

SecretResult SecretStore::removeBlocking(const QUuid &profileId, SecretKind kind)
{
    return runBlocking(
            [&](QObject *context, Callback done) { remove(profileId, kind, context, done); });
}

void SecretStore::deliver(QObject *context, const Callback &done, const SecretResult &result)
{
    if (!done)
        return;
    // Queued even on the same thread, so callers never see their callback run inside the call
    // that started the operation; Qt drops the call if `context` is destroyed before it runs.
    QMetaObject::invokeMethod(
            context ? context : this, [done, result] { done(result); }, Qt::QueuedConnection);
}

// The meta-object code in this file's object, as KeychainSecretStore's: sslcm-cli's keychain
// module links this and KeychainSecretStore only, not the meta-object code of all of sslcm_core.
#include "moc_SecretStore.cpp"
