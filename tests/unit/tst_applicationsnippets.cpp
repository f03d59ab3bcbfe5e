// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UtcDateTime.h"
#include "interop/ApplicationSnippets.h"
#include "interop/ConnectionUri.h"
#include "interop/ProfileExporter.h"
#include "interop/ShellWords.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ExportFormat)
Q_DECLARE_METATYPE(SslMode)
Q_DECLARE_METATYPE(Profile)

// Every export format, one at a time: the TLS mode becomes the client's own option, the file
// paths arrive intact whatever characters they hold (proved by a real shell or a real parser where
// one exists), and no password is written unless one is handed over. The recorded outputs in
// application-snippets/ pin every byte (SSLCM_RECORD_SNIPPETS=1 rewrites them).
namespace {

const QString hostilePath = QStringLiteral("/tmp/my certs/it's \"a\" $HOME `id` \\x\n.pem");
const QString spacedPath = QStringLiteral("/tmp/my certs/it's \"a\" $HOME `id` \\x.pem");
const QString sentinel = QStringLiteral("Pa55-sentinel-w0rd");

Profile profile(SslMode mode, const QString &paths = {})
{
    Profile p = Profile::create(utcDateTime(QDate(2024, 5, 1), QTime(12, 0)));
    p.name = QStringLiteral("Shop");
    p.host = QStringLiteral("db.example.com");
    p.port = 3310;
    p.user = QStringLiteral("app");
    p.database = QStringLiteral("shop");
    p.sslMode = mode;
    p.connectTimeoutSeconds = 17;
    if (!paths.isEmpty()) {
        p.caFile = paths + QStringLiteral("-ca");
        p.clientCertificate = paths + QStringLiteral("-cert");
        p.clientKey = paths + QStringLiteral("-key");
    }
    return p;
}

PasswordSource awsIam(const QString &region = {}, const QString &awsProfile = {})
{
    PasswordSource s;
    s.kind = PasswordSource::Kind::AwsIam;
    s.awsRegion = region;
    s.awsProfile = awsProfile;
    return s;
}

PasswordSource command(const QStringList &argv, bool clearTextToken)
{
    PasswordSource s;
    s.kind = PasswordSource::Kind::Command;
    s.command = argv;
    s.clearTextToken = clearTextToken;
    return s;
}

// One profile per kind of password that is made when connecting.
QList<std::pair<QString, Profile>> passwordSourceProfiles()
{
    QList<std::pair<QString, Profile>> profiles;
    Profile rds = profile(SslMode::VerifyIdentity);
    rds.host = QStringLiteral("shop.c9akciq32.eu-west-1.rds.amazonaws.com");
    rds.caFile = QStringLiteral("/etc/ssl/rds global-bundle.pem");
    rds.passwordSource = awsIam({}, QStringLiteral("prod"));
    profiles.append({QStringLiteral("aws-iam"), rds});
    Profile region = profile(SslMode::VerifyCa, QStringLiteral("/etc/x"));
    region.passwordSource = awsIam(QStringLiteral("eu-central-1"));
    profiles.append({QStringLiteral("aws-iam, region given"), region});
    Profile noRegion = profile(SslMode::VerifyIdentity);
    noRegion.passwordSource = awsIam();
    profiles.append({QStringLiteral("aws-iam, no region"), noRegion});
    Profile pass = profile(SslMode::VerifyIdentity);
    pass.passwordSource = command(
            {QStringLiteral("pass"), QStringLiteral("show"), QStringLiteral("db/{user}@{host}")},
            false);
    profiles.append({QStringLiteral("command"), pass});
    Profile gcloud = profile(SslMode::VerifyIdentity, QStringLiteral("/etc/x"));
    gcloud.name = QStringLiteral("it's \"a\" $(id)");
    // Named by id where a comment cannot show the name exactly (Java: the backslash).
    gcloud.id = QUuid(QStringLiteral("{5e1c0a2e-7d1b-4c55-9a0e-3f2b6c8d9e01}"));
    gcloud.passwordSource = command({QStringLiteral("gcloud"), QStringLiteral("sql"),
                                     QStringLiteral("generate-login-token")},
                                    true);
    profiles.append({QStringLiteral("command, clear-text token"), gcloud});
    Profile weak = profile(SslMode::Required);
    weak.passwordSource = command({QStringLiteral("token-maker")}, true);
    profiles.append({QStringLiteral("command, clear-text token, not verified"), weak});
    return profiles;
}

QList<ExportFormat> textFormats()
{
    QList<ExportFormat> formats = ExportFormats::all();
    formats.removeAll(ExportFormat::SslcmJson); // ids and dates: covered by tst_profileexporter
    return formats;
}

// The text of a double-quoted literal written with C, Java, JavaScript, Go, Python and C# regular
// string escapes: \\ \" \n \r \t \uXXXX.
QString decodeCLiteral(QStringView literal)
{
    QString out;
    for (qsizetype i = 1; i + 1 < literal.size(); ++i) {
        const QChar c = literal.at(i);
        if (c != QLatin1Char('\\')) {
            out += c;
            continue;
        }
        const QChar e = literal.at(++i);
        if (e == QLatin1Char('n'))
            out += QLatin1Char('\n');
        else if (e == QLatin1Char('r'))
            out += QLatin1Char('\r');
        else if (e == QLatin1Char('t'))
            out += QLatin1Char('\t');
        else if (e == QLatin1Char('u')) {
            out += QChar(literal.mid(i + 1, 4).toString().toUShort(nullptr, 16));
            i += 4;
        } else
            out += e;
    }
    return out;
}

QStringList cLiterals(const QString &text)
{
    static const QRegularExpression literal(QStringLiteral("\"(?:[^\"\\\\\\n]|\\\\.)*\""));
    QStringList values;
    for (const QRegularExpressionMatch &m : literal.globalMatch(text))
        values << decodeCLiteral(m.capturedView());
    return values;
}

// Every string constant of a Python module, as Python itself reads them.
QStringList pythonStrings(const QString &source, QString *error)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        *error = QStringLiteral("python3 not found");
        return {};
    }
    QProcess process;
    process.start(python,
                  {QStringLiteral("-c"),
                   QStringLiteral("import ast, json, sys\n"
                                  "tree = ast.parse(sys.stdin.read())\n"
                                  "print(json.dumps([n.value for n in ast.walk(tree) "
                                  "if isinstance(n, ast.Constant) and isinstance(n.value, "
                                  "str)]))\n")});
    process.write(source.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(-1);
    if (process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    QStringList values;
    for (const QJsonValue &v : QJsonDocument::fromJson(process.readAllStandardOutput()).array())
        values << v.toString();
    return values;
}

// The words `sh` hands to a program for this command line; `path` goes first in PATH.
QStringList shellArgv(const QString &commandLine, const QString &path = {})
{
    QProcess process;
    if (!path.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"),
                           path + QLatin1Char(':') + environment.value(QStringLiteral("PATH")));
        process.setProcessEnvironment(environment);
    }
    process.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"), QStringLiteral("printf '%s\\0' ") + commandLine});
    process.waitForFinished(-1);
    QStringList words;
    QByteArray out = process.readAllStandardOutput();
    if (out.endsWith('\0'))
        out.chop(1);
    for (const QByteArray &w : out.split('\0'))
        words << QString::fromUtf8(w);
    return words;
}

