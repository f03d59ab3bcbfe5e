// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// sslcm-cli through an SSH jump host, end to end: real processes, the fixture's real sshd (its own
// host key, keys and password) in front of the real TLS server, a real ssh-agent, the real keyring
// (tests/fixtures/with-keyring.sh) and a real terminal where a person would answer. The host key
// lists are the test's own (SSLCM_SSH_KNOWN_HOSTS); the user's are never read or written.
#include "CliRunner.h"
#include "TestServers.h"
#include "mysql/GatewaySession.h"
#include "profile/KeychainSecretStore.h"
#include "profile/ProfileStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using Server = TestServers::Server;
using Account = TestServers::Account;
using Pki = TestServers::Pki;

class tst_CliSshTunnel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void testThroughKeyFile();
    void testThroughSshConfigAlias();
    void verifiedAgainstTheDatabaseNameNotTheTunnel_data();
    void verifiedAgainstTheDatabaseNameNotTheTunnel();
    void savedProfileWithSshPasswordInKeychain();
    void agentLogsIn();
    void encryptedKeyWithoutPassphrase();
    void encryptedKeyPassphraseAskedOnTerminal();
    void unknownHostKeyTrustedOnFirstUse();
    void unknownHostKeyConfirmedOnTerminal_data();
    void unknownHostKeyConfirmedOnTerminal();
    void changedHostKeyRefusedEvenWithYes();
    void savedProfileHostKey();
    void probeThroughTunnel();
    void probeWithSshSecrets();

private:
    // sslcm-cli with the test's home, host key lists and (unless `agentSocket`) no agent.
    CliRunner runner(const QString &agentSocket = {}) const;
    CliRun cli(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runner().run(arguments, input);
    }
    // The host key lists: `knownHosts` as the user's, then sslcm's own list.
    void useKnownHosts(const QString &knownHosts) { m_userKnownHosts = knownHosts; }
    QString ownList() const { return m_home->filePath(QStringLiteral("sslcm_known_hosts")); }
    QString ownListText() const;

    QString destination(const char *portKey = "SSH_PORT") const;
    QStringList database(const QString &host,
                         const QString &mode = QStringLiteral("verify-identity")) const;
    QByteArray databasePassword() const
    {
        return m_servers.credentials(Account::Plain).password.toUtf8();
    }
    QString fixtureFile(const char *key) const;
    QByteArray fixtureSecret(const char *key) const;
    int sshdLogCount(const QString &text) const;
    Profile storedProfile(const QString &name) const;
    // "SHA256:..." of an OpenSSH public key line, as ssh-keygen -lf prints it.
    static QString fingerprintOf(const QString &publicKeyLine);
    static QJsonObject stage(const QJsonObject &report, const QString &key);

    TestServers m_servers;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_userKnownHosts;
};

void tst_CliSshTunnel::initTestCase()
{
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
    // Fails, never skips: the fixture starts sshd (servers.sh start --sshd).
    QVERIFY2(m_servers.value(QStringLiteral("SSH_UNAVAILABLE")).isEmpty(),
             qPrintable(m_servers.value(QStringLiteral("SSH_UNAVAILABLE"))));
    for (const char *key : {"SSH_HOST", "SSH_PORT", "SSH_USER", "SSH_HOST_KEY", "SSH_KNOWN_HOSTS",
                            "SSH_KEY", "SSH_KEY_ENCRYPTED", "SSH_KEY_PASSPHRASE_FILE", "SSH_LOG"})
        QVERIFY2(!m_servers.value(QString::fromLatin1(key)).isEmpty(),
                 qPrintable(QStringLiteral("servers.env has no %1: the fixture's sshd is "
                                           "missing")
                                    .arg(QString::fromLatin1(key))));
}

void tst_CliSshTunnel::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    useKnownHosts(fixtureFile("SSH_KNOWN_HOSTS"));
}

