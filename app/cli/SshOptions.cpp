// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshOptions.h"

#include "CliContext.h"
#include "profile/Profile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <pwd.h>
#include <unistd.h>

SshOptions::SshOptions(QCommandLineParser &parser)
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

QString SshOptions::localUserName()
{
    // As ssh does: the account of the real user id, not $USER (which anyone can set).
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
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
    if (parser.isSet(sshKeyPassphraseStdin) && !parser.isSet(sshKey))
        return cli.usage(tr("--ssh-key-passphrase-stdin goes with --ssh-key FILE"));

    const QString destination = parser.value(ssh).trimmed();
    std::optional<SshJump> jump = SshJump::parseDestination(destination);
    if (!jump)
        return cli.usage(tr("--ssh must be [USER@]HOST[:PORT], not \"%1\"").arg(destination));
    if (jump->user.isEmpty())
        jump->user = localUserName();

    if (parser.isSet(sshKey)) {
        const QFileInfo info(parser.value(sshKey));
        const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
        if (!info.exists())
            return cli.fail(tr("--ssh-key: %1 does not exist").arg(shown));
        if (info.isDir())
            return cli.fail(tr("--ssh-key: %1 is a folder, not a file").arg(shown));
        if (!info.isReadable())
            return cli.fail(tr("--ssh-key: %1 cannot be read (check its permissions)").arg(shown));
        jump->auth = SshJump::Auth::KeyFile;
        jump->keyFile = info.absoluteFilePath();
    } else if (parser.isSet(sshPasswordStdin)) {
        jump->auth = SshJump::Auth::Password;
    } else {
        jump->auth = SshJump::Auth::Agent;
    }
    if (const QStringList problems = jump->problems(); !problems.isEmpty())
        return cli.usage(tr("--ssh: %1").arg(problems.join(QLatin1Char(' '))));
    p.ssh = std::move(*jump);
    return -1;
}
