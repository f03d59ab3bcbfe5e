// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UtcDateTime.h"
#include "interop/CommandLineImporter.h"
#include "interop/ConnectionImporter.h"
#include "interop/ConnectionUri.h"
#include "interop/OptionFileImporter.h"
#include "interop/ProfileBundle.h"
#include "interop/ProfileExporter.h"

#include "interop/ShellWords.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

Q_DECLARE_METATYPE(ExportFormat)

namespace {

Profile fullProfile(SslMode mode)
{
    Profile p = Profile::create(utcDateTime(QDate(2024, 5, 1), QTime(12, 0)));
    p.name = QStringLiteral("Shop (EU)");
    p.host = QStringLiteral("db.example.com");
    p.port = 3310;
    p.user = QStringLiteral("app user");
    p.database = QStringLiteral("shop");
    p.sslMode = mode;
    p.caFile = QStringLiteral("/etc/my certs/ca.pem");
    p.caDirectory = QStringLiteral("/etc/ssl/certs");
    p.clientCertificate = QStringLiteral("/home/me/client.pem");
    p.clientKey = QStringLiteral("/home/me/client's key.pem");
    p.cipherList = QStringLiteral("ECDHE+AESGCM:!aNULL");
    p.minTlsVersion = TlsVersion::Tls1_3;
    p.connectTimeoutSeconds = 17;
    p.notes = QStringLiteral("notes");
    p.pinnedSha256 = QByteArray(32, '\x42');
    p.unknownFields.insert(QStringLiteral("fromTheFuture"), 1);
    return p;
}

Profile tunnelledProfile(SslMode mode)
{
    Profile p = fullProfile(mode);
    p.host = QStringLiteral("db.internal");
    SshJump jump;
    jump.host = QStringLiteral("bastion.example.com");
    jump.port = 2222;
    jump.user = QStringLiteral("deploy");
    jump.auth = SshJump::Auth::KeyFile;
    jump.keyFile = QStringLiteral("/home/me/keys/bastion key");
    p.ssh = jump;
    return p;
}

// What `ssh -G` makes of `arguments` (ssh's own option parser): "keyword value" lines.
QHash<QString, QStringList> sshUnderstands(QStringList arguments)
{
    QHash<QString, QStringList> printed;
    const QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
    if (ssh.isEmpty())
        return printed;
    arguments.prepend(QStringLiteral("/dev/null"));
    arguments.prepend(QStringLiteral("-F"));
    arguments.prepend(QStringLiteral("-G"));
    QProcess process;
    process.start(ssh, arguments);
    if (!process.waitForFinished(30000))
        return printed;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            printed[QString::fromUtf8(line.left(space))] << QString::fromUtf8(line.mid(space + 1));
    }
    printed[QStringLiteral("(exit)")] << QString::number(process.exitCode());
    printed[QStringLiteral("(stderr)")] << QString::fromUtf8(process.readAllStandardError());
    return printed;
}

ImportResult reimport(ExportFormat format, const QString &text)
{
    switch (format) {
    case ExportFormat::MysqlCommand:
    case ExportFormat::MariadbCommand:
        return CommandLineImporter::parse(text);
    case ExportFormat::OptionFile:
        return OptionFileImporter::importText(text.toUtf8(), QStringLiteral("export"));
    case ExportFormat::Uri:
        return ConnectionUri::parse(text);
    case ExportFormat::SslcmJson:
        return ProfileBundle::parse(text.toUtf8(), QStringLiteral("export"));
    default:
        return {};
    }
}

bool isJava(ExportFormat f)
{
    return f == ExportFormat::JdbcMysql || f == ExportFormat::JdbcMariadb;
}

// What javac does before it reads a single token: an eligible \uXXXX (a backslash preceded by an
// even number of backslashes) becomes the character, \u000a a line break.
QString javaUnicodeEscapesApplied(const QString &text)
{
    QString out;
    int backslashes = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && backslashes % 2 == 0 && i + 1 < text.size()
            && text.at(i + 1) == QLatin1Char('u')) {
            int j = i + 1;
            while (j < text.size() && text.at(j) == QLatin1Char('u'))
                ++j;
            bool ok = false;
            const ushort code = text.mid(j, 4).toUShort(&ok, 16);
            if (ok && j + 4 <= text.size()) {
                out += QChar(code);
                i = j + 3;
                backslashes = 0;
                continue;
            }
        }
        backslashes = c == QLatin1Char('\\') ? backslashes + 1 : 0;
        out += c;
    }
    return out;
}

// Lines as the most liberal of the target languages and editors see them.
QStringList sourceLines(const QString &text)
{
    static const QRegularExpression terminators(
            QStringLiteral("\\r\\n|[\\n\\r\\v\\f\\x{85}\\x{2028}\\x{2029}]"));
    return text.split(terminators);
}

