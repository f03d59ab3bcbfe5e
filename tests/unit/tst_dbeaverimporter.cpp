// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/ConnectionImporter.h"
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
    void sshTunnels();
    void sshTunnelsWithoutCredentials();
    void damagedCredentials();
    void credentialsChosenInsteadOfConnections();
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

    // The SSH tunnel is the profile's jump host; its user is in credentials-config.json,
    // which this import did not get, and the problem says so.
    const auto required = byName.value(QStringLiteral("Required only"));
    QCOMPARE(required.profile.sslMode, SslMode::Required);
    QVERIFY(required.profile.ssh);
    QCOMPARE(required.profile.ssh->host, QStringLiteral("bastion"));
    QCOMPARE(required.profile.ssh->auth, SshJump::Auth::Password);
    QVERIFY(!required.notCarried.join(QLatin1Char(' ')).contains(QLatin1String("ssh_tunnel")));
    QVERIFY(required.sourceProblems.join(QLatin1Char(' '))
                    .contains(QLatin1String("credentials-config.json")));

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

namespace {

QHash<QString, ImportResult::Connection> byName(const ImportResult &r)
{
    QHash<QString, ImportResult::Connection> found;
    for (const auto &c : r.connections)
        found.insert(c.profile.name, c);
    return found;
}

QByteArray sshSample(const char *name)
{
    QFile file(QStringLiteral(INTEROP_SAMPLES "/dbeaver-ssh/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const char *const samplePasswords[] = {"orders-db-secret", "key-passphrase-1", "legacy-db-secret",
                                       "ssh-password-2", "vault-passphrase"};

} // namespace

// A real-shaped data-sources.json with SSH tunnels, imported as a user does (the file), with the
// encrypted credentials-config.json next to it.
void tst_DBeaverImporter::sshTunnels()
{
    const ImportResult r = ConnectionImporter::importFile(
            QStringLiteral(INTEROP_SAMPLES "/dbeaver-ssh/data-sources.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), 4);
    const auto found = byName(r);

    // A key file; the password slot of the tunnel is the key's passphrase.
    const auto orders = found.value(QStringLiteral("Orders via bastion (key)"));
    QCOMPARE(orders.profile.host, QStringLiteral("db.internal"));
    QCOMPARE(orders.profile.port, quint16(3306));
    QCOMPARE(orders.profile.user, QStringLiteral("orders_app"));
    QCOMPARE(orders.password, QStringLiteral("orders-db-secret"));
    QCOMPARE(orders.profile.sslMode, SslMode::VerifyCa);
    QVERIFY(orders.profile.ssh);
    QCOMPARE(orders.profile.ssh->host, QStringLiteral("bastion.example.com"));
    QCOMPARE(orders.profile.ssh->port, quint16(2222));
    QCOMPARE(orders.profile.ssh->user, QStringLiteral("deploy"));
    QCOMPARE(orders.profile.ssh->auth, SshJump::Auth::KeyFile);
    QCOMPARE(orders.profile.ssh->keyFile, QStringLiteral("/home/me/.ssh/id_ed25519_bastion"));
    QCOMPARE(orders.sshKeyPassphrase, QStringLiteral("key-passphrase-1"));
    QVERIFY(orders.sshPassword.isEmpty());
    QVERIFY2(orders.isImportable(), qPrintable(orders.problems.join(QLatin1Char('\n'))));
    const QList<ImportResult::Secret> secrets = orders.secrets();
    QCOMPARE(secrets.size(), 2);
    QCOMPARE(secrets.at(0).kind, SecretKind::Password);
    QCOMPARE(secrets.at(1).kind, SecretKind::SshKeyPassphrase);
    QCOMPARE(secrets.at(1).value, QStringLiteral("key-passphrase-1"));

    // A password: it goes to the keychain as the SSH password.
    const auto legacy = found.value(QStringLiteral("Legacy via jump (password)"));
    QCOMPARE(legacy.profile.host, QStringLiteral("10.0.3.4"));
    QCOMPARE(legacy.profile.user, QStringLiteral("root"));
    QCOMPARE(legacy.password, QStringLiteral("legacy-db-secret"));
    QCOMPARE(legacy.profile.sslMode, SslMode::VerifyIdentity);
    QVERIFY(legacy.profile.ssh);
    QCOMPARE(legacy.profile.ssh->host, QStringLiteral("jump.example.net"));
    QCOMPARE(legacy.profile.ssh->port, SshJump::defaultPort);
    QCOMPARE(legacy.profile.ssh->user, QStringLiteral("ana"));
    QCOMPARE(legacy.profile.ssh->auth, SshJump::Auth::Password);
    QCOMPARE(legacy.sshPassword, QStringLiteral("ssh-password-2"));
    QVERIFY(legacy.isImportable());

    // The agent, and the database as the bastion sees it (remoteHost, remotePort).
    const auto reports = found.value(QStringLiteral("Reports (agent, remote host)"));
    QCOMPARE(reports.profile.host, QStringLiteral("reports.internal"));
    QCOMPARE(reports.profile.port, quint16(3307));
    QCOMPARE(reports.profile.user, QStringLiteral("reader"));
    QVERIFY(reports.profile.ssh);
    QCOMPARE(reports.profile.ssh->user, QStringLiteral("reports"));
    QCOMPARE(reports.profile.ssh->auth, SshJump::Auth::Agent);
    QVERIFY(reports.secrets().isEmpty());
    QVERIFY(reports.notes.join(QLatin1Char(' ')).contains(QLatin1String("known_hosts")));
    QVERIFY(reports.isImportable());

    // Jump servers before the SSH host: two hops, not importable, said plainly.
    const auto vault = found.value(QStringLiteral("Vault (two jumps)"));
    QVERIFY(!vault.isImportable());
    QVERIFY2(vault.problems.join(QLatin1Char(' ')).contains(QLatin1String("one jump host")),
             qPrintable(vault.problems.join(QLatin1Char('\n'))));
    QCOMPARE(r.profilesToAdd().size(), 3);

    // The shared key is named; no secret shows in the preview, the notes or a profile.
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("every copy of DBeaver")));
    QString shown = r.summary() + r.warnings.join(QLatin1Char(' '));
    for (const auto &c : r.connections)
        shown += c.notes.join(QLatin1Char(' ')) + c.notCarried.join(QLatin1Char(' '))
                + c.problems.join(QLatin1Char(' '))
                + QString::fromUtf8(QJsonDocument(c.profile.toJson()).toJson());
    for (const char *secret : samplePasswords)
        QVERIFY2(!shown.contains(QLatin1String(secret)), secret);
    QVERIFY(r.summary().contains(QLatin1String("the SSH jump host's password was found")));
}

// Without credentials-config.json nothing is invented: the tunnels without a user cannot be
// imported, and the problem says where the user is.
void tst_DBeaverImporter::sshTunnelsWithoutCredentials()
{
    ImportResult r = DBeaverImporter::importData(sshSample("data-sources.json"),
                                                 QStringLiteral("data-sources.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    r.checkConnections();
    const auto found = byName(r);
    const auto orders = found.value(QStringLiteral("Orders via bastion (key)"));
    QVERIFY(orders.profile.ssh);
    QVERIFY(orders.profile.ssh->user.isEmpty());
    QVERIFY(orders.profile.user.isEmpty());
    QVERIFY(orders.secrets().isEmpty());
    QVERIFY(!orders.isImportable());
    QVERIFY(orders.problems.first().contains(QLatin1String("credentials-config.json")));
    QVERIFY(r.profilesToAdd().isEmpty());
    QVERIFY(!r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("every copy")));
}

void tst_DBeaverImporter::damagedCredentials()
{
    QByteArray damaged = sshSample("credentials-config.json");
    QVERIFY(!damaged.isEmpty());
    damaged[damaged.size() - 1] = char(damaged.at(damaged.size() - 1) ^ 0x55); // the padding
    for (const QByteArray &credentials :
         {damaged, QByteArray(64, '\x07'), QByteArray("{\"not\": \"encrypted\"}")}) {
        const ImportResult r = DBeaverImporter::importData(
                sshSample("data-sources.json"), QStringLiteral("data-sources.json"), credentials,
                QStringLiteral("credentials-config.json"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(
                r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("could not be decrypted")),
                qPrintable(r.warnings.join(QLatin1Char('\n'))));
        for (const auto &c : r.connections)
            QVERIFY(c.secrets().isEmpty());
    }
}

void tst_DBeaverImporter::credentialsChosenInsteadOfConnections()
{
    const ImportResult r = ConnectionImporter::importFile(
            QStringLiteral(INTEROP_SAMPLES "/dbeaver-ssh/credentials-config.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), 4);
    QVERIFY(r.hasPasswords());
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
