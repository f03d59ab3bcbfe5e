// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "BuildInfo.h"
#include "profile/KeychainSecretStore.h"
#include "profile/ProfileStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace {

// What `sslcm-cli profiles list --json` prints for each profile. Field names are stable and
// documented in the README; secrets are never part of a profile.
QJsonObject profileJson(const Profile &p)
{
    QJsonObject o = p.toJson();
    for (const QString &key : p.unknownFields.keys())
        o.remove(key);
    o.insert(QStringLiteral("pinnedSha256"), p.pinnedSha256Text());
    return o;
}

QString pad(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

} // namespace

Cli::Cli()
    : m_out(stdout)
    , m_err(stderr)
{ }

Cli::~Cli() = default;

int Cli::fail(const QString &reason)
{
    m_err << QStringLiteral("sslcm-cli: ") << reason << Qt::endl;
    return Failure;
}

int Cli::usage(const QString &reason)
{
    m_err << QStringLiteral("sslcm-cli: ") << reason << Qt::endl
          << tr("Run \"sslcm-cli --help\" for usage.") << Qt::endl;
    return UsageError;
}

int Cli::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage(tr("missing command"));
    const QString command = arguments.first();
    if (command == QLatin1String("--version") || command == QLatin1String("-V")
        || command == QLatin1String("version"))
        return version();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help"))
        return help();
    if (command == QLatin1String("profiles"))
        return profiles(arguments.mid(1));
    return usage(tr("unknown command \"%1\"").arg(command));
}

int Cli::version()
{
    const RuntimeVersions v = BuildInfo::runtimeVersions();
    m_out << QStringLiteral("sslcm-cli ") << v.sslcm << Qt::endl;
    m_out << QStringLiteral("Qt ") << v.qt << Qt::endl;
    m_out << v.openssl << Qt::endl;
    if (v.mysqlClient.isEmpty())
        m_out << tr("MySQL client library: not loaded (%1)").arg(v.mysqlClientProblem) << Qt::endl;
    else
        m_out << tr("MySQL client library: %1 (%2)").arg(v.mysqlClient, v.mysqlClientPath)
              << Qt::endl;
    return Success;
}

int Cli::help()
{
    m_out << tr("Usage: sslcm-cli COMMAND [OPTIONS]\n"
                "\n"
                "Commands:\n"
                "  --version                 versions of sslcm, Qt, OpenSSL and the MySQL client "
                "library in use\n"
                "  profiles list [--json]    list the saved connection profiles\n"
                "  profiles add --name N --host H [--port P] [--user U] [--database D]\n"
                "               [--ssl-mode MODE] [--ssl-ca F] [--ssl-capath D] [--ssl-cert F]\n"
                "               [--ssl-key F] [--tls-version TLSv1.2|TLSv1.3] [--ssl-cipher C]\n"
                "               [--pin SHA256] [--connect-timeout S] [--notes TEXT]\n"
                "               [--password-stdin]\n"
                "                            add a profile; the password read from standard "
                "input goes\n"
                "                            to the system keychain, never to a file\n"
                "  profiles remove NAME|ID   remove a profile and its stored secrets\n"
                "\n"
                "MODE: disabled, preferred, required, verify-ca, verify-identity (default; "
                "MySQL's\n"
                "VERIFY_IDENTITY spellings are accepted too).\n"
                "\n"
                "Exit status: 0 success, 2 failure (reason on standard error), 3 usage error.\n");
    m_out.flush();
    return Success;
}

bool Cli::openStore(bool forWriting)
{
    m_store = std::make_unique<ProfileStore>(ProfileStore::defaultFilePath());
    const StoreLoadResult loaded = m_store->load();
    if (loaded.needsAttention())
        m_err << QStringLiteral("sslcm-cli: ") << loaded.message() << Qt::endl;
    return !forWriting || m_store->isWritable();
}

SecretStore &Cli::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>();
    return *m_secrets;
}