// Where PHP leaves PHP mode: a `?>` in code or in a // comment, not inside a string literal.
int phpCloseTagOutsideStrings(const QString &text)
{
    enum { Code, Single, Double, Comment } state = Code;
    for (int i = 0; i + 1 < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (state) {
        case Code:
        case Comment:
            if (c == QLatin1Char('?') && text.at(i + 1) == QLatin1Char('>'))
                return i;
            if (state == Comment) {
                if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                    state = Code;
            } else if (c == QLatin1Char('\'')) {
                state = Single;
            } else if (c == QLatin1Char('"')) {
                state = Double;
            } else if (c == QLatin1Char('/') && text.at(i + 1) == QLatin1Char('/')) {
                state = Comment;
            } else if (c == QLatin1Char('#')) {
                state = Comment;
            }
            break;
        case Single:
        case Double:
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char(state == Single ? '\'' : '"'))
                state = Code;
            break;
        }
    }
    return -1;
}

} // namespace

class tst_ProfileExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void mysqlAndMariadbSpellModesDifferently_data();
    void mysqlAndMariadbSpellModesDifferently();
    void snippets_data();
    void snippets();
    void snippetsKeepHostileValuesInside_data();
    void snippetsKeepHostileValuesInside();
    void snippetsHideNoBidirectionalControls();
    void snippetsDoNotLetValuesAddParameters_data();
    void snippetsDoNotLetValuesAddParameters();
    void secretFileIs0600();
    void bundleDuplicatesAreFlagged();
    void bundleKeepsThePasswordSource_data();
    void bundleKeepsThePasswordSource();
    void sshTunnelCommandLine_data();
    void sshTunnelCommandLine();
    void sshTunnelCommandLineIsSafe();
    void sshTunnelInOtherFormats_data();
    void sshTunnelInOtherFormats();
    void bundleKeepsTheJumpHost();

private:
    QTemporaryDir m_home;
};

// Reading an export back resolves its jump host through ~/.ssh/config: the test's own, empty.
void tst_ProfileExporter::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
}

void tst_ProfileExporter::roundTrip_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<SslMode>("mode");
    for (ExportFormat f : {ExportFormat::MysqlCommand, ExportFormat::MariadbCommand,
                           ExportFormat::OptionFile, ExportFormat::Uri, ExportFormat::SslcmJson}) {
        for (SslMode m : SslModes::all())
            QTest::addRow("%s %s", qPrintable(ExportFormats::key(f)), qPrintable(SslModes::key(m)))
                    << f << m;
    }
}

void tst_ProfileExporter::roundTrip()
{
    QFETCH(ExportFormat, format);
    QFETCH(SslMode, mode);
    const Profile p = fullProfile(mode);
    const ExportResult exported
            = ProfileExporter::exportProfile(p, format, QStringLiteral("pw 'x'"));
    const ImportResult r = reimport(format, exported.text);
    QVERIFY2(r.ok(), qPrintable(r.error + QLatin1Char('\n') + exported.text));
    QCOMPARE(r.connections.size(), 1);
    const Profile &q = r.connections.first().profile;

    if (format == ExportFormat::SslcmJson) {
        // Everything, id and unknown fields included; never the password.
        QCOMPARE(q, p);
        QVERIFY(!exported.text.contains(QLatin1String("pw 'x'")));
        QVERIFY(!exported.containsSecret);
        return;
    }
    QCOMPARE(r.connections.first().password, QStringLiteral("pw 'x'"));
    QVERIFY(exported.containsSecret);
    QCOMPARE(q.host, p.host);
    QCOMPARE(q.port, p.port);
    QCOMPARE(q.user, p.user);
    QCOMPARE(q.database, p.database);
    QCOMPARE(q.connectTimeoutSeconds, p.connectTimeoutSeconds);
    // Documented loss: the mariadb client has one switch for "preferred" and "required".
    const SslMode expectedMode
            = format == ExportFormat::MariadbCommand && mode == SslMode::Preferred
            ? SslMode::Required
            : mode;
    QCOMPARE(q.sslMode, expectedMode);
    // Documented loss: the command lines and option files say nothing about files when TLS is
    // off; a URI keeps them.
    const bool filesKept = mode != SslMode::Disabled || format == ExportFormat::Uri;
    // Documented loss: a CA makes the mariadb client verify, so it gets none unless it should.
    const bool caKept = filesKept
            && !((format == ExportFormat::MariadbCommand || format == ExportFormat::OptionFile)
                 && (mode == SslMode::Preferred || mode == SslMode::Required));
    QCOMPARE(q.caFile, caKept ? p.caFile : QString());
    QCOMPARE(q.caDirectory, caKept ? p.caDirectory : QString());
    QCOMPARE(q.clientCertificate, filesKept ? p.clientCertificate : QString());
    QCOMPARE(q.clientKey, filesKept ? p.clientKey : QString());
    QCOMPARE(q.cipherList, filesKept ? p.cipherList : QString());
    QCOMPARE(q.minTlsVersion, filesKept ? p.minTlsVersion : TlsVersion::Tls1_2);
    // Documented loss for every foreign format: name, notes, pin, id, unknown fields.
    QVERIFY(q.name != p.name);
    QVERIFY(q.notes.isEmpty());
    QVERIFY(q.pinnedSha256.isEmpty());
    QVERIFY(q.id != p.id);
    QVERIFY(q.unknownFields.isEmpty());
    QVERIFY(exported.warnings.join(QLatin1Char(' ')).contains(QLatin1String("fingerprint")));
}

