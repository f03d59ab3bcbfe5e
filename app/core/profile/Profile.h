// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LastTestResult.h"
#include "PasswordSource.h"
#include "SshJump.h"
#include "SslMode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

enum class TlsVersion { Tls1_2, Tls1_3 };

namespace TlsVersions {
QString key(TlsVersion version);                        // "TLSv1.2"
std::optional<TlsVersion> fromString(QStringView text); // "TLSv1.3", "tlsv1.3", "1.3"
} // namespace TlsVersions

// One saved connection. Secrets (password, key passphrase) are never part of it: they live in the
// SecretStore, keyed by id.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
public:
    static constexpr quint16 defaultPort = 3306;
    static constexpr int defaultConnectTimeoutSeconds = 10;
    static constexpr int maxConnectTimeoutSeconds = 600;

    QUuid id;
    QString name;
    QString host;
    quint16 port = defaultPort;
    QString user;
    QString database;
    SslMode sslMode = SslMode::VerifyIdentity;
    // Without a CA file or directory, VerifyIdentity uses the system's trusted CAs; VerifyCa
    // needs one of them (see connectionProblems()).
    QString caFile;
    QString caDirectory;
    QString clientCertificate;
    QString clientKey;
    TlsVersion minTlsVersion = TlsVersion::Tls1_2;
    QString cipherList;
    QByteArray pinnedSha256; // 32 raw bytes, or empty
    int connectTimeoutSeconds = defaultConnectTimeoutSeconds;
    QString notes;
    // Where the password comes from when connecting (the keychain unless chosen otherwise).
    PasswordSource passwordSource;
    // Reach the database through an SSH jump host; nullopt: directly. `host` and `port` are then
    // as the jump host sees them, and TLS is verified against `host` all the same.
    std::optional<SshJump> ssh;
    QDateTime created;  // UTC
    QDateTime modified; // UTC
    // The outcome of the last test, by the app or by `sslcm-cli test`; nullopt: never tested.
    std::optional<LastTestResult> lastTest;

    // Fields this version of sslcm does not know, kept so a newer sslcm's data survives a
    // round trip through this one.
    QJsonObject unknownFields;

    // A new profile with a fresh id and creation time.
    static Profile create(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

    QJsonObject toJson() const;
    // Appends the text QJsonDocument::toJson(Indented) writes for toJson() as a value on a line
    // at nesting level `depth` (see JsonText.h), byte for byte, without building the object.
    void appendJsonText(QByteArray &out, int depth) const;
    struct Parsed;
    // Parses one stored profile; on failure the result names the offending field (translated).
    static Parsed fromJson(const QJsonObject &object);

    // "db.example.com:3306", "[2001:db8::1]:3306"
    QString addressText() const;

    // "AB:CD:..." upper-case hex with colons, as OpenSSL and browsers show fingerprints.
    QString pinnedSha256Text() const;
    // Accepts hex with or without colons/spaces; empty text clears. nullopt if malformed.
    static std::optional<QByteArray> parseSha256(QStringView text);

    // The server's identity is checked before anything of the login leaves: Verify CA, Verify
    // CA and host name, or Required with a pinned certificate. (Preferred with a pin is not: it
    // goes on in plain text where no TLS is offered.)
    bool verifiesServer() const;

    // Problems a person must fix before the profile is usable, translated; empty if none.
    // Includes connectionProblems().
    QStringList validate() const;
    // Why connecting with this profile would not do what it says, translated; empty if none:
    // a host that is not one clear name or address (ServerHost), Verify CA without a CA file
    // or folder of the user's choosing, a password source that cannot work (an empty command,
    // a clear-text sign-in token to a server that is not verified, an SSH jump that is incomplete
    // or that this version cannot read). Every way of connecting refuses
    // such a profile, also one stored by an older version of sslcm.
    QStringList connectionProblems() const;
    // Why Verify CA needs a CA the user chose, and the two ways forward; translated.
    static QString verifyCaNeedsCaProblem();

    friend bool operator==(const Profile &a, const Profile &b);
    friend bool operator!=(const Profile &a, const Profile &b) { return !(a == b); }
};

struct Profile::Parsed
{
    std::optional<Profile> profile;
    QString problem;
};
