// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshOptions.h"

#include "CliCommand.h"
#include "CliContext.h"
#include "profile/Profile.h"
#include "ssh/SshConfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

SshOptions::SshOptions(QCommandLineParser &parser, bool notes)
    : m_notes(notes)
{
    for (QCommandLineOption *o : {&ssh, &sshKey, &sshPasswordStdin, &sshKeyPassphraseStdin})
        parser.addOption(*o);
}

bool SshOptions::anySet(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption *o : {&ssh, &sshKey, &sshPasswordStdin, &sshKeyPassphraseStdin}) {
        if (parser.isSet(*o))
            return true;
    }
    return false;
}

bool SshOptions::readsStdin(const QCommandLineParser &parser) const
{
    return parser.isSet(sshPasswordStdin) || parser.isSet(sshKeyPassphraseStdin);
}

std::optional<SshJump> SshOptions::resolve(const QString &destination, CliContext &cli, bool notes)
{
    const QString text = destination.trimmed();
    const SshConfig::Jump resolved = SshConfig::load().jumpFor(text);
    if (!resolved.ok()) {
        if (!SshJump::parseDestination(text))
            cli.usage(tr("--ssh must be [USER@]HOST[:PORT], not \"%1\"").arg(text));
        else
            cli.usage(tr("--ssh: %1").arg(resolved.problem));
        return std::nullopt;
    }
    if (notes) {
        for (const QString &note : resolved.notes)
            cli.note(tr("note: %1").arg(note));
    }
    return resolved.jump;
}

std::optional<QString> SshOptions::missingAgent(const Profile &profile)
{
    if (!profile.ssh || profile.ssh->auth != SshJump::Auth::Agent)
        return std::nullopt;
    if (!qEnvironmentVariable("SSH_AUTH_SOCK").isEmpty())
        return std::nullopt;
    return tr("sslcm would log in to the SSH jump host %1 with the SSH agent, but no agent is "
              "running (SSH_AUTH_SOCK is not set): start ssh-agent and add the key with ssh-add, "
              "or log in with a key file (--ssh-key FILE) or a password (--ssh-password-stdin)")
            .arg(profile.ssh->destination());
}

int SshOptions::apply(const QCommandLineParser &parser, Profile &p, CliContext &cli) const
{
    if (!parser.isSet(ssh)) {
        for (const QCommandLineOption *o : {&sshKey, &sshPasswordStdin, &sshKeyPassphraseStdin}) {
            if (parser.isSet(*o))
                return cli.usage(
                        tr("--%1 goes with --ssh [USER@]HOST[:PORT]").arg(o->names().first()));
        }
        return -1;
    }
    if (parser.isSet(sshKey) && parser.isSet(sshPasswordStdin))
        return cli.usage(tr("choose one way to log in to the SSH jump host: --ssh-key FILE or "
                            "--ssh-password-stdin (neither: the SSH agent)"));

    std::optional<SshJump> jump = resolve(parser.value(ssh), cli, m_notes);
    if (!jump)
        return CliCommand::UsageError;

    // A key file: the one given, else the configuration's IdentityFile (kept as it is).
    if (parser.isSet(sshKey)
        || (jump->auth == SshJump::Auth::KeyFile && !parser.isSet(sshPasswordStdin))) {
        const bool given = parser.isSet(sshKey);
        const QFileInfo info(given ? parser.value(sshKey) : jump->keyFile);
        const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
        const QString option = given
                ? QStringLiteral("--ssh-key")
                //: the SSH configuration's IdentityFile keyword
                : tr("--ssh %1, IdentityFile").arg(parser.value(ssh).trimmed());
        if (!info.exists())
            return cli.fail(tr("%1: %2 does not exist").arg(option, shown));
        if (info.isDir())
            return cli.fail(tr("%1: %2 is a folder, not a file").arg(option, shown));
        if (!info.isReadable())
            return cli.fail(tr("%1: %2 cannot be read (check its permissions)").arg(option, shown));
        jump->auth = SshJump::Auth::KeyFile;
        jump->keyFile = info.absoluteFilePath();
    } else if (parser.isSet(sshPasswordStdin)) {
        jump->auth = SshJump::Auth::Password;
        jump->keyFile.clear();
    }
    if (parser.isSet(sshKeyPassphraseStdin) && jump->auth != SshJump::Auth::KeyFile)
        return cli.usage(tr("--ssh-key-passphrase-stdin goes with --ssh-key FILE (or an "
                            "IdentityFile of the SSH configuration)"));
    if (const QStringList problems = jump->problems(); !problems.isEmpty())
        return cli.usage(tr("--ssh: %1").arg(problems.join(QLatin1Char(' '))));
    p.ssh = std::move(*jump);
    return -1;
}
