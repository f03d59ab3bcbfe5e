// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshJumpPrompts.h"

#include "SshHostKeyDialog.h"
#include "SshSecretDialog.h"
#include "profile/SecretStore.h"

#include <QPointer>

void SshJumpPrompts::read(SecretStore *secrets, const Profile &profile, QObject *context,
                          const std::function<void(const SshSecrets &)> &done)
{
    if (!profile.ssh || !secrets || profile.ssh->auth == SshJump::Auth::Agent) {
        done({});
        return;
    }
    const SecretKind kind = profile.ssh->auth == SshJump::Auth::Password
            ? SecretKind::SshPassword
            : SecretKind::SshKeyPassphrase;
    secrets->read(profile.id, kind, context, [done, kind](const SecretResult &result) {
        SshSecrets found;
        if (result.ok())
            (kind == SecretKind::SshPassword ? found.password : found.keyPassphrase)
                    = result.secret;
        done(found);
    });
}

void SshJumpPrompts::obtain(QWidget *parent, SecretStore *secrets, const Profile &profile,
                            const std::function<void(const SshSecrets &)> &done,
                            const std::function<void()> &cancelled)
{
    QPointer<SecretStore> store(secrets);
    read(secrets, profile, parent,
         [parent, store, profile, done, cancelled](const SshSecrets &found) {
             if (!profile.ssh || profile.ssh->auth != SshJump::Auth::Password
                 || !found.password.isEmpty()) {
                 done(found);
                 return;
             }
             auto *dialog = new SshSecretDialog(SshSecretDialog::Kind::Password, *profile.ssh,
                                                false, parent);
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->setSaveOffered(!store.isNull());
             QObject::connect(
                     dialog, &QDialog::accepted, parent, [dialog, store, profile, found, done] {
                         SshSecrets given = found;
                         given.password = dialog->secret();
                         if (store && dialog->save())
                             store->write(profile.id, SecretKind::SshPassword, given.password,
                                          store, [](const SecretResult &) {});
                         done(given);
                     });
             QObject::connect(dialog, &QDialog::rejected, parent, [cancelled] {
                 if (cancelled)
                     cancelled();
             });
             dialog->open();
         });
}

SshJumpPrompts::Question SshJumpPrompts::questionFor(const Profile &profile,
                                                     const GatewaySession &session)
{
    if (!profile.ssh)
        return Question::None;
    switch (session.failure) {
    case GatewaySession::Failure::SshHostKeyUnknown:
        return Question::TrustHostKey;
    case GatewaySession::Failure::SshHostKeyChanged:
        return Question::HostKeyChanged;
    case GatewaySession::Failure::SshKeyUnusable:
        return session.ssh.keyNeedsPassphrase && profile.ssh->auth == SshJump::Auth::KeyFile
                ? Question::KeyPassphrase
                : Question::None;
    default:
        return Question::None;
    }
}

bool SshJumpPrompts::ask(QWidget *parent, const Profile &profile, const GatewaySession &session,
                         const QString &passphraseTried,
                         const std::function<void(const Answer &)> &retry)
{
    const Question question = questionFor(profile, session);
    switch (question) {
    case Question::None:
        return false;
    case Question::TrustHostKey:
    case Question::HostKeyChanged: {
        auto *dialog = new SshHostKeyDialog(question == Question::TrustHostKey
                                                    ? SshHostKeyDialog::Kind::Unknown
                                                    : SshHostKeyDialog::Kind::Changed,
                                            *profile.ssh, session.ssh, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, parent, [retry] { retry({}); });
        dialog->open();
        return true;
    }
    case Question::KeyPassphrase: {
        auto *dialog = new SshSecretDialog(SshSecretDialog::Kind::KeyPassphrase, *profile.ssh,
                                           !passphraseTried.isEmpty(), parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, parent, [dialog, retry] {
            Answer answer;
            answer.keyPassphrase = dialog->secret();
            answer.savePassphrase = dialog->save();
            retry(answer);
        });
        dialog->open();
        return true;
    }
    }
    return false;
}
