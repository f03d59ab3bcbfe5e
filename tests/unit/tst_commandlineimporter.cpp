// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/CommandLineImporter.h"
#include "interop/ProfileExporter.h"
#include "interop/ShellWords.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(PasswordSource::Kind)

class tst_CommandLineImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void attachedPassword();
    void shellWords_data();
    void shellWords();
    void refused_data();
    void refused();
    void passwordFromTheShell_data();
    void passwordFromTheShell();
    void ownExportsSayWhereThePasswordCameFrom();
    void sshTunnel_data();
    void sshTunnel();

private:
    QTemporaryDir m_home;
};

// The jump host of an ssh command is resolved through ~/.ssh/config: the test's own, empty, so
// the developer's does not change the results.
void tst_CommandLineImporter::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QCOMPARE(QDir::homePath(), QDir(m_home.path()).canonicalPath());
}

void tst_CommandLineImporter::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<SslMode>("mode");
    QTest::addColumn<QString>("ca");

    QTest::newRow("mysql short") << QStringLiteral(
            "mysql -h db.example.com -P 3307 -u app -D shop "
            "--ssl-mode=VERIFY_IDENTITY --ssl-ca=/etc/ca.pem")
                                 << QStringLiteral("db.example.com") << 3307
                                 << QStringLiteral("app") << QStringLiteral("shop")
                                 << SslMode::VerifyIdentity << QStringLiteral("/etc/ca.pem");
    QTest::newRow("attached and positional")
            << QStringLiteral("/usr/bin/mysql -hdb -uapp -p --ssl-ca '/my certs/ca.pem' shop")
            << QStringLiteral("db") << 3306 << QStringLiteral("app") << QStringLiteral("shop")
            << SslMode::VerifyCa << QStringLiteral("/my certs/ca.pem");
    QTest::newRow("mariadb verify") << QStringLiteral("mariadb --host=h --ssl --ssl-ca=/c.pem "
                                                      "--ssl-verify-server-cert")
                                    << QStringLiteral("h") << 3306 << QString() << QString()
                                    << SslMode::VerifyIdentity << QStringLiteral("/c.pem");
    QTest::newRow("mariadb ssl only")
            << QStringLiteral("mariadb --host=h --ssl") << QStringLiteral("h") << 3306 << QString()
            << QString() << SslMode::Required << QString();
    QTest::newRow("skip-ssl, continuation")
            << QStringLiteral("mysql \\\n  --host=h \\\n  --skip-ssl") << QStringLiteral("h")
            << 3306 << QString() << QString() << SslMode::Disabled << QString();
    QTest::newRow("pipe ignored") << QStringLiteral("mysql -h h shop < dump.sql")
                                  << QStringLiteral("h") << 3306 << QString()
                                  << QStringLiteral("shop") << SslMode::Preferred << QString();
    QTest::newRow("env prefix") << QStringLiteral("MYSQL_PWD=x mysql --host h --ssl-mode required")
                                << QStringLiteral("h") << 3306 << QString() << QString()
                                << SslMode::Required << QString();
}

void tst_CommandLineImporter::parse()
{
    QFETCH(QString, line);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, database);
    QFETCH(SslMode, mode);
    QFETCH(QString, ca);
    const ImportResult r = CommandLineImporter::parse(line);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), 1);
    const Profile &p = r.connections.first().profile;
    QCOMPARE(p.host, host);
    QCOMPARE(int(p.port), port);
    QCOMPARE(p.user, user);
    QCOMPARE(p.database, database);
    QCOMPARE(p.sslMode, mode);
    QCOMPARE(p.caFile, ca);
}

void tst_CommandLineImporter::attachedPassword()
{
    const ImportResult r = CommandLineImporter::parse(QStringLiteral("mysql -uroot -ps3cr3t -h h"));
    QVERIFY(r.ok());
    QCOMPARE(r.connections.first().password, QStringLiteral("s3cr3t"));
    QCOMPARE(r.connections.first().profile.host, QStringLiteral("h"));
    QVERIFY(!r.warnings.isEmpty());
    QVERIFY(!r.summary().contains(QLatin1String("s3cr3t")));
}