CliRunner tst_CliSshTunnel::runner(const QString &agentSocket) const
{
    CliRunner r(QStringLiteral(SSLCM_CLI_PATH));
    r.setHome(m_home->path());
    r.setEnvironmentVariable(QStringLiteral("HOME"), m_home->path()); // ~/.ssh/config
    r.setEnvironmentVariable(QStringLiteral("SSLCM_SSH_KNOWN_HOSTS"),
                             m_userKnownHosts + QLatin1Char(':') + ownList());
    if (agentSocket.isEmpty())
        r.unsetEnvironmentVariable(QStringLiteral("SSH_AUTH_SOCK"));
    else
        r.setEnvironmentVariable(QStringLiteral("SSH_AUTH_SOCK"), agentSocket);
    return r;
}

QString tst_CliSshTunnel::ownListText() const
{
    QFile f(ownList());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString tst_CliSshTunnel::destination(const char *portKey) const
{
    return QStringLiteral("%1@%2:%3")
            .arg(m_servers.value(QStringLiteral("SSH_USER")),
                 m_servers.value(QStringLiteral("SSH_HOST")),
                 m_servers.value(QString::fromLatin1(portKey)));
}

QStringList tst_CliSshTunnel::database(const QString &host, const QString &mode) const
{
    return {QStringLiteral("--host"),
            host,
            QStringLiteral("--port"),
            QString::number(m_servers.tlsPort()),
            QStringLiteral("--user"),
            m_servers.credentials(Account::Plain).user,
            QStringLiteral("--ssl-mode"),
            mode,
            QStringLiteral("--ssl-ca"),
            m_servers.path(Pki::CaCert),
            QStringLiteral("--connect-timeout"),
            QStringLiteral("10")};
}

QString tst_CliSshTunnel::fixtureFile(const char *key) const
{
    return m_servers.value(QString::fromLatin1(key));
}

QByteArray tst_CliSshTunnel::fixtureSecret(const char *key) const
{
    QFile f(fixtureFile(key));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().trimmed();
}

int tst_CliSshTunnel::sshdLogCount(const QString &text) const
{
    QFile f(fixtureFile("SSH_LOG"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return int(QString::fromUtf8(f.readAll()).count(text));
}

Profile tst_CliSshTunnel::storedProfile(const QString &name) const
{
    ProfileStore store(m_home->filePath(QStringLiteral("config/sslcm/profiles.json")));
    if (store.load().status != StoreLoadResult::Status::Loaded)
        return {};
    const QList<Profile> found = store.find(name);
    return found.size() == 1 ? found.first() : Profile();
}

QString tst_CliSshTunnel::fingerprintOf(const QString &publicKeyLine)
{
    const QStringList fields = publicKeyLine.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QByteArray blob = QByteArray::fromBase64(fields.value(1).toLatin1());
    return QStringLiteral("SHA256:")
            + QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha256)
                                          .toBase64(QByteArray::OmitTrailingEquals));
}

QJsonObject tst_CliSshTunnel::stage(const QJsonObject &report, const QString &key)
{
    const QJsonArray stages = report.value(QLatin1String("stages")).toArray();
    for (const QJsonValue &s : stages) {
        if (s.toObject().value(QLatin1String("stage")).toString() == key)
            return s.toObject();
    }
    return {};
}

// Key file login; the report has the SSH stages, passed, and the bastion's fingerprint.
void tst_CliSshTunnel::testThroughKeyFile()
{
    const int logins = sshdLogCount(QStringLiteral("Accepted publickey"));
    const CliRun run
            = cli(QStringList {QStringLiteral("test"), QStringLiteral("--json")}
                          + database(m_servers.host())
                          + QStringList {QStringLiteral("--password-stdin"),
                                         QStringLiteral("--ssh"), destination(),
                                         QStringLiteral("--ssh-key"), fixtureFile("SSH_KEY")},
                  databasePassword() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("verdict")).toString(), QStringLiteral("secure-verified"));
    for (const char *key : {"ssh-connect", "ssh-host-key", "ssh-login", "tunnel", "login"})
        QVERIFY2(stage(report, QString::fromLatin1(key)).value(QLatin1String("status")).toString()
                         == QLatin1String("passed"),
                 key);
    QVERIFY2(run.out.contains(fingerprintOf(m_servers.value(QStringLiteral("SSH_HOST_KEY")))),
             qPrintable(run.out));
    // The jump host really carried it.
    QCOMPARE(sshdLogCount(QStringLiteral("Accepted publickey")), logins + 1);
}

