// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/ProfileConnection.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

class ProfileStore;
class SecretStore;

// What every sslcm-cli command shares: the output streams, the one error style, the profile
// store, the keychain, and finding a profile by name or id.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    CliContext();
    ~CliContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // "sslcm-cli: REASON" on standard error; returns CliCommand::Failure.
    int fail(const QString &reason);
    // The same, a pointer to --help, and CliCommand::UsageError.
    int usage(const QString &reason);
    // "sslcm-cli: TEXT" on standard error; the command goes on.
    void note(const QString &text);

    // Loaded on first use; what needs attention in the file is noted on standard error.
    ProfileStore &store();
    SecretStore &secrets();

    // The one profile named `nameOrId` or with that id; otherwise says why (none, or several
    // with that name and their ids) and returns nothing: the command then fails.
    std::optional<Profile> findProfile(const QString &nameOrId);

    struct Secrets
    {
        QString password;
        QString keyPassphrase;
        QString sshPassword;      // the SSH jump host's (SshJump::Auth::Password)
        QString sshKeyPassphrase; // the SSH jump host's key file's
        // readStoredSecrets(): why a secret could not be read (translated; not found is no
        // problem), and whether the keychain holds no password for a profile whose password
        // lives there.
        QStringList problems;
        bool passwordMissing = false;
        bool keychainUnavailable = false;
    };
    // The profile's secrets from the keychain; missing ones are empty, other problems noted.
    // The password is read only when the profile's source is the keychain: a command or a
    // sign-in token makes it when connecting, and "ask every time" never stores one. The SSH
    // password and key passphrase are read only when the profile's jump host logs in that way.
    Secrets storedSecrets(const Profile &profile);
    // The same without noting anything: the problems are in the result (the audit makes them
    // findings of each target instead of lines on standard error).
    Secrets readStoredSecrets(const Profile &profile);

    // Whether `session` stopped at an encrypted SSH key whose passphrase is missing or wrong and
    // standard input is a terminal; then asks for the passphrase (without echo) and returns it.
    std::optional<QString> askSshKeyPassphrase(const Profile &profile,
                                               const GatewaySession &session);
    // Probes `profile` without logging in (ProfileConnection::probe), `secrets` giving its SSH
    // jump host's password or key passphrase; a passphrase the key needs is asked for on a
    // terminal and the probe made once more. `error` tells a problem found before anything was
    // sent.
    ProfileConnection::Probed probe(const Profile &profile, const ConnectionSecrets &secrets);

    // All of standard input, without one trailing line break; nothing if it cannot be read.
    static std::optional<QString> readPasswordFromStdin();
    // `count` secrets from standard input: with one, all of it (as readPasswordFromStdin());
    // with more, one line each, in the order the command documents. Nothing if it cannot be
    // read; a missing line is an empty secret.
    static std::optional<QStringList> readSecretsFromStdin(int count);

private:
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
};
