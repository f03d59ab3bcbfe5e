// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "interop/ProfileExporter.h"
#include "CliContext.h"
#include "profile/SecretStore.h"
#include "profile/ProfileStore.h"

#include <QCommandLineParser>

QString ExportCommand::help()
{
    QStringList keys;
    for (ExportFormat f : ExportFormats::all())
        keys << ExportFormats::key(f);
    return tr("  export PROFILE --as FORMAT [--output FILE] [--with-password]\n"
              "  export --all [--output FILE]\n"
              "                            write a profile for another client or application;\n"
              "                            FORMAT: %1\n"
              "                            --with-password writes the keychain's password into "
              "FILE (mode 0600)\n")
            .arg(keys.join(QStringLiteral(", ")));
}

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption as(QStringLiteral("as"), tr("Format."), QStringLiteral("format"));
    const QCommandLineOption output(QStringLiteral("output"), tr("File to write."),
                                    QStringLiteral("file"));
    const QCommandLineOption withPassword(QStringLiteral("with-password"),
                                          tr("Include the password (file only)."));
    const QCommandLineOption all(QStringLiteral("all"), tr("Every profile, as sslcm JSON."));
    parser.addOptions({as, output, withPassword, all});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();

    ProfileStore &store = m_cli.store();

    ExportResult result;
    if (parser.isSet(all)) {
        if (!positional.isEmpty() || parser.isSet(withPassword))
            return usage(tr("--all exports every profile as sslcm JSON, without secrets"));
        result = ProfileExporter::exportProfiles(store.profiles());
    } else {
        if (positional.size() != 1)
            return usage(tr("\"export\" needs one profile name or id"));
        if (!parser.isSet(as))
            return usage(tr("\"export\" needs --as FORMAT"));
        const auto format = ExportFormats::fromKey(parser.value(as));
        if (!format)
            return usage(tr("unknown format \"%1\"").arg(parser.value(as)));
        const std::optional<Profile> found = m_cli.findProfile(positional.first());
        if (!found)
            return Failure;
        QString password;
        if (parser.isSet(withPassword)) {
            if (!parser.isSet(output))
                return usage(tr("--with-password writes only into a file (--output FILE)"));
            const SecretResult read = m_cli.secrets().readBlocking(found->id, SecretKind::Password);
            if (!read.ok())
                return fail(tr("cannot read the password from the keychain: %1").arg(read.message));
            password = read.secret;
        }
        result = ProfileExporter::exportProfile(*found, *format, password);
    }
    for (const QString &w : std::as_const(result.warnings))
        m_cli.note(tr("warning: %1").arg(w));
    if (parser.isSet(output)) {
        const auto saved = ProfileExporter::saveToFile(result, parser.value(output));
        if (!saved.ok)
            return fail(saved.error);
        for (const QString &w : saved.warnings)
            m_cli.note(tr("warning: %1").arg(w));
        return Success;
    }
    m_out << result.text;
    m_out.flush();
    return Success;
}
