// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/DBeaverImporter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_DBeaverImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sample();
    void awsIam();
    void authModels_data();
    void authModels();
    void broken_data();
    void broken();
};

void tst_DBeaverImporter::sample()
{
    QFile file(QStringLiteral(INTEROP_SAMPLES "/data-sources.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ImportResult r = DBeaverImporter::importData(file.readAll(), file.fileName());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), 6);
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
    // No sign-in method was named: the keychain, as before.
    QCOMPARE(prod.profile.passwordSource.kind, PasswordSource::Kind::Keychain);
}

void tst_DBeaverImporter::awsIam()
{
    QFile file(QStringLiteral(INTEROP_SAMPLES "/data-sources.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    ImportResult r = DBeaverImporter::importData(json, file.fileName());
    QVERIFY2(r.ok(), qPrintable(r.error));
    r.checkConnections();
    QHash<QString, ImportResult::Connection> byName;
    for (const auto &c : r.connections)
        byName.insert(c.profile.name, c);

    // DBeaver's documented model: "iam" with iam.region.
    const auto rds = byName.value(QStringLiteral("RDS (IAM)"));
    QCOMPARE(rds.profile.passwordSource.kind, PasswordSource::Kind::AwsIam);
    QCOMPARE(rds.profile.passwordSource.awsRegion, QStringLiteral("eu-west-1"));
    QVERIFY(rds.profile.passwordSource.awsProfile.isEmpty());
    QCOMPARE(rds.profile.user, QStringLiteral("iam_app"));
    QCOMPARE(rds.profile.sslMode, SslMode::VerifyCa);
    QCOMPARE(rds.profile.caFile, QStringLiteral("/home/me/certs/rds-global-bundle.pem"));
    QVERIFY(rds.securityChanges.isEmpty());
    QVERIFY(rds.isImportable());
    QVERIFY(rds.notes.join(QLatin1Char(' ')).contains(QLatin1String("AWS RDS IAM")));

    // Another spelling, an AWS profile, access keys and a stale password: the keys and the
    // password are named, never carried over; "require" only becomes a verified mode.
    const auto aurora = byName.value(QStringLiteral("Aurora (IAM, keys)"));
    QCOMPARE(aurora.profile.passwordSource.kind, PasswordSource::Kind::AwsIam);
    QCOMPARE(aurora.profile.passwordSource.awsProfile, QStringLiteral("analytics"));
    QVERIFY(aurora.profile.passwordSource.awsRegion.isEmpty()); // the one in the host name
    QCOMPARE(aurora.profile.user, QStringLiteral("report"));
    QVERIFY(aurora.password.isEmpty());
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("Aurora (IAM, keys)")));
    QVERIFY(aurora.notCarried.join(QLatin1Char(' ')).contains(QLatin1String("iam.aws_access_key")));
    QCOMPARE(aurora.profile.sslMode, SslMode::VerifyIdentity);
    QCOMPARE(aurora.securityChanges.size(), 1);
    QVERIFY(aurora.isImportable());
    const QString everything = r.summary() + aurora.notes.join(QLatin1Char(' '))
            + aurora.notCarried.join(QLatin1Char(' ')) + r.warnings.join(QLatin1Char(' '))
            + QString::fromUtf8(QJsonDocument(aurora.profile.toJson()).toJson());
    for (const char *secret : {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI", "stale-password"})
        QVERIFY2(!everything.contains(QLatin1String(secret)), secret);

    // A sign-in method sslcm does not make itself: said, and the keychain as the source.
    const auto azure = byName.value(QStringLiteral("Azure (Entra ID)"));
    QCOMPARE(azure.profile.passwordSource.kind, PasswordSource::Kind::Keychain);
    QVERIFY(azure.notCarried.join(QLatin1Char(' ')).contains(QLatin1String("azure_ad_mysql")));
}

void tst_DBeaverImporter::authModels_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("awsIam");
    QTest::addColumn<bool>("mentioned");
    QTest::newRow("native") << QStringLiteral("native") << false << false;
    QTest::newRow("none") << QString() << false << false;
    QTest::newRow("iam") << QStringLiteral("iam") << true << false;
    QTest::newRow("aws_rds_iam") << QStringLiteral("aws_rds_iam") << true << false;
    QTest::newRow("AWS-RDS-IAM") << QStringLiteral("AWS-RDS-IAM") << true << false;
    QTest::newRow("aws_iam") << QStringLiteral("aws_iam") << true << false;
    QTest::newRow("rds_iam") << QStringLiteral("rds_iam") << true << false;
    QTest::newRow("aws_rds") << QStringLiteral("aws_rds") << true << false;
    QTest::newRow("secrets manager") << QStringLiteral("aws_secrets_manager") << false << true;
    QTest::newRow("kerberos") << QStringLiteral("krb5") << false << true;
}

void tst_DBeaverImporter::authModels()
{
    QFETCH(QString, model);
    QFETCH(bool, awsIam);
    QFETCH(bool, mentioned);
    QJsonObject config {
            {QStringLiteral("host"), QStringLiteral("db.example.com")},
            {QStringLiteral("user"), QStringLiteral("app")},
            {QStringLiteral("auth-model"), model},
            {QStringLiteral("auth-properties"),
             QJsonObject {{QStringLiteral("aws_region"), QStringLiteral("ca-central-1")},
                          {QStringLiteral("iam.profile"), QStringLiteral("ops")}}}};
    const QJsonObject root {
            {QStringLiteral("connections"),
             QJsonObject {{QStringLiteral("c1"),
                           QJsonObject {{QStringLiteral("provider"), QStringLiteral("mysql")},
                                        {QStringLiteral("name"), QStringLiteral("c")},
                                        {QStringLiteral("configuration"), config}}}}}};
    const ImportResult r
            = DBeaverImporter::importData(QJsonDocument(root).toJson(), QStringLiteral("t"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const ImportResult::Connection &c = r.connections.first();
    const PasswordSource &source = c.profile.passwordSource;
    QCOMPARE(source.kind, awsIam ? PasswordSource::Kind::AwsIam : PasswordSource::Kind::Keychain);
    QCOMPARE(source.awsRegion, awsIam ? QStringLiteral("ca-central-1") : QString());
    QCOMPARE(source.awsProfile, awsIam ? QStringLiteral("ops") : QString());
    QCOMPARE(c.notCarried.join(QLatin1Char(' ')).contains(model) && !model.isEmpty(), mentioned);
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