QString recordedDir()
{
    return QStringLiteral(SNIPPETS_RECORDED);
}

QString render(ExportFormat format, const QString &name, const ExportResult &r)
{
    return QStringLiteral("=== %1 / %2 ===\n").arg(ExportFormats::key(format), name) + r.text
            + QStringLiteral("--- warnings\n") + r.warnings.join(QLatin1Char('\n'))
            + QStringLiteral("\n--- file %1, secret %2\n")
                      .arg(r.suggestedFileName,
                           r.containsSecret ? QStringLiteral("yes") : QStringLiteral("no"));
}

} // namespace

class tst_ApplicationSnippets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outputIsUnchanged_data();
    void outputIsUnchanged();
    void modeBecomesTheClientsOption_data();
    void modeBecomesTheClientsOption();
    void shellCommandsGiveTheClientExactlyThePaths_data();
    void shellCommandsGiveTheClientExactlyThePaths();
    void pythonReadsExactlyThePaths_data();
    void pythonReadsExactlyThePaths();
    void stringLiteralsHoldExactlyThePaths_data();
    void stringLiteralsHoldExactlyThePaths();
    void phpAndCSharpLiterals_data();
    void phpAndCSharpLiterals();
    void urlsAndOptionFilesCarryThePaths();
    void javaCommentCommandsNameExactlyTheFiles_data();
    void javaCommentCommandsNameExactlyTheFiles();
    void javaCommentCommandsSayWhatTheyCannotName();
    void noPasswordUnlessHandedOver_data();
    void noPasswordUnlessHandedOver();
    void tokenCommandLinesGiveTheClientWhatSslcmCliPrints_data();
    void tokenCommandLinesGiveTheClientWhatSslcmCliPrints();
    void passwordMadeWhenConnectingIsNeverWritten_data();
    void passwordMadeWhenConnectingIsNeverWritten();
    void awsSnippetsMakeTheToken_data();
    void awsSnippetsMakeTheToken();
    void pythonAwsSnippetsHoldExactlyTheValues();
};

void tst_ApplicationSnippets::outputIsUnchanged_data()
{
    QTest::addColumn<ExportFormat>("format");
    for (ExportFormat f : textFormats())
        QTest::newRow(qPrintable(ExportFormats::key(f))) << f;
}

