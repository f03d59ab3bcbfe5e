// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// sslcm-cli's SSH jump host options as scripts use them: real processes, a real store file and the
// real keychain (this test runs inside tests/fixtures/with-keyring.sh). What the options make of
// a profile, where the SSH secrets go, and the refusals that come before anything is sent.
// tst_clisshtunnel takes the same commands through a real sshd to a real server.
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

#include <pwd.h>
#include <unistd.h>

class tst_CliSsh : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void usageErrors_data();
    void usageErrors();
    void missingKeyFile();
    void noAgentStopsBeforeAnythingIsSent_data();
    void noAgentStopsBeforeAnythingIsSent();
    void addListRemoveKeepsSshPasswordInKeychain();
    void keyFileAndPassphrase();
    void oneSshSecretIsAllOfStandardInput();
    void missingSecondLineAddsNothing();
    void agentProfileWithoutAgentIsAddedWithWarning();
    void savedProfileTakesOnlyItsSecrets();
    void trustSshHostKeyNeedsAJumpHost();
    void aliasesOfSshConfig();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {},
               bool withAgent = true) const;
    QString storePath() const
    {
        return m_home->filePath(QStringLiteral("config/sslcm/profiles.json"));
    }
    Profile storedProfile(const QString &name) const;
    // A profile written to the store directly, for the commands that use one.
    Profile addProfile(const QString &name, quint16 databasePort, const SshJump &jump) const;
    // No file under the test's home holds `secret`, in any common encoding.
    void verifyNoFileHolds(const QByteArray &secret) const;

    std::unique_ptr<QTemporaryDir> m_home;
    QTemporaryDir m_files;
    QString m_keyFile; // a file that exists; the options only check that
};

void tst_CliSsh::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QVERIFY(m_files.isValid());
    m_keyFile = m_files.filePath(QStringLiteral("id_ed25519"));
    QFile key(m_keyFile);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write("-----BEGIN OPENSSH PRIVATE KEY-----\n");
    key.close();
}

CliRun tst_CliSsh::cli(const QStringList &arguments, const QByteArray &input, bool withAgent) const
{
    CliRunner runner(QStringLiteral(SSLCM_CLI_PATH));
    runner.setHome(m_home->path());
    // ~/.ssh/config is the test's.
    runner.setEnvironmentVariable(QStringLiteral("HOME"), m_home->path());
    // Nothing here logs in through an agent: a path is enough to say that one runs.
    if (withAgent)
        runner.setEnvironmentVariable(QStringLiteral("SSH_AUTH_SOCK"),
                                      m_files.filePath(QStringLiteral("agent.sock")));
    else
        runner.unsetEnvironmentVariable(QStringLiteral("SSH_AUTH_SOCK"));
    return runner.run(arguments, input);
}

Profile tst_CliSsh::storedProfile(const QString &name) const
{
    ProfileStore store(storePath());
    if (store.load().status != StoreLoadResult::Status::Loaded)
        return {};
    const QList<Profile> found = store.find(name);
    return found.size() == 1 ? found.first() : Profile();
}

Profile tst_CliSsh::addProfile(const QString &name, quint16 databasePort, const SshJump &jump) const
{
    Profile p = Profile::create();
    p.name = name;
    p.host = QStringLiteral("127.0.0.1");
    p.port = databasePort;
    p.user = QStringLiteral("app");
    p.sslMode = SslMode::Required;
    p.connectTimeoutSeconds = 2;
    p.ssh = jump;
    ProfileStore store(storePath());
    store.load();
    if (!store.add(p))
        return {};
    return p;
}

void tst_CliSsh::verifyNoFileHolds(const QByteArray &secret) const
{
    int filesChecked = 0;
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++filesChecked;
        for (const QByteArray &form : {secret, secret.toBase64(), secret.toHex()})
            QVERIFY2(!bytes.contains(form), qPrintable(f.fileName()));
    }
    QVERIFY(filesChecked >= 1);
}

