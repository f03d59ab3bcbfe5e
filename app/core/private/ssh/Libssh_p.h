// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Core-private: owning pointers for libssh objects and the host key judgement shared by
// SshTunnel and SshKnownHosts. Included by sslcm_core's .cpp files only, so no libssh type
// leaves the core.

#include <libssh/libssh.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace Libssh {

struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using KeyPtr = std::unique_ptr<std::remove_pointer_t<ssh_key>, KeyDeleter>;

struct SessionDeleter
{
    void operator()(ssh_session session) const { ssh_free(session); }
};
using SessionPtr = std::unique_ptr<std::remove_pointer_t<ssh_session>, SessionDeleter>;

// "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"
QString keyType(ssh_key key);
// Raw SHA-256 of the public key blob (32 bytes), as OpenSSH fingerprints it.
QByteArray keySha256(ssh_key key);
// OpenSSH's one-line form without comment: "ssh-ed25519 AAAA..."
QByteArray keyLine(ssh_key key);

// How host:port's key stands against the known-hosts lists (SshKnownHosts::listPaths()).
// OpenSSH's rules: a key on record for the host anywhere is known (even if another list holds a
// different one); otherwise any key on record for the host, of any type, makes it changed.
// A key marked @revoked for the host is refused whatever else is on record.
struct HostKeyJudgement
{
    enum class Verdict { Known, Unknown, Changed, Revoked };
    Verdict verdict = Verdict::Unknown;
    QString source;       // the list that knows the key (Known), holds the other key (Changed) or
                          // revokes it (Revoked)
    QString recordedType; // Changed: the key on record
    QByteArray recordedSha256;
    QStringList unreadable; // lists that exist but could not be read
};
HostKeyJudgement judgeHostKey(const QString &host, quint16 port, ssh_key key);

// The host key algorithms to offer, those of the key types on record for host:port first (so
// the server shows the key we know, not another one), or empty when none is on record.
QByteArray preferredHostKeyAlgorithms(const QString &host, quint16 port);

// The name known_hosts lines use for host:port: "host" for port 22, "[host]:port" otherwise;
// lowercase.
QByteArray knownHostsName(const QString &host, quint16 port);

} // namespace Libssh
