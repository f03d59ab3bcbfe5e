// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Detection of the format, and hostile input of any kind: a clear error, never a crash.
#include "interop/ConnectionImporter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class tst_ConnectionImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detects_data();
    void detects();
    void text_data();
    void text();
    void hostileFiles_data();
    void hostileFiles();
    void randomJunkNeverCrashes();
    void verifyCaWithoutCaBecomesVerifyIdentity_data();
    void verifyCaWithoutCaBecomesVerifyIdentity();
    void ambiguousAddressIsNotImported_data();
    void ambiguousAddressIsNotImported();
    void sshConfig();
    void sshConfigIsNotAnOptionFile_data();
    void sshConfigIsNotAnOptionFile();

private:
    // One connection in each format an import reads, through the one entry point.
    static ImportResult importVia(const QString &format, const QString &host, const QString &mode,
                                  const QString &caFile);
};

ImportResult tst_ConnectionImporter::importVia(const QString &format, const QString &host,
                                               const QString &mode, const QString &caFile)
{
    const QString origin = QStringLiteral("test input");
    if (format == QLatin1String("uri"))
        return ConnectionImporter::importText(
                QStringLiteral("mysql://app@%1:3306/shop?ssl-mode=%2%3")
                        .arg(host, mode,
                             caFile.isEmpty() ? QString() : QStringLiteral("&ssl-ca=") + caFile));
    if (format == QLatin1String("command line"))
        return ConnectionImporter::importText(
                QStringLiteral("mysql -h %1 -u app --ssl-mode=%2%3")
                        .arg(host, mode,
                             caFile.isEmpty() ? QString() : QStringLiteral(" --ssl-ca=") + caFile));
    if (format == QLatin1String("option file"))
        return ConnectionImporter::importData(
                QStringLiteral("[client]\nhost=%1\nuser=app\nssl-mode=%2\n%3")
                        .arg(host, mode,
                             caFile.isEmpty() ? QString() : QStringLiteral("ssl-ca=") + caFile)
                        .toUtf8(),
                origin);
    if (format == QLatin1String("workbench")) {
        // useSSL 3 is Workbench's VERIFY_CA; the tests only use that level or none.
        const QString level
                = mode == QLatin1String("VERIFY_CA") ? QStringLiteral("3") : QStringLiteral("4");
        return ConnectionImporter::importData(
                QStringLiteral("<?xml version=\"1.0\"?>\n<data grt_format=\"2.0\"><value "
                               "type=\"list\" content-type=\"object\"><value type=\"object\" "
                               "struct-name=\"db.mgmt.Connection\" id=\"1\"><link "
                               "type=\"object\" key=\"driver\">com.mysql.rdbms.mysql.driver."
                               "native</link><value type=\"dict\" key=\"parameterValues\">"
                               "<value type=\"string\" key=\"hostName\">%1</value><value "
                               "type=\"string\" key=\"userName\">app</value><value "
                               "type=\"string\" key=\"sslCA\">%2</value><value type=\"int\" "
                               "key=\"useSSL\">%3</value></value><value type=\"string\" "
                               "key=\"name\">wb</value></value></value></data>\n")
                        .arg(host, caFile, level)
                        .toUtf8(),
                origin);
    }
    if (format == QLatin1String("dbeaver"))
        return ConnectionImporter::importData(
                QStringLiteral("{\"connections\": {\"c1\": {\"provider\": \"mysql\", "
                               "\"driver\": \"mysql8\", \"name\": \"dbv\", "
                               "\"configuration\": {\"host\": \"%1\", \"user\": \"app\", "
                               "\"properties\": {\"sslMode\": \"%2\"}, \"handlers\": "
                               "{\"mysql_ssl\": {\"enabled\": true, \"properties\": "
                               "{\"ssl.ca.cert\": \"%3\"}}}}}}}")
                        .arg(host, mode, caFile)
                        .toUtf8(),
                origin);
    // An export of an older sslcm, which stored Verify CA without a CA.
    Profile p = Profile::create();
    p.name = QStringLiteral("old");
    p.host = host;
    p.user = QStringLiteral("app");
    p.sslMode = *SslModes::fromString(mode);
    p.caFile = caFile;
    return ConnectionImporter::importData(
            QStringLiteral("{\"format\": \"sslcm-profiles\", \"version\": 1, \"profiles\": "
                           "[%1]}")
                    .arg(QString::fromUtf8(QJsonDocument(p.toJson()).toJson()))
                    .toUtf8(),
            origin);
}