int Cli::profiles(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage(tr("\"profiles\" needs a subcommand: list, add or remove"));
    const QString sub = arguments.first();
    if (sub == QLatin1String("list"))
        return profilesList(arguments);
    if (sub == QLatin1String("add"))
        return profilesAdd(arguments);
    if (sub == QLatin1String("remove"))
        return profilesRemove(arguments);
    return usage(tr("unknown subcommand \"profiles %1\"").arg(sub));
}

int Cli::profilesList(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    openStore(false);

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Profile &p : m_store->profiles())
            array.append(profileJson(p));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (m_store->count() == 0) {
        m_out << tr("No profiles. Add one with \"sslcm-cli profiles add --name NAME --host HOST\" "
                    "or in the sslcm window.")
              << Qt::endl;
        return Success;
    }
    QList<QStringList> rows {{tr("NAME"), tr("SERVER"), tr("USER"), tr("SSL MODE"), tr("ID")}};
    for (const Profile &p : m_store->profiles())
        rows << QStringList {p.name, p.host + QLatin1Char(':') + QString::number(p.port), p.user,
                             SslModes::key(p.sslMode), p.id.toString(QUuid::WithoutBraces)};
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows)
        for (int c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], int(row.at(c).size()));
    for (const QStringList &row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? pad(row.at(c), widths[c] + 2) : row.at(c);
        m_out << line << Qt::endl;
    }
    return Success;
}

int Cli::profilesAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    auto valueOption = [&parser](const QString &name, const QString &valueName) {
        QCommandLineOption option(name, QString(), valueName);
        parser.addOption(option);
        return option;
    };
    const auto name = valueOption(QStringLiteral("name"), QStringLiteral("N"));
    const auto host = valueOption(QStringLiteral("host"), QStringLiteral("H"));
    const auto port = valueOption(QStringLiteral("port"), QStringLiteral("P"));
    const auto user = valueOption(QStringLiteral("user"), QStringLiteral("U"));
    const auto database = valueOption(QStringLiteral("database"), QStringLiteral("D"));
    const auto sslMode = valueOption(QStringLiteral("ssl-mode"), QStringLiteral("MODE"));
    const auto sslCa = valueOption(QStringLiteral("ssl-ca"), QStringLiteral("F"));
    const auto sslCapath = valueOption(QStringLiteral("ssl-capath"), QStringLiteral("D"));
    const auto sslCert = valueOption(QStringLiteral("ssl-cert"), QStringLiteral("F"));
    const auto sslKey = valueOption(QStringLiteral("ssl-key"), QStringLiteral("F"));
    const auto tlsVersion = valueOption(QStringLiteral("tls-version"), QStringLiteral("V"));
    const auto cipher = valueOption(QStringLiteral("ssl-cipher"), QStringLiteral("C"));
    const auto pin = valueOption(QStringLiteral("pin"), QStringLiteral("SHA256"));
    const auto timeout = valueOption(QStringLiteral("connect-timeout"), QStringLiteral("S"));
    const auto notes = valueOption(QStringLiteral("notes"), QStringLiteral("TEXT"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"));
    parser.addOption(passwordStdin);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty())
        return usage(tr("--name is required"));
    if (!parser.isSet(host) || parser.value(host).trimmed().isEmpty())
        return usage(tr("--host is required"));

    Profile p = Profile::create();
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
            return usage(tr("--port must be a number between 1 and 65535, not \"%1\"")
                                 .arg(parser.value(port)));
        p.port = quint16(value);
    }
    if (parser.isSet(sslMode)) {
        const auto mode = SslModes::fromString(parser.value(sslMode));
        if (!mode)
            return usage(tr("unknown --ssl-mode \"%1\"; use disabled, preferred, required, "
                            "verify-ca or verify-identity")
                                 .arg(parser.value(sslMode)));
        p.sslMode = *mode;
    }
    if (parser.isSet(tlsVersion)) {
        const auto version = TlsVersions::fromString(parser.value(tlsVersion));
        if (!version)
            return usage(tr("unknown --tls-version \"%1\"; use TLSv1.2 or TLSv1.3")
                                 .arg(parser.value(tlsVersion)));
        p.minTlsVersion = *version;
    }
    if (parser.isSet(pin)) {
        const auto fingerprint = Profile::parseSha256(parser.value(pin));
        if (!fingerprint || fingerprint->isEmpty())
            return usage(tr("--pin must be a SHA-256 fingerprint (64 hex digits)"));
        p.pinnedSha256 = *fingerprint;
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        p.connectTimeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok)
            return usage(tr("--connect-timeout must be a number of seconds"));
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
            return fail(tr("--%1: %2 does not exist").arg(path.option.names().first(), shown));
        if (path.directory != info.isDir())
            return fail((path.directory ? tr("--%1: %2 is not a folder")
                                        : tr("--%1: %2 is a folder, not a file"))
                                .arg(path.option.names().first(), shown));
        if (!info.isReadable())
            return fail(tr("--%1: %2 cannot be read (check its permissions)")
                                .arg(path.option.names().first(), shown));
        *path.target = info.absoluteFilePath();
    }
    if (const QStringList problems = p.validate(); !problems.isEmpty())
        return usage(problems.join(QLatin1Char(' ')));

    if (!openStore(true))
        return fail(tr("the profile file cannot be changed; nothing was added"));

    if (parser.isSet(passwordStdin)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(tr("could not read the password from standard input"));
        QByteArray password = in.readAll();
        if (password.endsWith('\n'))
            password.chop(1);
        if (password.endsWith('\r'))
            password.chop(1);
        if (password.isEmpty())
            return usage(tr("--password-stdin: standard input held no password"));
        // The secret goes first: if the keychain cannot take it, no half-configured profile is
        // left behind.
        const SecretResult stored
                = secrets().writeBlocking(p.id, SecretKind::Password, QString::fromUtf8(password));
        password.fill('\0');
        if (!stored.ok())
            return fail(tr("the password could not be stored, so the profile was not added: %1")
                                .arg(stored.message));
    }

    const StoreSaveResult saved = m_store->add(p);
    if (!saved) {
        if (parser.isSet(passwordStdin))
            secrets().removeBlocking(p.id, SecretKind::Password);
        return fail(saved.error);
    }
    m_out << tr("Added profile \"%1\" (%2).").arg(p.name, p.id.toString(QUuid::WithoutBraces))
          << Qt::endl;
    return Success;
}

