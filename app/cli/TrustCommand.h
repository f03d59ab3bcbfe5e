// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

struct SshJump;

// `sslcm-cli trust PROFILE --use-server-ca|--pin [--yes]`: trust on first use. Exit 1 when shown
// but not trusted (no --yes).
// `sslcm-cli trust PROFILE|--ssh [USER@]HOST[:PORT] --ssh-host-key [--yes]`: the same for an SSH
// jump host's key, kept in sslcm's own list; a changed key is refused, --yes or not.
class TrustCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;

private:
    int trustSshHostKey(const SshJump &jump, int timeoutSeconds, bool yes);
};
