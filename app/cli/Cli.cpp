// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "CertCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "RequireCommand.h"
#include "BuildInfo.h"
#include "profile/KeychainSecretStore.h"
#include "profile/ProfileStore.h"
#include "profile/ServerHost.h"
#include "mysql/ConnectionTester.h"
#include "mysql/ProfileConnection.h"
#include "mysql/ServerProbeReport.h"
#include "mysql/ServerTrust.h"
#include "cert/CertificateDisplay.h"
#include "cert/CertificateLoader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

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
    if (command == QLatin1String("test"))
        return test(arguments);
    if (command == QLatin1String("probe"))
        return probe(arguments);
    if (command == QLatin1String("trust"))
        return trust(arguments);
    if (command == QLatin1String("cert"))
        return CertCommand::run(arguments, m_out, m_err);
    if (command == QLatin1String("export"))
        return ExportCommand::run(arguments, m_out, m_err);
    if (command == QLatin1String("import"))
        return ImportCommand::run(arguments, m_out, m_err);
    if (command == QLatin1String("require"))
        return RequireCommand::run(arguments, m_out, m_err);
    return usage(tr("unknown command \"%1\"").arg(command));
}

int Cli::version()
{
    const RuntimeVersions v = BuildInfo::runtimeVersions();
    m_out << QStringLiteral("sslcm-cli ") << v.sslcm << Qt::endl << RuntimeVersions::text(v.rows());
    m_out.flush();
    return v.mysqlClientProblem.isEmpty() ? Success : Failure;
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
                "  test PROFILE [--json] [--password-stdin]\n"
                "  test --host H [--port P] [--user U] [--database D] [--ssl-mode MODE]\n"
                "       [--ssl-ca F] [--ssl-capath D] [--ssl-cert F --ssl-key F] [--pin SHA256]\n"
                "       [--tls-version TLSv1.2|TLSv1.3] [--connect-timeout S] "
                "[--password-stdin] [--json]\n"
                "                            test a connection stage by stage through sslcm's "
                "TLS gateway;\n"
                "                            exit 0 secure and verified, 1 connected but weaker, "
                "2 failed\n"
                "  trust PROFILE --use-server-ca|--pin [--yes]\n"
                "                            trust on first use: show the server's CA "
                "certificate (or its\n"
                "                            certificate's fingerprint) and, with --yes, "
                "make it the profile's\n"
                "                            CA file (or pin it)\n"
                "  probe HOST[:PORT] [--ssl-ca F] [--ssl-capath D] [--json]\n"
                "                            the server's TLS facts and certificate chain, "
                "without logging in\n");
    m_out << RequireCommand::help();
    m_out << CertCommand::help();
    m_out << ExportCommand::help() << ImportCommand::help();
    m_out << tr("\n"
                "MODE: disabled, preferred, required, verify-ca, verify-identity (default; "
                "MySQL's\n"
                "VERIFY_IDENTITY spellings are accepted too).\n"
                "\n"
                "Exit status: 0 success, 2 failure (reason on standard error), 3 usage error;\n"
                "test, probe, trust and cert use 1 for \"worked, but weaker than asked\".\n");
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

// The connection options shared by `profiles add` and `test`.
struct Cli::ConnectionOptions
{
    explicit ConnectionOptions(QCommandLineParser &parser)
    {
        for (QCommandLineOption *o :
             {&name, &host, &port, &user, &database, &sslMode, &sslCa, &sslCapath, &sslCert,
              &sslKey, &tlsVersion, &cipher, &pin, &timeout, &notes, &passwordStdin})
            parser.addOption(*o);
    }
    QCommandLineOption name {QStringLiteral("name"), QString(), QStringLiteral("N")};
    QCommandLineOption host {QStringLiteral("host"), QString(), QStringLiteral("H")};
    QCommandLineOption port {QStringLiteral("port"), QString(), QStringLiteral("P")};
    QCommandLineOption user {QStringLiteral("user"), QString(), QStringLiteral("U")};
    QCommandLineOption database {QStringLiteral("database"), QString(), QStringLiteral("D")};
    QCommandLineOption sslMode {QStringLiteral("ssl-mode"), QString(), QStringLiteral("MODE")};
    QCommandLineOption sslCa {QStringLiteral("ssl-ca"), QString(), QStringLiteral("F")};
    QCommandLineOption sslCapath {QStringLiteral("ssl-capath"), QString(), QStringLiteral("D")};
    QCommandLineOption sslCert {QStringLiteral("ssl-cert"), QString(), QStringLiteral("F")};
    QCommandLineOption sslKey {QStringLiteral("ssl-key"), QString(), QStringLiteral("F")};
    QCommandLineOption tlsVersion {QStringLiteral("tls-version"), QString(), QStringLiteral("V")};
    QCommandLineOption cipher {QStringLiteral("ssl-cipher"), QString(), QStringLiteral("C")};
    QCommandLineOption pin {QStringLiteral("pin"), QString(), QStringLiteral("SHA256")};
    QCommandLineOption timeout {QStringLiteral("connect-timeout"), QString(), QStringLiteral("S")};
    QCommandLineOption notes {QStringLiteral("notes"), QString(), QStringLiteral("TEXT")};
    QCommandLineOption passwordStdin {QStringLiteral("password-stdin")};
};