void tst_CommandLineImporter::shellWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("plain") << QStringLiteral("/etc/ca.pem");
    QTest::newRow("space") << QStringLiteral("/my certs/ca.pem");
    QTest::newRow("quote") << QStringLiteral("it's");
    QTest::newRow("dollar") << QStringLiteral("$HOME;rm -rf /");
    QTest::newRow("empty") << QString();
    QTest::newRow("newline") << QStringLiteral("a\nb");
    QTest::newRow("unicode") << QStringLiteral("pässwört");
}

void tst_CommandLineImporter::shellWords()
{
    QFETCH(QString, word);
    const QString line = ShellWords::join({QStringLiteral("x"), word, QStringLiteral("y")});
    const ShellWords::Split split = ShellWords::split(line);
    QVERIFY(split.error.isEmpty());
    QCOMPARE(split.words, (QStringList {QStringLiteral("x"), word, QStringLiteral("y")}));
}

void tst_CommandLineImporter::refused_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("other program") << QStringLiteral("rm -rf /");
    QTest::newRow("unbalanced") << QStringLiteral("mysql -h 'h");
    QTest::newRow("empty") << QString();
    QTest::newRow("huge") << QStringLiteral("mysql ")
                    + QString(CommandLineImporter::maxLength, QLatin1Char('a'));
}

void tst_CommandLineImporter::refused()
{
    QFETCH(QString, line);
    const ImportResult r = CommandLineImporter::parse(line);
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
}

void tst_CommandLineImporter::passwordFromTheShell_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<PasswordSource::Kind>("kind");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<bool>("clearTextToken");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("awsProfile");
    QTest::addColumn<QString>("said"); // in a note or in what was not carried over
    using K = PasswordSource::Kind;
    QTest::newRow("password manager")
            << QStringLiteral("mysql -h db --password=\"$(pass show 'db/prod one')\"") << K::Command
            << QStringList {QStringLiteral("pass"), QStringLiteral("show"),
                            QStringLiteral("db/prod one")}
            << false << QString() << QString() << QStringLiteral("run for each connection");
    QTest::newRow("token command, clear text, backticks")
            << QStringLiteral("mariadb -h db --enable-cleartext-plugin "
                              "-p\"`gcloud sql generate-login-token`\"")
            << K::Command
            << QStringList {QStringLiteral("gcloud"), QStringLiteral("sql"),
                            QStringLiteral("generate-login-token")}
            << true << QString() << QString() << QStringLiteral("gcloud sql generate-login-token");
    QTest::newRow("pipeline: through the shell it was written for")
            << QStringLiteral("MYSQL_PWD=\"$(az account get-access-token --resource-type "
                              "oss-rdbms | jq -r .accessToken)\" mysql -h db "
                              "--enable-cleartext-plugin")
            << K::Command
            << QStringList {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                            QStringLiteral("az account get-access-token --resource-type "
                                           "oss-rdbms | jq -r .accessToken")}
            << true << QString() << QString() << QStringLiteral("jq -r");
    QTest::newRow("aws rds generate-db-auth-token")
            << QStringLiteral("mysql --host=shop.c9akciq32.eu-west-1.rds.amazonaws.com "
                              "--ssl-ca=/etc/rds.pem --enable-cleartext-plugin --user=iam_app "
                              "--password=\"$(aws rds generate-db-auth-token --hostname "
                              "shop.c9akciq32.eu-west-1.rds.amazonaws.com --port 3306 "
                              "--region=eu-west-1 --username iam_app --profile prod)\"")
            << K::AwsIam << QStringList() << false << QStringLiteral("eu-west-1")
            << QStringLiteral("prod") << QStringLiteral("generate-db-auth-token");
    QTest::newRow("shell variable: not a password")
            << QStringLiteral("mysql -h db --enable-cleartext-plugin --password=$TOKEN") << K::Ask
            << QStringList() << false << QString() << QString() << QStringLiteral("$TOKEN");
    QTest::newRow("sslcm's own profile")
            << QStringLiteral("mysql -h db --password=\"$(sslcm-cli token -- '-odd name')\"")
            << K::Keychain << QStringList() << false << QString() << QString()
            << QStringLiteral("“-odd name”");
}