void tst_CliSsh::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QStringList test {QStringLiteral("test"), QStringLiteral("--host"),
                            QStringLiteral("db.internal")};
    const QStringList add {QStringLiteral("profiles"), QStringLiteral("add"),
                           QStringLiteral("--name"),   QStringLiteral("n"),
                           QStringLiteral("--host"),   QStringLiteral("db.internal")};
    const QStringList probe {QStringLiteral("probe"), QStringLiteral("db.internal:3306")};
    const QString ssh = QStringLiteral("--ssh");
    const QString key = QStringLiteral("--ssh-key");
    const QString noKey = QStringLiteral("/nonexistent/id_ed25519");
    const QString hostKey = QStringLiteral("--ssh-host-key");
    const QString trust = QStringLiteral("trust");

    QTest::newRow("empty user") << test + QStringList {ssh, QStringLiteral("@bastion")}
                                << "--ssh must be [USER@]HOST[:PORT], not \"@bastion\"";
    QTest::newRow("port out of range")
            << test + QStringList {ssh, QStringLiteral("deploy@bastion:70000")}
            << "not \"deploy@bastion:70000\"";
    QTest::newRow("port not a number")
            << add + QStringList {ssh, QStringLiteral("bastion:ssh")} << "not \"bastion:ssh\"";
    QTest::newRow("unclosed IPv6 bracket")
            << probe + QStringList {ssh, QStringLiteral("[::1")} << "not \"[::1\"";
    QTest::newRow("ambiguous bastion address")
            << test + QStringList {ssh, QStringLiteral("127.1")} << "Write 127.0.0.1";
    QTest::newRow("key without --ssh") << test + QStringList {key, noKey} << "--ssh-key goes with";
    QTest::newRow("password without --ssh")
            << add + QStringList {QStringLiteral("--ssh-password-stdin")}
            << "--ssh-password-stdin goes with";
    QTest::newRow("probe key without --ssh")
            << probe + QStringList {key, noKey} << "--ssh-key goes with";
    QTest::newRow("key and password") << add
                    + QStringList {ssh, QStringLiteral("bastion"), key, noKey,
                                   QStringLiteral("--ssh-password-stdin")}
                                      << "choose one way to log in to the SSH jump host";
    QTest::newRow("passphrase without key") << test
                    + QStringList {ssh, QStringLiteral("bastion"),
                                   QStringLiteral("--ssh-key-passphrase-stdin")}
                                            << "--ssh-key-passphrase-stdin goes with --ssh-key";
    QTest::newRow("trust host key of nothing")
            << QStringList {trust, hostKey} << "takes one profile, or --ssh";
    QTest::newRow("trust host key of a profile and --ssh")
            << QStringList {trust, QStringLiteral("prod"), hostKey, ssh, QStringLiteral("b")}
            << "takes one profile, or --ssh";
    QTest::newRow("trust host key and a pin")
            << QStringList {trust, hostKey, ssh, QStringLiteral("b"), QStringLiteral("--pin")}
            << "does not go with --use-server-ca or --pin";
    QTest::newRow("trust malformed --ssh")
            << QStringList {trust, hostKey, ssh, QStringLiteral("b:0")} << "not \"b:0\"";
    QTest::newRow("trust --ssh without --ssh-host-key")
            << QStringList {trust, QStringLiteral("prod"), ssh, QStringLiteral("b")}
            << "--ssh goes with --ssh-host-key";
}

void tst_CliSsh::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CliRun run = cli(arguments, "secret\n");
    QVERIFY2(run.exitCode == 3, qPrintable(run.output()));
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(storePath()));
}

void tst_CliSsh::missingKeyFile()
{
    const CliRun run
            = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("n"), QStringLiteral("--host"), QStringLiteral("db.internal"),
                   QStringLiteral("--ssh"), QStringLiteral("bastion"), QStringLiteral("--ssh-key"),
                   QStringLiteral("/nonexistent/id_ed25519")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("/nonexistent/id_ed25519 does not exist")),
             qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(storePath()));
}

// Without SSH_AUTH_SOCK, a jump host that is to be logged in to with the agent could only refuse:
// every command that connects says so and stops, and neither the bastion nor the database sees
// a connection.
void tst_CliSsh::noAgentStopsBeforeAnythingIsSent_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("test --host") << "test";
    QTest::newRow("probe") << "probe";
    QTest::newRow("test PROFILE") << "test-profile";
    QTest::newRow("trust PROFILE --use-server-ca") << "trust";
    QTest::newRow("require --apply PROFILE") << "require";
}

