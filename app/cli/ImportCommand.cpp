// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "interop/ConnectionImporter.h"
#include "CliContext.h"
#include "profile/SecretStore.h"
#include "profile/ProfileStore.h"

#include <QCommandLineParser>
#include <QFileInfo>

QString ImportCommand::help()
{
    return tr("  import FILE|URI|\"mysql ...\" [--dry-run] [--include-duplicates] "
              "[--store-passwords]\n"
              "                            import connections from an option file, MySQL "
              "Workbench,\n"
              "                            DBeaver, an sslcm export, a URI or a command line; "
              "shows what\n"
              "                            cannot be carried over and skips existing profiles;\n"
              "                            exit 1 when a connection cannot be imported (an "
              "ambiguous address)\n");
}

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Only show what would happen."));
    const QCommandLineOption duplicates(QStringLiteral("include-duplicates"),
                                        tr("Also add profiles that already exist."));
    const QCommandLineOption storePasswords(QStringLiteral("store-passwords"),
                                            tr("Store passwords found in the keychain."));
    parser.addOptions({dryRun, duplicates, storePasswords});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(tr("\"import\" needs a file, a URI or a command line"));
    const QString source = positional.join(QLatin1Char(' '));
    ImportResult result = positional.size() == 1 && QFileInfo::exists(source)
            ? ConnectionImporter::importFile(source)
            : ConnectionImporter::importText(source);
    if (!result.ok())
        return fail(result.summary().trimmed());
    ProfileStore &store = m_cli.store();
    result.markDuplicates(store.profiles());
    m_out << result.summary();
    if (parser.isSet(dryRun)) {
        m_out << tr("Dry run: nothing was added.") << Qt::endl;
        return Success;
    }
    if (!store.isWritable())
        return fail(tr("the profile store cannot be written"));
    const bool includeDuplicates = parser.isSet(duplicates);
    int added = 0;
    for (const ImportResult::Connection &c : std::as_const(result.connections)) {
        // The summary above says why a connection cannot be imported.
        if (!c.isImportable() || (c.isDuplicate() && !includeDuplicates))
            continue;
        Profile p = c.profile;
        if (c.isDuplicate() && p.id == c.duplicateOf)
            p.id = QUuid::createUuid();
        const StoreSaveResult saved = store.add(p);
        if (!saved)
            return fail(saved.error);
        ++added;
        // The database's password and the SSH jump host's password or key passphrase.
        const QList<ImportResult::Secret> found = c.secrets();
        if (found.isEmpty())
            continue;
        if (!parser.isSet(storePasswords)) {
            m_out << tr("The passwords of \"%1\" were not stored; use --store-passwords to put "
                        "them in the keychain.")
                             .arg(p.name)
                  << Qt::endl;
            continue;
        }
        for (const ImportResult::Secret &secret : found) {
            const SecretResult stored
                    = m_cli.secrets().writeBlocking(p.id, secret.kind, secret.value);
            if (!stored.ok())
                m_cli.note(tr("a password of \"%1\" could not be stored: %2")
                                   .arg(p.name, stored.message));
        }
    }
    //: %n profiles were added, %1 duplicates skipped
    m_out << tr("%n profile(s) added", nullptr, added);
    if (result.duplicateCount() > 0 && !includeDuplicates)
        m_out << tr("; %1 already existing skipped").arg(result.duplicateCount());
    if (result.unimportableCount() > 0)
        m_out << tr("; %1 that cannot be imported left out").arg(result.unimportableCount());
    m_out << Qt::endl;
    // Scripts learn that not everything came in.
    return result.unimportableCount() > 0 ? Weaker : Success;
}
