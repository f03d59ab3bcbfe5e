// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/WorkbenchImporter.h"

#include <QFile>
#include <QTest>

class tst_WorkbenchImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allFiveLevels();
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
    QVERIFY(r.connections.at(5).notCarried.join(QLatin1Char(' ')).contains(QLatin1String("SSH")));
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