// --ssh ALIAS: the jump host, its user, port and key come from ~/.ssh/config, as for `ssh ALIAS`.
void tst_CliSshTunnel::testThroughSshConfigAlias()
{
    QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral(".ssh")));
    QFile config(m_home->filePath(QStringLiteral(".ssh/config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral("Host fixture-bastion\n  HostName %1\n  Port %2\n  User %3\n"
                                "  IdentityFile %4\n")
                         .arg(m_servers.value(QStringLiteral("SSH_HOST")),
                              m_servers.value(QStringLiteral("SSH_PORT")),
                              m_servers.value(QStringLiteral("SSH_USER")), fixtureFile("SSH_KEY"))
                         .toUtf8());
    config.close();
    const int logins = sshdLogCount(QStringLiteral("Accepted publickey"));
    const CliRun run = cli(QStringList {QStringLiteral("test"), QStringLiteral("--json")}
                                   + database(QStringLiteral("localhost"))
                                   + QStringList {QStringLiteral("--password-stdin"),
                                                  QStringLiteral("--ssh"),
                                                  QStringLiteral("fixture-bastion")},
                           databasePassword() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())
                     .object()
                     .value(QLatin1String("verdict"))
                     .toString(),
             QStringLiteral("secure-verified"));
    QCOMPARE(sshdLogCount(QStringLiteral("Accepted publickey")), logins + 1);
}

// TLS is checked against the database's name as the profile gives it, exactly as without a
// tunnel: the server's certificate names localhost and 127.0.0.1, not 127.0.0.2 (where the same
// server listens), and never the tunnel's end.
void tst_CliSshTunnel::verifiedAgainstTheDatabaseNameNotTheTunnel_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("failedStage");
    QTest::newRow("localhost: named") << "localhost" << 0 << "";
    QTest::newRow("127.0.0.1: named") << "127.0.0.1" << 0 << "";
    QTest::newRow("second address: not named") << "127.0.0.2" << 2 << "certificate-check";
}