void tst_ProfileExporter::mysqlAndMariadbSpellModesDifferently_data()
{
    QTest::addColumn<SslMode>("mode");
    QTest::addColumn<QString>("mysql");
    QTest::addColumn<QString>("mariadb");
    QTest::newRow("disabled") << SslMode::Disabled << QStringLiteral("--ssl-mode=DISABLED")
                              << QStringLiteral("--skip-ssl");
    QTest::newRow("required") << SslMode::Required << QStringLiteral("--ssl-mode=REQUIRED")
                              << QStringLiteral("--ssl ");
    QTest::newRow("verify-ca") << SslMode::VerifyCa << QStringLiteral("--ssl-mode=VERIFY_CA")
                               << QStringLiteral("--ssl-ca=");
    QTest::newRow("verify-identity")
            << SslMode::VerifyIdentity << QStringLiteral("--ssl-mode=VERIFY_IDENTITY")
            << QStringLiteral("--ssl-verify-server-cert");
}

void tst_ProfileExporter::mysqlAndMariadbSpellModesDifferently()
{
    QFETCH(SslMode, mode);
    QFETCH(QString, mysql);
    QFETCH(QString, mariadb);
    const Profile p = fullProfile(mode);
    const QString my = ProfileExporter::exportProfile(p, ExportFormat::MysqlCommand).text;
    const QString maria = ProfileExporter::exportProfile(p, ExportFormat::MariadbCommand).text;
    QVERIFY2(my.startsWith(QLatin1String("mysql ")) && my.contains(mysql), qPrintable(my));
    QVERIFY2(maria.startsWith(QLatin1String("mariadb ")) && maria.contains(mariadb),
             qPrintable(maria));
    QVERIFY(!maria.contains(QLatin1String("--ssl-mode")));
    QVERIFY(!my.contains(QLatin1String("--ssl-verify-server-cert")));
    // Shell-quoted: the path with a space and the key with a quote survive.
    QVERIFY(mode == SslMode::Disabled
            || my.contains(QLatin1String("'--ssl-ca=/etc/my certs/ca.pem'")));
    QVERIFY(!my.contains(QLatin1String("--password=")));
}

void tst_ProfileExporter::snippets_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<SslMode>("mode");
    QTest::addColumn<QString>("mustContain");
    QTest::addColumn<QString>("warningPart");
    const auto row = [](ExportFormat f, SslMode m, const char *contain, const char *warning) {
        QTest::addRow("%s %s", qPrintable(ExportFormats::key(f)), qPrintable(SslModes::key(m)))
                << f << m << QString::fromUtf8(contain) << QString::fromUtf8(warning);
    };
    row(ExportFormat::PhpPdo, SslMode::VerifyIdentity,
        "PDO::MYSQL_ATTR_SSL_VERIFY_SERVER_CERT => true", "");
    row(ExportFormat::PhpPdo, SslMode::VerifyCa, "PDO::MYSQL_ATTR_SSL_CA => '/etc/my certs/ca.pem'",
        "host name");
    row(ExportFormat::PyMySql, SslMode::VerifyCa, "context.check_hostname = False", "without TLS");
    row(ExportFormat::PyMySql, SslMode::VerifyIdentity,
        "ssl.create_default_context(cafile=", "without TLS");
    row(ExportFormat::MysqlClient, SslMode::VerifyIdentity, "ssl_mode=\"VERIFY_IDENTITY\"",
        "ssl_mode");
    row(ExportFormat::JdbcMysql, SslMode::VerifyIdentity, "sslMode=VERIFY_IDENTITY", "CA folder");
    row(ExportFormat::JdbcMariadb, SslMode::VerifyIdentity, "sslMode=verify-full", "CA folder");
    row(ExportFormat::JdbcMariadb, SslMode::Preferred, "sslMode=trust", "preferred");
    row(ExportFormat::NodeMysql2, SslMode::VerifyIdentity, "verifyIdentity: true", "");
    row(ExportFormat::NodeMysql2, SslMode::VerifyCa, "rejectUnauthorized: true", "");
    row(ExportFormat::Go, SslMode::VerifyIdentity, "mysql.RegisterTLSConfig(\"sslcm\", config)",
        "");
    row(ExportFormat::Go, SslMode::VerifyCa, "InsecureSkipVerify: true", "");
    row(ExportFormat::Go, SslMode::Required, "cfg.TLSConfig = \"sslcm\"", "");
    row(ExportFormat::DotNet, SslMode::VerifyIdentity, "SslMode = MySqlSslMode.VerifyFull", "");
    row(ExportFormat::DotNet, SslMode::VerifyCa, "SslMode = MySqlSslMode.VerifyCA", "");
    row(ExportFormat::Qt, SslMode::VerifyIdentity, "MYSQL_OPT_SSL_VERIFY_SERVER_CERT=TRUE",
        "never checks host names");
}

