// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/GatewaySession.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QObject;
class QWidget;
class SecretStore;

// The SSH jump host's secrets for one connection, in memory only.
struct SshSecrets
{
    QString password;      // SshJump::Auth::Password
    QString keyPassphrase; // an encrypted key file
};

// What connecting through an SSH jump host may need from the user, the same for every window
// that connects (main window, wizard, profile editor, account requirements): the jump host's
// secrets from the keychain or asked for, and, after a test that stopped at the jump host, the
// question that lets it go on: trust an unknown host key, or type the key's passphrase. Every
// dialog opens window-modal with open() and these functions return at once.
class SshJumpPrompts
{
    Q_DECLARE_TR_FUNCTIONS(SshJumpPrompts)
public:
    // Reads what the profile's jump host logs in with from `secrets` (may be null): its
    // password, or its key file's passphrase. Calls `done` with what was found, on `context`'s
    // thread; at once for a profile without a jump or that uses the SSH agent.
    static void read(SecretStore *secrets, const Profile &profile, QObject *context,
                     const std::function<void(const SshSecrets &)> &done);
    // As read(), and a password the keychain does not hold is asked for (SshSecretDialog,
    // offering to keep it in the keychain, where it is then written). `cancelled`, if given, is
    // called instead of `done` when the user declines to give it.
    static void obtain(QWidget *parent, SecretStore *secrets, const Profile &profile,
                       const std::function<void(const SshSecrets &)> &done,
                       const std::function<void()> &cancelled = {});

    enum class Question {
        None,
        TrustHostKey,   // the jump host's key is unknown: show it and offer to trust it
        HostKeyChanged, // its key differs from the one on record: warn, nothing to accept
        KeyPassphrase,  // the key file is encrypted: ask for its passphrase
    };
    // The question of a session that stopped at the jump host (a test's report.gateway, or a
    // probe's session).
    static Question questionFor(const Profile &profile, const GatewaySession &session);

    struct Answer
    {
        std::optional<QString> keyPassphrase; // when the question was the key's passphrase
        bool savePassphrase = false;          // the user wants it kept in the keychain
    };
    // Opens the dialog for the session's question; false when it asks nothing.
    // `retry` is called when the test should run again: after the host key was trusted (it is
    // then in sslcm's list), or with the passphrase typed. `passphraseTried`: the one the test
    // ran with, so that the dialog says it was wrong.
    static bool ask(QWidget *parent, const Profile &profile, const GatewaySession &session,
                    const QString &passphraseTried,
                    const std::function<void(const Answer &)> &retry);
};