void tst_CliSshTunnel::verifiedAgainstTheDatabaseNameNotTheTunnel()
{
    QFETCH(QString, host);
    QFETCH(int, exitCode);
    QFETCH(QString, failedStage);
    const CliRun run
            = cli(QStringList {QStringLiteral("test"), QStringLiteral("--json")} + database(host)
                          + QStringList {QStringLiteral("--password-stdin"),
                                         QStringLiteral("--ssh"), destination(),
                                         QStringLiteral("--ssh-key"), fixtureFile("SSH_KEY")},
                  databasePassword() + '\n');
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.output()));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(stage(report, QStringLiteral("tunnel")).value(QLatin1String("status")).toString(),
             QStringLiteral("passed"));
    if (!failedStage.isEmpty()) {
        QCOMPARE(stage(report, failedStage).value(QLatin1String("status")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(stage(report, QStringLiteral("login")).value(QLatin1String("status")).toString(),
                 QStringLiteral("skipped"));
    }
}

// profiles add keeps both passwords in the keychain; test PROFILE logs in to sshd with the SSH
// password from there.
void tst_CliSshTunnel::savedProfileWithSshPasswordInKeychain()
{
    QVERIFY2(m_servers.value(QStringLiteral("SSH_PASSWORD_UNAVAILABLE")).isEmpty(),
             qPrintable(m_servers.value(QStringLiteral("SSH_PASSWORD_UNAVAILABLE"))));
    const QByteArray sshPassword = fixtureSecret("SSH_PASSWORD_FILE");
    QVERIFY(!sshPassword.isEmpty());
    CliRun run = cli(QStringList {QStringLiteral("profiles"), QStringLiteral("add"),
                                  QStringLiteral("--name"), QStringLiteral("Via password")}
                             + database(QStringLiteral("localhost"))
                             + QStringList {QStringLiteral("--ssh"), destination(),
                                            QStringLiteral("--password-stdin"),
                                            QStringLiteral("--ssh-password-stdin")},
                     databasePassword() + '\n' + sshPassword + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    const int logins = sshdLogCount(QStringLiteral("Accepted password"));
    run = cli({QStringLiteral("test"), QStringLiteral("Via password"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("verdict")).toString(), QStringLiteral("secure-verified"));
    QCOMPARE(sshdLogCount(QStringLiteral("Accepted password")), logins + 1);

    // A wrong SSH password on standard input overrides the keychain's, and is refused.
    run = cli({QStringLiteral("test"), QStringLiteral("Via password"), QStringLiteral("--json"),
               QStringLiteral("--ssh-password-stdin")},
              "not-the-password\n");
    QVERIFY2(run.exitCode == 2, qPrintable(run.output()));
    QCOMPARE(stage(QJsonDocument::fromJson(run.out.toUtf8()).object(), QStringLiteral("ssh-login"))
                     .value(QLatin1String("status"))
                     .toString(),
             QStringLiteral("failed"));
}

// No key and no password: the running agent logs in (a real ssh-agent holding the fixture's key).
void tst_CliSshTunnel::agentLogsIn()
{
    const QString socket = m_home->filePath(QStringLiteral("agent.sock"));
    QProcess agent;
    agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    QVERIFY2(agent.waitForStarted(), qPrintable(agent.errorString()));
    const auto stopAgent = qScopeGuard([&] {
        agent.terminate();
        agent.waitForFinished();
    });
    QTRY_VERIFY(QFileInfo::exists(socket));
    QProcess add;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
    add.setProcessEnvironment(environment);
    add.start(QStringLiteral("ssh-add"), {fixtureFile("SSH_KEY")});
    QVERIFY(add.waitForFinished());
    QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());

    const QStringList arguments = QStringList {QStringLiteral("test"), QStringLiteral("--json")}
            + database(m_servers.host())
            + QStringList {QStringLiteral("--password-stdin"), QStringLiteral("--ssh"),
                           destination()};
    CliRun run = runner(socket).run(arguments, databasePassword() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())
                     .object()
                     .value(QLatin1String("verdict"))
                     .toString(),
             QStringLiteral("secure-verified"));
    // The same without the agent: refused before anything is sent.
    run = runner().run(arguments, databasePassword() + '\n');
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("SSH_AUTH_SOCK")), qPrintable(run.err));
}

// An encrypted key and no passphrase, no terminal: the report says the key needs its passphrase;
// with it on standard input (after the database password) the test passes.
void tst_CliSshTunnel::encryptedKeyWithoutPassphrase()
{
    const QStringList arguments = QStringList {QStringLiteral("test"), QStringLiteral("--json")}
            + database(m_servers.host())
            + QStringList {QStringLiteral("--password-stdin"), QStringLiteral("--ssh"),
                           destination(), QStringLiteral("--ssh-key"),
                           fixtureFile("SSH_KEY_ENCRYPTED")};
    CliRun run = cli(arguments, databasePassword() + '\n');
    QVERIFY2(run.exitCode == 2, qPrintable(run.output()));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("failure")).toObject().value(QLatin1String("gateway")),
             QJsonValue(int(GatewaySession::Failure::SshKeyUnusable)));
    QVERIFY2(report.value(QLatin1String("explanation"))
                     .toObject()
                     .value(QLatin1String("summary"))
                     .toString()
                     .contains(QLatin1String("passphrase")),
             qPrintable(run.out));

    run = cli(arguments + QStringList {QStringLiteral("--ssh-key-passphrase-stdin")},
              databasePassword() + '\n' + fixtureSecret("SSH_KEY_PASSPHRASE_FILE") + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
}