void tst_ProfileExporter::snippets()
{
    QFETCH(ExportFormat, format);
    QFETCH(SslMode, mode);
    QFETCH(QString, mustContain);
    QFETCH(QString, warningPart);
    const Profile p = fullProfile(mode);
    const ExportResult r = ProfileExporter::exportProfile(p, format);
    QVERIFY2(r.text.contains(mustContain), qPrintable(r.text));
    QVERIFY(!r.containsSecret);
    QVERIFY(r.text.contains(QLatin1String("MYSQL_PWD")));
    if (!warningPart.isEmpty())
        QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(warningPart),
                 qPrintable(r.warnings.join(QLatin1Char('\n'))));
    const ExportResult withSecret
            = ProfileExporter::exportProfile(p, format, QStringLiteral("Pw\"1"));
    QVERIFY(withSecret.containsSecret);
    QVERIFY(!withSecret.text.contains(QLatin1String("MYSQL_PWD")));
}

void tst_ProfileExporter::snippetsKeepHostileValuesInside_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("terminator");
    const QList<QPair<const char *, QString>> terminators {
            {"LF", QStringLiteral("\n")},
            {"CR", QStringLiteral("\r")},
            {"CRLF", QStringLiteral("\r\n")},
            {"VT", QStringLiteral("\v")},
            {"FF", QStringLiteral("\f")},
            {"NEL", QString(QChar(0x85))},
            {"LS", QString(QChar(0x2028))},
            {"PS", QString(QChar(0x2029))},
            {"java-escape", QStringLiteral("\\u000a")}};
    for (ExportFormat f : ExportFormats::all()) {
        if (!ExportFormats::isApplicationSnippet(f))
            continue;
        for (const auto &[name, terminator] : terminators)
            QTest::addRow("%s %s", qPrintable(ExportFormats::key(f)), name) << f << terminator;
    }
}

// A profile is data from anywhere (an imported file, a shared bundle): a snippet made from it is
// pasted into a program. No value may end its string or comment and become code.
void tst_ProfileExporter::snippetsKeepHostileValuesInside()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, terminator);
    const auto profileWith = [](const QString &breakText) {
        const QString evil = breakText
                + QStringLiteral("EVIL() */ --> \"\"\" ?><?php EVIL(); // \\") + breakText
                + QStringLiteral("EVIL # -*- coding: utf-7 -*- \\");
        Profile p = fullProfile(SslMode::VerifyIdentity);
        p.caDirectory.clear();
        p.name = QStringLiteral("Shop") + evil;
        p.notes = evil;
        p.host = QStringLiteral("db.example.com") + evil;
        p.user = QStringLiteral("app") + evil;
        p.database = QStringLiteral("shop") + evil;
        p.caFile = QStringLiteral("/etc/ca.pem") + evil;
        p.clientCertificate = QStringLiteral("/home/me/client.pem") + evil;
        p.clientKey = QStringLiteral("/home/me/client.key") + evil;
        p.cipherList = QStringLiteral("ECDHE+AESGCM") + evil;
        return p;
    };
    const ExportResult hostile = ProfileExporter::exportProfile(profileWith(terminator), format);
    const QStringList lines = sourceLines(hostile.text);
    QStringList linesToCheck = lines;
    // javac turns \u000a into a line break before it sees strings or comments.
    if (isJava(format))
        linesToCheck << javaUnicodeEscapesApplied(hostile.text)
                                .split(QRegularExpression(QStringLiteral("\\r\\n|\\r|\\n")));
    for (const QString &line : std::as_const(linesToCheck))
        QVERIFY2(!line.trimmed().startsWith(QLatin1String("EVIL")),
                 qPrintable(QStringLiteral("a profile value starts a line:\n") + hostile.text));
    // The same values without the line breaks give a snippet with exactly as many lines.
    const ExportResult tame
            = ProfileExporter::exportProfile(profileWith(QStringLiteral(" ")), format);
    QCOMPARE(lines.size(), sourceLines(tame.text).size());

    if (format == ExportFormat::PhpPdo)
        QCOMPARE(phpCloseTagOutsideStrings(hostile.text), -1);
    if (format == ExportFormat::PyMySql || format == ExportFormat::MysqlClient) {
        // PEP 263: such a comment in the first two lines decides how Python decodes the file.
        static const QRegularExpression cookie(
                QStringLiteral("^[ \\t\\f]*#.*?coding[:=][ \\t]*[-\\w.]+"));
        for (int i = 0; i < 2; ++i)
            QVERIFY2(!cookie.match(lines.at(i)).hasMatch(), qPrintable(lines.at(i)));
    }
}

