// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/HostsFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// sslcm-cli audit --hosts FILE: each line a target, each bad line reported with its number and
// the rest audited; the host rule is the profiles' (ServerHost), so an ambiguous address
// spelling is refused here too.
class tst_HostsFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodLines_data();
    void goodLines();
    void badLinesAreReportedWithTheirNumbers_data();
    void badLinesAreReportedWithTheirNumbers();
    void mixedFileKeepsTheGoodLines();
    void profilesAreVerifyIdentity();
    void duplicatesAreReported();
    void readsFilesAndReportsUnreadableOnes();
};

void tst_HostsFile::goodLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("name");
    QTest::newRow("name") << QByteArray("db.example.com") << "db.example.com" << 3306
                          << "db.example.com:3306";
    QTest::newRow("name:port") << QByteArray("db.example.com:3307") << "db.example.com" << 3307
                               << "db.example.com:3307";
    QTest::newRow("ipv4:port") << QByteArray("127.0.0.1:13306") << "127.0.0.1" << 13306
                               << "127.0.0.1:13306";
    QTest::newRow("[ipv6]:port") << QByteArray("[2001:db8::1]:3310") << "2001:db8::1" << 3310
                                 << "[2001:db8::1]:3310";
    QTest::newRow("[ipv6]") << QByteArray("[::1]") << "::1" << 3306 << "[::1]:3306";
    QTest::newRow("bare ipv6") << QByteArray("fe80::1%eth0") << "fe80::1%eth0" << 3306
                               << "[fe80::1%eth0]:3306";
    QTest::newRow("blanks and comment") << QByteArray("  \tdb.example.com:3306   # the primary")
                                        << "db.example.com" << 3306 << "db.example.com:3306";
    QTest::newRow("CRLF") << QByteArray("db.example.com:3306\r") << "db.example.com" << 3306
                          << "db.example.com:3306";
    QTest::newRow("internationalised")
            << QByteArray("bücher.example:3306") << QStringLiteral("bücher.example") << 3306
            << QStringLiteral("bücher.example:3306");
}

void tst_HostsFile::goodLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, name);
    const HostsFile::Parsed parsed = HostsFile::parse("# header\n\n" + line + '\n');
    QVERIFY2(parsed.problems.isEmpty(),
             qPrintable(parsed.problems.isEmpty() ? QString() : parsed.problems.first().problem));
    QCOMPARE(parsed.targets.size(), 1);
    const AuditTarget &t = parsed.targets.first();
    QCOMPARE(t.profile.host, host);
    QCOMPARE(int(t.profile.port), port);
    QCOMPARE(t.profile.name, name);
    QCOMPARE(t.sourceLine, 3);
    QVERIFY(!t.saved);
}

void tst_HostsFile::badLinesAreReportedWithTheirNumbers_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("mentions"); // part of the problem text
    QTest::newRow("short ipv4") << QByteArray("127.1:3306") << "127.0.0.1";
    QTest::newRow("decimal ipv4") << QByteArray("2130706433") << "127.0.0.1";
    QTest::newRow("hex ipv4") << QByteArray("0x7f.0.0.1:3306") << "127.0.0.1";
    QTest::newRow("octal ipv4") << QByteArray("0177.0.0.1") << "127.0.0.1";
    QTest::newRow("port zero") << QByteArray("db.example.com:0") << "65535";
    QTest::newRow("port too large") << QByteArray("db.example.com:70000") << "65535";
    QTest::newRow("port not a number") << QByteArray("db.example.com:mysql") << "HOST:PORT";
    QTest::newRow("two hosts") << QByteArray("a.example b.example") << "one host per line";
    QTest::newRow("url") << QByteArray("mysql://db.example.com") << "";
    QTest::newRow("empty brackets") << QByteArray("[]:3306") << "";
    QTest::newRow("unclosed bracket") << QByteArray("[2001:db8::1:3306") << "";
    QTest::newRow("brackets around a name") << QByteArray("[db.example.com]:3306") << "";
    QTest::newRow("not ipv6") << QByteArray("[2001:db8::zz]:3306") << "";
    QTest::newRow("binary") << QByteArray("db\xff\xfe.example", 12) << "UTF-8";
    QTest::newRow("NUL") << QByteArray("db.exa\0mple", 11) << "UTF-8";
    QTest::newRow("control character") << QByteArray("db.\x01.example") << "";
    QTest::newRow("underscore-free junk") << QByteArray("!!!") << "";
}