// On a terminal, the passphrase is asked for and the test tried once more; a saved profile keeps
// a passphrase that opened the key, so the next test (a script, no terminal) needs no question.
void tst_CliSshTunnel::encryptedKeyPassphraseAskedOnTerminal()
{
    CliRun run = cli(QStringList {QStringLiteral("profiles"), QStringLiteral("add"),
                                  QStringLiteral("--name"), QStringLiteral("Encrypted key")}
                             + database(m_servers.host())
                             + QStringList {QStringLiteral("--ssh"), destination(),
                                            QStringLiteral("--ssh-key"),
                                            fixtureFile("SSH_KEY_ENCRYPTED"),
                                            QStringLiteral("--password-stdin")},
                     databasePassword() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    const Profile p = storedProfile(QStringLiteral("Encrypted key"));
    QVERIFY(!p.id.isNull());
    KeychainSecretStore keychain;
    QCOMPARE(keychain.readBlocking(p.id, SecretKind::SshKeyPassphrase).status,
             SecretResult::Status::NotFound);

    const QByteArray passphrase = fixtureSecret("SSH_KEY_PASSPHRASE_FILE");
    run = runner().runOnTerminal(
            {QStringLiteral("test"), p.name},
            {{QStringLiteral("Passphrase for the SSH key"), passphrase + '\n'}});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    // Typed without echo.
    QVERIFY2(!run.out.contains(QString::fromUtf8(passphrase)), qPrintable(run.out));
    const SecretResult kept = keychain.readBlocking(p.id, SecretKind::SshKeyPassphrase);
    QVERIFY2(kept.ok(), qPrintable(kept.message));
    QCOMPARE(kept.secret.toUtf8(), passphrase);

    run = cli({QStringLiteral("test"), p.name});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
}

// An unknown bastion key: shown, not trusted without --yes (and nothing logs in through it);
// with --yes it goes to sslcm's own list, after which the key is known and the test passes.
void tst_CliSshTunnel::unknownHostKeyTrustedOnFirstUse()
{
    const QString emptyKnownHosts = m_home->filePath(QStringLiteral("known_hosts"));
    QFile empty(emptyKnownHosts);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    useKnownHosts(emptyKnownHosts);
    const QString hostKey = m_servers.value(QStringLiteral("SSH_HOST_KEY"));
    const QString blob = hostKey.split(QLatin1Char(' ')).value(1);
    const QStringList trust {QStringLiteral("trust"), QStringLiteral("--ssh"), destination(),
                             QStringLiteral("--ssh-host-key")};
    const QStringList test = QStringList {QStringLiteral("test"), QStringLiteral("--json")}
            + database(m_servers.host())
            + QStringList {QStringLiteral("--password-stdin"), QStringLiteral("--ssh"),
                           destination(), QStringLiteral("--ssh-key"), fixtureFile("SSH_KEY")};

    const int attempts = sshdLogCount(QStringLiteral("userauth-request"));
    CliRun run = cli(test, databasePassword() + '\n');
    QVERIFY2(run.exitCode == 2, qPrintable(run.output()));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())
                     .object()
                     .value(QLatin1String("failure"))
                     .toObject()
                     .value(QLatin1String("gateway")),
             QJsonValue(int(GatewaySession::Failure::SshHostKeyUnknown)));

    // Progress on standard error says where it stopped, once, and the report says why.
    run = cli(test.mid(0, 1) + test.mid(2), databasePassword() + '\n');
    QVERIFY2(run.exitCode == 2, qPrintable(run.output()));
    QVERIFY2(run.err.contains(QRegularExpression(QStringLiteral("failed\\s+SSH host key")))
                     && !run.err.contains(
                             QRegularExpression(QStringLiteral("passed\\s+SSH host key"))),
             qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("trust PROFILE --ssh-host-key")), qPrintable(run.out));

    run = cli(trust);
    QVERIFY2(run.exitCode == 1, qPrintable(run.output()));
    QVERIFY2(run.out.contains(fingerprintOf(hostKey))
                     && run.out.contains(QLatin1String("ssh-ed25519"))
                     && run.out.contains(QLatin1String("--yes")),
             qPrintable(run.out));
    QVERIFY(!ownListText().contains(blob));
    // Neither the test nor the look at the key tried to log in.
    QCOMPARE(sshdLogCount(QStringLiteral("userauth-request")), attempts);

    run = cli(trust + QStringList {QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    QVERIFY2(ownListText().contains(blob), qPrintable(ownListText()));
    QVERIFY2(ownListText().contains(
                     QStringLiteral("[%1]:%2").arg(m_servers.value(QStringLiteral("SSH_HOST")),
                                                   m_servers.value(QStringLiteral("SSH_PORT")))),
             qPrintable(ownListText()));

    run = cli(trust);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    QVERIFY2(run.out.contains(QLatin1String("already trusted")), qPrintable(run.out));

    run = cli(test, databasePassword() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
}

void tst_CliSshTunnel::unknownHostKeyConfirmedOnTerminal_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("trusted");
    QTest::newRow("yes") << QByteArray("y\n") << 0 << true;
    QTest::newRow("no") << QByteArray("n\n") << 1 << false;
    QTest::newRow("just Enter: no") << QByteArray("\n") << 1 << false;
}

void tst_CliSshTunnel::unknownHostKeyConfirmedOnTerminal()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, exitCode);
    QFETCH(bool, trusted);
    useKnownHosts(m_home->filePath(QStringLiteral("no-such-known_hosts")));
    const QString hostKey = m_servers.value(QStringLiteral("SSH_HOST_KEY"));
    const CliRun run = runner().runOnTerminal({QStringLiteral("trust"), QStringLiteral("--ssh"),
                                               destination(), QStringLiteral("--ssh-host-key")},
                                              {{QStringLiteral("Trust this key?"), answer}});
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.output()));
    QVERIFY2(run.out.contains(fingerprintOf(hostKey)), qPrintable(run.out));
    QCOMPARE(ownListText().contains(hostKey.split(QLatin1Char(' ')).value(1)), trusted);
}