void tst_ApplicationSnippets::outputIsUnchanged()
{
    QFETCH(ExportFormat, format);
    QString all;
    for (SslMode mode : SslModes::all()) {
        const QString key = SslModes::key(mode);
        all += render(format, key, ProfileExporter::exportProfile(profile(mode), format));
        Profile full = profile(mode, spacedPath);
        full.caDirectory = QStringLiteral("/etc/ssl/certs");
        full.cipherList = QStringLiteral("ECDHE+AESGCM:!aNULL");
        full.minTlsVersion = TlsVersion::Tls1_3;
        full.pinnedSha256 = QByteArray(32, '\x42');
        all += render(format, key + QStringLiteral(" full"),
                      ProfileExporter::exportProfile(full, format));
        all += render(format, key + QStringLiteral(" hostile"),
                      ProfileExporter::exportProfile(profile(mode, hostilePath), format));
    }
    Profile odd = profile(SslMode::VerifyIdentity);
    odd.host = QStringLiteral("db;x=1/?@evil");
    odd.database = QStringLiteral("a;b\nc");
    odd.user = QStringLiteral("o'neil \"x\"");
    odd.name = QStringLiteral("?> coding: latin-1 \\");
    all += render(format, QStringLiteral("odd values"),
                  ProfileExporter::exportProfile(odd, format));
    all += render(format, QStringLiteral("with password"),
                  ProfileExporter::exportProfile(profile(SslMode::VerifyCa, spacedPath), format,
                                                 QStringLiteral("p'w\"$x")));
    // Passwords made when connecting: AWS RDS IAM and commands.
    for (const auto &[name, p] : passwordSourceProfiles())
        all += render(format, name, ProfileExporter::exportProfile(p, format));
    all += render(format, QStringLiteral("aws-iam with password"),
                  ProfileExporter::exportProfile(passwordSourceProfiles().first().second, format,
                                                 QStringLiteral("p'w\"$x")));

    const QString path = recordedDir() + QLatin1Char('/') + ExportFormats::key(format)
            + QStringLiteral(".txt");
    QFile file(path);
    if (qEnvironmentVariableIsSet("SSLCM_RECORD_SNIPPETS")) {
        QDir().mkpath(recordedDir());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(all.toUtf8());
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QString recorded = QString::fromUtf8(file.readAll());
    QCOMPARE(all.split(QLatin1Char('\n')), recorded.split(QLatin1Char('\n')));
}

void tst_ApplicationSnippets::modeBecomesTheClientsOption_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<SslMode>("mode");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");
    using F = ExportFormat;
    using M = SslMode;
    const auto row = [](F f, M m, const QStringList &contains, const QStringList &lacks = {}) {
        QTest::addRow("%s %s", qPrintable(ExportFormats::key(f)), qPrintable(SslModes::key(m)))
                << f << m << contains << lacks;
    };
    const QString vsc = QStringLiteral("--ssl-verify-server-cert");
    row(F::MysqlCommand, M::VerifyIdentity, {QStringLiteral("--ssl-mode=VERIFY_IDENTITY")});
    row(F::MysqlCommand, M::VerifyCa, {QStringLiteral("--ssl-mode=VERIFY_CA")});
    row(F::MysqlCommand, M::Required, {QStringLiteral("--ssl-mode=REQUIRED")});
    row(F::MysqlCommand, M::Preferred, {QStringLiteral("--ssl-mode=PREFERRED")});
    row(F::MysqlCommand, M::Disabled, {QStringLiteral("--ssl-mode=DISABLED")},
        {QStringLiteral("--ssl-ca")});
    row(F::MariadbCommand, M::VerifyIdentity, {QStringLiteral(" --ssl "), vsc});
    row(F::MariadbCommand, M::VerifyCa, {QStringLiteral(" --ssl "), QStringLiteral("--ssl-ca=")},
        {vsc});
    row(F::MariadbCommand, M::Required, {QStringLiteral(" --ssl ")},
        {vsc, QStringLiteral("--ssl-ca")});
    row(F::MariadbCommand, M::Disabled, {QStringLiteral("--skip-ssl")},
        {vsc, QStringLiteral(" --ssl ")});
    row(F::OptionFile, M::VerifyIdentity,
        {QStringLiteral("loose-ssl-mode=VERIFY_IDENTITY\n"), QStringLiteral("\nloose-ssl\n"),
         QStringLiteral("\nloose-ssl-verify-server-cert\n")});
    row(F::OptionFile, M::VerifyCa, {QStringLiteral("loose-ssl-mode=VERIFY_CA\n")},
        {QStringLiteral("verify-server-cert")});
    row(F::OptionFile, M::Disabled,
        {QStringLiteral("loose-ssl-mode=DISABLED\n"), QStringLiteral("\nloose-skip-ssl\n")},
        {QStringLiteral("ssl-ca")});
    row(F::Uri, M::VerifyIdentity, {QStringLiteral("?ssl-mode=VERIFY_IDENTITY&")});
    row(F::Uri, M::Required, {QStringLiteral("?ssl-mode=REQUIRED&")});
    row(F::PhpPdo, M::VerifyIdentity,
        {QStringLiteral("PDO::MYSQL_ATTR_SSL_VERIFY_SERVER_CERT => true,")});
    row(F::PhpPdo, M::Required,
        {QStringLiteral("PDO::MYSQL_ATTR_SSL_VERIFY_SERVER_CERT => false,")});
    row(F::PhpPdo, M::Disabled, {QStringLiteral("new PDO(")}, {QStringLiteral("MYSQL_ATTR_SSL")});
    row(F::PyMySql, M::VerifyIdentity, {QStringLiteral("ssl.create_default_context(cafile=")},
        {QStringLiteral("check_hostname = False"), QStringLiteral("CERT_NONE")});
    row(F::PyMySql, M::VerifyCa,
        {QStringLiteral("ssl.create_default_context("),
         QStringLiteral("context.check_hostname = False")},
        {QStringLiteral("CERT_NONE")});
    row(F::PyMySql, M::Required, {QStringLiteral("context.verify_mode = ssl.CERT_NONE")});
    row(F::PyMySql, M::Disabled, {QStringLiteral("ssl_disabled=True")},
        {QStringLiteral("ssl=context")});
    row(F::MysqlClient, M::VerifyIdentity, {QStringLiteral("ssl_mode=\"VERIFY_IDENTITY\"")});
    row(F::MysqlClient, M::VerifyCa, {QStringLiteral("ssl_mode=\"VERIFY_CA\"")});
    row(F::MysqlClient, M::Disabled, {QStringLiteral("ssl_mode=\"DISABLED\"")},
        {QStringLiteral("ssl={")});
    row(F::JdbcMysql, M::VerifyIdentity, {QStringLiteral("?sslMode=VERIFY_IDENTITY&")});
    row(F::JdbcMysql, M::Preferred, {QStringLiteral("?sslMode=PREFERRED&")});
    row(F::JdbcMysql, M::Disabled, {QStringLiteral("?sslMode=DISABLED&")},
        {QStringLiteral("keytool"), QStringLiteral("openssl"), QStringLiteral("KeyStore")});
    row(F::JdbcMariadb, M::VerifyIdentity, {QStringLiteral("?sslMode=verify-full&")});
    row(F::JdbcMariadb, M::VerifyCa, {QStringLiteral("?sslMode=verify-ca&")});
    row(F::JdbcMariadb, M::Required, {QStringLiteral("?sslMode=trust&")});
    row(F::JdbcMariadb, M::Disabled, {QStringLiteral("?sslMode=disable&")},
        {QStringLiteral("openssl"), QStringLiteral("serverSslCert"), QStringLiteral("keyStore")});
    row(F::NodeMysql2, M::VerifyIdentity,
        {QStringLiteral("rejectUnauthorized: true,"), QStringLiteral("verifyIdentity: true,")});
    row(F::NodeMysql2, M::VerifyCa,
        {QStringLiteral("rejectUnauthorized: true,"), QStringLiteral("verifyIdentity: false,")});
    row(F::NodeMysql2, M::Required, {QStringLiteral("rejectUnauthorized: false,")});
    row(F::NodeMysql2, M::Disabled, {QStringLiteral("mysql.createConnection")},
        {QStringLiteral("ssl:")});
    row(F::Go, M::VerifyIdentity,
        {QStringLiteral("ServerName: \"db.example.com\","),
         QStringLiteral("cfg.TLSConfig = \"sslcm\"")},
        {QStringLiteral("InsecureSkipVerify")});
    row(F::Go, M::VerifyCa,
        {QStringLiteral("InsecureSkipVerify: true"), QStringLiteral("VerifyPeerCertificate")});
    // Not even a client certificate turns TLS on for a profile that disables it.
    row(F::Go, M::Disabled, {QStringLiteral("cfg.TLSConfig = \"false\"")},
        {QStringLiteral("crypto/tls"), QStringLiteral("tls.Config"),
         QStringLiteral("LoadX509KeyPair"), QStringLiteral("RegisterTLSConfig"),
         QStringLiteral("\"sslcm\"")});
    row(F::DotNet, M::VerifyIdentity, {QStringLiteral("SslMode = MySqlSslMode.VerifyFull,")});
    row(F::DotNet, M::VerifyCa, {QStringLiteral("SslMode = MySqlSslMode.VerifyCA,")});
    row(F::DotNet, M::Disabled, {QStringLiteral("SslMode = MySqlSslMode.None,")},
        {QStringLiteral("SslCa")});
    row(F::Qt, M::VerifyIdentity, {QStringLiteral("MYSQL_OPT_SSL_VERIFY_SERVER_CERT=TRUE")});
    row(F::Qt, M::VerifyCa, {QStringLiteral("MYSQL_OPT_SSL_CA=")},
        {QStringLiteral("VERIFY_SERVER_CERT")});
    row(F::Qt, M::Disabled, {QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=17")},
        {QStringLiteral("SSL_CA")});
}

void tst_ApplicationSnippets::modeBecomesTheClientsOption()
{
    QFETCH(ExportFormat, format);
    QFETCH(SslMode, mode);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);
    // Every profile has a CA, a client certificate and a key: with "disabled" none of them may
    // bring TLS back.
    const QString text
            = ProfileExporter::exportProfile(profile(mode, QStringLiteral("/etc/x")), format).text;
    for (const QString &c : contains)
        QVERIFY2(text.contains(c), qPrintable(c + QStringLiteral(" missing in\n") + text));
    for (const QString &l : lacks)
        QVERIFY2(!text.contains(l), qPrintable(l + QStringLiteral(" found in\n") + text));
}