static const QStringList importFormats {
        QStringLiteral("uri"),         QStringLiteral("command line"),
        QStringLiteral("option file"), QStringLiteral("workbench"),
        QStringLiteral("dbeaver"),     QStringLiteral("sslcm export")};

void tst_ConnectionImporter::detects_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("connections");
    QTest::newRow("option file") << QStringLiteral("main.cnf") << 3;
    QTest::newRow("workbench") << QStringLiteral("connections.xml") << 8;
    QTest::newRow("dbeaver") << QStringLiteral("data-sources.json") << 6;
}

void tst_ConnectionImporter::detects()
{
    QFETCH(QString, file);
    QFETCH(int, connections);
    const ImportResult r
            = ConnectionImporter::importFile(QStringLiteral(INTEROP_SAMPLES "/") + file);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), connections);
}

void tst_ConnectionImporter::text_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::newRow("uri") << QStringLiteral("  mysql://u@h1/db  ") << QStringLiteral("h1");
    QTest::newRow("command") << QStringLiteral("mysql -h h2") << QStringLiteral("h2");
}

void tst_ConnectionImporter::text()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    const ImportResult r = ConnectionImporter::importText(text);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.first().profile.host, host);
}

void tst_ConnectionImporter::hostileFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                            << QStringLiteral("binary");
    QTest::newRow("broken xml") << QByteArray("<data grt_format=\"2.0\"><value")
                                << QStringLiteral("XML");
    QTest::newRow("broken json") << QByteArray("{\"connections\": {") << QStringLiteral("JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("no client");
    QTest::newRow("huge") << QByteArray(ConnectionImporter::maxFileBytes + 1, '#')
                          << QStringLiteral("too large");
    QTest::newRow("newer bundle") << QByteArray(
            "{\"format\":\"sslcm-profiles\",\"version\":99,\"profiles\":[]}")
                                  << QStringLiteral("newer");
}

void tst_ConnectionImporter::hostileFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("input")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    const ImportResult r = ConnectionImporter::importFile(file.fileName());
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
    QVERIFY(r.connections.isEmpty());
}

void tst_ConnectionImporter::randomJunkNeverCrashes()
{
    QRandomGenerator random(20240501);
    const QByteArray prefixes[]
            = {"", "<data grt_format=\"2.0\">", "{\"connections\":", "[client]\n",
               "{\"format\":\"sslcm-profiles\","};
    for (int i = 0; i < 500; ++i) {
        QByteArray junk(int(random.bounded(2000)), Qt::Uninitialized);
        for (char &c : junk)
            c = char(random.bounded(1, 256));
        const ImportResult r
                = ConnectionImporter::importData(prefixes[i % 5] + junk, QStringLiteral("junk"));
        QVERIFY(r.ok() || !r.error.isEmpty());
        ConnectionImporter::importText(QString::fromLatin1(junk));
    }
}

// The source asks to verify the CA but names none. sslcm does not keep a Verify CA that would
// trust any public certificate for any host: it checks the host name too (with the system's
// CAs), and the preview says so. With a CA file, Verify CA stays as the source said.
void tst_ConnectionImporter::verifyCaWithoutCaBecomesVerifyIdentity_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<int>("mode");
    for (const QString &format : importFormats) {
        QTest::addRow("%s, no CA", qPrintable(format))
                << format << QString() << int(SslMode::VerifyIdentity);
        QTest::addRow("%s, CA file", qPrintable(format))
                << format << QStringLiteral("/etc/ssl/provider-ca.pem") << int(SslMode::VerifyCa);
    }
}

