// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The host keys sslcm trusts for SSH jump hosts: the user's ~/.ssh/known_hosts and the system's
// /etc/ssh/ssh_known_hosts as ssh reads them (hashed entries, [host]:port for other ports,
// @revoked lines), plus sslcm's own list, where keys the user accepted in sslcm are stored
// (trust on first use). sslcm never writes the user's known_hosts.
class SshKnownHosts
{
    Q_DECLARE_TR_FUNCTIONS(SshKnownHosts)
public:
    // sslcm's own list: <AppDataLocation>/ssh_known_hosts, mode 0600, OpenSSH's format.
    static QString sslcmListPath();
    // The lists read, in order: the user's, the system's, sslcm's. Tests point them elsewhere
    // with SSLCM_SSH_KNOWN_HOSTS (colon-separated; the last one is sslcm's own list).
    static QStringList listPaths();

    // "SHA256:" + unpadded base64 of the key's SHA-256, as OpenSSH prints it.
    static QString fingerprint(const QByteArray &sha256);

    // Appends host:port's key, given as OpenSSH's one-line public key form ("ssh-ed25519
    // AAAA..."), to sslcm's own list (created with mode 0600, written in place with fsync). A
    // translated reason on failure. Only for a key that is not on record as a different one:
    // callers check first (SshTunnel::checkHostKey); a changed key is never accepted here.
    static QString accept(const QString &host, quint16 port, const QByteArray &publicKeyLine);
};