void tst_ApplicationSnippets::shellCommandsGiveTheClientExactlyThePaths_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("paths");
    for (const QString &paths : {spacedPath, hostilePath}) {
        const QString kind = paths == hostilePath ? QStringLiteral("newline")
                                                  : QStringLiteral("spaces and quotes");
        QTest::addRow("mysql, %s", qPrintable(kind))
                << ExportFormat::MysqlCommand << QStringLiteral("mysql") << paths;
        QTest::addRow("mariadb, %s", qPrintable(kind))
                << ExportFormat::MariadbCommand << QStringLiteral("mariadb") << paths;
    }
}

void tst_ApplicationSnippets::shellCommandsGiveTheClientExactlyThePaths()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, program);
    QFETCH(QString, paths);
    const Profile p = profile(SslMode::VerifyIdentity, paths);
    const QString text = ProfileExporter::exportProfile(p, format).text;
    QVERIFY(text.startsWith(program + QLatin1Char(' ')));
    QVERIFY(text.endsWith(QLatin1Char('\n')));
    const QStringList argv = shellArgv(text.mid(program.size() + 1).chopped(1));
    const QStringList expected = format == ExportFormat::MysqlCommand
            ? ProfileExporter::mysqlArguments(p, {})
            : ProfileExporter::mariadbArguments(p, {});
    QCOMPARE(argv, expected);
    for (const QString &option :
         {QStringLiteral("--ssl-ca="), QStringLiteral("--ssl-cert="), QStringLiteral("--ssl-key=")})
        QVERIFY2(std::any_of(argv.cbegin(), argv.cend(),
                             [&](const QString &a) { return a.startsWith(option + paths); }),
                 qPrintable(option));
    // sslcm's own splitter (the importer's) reads the same words.
    QCOMPARE(ShellWords::split(text).words, QStringList {program} + argv);
}

void tst_ApplicationSnippets::pythonReadsExactlyThePaths_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("paths");
    for (ExportFormat f : {ExportFormat::PyMySql, ExportFormat::MysqlClient}) {
        QTest::addRow("%s, spaces and quotes", qPrintable(ExportFormats::key(f)))
                << f << spacedPath;
        QTest::addRow("%s, newline", qPrintable(ExportFormats::key(f))) << f << hostilePath;
    }
}

void tst_ApplicationSnippets::pythonReadsExactlyThePaths()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, paths);
    for (SslMode mode : {SslMode::VerifyIdentity, SslMode::VerifyCa}) {
        const QString text = ProfileExporter::exportProfile(profile(mode, paths), format).text;
        QString error;
        const QStringList strings = pythonStrings(text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + text));
        for (const char *suffix : {"-ca", "-cert", "-key"})
            QVERIFY2(strings.contains(paths + QLatin1String(suffix)), qPrintable(text));
    }
}

