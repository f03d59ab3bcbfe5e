// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/WorkbenchImporter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

class tst_WorkbenchImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allFiveLevels();
    void sshTunnels();
    void sshTunnelEdgeCases_data();
    void sshTunnelEdgeCases();
    void broken_data();
    void broken();
};

void tst_WorkbenchImporter::allFiveLevels()
{
    QFile file(QStringLiteral(INTEROP_SAMPLES "/connections.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ImportResult r = WorkbenchImporter::importData(file.readAll(), file.fileName());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), 8);
    const QList<SslMode> expected {SslMode::Disabled, SslMode::Preferred,      SslMode::Required,
                                   SslMode::VerifyCa, SslMode::VerifyIdentity, SslMode::Preferred};
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(r.connections.at(i).profile.sslMode, expected.at(i));
    const Profile &plain = r.connections.at(0).profile;
    QCOMPARE(plain.name, QStringLiteral("No TLS"));
    QCOMPARE(plain.host, QStringLiteral("plain.example.com"));
    QCOMPARE(plain.database, QStringLiteral("shop"));
    QCOMPARE(r.connections.at(1).profile.port, quint16(3307));
    QCOMPARE(r.connections.at(2).profile.cipherList, QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384"));
    const Profile &identity = r.connections.at(4).profile;
    QCOMPARE(identity.name, QStringLiteral("Verify identity & client cert"));
    QCOMPARE(identity.caFile, QStringLiteral("/home/me/certs/ca.pem"));
    QCOMPARE(identity.clientCertificate, QStringLiteral("/home/me/certs/client.pem"));
    QCOMPARE(identity.clientKey, QStringLiteral("/home/me/certs/client-key.pem"));
    QCOMPARE(identity.user, QStringLiteral("admin"));
    // "Standard TCP/IP over SSH" without a key file: Workbench logs in with a password.
    const ImportResult::Connection &tunnel = r.connections.at(5);
    QVERIFY(tunnel.profile.ssh);
    QCOMPARE(tunnel.profile.ssh->host, QStringLiteral("bastion.example.com"));
    QCOMPARE(tunnel.profile.ssh->user, QStringLiteral("me"));
    QCOMPARE(tunnel.profile.ssh->auth, SshJump::Auth::Password);
    QVERIFY(!tunnel.notCarried.join(QLatin1Char(' ')).contains(QLatin1String("SSH")));
    QCOMPARE(identity.passwordSource.kind, PasswordSource::Kind::Keychain);

    // "Enable Cleartext Authentication Plugin": the password is asked for every time (nothing
    // says which command makes it), and a note says why.
    const ImportResult::Connection &clearText = r.connections.at(6);
    QCOMPARE(clearText.profile.name, QStringLiteral("Cleartext plugin"));
    QCOMPARE(clearText.profile.passwordSource.kind, PasswordSource::Kind::Ask);
    QVERIFY(clearText.profile.passwordSource.command.isEmpty());
    QVERIFY(clearText.notes.join(QLatin1Char(' ')).contains(QLatin1String("clear text")));
    QCOMPARE(clearText.profile.sslMode, SslMode::VerifyIdentity);
    QVERIFY(clearText.notCarried.isEmpty());
    const ImportResult::Connection &off = r.connections.at(7);
    QCOMPARE(off.profile.passwordSource.kind, PasswordSource::Kind::Keychain);
    QVERIFY(!(off.notes + off.notCarried).join(QLatin1Char(' ')).contains(QLatin1String("clear")));
}

void tst_WorkbenchImporter::sshTunnels()
{
    QFile file(QStringLiteral(INTEROP_SAMPLES "/connections-ssh.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    ImportResult r = WorkbenchImporter::importData(file.readAll(), file.fileName());
    QVERIFY2(r.ok(), qPrintable(r.error));
    r.checkConnections();
    QCOMPARE(r.connections.size(), 3);

    // A key file (~ expanded as Workbench does); the database as the bastion sees it, and TLS
    // verified against that name.
    const ImportResult::Connection &orders = r.connections.at(0);
    QCOMPARE(orders.profile.name, QStringLiteral("Orders (bastion, key)"));
    QCOMPARE(orders.profile.host, QStringLiteral("db.internal"));
    QCOMPARE(orders.profile.port, quint16(3306));
    QCOMPARE(orders.profile.user, QStringLiteral("orders_app"));
    QCOMPARE(orders.profile.sslMode, SslMode::VerifyIdentity);
    QVERIFY(orders.profile.ssh);
    const SshJump &key = *orders.profile.ssh;
    QCOMPARE(key.host, QStringLiteral("bastion.example.com"));
    QCOMPARE(key.port, quint16(2222));
    QCOMPARE(key.user, QStringLiteral("deploy"));
    QCOMPARE(key.auth, SshJump::Auth::KeyFile);
    QCOMPARE(key.keyFile, QDir::homePath() + QStringLiteral("/.ssh/id_ed25519_bastion"));
    QVERIFY2(orders.isImportable(), qPrintable(orders.problems.join(QLatin1Char('\n'))));
    QVERIFY(orders.notCarried.isEmpty());
    QVERIFY(orders.secrets().isEmpty()); // the empty sshPassword is no secret
    QVERIFY(orders.notes.join(QLatin1Char(' ')).contains(QLatin1String("db.internal")));
    QVERIFY(r.summary().contains(QLatin1String("through SSH: deploy@bastion.example.com:2222")));

    // No key file: a password, which Workbench keeps in its vault. The database is the bastion
    // itself, and the note says what its certificate must name.
    const ImportResult::Connection &legacy = r.connections.at(1);
    QVERIFY(legacy.profile.ssh);
    QCOMPARE(legacy.profile.ssh->host, QStringLiteral("jump.example.net"));
    QCOMPARE(legacy.profile.ssh->port, SshJump::defaultPort);
    QCOMPARE(legacy.profile.ssh->user, QStringLiteral("ana"));
    QCOMPARE(legacy.profile.ssh->auth, SshJump::Auth::Password);
    QVERIFY(legacy.profile.ssh->keyFile.isEmpty());
    QCOMPARE(legacy.profile.host, QStringLiteral("127.0.0.1"));
    const QString legacyNotes = legacy.notes.join(QLatin1Char('\n'));
    QVERIFY2(legacyNotes.contains(QLatin1String("vault"))
                     && legacyNotes.contains(QLatin1String("certificate must name 127.0.0.1")),
             qPrintable(legacyNotes));
    QVERIFY(legacy.isImportable());

    // An IPv6 bastion with a port; the database on another port.
    const ImportResult::Connection &reports = r.connections.at(2);
    QVERIFY(reports.profile.ssh);
    QCOMPARE(reports.profile.ssh->host, QStringLiteral("2001:db8::22"));
    QCOMPARE(reports.profile.ssh->port, quint16(2200));
    QCOMPARE(reports.profile.ssh->keyFile, QStringLiteral("/home/me/.ssh/reports.pem"));
    QCOMPARE(reports.profile.port, quint16(3307));
    QCOMPARE(reports.profile.sslMode, SslMode::Required);
    QVERIFY(reports.isImportable());

    // The profiles keep the jump host through the store's JSON.
    for (const Profile &p : r.profilesToAdd()) {
        const Profile::Parsed back = Profile::fromJson(p.toJson());
        QVERIFY(back.profile);
        QCOMPARE(back.profile->ssh, p.ssh);
    }
}

void tst_WorkbenchImporter::sshTunnelEdgeCases_data()
{
    QTest::addColumn<QString>("sshHost");
    QTest::addColumn<QString>("sshPassword");
    QTest::addColumn<bool>("importable");
    QTest::newRow("password written by hand") << "bastion"
                                              << "hunter2" << true;
    QTest::newRow("bad port") << "bastion:99999"
                              << "" << false;
    QTest::newRow("no host") << ""
                             << "" << false;
}

void tst_WorkbenchImporter::sshTunnelEdgeCases()
{
    QFETCH(QString, sshHost);
    QFETCH(QString, sshPassword);
    QFETCH(bool, importable);
    const QString xml
            = QStringLiteral("<?xml version=\"1.0\"?><data grt_format=\"2.0\"><value type=\"list\">"
                             "<value type=\"object\" struct-name=\"db.mgmt.Connection\" id=\"1\">"
                             "<link type=\"object\" "
                             "key=\"driver\">com.mysql.rdbms.mysql.driver.native_sshtun"
                             "</link><value type=\"dict\" key=\"parameterValues\">"
                             "<value type=\"string\" key=\"hostName\">db.internal</value>"
                             "<value type=\"string\" key=\"userName\">app</value>"
                             "<value type=\"string\" key=\"sshHost\">%1</value>"
                             "<value type=\"string\" key=\"sshUserName\">ops</value>"
                             "<value type=\"string\" key=\"sshPassword\">%2</value>"
                             "<value type=\"int\" key=\"useSSL\">4</value></value>"
                             "<value type=\"string\" key=\"name\">t</value></value></value></data>")
                      .arg(sshHost, sshPassword);
    ImportResult r = WorkbenchImporter::importData(xml.toUtf8(), QStringLiteral("t.xml"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    r.checkConnections();
    const ImportResult::Connection &c = r.connections.first();
    QCOMPARE(c.isImportable(), importable);
    if (!importable) {
        QVERIFY(!c.problems.isEmpty());
        QVERIFY(r.profilesToAdd().isEmpty());
        return;
    }
    // A password in the file goes to the keychain as the SSH password, never into the profile.
    QCOMPARE(c.sshPassword, sshPassword);
    QCOMPARE(c.secrets().size(), 1);
    QCOMPARE(c.secrets().first().kind, SecretKind::SshPassword);
    QVERIFY(r.hasPasswords());
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("SSH password")));
    QVERIFY(!r.summary().contains(sshPassword));
    QVERIFY(!QJsonDocument(c.profile.toJson()).toJson().contains(sshPassword.toUtf8()));
}

void tst_WorkbenchImporter::broken_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("truncated") << QByteArray(
            "<?xml version=\"1.0\"?><data grt_format=\"2.0\"><value type=\"list\">");
    QTest::newRow("not workbench") << QByteArray("<html><body>hi</body></html>");
    QTest::newRow("junk") << QByteArray("<\x01\x02\xff\xfe");
    QTest::newRow("entity bomb") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
            "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e "
            "\"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
            "<data><value type=\"object\" struct-name=\"db.mgmt.Connection\"><value "
            "type=\"string\" "
            "key=\"name\">&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;</value></value></data>");
    QTest::newRow("empty data") << QByteArray("<data grt_format=\"2.0\"></data>");
    QByteArray deep;
    for (int i = 0; i < 200; ++i)
        deep += "<value type=\"list\">";
    QTest::newRow("deep") << QByteArray("<data>") + deep;
    QTest::newRow("huge") << QByteArray(WorkbenchImporter::maxBytes + 1, '<');
}

void tst_WorkbenchImporter::broken()
{
    QFETCH(QByteArray, xml);
    const ImportResult r = WorkbenchImporter::importData(xml, QStringLiteral("test.xml"));
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_WorkbenchImporter)
#include "tst_workbenchimporter.moc"