int Cli::profilesRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(tr("\"profiles remove\" takes exactly one profile name or id"));
    if (!openStore(true))
        return fail(tr("the profile file cannot be changed; nothing was removed"));

    const QList<Profile> found = m_store->find(positional.first());
    if (found.isEmpty())
        return fail(tr("no profile is named or has the id \"%1\"").arg(positional.first()));
    if (found.size() > 1) {
        QStringList ids;
        for (const Profile &p : found)
            ids << p.id.toString(QUuid::WithoutBraces);
        return fail(tr("%n profiles are named \"%1\"; remove one by its id: %2", nullptr,
                       int(found.size()))
                            .arg(positional.first(), ids.join(QStringLiteral(", "))));
    }
    const Profile &p = found.first();
    if (const StoreSaveResult saved = m_store->remove(p.id); !saved)
        return fail(saved.error);
    m_out << tr("Removed profile \"%1\" (%2).").arg(p.name, p.id.toString(QUuid::WithoutBraces))
          << Qt::endl;
    for (SecretKind kind : {SecretKind::Password, SecretKind::KeyPassphrase}) {
        const SecretResult removed = secrets().removeBlocking(p.id, kind);
        if (removed.status != SecretResult::Status::Ok
            && removed.status != SecretResult::Status::NotFound) {
            m_err << QStringLiteral("sslcm-cli: ")
                  << tr("warning: the profile's stored secrets could not be deleted: %1")
                             .arg(removed.message)
                  << Qt::endl;
            break;
        }
    }
    return Success;
}
