// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/Profile.h"

#include <QString>
#include <QStringList>

#include <optional>

// The arguments of MySQL's `mysql` and MariaDB's `mariadb` command-line clients for one
// connection: the one place that spells them (exports, the account statements' command line).
// Without the program name; quote them with ShellWords.
class ClientCommandLine
{
public:
    enum class Client { Mysql, Mariadb };

    struct Connection
    {
        QString host; // empty: no --host and --port
        quint16 port = 3306;
        QString user;
        QString password; // empty: a bare --password, the client asks
        // Not empty: the password is what `sslcm-cli token PROFILE` prints, PROFILE being this
        // profile reference (tokenProfileReference()). shellCommand() runs it in a command
        // substitution; arguments() give a bare --password, as without a password.
        QString tokenProfile;
        // The server takes the password in clear text (mysql_clear_password), like a sign-in
        // token: MySQL's client sends it only with --enable-cleartext-plugin. MariaDB's client
        // always does (and calls that option obsolete).
        bool clearTextPassword = false;
        SslMode mode = SslMode::VerifyIdentity;
        QString caFile;
        QString caDirectory;
        QString clientCertificate;
        QString clientKey;
        QString cipherList;
        std::optional<TlsVersion> minTlsVersion;  // none: no --tls-version
        std::optional<int> connectTimeoutSeconds; // none: no --connect-timeout
        QString database;

        // A profile whose password source makes the password (a command, AWS IAM) gets its
        // password from `sslcm-cli token`; `password` is not used for it.
        static Connection fromProfile(const Profile &profile, const QString &password);
    };

    // `warnings` (translated, one line each) says where the client is weaker or stricter than
    // the connection asks.
    static QStringList arguments(const Connection &connection, Client client,
                                 QStringList *warnings = nullptr);
    // `program` and the arguments as one line for a POSIX shell, every word quoted; with a
    // tokenProfile the password is `--password="$(sslcm-cli token PROFILE)"`.
    static QString shellCommand(const QString &program, const Connection &connection, Client client,
                                QStringList *warnings = nullptr);

    // The local end of an `ssh -L` tunnel to a database port: the port plus 10000 (13306 for
    // 3306), or minus 10000 above 55535. An example: any free local port does.
    static quint16 tunnelLocalPort(quint16 databasePort);
    // `ssh`'s arguments, without the program name, for a tunnel from 127.0.0.1:`localPort` to
    // the database `host`:`port` as `jump` sees it: `-N -o ExitOnForwardFailure=yes -L
    // 127.0.0.1:LOCAL:HOST:PORT [-p PORT] [-i KEY] USER@JUMP` (with `--` before the destination
    // when it starts with `-`, so that it can never be read as an option).
    static QStringList sshTunnelArguments(const SshJump &jump, const QString &host, quint16 port,
                                          quint16 localPort);
    // A `# ...` comment line of a shell script or an option file that shows `text` on one line:
    // line breaks, control and invisible bidirectional characters become spaces.
    static QString comment(const QString &text);

    // How `sslcm-cli token` names `profile`: its name, or its id when the name is empty or
    // holds characters a one-line command cannot show as they are (line breaks, control and
    // invisible bidirectional characters).
    static QString tokenProfileReference(const Profile &profile);
    // `sslcm-cli token [--] PROFILE`, the words of the command that prints a fresh password or
    // sign-in token for `profile`.
    static QStringList tokenCommand(const Profile &profile);
};
