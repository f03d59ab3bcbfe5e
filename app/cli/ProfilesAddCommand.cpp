// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfilesAddCommand.h"

#include "CliContext.h"
#include "ConnectionOptions.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include <QCommandLineParser>

int ProfilesAddCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const ConnectionOptions options(parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(options.name) || parser.value(options.name).trimmed().isEmpty())
        return usage(tr("--name is required"));

    Profile p = Profile::create();
    if (const int code = options.apply(parser, p, m_cli); code >= 0)
        return code;
    if (parser.isSet(options.passwordStdin)
        && p.passwordSource.kind != PasswordSource::Kind::Keychain)
        return usage(tr("--password-stdin stores a password in the keychain; this profile's "
                        "password comes from somewhere else"));
    if (!m_cli.store().isWritable())
        return fail(tr("the profile file cannot be changed; nothing was added"));

    if (parser.isSet(options.passwordStdin)) {
        const std::optional<QString> password = CliContext::readPasswordFromStdin();
        if (!password)
            return fail(tr("could not read the password from standard input"));
        if (password->isEmpty())
            return usage(tr("--password-stdin: standard input held no password"));
        // The secret goes first: if the keychain cannot take it, no half-configured profile is
        // left behind.
        const SecretResult stored
                = m_cli.secrets().writeBlocking(p.id, SecretKind::Password, *password);
        if (!stored.ok())
            return fail(tr("the password could not be stored, so the profile was not added: %1")
                                .arg(stored.message));
    }

    const StoreSaveResult saved = m_cli.store().add(p);
    if (!saved) {
        if (parser.isSet(options.passwordStdin))
            m_cli.secrets().removeBlocking(p.id, SecretKind::Password);
        return fail(saved.error);
    }
    m_out << tr("Added profile \"%1\" (%2).").arg(p.name, p.id.toString(QUuid::WithoutBraces))
          << Qt::endl;
    return Success;
}