int Cli::applyConnectionOptions(const QCommandLineParser &parser, const ConnectionOptions &o,
                                Profile &p)
{
    if (!parser.isSet(o.host) || parser.value(o.host).trimmed().isEmpty())
        return usage(tr("--host is required"));
    p.name = parser.value(o.name).trimmed();
    p.host = parser.value(o.host).trimmed();
    p.user = parser.value(o.user);
    p.database = parser.value(o.database);
    p.cipherList = parser.value(o.cipher);
    p.notes = parser.value(o.notes);
    if (parser.isSet(o.port)) {
        bool ok = false;
        const uint value = parser.value(o.port).toUInt(&ok);
        if (!ok || value < 1 || value > 65535)
            return usage(tr("--port must be a number between 1 and 65535, not \"%1\"")
                                 .arg(parser.value(o.port)));
        p.port = quint16(value);
    }
    if (parser.isSet(o.sslMode)) {
        const auto mode = SslModes::fromString(parser.value(o.sslMode));
        if (!mode)
            return usage(tr("unknown --ssl-mode \"%1\"; use disabled, preferred, required, "
                            "verify-ca or verify-identity")
                                 .arg(parser.value(o.sslMode)));
        p.sslMode = *mode;
    }
    if (parser.isSet(o.tlsVersion)) {
        const auto version = TlsVersions::fromString(parser.value(o.tlsVersion));
        if (!version)
            return usage(tr("unknown --tls-version \"%1\"; use TLSv1.2 or TLSv1.3")
                                 .arg(parser.value(o.tlsVersion)));
        p.minTlsVersion = *version;
    }
    if (parser.isSet(o.pin)) {
        const auto fingerprint = Profile::parseSha256(parser.value(o.pin));
        if (!fingerprint || fingerprint->isEmpty())
            return usage(tr("--pin must be a SHA-256 fingerprint (64 hex digits)"));
        p.pinnedSha256 = *fingerprint;
    }
    if (parser.isSet(o.timeout)) {
        bool ok = false;
        p.connectTimeoutSeconds = parser.value(o.timeout).toInt(&ok);
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
         {PathOption {o.sslCa, &p.caFile, false}, PathOption {o.sslCapath, &p.caDirectory, true},
          PathOption {o.sslCert, &p.clientCertificate, false},
          PathOption {o.sslKey, &p.clientKey, false}}) {
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
    QStringList problems = p.validate();
    if (p.name.isEmpty())
        problems.removeAll(Profile::tr("The profile needs a name."));
    if (!problems.isEmpty())
        return usage(problems.join(QLatin1Char(' ')));
    return -1;
}

std::optional<QString> Cli::readPasswordFromStdin()
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

int Cli::profilesAdd(const QStringList &arguments)
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
    if (const int code = applyConnectionOptions(parser, options, p); code >= 0)
        return code;
    if (!openStore(true))
        return fail(tr("the profile file cannot be changed; nothing was added"));

    if (parser.isSet(options.passwordStdin)) {
        const std::optional<QString> password = readPasswordFromStdin();
        if (!password)
            return fail(tr("could not read the password from standard input"));
        if (password->isEmpty())
            return usage(tr("--password-stdin: standard input held no password"));
        // The secret goes first: if the keychain cannot take it, no half-configured profile is
        // left behind.
        const SecretResult stored = secrets().writeBlocking(p.id, SecretKind::Password, *password);
        if (!stored.ok())
            return fail(tr("the password could not be stored, so the profile was not added: %1")
                                .arg(stored.message));
    }

    const StoreSaveResult saved = m_store->add(p);
    if (!saved) {
        if (parser.isSet(options.passwordStdin))
            secrets().removeBlocking(p.id, SecretKind::Password);
        return fail(saved.error);
    }
    m_out << tr("Added profile \"%1\" (%2).").arg(p.name, p.id.toString(QUuid::WithoutBraces))
          << Qt::endl;
    return Success;
}

