// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <QDeadlineTimer>
#include <QLibrary>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimerEvent>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <atomic>
#include <limits>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define SSLCM_KEYCHAIN_OVER_DBUS 1
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

namespace {

// Requests whose caller gave up waiting (timeout) but that QtKeychain is still running. Its
// queue is process-wide and has no cancel, so everything started now would only wait behind
// them.
std::atomic<int> stalledJobs {0};

#ifdef SSLCM_KEYCHAIN_OVER_DBUS
// The names QtKeychain can talk to: the Secret Service when it found libsecret (it loads it the
// same way), KWallet otherwise.
QStringList keychainServiceNames()
{
    static const bool haveLibsecret = QLibrary(QStringLiteral("secret-1"), 0).load();
    if (haveLibsecret)
        return {QStringLiteral("org.freedesktop.secrets")};
    return {QStringLiteral("org.kde.kwalletd6"), QStringLiteral("org.kde.kwalletd5"),
            QStringLiteral("org.kde.kwalletd")};
}
#endif

} // namespace

struct KeychainSecretStore::Operation
{
    enum class Type { Read, Write, Remove };

    quint64 id = 0;
    Type type = Type::Read;
    QString key;
    QString secret;           // Write only; cleared once handed to the keychain
    QPointer<QObject> target; // where `done` runs; null once destroyed: drop the result
    Callback done;
    QBasicTimer timer; // fires at `deadline`
    QDeadlineTimer deadline;
    bool started = false;
    QKeychain::Job *job = nullptr; // while the keychain works on it

    ~Operation() { secret.fill(QLatin1Char('\0')); }
};

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QString::fromLatin1(defaultService), parent)
{ }

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::setTimeout(std::chrono::milliseconds timeout)
{
    // QBasicTimer and D-Bus take int milliseconds.
    m_timeout = std::clamp(timeout, std::chrono::milliseconds(1),
                           std::chrono::milliseconds(std::numeric_limits<int>::max()));
}

void KeychainSecretStore::read(const QUuid &profileId, SecretKind kind, QObject *context,
                               Callback done)
{
    auto operation = std::make_unique<Operation>();
    operation->type = Operation::Type::Read;
    operation->key = keyFor(profileId, kind);
    operation->target = context ? context : this;
    operation->done = std::move(done);
    enqueue(std::move(operation));
}

void KeychainSecretStore::write(const QUuid &profileId, SecretKind kind, const QString &secret,
                                QObject *context, Callback done)
{
    auto operation = std::make_unique<Operation>();
    operation->type = Operation::Type::Write;
    operation->key = keyFor(profileId, kind);
    operation->secret = secret;
    operation->target = context ? context : this;
    operation->done = std::move(done);
    enqueue(std::move(operation));
}

void KeychainSecretStore::remove(const QUuid &profileId, SecretKind kind, QObject *context,
                                 Callback done)
{
    auto operation = std::make_unique<Operation>();
    operation->type = Operation::Type::Remove;
    operation->key = keyFor(profileId, kind);
    operation->target = context ? context : this;
    operation->done = std::move(done);
    enqueue(std::move(operation));
}

void KeychainSecretStore::enqueue(std::unique_ptr<Operation> operation)
{
    operation->id = m_nextId++;
    operation->deadline = QDeadlineTimer(m_timeout.count(), Qt::PreciseTimer);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    operation->timer.start(m_timeout, Qt::PreciseTimer, this);
#else
    operation->timer.start(int(m_timeout.count()), Qt::PreciseTimer, this);
#endif
    m_queue.push_back(std::move(operation));
    // Never from inside read/write/remove: results come from the event loop.
    QMetaObject::invokeMethod(this, &KeychainSecretStore::startNext, Qt::QueuedConnection);
}

// One operation at a time, in order, so a read that follows a write sees it.
void KeychainSecretStore::startNext()
{
    if (m_starting)
        return; // the loop below is already running further up the stack
    m_starting = true;
    while (!m_queue.empty() && !m_queue.front()->started) {
        Operation &next = *m_queue.front();
        next.started = true;
        if (stalledJobs > 0)
            finishUnreachable(next.id, Unreachable::Busy,
                              QStringLiteral("a timed-out keychain request is still running"));
        else
            checkService(next.id);
    }
    m_starting = false;
}

