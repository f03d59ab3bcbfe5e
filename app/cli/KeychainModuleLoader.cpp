// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainModule.h"

#include "profile/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#ifndef SSLCM_KEYCHAIN_MODULE_RELATIVE_DIR
#error "SSLCM_KEYCHAIN_MODULE_RELATIVE_DIR must name the module's folder relative to sslcm-cli's"
#endif

namespace {

// Every operation ends with Unavailable: the keychain module is missing or broken.
class UnavailableSecretStore : public SecretStore
{
public:
    explicit UnavailableSecretStore(QString message)
        : m_message(std::move(message))
    { }

    void read(const QUuid &, SecretKind, QObject *context, Callback done) override
    {
        fail(context, done);
    }
    void write(const QUuid &, SecretKind, const QString &, QObject *context, Callback done) override
    {
        fail(context, done);
    }
    void remove(const QUuid &, SecretKind, QObject *context, Callback done) override
    {
        fail(context, done);
    }

private:
    void fail(QObject *context, const Callback &done)
    {
        SecretResult result;
        result.status = SecretResult::Status::Unavailable;
        result.message = m_message;
        if (!m_reported) {
            m_reported = true;
            Q_EMIT serviceUnavailable(m_message);
        }
        deliver(context, done, result);
    }

    QString m_message;
    bool m_reported = false;
};

} // namespace

std::unique_ptr<SecretStore> KeychainModule::createStore()
{
    const QString name = QStringLiteral("libsslcm-keychain.so");
    const QDir here(QCoreApplication::applicationDirPath());
    // Next to sslcm-cli in the build folder; in sslcm's library folder when installed.
    const QStringList candidates {
            here.filePath(name),
            QDir::cleanPath(here.filePath(QStringLiteral(SSLCM_KEYCHAIN_MODULE_RELATIVE_DIR)
                                          + QLatin1Char('/') + name))};
    QString problem;
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary module(path);
        auto create = reinterpret_cast<CreateStore>(module.resolve(createStoreSymbol));
        if (create) {
            // The module stays loaded to the end of the process (QLibrary does not unload it
            // when `module` goes).
            if (SecretStore *store = create())
                return std::unique_ptr<SecretStore>(store);
        }
        problem = module.errorString();
        break;
    }
    if (problem.isEmpty())
        problem = QDir::toNativeSeparators(candidates.last());
    //: %1 is the file sslcm-cli could not load, or the loader's reason
    return std::make_unique<UnavailableSecretStore>(
            QCoreApplication::translate("Cli",
                                        "The system keychain cannot be used: sslcm's keychain "
                                        "module could not be loaded "
                                        "(%1). Reinstall sslcm.")
                    .arg(problem));
}
