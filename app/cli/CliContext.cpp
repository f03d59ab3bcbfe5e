// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "CliCommand.h"
#include "profile/KeychainSecretStore.h"
#include "profile/ProfileStore.h"

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
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>();
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
    Secrets stored;
    QList<SecretKind> kinds {SecretKind::KeyPassphrase};
    if (profile.passwordSource.kind == PasswordSource::Kind::Keychain)
        kinds.prepend(SecretKind::Password);
    for (SecretKind kind : kinds) {
        const SecretResult secret = secrets().readBlocking(profile.id, kind);
        if (secret.ok())
            (kind == SecretKind::Password ? stored.password : stored.keyPassphrase) = secret.secret;
        else if (secret.status != SecretResult::Status::NotFound)
            note(secret.message);
    }
    return stored;
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
