// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/OptionFileImporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QTest>

class tst_OptionFileImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleFile();
    void clearTextPlugin();
    void values_data();
    void values();
    void recursiveIncludeIsAnError();
    void deepIncludesStop();
    void includeDir();
    void includesOutsideTheFolderAreNamed_data();
    void includesOutsideTheFolderAreNamed();
    void hostile_data();
    void hostile();

private:
    static QString sample(const char *name)
    {
        return QStringLiteral(INTEROP_SAMPLES "/") + QLatin1String(name);
    }
};

void tst_OptionFileImporter::sampleFile()
{
    const ImportResult r = OptionFileImporter::importFile(sample("main.cnf"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), 3);

    const Profile &base = r.connections.at(0).profile;
    QCOMPARE(base.host, QStringLiteral("db.example.com"));
    QCOMPARE(base.port, quint16(3306));
    QCOMPARE(base.user, QStringLiteral("app user"));
    QCOMPARE(base.database, QStringLiteral("shop"));
    QCOMPARE(base.sslMode, SslMode::VerifyIdentity);
    QCOMPARE(base.caFile, QStringLiteral("/etc/mysql/ca.pem"));
    QCOMPARE(base.minTlsVersion, TlsVersion::Tls1_2);
    QVERIFY(r.connections.at(0).password.isEmpty());
    // pager is not a connection setting: not listed; the server group is.
    QVERIFY(r.notCarried.join(QLatin1Char('\n')).contains(QLatin1String("[mysqld]")));

    const ImportResult::Connection &report = r.connections.at(1);
    QCOMPARE(report.profile.name, QStringLiteral("clientreport"));
    QCOMPARE(report.profile.host, QStringLiteral("report.example.com"));
    QCOMPARE(report.profile.user, QStringLiteral("report"));
    QCOMPARE(report.profile.database, QStringLiteral("shop")); // inherited from [mysql]
    QCOMPARE(report.password, QStringLiteral("pa#ss \"word\""));
    // ssl-mode from [client] wins over ssl-verify-server-cert; both mean the same here.
    QCOMPARE(report.profile.sslMode, SslMode::VerifyIdentity);
    QCOMPARE(report.profile.caDirectory, QStringLiteral("/etc/ssl/certs"));
    QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QLatin1String("clear text")));

    const ImportResult::Connection &work = r.connections.at(2);
    QCOMPARE(work.profile.name, QStringLiteral("work-db"));
    QCOMPARE(work.profile.port, quint16(3310));
    // skip-ssl, but ssl-mode=VERIFY_IDENTITY from [client] is explicit and wins.
    QCOMPARE(work.profile.sslMode, SslMode::VerifyIdentity);
    QVERIFY(work.notCarried.join(QLatin1Char('\n')).contains(QLatin1String("socket")));
}

void tst_OptionFileImporter::clearTextPlugin()
{
    const ImportResult r = OptionFileImporter::importFile(sample("cleartext.cnf"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), 3);

    // A token given on the command line: the file holds no password, the profile asks.
    const ImportResult::Connection &rds = r.connections.at(0);
    QCOMPARE(rds.profile.name, QStringLiteral("clientrds"));
    QCOMPARE(rds.profile.passwordSource.kind, PasswordSource::Kind::Ask);
    QVERIFY(rds.password.isEmpty());
    QVERIFY2(rds.notes.join(QLatin1Char(' ')).contains(QLatin1String("enable-cleartext-plugin")),
             qPrintable(rds.notes.join(QLatin1Char('\n'))));
    QCOMPARE(rds.profile.sslMode, SslMode::VerifyIdentity);

    // An LDAP password in the file: offered for the keychain as always (never kept in a file),
    // with the same note.
    const ImportResult::Connection &ldap = r.connections.at(1);
    QCOMPARE(ldap.profile.passwordSource.kind, PasswordSource::Kind::Keychain);
    QCOMPARE(ldap.password, QStringLiteral("ld4p-s3cret"));
    QVERIFY(ldap.notes.join(QLatin1Char(' ')).contains(QLatin1String("enable-cleartext-plugin")));
    QVERIFY(!QJsonDocument(ldap.profile.toJson()).toJson().contains("ld4p-s3cret"));
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("clientldap")));

    // Switched on, then off again: the later setting wins, nothing to say.
    const ImportResult::Connection &off = r.connections.at(2);
    QCOMPARE(off.profile.passwordSource.kind, PasswordSource::Kind::Keychain);
    QVERIFY(!(off.notes + off.notCarried).join(QLatin1Char(' ')).contains(QLatin1String("clear")));
    for (const ImportResult::Connection &c : r.connections)
        QVERIFY(!c.notCarried.join(QLatin1Char(' ')).contains(QLatin1String("cleartext")));
}