void tst_CommandLineImporter::passwordFromTheShell()
{
    QFETCH(QString, line);
    QFETCH(PasswordSource::Kind, kind);
    QFETCH(QStringList, command);
    QFETCH(bool, clearTextToken);
    QFETCH(QString, region);
    QFETCH(QString, awsProfile);
    QFETCH(QString, said);
    const ImportResult r = CommandLineImporter::parse(line);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const ImportResult::Connection &c = r.connections.first();
    // What the shell would have run is never taken for the password itself.
    QVERIFY2(c.password.isEmpty(), qPrintable(c.password));
    QVERIFY(!r.hasPasswords());
    const PasswordSource &source = c.profile.passwordSource;
    QCOMPARE(source.kind, kind);
    QCOMPARE(source.command, command);
    QCOMPARE(source.clearTextToken, clearTextToken);
    QCOMPARE(source.awsRegion, region);
    QCOMPARE(source.awsProfile, awsProfile);
    QVERIFY2((c.notes + c.notCarried).join(QLatin1Char('\n')).contains(said),
             qPrintable((c.notes + c.notCarried).join(QLatin1Char('\n'))));
}

void tst_CommandLineImporter::ownExportsSayWhereThePasswordCameFrom()
{
    // sslcm's export of a command or IAM profile, pasted back: no password, a note that names
    // the profile; the clear-text plugin makes the imported profile ask every time.
    Profile p = Profile::create();
    p.name = QStringLiteral("it's prod");
    p.host = QStringLiteral("db.example.com");
    p.user = QStringLiteral("app");
    p.caFile = QStringLiteral("/etc/ca.pem");
    p.passwordSource.kind = PasswordSource::Kind::AwsIam;
    for (ExportFormat f : {ExportFormat::MysqlCommand, ExportFormat::MariadbCommand}) {
        const ImportResult r
                = CommandLineImporter::parse(ProfileExporter::exportProfile(p, f).text);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const ImportResult::Connection &c = r.connections.first();
        QVERIFY(c.password.isEmpty());
        QCOMPARE(c.profile.host, p.host);
        QCOMPARE(c.profile.sslMode, SslMode::VerifyIdentity);
        QVERIFY2(c.notes.join(QLatin1Char('\n')).contains(QStringLiteral("“it's prod”")),
                 qPrintable(c.notes.join(QLatin1Char('\n'))));
        QCOMPARE(c.profile.passwordSource.kind,
                 f == ExportFormat::MysqlCommand ? PasswordSource::Kind::Ask
                                                 : PasswordSource::Kind::Keychain);
    }
}

