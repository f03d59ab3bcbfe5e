// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// sslcm-cli export and import as scripts use them: a real process, a real store file, the real
// keychain (this test runs inside tests/fixtures/with-keyring.sh).
#include "CliRunner.h"
#include "profile/KeychainSecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class tst_InteropCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void importThenExport_data();
    void importThenExport();
    void dryRunAddsNothingAndDuplicatesAreSkipped();
    void importNamesIncludesOutsideTheFolder();
    void passwordExportIsAFileWithMode0600();
    void sshSecretsOfAnImportGoToTheKeychain();
    void ambiguousAddressIsNotImported();
    void verifyCaWithoutCaIsImportedAsVerifyIdentity();
    void usageErrors_data();
    void usageErrors();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {});
    std::unique_ptr<QTemporaryDir> m_home;
};

void tst_InteropCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

CliRun tst_InteropCli::cli(const QStringList &arguments, const QByteArray &input)
{
    CliRunner runner(QStringLiteral(SSLCM_CLI_PATH));
    runner.setHome(m_home->path());
    return runner.run(arguments, input);
}

void tst_InteropCli::importThenExport_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mysql") << QStringLiteral("mysql")
                           << QStringLiteral("--ssl-mode=VERIFY_IDENTITY");
    QTest::newRow("mariadb") << QStringLiteral("mariadb")
                             << QStringLiteral("--ssl-verify-server-cert");
    QTest::newRow("my.cnf") << QStringLiteral("my.cnf")
                            << QStringLiteral("loose-ssl-mode=VERIFY_IDENTITY");
    QTest::newRow("uri") << QStringLiteral("uri") << QStringLiteral("ssl-mode=VERIFY_IDENTITY");
    QTest::newRow("go") << QStringLiteral("go") << QStringLiteral("RegisterTLSConfig");
    QTest::newRow("sslcm-json") << QStringLiteral("sslcm-json")
                                << QStringLiteral("\"sslMode\": \"verify-identity\"");
}

void tst_InteropCli::importThenExport()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const CliRun imported
            = cli({QStringLiteral("import"),
                   QStringLiteral("mysql -h db.example.com -u app --ssl-mode=VERIFY_IDENTITY "
                                  "--ssl-ca=/etc/ca.pem shop")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(imported.out.contains(QLatin1String("1 profile added")));
    const CliRun exported = cli({QStringLiteral("export"), QStringLiteral("db.example.com"),
                                 QStringLiteral("--as"), format});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY2(exported.out.contains(expected), qPrintable(exported.out));
    QVERIFY(exported.out.contains(QLatin1String("/etc/ca.pem"))
            || exported.out.contains(QLatin1String("%2Fetc%2Fca.pem")));
}

void tst_InteropCli::dryRunAddsNothingAndDuplicatesAreSkipped()
{
    const QString uri
            = QStringLiteral("mysql://app@h.example.com:3307/d?ssl-mode=VERIFY_CA&ssl-ca=/c.pem");
    const CliRun dry = cli({QStringLiteral("import"), uri, QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.out.contains(QLatin1String("Dry run")));
    QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("config/sslcm/profiles.json"))));
    QCOMPARE(cli({QStringLiteral("import"), uri}).exitCode, 0);
    const CliRun again = cli({QStringLiteral("import"), uri});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QLatin1String("duplicate")), qPrintable(again.out));
    QVERIFY(again.out.contains(QLatin1String("0 profiles added")));
    const CliRun list
            = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonDocument json = QJsonDocument::fromJson(list.out.toUtf8());
    const QJsonArray profiles = json.isArray()
            ? json.array()
            : json.object().value(QLatin1String("profiles")).toArray();
    QCOMPARE(profiles.size(), 1);
}

