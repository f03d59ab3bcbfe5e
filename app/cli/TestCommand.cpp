// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCommand.h"

#include "CliContext.h"
#include "ConnectionOptions.h"
#include "mysql/ConnectionTester.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include <QCommandLineParser>
#include <QJsonDocument>

int TestCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const ConnectionOptions options(parser);
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usage(tr("\"test\" takes one profile, or connection options"));

    ConnectionTester::Request request;
    Profile &p = request.profile;
    const SshOptions &ssh = options.sshOptions;
    if (positional.size() == 1) {
        if (parser.isSet(options.host))
            return usage(tr("give either a profile or --host, not both"));
        // The jump host is part of the profile; only its secrets may come from standard input.
        for (const QCommandLineOption *o : {&ssh.ssh, &ssh.sshKey}) {
            if (parser.isSet(*o))
                return usage(tr("--%1 goes with --host; a profile's SSH jump host is part of "
                                "the profile")
                                     .arg(o->names().first()));
        }
        const std::optional<Profile> found = m_cli.findProfile(positional.first());
        if (!found)
            return Failure;
        p = *found;
        // A profile stored by an older sslcm may not connect as it says (Verify CA without a
        // CA, an ambiguous address): nothing is sent anywhere.
        if (const QStringList problems = p.connectionProblems(); !problems.isEmpty())
            return fail(tr("profile \"%1\" cannot be tested as it is: %2")
                                .arg(p.name, problems.join(QLatin1Char(' '))));
        const SshJump::Auth auth = p.ssh ? p.ssh->auth : SshJump::Auth::Agent;
        if (parser.isSet(ssh.sshPasswordStdin) && (!p.ssh || auth != SshJump::Auth::Password))
            return usage(tr("--ssh-password-stdin: profile \"%1\" does not log in to an SSH "
                            "jump host with a password")
                                 .arg(p.name));
        if (parser.isSet(ssh.sshKeyPassphraseStdin) && (!p.ssh || auth != SshJump::Auth::KeyFile))
            return usage(tr("--ssh-key-passphrase-stdin: profile \"%1\" does not log in to an "
                            "SSH jump host with a key file")
                                 .arg(p.name));
        // The keychain is not asked when standard input gives everything.
        const bool sshSecretStored = p.ssh
                && ((auth == SshJump::Auth::Password && !parser.isSet(ssh.sshPasswordStdin))
                    || (auth == SshJump::Auth::KeyFile
                        && !parser.isSet(ssh.sshKeyPassphraseStdin)));
        if (!parser.isSet(options.passwordStdin) || sshSecretStored) {
            const CliContext::Secrets stored = m_cli.storedSecrets(p);
            if (!parser.isSet(options.passwordStdin)) {
                request.password = stored.password;
                request.keyPassphrase = stored.keyPassphrase;
            }
            request.sshPassword = stored.sshPassword;
            request.sshKeyPassphrase = stored.sshKeyPassphrase;
        }
    } else {
        if (const int code = options.apply(parser, p, m_cli); code >= 0)
            return code;
        p.name = p.addressText();
        // Connection options save nothing: with no source given, there is no password (unless
        // standard input gives one, below).
        if (p.passwordSource.kind == PasswordSource::Kind::Keychain)
            request.passwordGiven = ConnectionReport::PasswordGiven::None;
    }
    // Checked before anything runs: without an agent the jump host could only refuse.
    if (const std::optional<QString> agent = SshOptions::missingAgent(p))
        return fail(*agent);

    // Standard input: the database password, the SSH secret, or both (one line each, in that
    // order).
    const bool readsPassword = parser.isSet(options.passwordStdin);
    const int count = int(readsPassword) + int(ssh.readsStdin(parser));
    if (count > 0) {
        const std::optional<QStringList> input = CliContext::readSecretsFromStdin(count);
        if (!input)
            return fail(tr("could not read standard input"));
        if (readsPassword) {
            request.password = input->value(0);
            request.passwordGiven = ConnectionReport::PasswordGiven::StandardInput;
        }
        if (parser.isSet(ssh.sshPasswordStdin))
            request.sshPassword = input->value(count - 1);
        else if (parser.isSet(ssh.sshKeyPassphraseStdin))
            request.sshKeyPassphrase = input->value(count - 1);
    }

    const bool asJson = parser.isSet(json);
    QHash<int, TestStage::Status> shown;
    const auto onStage = [&](const TestStage &stage) {
        // Progress on stderr, each stage once, as it settles.
        const bool settled = stage.status != TestStage::Status::Running
                && stage.status != TestStage::Status::Pending;
        if (!asJson && settled && shown.value(int(stage.id)) != stage.status
            && !shown.contains(int(stage.id))) {
            shown.insert(int(stage.id), stage.status);
            m_err << QStringLiteral("  %1 %2")
                             .arg(TestStage::statusKey(stage.status), -8)
                             .arg(TestStage::title(stage.id))
                  << Qt::endl;
        }
    };
    ConnectionReport report = ConnectionTester::run(request, onStage);
    // An encrypted SSH key and no passphrase: asked for on a terminal, and tried once more.
    if (std::optional<QString> passphrase = m_cli.askSshKeyPassphrase(p, report.gateway)) {
        request.sshKeyPassphrase = *passphrase;
        passphrase->fill(QLatin1Char('\0'));
        shown.clear();
        report = ConnectionTester::run(request, onStage);
        // A saved profile keeps a passphrase that opened the key, as the app does.
        if (positional.size() == 1
            && report.stage(TestStage::Id::SshLogin).status == TestStage::Status::Passed) {
            const SecretResult kept = m_cli.secrets().writeBlocking(
                    p.id, SecretKind::SshKeyPassphrase, request.sshKeyPassphrase);
            if (!kept.ok())
                m_cli.note(tr("warning: the passphrase was not kept in the keychain: %1")
                                   .arg(kept.message));
        }
    }
    // A saved profile keeps the result, as when the app tests it: the app's list shows it.
    if (positional.size() == 1) {
        if (const StoreSaveResult kept = m_cli.store().recordTest(p.id, report); !kept)
            m_cli.note(tr("warning: the result was not kept with the profile: %1").arg(kept.error));
    }
    if (asJson)
        m_out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        m_out << report.toText();
    m_out.flush();
    switch (report.verdict) {
    case ConnectionReport::Verdict::SecureVerified:
        return Success;
    case ConnectionReport::Verdict::EncryptedUnverified:
    case ConnectionReport::Verdict::Plaintext:
        return Weaker;
    default:
        return Failure;
    }
}
