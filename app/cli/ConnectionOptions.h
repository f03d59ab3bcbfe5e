// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SshOptions.h"

#include <QCommandLineOption>
#include <QCoreApplication>

class CliContext;
class QCommandLineParser;
struct Profile;

// The connection options shared by `profiles add` and `test`, the SSH jump host's included.
struct ConnectionOptions
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    // `sshNotes`: say what ~/.ssh/config contributed to --ssh (SshOptions).
    explicit ConnectionOptions(QCommandLineParser &parser, bool sshNotes = false);

    // Fills `profile` from the options; returns an exit code on a problem, -1 when all is well.
    int apply(const QCommandLineParser &parser, Profile &profile, CliContext &cli) const;
    // True when one of the password source options was given.
    bool setsPasswordSource(const QCommandLineParser &parser) const;

    QCommandLineOption name {QStringLiteral("name"), QString(), QStringLiteral("N")};
    QCommandLineOption host {QStringLiteral("host"), QString(), QStringLiteral("H")};
    QCommandLineOption port {QStringLiteral("port"), QString(), QStringLiteral("P")};
    QCommandLineOption user {QStringLiteral("user"), QString(), QStringLiteral("U")};
    QCommandLineOption database {QStringLiteral("database"), QString(), QStringLiteral("D")};
    QCommandLineOption sslMode {QStringLiteral("ssl-mode"), QString(), QStringLiteral("MODE")};
    QCommandLineOption sslCa {QStringLiteral("ssl-ca"), QString(), QStringLiteral("F")};
    QCommandLineOption sslCapath {QStringLiteral("ssl-capath"), QString(), QStringLiteral("D")};
    QCommandLineOption sslCert {QStringLiteral("ssl-cert"), QString(), QStringLiteral("F")};
    QCommandLineOption sslKey {QStringLiteral("ssl-key"), QString(), QStringLiteral("F")};
    QCommandLineOption tlsVersion {QStringLiteral("tls-version"), QString(), QStringLiteral("V")};
    QCommandLineOption cipher {QStringLiteral("ssl-cipher"), QString(), QStringLiteral("C")};
    QCommandLineOption pin {QStringLiteral("pin"), QString(), QStringLiteral("SHA256")};
    QCommandLineOption timeout {QStringLiteral("connect-timeout"), QString(), QStringLiteral("S")};
    QCommandLineOption notes {QStringLiteral("notes"), QString(), QStringLiteral("TEXT")};
    QCommandLineOption passwordStdin {QStringLiteral("password-stdin")};
    // The password source (PasswordSource): asked for, a command, or an AWS RDS IAM token.
    QCommandLineOption askPassword {QStringLiteral("ask-password")};
    QCommandLineOption passwordCommand {QStringLiteral("password-command"), QString(),
                                        QStringLiteral("COMMAND")};
    QCommandLineOption clearTextToken {QStringLiteral("clear-text-token")};
    QCommandLineOption awsIam {QStringLiteral("aws-iam")};
    QCommandLineOption awsRegion {QStringLiteral("aws-region"), QString(), QStringLiteral("R")};
    QCommandLineOption awsProfile {QStringLiteral("aws-profile"), QString(), QStringLiteral("P")};
    // --ssh and its companions.
    SshOptions sshOptions;
};