void tst_ApplicationSnippets::stringLiteralsHoldExactlyThePaths_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("paths");
    QTest::addColumn<QStringList>("suffixes");
    const QStringList all {QStringLiteral("-ca"), QStringLiteral("-cert"), QStringLiteral("-key")};
    for (const QString &paths : {spacedPath, hostilePath}) {
        const char *kind = paths == hostilePath ? "newline" : "spaces and quotes";
        QTest::addRow("node, %s", kind) << ExportFormat::NodeMysql2 << paths << all;
        QTest::addRow("go, %s", kind) << ExportFormat::Go << paths << all;
        QTest::addRow("qt, %s", kind) << ExportFormat::Qt << paths << QStringList();
    }
    // C#: regular strings only when a path holds a line break (verbatim ones otherwise).
    QTest::addRow("dotnet, newline") << ExportFormat::DotNet << hostilePath << all;
}

void tst_ApplicationSnippets::stringLiteralsHoldExactlyThePaths()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, paths);
    QFETCH(QStringList, suffixes);
    const QString text
            = ProfileExporter::exportProfile(profile(SslMode::VerifyIdentity, paths), format).text;
    const QStringList literals = cLiterals(text);
    for (const QString &suffix : suffixes)
        QVERIFY2(literals.contains(paths + suffix), qPrintable(text));
    if (format == ExportFormat::Qt) {
        // One option string, split by Qt at `;`: the paths are whole values in it.
        const auto options = std::find_if(literals.cbegin(), literals.cend(), [](const QString &l) {
            return l.startsWith(QLatin1String("MYSQL_OPT_CONNECT_TIMEOUT="));
        });
        QVERIFY(options != literals.cend());
        const QStringList parts = options->split(QLatin1Char(';'));
        QVERIFY(parts.contains(QStringLiteral("MYSQL_OPT_SSL_CA=") + paths
                               + QStringLiteral("-ca")));
        QVERIFY(parts.contains(QStringLiteral("MYSQL_OPT_SSL_CERT=") + paths
                               + QStringLiteral("-cert")));
        QVERIFY(parts.contains(QStringLiteral("MYSQL_OPT_SSL_KEY=") + paths
                               + QStringLiteral("-key")));
    }
    // No line of the snippet ends inside a literal.
    for (const QString &line : text.split(QLatin1Char('\n')))
        QVERIFY2(!line.contains(QLatin1String(".pem-")) || line.count(QLatin1Char('"')) >= 2,
                 qPrintable(line));
}

void tst_ApplicationSnippets::phpAndCSharpLiterals_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("paths");
    QTest::addColumn<QString>("caLiteral");
    QTest::newRow("php, spaces and quotes")
            << ExportFormat::PhpPdo << spacedPath
            << QStringLiteral("PDO::MYSQL_ATTR_SSL_CA => '/tmp/my certs/it\\'s \"a\" $HOME `id` "
                              "\\\\x.pem-ca',");
    QTest::newRow("php, newline") << ExportFormat::PhpPdo << hostilePath
                                  << QStringLiteral(
                                             "PDO::MYSQL_ATTR_SSL_CA => \"/tmp/my certs/it's "
                                             "\\\"a\\\" \\$HOME `id` \\\\x\\u{a}.pem-ca\",");
    QTest::newRow("dotnet, spaces and quotes")
            << ExportFormat::DotNet << spacedPath
            << QStringLiteral("SslCa = @\"/tmp/my certs/it's \"\"a\"\" $HOME `id` \\x.pem-ca\",");
    QTest::newRow("dotnet, newline")
            << ExportFormat::DotNet << hostilePath
            << QStringLiteral(
                       "SslCa = \"/tmp/my certs/it's \\\"a\\\" $HOME `id` \\\\x\\u000a.pem-ca\",");
}

void tst_ApplicationSnippets::phpAndCSharpLiterals()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, paths);
    QFETCH(QString, caLiteral);
    const QString text
            = ProfileExporter::exportProfile(profile(SslMode::VerifyIdentity, paths), format).text;
    QVERIFY2(text.contains(caLiteral), qPrintable(text));
}

void tst_ApplicationSnippets::urlsAndOptionFilesCarryThePaths()
{
    for (const QString &paths : {spacedPath, hostilePath}) {
        const Profile p = profile(SslMode::VerifyIdentity, paths);
        // The URI, read back by sslcm's own parser.
        const ImportResult uri
                = ConnectionUri::parse(ProfileExporter::exportProfile(p, ExportFormat::Uri).text);
        QCOMPARE(uri.connections.size(), 1);
        QCOMPARE(uri.connections.first().profile.caFile, p.caFile);
        QCOMPARE(uri.connections.first().profile.clientKey, p.clientKey);
        // MariaDB Connector/J: the CA file percent-encoded inside the URL.
        const QString jdbc = ProfileExporter::exportProfile(p, ExportFormat::JdbcMariadb).text;
        QString serverSslCert;
        for (const QString &literal : cLiterals(jdbc)) {
            if (!literal.startsWith(QLatin1String("jdbc:mariadb://")))
                continue;
            for (const QString &item : literal.section(QLatin1Char('?'), 1).split(QLatin1Char('&')))
                if (item.startsWith(QLatin1String("serverSslCert=")))
                    serverSslCert
                            = QUrl::fromPercentEncoding(item.section(QLatin1Char('='), 1).toUtf8());
        }
        QCOMPARE(serverSslCert, p.caFile);
        // The option file: one line per option, the value quoted with the clients' escapes.
        const QString cnf = ProfileExporter::exportProfile(p, ExportFormat::OptionFile).text;
        QString escaped = paths;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('"'), QLatin1String("\\\""))
                .replace(QLatin1Char('\n'), QLatin1String("\\n"));
        QVERIFY2(cnf.contains(QStringLiteral("\nssl-ca=\"") + escaped + QStringLiteral("-ca\"\n")),
                 qPrintable(cnf));
    }
}

