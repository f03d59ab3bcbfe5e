// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySecretStore.h"

#include <algorithm>

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{ }

MemorySecretStore::~MemorySecretStore()
{
    // Don't leave the values in freed memory longer than needed.
    for (QString &secret : m_secrets)
        secret.fill(QLatin1Char('\0'));
}

void MemorySecretStore::read(const QUuid &profileId, SecretKind kind, QObject *context,
                             Callback done)
{
    if (reportUnavailable(context, done))
        return;
    SecretResult result;
    const auto it = m_secrets.constFind(keyFor(profileId, kind));
    if (it == m_secrets.constEnd()) {
        result.status = SecretResult::Status::NotFound;
        result.message = tr("No secret is stored for this profile.");
    } else {
        result.status = SecretResult::Status::Ok;
        result.secret = *it;
    }
    deliver(context, done, result);
}

void MemorySecretStore::write(const QUuid &profileId, SecretKind kind, const QString &secret,
                              QObject *context, Callback done)
{
    if (reportUnavailable(context, done))
        return;
    m_secrets.insert(keyFor(profileId, kind), secret);
    SecretResult result;
    result.status = SecretResult::Status::Ok;
    deliver(context, done, result);
}

void MemorySecretStore::remove(const QUuid &profileId, SecretKind kind, QObject *context,
                               Callback done)
{
    if (reportUnavailable(context, done))
        return;
    const auto it = m_secrets.find(keyFor(profileId, kind));
    if (it != m_secrets.end()) {
        it->fill(QLatin1Char('\0'));
        m_secrets.erase(it);
    }
    SecretResult result;
    result.status = SecretResult::Status::Ok;
    deliver(context, done, result);
}

QStringList MemorySecretStore::keys() const
{
    QStringList keys = m_secrets.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

void MemorySecretStore::setUnavailable(bool unavailable)
{
    m_unavailable = unavailable;
}

bool MemorySecretStore::reportUnavailable(QObject *context, const Callback &done)
{
    if (!m_unavailable)
        return false;
    SecretResult result;
    result.status = SecretResult::Status::Unavailable;
    result.message = tr("No keychain service is available, so passwords are not saved. sslcm "
                        "will ask for them when connecting.");
    if (!m_unavailableReported) {
        m_unavailableReported = true;
        Q_EMIT serviceUnavailable(result.message);
    }
    deliver(context, done, result);
    return true;
}