int Cli::test(const QStringList &arguments)
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
    if (positional.size() == 1) {
        if (parser.isSet(options.host))
            return usage(tr("give either a profile or --host, not both"));
        openStore(false);
        const QList<Profile> found = m_store->find(positional.first());
        if (found.isEmpty())
            return fail(tr("no profile is named or has the id \"%1\"").arg(positional.first()));
        if (found.size() > 1)
            return fail(tr("%n profiles are named \"%1\"; give the id instead", nullptr,
                           int(found.size()))
                                .arg(positional.first()));
        p = found.first();
        // A profile stored by an older sslcm may not connect as it says (Verify CA without a
        // CA, an ambiguous address): nothing is sent anywhere.
        if (const QStringList problems = p.connectionProblems(); !problems.isEmpty())
            return fail(tr("profile \"%1\" cannot be tested as it is: %2")
                                .arg(p.name, problems.join(QLatin1Char(' '))));
        if (!parser.isSet(options.passwordStdin)) {
            for (SecretKind kind : {SecretKind::Password, SecretKind::KeyPassphrase}) {
                const SecretResult secret = secrets().readBlocking(p.id, kind);
                if (secret.ok())
                    (kind == SecretKind::Password ? request.password : request.keyPassphrase)
                            = secret.secret;
                else if (secret.status != SecretResult::Status::NotFound)
                    m_err << QStringLiteral("sslcm-cli: ") << secret.message << Qt::endl;
            }
        }
    } else {
        if (const int code = applyConnectionOptions(parser, options, p); code >= 0)
            return code;
        p.name = p.addressText();
    }
    if (parser.isSet(options.passwordStdin)) {
        const std::optional<QString> password = readPasswordFromStdin();
        if (!password)
            return fail(tr("could not read the password from standard input"));
        request.password = *password;
    }

    const bool asJson = parser.isSet(json);
    QHash<int, TestStage::Status> shown;
    const ConnectionReport report = ConnectionTester::run(request, [&](const TestStage &stage) {
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
    });
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