void tst_ApplicationSnippets::javaCommentCommandsNameExactlyTheFiles_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("paths");
    const QList<std::pair<const char *, QString>> paths {
            {"spaces, $, backticks, double quotes",
             QStringLiteral("/tmp/my certs/\"a\" $HOME `id`")},
            {"single quote and backslash", spacedPath},
            {"line break", hostilePath},
            // javac reads \u escapes in comments too: \u000a would end the comment.
            {"backslash u", QStringLiteral("C:\\users\\u000a\\\\u\\\\\\uuu0022 it's\\")},
            {"quote before backslash u", QStringLiteral("/tmp/it'\\u0027'")},
            {"tab, line separator, bidirectional control, %",
             QStringLiteral("/tmp/a\tb\u2028c\u202Ed\r%b")},
    };
    for (const auto &[name, path] : paths) {
        QTest::addRow("jdbc-mysql, %s", name) << ExportFormat::JdbcMysql << path;
        QTest::addRow("jdbc-mariadb, %s", name) << ExportFormat::JdbcMariadb << path;
    }
}

void tst_ApplicationSnippets::javaCommentCommandsNameExactlyTheFiles()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, paths);
    // Connector/J reads no PEM: the keytool and openssl commands in the comments name the files
    // as shell words, to be pasted into a shell.
    const Profile p = profile(SslMode::VerifyIdentity, paths);
    const ExportResult r = ProfileExporter::exportProfile(p, format);
    QStringList commands;
    for (const QString &line : r.text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("//   ")))
            commands << line.mid(5);
    }
    QCOMPARE(commands.size(), format == ExportFormat::JdbcMysql ? 2 : 1);
    // An eligible \u (a backslash after an even number of backslashes, followed by u) is read by
    // javac before it sees the comment; the commands hold none, so they stay as written.
    static const QRegularExpression unicodeEscape(QStringLiteral("(?<!\\\\)(\\\\\\\\)*\\\\u"));
    QHash<QString, QString> files;
    for (const QString &command : std::as_const(commands)) {
        QVERIFY2(!unicodeEscape.match(command).hasMatch(), qPrintable(command));
        const QStringList argv = shellArgv(command);
        for (const QString &option :
             {QStringLiteral("-file"), QStringLiteral("-in"), QStringLiteral("-inkey")}) {
            if (argv.contains(option))
                files.insert(option, argv.value(argv.indexOf(option) + 1));
        }
    }
    if (format == ExportFormat::JdbcMysql)
        QCOMPARE(files.value(QStringLiteral("-file")), p.caFile);
    QCOMPARE(files.value(QStringLiteral("-in")), p.clientCertificate);
    QCOMPARE(files.value(QStringLiteral("-inkey")), p.clientKey);
    QVERIFY2(r.warnings.filter(QStringLiteral("line break")).isEmpty(),
             qPrintable(r.warnings.join(QLatin1Char('\n'))));
}

void tst_ApplicationSnippets::javaCommentCommandsSayWhatTheyCannotName()
{
    // A name that ends with a line break has no shell word that fits on a comment line (command
    // substitution drops trailing newlines): a placeholder, and a warning that says so.
    Profile p = profile(SslMode::VerifyIdentity, QStringLiteral("/tmp/x"));
    p.caFile += QLatin1Char('\n');
    const ExportResult r = ProfileExporter::exportProfile(p, ExportFormat::JdbcMysql);
    QVERIFY2(r.text.contains(QLatin1String(" -file CA_FILE ")), qPrintable(r.text));
    QVERIFY2(r.text.contains(QLatin1String(" -in /tmp/x-cert -inkey /tmp/x-key ")),
             qPrintable(r.text));
    QCOMPARE(r.warnings.filter(QStringLiteral("CA_FILE")).size(), 1);
}

void tst_ApplicationSnippets::noPasswordUnlessHandedOver_data()
{
    QTest::addColumn<ExportFormat>("format");
    for (ExportFormat f : textFormats())
        QTest::newRow(qPrintable(ExportFormats::key(f))) << f;
}

void tst_ApplicationSnippets::noPasswordUnlessHandedOver()
{
    QFETCH(ExportFormat, format);
    // A password can only reach a snippet through what a profile carries besides its fields:
    // its notes and the fields an older or newer sslcm stored.
    Profile p = profile(SslMode::VerifyIdentity, spacedPath);
    p.notes = sentinel;
    p.unknownFields.insert(QStringLiteral("password"), sentinel);
    const ExportResult plain = ProfileExporter::exportProfile(p, format);
    QVERIFY2(!plain.text.contains(sentinel), qPrintable(plain.text));
    QVERIFY(!plain.containsSecret);
    for (const QString &w : plain.warnings)
        QVERIFY(!w.contains(sentinel));
    // Shell commands and option files ask for it; code reads it from the environment.
    if (format == ExportFormat::MysqlCommand || format == ExportFormat::MariadbCommand)
        QVERIFY(shellArgv(plain.text.section(QLatin1Char(' '), 1).chopped(1))
                        .contains(QStringLiteral("--password")));
    else if (format != ExportFormat::OptionFile && format != ExportFormat::Uri)
        QVERIFY2(plain.text.contains(QLatin1String("MYSQL_PWD")), qPrintable(plain.text));
    if (ExportFormats::isApplicationSnippet(format))
        QVERIFY(!ApplicationSnippets::snippet(p, format).text.contains(sentinel));

    // Handed over on purpose: written, and the result says it holds a secret.
    const ExportResult with = ProfileExporter::exportProfile(p, format, sentinel);
    QVERIFY2(with.text.contains(sentinel), qPrintable(with.text));
    QVERIFY(with.containsSecret);
}

