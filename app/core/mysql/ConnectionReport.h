// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountRequirement.h"
#include "mysql/GatewaySession.h"
#include "profile/ConnectionVerdict.h"
#include "profile/SslMode.h"
#include "signin/SignIn.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// One stage of "Test connection", with its own status and time.
struct TestStage
{
    Q_DECLARE_TR_FUNCTIONS(TestStage)
public:
    enum class Id {
        Resolve,
        Connect,
        Greeting,
        TlsHandshake,
        CertificateCheck,
        Login,
        SessionChecks,
        SignIn, // the password source made a password or token (shown after Resolve)
        // Through an SSH jump host, in place of Connect:
        SshConnect, // TCP to the jump host and its SSH banner
        SshHostKey, // the jump host's key is the one on record
        SshLogin,   // the jump host accepted the login
        Tunnel,     // the jump host opened the channel to the database
    };
    enum class Status { Pending, Running, Passed, Warning, Failed, Skipped };

    Id id = Id::Resolve;
    Status status = Status::Pending;
    qint64 elapsedMs = -1;
    QString detail; // translated, one line

    // The stages of a test, in order; through an SSH jump host the four SSH stages take the
    // place of Connect.
    static QList<Id> all(bool throughSsh = false);
    static QString title(Id id);             // translated: "TLS handshake"
    static QString key(Id id);               // stable: "tls-handshake"
    static QString statusKey(Status status); // stable: "passed"
};

// What "Test connection" found, for the GUI, `sslcm-cli test` and support tickets. Holds no
// secret: no password, no key, no password hash.
struct ConnectionReport
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionReport)
public:
    using Verdict = ConnectionVerdict;

    struct Explanation
    {
        QString summary;       // one sentence: what went wrong
        QString cause;         // why, with the facts (names, dates, fingerprints)
        QStringList nextSteps; // what to do, most likely first

        // As plain text: an empty line, the summary, the cause, then "  - " and each step; no
        // lines at all when there is no summary.
        QStringList lines() const;
        QJsonObject toJson() const; // summary, cause, nextSteps[]
    };

    QString profileName;
    QString host;
    quint16 port = 0;
    QString user;
    SslMode mode = SslMode::VerifyIdentity;
    bool pinned = false;
    bool clientCertificateConfigured = false;
    QDateTime startedUtc;
    qint64 totalMs = 0;
    QString clientLibrary; // what Qt's QMYSQL driver loaded: "libmariadb 3.3.14"
    // The SSH jump host the connection went through (translated summary), empty without one;
    // its facts are in gateway.ssh.
    QString sshJump;

    Verdict verdict = Verdict::Failed;
    QList<TestStage> stages;
    GatewaySession gateway; // TLS facts and the chain, from the session that carried the login

    // The password source (never the password): what it is, and what became of it.
    // Where the password of this test came from: its profile's password source, or standard
    // input (sslcm-cli test --password-stdin), typed in and not saved (the keychain had none, or
    // "save the password" is off), or nowhere (connection options without one).
    enum class PasswordGiven { BySource, StandardInput, Typed, None };
    PasswordSource::Kind passwordSourceKind = PasswordSource::Kind::Keychain; // the profile's
    PasswordGiven passwordGiven = PasswordGiven::BySource;
    QString passwordSource; // translated: where the password came from
    static QString passwordGivenKey(PasswordGiven given); // "source", "stdin", "typed", "none"
    // Translated, for passwordSource: `source`'s summary when the password came from it.
    static QString passwordGivenText(PasswordGiven given, const PasswordSource &source);
    std::optional<SignInSecret::Outcome> signIn; // when the source ran
    QString signInProblem;                       // translated, when it failed
    QString signInErrorOutput;                   // a failed command's stderr

    int loginErrorCode = 0; // the server's or the client library's error number
    QString loginError;

    QString serverVersion;
    QString currentUser;
    QString serverTlsVersion; // the server's view: Ssl_version of this session
    QString serverCipher;
    bool tlsFactsAgree = true; // server's Ssl_version/Ssl_cipher match the gateway's
    // The TLS requirement of the account that logged in, as the server states it; nullopt when
    // not known.
    std::optional<AccountRequirement> account;

    Explanation explanation;

    TestStage &stage(TestStage::Id id);
    TestStage stage(TestStage::Id id) const;
    const TestStage *failedStage() const;

    // A report about `profile`: its name, address, user, mode, and whether it pins a certificate
    // or has a client certificate. Everything else is the test's to fill in.
    static ConnectionReport about(const Profile &profile);

    static QString verdictKey(Verdict verdict);  // stable: "secure-verified"
    static QString verdictText(Verdict verdict); // translated, plain words
    // Translated, a few words for a list cell: "Verified", "Encrypted, not verified".
    static QString verdictShortText(Verdict verdict);
    QString toText() const;     // translated, for copying into a support ticket
    QJsonObject toJson() const; // stable field names, documented in the README
};

Q_DECLARE_METATYPE(TestStage)
Q_DECLARE_METATYPE(ConnectionReport)