void tst_OptionFileImporter::values_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<SslMode>("mode");
    QTest::addColumn<QString>("ca");
    QTest::addColumn<QString>("user");
    QTest::addColumn<TlsVersion>("tls");

    QTest::newRow("nothing: preferred") << QByteArray("[client]\nhost=h\n") << SslMode::Preferred
                                        << QString() << QString() << TlsVersion::Tls1_2;
    QTest::newRow("ca only: verify-ca")
            << QByteArray("[client]\nhost=h\nssl-ca=/c.pem\n") << SslMode::VerifyCa
            << QStringLiteral("/c.pem") << QString() << TlsVersion::Tls1_2;
    QTest::newRow("mariadb verify flag")
            << QByteArray("[client-mariadb]\nhost=h\nssl\nssl-ca=/c.pem\nssl-verify-server-cert\n")
            << SslMode::VerifyIdentity << QStringLiteral("/c.pem") << QString()
            << TlsVersion::Tls1_2;
    QTest::newRow("ssl=1 required") << QByteArray("[client]\nhost=h\nssl=1\n") << SslMode::Required
                                    << QString() << QString() << TlsVersion::Tls1_2;
    QTest::newRow("skip-ssl") << QByteArray("[client]\nhost=h\nskip_ssl\n") << SslMode::Disabled
                              << QString() << QString() << TlsVersion::Tls1_2;
    QTest::newRow("loose ssl-mode, mixed case")
            << QByteArray("[CLIENT]\nHOST=h\nLoose-SSL_Mode = verify_ca\n") << SslMode::VerifyCa
            << QString() << QString() << TlsVersion::Tls1_2;
    QTest::newRow("escapes and quotes")
            << QByteArray("[client]\nhost=h\nuser=\"a\\sb\\\\c\"\nssl-ca='C:\\mysql\\ca.pem'\n")
            << SslMode::VerifyCa << QStringLiteral("C:\\mysql\\ca.pem") << QStringLiteral("a b\\c")
            << TlsVersion::Tls1_2;
    QTest::newRow("tls 1.3 only") << QByteArray("[client]\nhost=h\ntls-version=TLSv1.3\n")
                                  << SslMode::Preferred << QString() << QString()
                                  << TlsVersion::Tls1_3;
    QTest::newRow("crlf") << QByteArray("[client]\r\nhost=h\r\nuser=u\r\n") << SslMode::Preferred
                          << QString() << QStringLiteral("u") << TlsVersion::Tls1_2;
}

void tst_OptionFileImporter::values()
{
    QFETCH(QByteArray, text);
    QFETCH(SslMode, mode);
    QFETCH(QString, ca);
    QFETCH(QString, user);
    QFETCH(TlsVersion, tls);
    const ImportResult r = OptionFileImporter::importText(text, QStringLiteral("test"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), 1);
    const Profile &p = r.connections.first().profile;
    QCOMPARE(p.host, QStringLiteral("h"));
    QCOMPARE(p.sslMode, mode);
    QCOMPARE(p.caFile, ca);
    QCOMPARE(p.user, user);
    QCOMPARE(p.minTlsVersion, tls);
}

void tst_OptionFileImporter::recursiveIncludeIsAnError()
{
    const ImportResult r = OptionFileImporter::importFile(sample("loop-a.cnf"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("includes itself")), qPrintable(r.error));
    QVERIFY(r.connections.isEmpty());
}

void tst_OptionFileImporter::deepIncludesStop()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A chain of distinct files deeper than the limit: no cycle, but refused.
    for (int i = 0; i < OptionFileImporter::maxIncludeDepth + 3; ++i) {
        QFile f(dir.filePath(QStringLiteral("f%1.cnf").arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("[client]\nhost=h%1\n!include f%2.cnf\n")
                        .arg(i)
                        .arg(i + 1)
                        .toUtf8());
    }
    const ImportResult r = OptionFileImporter::importFile(dir.filePath(QStringLiteral("f0.cnf")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("nested")), qPrintable(r.error));
}