void tst_CliSsh::noAgentStopsBeforeAnythingIsSent()
{
    QFETCH(QString, command);
    QTcpServer bastion;
    QTcpServer database;
    QVERIFY(bastion.listen(QHostAddress::LocalHost));
    QVERIFY(database.listen(QHostAddress::LocalHost));
    const QString jump = QStringLiteral("deploy@127.0.0.1:%1").arg(bastion.serverPort());
    const QString databasePort = QString::number(database.serverPort());
    SshJump agentJump = *SshJump::parseDestination(jump);
    agentJump.auth = SshJump::Auth::Agent;

    QStringList arguments;
    if (command == QLatin1String("test")) {
        arguments = {QStringLiteral("test"),
                     QStringLiteral("--host"),
                     QStringLiteral("127.0.0.1"),
                     QStringLiteral("--port"),
                     databasePort,
                     QStringLiteral("--ssl-mode"),
                     QStringLiteral("required"),
                     QStringLiteral("--ssh"),
                     jump,
                     QStringLiteral("--password-stdin"),
                     QStringLiteral("--connect-timeout"),
                     QStringLiteral("2")};
    } else if (command == QLatin1String("probe")) {
        arguments = {QStringLiteral("probe"), QStringLiteral("127.0.0.1:") + databasePort,
                     QStringLiteral("--ssh"), jump};
    } else {
        const Profile p
                = addProfile(QStringLiteral("Through bastion"), database.serverPort(), agentJump);
        QVERIFY(!p.id.isNull());
        if (command == QLatin1String("test-profile"))
            arguments = {QStringLiteral("test"), p.name};
        else if (command == QLatin1String("trust"))
            arguments = {QStringLiteral("trust"), p.name, QStringLiteral("--use-server-ca")};
        else
            arguments = {QStringLiteral("require"),   QStringLiteral("--user"),
                         QStringLiteral("reporting"), QStringLiteral("--require"),
                         QStringLiteral("ssl"),       QStringLiteral("--no-create"),
                         QStringLiteral("--apply"),   p.name};
    }
    const CliRun run = cli(arguments, "pw\n", false);
    QVERIFY2(run.exitCode == 2, qPrintable(run.output()));
    QVERIFY2(run.err.contains(QLatin1String("SSH_AUTH_SOCK is not set")) && run.err.contains(jump)
                     && run.err.contains(QLatin1String("--ssh-key")),
             qPrintable(run.err));
    // The process has ended: a connection it made would be waiting in the backlog now.
    QVERIFY(!bastion.waitForNewConnection(0));
    QVERIFY(!database.waitForNewConnection(0));
}