void tst_ProfileExporter::snippetsHideNoBidirectionalControls()
{
    // "Trojan Source": bidirectional controls make code display differently from how it runs.
    // A profile value carrying them ends up escaped (strings) or blanked (comments).
    Profile p = fullProfile(SslMode::VerifyIdentity);
    const QString bidi = QStringLiteral("\u202E\u2066\u2069\u200F\u061C");
    p.name += bidi;
    p.notes += bidi;
    p.user += bidi;
    p.database += bidi;
    for (ExportFormat format : ExportFormats::all()) {
        if (!ExportFormats::isApplicationSnippet(format))
            continue;
        const ExportResult exported = ProfileExporter::exportProfile(p, format);
        for (const QChar c : bidi)
            QVERIFY2(!exported.text.contains(c),
                     qPrintable(ExportFormats::key(format) + QLatin1Char(' ')
                                + QString::number(c.unicode(), 16)));
    }
}

void tst_ProfileExporter::snippetsDoNotLetValuesAddParameters_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("injected");
    QTest::newRow("PDO host") << ExportFormat::PhpPdo << "host"
                              << "db.example.com;unix_socket=/tmp/evil.sock"
                              << "unix_socket";
    QTest::newRow("PDO database") << ExportFormat::PhpPdo << "database"
                                  << "shop;host=evil.example"
                                  << "evil.example";
    QTest::newRow("Connector/J host") << ExportFormat::JdbcMysql << "host"
                                      << "evil.example/?sslMode=DISABLED&x="
                                      << "sslMode=DISABLED";
    QTest::newRow("MariaDB Connector/J host") << ExportFormat::JdbcMariadb << "host"
                                              << "evil.example/?sslMode=disable#"
                                              << "sslMode=disable";
    QTest::newRow("QMYSQL CA") << ExportFormat::Qt << "ca"
                               << "/etc/ca.pem;SSL_CA=/tmp/evil.pem"
                               << "/tmp/evil.pem";
}

// DSNs, URLs and connect-option strings have no quoting of their own: a value that would add a
// parameter (and, say, turn TLS off) is left out with a warning.
void tst_ProfileExporter::snippetsDoNotLetValuesAddParameters()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, injected);
    Profile p = fullProfile(SslMode::VerifyIdentity);
    if (field == QLatin1String("host"))
        p.host = value;
    else if (field == QLatin1String("database"))
        p.database = value;
    else
        p.caFile = value;
    const ExportResult r = ProfileExporter::exportProfile(p, format);
    QVERIFY2(!r.text.contains(injected), qPrintable(r.text));
    QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(QLatin1String("left out")),
             qPrintable(r.warnings.join(QLatin1Char('\n'))));
}

void tst_ProfileExporter::secretFileIs0600()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Profile p = fullProfile(SslMode::VerifyIdentity);
    const QString secretPath = dir.filePath(QStringLiteral("secret.cnf"));
    const auto saved = ProfileExporter::saveToFile(
            ProfileExporter::exportProfile(p, ExportFormat::OptionFile, QStringLiteral("pw")),
            secretPath);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QVERIFY(!saved.warnings.isEmpty());
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(secretPath).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));

    const QString publicPath = dir.filePath(QStringLiteral("public.cnf"));
    QVERIFY(ProfileExporter::saveToFile(ProfileExporter::exportProfile(p, ExportFormat::OptionFile),
                                        publicPath)
                    .ok);
    QCOMPARE(::stat(QFile::encodeName(publicPath).constData(), &st), 0);
    QVERIFY((st.st_mode & 0077) != 0); // a file without secrets is not made private
    QFile file(publicPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("password"));
}

void tst_ProfileExporter::bundleDuplicatesAreFlagged()
{
    Profile a = fullProfile(SslMode::VerifyIdentity);
    Profile b = fullProfile(SslMode::Required);
    b.id = QUuid::createUuid();
    b.name = QStringLiteral("other");
    b.host = QStringLiteral("other.example.com");
    const ExportResult bundle = ProfileExporter::exportProfiles({a, b});
    ImportResult r = ConnectionImporter::importData(bundle.text.toUtf8(), QStringLiteral("bundle"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), 2);
    r.markDuplicates({a});
    QCOMPARE(r.duplicateCount(), 1);
    QVERIFY(r.connections.at(0).isDuplicate());
    QCOMPARE(r.profilesToAdd().size(), 1);
    QCOMPARE(r.profilesToAdd().first().id, b.id);
    const QList<Profile> all = r.profilesToAdd(true);
    QCOMPARE(all.size(), 2);
    QVERIFY(all.first().id != a.id); // a duplicate added on request gets its own id

    // The same server under another name is a duplicate too.
    Profile c = fullProfile(SslMode::VerifyCa);
    c.id = QUuid::createUuid();
    c.name = QStringLiteral("renamed");
    ImportResult uri = ConnectionUri::parse(ConnectionUri::format(c));
    uri.markDuplicates({a});
    QCOMPARE(uri.duplicateCount(), 1);
    QVERIFY(uri.summary().contains(QLatin1String("duplicate")));
}

