// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "CliCommand.h"
#include "KeychainModule.h"
#include "TerminalPrompt.h"
#include "profile/SecretStore.h"
#include "profile/ProfileStore.h"

#include <QDir>
#include <QFile>

#include <cstdio>

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
{ }

CliContext::~CliContext() = default;

int CliContext::fail(const QString &reason)
{
    note(reason);
    return CliCommand::Failure;
}

int CliContext::usage(const QString &reason)
{
    note(reason);
    m_err << tr("Run \"sslcm-cli --help\" for usage.") << Qt::endl;
    return CliCommand::UsageError;
}

void CliContext::note(const QString &text)
{
    m_err << QStringLiteral("sslcm-cli: ") << text << Qt::endl;
}

ProfileStore &CliContext::store()
{
    if (!m_store) {
        m_store = std::make_unique<ProfileStore>(ProfileStore::defaultFilePath());
        const StoreLoadResult loaded = m_store->load();
        if (loaded.needsAttention())
            note(loaded.message());
    }
    return *m_store;
}

SecretStore &CliContext::secrets()
{
    // The keychain module (QtKeychain, Qt D-Bus) is loaded here, when a secret is really needed.
    if (!m_secrets)
        m_secrets = KeychainModule::createStore();
    return *m_secrets;
}

std::optional<Profile> CliContext::findProfile(const QString &nameOrId)
{
    const QList<Profile> found = store().find(nameOrId);
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty()) {
        fail(tr("no profile is named or has the id \"%1\"").arg(nameOrId));
        return std::nullopt;
    }
    QStringList ids;
    for (const Profile &p : found)
        ids << p.id.toString(QUuid::WithoutBraces);
    fail(tr("%n profiles are named \"%1\"; give the id of one: %2", nullptr, int(found.size()))
                 .arg(nameOrId, ids.join(QStringLiteral(", "))));
    return std::nullopt;
}

CliContext::Secrets CliContext::storedSecrets(const Profile &profile)
{
    Secrets stored = readStoredSecrets(profile);
    for (const QString &problem : std::as_const(stored.problems))
        note(problem);
    return stored;
}

CliContext::Secrets CliContext::readStoredSecrets(const Profile &profile)
{
    Secrets stored;
    QList<std::pair<SecretKind, QString *>> kinds {
            {SecretKind::KeyPassphrase, &stored.keyPassphrase}};
    if (profile.passwordSource.kind == PasswordSource::Kind::Keychain)
        kinds.prepend({SecretKind::Password, &stored.password});
    if (profile.ssh && profile.ssh->auth == SshJump::Auth::Password)
        kinds.append({SecretKind::SshPassword, &stored.sshPassword});
    if (profile.ssh && profile.ssh->auth == SshJump::Auth::KeyFile)
        kinds.append({SecretKind::SshKeyPassphrase, &stored.sshKeyPassphrase});
    for (const auto &[kind, target] : kinds) {
        const SecretResult secret = secrets().readBlocking(profile.id, kind);
        if (secret.ok()) {
            *target = secret.secret;
        } else if (secret.status != SecretResult::Status::NotFound) {
            stored.problems << secret.message;
            stored.keychainUnavailable = stored.keychainUnavailable
                    || secret.status == SecretResult::Status::Unavailable;
        } else if (kind == SecretKind::Password) {
            stored.passwordMissing = true;
        }
    }
    return stored;
}

std::optional<QString> CliContext::askSshKeyPassphrase(const Profile &profile,
                                                       const GatewaySession &session)
{
    if (session.failure != GatewaySession::Failure::SshKeyUnusable
        || !session.ssh.keyNeedsPassphrase || !profile.ssh || !TerminalPrompt::available())
        return std::nullopt;
    std::optional<QString> passphrase = TerminalPrompt::askSecret(
            m_err,
            //: %1 is the SSH jump host's private key file
            tr("Passphrase for the SSH key %1: ")
                    .arg(QDir::toNativeSeparators(profile.ssh->keyFile)));
    if (!passphrase || passphrase->isEmpty())
        return std::nullopt;
    return passphrase;
}

ProfileConnection::Probed CliContext::probe(const Profile &profile,
                                            const ConnectionSecrets &secrets)
{
    ProfileConnection::Probed probed;
    {
        ProfileConnection connection(profile);
        if (const ProfileConnection::Prepared prepared = connection.prepareProbe(secrets);
            !prepared.ok()) {
            probed.error = prepared.error;
            return probed;
        }
        probed = connection.probe();
    }
    if (std::optional<QString> passphrase = askSshKeyPassphrase(profile, probed.session)) {
        ConnectionSecrets again = secrets;
        again.sshKeyPassphrase = *passphrase;
        passphrase->fill(QLatin1Char('\0'));
        ProfileConnection connection(profile);
        if (const ProfileConnection::Prepared prepared = connection.prepareProbe(again);
            !prepared.ok()) {
            probed.error = prepared.error;
            return probed;
        }
        probed = connection.probe();
    }
    return probed;
}

std::optional<QString> CliContext::readPasswordFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray password = in.readAll();
    if (password.endsWith('\n'))
        password.chop(1);
    if (password.endsWith('\r'))
        password.chop(1);
    const QString text = QString::fromUtf8(password);
    password.fill('\0');
    return text;
}

std::optional<QStringList> CliContext::readSecretsFromStdin(int count)
{
    if (count <= 0)
        return QStringList();
    if (count == 1) {
        const std::optional<QString> all = readPasswordFromStdin();
        if (!all)
            return std::nullopt;
        return QStringList {*all};
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QStringList lines;
    for (int i = 0; i < count; ++i) {
        QByteArray line = in.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        lines << QString::fromUtf8(line);
        line.fill('\0');
    }
    return lines;
}