void tst_CliSsh::addListRemoveKeepsSshPasswordInKeychain()
{
    const QByteArray databasePassword
            = "db-Pässwort-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray sshPassword = "ssh-Pässwort-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    CliRun run
            = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("Behind bastion"), QStringLiteral("--host"),
                   QStringLiteral("db.internal"), QStringLiteral("--user"), QStringLiteral("app"),
                   QStringLiteral("--ssh"), QStringLiteral("deploy@bastion.example.com:2222"),
                   QStringLiteral("--password-stdin"), QStringLiteral("--ssh-password-stdin")},
                  databasePassword + '\n' + sshPassword + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    const Profile p = storedProfile(QStringLiteral("Behind bastion"));
    QVERIFY(!p.id.isNull());
    QCOMPARE(p.host, QStringLiteral("db.internal"));
    QVERIFY(p.ssh.has_value());
    QCOMPARE(p.ssh->host, QStringLiteral("bastion.example.com"));
    QCOMPARE(p.ssh->port, quint16(2222));
    QCOMPARE(p.ssh->user, QStringLiteral("deploy"));
    QCOMPARE(p.ssh->auth, SshJump::Auth::Password);
    QVERIFY(p.ssh->keyFile.isEmpty());

    // One line each, the database's first: each secret under its own kind, whole.
    KeychainSecretStore keychain;
    const SecretResult db = keychain.readBlocking(p.id, SecretKind::Password);
    QVERIFY2(db.ok(), qPrintable(db.message));
    QCOMPARE(db.secret.toUtf8(), databasePassword);
    const SecretResult ssh = keychain.readBlocking(p.id, SecretKind::SshPassword);
    QVERIFY2(ssh.ok(), qPrintable(ssh.message));
    QCOMPARE(ssh.secret.toUtf8(), sshPassword);
    verifyNoFileHolds(sshPassword);
    verifyNoFileHolds(databasePassword);

    run = cli({QStringLiteral("profiles"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(
            run.out.contains(QLatin1String("db.internal:3306 via deploy@bastion.example.com:2222")),
            qPrintable(run.out));

    run = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject jump = array.first().toObject().value(QLatin1String("ssh")).toObject();
    QCOMPARE(jump,
             QJsonObject({{QStringLiteral("host"), QStringLiteral("bastion.example.com")},
                          {QStringLiteral("port"), 2222},
                          {QStringLiteral("user"), QStringLiteral("deploy")},
                          {QStringLiteral("auth"), QStringLiteral("password")}}));
    QVERIFY(!run.out.toUtf8().contains(sshPassword));

    // Removing the profile removes the SSH password too.
    run = cli({QStringLiteral("profiles"), QStringLiteral("remove"),
               QStringLiteral("Behind bastion")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(keychain.readBlocking(p.id, SecretKind::SshPassword).status,
             SecretResult::Status::NotFound);
    QCOMPARE(keychain.readBlocking(p.id, SecretKind::Password).status,
             SecretResult::Status::NotFound);
}

void tst_CliSsh::keyFileAndPassphrase()
{
    const QByteArray passphrase = "key-phrase-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    // A relative key path is stored absolute; no user: the local one, as ssh takes it.
    const QString relative = QDir(QDir::currentPath()).relativeFilePath(m_keyFile);
    const CliRun run = cli(
            {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Key"), QStringLiteral("--host"), QStringLiteral("10.1.2.3"),
             QStringLiteral("--ssh"), QStringLiteral("[2001:db8::1]:2200"),
             QStringLiteral("--ssh-key"), relative, QStringLiteral("--ssh-key-passphrase-stdin")},
            passphrase + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    const Profile p = storedProfile(QStringLiteral("Key"));
    QVERIFY(p.ssh.has_value());
    QCOMPARE(p.ssh->host, QStringLiteral("2001:db8::1"));
    QCOMPARE(p.ssh->port, quint16(2200));
    const passwd *pw = getpwuid(getuid());
    QVERIFY(pw);
    QCOMPARE(p.ssh->user, QString::fromLocal8Bit(pw->pw_name));
    QCOMPARE(p.ssh->auth, SshJump::Auth::KeyFile);
    QCOMPARE(p.ssh->keyFile, QFileInfo(m_keyFile).absoluteFilePath());

    KeychainSecretStore keychain;
    const SecretResult stored = keychain.readBlocking(p.id, SecretKind::SshKeyPassphrase);
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(stored.secret.toUtf8(), passphrase);
    // Nothing else was stored: there was no database password on standard input.
    QCOMPARE(keychain.readBlocking(p.id, SecretKind::Password).status,
             SecretResult::Status::NotFound);
    verifyNoFileHolds(passphrase);
}

// With only one secret option, standard input is that secret, as --password-stdin always read
// it: a line break inside is part of it.
void tst_CliSsh::oneSshSecretIsAllOfStandardInput()
{
    const QByteArray sshPassword = "first line\nsecond line";
    const CliRun run
            = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("One"), QStringLiteral("--host"), QStringLiteral("db.internal"),
                   QStringLiteral("--ssh"), QStringLiteral("deploy@bastion"),
                   QStringLiteral("--ssh-password-stdin")},
                  sshPassword + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    const Profile p = storedProfile(QStringLiteral("One"));
    QVERIFY(p.ssh.has_value());
    QCOMPARE(p.ssh->port, quint16(22));
    KeychainSecretStore keychain;
    const SecretResult stored = keychain.readBlocking(p.id, SecretKind::SshPassword);
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(stored.secret.toUtf8(), sshPassword);
    QCOMPARE(keychain.readBlocking(p.id, SecretKind::Password).status,
             SecretResult::Status::NotFound);
}

// Two secrets asked for, one line given: refused, and neither the store nor the keychain keeps
// anything of it.
void tst_CliSsh::missingSecondLineAddsNothing()
{
    const CliRun run
            = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("Half"), QStringLiteral("--host"), QStringLiteral("db.internal"),
                   QStringLiteral("--ssh"), QStringLiteral("deploy@bastion"),
                   QStringLiteral("--password-stdin"), QStringLiteral("--ssh-password-stdin")},
                  "only-the-database-password\n");
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("held no SSH password")), qPrintable(run.err));
    ProfileStore store(storePath());
    store.load();
    QCOMPARE(store.count(), 0);
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("only-the-database-password"));
    }
}

void tst_CliSsh::agentProfileWithoutAgentIsAddedWithWarning()
{
    const CliRun run
            = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("Agent"), QStringLiteral("--host"), QStringLiteral("db.internal"),
                   QStringLiteral("--ssh"), QStringLiteral("deploy@bastion")},
                  {}, false);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    QVERIFY2(run.err.contains(QLatin1String("warning:"))
                     && run.err.contains(QLatin1String("SSH_AUTH_SOCK is not set")),
             qPrintable(run.err));
    const Profile p = storedProfile(QStringLiteral("Agent"));
    QVERIFY(p.ssh.has_value());
    QCOMPARE(p.ssh->auth, SshJump::Auth::Agent);
}