void tst_ProfileExporter::bundleKeepsThePasswordSource_data()
{
    QTest::addColumn<QJsonObject>("source");
    const auto object = [](std::initializer_list<std::pair<QString, QJsonValue>> fields) {
        QJsonObject o;
        for (const auto &[key, value] : fields)
            o.insert(key, value);
        return o;
    };
    QTest::newRow("ask") << object({{QStringLiteral("kind"), QStringLiteral("ask")}});
    QTest::newRow("command, clear-text token, a field of a newer sslcm") << object(
            {{QStringLiteral("kind"), QStringLiteral("command")},
             {QStringLiteral("command"),
              QJsonArray {QStringLiteral("gcloud"), QStringLiteral("sql"),
                          QStringLiteral("generate-login-token"), QStringLiteral("--user={user}")}},
             {QStringLiteral("clearTextToken"), true},
             {QStringLiteral("timeoutSeconds"), 30}});
    QTest::newRow("aws-iam") << object({{QStringLiteral("kind"), QStringLiteral("aws-iam")},
                                        {QStringLiteral("awsRegion"), QStringLiteral("eu-west-1")},
                                        {QStringLiteral("awsProfile"), QStringLiteral("prod")}});
    // A kind this version does not know: kept as it was, for the sslcm that wrote it.
    QTest::newRow("unknown kind") << object(
            {{QStringLiteral("kind"), QStringLiteral("vault-dynamic")},
             {QStringLiteral("role"), QStringLiteral("readonly")}});
}

void tst_ProfileExporter::bundleKeepsThePasswordSource()
{
    QFETCH(QJsonObject, source);
    QJsonObject stored = fullProfile(SslMode::VerifyIdentity).toJson();
    stored.insert(QLatin1String(PasswordSource::fieldName), source);
    const Profile::Parsed parsed = Profile::fromJson(stored);
    QVERIFY2(parsed.profile, qPrintable(parsed.problem));
    const Profile p = *parsed.profile;

    const ExportResult bundle = ProfileExporter::exportProfiles({p});
    QVERIFY(!bundle.containsSecret);
    const ImportResult r
            = ConnectionImporter::importData(bundle.text.toUtf8(), QStringLiteral("b"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), 1);
    const Profile &q = r.connections.first().profile;
    QCOMPARE(q.passwordSource, p.passwordSource);
    QCOMPARE(q.unknownFields, p.unknownFields);
    QCOMPARE(q.toJson().value(QLatin1String(PasswordSource::fieldName)).toObject(), source);
    QVERIFY(r.connections.first().isImportable());
    QCOMPARE(q, p);
}

void tst_ProfileExporter::sshTunnelCommandLine_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<SslMode>("mode");
    QTest::addColumn<QString>("whatWorks"); // empty: nothing more to say
    for (SslMode m : {SslMode::VerifyIdentity, SslMode::VerifyCa, SslMode::Required}) {
        QTest::addRow("mysql %s", qPrintable(SslModes::key(m)))
                << ExportFormat::MysqlCommand << m
                << (m == SslMode::VerifyIdentity ? QStringLiteral("--ssl-mode=VERIFY_CA")
                                                 : QString());
        QTest::addRow("mariadb %s", qPrintable(SslModes::key(m)))
                << ExportFormat::MariadbCommand << m
                << (m == SslMode::VerifyIdentity     ? QStringLiteral("--ssl-ca without")
                            : m == SslMode::VerifyCa ? QStringLiteral("MariaDB 11.4")
                                                     : QString());
    }
}