void tst_ConnectionImporter::verifyCaWithoutCaBecomesVerifyIdentity()
{
    QFETCH(QString, format);
    QFETCH(QString, caFile);
    QFETCH(int, mode);
    const ImportResult r = importVia(format, QStringLiteral("db.example.com"),
                                     QStringLiteral("VERIFY_CA"), caFile);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), 1);
    const ImportResult::Connection &c = r.connections.first();
    QCOMPARE(c.profile.caFile, caFile);
    QCOMPARE(int(c.profile.sslMode), mode);
    QVERIFY(c.isImportable());
    QVERIFY(c.profile.connectionProblems().isEmpty());
    const QList<Profile> added = r.profilesToAdd();
    QCOMPARE(added.size(), 1);
    QCOMPARE(int(added.first().sslMode), mode);
    if (!caFile.isEmpty()) {
        QVERIFY(c.securityChanges.isEmpty());
        return;
    }
    // The preview says what sslcm does about it, and why.
    QCOMPARE(c.securityChanges.size(), 1);
    const QString change = c.securityChanges.first();
    QVERIFY2(change.contains(SslModes::displayName(SslMode::VerifyIdentity))
                     && change.contains(QStringLiteral("system's CAs"))
                     && change.contains(QStringLiteral("any host")),
             qPrintable(change));
    QVERIFY2(r.summary().contains(change), qPrintable(r.summary()));
}

// Spellings the resolver reads as 127.0.0.2 and OpenSSL as something else: never imported as if
// they were fine. The preview names the canonical form.
void tst_ConnectionImporter::ambiguousAddressIsNotImported_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("host");
    const QStringList spellings {QStringLiteral("127.2"), QStringLiteral("2130706434"),
                                 QStringLiteral("0x7f.0.0.2"), QStringLiteral("0177.0.0.2")};
    for (int i = 0; i < importFormats.size(); ++i) {
        const QString &host = spellings.at(i % spellings.size());
        QTest::addRow("%s, %s", qPrintable(importFormats.at(i)), qPrintable(host))
                << importFormats.at(i) << host;
    }
}

void tst_ConnectionImporter::ambiguousAddressIsNotImported()
{
    QFETCH(QString, format);
    QFETCH(QString, host);
    ImportResult r = importVia(format, host, QStringLiteral("VERIFY_IDENTITY"),
                               QStringLiteral("/etc/ssl/provider-ca.pem"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), 1);
    const ImportResult::Connection &c = r.connections.first();
    QCOMPARE(c.profile.host, host);
    QVERIFY(!c.isImportable());
    QCOMPARE(c.problems.size(), 1);
    QVERIFY2(c.problems.first().contains(QStringLiteral("Write 127.0.0.2")),
             qPrintable(c.problems.first()));
    QVERIFY(r.profilesToAdd().isEmpty());
    QVERIFY(r.profilesToAdd(true).isEmpty());
    QCOMPARE(r.unimportableCount(), 1);
    QVERIFY2(r.summary().contains(QStringLiteral("cannot be imported")), qPrintable(r.summary()));
    // Checking again changes nothing.
    r.checkConnections();
    QCOMPARE(r.connections.first().problems.size(), 1);
}

