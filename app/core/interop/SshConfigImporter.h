// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QByteArray>
#include <QCoreApplication>

class SshConfig;

// ~/.ssh/config as connections: the host aliases that say how a database is reached through a
// jump host, resolved the way ssh resolves them (SshConfig):
// - a Host with a ProxyJump of one hop is a database machine behind a jump host: its HostName
//   becomes the profile's host (MySQL's port 3306), the ProxyJump its SSH jump host;
// - a Host with a LocalForward to a MySQL port (3306-3309) is the jump host of the database the
//   forward names: sslcm goes through that Host itself, without a local port.
// The other aliases reach no database; they can be a profile's jump host (--ssh ALIAS). The
// database's user and TLS settings are never in the SSH configuration: the preview says so.
class SshConfigImporter
{
    Q_DECLARE_TR_FUNCTIONS(SshConfigImporter)
public:
    static ImportResult importFile(const QString &path);
    // The text of a configuration file; its includes are read from ~/.ssh.
    static ImportResult importData(const QByteArray &text, const QString &origin);
    static ImportResult fromConfig(const SshConfig &config, const QString &origin);
    // An OpenSSH client configuration rather than a MySQL option file: no [group] before the
    // first setting, and a Host or Match line.
    static bool looksLikeSshConfig(const QByteArray &head);
    static QString formatName();
};