// QtKeychain's own errors for a missing bus or service are "OtherError" plus a text from GLib in
// the user's language; ask the bus directly instead, so Unavailable means exactly that.
void KeychainSecretStore::checkService(quint64 id)
{
#ifdef SSLCM_KEYCHAIN_OVER_DBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        finishUnreachable(id, Unreachable::NoSession,
                          QStringLiteral("no D-Bus session bus: ") + bus.lastError().message());
        return;
    }
    askBus(id, QStringLiteral("ListNames"), [this, id](bool running) {
        if (running) {
            startJob(id);
            return;
        }
        askBus(id, QStringLiteral("ListActivatableNames"), [this, id](bool activatable) {
            if (activatable) {
                startJob(id);
                return;
            }
            finishUnreachable(id, Unreachable::NoService,
                              QStringLiteral("none of %1 is running or activatable on the "
                                             "session bus")
                                      .arg(keychainServiceNames().join(u' ')));
        });
    });
#else
    startJob(id);
#endif
}

void KeychainSecretStore::askBus(quint64 id, const QString &method,
                                 const std::function<void(bool)> &next)
{
#ifdef SSLCM_KEYCHAIN_OVER_DBUS
    Operation *operation = active(id);
    if (!operation)
        return;
    const int remainingMs = int(std::max<qint64>(1, operation->deadline.remainingTime()));
    const QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
            QStringLiteral("org.freedesktop.DBus"), method);
    auto *watcher = new QDBusPendingCallWatcher(
            QDBusConnection::sessionBus().asyncCall(call, remainingMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, id, method, next](QDBusPendingCallWatcher *watcher) {
                watcher->deleteLater();
                if (!active(id))
                    return; // timed out meanwhile
                const QDBusPendingReply<QStringList> reply = *watcher;
                if (reply.isError()) {
                    const QDBusError error = reply.error();
                    const bool noAnswer = error.type() == QDBusError::NoReply
                            || error.type() == QDBusError::Timeout
                            || error.type() == QDBusError::TimedOut;
                    finishUnreachable(id, noAnswer ? Unreachable::NoAnswer : Unreachable::NoSession,
                                      QStringLiteral("session bus %1 failed: %2 %3")
                                              .arg(method, error.name(), error.message()));
                    return;
                }
                const QStringList names = reply.value();
                const QStringList wanted = keychainServiceNames();
                next(std::any_of(wanted.cbegin(), wanted.cend(),
                                 [&](const QString &name) { return names.contains(name); }));
            });
#else
    Q_UNUSED(method)
    next(active(id) != nullptr);
#endif
}

void KeychainSecretStore::startJob(quint64 id)
{
    Operation *operation = active(id);
    if (!operation)
        return;
    if (stalledJobs > 0) {
        finishUnreachable(id, Unreachable::Busy,
                          QStringLiteral("a timed-out keychain request is still running"));
        return;
    }
    QKeychain::Job *job = nullptr;
    switch (operation->type) {
    case Operation::Type::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Type::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(operation->secret);
        operation->secret.fill(QLatin1Char('\0'));
        operation->secret.clear();
        job = write;
        break;
    }
    case Operation::Type::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent: libsecret's callbacks hold the job's address and can't be cancelled, so a job
    // must live until it finishes (it deletes itself then), even if this store is gone.
    job->setAutoDelete(true);
    // Never a plaintext file, whatever the QtKeychain build's default.
    job->setInsecureFallback(false);
    job->setKey(operation->key);
    operation->job = job;
    connect(job, &QKeychain::Job::finished, this,
            [this, id](QKeychain::Job *finished) { jobFinished(id, finished); });
    job->start();
}

void KeychainSecretStore::jobFinished(quint64 id, QKeychain::Job *job)
{
    Operation *operation = active(id);
    if (!operation || operation->job != job)
        return;
    operation->job = nullptr;

    SecretResult result;
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        if (operation->type == Operation::Type::Read)
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        break;
    case QKeychain::EntryNotFound:
        if (operation->type == Operation::Type::Remove) {
            result.status = SecretResult::Status::Ok;
        } else {
            result.status = SecretResult::Status::NotFound;
            result.message = tr("No secret is stored for this profile.");
        }
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::Denied;
        //: %1 is the keychain's own explanation
        result.message = tr("The keychain refused access (%1). If it is locked, unlock it and "
                            "try again.")
                                 .arg(detail);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        finishUnreachable(id, Unreachable::NoService,
                          QStringLiteral("QtKeychain found no keychain: ") + detail);
        return;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
    default:
        result.status = SecretResult::Status::Failed;
        switch (operation->type) {
        case Operation::Type::Read:
            //: %1 is the keychain's own explanation
            result.message = tr("Could not read the secret from the keychain: %1").arg(detail);
            break;
        case Operation::Type::Write:
            //: %1 is the keychain's own explanation
            result.message = tr("Could not save the secret in the keychain: %1").arg(detail);
            break;
        case Operation::Type::Remove:
            //: %1 is the keychain's own explanation
            result.message = tr("Could not remove the secret from the keychain: %1").arg(detail);
            break;
        }
        break;
    }
    if (!result.ok() && result.status != SecretResult::Status::NotFound)
        qCWarning(lcSecrets).noquote() << "keychain request for" << operation->key
                                       << "failed:" << int(job->error()) << detail;
    finish(id, std::move(result));
}