// A saved profile's jump host is part of it: `test PROFILE` takes no --ssh or --ssh-key, and an
// SSH secret on standard input only where the profile logs in that way.
void tst_CliSsh::savedProfileTakesOnlyItsSecrets()
{
    SshJump jump = *SshJump::parseDestination(u"deploy@bastion.example.com");
    jump.auth = SshJump::Auth::KeyFile;
    jump.keyFile = m_keyFile;
    const Profile p = addProfile(QStringLiteral("Saved"), 3306, jump);
    QVERIFY(!p.id.isNull());
    const QStringList test {QStringLiteral("test"), p.name};
    CliRun run = cli(test + QStringList {QStringLiteral("--ssh"), QStringLiteral("other")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("part of the profile")), qPrintable(run.err));
    run = cli(test + QStringList {QStringLiteral("--ssh-key"), m_keyFile});
    QCOMPARE(run.exitCode, 3);
    run = cli(test + QStringList {QStringLiteral("--ssh-password-stdin")}, "pw\n");
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("does not log in to an SSH jump host with a "
                                            "password")),
             qPrintable(run.err));
}

void tst_CliSsh::trustSshHostKeyNeedsAJumpHost()
{
    Profile direct = Profile::create();
    direct.name = QStringLiteral("Direct");
    direct.host = QStringLiteral("db.example.com");
    {
        ProfileStore store(storePath());
        store.load();
        QVERIFY(store.add(direct));
    }
    const CliRun run = cli({QStringLiteral("trust"), direct.name, QStringLiteral("--ssh-host-key"),
                            QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("does not connect through an SSH jump host")),
             qPrintable(run.err));
}

// --ssh ALIAS means what `ssh ALIAS` means: ~/.ssh/config's HostName, User, Port and
// IdentityFile, a USER and PORT given winning; an alias sslcm cannot go through is refused.
void tst_CliSsh::aliasesOfSshConfig()
{
    QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral(".ssh")));
    const QString key = m_home->filePath(QStringLiteral(".ssh/id_prod"));
    QFile keyFile(key);
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.close();
    QFile config(m_home->filePath(QStringLiteral(".ssh/config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("Host prod-bastion\n"
                 "  HostName bastion.example.com\n"
                 "  User deploy\n"
                 "  Port 2222\n"
                 "  IdentityFile ~/.ssh/id_prod\n"
                 "Host gone\n"
                 "  HostName gone.example.com\n"
                 "  IdentityFile ~/.ssh/id_gone\n"
                 "Host inner\n"
                 "  HostName db1.internal\n"
                 "  ProxyJump prod-bastion\n");
    config.close();
    const QStringList add {QStringLiteral("profiles"), QStringLiteral("add"),
                           QStringLiteral("--host"), QStringLiteral("db.internal"),
                           QStringLiteral("--name")};

    CliRun run = cli(add
                     + QStringList {QStringLiteral("Alias"), QStringLiteral("--ssh"),
                                    QStringLiteral("prod-bastion")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    // What the configuration gave is said.
    QVERIFY2(run.err.contains(QLatin1String("HostName bastion.example.com")), qPrintable(run.err));
    Profile p = storedProfile(QStringLiteral("Alias"));
    QVERIFY(p.ssh.has_value());
    QCOMPARE(p.ssh->host, QStringLiteral("bastion.example.com"));
    QCOMPARE(p.ssh->port, quint16(2222));
    QCOMPARE(p.ssh->user, QStringLiteral("deploy"));
    QCOMPARE(p.ssh->auth, SshJump::Auth::KeyFile);
    QCOMPARE(p.ssh->keyFile, key);

    run = cli(add
                      + QStringList {QStringLiteral("Given"), QStringLiteral("--ssh"),
                                     QStringLiteral("ops@prod-bastion:2200"),
                                     QStringLiteral("--ssh-password-stdin")},
              "ssh-pw\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    p = storedProfile(QStringLiteral("Given"));
    QVERIFY(p.ssh.has_value());
    QCOMPARE(p.ssh->host, QStringLiteral("bastion.example.com"));
    QCOMPARE(p.ssh->port, quint16(2200));
    QCOMPARE(p.ssh->user, QStringLiteral("ops"));
    QCOMPARE(p.ssh->auth, SshJump::Auth::Password);
    QVERIFY(p.ssh->keyFile.isEmpty());

    run = cli(add
              + QStringList {QStringLiteral("Through two"), QStringLiteral("--ssh"),
                             QStringLiteral("inner")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("ProxyJump")), qPrintable(run.err));
    run = cli(add
              + QStringList {QStringLiteral("Gone"), QStringLiteral("--ssh"),
                             QStringLiteral("gone")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("id_gone does not exist")), qPrintable(run.err));
    ProfileStore store(storePath());
    store.load();
    QCOMPARE(store.count(), 2);
}

QTEST_GUILESS_MAIN(tst_CliSsh)
#include "tst_clissh.moc"
