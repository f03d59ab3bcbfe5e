// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// sslcm-cli as scripts use it: a real process, a real store file, the real keychain (this test
// runs inside tests/fixtures/with-keyring.sh).
#include "CliRunner.h"
#include "profile/KeychainSecretStore.h"
#include "profile/ProfileStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class tst_Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void versionReportsLoadedLibraries();
    void addListRemove();
    void listJsonHasStableFields();
    void usageErrors_data();
    void usageErrors();
    void failures_data();
    void failures();
    void ambiguousNameNeedsId();
    void passwordGoesToKeychainOnly();
    void ambiguousAddressesAreRefused_data();
    void ambiguousAddressesAreRefused();
    void verifyCaNeedsACa();
    void storedVerifyCaWithoutCaIsNotTested();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {});
    QString storePath() const
    {
        return m_home->filePath(QStringLiteral("config/sslcm/profiles.json"));
    }

    std::unique_ptr<QTemporaryDir> m_home;
};

void tst_Cli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

CliRun tst_Cli::cli(const QStringList &arguments, const QByteArray &input)
{
    CliRunner runner(QStringLiteral(SSLCM_CLI_PATH));
    runner.setHome(m_home->path());
    return runner.run(arguments, input);
}

void tst_Cli::versionReportsLoadedLibraries()
{
    const CliRun run = cli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("sslcm-cli 0.")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Qt: ") + QLatin1String(qVersion())),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("OpenSSL 3.")), qPrintable(run.out));
    // The client library really loaded by the QMYSQL plugin, with its path.
    QVERIFY2(run.out.contains(QRegularExpression(
                     QStringLiteral("MySQL client library: libmariadb 3\\.\\d+\\.\\d+, loaded from "
                                    "/.*libmariadb\\.so"))),
             qPrintable(run.out));
}

void tst_Cli::addListRemove()
{
    QTemporaryDir files;
    const QString ca = files.filePath(QStringLiteral("ca.pem"));
    QFile caFile(ca);
    QVERIFY(caFile.open(QIODevice::WriteOnly));
    caFile.close();

    CliRun run = cli({QStringLiteral("profiles"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("No profiles")));

    run = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("Prod EU"), QStringLiteral("--host"),
               QStringLiteral("db.example.com"), QStringLiteral("--port"), QStringLiteral("3307"),
               QStringLiteral("--user"), QStringLiteral("app"), QStringLiteral("--database"),
               QStringLiteral("shop"), QStringLiteral("--ssl-mode"),
               QStringLiteral("VERIFY_IDENTITY"), QStringLiteral("--ssl-ca"), ca});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // The store the GUI reads holds exactly what was asked for.
    ProfileStore store(storePath());
    QCOMPARE(store.load().status, StoreLoadResult::Status::Loaded);
    QCOMPARE(store.count(), 1);
    const Profile p = store.profiles().first();
    QCOMPARE(p.name, QStringLiteral("Prod EU"));
    QCOMPARE(p.host, QStringLiteral("db.example.com"));
    QCOMPARE(p.port, quint16(3307));
    QCOMPARE(p.user, QStringLiteral("app"));
    QCOMPARE(p.database, QStringLiteral("shop"));
    QCOMPARE(p.sslMode, SslMode::VerifyIdentity);
    QCOMPARE(p.caFile, QFileInfo(ca).absoluteFilePath());

    run = cli({QStringLiteral("profiles"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("Prod EU")));
    QVERIFY(run.out.contains(QLatin1String("db.example.com:3307")));
    QVERIFY(run.out.contains(QLatin1String("verify-identity")));

    run = cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Prod EU")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    store.load();
    QCOMPARE(store.count(), 0);
}