void tst_OptionFileImporter::includeDir()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("conf.d")));
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    QVERIFY(write(QStringLiteral("my.cnf"), "[client]\nhost=first\n!includedir conf.d\n"));
    QVERIFY(write(QStringLiteral("conf.d/10-a.cnf"), "[client]\nhost=second\n"));
    QVERIFY(write(QStringLiteral("conf.d/20-b.cnf"), "[client]\nuser=third\n"));
    QVERIFY(write(QStringLiteral("conf.d/ignored.txt"), "[client]\nuser=nobody\n"));
    const ImportResult r = OptionFileImporter::importFile(dir.filePath(QStringLiteral("my.cnf")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), 1);
    QCOMPARE(r.connections.first().profile.host, QStringLiteral("second"));
    QCOMPARE(r.connections.first().profile.user, QStringLiteral("third"));
}

void tst_OptionFileImporter::includesOutsideTheFolderAreNamed_data()
{
    QTest::addColumn<QByteArray>("directive");
    QTest::addColumn<QString>("outsideFile"); // relative to the temporary folder; empty: none
    QTest::newRow("include up") << QByteArray("!include ../outside/extra.cnf")
                                << QStringLiteral("outside/extra.cnf");
    QTest::newRow("include absolute")
            << QByteArray("!include OUTSIDE/extra.cnf") << QStringLiteral("outside/extra.cnf");
    QTest::newRow("includedir up")
            << QByteArray("!includedir ../outside") << QStringLiteral("outside/extra.cnf");
    QTest::newRow("link out of the folder")
            << QByteArray("!include link.cnf") << QStringLiteral("outside/extra.cnf");
    QTest::newRow("nested include up")
            << QByteArray("!include nested/nested.cnf") << QStringLiteral("outside/extra.cnf");
    QTest::newRow("include inside") << QByteArray("!include conf.d/inside.cnf") << QString();
    QTest::newRow("includedir inside") << QByteArray("!includedir conf.d") << QString();
}

// ~/.my.cnf (or a file someone sent) can pull in settings from anywhere: the preview says which
// files outside the imported file's folder went into the import.
void tst_OptionFileImporter::includesOutsideTheFolderAreNamed()
{
    QFETCH(QByteArray, directive);
    QFETCH(QString, outsideFile);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("home/conf.d")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("outside")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("home/nested")));
    QVERIFY(write(QStringLiteral("outside/extra.cnf"), "[client]\nuser=from-outside\n"));
    QVERIFY(write(QStringLiteral("home/conf.d/inside.cnf"), "[client]\nuser=from-inside\n"));
    QVERIFY(write(QStringLiteral("home/nested/nested.cnf"), "!include ../../outside/extra.cnf\n"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("outside/extra.cnf")),
                        dir.filePath(QStringLiteral("home/link.cnf"))));
    const QByteArray line = QByteArray(directive).replace(
            "OUTSIDE", QFile::encodeName(dir.filePath(QStringLiteral("outside"))));
    QVERIFY(write(QStringLiteral("home/my.cnf"), "[client]\nhost=db.example.com\n" + line + "\n"));

    const ImportResult r
            = OptionFileImporter::importFile(dir.filePath(QStringLiteral("home/my.cnf")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), 1);
    const QString warnings = r.warnings.join(QLatin1Char('\n'));
    if (outsideFile.isEmpty()) {
        QVERIFY2(r.warnings.isEmpty(), qPrintable(warnings));
        QCOMPARE(r.connections.first().profile.user, QStringLiteral("from-inside"));
        return;
    }
    // Followed, as the mysql client does, and named in the preview and the CLI's summary.
    QCOMPARE(r.connections.first().profile.user, QStringLiteral("from-outside"));
    QCOMPARE(r.warnings.size(), 1);
    const QString outside = QFileInfo(dir.filePath(outsideFile)).canonicalFilePath();
    QVERIFY2(warnings.contains(QLatin1Char('"') + outside + QLatin1Char('"')),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("outside the folder")), qPrintable(warnings));
    QVERIFY(r.summary().contains(outside));
}

void tst_OptionFileImporter::hostile_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0",
                                          10)
                            << QStringLiteral("not a text file");
    QTest::newRow("no groups") << QByteArray("host=x\nuser=y\n") << QStringLiteral("no client");
    QTest::newRow("only server") << QByteArray("[mysqld]\nport=1\n") << QStringLiteral("no client");
    QTest::newRow("huge") << QByteArray(OptionFileImporter::maxFileBytes + 10, 'a')
                          << QStringLiteral("too large");
    QTest::newRow("unterminated group")
            << QByteArray("[client\nhost=x\n") << QStringLiteral("no client");
}

void tst_OptionFileImporter::hostile()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, errorPart);
    const ImportResult r = OptionFileImporter::importText(text, QStringLiteral("test"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(tst_OptionFileImporter)
#include "tst_optionfileimporter.moc"