// ~/.ssh/config: the Host that reaches a database through a ProxyJump, and the one that
// forwards a local port to one, become profiles through their jump host.
void tst_ConnectionImporter::sshConfig()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("config")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# ~/.ssh/config\n"
               "Host bastion\n"
               "    HostName bastion.example.com\n"
               "    User deploy\n"
               "    IdentityFile ~/.ssh/id_ed25519\n"
               "\n"
               "Host orders-db\n"
               "    HostName 10.0.1.15\n"
               "    ProxyJump bastion\n"
               "\n"
               "Host deep-db\n"
               "    HostName 10.0.5.5\n"
               "    ProxyJump orders-db\n"
               "\n"
               "Host tunnel\n"
               "    HostName bastion.example.com\n"
               "    User=deploy\n"
               "    LocalForward 3307 reports.internal:3306\n"
               "    LocalForward 8080 web.internal:80\n"
               "\n"
               "Match host *.corp\n"
               "    User corp\n"
               "Host *\n"
               "    ServerAliveInterval 30\n");
    file.close();
    ImportResult r = ConnectionImporter::importFile(file.fileName());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.format, QStringLiteral("OpenSSH client configuration"));
    QCOMPARE(r.connections.size(), 3);

    const ImportResult::Connection &orders = r.connections.at(0);
    QCOMPARE(orders.profile.name, QStringLiteral("orders-db"));
    QCOMPARE(orders.profile.host, QStringLiteral("10.0.1.15"));
    QCOMPARE(orders.profile.port, Profile::defaultPort);
    QCOMPARE(orders.profile.sslMode, SslMode::VerifyIdentity);
    QVERIFY(orders.profile.ssh);
    QCOMPARE(orders.profile.ssh->host, QStringLiteral("bastion.example.com"));
    QCOMPARE(orders.profile.ssh->user, QStringLiteral("deploy"));
    QCOMPARE(orders.profile.ssh->auth, SshJump::Auth::KeyFile);
    QCOMPARE(orders.profile.ssh->keyFile, QDir::homePath() + QStringLiteral("/.ssh/id_ed25519"));
    QVERIFY2(orders.isImportable(), qPrintable(orders.problems.join(QLatin1Char('\n'))));

    // Two hops: listed, not importable, with the reason.
    const ImportResult::Connection &deep = r.connections.at(1);
    QCOMPARE(deep.profile.name, QStringLiteral("deep-db"));
    QVERIFY(!deep.isImportable());
    QVERIFY(deep.problems.first().contains(QLatin1String("sslcm goes through one jump host")));

    // The LocalForward to MySQL's port: the forward's target through the Host itself.
    const ImportResult::Connection &tunnel = r.connections.at(2);
    QCOMPARE(tunnel.profile.host, QStringLiteral("reports.internal"));
    QCOMPARE(tunnel.profile.port, quint16(3306));
    QVERIFY(tunnel.profile.ssh);
    QCOMPARE(tunnel.profile.ssh->host, QStringLiteral("bastion.example.com"));
    QCOMPARE(tunnel.profile.ssh->user, QStringLiteral("deploy"));
    QCOMPARE(tunnel.profile.ssh->auth, SshJump::Auth::Agent);
    QVERIFY(tunnel.notes.join(QLatin1Char(' ')).contains(QLatin1String("without a local port")));
    QVERIFY(tunnel.isImportable());

    const QString notCarried = r.notCarried.join(QLatin1Char('\n'));
    QVERIFY2(notCarried.contains(QLatin1String("bastion"))
                     && notCarried.contains(QLatin1String("web.internal:80")),
             qPrintable(notCarried));
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("Match host *.corp")));
    QCOMPARE(r.profilesToAdd().size(), 2);

    // A configuration with no way to a database says what it looks for.
    const ImportResult none = ConnectionImporter::importData(
            "Host bastion\n  HostName bastion.example.com\n", QStringLiteral("config"));
    QVERIFY(!none.ok());
    QVERIFY2(none.error.contains(QLatin1String("ProxyJump")), qPrintable(none.error));
}

void tst_ConnectionImporter::sshConfigIsNotAnOptionFile_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("sshConfig");
    QTest::newRow("option file with host=") << QByteArray("[client]\nhost=db\nuser=app\n") << false;
    QTest::newRow("option file after a comment")
            << QByteArray("# mine\n[mysql]\nhost = db\n") << false;
    QTest::newRow("ssh config") << QByteArray("Host db\n  ProxyJump b\n") << true;
    QTest::newRow("ssh config, settings first")
            << QByteArray("# global\nServerAliveInterval 30\nHost=db\n  ProxyJump b\n") << true;
}

void tst_ConnectionImporter::sshConfigIsNotAnOptionFile()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, sshConfig);
    const ImportResult r = ConnectionImporter::importData(text, QStringLiteral("input"));
    QCOMPARE(r.format == QStringLiteral("OpenSSH client configuration"), sshConfig);
}

QTEST_GUILESS_MAIN(tst_ConnectionImporter)
#include "tst_connectionimporter.moc"
