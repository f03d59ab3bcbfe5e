// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfilesRemoveCommand.h"

#include "CliContext.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include <QCommandLineParser>

int ProfilesRemoveCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(tr("\"profiles remove\" takes exactly one profile name or id"));
    if (!m_cli.store().isWritable())
        return fail(tr("the profile file cannot be changed; nothing was removed"));

    const std::optional<Profile> found = m_cli.findProfile(positional.first());
    if (!found)
        return Failure;
    const Profile &p = *found;
    if (const StoreSaveResult saved = m_cli.store().remove(p.id); !saved)
        return fail(saved.error);
    m_out << tr("Removed profile \"%1\" (%2).").arg(p.name, p.id.toString(QUuid::WithoutBraces))
          << Qt::endl;
    for (SecretKind kind : SecretStore::allKinds()) {
        const SecretResult removed = m_cli.secrets().removeBlocking(p.id, kind);
        if (removed.status != SecretResult::Status::Ok
            && removed.status != SecretResult::Status::NotFound) {
            m_cli.note(tr("warning: the profile's stored secrets could not be deleted: %1")
                               .arg(removed.message));
            break;
        }
    }
    return Success;
}
