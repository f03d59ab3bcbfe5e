// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ~/.ssh/config read the way ssh reads it: a realistic configuration with aliases, wildcards,
// negation, Include, one and two ProxyJump hops, first value wins and `=` syntax; checked
// against the real `ssh -G` where it is installed.
#include "ssh/SshConfig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The user's configuration. `@HOME@` is the test's home directory.
const char *const mainConfig = R"(# ~/.ssh/config of someone who reaches databases through bastions
Include config.d/*.conf

Host bastion bastion-eu
    HostName bastion.example.com
    User deploy
    Port 2222
    IdentityFile ~/.ssh/id_ed25519_%r

Host db-primary
    HostName 10.0.1.15
    ProxyJump bastion

Host *.internal !legacy.internal
    ProxyJump ops@bastion-eu:2200
    User dbadmin

Host legacy.internal
    HostName 10.9.9.9

Host inner-bastion
    HostName 10.0.0.2
    ProxyJump bastion

Host deep-db
    HostName 10.0.5.5
    ProxyJump inner-bastion

Host chain-db
    HostName 10.0.6.6
    ProxyJump bastion,inner-bastion

Host eq
    Port=2201
    User = "equal user"
    IdentityFile "~/keys/my key"   # a comment after the value

HOST  Upper
    HOSTNAME upper.example.com
    identityfile %d/.ssh/%n-%h-%p

Host web-tunnel
    HostName %h.example.com
    LocalForward 3307 db.internal:3306
    LocalForward 127.0.0.1:8080 [2001:db8::5]:80

Host only-this
    Include conditional.conf
    Port 2300

Host via-command
    ProxyCommand ssh -W %h:%p bastion

Match host *.example.org exec "true"
    User from-match

Host *
    User fallback
    Port 22
    ServerAliveInterval 60
)";

// Included by the glob, in name order: a.conf's Port comes before b.conf's and before the main
// file's, so it wins.
const char *const includedA = R"(Host bastion-eu
    Port 2022
)";
const char *const includedB = R"(Host bastion-eu
    Port 2099
)";
// Included from inside `Host only-this`: its first lines belong to that block; its Host line
// can never apply (the Include sits in a block of its own), and after it `only-this` goes on.
const char *const conditional = R"(User conditional
Host other-in-conditional
    User never-used
)";

} // namespace

class tst_SshConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void resolve_data();
    void resolve();
    void identityFileExpansion();
    void jumpFor_data();
    void jumpFor();
    void jumpForWithoutConfiguration();
    void oneHopThroughProxyJump();
    void twoHopsAreAClearProblem_data();
    void twoHopsAreAClearProblem();
    void localForwards();
    void aliases();
    void matchBlocksAreSkippedAndSaidSo();
    void brokenLinesAreWarnings();
    void includeLoopEnds();
    void missingFileIsEmpty();
    void agreesWithSsh_data();
    void agreesWithSsh();

private:
    void write(const QString &relative, const QByteArray &text);
    QString home() const { return m_home.path(); }
    SshConfig config() const;

    QTemporaryDir m_home;
};

void tst_SshConfig::write(const QString &relative, const QByteArray &text)
{
    const QString path = home() + QLatin1Char('/') + relative;
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(text), text.size());
}

SshConfig tst_SshConfig::config() const
{
    SshConfig c = SshConfig::load(home() + QStringLiteral("/.ssh/config"), home());
    c.setLocalUser(QStringLiteral("localme"));
    return c;
}

void tst_SshConfig::initTestCase()
{
    QVERIFY(m_home.isValid());
    write(QStringLiteral(".ssh/config"), mainConfig);
    write(QStringLiteral(".ssh/config.d/a.conf"), includedA);
    write(QStringLiteral(".ssh/config.d/b.conf"), includedB);
    write(QStringLiteral(".ssh/config.d/notes.txt"), "Host bastion\n    User not-included\n");
    write(QStringLiteral(".ssh/conditional.conf"), conditional);
}

void tst_SshConfig::resolve_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("hostName");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("port"); // 0: none set
    QTest::addColumn<QString>("proxyJump");
    QTest::newRow("alias") << "bastion"
                           << "bastion.example.com"
                           << "deploy" << 2222 << "";
    // The included files come first, a.conf before b.conf: a.conf's Port wins over b.conf's
    // and the main file's.
    QTest::newRow("include first") << "bastion-eu"
                                   << "bastion.example.com"
                                   << "deploy" << 2022 << "";
    QTest::newRow("proxyjump") << "db-primary"
                               << "10.0.1.15"
                               << "fallback" << 22 << "bastion";
    QTest::newRow("wildcard") << "orders.internal"
                              << "orders.internal"
                              << "dbadmin" << 22 << "ops@bastion-eu:2200";
    QTest::newRow("negated") << "legacy.internal"
                             << "10.9.9.9"
                             << "fallback" << 22 << "";
    QTest::newRow("= syntax") << "eq"
                              << "eq"
                              << "equal user" << 2201 << "";
    QTest::newRow("keywords in any case") << "Upper"
                                          << "upper.example.com"
                                          << "fallback" << 22 << "";
    // Host patterns are matched as typed, as ssh does: "upper" is not "Upper".
    QTest::newRow("pattern case") << "upper"
                                  << "upper"
                                  << "fallback" << 22 << "";
    QTest::newRow("%h in HostName") << "web-tunnel"
                                    << "web-tunnel.example.com"
                                    << "fallback" << 22 << "";
    QTest::newRow("include in a block") << "only-this"
                                        << "only-this"
                                        << "conditional" << 2300 << "";
    QTest::newRow("include never applies elsewhere") << "other-in-conditional"
                                                     << "other-in-conditional"
                                                     << "fallback" << 22 << "";
    QTest::newRow("nothing but Host *") << "plain.example.net"
                                        << "plain.example.net"
                                        << "fallback" << 22 << "";
    QTest::newRow("match skipped") << "app.example.org"
                                   << "app.example.org"
                                   << "fallback" << 22 << "";
}

void tst_SshConfig::resolve()
{
    QFETCH(QString, alias);
    QFETCH(QString, hostName);
    QFETCH(QString, user);
    QFETCH(int, port);
    QFETCH(QString, proxyJump);
    const SshConfig::Host h = config().resolve(alias);
    QCOMPARE(h.alias, alias);
    QCOMPARE(h.hostName, hostName);
    QCOMPARE(h.user, user);
    QCOMPARE(int(h.port.value_or(0)), port);
    QCOMPARE(h.proxyJump, proxyJump);
}

void tst_SshConfig::identityFileExpansion()
{
    const SshConfig c = config();
    QCOMPARE(c.resolve(QStringLiteral("bastion")).identityFile,
             home() + QStringLiteral("/.ssh/id_ed25519_deploy"));
    // Quoted, with a space, after `=`; the comment is not part of it.
    QCOMPARE(c.resolve(QStringLiteral("eq")).identityFile, home() + QStringLiteral("/keys/my key"));
    // %d home, %n the alias, %h the HostName, %p the port.
    QCOMPARE(c.resolve(QStringLiteral("Upper")).identityFile,
             home() + QStringLiteral("/.ssh/Upper-upper.example.com-22"));
    QVERIFY(c.resolve(QStringLiteral("plain.example.net")).identityFile.isEmpty());
    // ProxyCommand is seen, so sslcm can refuse to pretend it connects the same way.
    QCOMPARE(c.resolve(QStringLiteral("via-command")).proxyCommand,
             QStringLiteral("ssh -W %h:%p bastion"));
}

void tst_SshConfig::jumpFor_data()
{
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("keyFile"); // empty: the agent
    QTest::newRow("alias") << "bastion"
                           << "bastion.example.com" << 2222 << "deploy"
                           << ".ssh/id_ed25519_deploy";
    // Explicit parts win, also in the key file's %r.
    QTest::newRow("explicit user and port") << "root@bastion:2022"
                                            << "bastion.example.com" << 2022 << "root"
                                            << ".ssh/id_ed25519_root";
    QTest::newRow("ssh:// as in ProxyJump") << "ssh://bastion-eu"
                                            << "bastion.example.com" << 2022 << "deploy"
                                            << ".ssh/id_ed25519_deploy";
    QTest::newRow("not in the configuration") << "jump.example.net"
                                              << "jump.example.net" << 22 << "fallback"
                                              << "";
    QTest::newRow("ipv6") << "ops@[2001:db8::1]:2200"
                          << "2001:db8::1" << 2200 << "ops"
                          << "";
}

void tst_SshConfig::jumpFor()
{
    QFETCH(QString, destination);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, keyFile);
    const SshConfig::Jump j = config().jumpFor(destination);
    QVERIFY2(j.ok(), qPrintable(j.problem));
    QVERIFY(j.problem.isEmpty());
    QCOMPARE(j.jump->host, host);
    QCOMPARE(int(j.jump->port), port);
    QCOMPARE(j.jump->user, user);
    if (keyFile.isEmpty()) {
        QCOMPARE(j.jump->auth, SshJump::Auth::Agent);
        QVERIFY(j.jump->keyFile.isEmpty());
    } else {
        QCOMPARE(j.jump->auth, SshJump::Auth::KeyFile);
        QCOMPARE(j.jump->keyFile, home() + QLatin1Char('/') + keyFile);
    }
    QVERIFY2(j.jump->problems().isEmpty(), qPrintable(j.jump->problems().join(QLatin1Char('\n'))));
}

void tst_SshConfig::jumpForWithoutConfiguration()
{
    SshConfig empty;
    empty.setLocalUser(QStringLiteral("localme"));
    const SshConfig::Jump j = empty.jumpFor(QStringLiteral("bastion.example.com"));
    QVERIFY2(j.ok(), qPrintable(j.problem));
    QCOMPARE(j.jump->host, QStringLiteral("bastion.example.com"));
    QCOMPARE(j.jump->port, SshJump::defaultPort);
    // No User anywhere: the login name, as ssh does, and a note says so.
    QCOMPARE(j.jump->user, QStringLiteral("localme"));
    QVERIFY(j.notes.join(QLatin1Char(' ')).contains(QLatin1String("localme")));
    QCOMPARE(j.jump->auth, SshJump::Auth::Agent);

    for (const QString &bad : {QString(), QStringLiteral("@host"), QStringLiteral("host:99999"),
                               QStringLiteral("[::1")}) {
        const SshConfig::Jump b = empty.jumpFor(bad);
        QVERIFY2(!b.ok(), qPrintable(bad));
        QVERIFY2(b.problem.contains(QLatin1String("[USER@]HOST[:PORT]")), qPrintable(b.problem));
    }
}

void tst_SshConfig::oneHopThroughProxyJump()
{
    const SshConfig c = config();
    const SshConfig::Through primary = c.databaseThrough(QStringLiteral("db-primary"));
    QVERIFY2(primary.jump.ok(), qPrintable(primary.jump.problem));
    QCOMPARE(primary.host, QStringLiteral("10.0.1.15"));
    QCOMPARE(primary.jump.jump->host, QStringLiteral("bastion.example.com"));
    QCOMPARE(primary.jump.jump->port, quint16(2222));
    QCOMPARE(primary.jump.jump->user, QStringLiteral("deploy"));
    QCOMPARE(primary.jump.jump->keyFile, home() + QStringLiteral("/.ssh/id_ed25519_deploy"));
    // The notes say where it came from.
    const QString notes = primary.jump.notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QLatin1String("ProxyJump")) && notes.contains(QLatin1String("line")),
             qPrintable(notes));

    // The ProxyJump's own user and port win over the jump alias's.
    const SshConfig::Through orders = c.databaseThrough(QStringLiteral("orders.internal"));
    QVERIFY2(orders.jump.ok(), qPrintable(orders.jump.problem));
    QCOMPARE(orders.host, QStringLiteral("orders.internal"));
    QCOMPARE(orders.jump.jump->host, QStringLiteral("bastion.example.com"));
    QCOMPARE(orders.jump.jump->port, quint16(2200));
    QCOMPARE(orders.jump.jump->user, QStringLiteral("ops"));
    QCOMPARE(orders.jump.jump->keyFile, home() + QStringLiteral("/.ssh/id_ed25519_ops"));

    const SshConfig::Through legacy = c.databaseThrough(QStringLiteral("legacy.internal"));
    QVERIFY(!legacy.jump.ok());
    QVERIFY2(legacy.jump.problem.contains(QLatin1String("no ProxyJump")),
             qPrintable(legacy.jump.problem));
}

void tst_SshConfig::twoHopsAreAClearProblem_data()
{
    QTest::addColumn<bool>("asDatabase"); // databaseThrough(); else jumpFor()
    QTest::addColumn<QString>("alias");
    // deep-db -> inner-bastion -> bastion
    QTest::newRow("jump host with its own ProxyJump") << true << "deep-db";
    QTest::newRow("several hops in one ProxyJump") << true << "chain-db";
    QTest::newRow("--ssh to a host behind a jump") << false << "db-primary";
    QTest::newRow("--ssh with several hops") << false << "bastion,inner-bastion";
}

void tst_SshConfig::twoHopsAreAClearProblem()
{
    QFETCH(bool, asDatabase);
    QFETCH(QString, alias);
    const SshConfig c = config();
    const SshConfig::Jump j = asDatabase ? c.databaseThrough(alias).jump : c.jumpFor(alias);
    QVERIFY(!j.ok());
    QVERIFY2(j.problem.contains(QLatin1String("sslcm goes through one jump host")),
             qPrintable(j.problem));
}

void tst_SshConfig::localForwards()
{
    const SshConfig::Host h = config().resolve(QStringLiteral("web-tunnel"));
    QCOMPARE(h.localForwards.size(), 2);
    QCOMPARE(h.localForwards.at(0).localPort, quint16(3307));
    QCOMPARE(h.localForwards.at(0).host, QStringLiteral("db.internal"));
    QCOMPARE(h.localForwards.at(0).port, quint16(3306));
    QCOMPARE(h.localForwards.at(1).localPort, quint16(8080));
    QCOMPARE(h.localForwards.at(1).host, QStringLiteral("2001:db8::5"));
    QCOMPARE(h.localForwards.at(1).port, quint16(80));
    // A ProxyCommand cannot be a jump host of sslcm's.
    const SshConfig::Jump command = config().jumpFor(QStringLiteral("via-command"));
    QVERIFY(!command.ok());
    QVERIFY2(command.problem.contains(QLatin1String("ProxyCommand")), qPrintable(command.problem));
}

void tst_SshConfig::aliases()
{
    const QStringList names = config().aliases();
    // In file order, the included files' first; no wildcard, no negation, no duplicates.
    QCOMPARE(names,
             QStringList({QStringLiteral("bastion-eu"), QStringLiteral("bastion"),
                          QStringLiteral("db-primary"), QStringLiteral("legacy.internal"),
                          QStringLiteral("inner-bastion"), QStringLiteral("deep-db"),
                          QStringLiteral("chain-db"), QStringLiteral("eq"), QStringLiteral("Upper"),
                          QStringLiteral("web-tunnel"), QStringLiteral("only-this"),
                          QStringLiteral("other-in-conditional"), QStringLiteral("via-command")}));
    // The files read: the glob took *.conf only, in name order.
    const QStringList files = config().files();
    QCOMPARE(files.size(), 4);
    QVERIFY(files.at(1).endsWith(QLatin1String("config.d/a.conf")));
    QVERIFY(files.at(2).endsWith(QLatin1String("config.d/b.conf")));
    QVERIFY(files.at(3).endsWith(QLatin1String("conditional.conf")));
}

void tst_SshConfig::matchBlocksAreSkippedAndSaidSo()
{
    const QStringList warnings = config().warnings();
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QLatin1String("Match host *.example.org"))
                     && warnings.first().contains(QLatin1String("~/.ssh/config line 54")),
             qPrintable(warnings.first()));
    // `Match all` needs no evaluation: it applies to every host, without a warning.
    const SshConfig all = SshConfig::parse("Host a\n  User ua\nMatch all\n  User everyone\n",
                                           QStringLiteral("t"), home());
    QVERIFY(all.warnings().isEmpty());
    QCOMPARE(all.resolve(QStringLiteral("b")).user, QStringLiteral("everyone"));
    QCOMPARE(all.resolve(QStringLiteral("a")).user, QStringLiteral("ua"));
}

void tst_SshConfig::brokenLinesAreWarnings()
{
    const SshConfig c = SshConfig::parse("Host x\n  User \"open\n  HostName x.example.com\n"
                                         "Host\n  Port many\n",
                                         QStringLiteral("broken"), home());
    QCOMPARE(c.warnings().size(), 2);
    QVERIFY(c.warnings().at(0).contains(QLatin1String("broken line 2")));
    QVERIFY(c.warnings().at(1).contains(QLatin1String("broken line 4")));
    const SshConfig::Host h = c.resolve(QStringLiteral("x"));
    QVERIFY(h.user.isEmpty());
    QCOMPARE(h.hostName, QStringLiteral("x.example.com"));
    QVERIFY(!h.port);
}

void tst_SshConfig::includeLoopEnds()
{
    write(QStringLiteral("loop/config"),
          "Host looped\n  User first\nInclude " + home().toUtf8() + "/loop/config\n");
    const SshConfig c = SshConfig::load(home() + QStringLiteral("/loop/config"), home());
    QCOMPARE(c.files().size(), SshConfig::maxIncludeDepth + 1);
    QVERIFY(c.warnings().join(QLatin1Char(' ')).contains(QLatin1String("nested")));
    QCOMPARE(c.resolve(QStringLiteral("looped")).user, QStringLiteral("first"));
}

void tst_SshConfig::missingFileIsEmpty()
{
    const SshConfig c = SshConfig::load(home() + QStringLiteral("/nothing/config"), home());
    QVERIFY(c.warnings().isEmpty());
    QVERIFY(c.files().isEmpty());
    QCOMPARE(c.resolve(QStringLiteral("Host.Example")).hostName, QStringLiteral("host.example"));
}

void tst_SshConfig::agreesWithSsh_data()
{
    QTest::addColumn<QString>("alias");
    for (const char *alias : {"bastion", "bastion-eu", "db-primary", "orders.internal",
                              "legacy.internal", "eq", "Upper", "upper", "web-tunnel", "only-this",
                              "other-in-conditional", "plain.example.net", "deep-db", "chain-db"})
        QTest::newRow(alias) << QString::fromLatin1(alias);
}

// `ssh -G` prints what ssh would use. Relative Include names are relative to the real ~/.ssh
// for ssh, so its copy of the configuration names the test's files by absolute path.
void tst_SshConfig::agreesWithSsh()
{
    QFETCH(QString, alias);
    const QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
    if (ssh.isEmpty())
        QSKIP("ssh (openssh-client) is not installed");
    const QString absolute = home() + QStringLiteral("/absolute-config");
    if (!QFile::exists(absolute)) {
        QByteArray text(mainConfig);
        text.replace("Include config.d/*.conf",
                     "Include " + home().toUtf8() + "/.ssh/config.d/*.conf");
        text.replace("Include conditional.conf",
                     "Include " + home().toUtf8() + "/.ssh/conditional.conf");
        write(QStringLiteral("absolute-config"), text);
    }
    QProcess process;
    process.start(ssh, {QStringLiteral("-G"), QStringLiteral("-F"), absolute, alias});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QHash<QString, QString> printed;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0 && !printed.contains(QString::fromUtf8(line.left(space))))
            printed.insert(QString::fromUtf8(line.left(space)),
                           QString::fromUtf8(line.mid(space + 1)));
    }
    SshConfig c = SshConfig::load(absolute, home());
    const SshConfig::Host h = c.resolve(alias);
    QCOMPARE(h.hostName, printed.value(QStringLiteral("hostname")));
    QCOMPARE(h.user.isEmpty() ? c.localUser() : h.user, printed.value(QStringLiteral("user")));
    QCOMPARE(QString::number(h.port.value_or(22)), printed.value(QStringLiteral("port")));
    QCOMPARE(h.proxyJump, printed.value(QStringLiteral("proxyjump")));
}

QTEST_GUILESS_MAIN(tst_SshConfig)
#include "tst_sshconfig.moc"
