// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>

#include <optional>

class CliContext;
class QCommandLineParser;
struct Profile;
struct SshJump;

// The SSH jump host options shared by `profiles add`, `test` and `probe`:
// --ssh [USER@]HOST[:PORT], --ssh-key FILE, --ssh-password-stdin, --ssh-key-passphrase-stdin.
// HOST may be an alias of ~/.ssh/config, read as ssh reads it (SshConfig): its HostName, User,
// Port and IdentityFile, USER and PORT given here winning. USER defaults to the local user name,
// as with ssh. Without a key (given or from the configuration) or a password, the running SSH
// agent logs in.
//
// Secrets on standard input: with one option reading it (--password-stdin or one of the SSH
// ones), standard input is that secret; with two, it is one line each, the database password
// first, then the SSH password or key passphrase.
struct SshOptions
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    // `notes`: apply() says on standard error what ~/.ssh/config contributed (profiles add).
    explicit SshOptions(QCommandLineParser &parser, bool notes = false);

    // Sets profile.ssh from --ssh and its companions; returns an exit code on a problem, -1 when
    // all is well (also when --ssh is absent and nothing else of it was given).
    int apply(const QCommandLineParser &parser, Profile &profile, CliContext &cli) const;
    // One of the options was given.
    bool anySet(const QCommandLineParser &parser) const;
    // --ssh-password-stdin or --ssh-key-passphrase-stdin: an SSH secret is on standard input.
    bool readsStdin(const QCommandLineParser &parser) const;

    // `destination` as `ssh` takes it, ~/.ssh/config's aliases resolved; `notes` says what the
    // configuration contributed. nullopt after saying why (a usage error): malformed, or an
    // alias sslcm cannot go through (ProxyJump, ProxyCommand).
    static std::optional<SshJump> resolve(const QString &destination, CliContext &cli, bool notes);
    // Why connecting `profile` cannot log in to its jump host as it stands, translated, or
    // nothing: the SSH agent is to log in but none is running (SSH_AUTH_SOCK is not set).
    static std::optional<QString> missingAgent(const Profile &profile);

    QCommandLineOption ssh {QStringLiteral("ssh"), QString(), QStringLiteral("USER@HOST:PORT")};
    QCommandLineOption sshKey {QStringLiteral("ssh-key"), QString(), QStringLiteral("FILE")};
    QCommandLineOption sshPasswordStdin {QStringLiteral("ssh-password-stdin")};
    QCommandLineOption sshKeyPassphraseStdin {QStringLiteral("ssh-key-passphrase-stdin")};

private:
    bool m_notes = false;
};
