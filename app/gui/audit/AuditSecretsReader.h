// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/ProfileConnection.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUuid>

#include <functional>

class QObject;
class SecretStore;

// Reads what the audit's opt-in login needs (AuditOptions::secrets) from the keychain before
// the audit starts, asynchronously: each connection's password, client key passphrase and SSH
// jump host secrets. Asks nobody: a connection whose password is asked for each time, or that
// the keychain has nothing for, gets a problem (a notice on its result) instead of a login.
class AuditSecretsReader
{
    Q_DECLARE_TR_FUNCTIONS(AuditSecretsReader)
public:
    using Done = std::function<void(const QHash<QUuid, ConnectionSecrets> &secrets,
                                    const QHash<QUuid, QString> &problems)>;
    // `done` is called once on `context`'s thread, later (never from inside the call), unless
    // `context` is destroyed first. `secrets` may be null (no keychain).
    static void read(SecretStore *secrets, const QList<Profile> &profiles, QObject *context,
                     const Done &done);
};