void tst_CommandLineImporter::sshTunnel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host"); // the database as the jump host sees it
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("jump");    // SshJump::destination(); empty: none
    QTest::addColumn<QString>("keyFile"); // empty: not a key file
    QTest::addColumn<QString>("problem"); // part of the reason it cannot be imported
    QTest::newRow("two lines") << QStringLiteral(
            "ssh -N -L 3307:db.internal:3306 deploy@bastion.example.com\n"
            "mysql -h 127.0.0.1 -P 3307 -u app --ssl-mode=VERIFY_IDENTITY\n")
                               << "db.internal" << 3306 << "deploy@bastion.example.com"
                               << ""
                               << "";
    QTest::newRow("one line with &&") << QStringLiteral(
            "ssh -f -N -L 127.0.0.1:13306:10.0.0.5:3306 -p 2222 -i ~/.ssh/bastion ops@jump "
            "&& mariadb --host=127.0.0.1 --port=13306 --ssl")
                                      << "10.0.0.5" << 3306 << "ops@jump:2222"
                                      << "/.ssh/bastion"
                                      << "";
    QTest::newRow("comments, -l, -o Port, localhost")
            << QStringLiteral("# open the tunnel\nssh -l ops -o Port=2201 -NL "
                              "3308:[2001:db8::9]:3306 bastion\n# then\nmysql -h localhost "
                              "-P 3308")
            << "2001:db8::9" << 3306 << "ops@bastion:2201"
            << ""
            << "";
    QTest::newRow("ssh:// destination") << QStringLiteral(
            "ssh -N -L 3307:db:3306 ssh://ops@bastion.example.com:2200\nmysql -h 127.0.0.1 -P 3307")
                                        << "db" << 3306 << "ops@bastion.example.com:2200"
                                        << ""
                                        << "";
    QTest::newRow("two hops") << QStringLiteral(
            "ssh -J outer.example.com -N -L 3307:db:3306 inner\nmysql -h 127.0.0.1 -P 3307")
                              << "db" << 3306 << ""
                              << ""
                              << "one jump host";
    // The client does not go through the tunnel: the ssh line is not carried over.
    QTest::newRow("another port") << QStringLiteral(
            "ssh -N -L 3307:db:3306 bastion\nmysql -h 127.0.0.1 -P 3306")
                                  << "127.0.0.1" << 3306 << ""
                                  << ""
                                  << "";
}

// A tunnel pasted with its client is the profile's jump host, the database as the jump host sees
// it; the profile's own mysql export reads back the same way.
void tst_CommandLineImporter::sshTunnel()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, jump);
    QFETCH(QString, keyFile);
    QFETCH(QString, problem);
    ImportResult r = CommandLineImporter::parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error));
    r.checkConnections();
    QCOMPARE(r.connections.size(), 1);
    const ImportResult::Connection &c = r.connections.first();
    QCOMPARE(c.profile.host, host);
    QCOMPARE(int(c.profile.port), port);
    if (!problem.isEmpty()) {
        QVERIFY(!c.isImportable());
        QVERIFY2(c.problems.join(QLatin1Char(' ')).contains(problem),
                 qPrintable(c.problems.join(QLatin1Char('\n'))));
        return;
    }
    if (jump.isEmpty()) {
        QVERIFY(!c.profile.ssh);
        QVERIFY(c.notCarried.join(QLatin1Char(' ')).contains(QLatin1String("ssh command")));
        return;
    }
    QVERIFY(c.profile.ssh);
    QCOMPARE(c.profile.ssh->destination(), jump);
    QCOMPARE(c.profile.ssh->auth,
             keyFile.isEmpty() ? SshJump::Auth::Agent : SshJump::Auth::KeyFile);
    if (!keyFile.isEmpty())
        QCOMPARE(c.profile.ssh->keyFile, QDir::homePath() + keyFile);
    QVERIFY2(c.isImportable(), qPrintable(c.problems.join(QLatin1Char('\n'))));
    QVERIFY(c.notes.join(QLatin1Char(' ')).contains(QLatin1String("not 127.0.0.1")));

    // The export of what was imported reads back as the same profile's connection.
    Profile p = c.profile;
    p.name = QStringLiteral("back");
    for (ExportFormat format : {ExportFormat::MysqlCommand, ExportFormat::MariadbCommand}) {
        const ImportResult back
                = CommandLineImporter::parse(ProfileExporter::exportProfile(p, format).text);
        QVERIFY2(back.ok(), qPrintable(back.error));
        const Profile &q = back.connections.first().profile;
        QCOMPARE(q.host, p.host);
        QCOMPARE(q.port, p.port);
        QCOMPARE(q.ssh, p.ssh);
        QCOMPARE(q.user, p.user);
    }
}

QTEST_GUILESS_MAIN(tst_CommandLineImporter)
#include "tst_commandlineimporter.moc"