// A key that differs from the one on record is refused with both fingerprints and the file that
// holds the old one, --yes or not, and nothing is written.
void tst_CliSshTunnel::changedHostKeyRefusedEvenWithYes()
{
    // The "old" key on record: another ed25519 key, made now.
    const QString other = m_home->filePath(QStringLiteral("other_host_key"));
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                  QStringLiteral("-N"), QString(), QStringLiteral("-f"), other});
    QVERIFY(keygen.waitForFinished());
    QCOMPARE(keygen.exitCode(), 0);
    QFile pub(other + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QString oldKey = QString::fromUtf8(pub.readAll()).trimmed();
    const QString knownHosts = m_home->filePath(QStringLiteral("known_hosts"));
    QFile file(knownHosts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("[%1]:%2 %3\n")
                       .arg(m_servers.value(QStringLiteral("SSH_HOST")),
                            m_servers.value(QStringLiteral("SSH_PORT")), oldKey)
                       .toUtf8());
    file.close();
    useKnownHosts(knownHosts);

    const CliRun run = cli({QStringLiteral("trust"), QStringLiteral("--ssh"), destination(),
                            QStringLiteral("--ssh-host-key"), QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 2, qPrintable(run.output()));
    QVERIFY2(run.out.contains(QLatin1String("CHANGED")), qPrintable(run.out));
    QVERIFY2(run.out.contains(fingerprintOf(oldKey)), qPrintable(run.out));
    QVERIFY2(run.out.contains(fingerprintOf(m_servers.value(QStringLiteral("SSH_HOST_KEY")))),
             qPrintable(run.out));
    QVERIFY2(run.output().contains(knownHosts), qPrintable(run.output()));
    QVERIFY2(run.err.contains(QLatin1String("never accepted")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(ownList()));
    // The file on record is as it was.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(oldKey));

    // And nothing connects through it.
    const CliRun test
            = cli(QStringList {QStringLiteral("test"), QStringLiteral("--json")}
                          + database(m_servers.host())
                          + QStringList {QStringLiteral("--password-stdin"),
                                         QStringLiteral("--ssh"), destination(),
                                         QStringLiteral("--ssh-key"), fixtureFile("SSH_KEY")},
                  databasePassword() + '\n');
    QVERIFY2(test.exitCode == 2, qPrintable(test.output()));
    QCOMPARE(QJsonDocument::fromJson(test.out.toUtf8())
                     .object()
                     .value(QLatin1String("failure"))
                     .toObject()
                     .value(QLatin1String("gateway")),
             QJsonValue(int(GatewaySession::Failure::SshHostKeyChanged)));
}

// trust PROFILE --ssh-host-key: the profile's own jump host and connect timeout.
void tst_CliSshTunnel::savedProfileHostKey()
{
    useKnownHosts(m_home->filePath(QStringLiteral("no-such-known_hosts")));
    CliRun run = cli(QStringList {QStringLiteral("profiles"), QStringLiteral("add"),
                                  QStringLiteral("--name"), QStringLiteral("Bastioned")}
                     + database(m_servers.host())
                     + QStringList {QStringLiteral("--ssh"), destination(),
                                    QStringLiteral("--ssh-key"), fixtureFile("SSH_KEY")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    run = cli({QStringLiteral("trust"), QStringLiteral("Bastioned"),
               QStringLiteral("--ssh-host-key"), QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    QVERIFY(ownListText().contains(
            m_servers.value(QStringLiteral("SSH_HOST_KEY")).split(QLatin1Char(' ')).value(1)));
    run = cli({QStringLiteral("test"), QStringLiteral("Bastioned"),
               QStringLiteral("--password-stdin")},
              databasePassword() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
}

// probe through the tunnel: the chain the server presents, judged against the database's name.
void tst_CliSshTunnel::probeThroughTunnel()
{
    const QStringList ssh {QStringLiteral("--ssh"), destination(), QStringLiteral("--ssh-key"),
                           fixtureFile("SSH_KEY")};
    CliRun run = cli(QStringList {QStringLiteral("probe"),
                                  QStringLiteral("localhost:%1").arg(m_servers.tlsPort()),
                                  QStringLiteral("--ssl-ca"), m_servers.path(Pki::CaCert),
                                  QStringLiteral("--json")}
                     + ssh);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY(report.value(QLatin1String("verified")).toBool());
    QFile cert(m_servers.path(Pki::ServerCert));
    QVERIFY(cert.open(QIODevice::ReadOnly));
    const QSslCertificate leaf(cert.readAll(), QSsl::Pem);
    QCOMPARE(report.value(QLatin1String("chain"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("sha256"))
                     .toString()
                     .remove(QLatin1Char(':'))
                     .toLower(),
             QString::fromLatin1(leaf.digest(QCryptographicHash::Sha256).toHex()));

    // The second address is not in the certificate: TLS, but not verified.
    run = cli(QStringList {
                      QStringLiteral("probe"),
                      QStringLiteral("%1:%2").arg(m_servers.secondHost()).arg(m_servers.tlsPort()),
                      QStringLiteral("--ssl-ca"), m_servers.path(Pki::CaCert)}
              + ssh);
    QVERIFY2(run.exitCode == 1, qPrintable(run.output()));
}

// probe's SSH secrets: a password on standard input, an encrypted key's passphrase asked for on
// a terminal.
void tst_CliSshTunnel::probeWithSshSecrets()
{
    QVERIFY2(m_servers.value(QStringLiteral("SSH_PASSWORD_UNAVAILABLE")).isEmpty(),
             qPrintable(m_servers.value(QStringLiteral("SSH_PASSWORD_UNAVAILABLE"))));
    const QStringList probe {
            QStringLiteral("probe"),    QStringLiteral("localhost:%1").arg(m_servers.tlsPort()),
            QStringLiteral("--ssl-ca"), m_servers.path(Pki::CaCert),
            QStringLiteral("--ssh"),    destination()};
    const int logins = sshdLogCount(QStringLiteral("Accepted password"));
    CliRun run = cli(probe + QStringList {QStringLiteral("--ssh-password-stdin")},
                     fixtureSecret("SSH_PASSWORD_FILE") + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    QCOMPARE(sshdLogCount(QStringLiteral("Accepted password")), logins + 1);

    const QStringList encrypted
            = probe + QStringList {QStringLiteral("--ssh-key"), fixtureFile("SSH_KEY_ENCRYPTED")};
    run = cli(encrypted);
    QVERIFY2(run.exitCode == 2, qPrintable(run.output()));
    run = runner().runOnTerminal(encrypted,
                                 {{QStringLiteral("Passphrase for the SSH key"),
                                   fixtureSecret("SSH_KEY_PASSPHRASE_FILE") + '\n'}});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
}

QTEST_GUILESS_MAIN(tst_CliSshTunnel)
#include "tst_clisshtunnel.moc"
