// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/CommandLineImporter.h"
#include "interop/ConnectionImporter.h"
#include "interop/ConnectionUri.h"
#include "interop/OptionFileImporter.h"
#include "interop/ProfileBundle.h"
#include "interop/ProfileExporter.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

Q_DECLARE_METATYPE(ExportFormat)

namespace {

Profile fullProfile(SslMode mode)
{
    Profile p = Profile::create(QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
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

} // namespace

class tst_ProfileExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void mysqlAndMariadbSpellModesDifferently_data();
    void mysqlAndMariadbSpellModesDifferently();
    void snippets_data();
    void snippets();
    void secretFileIs0600();
    void bundleDuplicatesAreFlagged();
};

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

QTEST_GUILESS_MAIN(tst_ProfileExporter)
#include "tst_profileexporter.moc"
