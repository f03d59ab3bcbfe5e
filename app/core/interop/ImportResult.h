// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/Profile.h"
#include "profile/SecretStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

// What an importer found, shown to the user before anything is stored: the profiles it would
// create, what it could not carry over, and which of them the store already has. An import
// never writes anything by itself.
struct ImportResult
{
    Q_DECLARE_TR_FUNCTIONS(ImportResult)
public:
    // A secret the source held, and the kind it is kept as in the keychain.
    struct Secret
    {
        SecretKind kind;
        QString value;
    };

    struct Connection
    {
        Profile profile;
        // A password the source held in clear text. Offered for the keychain, never stored in
        // the profile, never logged.
        QString password;
        // The SSH jump host's password (SshJump::Auth::Password) and its key file's passphrase,
        // when the source held them (DBeaver's credentials-config.json, a file written by
        // hand). Offered for the keychain like `password`.
        QString sshPassword;
        QString sshKeyPassphrase;
        QString origin;         // translated: "group [client] of /home/me/.my.cnf"
        QStringList notCarried; // translated: settings of the source sslcm does not keep
        QStringList notes;      // translated: how a setting was interpreted
        // Set by checkConnections(), translated. What sslcm changed so that the profile keeps
        // its promise (Verify CA without a CA becomes Verify CA and host name)...
        QStringList securityChanges;
        // ...and why the connection cannot be imported as it is (an address that programs read
        // differently): it is not offered for import, and profilesToAdd() leaves it out.
        QStringList problems;
        // Set by the importer, translated: what of the source sslcm cannot do at all (an SSH
        // tunnel through two jump hosts). checkConnections() puts them first in `problems`.
        QStringList sourceProblems;
        // Set by markDuplicates(): the stored profile this one duplicates, and why.
        QUuid duplicateOf;
        QString duplicateReason;

        bool isDuplicate() const { return !duplicateOf.isNull(); }
        bool isImportable() const { return problems.isEmpty(); }
        // Every secret found, with its kind: what a front end offers to keep in the keychain
        // under the profile's id (SecretKind::Password, SshPassword, SshKeyPassphrase).
        QList<Secret> secrets() const;
    };

    QString format; // translated name of the source format
    QList<Connection> connections;
    QStringList notCarried; // translated: what the source as a whole held that was not used
    QStringList warnings;   // translated: e.g. passwords stored in clear text in the file
    QString error;          // translated; not empty: nothing could be imported

    bool ok() const { return error.isEmpty(); }
    static ImportResult failure(const QString &format, const QString &error);

    // Applies what sslcm requires of every profile (Profile::connectionProblems()) to what the
    // source said. Verify CA without a CA file or folder would trust any publicly trusted
    // certificate for any host, which is not what the source's author meant by verifying: such
    // a connection is imported as Verify CA and host name with the system's CAs, which still
    // connects to servers with public certificates and refuses everything else loudly. So is
    // one whose password is a clear-text sign-in token (AWS RDS IAM, a token command) in a mode
    // that does not verify the server (sslcm never sends such a token there). A host
    // that is not one clear name or address makes the connection not importable. Every
    // importer's result goes through this (ConnectionImporter); calling it again changes nothing.
    void checkConnections();

    // Compares every connection with the stored profiles: the same id, the same name, or the
    // same server, port, user and database (through the same SSH jump host, or directly).
    // Duplicates are flagged, never silently merged.
    void markDuplicates(const QList<Profile> &existing);
    // The profiles to add: duplicates only when asked for (they get a fresh id then); never
    // connections that are not importable.
    QList<Profile> profilesToAdd(bool includeDuplicates = false) const;
    int duplicateCount() const;
    int unimportableCount() const;
    // Any secret: a password, an SSH password or an SSH key passphrase.
    bool hasPasswords() const;

    // Plain translated text of the whole preview, for the command line and logs (no secrets).
    QString summary() const;
};
