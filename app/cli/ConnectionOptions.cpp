// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionOptions.h"

#include "CliContext.h"
#include "interop/ShellWords.h"
#include "profile/Profile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

ConnectionOptions::ConnectionOptions(QCommandLineParser &parser, bool sshNotes)
    : sshOptions(parser, sshNotes)
{
    for (QCommandLineOption *o : {&name,
                                  &host,
                                  &port,
                                  &user,
                                  &database,
                                  &sslMode,
                                  &sslCa,
                                  &sslCapath,
                                  &sslCert,
                                  &sslKey,
                                  &tlsVersion,
                                  &cipher,
                                  &pin,
                                  &timeout,
                                  &notes,
                                  &passwordStdin,
                                  &askPassword,
                                  &passwordCommand,
                                  &clearTextToken,
                                  &awsIam,
                                  &awsRegion,
                                  &awsProfile})
        parser.addOption(*o);
}

bool ConnectionOptions::setsPasswordSource(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption *o :
         {&askPassword, &passwordCommand, &clearTextToken, &awsIam, &awsRegion, &awsProfile}) {
        if (parser.isSet(*o))
            return true;
    }
    return false;
}

int ConnectionOptions::apply(const QCommandLineParser &parser, Profile &p, CliContext &cli) const
{
    if (!parser.isSet(host) || parser.value(host).trimmed().isEmpty())
        return cli.usage(tr("--host is required"));
    p.name = parser.value(name).trimmed();
    p.host = parser.value(host).trimmed();
    p.user = parser.value(user);
    p.database = parser.value(database);
    p.cipherList = parser.value(cipher);
    p.notes = parser.value(notes);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value < 1 || value > 65535)
            return cli.usage(tr("--port must be a number between 1 and 65535, not \"%1\"")
                                     .arg(parser.value(port)));
        p.port = quint16(value);
    }
    if (parser.isSet(sslMode)) {
        const auto mode = SslModes::fromString(parser.value(sslMode));
        if (!mode)
            return cli.usage(tr("unknown --ssl-mode \"%1\"; use disabled, preferred, required, "
                                "verify-ca or verify-identity")
                                     .arg(parser.value(sslMode)));
        p.sslMode = *mode;
    }
    if (parser.isSet(tlsVersion)) {
        const auto version = TlsVersions::fromString(parser.value(tlsVersion));
        if (!version)
            return cli.usage(tr("unknown --tls-version \"%1\"; use TLSv1.2 or TLSv1.3")
                                     .arg(parser.value(tlsVersion)));
        p.minTlsVersion = *version;
    }
    if (parser.isSet(pin)) {
        const auto fingerprint = Profile::parseSha256(parser.value(pin));
        if (!fingerprint || fingerprint->isEmpty())
            return cli.usage(tr("--pin must be a SHA-256 fingerprint (64 hex digits)"));
        p.pinnedSha256 = *fingerprint;
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        p.connectTimeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok)
            return cli.usage(tr("--connect-timeout must be a number of seconds"));
    }

    const int sources = int(parser.isSet(askPassword)) + int(parser.isSet(passwordCommand))
            + int(parser.isSet(awsIam));
    if (sources > 1)
        return cli.usage(tr("choose one password source: --ask-password, --password-command or "
                            "--aws-iam"));
    if (parser.isSet(clearTextToken) && !parser.isSet(passwordCommand))
        return cli.usage(tr("--clear-text-token goes with --password-command"));
    if ((parser.isSet(awsRegion) || parser.isSet(awsProfile)) && !parser.isSet(awsIam))
        return cli.usage(tr("--aws-region and --aws-profile go with --aws-iam"));
    if (parser.isSet(passwordStdin) && sources > 0 && !parser.isSet(askPassword))
        return cli.usage(tr("--password-stdin gives the password itself: it does not go with "
                            "--password-command or --aws-iam"));
    if (parser.isSet(askPassword)) {
        p.passwordSource.kind = PasswordSource::Kind::Ask;
    } else if (parser.isSet(passwordCommand)) {
        const ShellWords::Split split = ShellWords::split(parser.value(passwordCommand));
        if (!split.error.isEmpty())
            return cli.usage(tr("--password-command: %1").arg(split.error));
        p.passwordSource.kind = PasswordSource::Kind::Command;
        p.passwordSource.command = split.words;
        p.passwordSource.clearTextToken = parser.isSet(clearTextToken);
    } else if (parser.isSet(awsIam)) {
        p.passwordSource.kind = PasswordSource::Kind::AwsIam;
        p.passwordSource.awsRegion = parser.value(awsRegion).trimmed();
        p.passwordSource.awsProfile = parser.value(awsProfile).trimmed();
    }

    // Files are stored with absolute paths, and must exist now: a typo found later, while
    // connecting, is harder to understand.
    struct PathOption
    {
        const QCommandLineOption &option;
        QString *target;
        bool directory;
    };
    for (const PathOption &path :
         {PathOption {sslCa, &p.caFile, false}, PathOption {sslCapath, &p.caDirectory, true},
          PathOption {sslCert, &p.clientCertificate, false},
          PathOption {sslKey, &p.clientKey, false}}) {
        if (!parser.isSet(path.option))
            continue;
        const QFileInfo info(parser.value(path.option));
        const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
        if (!info.exists())
            return cli.fail(tr("--%1: %2 does not exist").arg(path.option.names().first(), shown));
        if (path.directory != info.isDir())
            return cli.fail((path.directory ? tr("--%1: %2 is not a folder")
                                            : tr("--%1: %2 is a folder, not a file"))
                                    .arg(path.option.names().first(), shown));
        if (!info.isReadable())
            return cli.fail(tr("--%1: %2 cannot be read (check its permissions)")
                                    .arg(path.option.names().first(), shown));
        *path.target = info.absoluteFilePath();
    }
    if (const int code = sshOptions.apply(parser, p, cli); code >= 0)
        return code;
    QStringList problems = p.validate();
    if (p.name.isEmpty())
        problems.removeAll(Profile::tr("The profile needs a name."));
    if (!problems.isEmpty())
        return cli.usage(problems.join(QLatin1Char(' ')));
    return -1;
}
