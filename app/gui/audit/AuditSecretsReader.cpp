// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditSecretsReader.h"

#include "profile/SecretStore.h"
#include "ssh/SshJumpPrompts.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace {

struct Pending
{
    QHash<QUuid, ConnectionSecrets> secrets;
    QHash<QUuid, QString> problems;
    int outstanding = 0;
    AuditSecretsReader::Done done;
    QPointer<QObject> context;

    void finishOne()
    {
        if (--outstanding != 0 || !context)
            return;
        // A connection with a problem is audited without login (and says why).
        for (auto it = problems.cbegin(); it != problems.cend(); ++it)
            secrets.remove(it.key());
        done(secrets, problems);
    }
};

} // namespace

void AuditSecretsReader::read(SecretStore *store, const QList<Profile> &profiles, QObject *context,
                              const Done &done)
{
    auto pending = std::make_shared<Pending>();
    pending->done = done;
    pending->context = context;
    // One for the loop itself, so that `done` comes after every read was asked for, and
    // always later than this call.
    pending->outstanding = 1;
    for (const Profile &profile : profiles) {
        const QUuid id = profile.id;
        pending->secrets.insert(id, ConnectionSecrets());
        switch (profile.passwordSource.kind) {
        case PasswordSource::Kind::Ask:
            pending->problems.insert(
                    id,
                    tr("The connection asks for its password each time; an audit does not "
                       "ask, so it did not log in."));
            continue;
        case PasswordSource::Kind::Command:
        case PasswordSource::Kind::AwsIam:
            // The connection makes its password itself when it logs in.
            break;
        case PasswordSource::Kind::Keychain:
            if (!store) {
                pending->problems.insert(id, tr("The system keychain is not available."));
                continue;
            }
            ++pending->outstanding;
            store->read(id, SecretKind::Password, context, [pending, id](const SecretResult &r) {
                if (r.ok())
                    pending->secrets[id].password = r.secret;
                else if (r.status == SecretResult::Status::NotFound)
                    pending->problems.insert(id, tr("No password is saved for this connection."));
                else
                    pending->problems.insert(id, r.message);
                pending->finishOne();
            });
            break;
        }
        if (store && !profile.clientKey.isEmpty()) {
            ++pending->outstanding;
            store->read(id, SecretKind::KeyPassphrase, context,
                        [pending, id](const SecretResult &r) {
                            if (r.ok())
                                pending->secrets[id].keyPassphrase = r.secret;
                            pending->finishOne();
                        });
        }
        if (profile.ssh) {
            ++pending->outstanding;
            SshJumpPrompts::read(store, profile, context, [pending, id](const SshSecrets &ssh) {
                pending->secrets[id].sshPassword = ssh.password;
                pending->secrets[id].sshKeyPassphrase = ssh.keyPassphrase;
                pending->finishOne();
            });
        }
    }
    QTimer::singleShot(0, context, [pending] { pending->finishOne(); });
}