void tst_HostsFile::badLinesAreReportedWithTheirNumbers()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, mentions);
    const QByteArray content = "ok1.example.com\n# comment\n" + line + "\nok2.example.com:3307\n";
    const HostsFile::Parsed parsed = HostsFile::parse(content);
    QCOMPARE(parsed.problems.size(), 1);
    const HostsFile::LineProblem &problem = parsed.problems.first();
    QCOMPARE(problem.line, 3);
    QCOMPARE(problem.text, QString::fromUtf8(line));
    QVERIFY(!problem.problem.isEmpty());
    QVERIFY2(problem.problem.contains(mentions), qPrintable(problem.problem));
    // The good lines around it still run.
    QCOMPARE(parsed.targets.size(), 2);
    QCOMPARE(parsed.targets.at(0).profile.host, QStringLiteral("ok1.example.com"));
    QCOMPARE(parsed.targets.at(0).sourceLine, 1);
    QCOMPARE(parsed.targets.at(1).profile.host, QStringLiteral("ok2.example.com"));
    QCOMPARE(parsed.targets.at(1).sourceLine, 4);
}

void tst_HostsFile::mixedFileKeepsTheGoodLines()
{
    const QByteArray content = "# fleet\n"
                               "db1.example.com\n"
                               "127.1\n"
                               "\n"
                               "   # indented comment\n"
                               "[2001:db8::2]:3307\n"
                               "junk junk\n"
                               "10.0.0.7:65536\n"
                               "10.0.0.7:65535";
    const HostsFile::Parsed parsed = HostsFile::parse(content);
    QCOMPARE(parsed.targets.size(), 3);
    QList<int> good;
    for (const AuditTarget &t : parsed.targets)
        good << t.sourceLine;
    QCOMPARE(good, (QList<int> {2, 6, 9}));
    QList<int> bad;
    for (const HostsFile::LineProblem &p : parsed.problems)
        bad << p.line;
    QCOMPARE(bad, (QList<int> {3, 7, 8}));
    QVERIFY(parsed.error.isEmpty());
}

void tst_HostsFile::profilesAreVerifyIdentity()
{
    const HostsFile::Parsed system = HostsFile::parse("db.example.com:3307\n", {}, 7);
    QCOMPARE(system.targets.size(), 1);
    const Profile &p = system.targets.first().profile;
    QCOMPARE(p.sslMode, SslMode::VerifyIdentity);
    QVERIFY(p.caFile.isEmpty()); // the system's CAs
    QVERIFY(p.caDirectory.isEmpty());
    QCOMPARE(p.connectTimeoutSeconds, 7);
    QVERIFY(p.verifiesServer());
    QVERIFY(p.connectionProblems().isEmpty());
    QVERIFY(p.user.isEmpty());
    QVERIFY(!p.id.isNull());

    const HostsFile::Parsed withCa
            = HostsFile::parse("a.example.com\nb.example.com\n", QStringLiteral("/etc/ca.pem"));
    QCOMPARE(withCa.targets.size(), 2);
    for (const AuditTarget &t : withCa.targets) {
        QCOMPARE(t.profile.caFile, QStringLiteral("/etc/ca.pem"));
        QCOMPARE(t.profile.sslMode, SslMode::VerifyIdentity);
    }
    // Each target is its own profile.
    QVERIFY(withCa.targets.at(0).profile.id != withCa.targets.at(1).profile.id);
}

void tst_HostsFile::duplicatesAreReported()
{
    const HostsFile::Parsed parsed = HostsFile::parse(
            "db.example.com\nDB.Example.com.:3306\ndb.example.com:3307\n[::1]:3306\n::1\n");
    QCOMPARE(parsed.targets.size(), 3);
    QCOMPARE(parsed.problems.size(), 2);
    QCOMPARE(parsed.problems.at(0).line, 2);
    QVERIFY2(parsed.problems.at(0).problem.contains(QLatin1String("line 1")),
             qPrintable(parsed.problems.at(0).problem));
    QCOMPARE(parsed.problems.at(1).line, 5);
    QVERIFY2(parsed.problems.at(1).problem.contains(QLatin1String("line 4")),
             qPrintable(parsed.problems.at(1).problem));
}

void tst_HostsFile::readsFilesAndReportsUnreadableOnes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hosts.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("db1.example.com\nbad line\n");
    file.close();
    const HostsFile::Parsed parsed = HostsFile::read(path, {}, 5);
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.targets.size(), 1);
    QCOMPARE(parsed.targets.first().profile.connectTimeoutSeconds, 5);
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.first().line, 2);

    const HostsFile::Parsed missing = HostsFile::read(dir.filePath(QStringLiteral("none.txt")));
    QVERIFY(!missing.error.isEmpty());
    QVERIFY(missing.error.contains(QLatin1String("none.txt")));
    QVERIFY(missing.targets.isEmpty());

    const HostsFile::Parsed folder = HostsFile::read(dir.path());
    QVERIFY(!folder.error.isEmpty());
    QVERIFY(folder.targets.isEmpty());
}

QTEST_GUILESS_MAIN(tst_HostsFile)
#include "tst_hostsfile.moc"