void tst_InteropCli::importNamesIncludesOutsideTheFolder()
{
    QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral("home")));
    QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral("elsewhere/conf.d")));
    const QString outside = m_home->filePath(QStringLiteral("elsewhere/conf.d/extra.cnf"));
    const QString cnf = m_home->filePath(QStringLiteral("home/my.cnf"));
    for (const auto &[file, text] :
         {std::pair {outside, QByteArray("[client]\nuser=from-elsewhere\n")},
          std::pair {cnf,
                     QByteArray("[client]\nhost=db.example.com\n"
                                "!includedir ../elsewhere/conf.d\n")}}) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(text) == text.size());
    }
    const CliRun dry = cli({QStringLiteral("import"), cnf, QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    const QString warning = QStringLiteral("warning: %1, line 3: includes \"%2\"")
                                    .arg(cnf, QFileInfo(outside).canonicalFilePath());
    QVERIFY2(dry.out.contains(warning), qPrintable(dry.out));
}

void tst_InteropCli::passwordExportIsAFileWithMode0600()
{
    const CliRun imported
            = cli({QStringLiteral("import"), QStringLiteral("mysql://app:s3cret@pw.example.com/d"),
                   QStringLiteral("--store-passwords")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    // Never on standard output.
    const CliRun refused = cli({QStringLiteral("export"), QStringLiteral("pw.example.com"),
                                QStringLiteral("--as"), QStringLiteral("my.cnf"),
                                QStringLiteral("--with-password")});
    QCOMPARE(refused.exitCode, 3);
    const CliRun plain = cli({QStringLiteral("export"), QStringLiteral("pw.example.com"),
                              QStringLiteral("--as"), QStringLiteral("my.cnf")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(!plain.out.contains(QLatin1String("s3cret")));
    const QString file = m_home->filePath(QStringLiteral("secret.cnf"));
    const CliRun written
            = cli({QStringLiteral("export"), QStringLiteral("pw.example.com"),
                   QStringLiteral("--as"), QStringLiteral("my.cnf"),
                   QStringLiteral("--with-password"), QStringLiteral("--output"), file});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QVERIFY(written.err.contains(QLatin1String("0600")));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("password=s3cret"));
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
}

// DBeaver keeps the database's and the SSH jump host's passwords (or key passphrases) in its
// encrypted credentials file: --store-passwords puts each into the keychain as its own kind, and
// nothing of them into the profile store.
void tst_InteropCli::sshSecretsOfAnImportGoToTheKeychain()
{
    const QString samples
            = QStringLiteral(SSLCM_SOURCE_DIR "/tests/unit/interop-samples/dbeaver-ssh");
    const QString folder = m_home->filePath(QStringLiteral("dbeaver"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &name :
         {QStringLiteral("data-sources.json"), QStringLiteral("credentials-config.json")})
        QVERIFY(QFile::copy(samples + QLatin1Char('/') + name, folder + QLatin1Char('/') + name));
    const CliRun imported
            = cli({QStringLiteral("import"), folder + QStringLiteral("/data-sources.json"),
                   QStringLiteral("--store-passwords")});
    QVERIFY2(imported.exitCode == 0 || imported.exitCode == 1,
             qPrintable(imported.out + imported.err));
    const CliRun listed
            = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray profiles = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    KeychainSecretStore keychain;
    QStringList sshSecrets;
    for (const QJsonValue &v : profiles) {
        const QJsonObject o = v.toObject();
        if (!o.contains(QStringLiteral("ssh")) || o.value(QStringLiteral("ssh")).isNull())
            continue;
        const QUuid id(o.value(QStringLiteral("id")).toString());
        for (SecretKind kind : {SecretKind::SshPassword, SecretKind::SshKeyPassphrase}) {
            const SecretResult r = keychain.readBlocking(id, kind);
            if (r.ok())
                sshSecrets << r.secret;
        }
    }
    sshSecrets.sort();
    // The sample's tunnels: one key passphrase, one SSH password (the others hold none, or a
    // jump DBeaver cannot describe to sslcm).
    QVERIFY2(sshSecrets.contains(QStringLiteral("key-passphrase-1"))
                     && sshSecrets.contains(QStringLiteral("ssh-password-2")),
             qPrintable(sshSecrets.join(QLatin1Char(','))));
    QFile store(m_home->filePath(QStringLiteral("config/sslcm/profiles.json")));
    QVERIFY(store.open(QIODevice::ReadOnly));
    const QByteArray stored = store.readAll();
    QVERIFY(!stored.contains("ssh-password-2") && !stored.contains("key-passphrase-1"));
}

void tst_InteropCli::ambiguousAddressIsNotImported()
{
    const CliRun imported
            = cli({QStringLiteral("import"),
                   QStringLiteral("mysql://app@0x7f.0.0.2/d?ssl-mode=VERIFY_IDENTITY")});
    QVERIFY2(imported.exitCode == 1, qPrintable(imported.out + imported.err));
    QVERIFY2(imported.out.contains(QLatin1String("cannot be imported"))
                     && imported.out.contains(QLatin1String("Write 127.0.0.2")),
             qPrintable(imported.out));
    QVERIFY2(imported.out.contains(QLatin1String("0 profiles added")), qPrintable(imported.out));
    const CliRun list
            = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
}

void tst_InteropCli::verifyCaWithoutCaIsImportedAsVerifyIdentity()
{
    const CliRun imported
            = cli({QStringLiteral("import"),
                   QStringLiteral("mysql -h ca.example.com -u app --ssl-mode=VERIFY_CA")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));
    QVERIFY2(imported.out.contains(QLatin1String("system's CAs")), qPrintable(imported.out));
    const CliRun list
            = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray profiles = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(profiles.size(), 1);
    const QJsonObject stored = profiles.first().toObject();
    QCOMPARE(stored.value(QLatin1String("sslMode")).toString(), QStringLiteral("verify-identity"));
    QCOMPARE(stored.value(QLatin1String("caFile")).toString(), QString());
}

void tst_InteropCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("export without format")
            << QStringList {QStringLiteral("export"), QStringLiteral("x")} << 3;
    QTest::newRow("unknown format") << QStringList {QStringLiteral("export"), QStringLiteral("x"),
                                                    QStringLiteral("--as"), QStringLiteral("cobol")}
                                    << 3;
    QTest::newRow("unknown profile") << QStringList {QStringLiteral("export"), QStringLiteral("x"),
                                                     QStringLiteral("--as"), QStringLiteral("uri")}
                                     << 2;
    QTest::newRow("import nothing") << QStringList {QStringLiteral("import")} << 3;
    QTest::newRow("import junk") << QStringList {QStringLiteral("import"),
                                                 QStringLiteral("rm -rf /")}
                                 << 2;
}

void tst_InteropCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_InteropCli)
#include "tst_interopcli.moc"