void tst_ApplicationSnippets::tokenCommandLinesGiveTheClientWhatSslcmCliPrints_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("clearText");
    QTest::addColumn<bool>("byId");
    for (ExportFormat f : {ExportFormat::MysqlCommand, ExportFormat::MariadbCommand}) {
        const char *key = f == ExportFormat::MysqlCommand ? "mysql" : "mariadb";
        QTest::addRow("%s, plain name, token", key) << f << QStringLiteral("Shop") << true << false;
        QTest::addRow("%s, plain name, password", key)
                << f << QStringLiteral("Shop") << false << false;
        QTest::addRow("%s, quotes, $() and backticks", key)
                << f << QStringLiteral("it's \"a\" $(echo pwned) `id` \\ ;|&") << true << false;
        QTest::addRow("%s, like an option", key) << f << QStringLiteral("--help") << true << false;
        QTest::addRow("%s, line break: by id", key)
                << f << QStringLiteral("two\nlines") << true << true;
        QTest::addRow("%s, bidirectional control: by id", key)
                << f << QStringLiteral("a\u202Eb") << false << true;
    }
}

void tst_ApplicationSnippets::tokenCommandLinesGiveTheClientWhatSslcmCliPrints()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, name);
    QFETCH(bool, clearText);
    QFETCH(bool, byId);
    // A stand-in for sslcm-cli that prints what `token` was asked for, exactly as received.
    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    QFile stub(bin.filePath(QStringLiteral("sslcm-cli")));
    QVERIFY(stub.open(QIODevice::WriteOnly));
    stub.write("#!/bin/sh\n[ \"$1\" = token ] || exit 3\nshift\n[ \"$1\" = -- ] && shift\n"
               "[ $# -eq 1 ] || exit 4\nprintf 'token for [%s]\\n' \"$1\"\n");
    stub.close();
    QVERIFY(stub.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner));

    Profile p = profile(SslMode::VerifyIdentity, QStringLiteral("/etc/x"));
    p.name = name;
    p.passwordSource
            = clearText ? awsIam() : command({QStringLiteral("pass"), QStringLiteral("x")}, false);
    const ExportResult r = ProfileExporter::exportProfile(p, format);
    QVERIFY(!r.containsSecret);
    QVERIFY2(!r.text.trimmed().contains(QLatin1Char('\n')), qPrintable(r.text));
    const QStringList argv = shellArgv(r.text.section(QLatin1Char(' '), 1).chopped(1), bin.path());
    const QString reference = byId ? p.id.toString(QUuid::WithoutBraces) : name;
    QVERIFY2(argv.contains(QStringLiteral("--password=token for [%1]").arg(reference)),
             qPrintable(argv.join(QLatin1Char('\n')) + QLatin1Char('\n') + r.text));
    QCOMPARE(argv.filter(QStringLiteral("--password")).size(), 1);
    // MySQL's client needs to be told it may send a clear-text token; MariaDB's calls the option
    // obsolete and always may.
    QCOMPARE(argv.contains(QStringLiteral("--enable-cleartext-plugin")),
             clearText && format == ExportFormat::MysqlCommand);
    // Verification stays what the profile says.
    QVERIFY(argv.contains(format == ExportFormat::MysqlCommand
                                  ? QStringLiteral("--ssl-mode=VERIFY_IDENTITY")
                                  : QStringLiteral("--ssl-verify-server-cert")));
    QVERIFY(argv.contains(QStringLiteral("--ssl-ca=/etc/x-ca")));
}

void tst_ApplicationSnippets::passwordMadeWhenConnectingIsNeverWritten_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<Profile>("profile");
    for (ExportFormat f : textFormats()) {
        for (const auto &[name, p] : passwordSourceProfiles())
            QTest::addRow("%s, %s", qPrintable(ExportFormats::key(f)), qPrintable(name)) << f << p;
    }
}

void tst_ApplicationSnippets::passwordMadeWhenConnectingIsNeverWritten()
{
    QFETCH(ExportFormat, format);
    QFETCH(Profile, profile);
    // A saved password handed over is not what such a profile signs in with, and a token is
    // valid for minutes: neither is written, and the result says so.
    const ExportResult r = ProfileExporter::exportProfile(profile, format, sentinel);
    QVERIFY2(!r.text.contains(sentinel), qPrintable(r.text));
    QVERIFY(!r.containsSecret);
    QVERIFY2(!r.warnings.filter(QStringLiteral("no saved password is written")).isEmpty(),
             qPrintable(r.warnings.join(QLatin1Char('\n'))));
    if (ExportFormats::isApplicationSnippet(format)) {
        const ExportResult direct = ApplicationSnippets::snippet(profile, format, sentinel);
        QVERIFY(!direct.text.contains(sentinel));
        QVERIFY(!direct.containsSecret);
    }
    // Where the password comes from is said in the text or, for a URI, in a warning.
    const bool sdk = profile.passwordSource.kind == PasswordSource::Kind::AwsIam
            && (format == ExportFormat::PyMySql || format == ExportFormat::MysqlClient
                || format == ExportFormat::JdbcMysql || format == ExportFormat::JdbcMariadb
                || format == ExportFormat::Go || format == ExportFormat::DotNet);
    if (format == ExportFormat::Uri)
        QVERIFY(!r.warnings.filter(QStringLiteral("where the password comes from")).isEmpty());
    else if (!sdk)
        QVERIFY2(r.text.contains(QLatin1String("\"$(sslcm-cli token ")), qPrintable(r.text));
    // A clear-text token to a server that is not verified: the export says what sslcm says.
    if (profile.sslMode < SslMode::VerifyCa && profile.passwordSource.sendsClearText())
        QVERIFY(r.warnings.contains(
                PasswordSource::clearTextNeedsVerifiedServerProblem(profile.sslMode)));
}

