// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

struct Profile;
class ProfileStore;
class QCommandLineParser;
class SecretStore;

// sslcm-cli: the command-line front end. Exit status: 0 success, 2 failure (one-line reason on
// stderr), 3 usage error; commands that judge a connection add their own codes.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum ExitCode { Success = 0, Weaker = 1, Failure = 2, UsageError = 3 };

    Cli();
    ~Cli();

    int run(const QStringList &arguments);

private:
    int version();
    int help();
    int profiles(const QStringList &arguments);
    int profilesList(const QStringList &arguments);
    int profilesAdd(const QStringList &arguments);
    int profilesRemove(const QStringList &arguments);
    int test(const QStringList &arguments);
    int probe(const QStringList &arguments);
    int trust(const QStringList &arguments);

    struct ConnectionOptions;
    // Fills `profile` from the options; returns an exit code on a problem, -1 when all is well.
    int applyConnectionOptions(const QCommandLineParser &parser, const ConnectionOptions &options,
                               Profile &profile);
    static std::optional<QString> readPasswordFromStdin();

    // Loads the store, printing what needs attention; false if it cannot be used.
    bool openStore(bool forWriting);
    SecretStore &secrets();
    int fail(const QString &reason);
    int usage(const QString &reason);

    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
};
