// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>

#include <atomic>
#include <optional>

// A secret made when connecting, by the profile's password source (a command, an AWS RDS IAM
// token). In memory only: never stored, logged or shown — a caller may show its length and
// expiry ("Try it").
struct SignInSecret
{
    enum class Outcome {
        Obtained,
        NotNeeded, // the source is the keychain or a prompt: the caller hands the password in
        Refused,   // a clear-text token for a server that would not be verified: not made
        Failed,
        Cancelled,
    };
    Outcome outcome = Outcome::Failed;
    QString secret;
    bool clearText = false;              // reaches the server in clear text (verified TLS only)
    std::optional<QDateTime> expiresUtc; // when the token stops working, if known
    QString problem;                     // translated, one or two sentences, when not obtained
    QString errorOutput;                 // a failed command's standard error, to show
    QString description;                 // translated: what made it ("AWS RDS IAM token ...")
    qint64 elapsedMs = 0;

    bool ok() const { return outcome == Outcome::Obtained; }
    // Translated: the problem, then what a failed command said on standard error.
    QString problemWithOutput() const;
};

// Makes the secret of a profile whose password source produces one. The one place sign-in
// tokens are made: the connection path (ProfileConnection), "Try it" in the editor and the
// wizard, and `sslcm-cli token` all come here.
class SignIn
{
    Q_DECLARE_TR_FUNCTIONS(SignIn)
public:
    // Blocking: a command or an AWS credential_process runs, bounded by the profile's connect
    // timeout. Runs nothing when the profile's source is refused (connectionProblems() of the
    // source: an empty command, a clear-text token for an unverified server).
    static SignInSecret obtain(const Profile &profile, const std::atomic<bool> *cancelled = nullptr,
                               const QProcessEnvironment &environment
                               = QProcessEnvironment::systemEnvironment());

    // The expiry inside a JSON Web Token (Azure's access tokens are JWTs), if `token` is one.
    static std::optional<QDateTime> jwtExpiry(const QString &token);
    // Translated, for "Try it": "a token of 912 characters, valid until 14:05 (15 minutes)".
    static QString describeForDisplay(const SignInSecret &secret, const QDateTime &nowUtc);
};