void tst_Cli::listJsonHasStableFields()
{
    CliRun run = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("J"), QStringLiteral("--host"), QStringLiteral("10.0.0.5"),
                      QStringLiteral("--ssl-mode"), QStringLiteral("required"),
                      QStringLiteral("--pin"), QStringLiteral("ab").repeated(32),
                      QStringLiteral("--tls-version"), QStringLiteral("TLSv1.3")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject o = array.first().toObject();
    QStringList expected;
    for (const char *key :
         {"caDirectory", "caFile", "cipherList", "clientCertificate", "clientKey",
          "connectTimeoutSeconds", "created", "database", "host", "id", "minTlsVersion", "modified",
          "name", "notes", "passwordSource", "pinnedSha256", "port", "sslMode", "user"})
        expected << QString::fromLatin1(key);
    QCOMPARE(o.keys(), expected);
    // Where the password comes from, also for the default: the keychain.
    QCOMPARE(o.value(QLatin1String("passwordSource")).toObject(),
             QJsonObject({{QStringLiteral("kind"), QStringLiteral("keychain")}}));
    QCOMPARE(o.value(QLatin1String("sslMode")).toString(), QStringLiteral("required"));
    QCOMPARE(o.value(QLatin1String("port")).toInt(), 3306);
    QCOMPARE(o.value(QLatin1String("minTlsVersion")).toString(), QStringLiteral("TLSv1.3"));
    QCOMPARE(o.value(QLatin1String("pinnedSha256")).toString(),
             QStringLiteral("AB:").repeated(31) + QStringLiteral("AB"));
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QString p = QStringLiteral("profiles");
    const QString add = QStringLiteral("add");
    QTest::newRow("no command") << QStringList {} << "missing command";
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")} << "frobnicate";
    QTest::newRow("profiles alone") << QStringList {p} << "subcommand";
    QTest::newRow("no name") << QStringList {p, add, QStringLiteral("--host"), QStringLiteral("h")}
                             << "--name";
    QTest::newRow("no host") << QStringList {p, add, QStringLiteral("--name"), QStringLiteral("n")}
                             << "--host";
    QTest::newRow("bad mode") << QStringList {p,
                                              add,
                                              QStringLiteral("--name"),
                                              QStringLiteral("n"),
                                              QStringLiteral("--host"),
                                              QStringLiteral("h"),
                                              QStringLiteral("--ssl-mode"),
                                              QStringLiteral("strict")}
                              << "strict";
    QTest::newRow("bad port") << QStringList {p,
                                              add,
                                              QStringLiteral("--name"),
                                              QStringLiteral("n"),
                                              QStringLiteral("--host"),
                                              QStringLiteral("h"),
                                              QStringLiteral("--port"),
                                              QStringLiteral("70000")}
                              << "70000";
    QTest::newRow("unknown option")
            << QStringList {p, QStringLiteral("list"), QStringLiteral("--xml")} << "xml";
    QTest::newRow("remove without name") << QStringList {p, QStringLiteral("remove")} << "remove";
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(storePath()));
}

void tst_Cli::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QString p = QStringLiteral("profiles");
    QTest::newRow("missing CA file") << QStringList {p,
                                                     QStringLiteral("add"),
                                                     QStringLiteral("--name"),
                                                     QStringLiteral("n"),
                                                     QStringLiteral("--host"),
                                                     QStringLiteral("h"),
                                                     QStringLiteral("--ssl-ca"),
                                                     QStringLiteral("/nonexistent/ca.pem")}
                                     << "/nonexistent/ca.pem does not exist";
    QTest::newRow("remove unknown")
            << QStringList {p, QStringLiteral("remove"), QStringLiteral("ghost")} << "ghost";
}

void tst_Cli::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    // One line of reason.
    QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
}