// The clients cannot go through SSH: the export opens a tunnel with ssh -L first, connects the
// client to its local end, and says plainly that the certificate is then checked against
// 127.0.0.1.
void tst_ProfileExporter::sshTunnelCommandLine()
{
    QFETCH(ExportFormat, format);
    QFETCH(SslMode, mode);
    QFETCH(QString, whatWorks);
    const Profile p = tunnelledProfile(mode);
    const ExportResult r = ProfileExporter::exportProfile(p, format);
    const QStringList lines = r.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    for (int i : {0, 1, 3, 4})
        QVERIFY2(lines.at(i).startsWith(QLatin1String("# ")), qPrintable(lines.at(i)));
    QVERIFY(lines.at(0).contains(QLatin1String("db.internal:3310"))
            && lines.at(0).contains(QLatin1String("deploy@bastion.example.com:2222")));
    QCOMPARE(lines.at(2),
             QStringLiteral("ssh -N -o ExitOnForwardFailure=yes -L "
                            "127.0.0.1:13310:db.internal:3310 -p 2222 -i "
                            "'/home/me/keys/bastion key' deploy@bastion.example.com"));
    const QString client = lines.at(5);
    QVERIFY2(client.startsWith(format == ExportFormat::MysqlCommand ? QLatin1String("mysql ")
                                                                    : QLatin1String("mariadb ")),
             qPrintable(client));
    QVERIFY2(client.contains(QLatin1String("--host=127.0.0.1 --port=13310")), qPrintable(client));
    QVERIFY(!client.contains(QLatin1String("db.internal")));
    // The profile's verification is kept, never lowered behind the user's back...
    QVERIFY(format != ExportFormat::MysqlCommand
            || client.contains(
                    QLatin1String("--ssl-mode=")
                    + SslModes::key(mode).toUpper().replace(QLatin1Char('-'), QLatin1Char('_'))));
    // ...and the text says what the client checks, and what works.
    const QString check = lines.at(4);
    QVERIFY2(check.contains(QLatin1String("against 127.0.0.1, not against db.internal")),
             qPrintable(check));
    if (!whatWorks.isEmpty()) {
        QVERIFY2(check.contains(whatWorks), qPrintable(check));
        QVERIFY2(mode != SslMode::VerifyIdentity || check.contains(QLatin1String("sslcm itself")),
                 qPrintable(check));
    }
    const QString warnings = r.warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("127.0.0.1"))
                     && warnings.contains(QLatin1String("known_hosts")),
             qPrintable(warnings));

    // The client line alone is a connection to the tunnel's end; the whole text reads back as
    // the profile with its jump host.
    const ImportResult end = CommandLineImporter::parse(client);
    QVERIFY2(end.ok(), qPrintable(end.error));
    QCOMPARE(end.connections.first().profile.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(end.connections.first().profile.port, quint16(13310));
    const ImportResult back = CommandLineImporter::parse(r.text);
    QVERIFY2(back.ok(), qPrintable(back.error));
    const Profile &q = back.connections.first().profile;
    QCOMPARE(q.host, p.host);
    QCOMPARE(q.port, p.port);
    QCOMPARE(q.ssh, p.ssh);
    QCOMPARE(q.sslMode,
             format == ExportFormat::MariadbCommand && mode == SslMode::Required ? SslMode::Required
                                                                                 : mode);
    // Documented loss: a CA makes the mariadb client verify, so Required gets none.
    QCOMPARE(q.caFile,
             format == ExportFormat::MariadbCommand && mode == SslMode::Required ? QString()
                                                                                 : p.caFile);

    // ssh itself reads the tunnel line as meant.
    const ShellWords::Split words = ShellWords::split(lines.at(2));
    QVERIFY(words.error.isEmpty());
    const auto ssh = sshUnderstands(words.words.mid(1));
    if (ssh.isEmpty())
        QSKIP("ssh (openssh-client) is not installed");
    QCOMPARE(ssh.value(QStringLiteral("(exit)")), QStringList {QStringLiteral("0")});
    QCOMPARE(ssh.value(QStringLiteral("hostname")),
             QStringList {QStringLiteral("bastion.example.com")});
    QCOMPARE(ssh.value(QStringLiteral("user")), QStringList {QStringLiteral("deploy")});
    QCOMPARE(ssh.value(QStringLiteral("port")), QStringList {QStringLiteral("2222")});
    QCOMPARE(ssh.value(QStringLiteral("localforward")),
             QStringList {QStringLiteral("[127.0.0.1]:13310 [db.internal]:3310")});
    // ssh takes the key file as one word (and warns that this made-up one does not exist).
    QVERIFY2(ssh.value(QStringLiteral("(stderr)"))
                     .join(QLatin1Char(' '))
                     .contains(QLatin1String("/home/me/keys/bastion key not accessible")),
             qPrintable(ssh.value(QStringLiteral("(stderr)")).join(QLatin1Char(' '))));
    QCOMPARE(ssh.value(QStringLiteral("exitonforwardfailure")),
             QStringList {QStringLiteral("yes")});
}

