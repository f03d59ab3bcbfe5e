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
    const ConnectionOptions options(parser, true);
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

    // Standard input: the database password, the SSH secret, or both (one line each, in
    // that order).
    const SshOptions &ssh = options.sshOptions;
    QList<std::pair<SecretKind, QString>> toStore;
    const bool readsPassword = parser.isSet(options.passwordStdin);
    const int count = int(readsPassword) + int(ssh.readsStdin(parser));
    if (count > 0) {
        const std::optional<QStringList> input = CliContext::readSecretsFromStdin(count);
        if (!input)
            return fail(tr("could not read standard input"));
        if (readsPassword) {
            if (input->value(0).isEmpty())
                return usage(tr("--password-stdin: standard input held no password"));
            toStore.append({SecretKind::Password, input->value(0)});
        }
        if (parser.isSet(ssh.sshPasswordStdin)) {
            if (input->value(count - 1).isEmpty())
                return usage(tr("--ssh-password-stdin: standard input held no SSH password"));
            toStore.append({SecretKind::SshPassword, input->value(count - 1)});
        } else if (parser.isSet(ssh.sshKeyPassphraseStdin)) {
            if (input->value(count - 1).isEmpty())
                return usage(tr("--ssh-key-passphrase-stdin: standard input held no passphrase"));
            toStore.append({SecretKind::SshKeyPassphrase, input->value(count - 1)});
        }
    }
    // The secrets go first: if the keychain cannot take one, no half-configured profile is
    // left behind.
    const auto removeStored = [&](qsizetype upTo) {
        for (qsizetype i = 0; i < upTo; ++i)
            m_cli.secrets().removeBlocking(p.id, toStore.at(i).first);
    };
    for (qsizetype i = 0; i < toStore.size(); ++i) {
        const SecretResult stored
                = m_cli.secrets().writeBlocking(p.id, toStore.at(i).first, toStore.at(i).second);
        if (!stored.ok()) {
            removeStored(i);
            return fail((toStore.at(i).first == SecretKind::Password
                                 ? tr("the password could not be stored, so the profile was "
                                      "not added: %1")
                                 : tr("the SSH password or key passphrase could not be stored, "
                                      "so the profile was not added: %1"))
                                .arg(stored.message));
        }
    }
    for (auto &[kind, secret] : toStore)
        secret.fill(QLatin1Char('\0'));

    const StoreSaveResult saved = m_cli.store().add(p);
    if (!saved) {
        removeStored(toStore.size());
        return fail(saved.error);
    }
    if (const std::optional<QString> agent = SshOptions::missingAgent(p))
        m_cli.note(tr("warning: %1; the profile was added all the same").arg(*agent));
    m_out << tr("Added profile \"%1\" (%2).").arg(p.name, p.id.toString(QUuid::WithoutBraces))
          << Qt::endl;
    return Success;
}
