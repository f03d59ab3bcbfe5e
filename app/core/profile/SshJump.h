// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// An SSH jump host (bastion) a profile reaches its database through (the profile's "ssh" field;
// absent: the database is connected to directly). The database's host and port stay as the
// bastion sees them ("db.internal:3306"), and TLS is verified against that name exactly as
// without a tunnel: the tunnel only carries the TCP connection. Holds no secret: an SSH password
// or key passphrase lives in the keychain (SecretKind::SshPassword, SshKeyPassphrase).
struct SshJump
{
    Q_DECLARE_TR_FUNCTIONS(SshJump)
public:
    static constexpr quint16 defaultPort = 22;

    enum class Auth {
        Agent,    // the running SSH agent (SSH_AUTH_SOCK)
        KeyFile,  // a private key file: OpenSSH, PEM or PKCS#8, with or without a passphrase
        Password, // a password (kept in the keychain)
    };

    QString host; // a name or an address in canonical form, as the user's machine reaches it
    quint16 port = defaultPort;
    QString user; // the bastion account
    Auth auth = Auth::Agent;
    QString keyFile; // Auth::KeyFile
    // Fields this version does not know, kept for a newer sslcm.
    QJsonObject unknownFields;

    static constexpr auto fieldName = "ssh"; // the profile's JSON key

    static QList<Auth> allAuths();
    static QString key(Auth auth);                       // stable: "agent", "key-file", "password"
    static std::optional<Auth> fromKey(QStringView key); // as key() writes it
    static QString displayName(Auth auth);               // translated: "SSH agent"

    // "[USER@]HOST[:PORT]" as ssh and the CLI's --ssh take it; "[2001:db8::1]:2222" for IPv6.
    // nullopt when malformed (an empty host, a bad port). Auth stays Agent.
    static std::optional<SshJump> parseDestination(QStringView text);
    // "bastion.example.com", "deploy@bastion.example.com:2222", "[2001:db8::1]:2222"
    QString destination() const;
    // Translated, one line, for lists and reports: "deploy@bastion:22 (SSH agent)".
    QString summary() const;

    // Why this jump cannot be used, translated; empty if nothing: no host, a host that is not
    // one clear name or address, no user, a key file auth without a file.
    QStringList problems() const;

    QJsonObject toJson() const;
    // nullopt when `object` is not a jump this version understands: the caller keeps it as an
    // unknown field, so a newer sslcm's jump survives, and refuses to connect
    // (Profile::connectionProblems): connecting directly is not what the profile says.
    static std::optional<SshJump> fromJson(const QJsonObject &object);

    friend bool operator==(const SshJump &a, const SshJump &b);
    friend bool operator!=(const SshJump &a, const SshJump &b) { return !(a == b); }
};