// A name with a line break stays inside its comment; a user name that looks like an option
// never becomes one; an IPv6 database is bracketed for -L.
void tst_ProfileExporter::sshTunnelCommandLineIsSafe()
{
    Profile p = tunnelledProfile(SslMode::VerifyIdentity);
    p.name = QStringLiteral("shop\nrm -rf ~ #");
    p.host = QStringLiteral("2001:db8::7");
    p.port = 3306;
    p.ssh->user = QStringLiteral("-oProxyCommand=touch /tmp/sslcm-pwned");
    p.ssh->port = SshJump::defaultPort;
    p.ssh->auth = SshJump::Auth::Agent;
    p.ssh->keyFile.clear();
    const ExportResult r = ProfileExporter::exportProfile(p, ExportFormat::MysqlCommand);
    const QStringList lines = r.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(QLatin1String("# ")) || line.startsWith(QLatin1String("ssh "))
                         || line.startsWith(QLatin1String("mysql ")),
                 qPrintable(line));
    QCOMPARE(lines.at(2),
             QStringLiteral("ssh -N -o ExitOnForwardFailure=yes -L "
                            "'127.0.0.1:13306:[2001:db8::7]:3306' -- "
                            "'-oProxyCommand=touch /tmp/sslcm-pwned@bastion.example.com'"));
    const ShellWords::Split words = ShellWords::split(lines.at(2));
    const auto ssh = sshUnderstands(words.words.mid(1));
    if (ssh.isEmpty())
        QSKIP("ssh (openssh-client) is not installed");
    // ssh takes it as a (bad) destination, never as an option: no ProxyCommand.
    QVERIFY(!ssh.contains(QStringLiteral("proxycommand")));
}

void tst_ProfileExporter::sshTunnelInOtherFormats_data()
{
    QTest::addColumn<ExportFormat>("format");
    for (ExportFormat f : ExportFormats::all()) {
        if (f != ExportFormat::MysqlCommand && f != ExportFormat::MariadbCommand
            && f != ExportFormat::SslcmJson)
            QTest::addRow("%s", qPrintable(ExportFormats::key(f))) << f;
    }
}

// Formats that cannot carry the jump host say so: the option file in its comments, every other
// in a warning, the snippets in their header too.
void tst_ProfileExporter::sshTunnelInOtherFormats()
{
    QFETCH(ExportFormat, format);
    const Profile p = tunnelledProfile(SslMode::VerifyIdentity);
    const ExportResult r = ProfileExporter::exportProfile(p, format);
    const QString warnings = r.warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("jump host")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("127.0.0.1")), qPrintable(warnings));
    if (format == ExportFormat::OptionFile) {
        QVERIFY2(r.text.contains(QLatin1String("# sslcm reaches db.internal:3310 through the SSH "
                                               "jump host deploy@bastion.example.com:2222"))
                         && r.text.contains(QLatin1String("#   ssh -N -o ExitOnForwardFailure=yes "
                                                          "-L 127.0.0.1:13310:db.internal:3310")),
                 qPrintable(r.text));
        // Still an option file that reads back as the database's own address.
        const ImportResult back
                = OptionFileImporter::importText(r.text.toUtf8(), QStringLiteral("export"));
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.connections.first().profile.host, QStringLiteral("db.internal"));
    } else if (ExportFormats::isApplicationSnippet(format)) {
        QVERIFY2(r.text.contains(QLatin1String("SSH jump host deploy@bastion.example.com:2222")),
                 qPrintable(r.text));
    }
}

// sslcm's own bundle carries the jump host, a newer sslcm's fields in it included.
void tst_ProfileExporter::bundleKeepsTheJumpHost()
{
    Profile p = tunnelledProfile(SslMode::VerifyIdentity);
    p.ssh->unknownFields.insert(QStringLiteral("hostKeyAlgorithms"), QStringLiteral("ssh-ed25519"));
    Profile agent = fullProfile(SslMode::VerifyCa);
    agent.id = QUuid::createUuid();
    agent.name = QStringLiteral("through the agent");
    agent.ssh = SshJump::parseDestination(QStringLiteral("ops@[2001:db8::1]:2200"));
    QVERIFY(agent.ssh);
    const ExportResult bundle = ProfileExporter::exportProfiles({p, agent});
    QVERIFY(!bundle.containsSecret);
    QVERIFY(bundle.text.contains(QLatin1String("\"ssh\"")));
    QVERIFY(bundle.warnings.join(QLatin1Char(' ')).contains(QLatin1String("SSH jump hosts")));
    ImportResult r = ConnectionImporter::importData(bundle.text.toUtf8(), QStringLiteral("b"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), 2);
    QCOMPARE(r.connections.at(0).profile, p);
    QCOMPARE(r.connections.at(0).profile.ssh, p.ssh);
    QCOMPARE(r.connections.at(1).profile.ssh, agent.ssh);
    QVERIFY(r.connections.at(0).isImportable());
    // The same database behind another jump host is not the same server.
    Profile elsewhere = p;
    elsewhere.id = QUuid::createUuid();
    elsewhere.name = QStringLiteral("elsewhere");
    elsewhere.ssh->host = QStringLiteral("other-bastion.example.com");
    r.markDuplicates({elsewhere});
    QCOMPARE(r.duplicateCount(), 0);
    r.markDuplicates({p});
    QCOMPARE(r.duplicateCount(), 1);
}

QTEST_GUILESS_MAIN(tst_ProfileExporter)
#include "tst_profileexporter.moc"