void tst_ApplicationSnippets::awsSnippetsMakeTheToken_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QStringList>("contains");
    using F = ExportFormat;
    const QString host = QStringLiteral("\"shop.c9akciq32.eu-west-1.rds.amazonaws.com\"");
    QTest::newRow("pymysql") << F::PyMySql
                             << QStringList {QStringLiteral("boto3.Session(profile_name=\"prod\")"),
                                             QStringLiteral(".generate_db_auth_token("),
                                             QStringLiteral("Region=\"eu-west-1\""),
                                             QStringLiteral("password=token,")};
    QTest::newRow("mysqlclient")
            << F::MysqlClient
            << QStringList {QStringLiteral("os.environ[\"LIBMYSQL_ENABLE_CLEARTEXT_PLUGIN\"] = "
                                           "\"1\"\n\nimport boto3\nimport MySQLdb\n"),
                            QStringLiteral(".generate_db_auth_token("),
                            QStringLiteral("password=token,")};
    for (F f : {F::JdbcMysql, F::JdbcMariadb})
        QTest::newRow(qPrintable(ExportFormats::key(f)))
                << f
                << QStringList {QStringLiteral("RdsUtilities.builder()"),
                                QStringLiteral(".region(Region.of(\"eu-west-1\"))"),
                                QStringLiteral("ProfileCredentialsProvider.create(\"prod\")"),
                                QStringLiteral(".hostname(") + host
                                        + QStringLiteral(").port(3310).username(\"app\")"),
                                QStringLiteral("getConnection(url, \"app\", token);")};
    QTest::newRow("go") << F::Go
                        << QStringList {
                                   QStringLiteral("\"github.com/aws/aws-sdk-go-v2/feature/rds/"
                                                  "auth\""),
                                   QStringLiteral("awsconfig.WithSharedConfigProfile(\"prod\")"),
                                   QStringLiteral("auth.BuildAuthToken(context.Background(), "
                                                  "\"shop.c9akciq32.eu-west-1.rds.amazonaws."
                                                  "com:3310\", \"eu-west-1\", \"app\", "
                                                  "awsCfg.Credentials)"),
                                   QStringLiteral("cfg.Passwd = token\n"),
                                   QStringLiteral("cfg.AllowCleartextPasswords = true\n")};
    QTest::newRow("dotnet") << F::DotNet
                            << QStringList {
                                       QStringLiteral("TryGetAWSCredentials(@\"prod\""),
                                       QStringLiteral("RDSAuthTokenGenerator.GenerateAuthToken("
                                                      "awsCredentials, RegionEndpoint."
                                                      "GetBySystemName(@\"eu-west-1\"), @")
                                               + host + QStringLiteral(", 3310, @\"app\")"),
                                       QStringLiteral("Password = token,")};
    QTest::newRow("node") << F::NodeMysql2
                          << QStringList {
                                     QStringLiteral("MYSQL_PWD=\"$(sslcm-cli token Shop)\" node "),
                                     QStringLiteral("enableCleartextPlugin: true,"),
                                     QStringLiteral("verifyIdentity: true,")};
    QTest::newRow("php") << F::PhpPdo
                         << QStringList {
                                    QStringLiteral("MYSQL_PWD=\"$(sslcm-cli token Shop)\" php "),
                                    QStringLiteral("SSL_VERIFY_SERVER_CERT => true")};
    QTest::newRow("qt") << F::Qt
                        << QStringList {QStringLiteral("LIBMYSQL_ENABLE_CLEARTEXT_PLUGIN=1 ./app"),
                                        QStringLiteral("MYSQL_OPT_SSL_VERIFY_SERVER_CERT=TRUE")};
}

void tst_ApplicationSnippets::awsSnippetsMakeTheToken()
{
    QFETCH(ExportFormat, format);
    QFETCH(QStringList, contains);
    const Profile p = passwordSourceProfiles().first().second; // RDS host, AWS profile "prod"
    QCOMPARE(p.passwordSource.kind, PasswordSource::Kind::AwsIam);
    const ExportResult r = ProfileExporter::exportProfile(p, format);
    for (const QString &c : contains)
        QVERIFY2(r.text.contains(c), qPrintable(c + QStringLiteral(" missing in\n") + r.text));
    QVERIFY2(r.warnings.filter(QStringLiteral("REGION")).isEmpty(),
             qPrintable(r.warnings.join(QLatin1Char('\n'))));
    // Without a region in the profile or the host name: a placeholder, loudly.
    Profile noRegion = p;
    noRegion.host = QStringLiteral("db.example.com");
    noRegion.passwordSource.awsRegion.clear();
    const ExportResult placeholder = ProfileExporter::exportProfile(noRegion, format);
    const bool sdk = !r.text.contains(QLatin1String("sslcm-cli token"));
    QCOMPARE(placeholder.text.contains(QLatin1String("\"REGION\"")), sdk);
    QCOMPARE(placeholder.warnings.filter(QStringLiteral("replace REGION")).size(), sdk ? 1 : 0);
}

void tst_ApplicationSnippets::pythonAwsSnippetsHoldExactlyTheValues()
{
    // The token request as Python reads it: host, port, user, region and AWS profile intact.
    Profile p = passwordSourceProfiles().first().second;
    p.user = QStringLiteral("o'neil \"x\" \\ \u2028");
    p.passwordSource.awsProfile = QStringLiteral("team's \"prod\"");
    for (ExportFormat f : {ExportFormat::PyMySql, ExportFormat::MysqlClient}) {
        const QString text = ProfileExporter::exportProfile(p, f).text;
        QString error;
        const QStringList strings = pythonStrings(text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + text));
        for (const QString &value : {p.host, p.user, p.passwordSource.awsProfile,
                                     QStringLiteral("eu-west-1"), QStringLiteral("rds")})
            QVERIFY2(strings.contains(value), qPrintable(value + QLatin1Char('\n') + text));
    }
}

QTEST_GUILESS_MAIN(tst_ApplicationSnippets)
#include "tst_applicationsnippets.moc"