int Cli::probe(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ca(QStringLiteral("ssl-ca"), QString(), QStringLiteral("F"));
    const QCommandLineOption capath(QStringLiteral("ssl-capath"), QString(), QStringLiteral("D"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption timeout(QStringLiteral("connect-timeout"), QString(),
                                     QStringLiteral("S"));
    for (const QCommandLineOption &o : {ca, capath, json, timeout})
        parser.addOption(o);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usage(tr("\"probe\" takes one HOST or HOST:PORT"));

    // HOST, HOST:PORT, [IPv6]:PORT or a bare IPv6 address.
    const QString target = parser.positionalArguments().first();
    static const QRegularExpression form(
            QStringLiteral("^(?:\\[([^\\]]+)\\]|([^:]+))(?::(\\d+))?$"));
    const QRegularExpressionMatch m = form.match(target);
    Profile server;
    if (m.hasMatch()) {
        server.host = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        if (!m.captured(3).isEmpty()) {
            const uint port = m.captured(3).toUInt();
            if (port < 1 || port > 65535)
                return usage(tr("the port must be between 1 and 65535"));
            server.port = quint16(port);
        }
    } else if (target.count(QLatin1Char(':')) > 1) {
        server.host = target; // a bare IPv6 address
    } else {
        return usage(tr("\"%1\" is not HOST or HOST:PORT").arg(target));
    }
    if (const ServerHost host = ServerHost::parse(server.host); !host.isValid())
        return usage(host.problem());
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = parser.value(timeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > Profile::maxConnectTimeoutSeconds)
            return usage(tr("--connect-timeout must be a number of seconds"));
        server.connectTimeoutSeconds = seconds;
    }
    for (const auto &[option, target] :
         {std::pair {&ca, &server.caFile}, std::pair {&capath, &server.caDirectory}}) {
        if (parser.isSet(*option))
            *target = QFileInfo(parser.value(*option)).absoluteFilePath();
    }

    const ProfileConnection::Probed probed = ProfileConnection(server).probe();
    if (!probed.error.isEmpty())
        return fail(probed.error);
    const GatewaySession &s = probed.session;
    const ServerProbeReport report(server, s);
    if (parser.isSet(json))
        m_out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        m_out << report.toText();
    m_out.flush();
    if (!s.tlsUsed)
        return Failure;
    return s.failure == GatewaySession::Failure::None ? Success : Weaker;
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

int Cli::trust(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption useCa(QStringLiteral("use-server-ca"));
    const QCommandLineOption pin(QStringLiteral("pin"));
    const QCommandLineOption yes(QStringLiteral("yes"));
    for (const QCommandLineOption &o : {useCa, pin, yes})
        parser.addOption(o);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.positionalArguments().size() != 1 || parser.isSet(useCa) == parser.isSet(pin))
        return usage(tr("\"trust\" takes one profile and either --use-server-ca or --pin"));
    if (!openStore(true))
        return fail(tr("the profile file cannot be changed"));
    const QList<Profile> found = m_store->find(parser.positionalArguments().first());
    if (found.size() != 1)
        return fail(found.isEmpty() ? tr("no profile is named or has the id \"%1\"")
                                              .arg(parser.positionalArguments().first())
                                    : tr("%n profiles are named \"%1\"; give the id instead",
                                         nullptr, int(found.size()))
                                              .arg(parser.positionalArguments().first()));
    Profile profile = found.first();
    // Trusting on first use is how a Verify CA profile without a CA gets one; an address that
    // programs read differently is refused before anything is sent.
    if (const ServerHost host = ServerHost::parse(profile.host); !host.isValid())
        return fail(tr("profile \"%1\": %2").arg(profile.name, host.problem()));

    const ProfileConnection::Probed probed = ProfileConnection(profile).probe();
    if (!probed.error.isEmpty())
        return fail(probed.error);
    const GatewaySession &session = probed.session;
    if (!session.tlsUsed)
        return fail(tr("no TLS session with %1: %2").arg(profile.addressText(), session.detail));

    const std::optional<QByteArray> der = parser.isSet(useCa)
            ? ServerTrust::chainCaCertificate(session)
            : std::optional<QByteArray>(session.peerChain.value(0));
    if (!der || der->isEmpty())
        return fail(tr("the server presented no CA certificate to trust; pin its certificate "
                       "with --pin instead"));
    const std::optional<CertificateInfo> cert = CertificateLoader::fromDer(*der);
    if (!cert)
        return fail(tr("the server's certificate could not be read"));
    m_out << (parser.isSet(useCa) ? tr("CA certificate presented by %1:")
                                  : tr("Server certificate presented by %1:"))
                     .arg(profile.addressText())
          << Qt::endl
          << tr("  subject: %1").arg(CertificateDisplay::name(cert->subject)) << Qt::endl
          << tr("  issuer:  %1").arg(CertificateDisplay::name(cert->issuer)) << Qt::endl
          << tr("  valid:   %1 to %2")
                     .arg(CertificateDisplay::dateTimeUtc(cert->notBefore),
                          CertificateDisplay::dateTimeUtc(cert->notAfter))
          << Qt::endl
          << QStringLiteral("  SHA-256: ") << CertificateDisplay::fingerprint(cert->sha256)
          << Qt::endl;
    if (!parser.isSet(yes)) {
        m_out << tr("Compare the fingerprint with one from the server's administrator or "
                    "provider, then run again with --yes to trust it.")
              << Qt::endl;
        return Weaker;
    }
    if (parser.isSet(useCa)) {
        const ServerTrust::Adopted adopted = ServerTrust::adoptCaCertificate(profile, *der);
        if (!adopted.ok)
            return fail(adopted.error);
        m_out << tr("Saved as %1; it is now the profile's CA file (mode %2).")
                         .arg(QDir::toNativeSeparators(adopted.caFile),
                              SslModes::key(profile.sslMode))
              << Qt::endl;
    } else {
        ServerTrust::pinServerCertificate(profile, session);
        m_out << tr("Pinned; a different certificate will be refused (mode %1).")
                         .arg(SslModes::key(profile.sslMode))
              << Qt::endl;
    }
    if (const StoreSaveResult saved = m_store->update(profile); !saved)
        return fail(saved.error);
    return Success;
}
