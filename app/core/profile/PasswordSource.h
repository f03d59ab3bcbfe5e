// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SslMode.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct Profile;

// Where a profile's password comes from when it connects (the profile's "passwordSource"
// field; absent: the keychain). Holds no secret: a command or AWS sign-in produces its secret at
// connect time, and it is used once and never kept.
struct PasswordSource
{
    Q_DECLARE_TR_FUNCTIONS(PasswordSource)
public:
    enum class Kind {
        Keychain, // the OS keychain (or asked for when it holds none)
        Ask,      // asked for every time, never stored
        Command,  // the first line a command prints
        AwsIam,   // an AWS RDS IAM sign-in token, computed by sslcm
    };

    Kind kind = Kind::Keychain;
    // Kind::Command: the program and its arguments, run without a shell. "{host}", "{port}"
    // and "{user}" in them are replaced by the profile's values.
    QStringList command;
    // Kind::Command: what the command prints is a sign-in token the server takes in clear text
    // (mysql_clear_password), like Azure's and Cloud SQL's tokens. Kind::AwsIam always is.
    bool clearTextToken = false;
    QString awsRegion;  // Kind::AwsIam: empty means the region in the RDS host name
    QString awsProfile; // Kind::AwsIam: empty means AWS_PROFILE, else "default"
    // Fields this version does not know, kept for a newer sslcm.
    QJsonObject unknownFields;

    static constexpr auto fieldName = "passwordSource"; // the profile's JSON key

    static QList<Kind> all();
    static QString key(Kind kind);                       // stable: "aws-iam"
    static std::optional<Kind> fromKey(QStringView key); // "command", "aws-iam", ...
    static QString displayName(Kind kind);               // translated: "AWS RDS IAM sign-in"
    // Translated, one line, for lists and reports: "command: pass show db/prod",
    // "AWS RDS IAM (eu-west-1, profile prod)".
    QString summary() const;

    // The secret is made when connecting (a command or a token), not read from the keychain.
    bool producesSecret() const { return kind == Kind::Command || kind == Kind::AwsIam; }
    // The secret reaches the server in clear text: only after its identity was verified.
    bool sendsClearText() const
    {
        return kind == Kind::AwsIam || (kind == Kind::Command && clearTextToken);
    }
    // Why `profile` cannot connect with this source, translated; empty if nothing: a command
    // without a program, a clear-text token in a mode that does not verify the server.
    QStringList problems(const Profile &profile) const;
    // Why a clear-text token needs a verified server, with the ways forward; translated.
    static QString clearTextNeedsVerifiedServerProblem(SslMode mode);

    // "{host}" etc. replaced with the profile's values.
    QStringList expandedCommand(const Profile &profile) const;

    // Ready-made commands for the sources people use most.
    struct Preset
    {
        QString id;          // stable: "azure-entra"
        QString name;        // translated
        QStringList command; // may hold placeholders ("{user}") and a part to edit ("NAME")
        bool clearTextToken = false;
        QString hint; // translated: what to edit or install first
    };
    static QList<Preset> presets();

    QJsonObject toJson() const;
    // nullopt when `object` is not a source this version understands: the caller keeps it as an
    // unknown field (a newer sslcm's source survives), and this version uses the keychain.
    static std::optional<PasswordSource> fromJson(const QJsonObject &object);

    friend bool operator==(const PasswordSource &a, const PasswordSource &b);
    friend bool operator!=(const PasswordSource &a, const PasswordSource &b) { return !(a == b); }
};
