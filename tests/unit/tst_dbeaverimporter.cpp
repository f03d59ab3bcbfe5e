// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/DBeaverImporter.h"

#include <QFile>
#include <QTest>

class tst_DBeaverImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sample();
    void broken_data();
    void broken();
};

void tst_DBeaverImporter::sample()
{
    QFile file(QStringLiteral(INTEROP_SAMPLES "/data-sources.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ImportResult r = DBeaverImporter::importData(file.readAll(), file.fileName());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), 3);
    QHash<QString, ImportResult::Connection> byName;
    for (const auto &c : r.connections)
        byName.insert(c.profile.name, c);

    const auto prod = byName.value(QStringLiteral("Production (verify)"));
    QCOMPARE(prod.profile.host, QStringLiteral("prod.db.example.com"));
    QCOMPARE(prod.profile.database, QStringLiteral("shop"));
    QCOMPARE(prod.profile.sslMode, SslMode::VerifyCa);
    QCOMPARE(prod.profile.caFile, QStringLiteral("/home/me/certs/ca.pem"));
    QCOMPARE(prod.profile.clientKey, QStringLiteral("/home/me/certs/client-key.pem"));
    QCOMPARE(prod.password, QStringLiteral("s3cret'pw"));
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("clear text")));

    const auto maria = byName.value(QStringLiteral("MariaDB identity"));
    QCOMPARE(maria.profile.port, quint16(3307));
    QCOMPARE(maria.profile.sslMode, SslMode::VerifyIdentity);
    QCOMPARE(maria.profile.caFile, QStringLiteral("/etc/ssl/maria-ca.pem"));

    const auto required = byName.value(QStringLiteral("Required only"));
    QCOMPARE(required.profile.sslMode, SslMode::Required);
    QVERIFY(required.notCarried.join(QLatin1Char(' ')).contains(QLatin1String("ssh_tunnel")));

    QVERIFY(r.notCarried.join(QLatin1Char(' ')).contains(QLatin1String("Some Postgres")));
}

void tst_DBeaverImporter::broken_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("truncated") << QByteArray("{\"connections\": {\"a\": {");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("no connections") << QByteArray("{\"folders\": {}}");
    QTest::newRow("wrong types") << QByteArray("{\"connections\": [\"x\"]}");
    QTest::newRow("junk") << QByteArray("\xff\xfe{\x01");
    QTest::newRow("huge") << QByteArray(DBeaverImporter::maxBytes + 1, ' ');
    QByteArray deep(5000, '[');
    QTest::newRow("deep") << deep;
}

void tst_DBeaverImporter::broken()
{
    QFETCH(QByteArray, json);
    const ImportResult r = DBeaverImporter::importData(json, QStringLiteral("test.json"));
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_DBeaverImporter)
#include "tst_dbeaverimporter.moc"
