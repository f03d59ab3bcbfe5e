// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QStringList>

// Secrets kept in this process's memory only, gone when it ends: for tests, and for sessions that
// must not touch the keychain. Changes take effect at once; callbacks still come later, from the
// event loop, like the keychain's.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QUuid &profileId, SecretKind kind, QObject *context, Callback done) override;
    void write(const QUuid &profileId, SecretKind kind, const QString &secret, QObject *context,
               Callback done) override;
    void remove(const QUuid &profileId, SecretKind kind, QObject *context, Callback done) override;

    // The keys that hold a secret (keyFor() form), sorted; never the secrets.
    QStringList keys() const;

    // Plays a machine without a keychain service: while set, every operation ends with
    // Unavailable, and serviceUnavailable is emitted the first time, as the keychain store does.
    // What is stored stays untouched.
    void setUnavailable(bool unavailable);
    bool isUnavailable() const { return m_unavailable; }

private:
    bool reportUnavailable(QObject *context, const Callback &done);

    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
    bool m_unavailableReported = false;
};