void tst_Cli::ambiguousNameNeedsId()
{
    for (int i = 0; i < 2; ++i) {
        const CliRun run = cli({QStringLiteral("profiles"), QStringLiteral("add"),
                                QStringLiteral("--name"), QStringLiteral("Twin"),
                                QStringLiteral("--host"), QStringLiteral("h%1").arg(i)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    CliRun run
            = cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Twin")});
    QCOMPARE(run.exitCode, 2);
    ProfileStore store(storePath());
    store.load();
    QCOMPARE(store.count(), 2);
    const QString id = store.profiles().first().id.toString(QUuid::WithoutBraces);
    QVERIFY2(run.err.contains(id), qPrintable(run.err));
    run = cli({QStringLiteral("profiles"), QStringLiteral("remove"), id});
    QCOMPARE(run.exitCode, 0);
    store.load();
    QCOMPARE(store.count(), 1);
    QVERIFY(store.profiles().first().id.toString(QUuid::WithoutBraces) != id);
}

void tst_Cli::passwordGoesToKeychainOnly()
{
    const QByteArray password = "s3cr3t-Pässwörd-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    CliRun run = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("With password"), QStringLiteral("--host"),
                      QStringLiteral("db.example.com"), QStringLiteral("--password-stdin")},
                     password + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    ProfileStore store(storePath());
    store.load();
    QCOMPARE(store.count(), 1);
    const QUuid id = store.profiles().first().id;

    // The keychain has it, under the profile's id...
    KeychainSecretStore keychain;
    const SecretResult stored = keychain.readBlocking(id, SecretKind::Password);
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(stored.secret.toUtf8(), password);

    // ...and no file sslcm wrote holds it, in any encoding.
    int filesChecked = 0;
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++filesChecked;
        for (const QByteArray &form : {password, password.toBase64(), password.toHex(),
                                       QString::fromUtf8(password).toLatin1()})
            QVERIFY2(!bytes.contains(form), qPrintable(f.fileName()));
    }
    QVERIFY(filesChecked >= 1);
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(storePath()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));

    // Removing the profile removes its secret.
    run = cli({QStringLiteral("profiles"), QStringLiteral("remove"),
               QStringLiteral("With password")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(keychain.readBlocking(id, SecretKind::Password).status,
             SecretResult::Status::NotFound);
}

// Spellings the resolver reads as 127.0.0.2 and OpenSSL differently: refused with the canonical
// form, and nothing is stored. (tst_cliconnection runs `test` with them against a real server.)
void tst_Cli::ambiguousAddressesAreRefused_data()
{
    QTest::addColumn<QString>("host");
    for (const char *spelling :
         {"127.2", "2130706434", "0x7f000002", "0x7f.0.0.2", "127.0.2", "0177.0.0.2"})
        QTest::newRow(spelling) << QString::fromLatin1(spelling);
}

void tst_Cli::ambiguousAddressesAreRefused()
{
    QFETCH(QString, host);
    for (const QString &command : {QStringLiteral("add"), QStringLiteral("test")}) {
        const QStringList arguments = command == QLatin1String("add")
                ? QStringList {QStringLiteral("profiles"), command,
                               QStringLiteral("--name"),   QStringLiteral("n"),
                               QStringLiteral("--host"),   host}
                : QStringList {command, QStringLiteral("--host"), host};
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("Write 127.0.0.2")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(storePath()));
    }
}

void tst_Cli::verifyCaNeedsACa()
{
    const QStringList add {QStringLiteral("profiles"),   QStringLiteral("add"),
                           QStringLiteral("--name"),     QStringLiteral("CA"),
                           QStringLiteral("--host"),     QStringLiteral("db.example.com"),
                           QStringLiteral("--ssl-mode"), QStringLiteral("verify-ca")};
    CliRun run = cli(add);
    QCOMPARE(run.exitCode, 3);
    // Why, and the two ways forward.
    QVERIFY2(run.err.contains(QLatin1String("any host"))
                     && run.err.contains(QLatin1String("CA file"))
                     && run.err.contains(QLatin1String("Verify CA and host name")),
             qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(storePath()));
    run = cli({QStringLiteral("test"), QStringLiteral("--host"), QStringLiteral("db.example.com"),
               QStringLiteral("--ssl-mode"), QStringLiteral("verify-ca")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("any host")), qPrintable(run.err));

    QTemporaryDir files;
    const QString ca = files.filePath(QStringLiteral("ca.pem"));
    QFile caFile(ca);
    QVERIFY(caFile.open(QIODevice::WriteOnly));
    caFile.close();
    run = cli(add + QStringList {QStringLiteral("--ssl-ca"), ca});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli(add + QStringList {QStringLiteral("--ssl-capath"), files.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

// A profile an older sslcm stored with Verify CA and no CA used to "verify" against the system's
// CAs. Now it is refused before anything is sent: the listening socket it names never sees a
// connection.
void tst_Cli::storedVerifyCaWithoutCaIsNotTested()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    Profile old = Profile::create();
    old.name = QStringLiteral("Old verify-ca");
    old.host = QStringLiteral("127.0.0.1");
    old.port = listener.serverPort();
    old.user = QStringLiteral("app");
    old.sslMode = SslMode::VerifyCa;
    old.connectTimeoutSeconds = 1;
    {
        ProfileStore store(storePath());
        store.load();
        QVERIFY(store.add(old));
    }
    const CliRun run
            = cli({QStringLiteral("test"), old.name, QStringLiteral("--password-stdin")}, "pw\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("any host"))
                     && run.err.contains(QLatin1String("Verify CA and host name")),
             qPrintable(run.err));
    QVERIFY(!listener.waitForNewConnection(0));
    QVERIFY(!listener.hasPendingConnections());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