void KeychainSecretStore::timerEvent(QTimerEvent *event)
{
    const auto it = std::find_if(m_queue.begin(), m_queue.end(), [&](const auto &operation) {
        return operation->timer.timerId() == event->timerId();
    });
    if (it == m_queue.end()) {
        SecretStore::timerEvent(event);
        return;
    }
    Operation &operation = **it;
    operation.timer.stop();
    if (QKeychain::Job *job = operation.job) {
        operation.job = nullptr;
        ++stalledJobs;
        connect(job, &QKeychain::Job::finished, job, [] {
            --stalledJobs;
            qCInfo(lcSecrets) << "a keychain request that had timed out has ended";
        });
    }
    finishUnreachable(operation.id, Unreachable::NoAnswer,
                      QStringLiteral("no answer within %1 ms; until it comes, further requests "
                                     "fail at once")
                              .arg(m_timeout.count()));
}

KeychainSecretStore::Operation *KeychainSecretStore::active(quint64 id) const
{
    if (m_queue.empty() || m_queue.front()->id != id || !m_queue.front()->started)
        return nullptr;
    return m_queue.front().get();
}

void KeychainSecretStore::finishUnreachable(quint64 id, Unreachable why, const QString &detail)
{
    // Said once per store, like the notice; the rest only when asked for (debug).
    if (m_unavailableReported)
        qCDebug(lcSecrets).noquote() << "keychain unavailable:" << detail;
    else
        qCInfo(lcSecrets).noquote() << "keychain unavailable:" << detail;
    SecretResult result;
    result.status = SecretResult::Status::Unavailable;
    result.message = unreachableMessage(why);
    finish(id, std::move(result));
}

void KeychainSecretStore::finish(quint64 id, SecretResult result)
{
    const auto it = std::find_if(m_queue.begin(), m_queue.end(),
                                 [&](const auto &operation) { return operation->id == id; });
    if (it == m_queue.end())
        return;
    const std::unique_ptr<Operation> operation = std::move(*it);
    m_queue.erase(it);
    operation->timer.stop();

    if (result.status == SecretResult::Status::Unavailable && !m_unavailableReported) {
        m_unavailableReported = true;
        Q_EMIT serviceUnavailable(result.message);
    }
    if (operation->target)
        deliver(operation->target, operation->done, result);
    startNext();
}

QString KeychainSecretStore::unreachableMessage(Unreachable why) const
{
    switch (why) {
    case Unreachable::NoSession:
        return tr("No keychain can be reached: there is no D-Bus session, so sslcm cannot talk "
                  "to a keychain service such as GNOME Keyring or KWallet. Passwords are not "
                  "saved; sslcm will ask for them when connecting. To have them remembered, run "
                  "sslcm in a desktop session that has a keychain service.");
    case Unreachable::NoService:
        return tr("No keychain can be reached: no keychain service such as GNOME Keyring or "
                  "KWallet is running in this session. Passwords are not saved; sslcm will ask "
                  "for them when connecting. To have them remembered, install and start GNOME "
                  "Keyring or KWallet.");
    case Unreachable::NoAnswer:
        return tr("The keychain did not answer within %n second(s). Passwords are not saved; "
                  "sslcm will ask for them when connecting. If the keychain is waiting to be "
                  "unlocked, unlock it and try again.",
                  nullptr, int(std::chrono::ceil<std::chrono::seconds>(m_timeout).count()));
    case Unreachable::Busy:
        return tr("The keychain has still not answered an earlier request. Passwords are not "
                  "saved; sslcm will ask for them when connecting. If the keychain is waiting "
                  "to be unlocked, unlock it and try again.");
    }
    Q_UNREACHABLE();
    return {};
}

// The meta-object code in this file's object, not in sslcm_core's one file of all of them: a
// program that never uses the keychain (sslcm-cli, which loads it as a module) then links none of
// this and does not load QtKeychain and Qt D-Bus at start-up.
#include "moc_KeychainSecretStore.cpp"
