// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/CommandLineImporter.h"
#include "interop/ShellWords.h"

#include <QTest>

class tst_CommandLineImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void attachedPassword();
    void shellWords_data();
    void shellWords();
    void refused_data();
    void refused();
};

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

QTEST_GUILESS_MAIN(tst_CommandLineImporter)
#include "tst_commandlineimporter.moc"
