// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "interop/ProfileExporter.h"
#include "profile/KeychainSecretStore.h"
#include "profile/ProfileStore.h"

#include <QCommandLineParser>

namespace {

int usage(QTextStream &err, const QString &reason)
{
    err << QStringLiteral("sslcm-cli: ") << reason << Qt::endl
        << ExportCommand::tr("Run \"sslcm-cli --help\" for usage.") << Qt::endl;
    return 3;
}

int fail(QTextStream &err, const QString &reason)
{
    err << QStringLiteral("sslcm-cli: ") << reason << Qt::endl;
    return 2;
}

} // namespace

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

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
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
        return usage(err, parser.errorText());
    const QStringList positional = parser.positionalArguments();

    ProfileStore store(ProfileStore::defaultFilePath());
    const StoreLoadResult loaded = store.load();
    if (loaded.needsAttention())
        err << QStringLiteral("sslcm-cli: ") << loaded.message() << Qt::endl;

    ExportResult result;
    if (parser.isSet(all)) {
        if (!positional.isEmpty() || parser.isSet(withPassword))
            return usage(err, tr("--all exports every profile as sslcm JSON, without secrets"));
        result = ProfileExporter::exportProfiles(store.profiles());
    } else {
        if (positional.size() != 1)
            return usage(err, tr("\"export\" needs one profile name or id"));
        if (!parser.isSet(as))
            return usage(err, tr("\"export\" needs --as FORMAT"));
        const auto format = ExportFormats::fromKey(parser.value(as));
        if (!format)
            return usage(err, tr("unknown format \"%1\"").arg(parser.value(as)));
        const QList<Profile> found = store.find(positional.first());
        if (found.isEmpty())
            return fail(err, tr("no profile \"%1\"").arg(positional.first()));
        if (found.size() > 1)
            return fail(err,
                        tr("more than one profile is called \"%1\"; use its id")
                                .arg(positional.first()));
        QString password;
        if (parser.isSet(withPassword)) {
            if (!parser.isSet(output))
                return usage(err, tr("--with-password writes only into a file (--output FILE)"));
            KeychainSecretStore secrets;
            const SecretResult read = secrets.readBlocking(found.first().id, SecretKind::Password);
            if (!read.ok())
                return fail(err,
                            tr("cannot read the password from the keychain: %1").arg(read.message));
            password = read.secret;
        }
        result = ProfileExporter::exportProfile(found.first(), *format, password);
    }
    for (const QString &w : std::as_const(result.warnings))
        err << tr("warning: %1").arg(w) << Qt::endl;
    if (parser.isSet(output)) {
        const auto saved = ProfileExporter::saveToFile(result, parser.value(output));
        if (!saved.ok)
            return fail(err, saved.error);
        for (const QString &w : saved.warnings)
            err << tr("warning: %1").arg(w) << Qt::endl;
        return 0;
    }
    out << result.text;
    out.flush();
    return 0;
}
