// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `sslcm-cli require` as scripts use it: a real process printing statements, and with --apply
// running them through a saved admin profile (password from a real keyring) against the real
// MariaDB test server, verified there.
#include "CliRunner.h"
#include "TestServers.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Server = TestServers::Server;
using Account = TestServers::Account;
using Pki = TestServers::Pki;

class tst_RequireCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void printsStatements_data();
    void printsStatements();
    void refuses_data();
    void refuses();
    void applyWithKeychainPassword();
    void applyWithWrongAdminPassword();
    void applyThroughSshJumpHost();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {}) const;
    QString sslType(const QString &user) const;

    TestServers m_servers;
    QTemporaryDir m_home;
};

void tst_RequireCommand::initTestCase()
{
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
    QVERIFY(m_home.isValid());
}

CliRun tst_RequireCommand::cli(const QStringList &arguments, const QByteArray &input) const
{
    CliRunner require(QStringLiteral(SSLCM_CLI_PATH), {QStringLiteral("require")});
    require.setHome(m_home.path());
    return require.run(arguments, input);
}

QString tst_RequireCommand::sslType(const QString &user) const
{
    const auto root = m_servers.openAsRoot(Server::Tls);
    QSqlQuery q(root.database());
    q.prepare(QStringLiteral("SELECT JSON_VALUE(Priv, '$.ssl_type') FROM mysql.global_priv "
                             "WHERE User = ? AND Host = '%'"));
    q.addBindValue(user);
    if (!q.exec() || !q.next())
        return QStringLiteral("(no account)");
    return q.value(0).toString();
}

void tst_RequireCommand::printsStatements_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("mysql8 ssl")
            << QStringList {QStringLiteral("--user=app"), QStringLiteral("--require=ssl"),
                            QStringLiteral("--grant=SELECT,INSERT"), QStringLiteral("--on=shop.*"),
                            QStringLiteral("--dialect=mysql8")}
            << QStringList {QStringLiteral("CREATE USER IF NOT EXISTS `app`@`%` IDENTIFIED BY "
                                           "<password> REQUIRE SSL;"),
                            QStringLiteral("ALTER USER `app`@`%` REQUIRE SSL;"),
                            QStringLiteral("GRANT SELECT, INSERT ON `shop`.* TO `app`@`%`;")};
    QTest::newRow("socket authentication")
            << QStringList {QStringLiteral("--user=app"), QStringLiteral("--auth=socket"),
                            QStringLiteral("--dialect=mariadb")}
            << QStringList {QStringLiteral("CREATE USER IF NOT EXISTS `app`@`%` IDENTIFIED VIA "
                                           "unix_socket REQUIRE SSL;")};
    QTest::newRow("mariadb legacy with flush")
            << QStringList {QStringLiteral("--user=app"),       QStringLiteral("--host=10.0.%"),
                            QStringLiteral("--require=x509"),   QStringLiteral("--legacy-grant"),
                            QStringLiteral("--flush"),          QStringLiteral("--no-create"),
                            QStringLiteral("--dialect=mariadb")}
            << QStringList {QStringLiteral("GRANT USAGE ON *.* TO `app`@`10.0.%` REQUIRE X509;"),
                            QStringLiteral("FLUSH PRIVILEGES;")};
    QTest::newRow("spec, no backslash escapes")
            << QStringList {QStringLiteral("--user=a`b"),
                            QStringLiteral("--require=spec"),
                            QStringLiteral("--subject=/CN=o\\b'"),
                            QStringLiteral("--cipher=X"),
                            QStringLiteral("--no-backslash-escapes"),
                            QStringLiteral("--revoke-first")}
            << QStringList {QStringLiteral("REVOKE ALL PRIVILEGES, GRANT OPTION FROM `a``b`@`%`;"),
                            QStringLiteral("ALTER USER `a``b`@`%` REQUIRE SUBJECT '/CN=o\\b''' AND "
                                           "CIPHER 'X';")};
    QTest::newRow("from cert")
            << QStringList {QStringLiteral("--user=app"),    QStringLiteral("--from-cert"),
                            m_servers.path(Pki::ClientCert), QStringLiteral("--ca"),
                            m_servers.path(Pki::CaCert),     QStringLiteral("--dialect=mysql57")}
            << QStringList {QStringLiteral("ALTER USER `app`@`%` REQUIRE ISSUER '%1' AND SUBJECT "
                                           "'%2';")
                                    .arg(m_servers.caSubject(), m_servers.clientSubject())};
    QTest::newRow("mysql command line")
            << QStringList {QStringLiteral("--user=app"), QStringLiteral("--mysql-command"),
                            QStringLiteral("--dialect=mysql8")}
            << QStringList {QStringLiteral("mysql --password --ssl-mode=VERIFY_IDENTITY "
                                           "'--execute=/* Replace <password> below with the new "
                                           "account'\\''s password as a quoted string "
                                           "('\\''...'\\'') before running it. As printed it is a "
                                           "syntax error on purpose: it can never create the "
                                           "account without a password. Run the statements "
                                           "after it only once it worked. */ CREATE USER IF NOT "
                                           "EXISTS `app`@`%` IDENTIFIED BY <password> REQUIRE "
                                           "SSL; ALTER USER `app`@`%` REQUIRE SSL;'")};
}

void tst_RequireCommand::printsStatements()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const CliRun r = cli(arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    for (const QString &line : expected)
        QVERIFY2(lines.contains(line), qPrintable(r.out));
    // Pasted, no printed statement creates an account: a CREATE USER always says how the
    // account logs in, and where that is a password, the comment right above says to replace
    // the placeholder, which is not a string literal.
    QVERIFY(!r.out.contains(QLatin1String("***")));
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).startsWith(QLatin1String("CREATE USER")))
            continue;
        QVERIFY2(lines.at(i).contains(QLatin1String(" IDENTIFIED ")), qPrintable(lines.at(i)));
        if (lines.at(i).contains(QLatin1String("IDENTIFIED BY")))
            QVERIFY2(i > 0 && lines.at(i - 1).startsWith(QLatin1String("-- Replace <password>"))
                             && lines.at(i).contains(QLatin1String("IDENTIFIED BY <password>")),
                     qPrintable(r.out));
    }
}

void tst_RequireCommand::refuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no user") << QStringList {QStringLiteral("--require=ssl")} << 3 << "--user";
    QTest::newRow("bad require") << QStringList {QStringLiteral("--user=a"),
                                                 QStringLiteral("--require=tls13")}
                                 << 3 << "--require";
    QTest::newRow("grant without on")
            << QStringList {QStringLiteral("--user=a"), QStringLiteral("--grant=SELECT")} << 3
            << "--on";
    QTest::newRow("unknown privilege")
            << QStringList {QStringLiteral("--user=a"), QStringLiteral("--grant=SELECT;DROP"),
                            QStringLiteral("--on=*.*")}
            << 3 << "privilege";
    QTest::newRow("flush without legacy")
            << QStringList {QStringLiteral("--user=a"), QStringLiteral("--flush")} << 3
            << "FLUSH PRIVILEGES";
    QTest::newRow("legacy on mysql8")
            << QStringList {QStringLiteral("--user=a"), QStringLiteral("--legacy-grant"),
                            QStringLiteral("--dialect=mysql8")}
            << 2 << "ALTER USER";
    QTest::newRow("newline in user")
            << QStringList {QStringLiteral("--user=a\nb")} << 2 << "control character";
    QTest::newRow("user too long for mysql")
            << QStringList {QStringLiteral("--user=") + QString(33, QLatin1Char('u')),
                            QStringLiteral("--dialect=mysql57")}
            << 2 << "at most 32";
    QTest::newRow("cert from other CA")
            << QStringList {QStringLiteral("--user=a"), QStringLiteral("--from-cert"),
                            m_servers.path(Pki::ClientOtherCaCert), QStringLiteral("--ca"),
                            m_servers.path(Pki::CaCert)}
            << 2 << "refuses";
    QTest::newRow("no such profile")
            << QStringList {QStringLiteral("--user=a"), QStringLiteral("--no-create"),
                            QStringLiteral("--apply=nope")}
            << 2 << "no profile";
    // Printed statements never carry a password, so none is read for them.
    QTest::newRow("account password without apply")
            << QStringList {QStringLiteral("--user=a"), QStringLiteral("--account-password-stdin")}
            << 3 << "--account-password-stdin only goes with --apply";
    QTest::newRow("apply, new account without password")
            << QStringList {QStringLiteral("--user=a"), QStringLiteral("--apply=nope")} << 3
            << "never creates an account without a password";
    QTest::newRow("unknown auth") << QStringList {QStringLiteral("--user=a"),
                                                  QStringLiteral("--auth=none")}
                                  << 3 << "--auth";
    QTest::newRow("prove without tls without prove")
            << QStringList {QStringLiteral("--user=a"), QStringLiteral("--no-create"),
                            QStringLiteral("--apply=nope"), QStringLiteral("--prove-without-tls")}
            << 3 << "--prove";
    // Written for NO_BACKSLASH_ESCAPES, pasted into a default session: the string would end
    // early and the rest would run as SQL.
    QTest::newRow("backslash quote, no backslash escapes")
            << QStringList {QStringLiteral("--user=a"),
                            QStringLiteral("--subject=/CN=x\\' OR 1 --"),
                            QStringLiteral("--no-backslash-escapes")}
            << 2 << "backslash before a quote or at its end";
    QTest::newRow("trailing backslash, no backslash escapes")
            << QStringList {QStringLiteral("--user=a"), QStringLiteral("--issuer=/CN=x\\"),
                            QStringLiteral("--no-backslash-escapes")}
            << 2 << "backslash before a quote or at its end";
}

void tst_RequireCommand::refuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun r = cli(arguments);
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!r.out.contains(QLatin1String("ALTER USER")));
}

void tst_RequireCommand::applyWithKeychainPassword()
{
    const QString user = QStringLiteral("cli_x509");
    {
        const auto root = m_servers.openAsRoot(Server::Tls);
        QSqlQuery q(root.database());
        QVERIFY(q.exec(QStringLiteral("DROP USER IF EXISTS `cli_x509`@`%`")));
    }
    // The admin profile and its password in the keychain, as a user would set them up.
    CliRunner profiles(QStringLiteral(SSLCM_CLI_PATH));
    profiles.setHome(m_home.path());
    const CliRun add
            = profiles.run({QStringLiteral("profiles"), QStringLiteral("add"),
                            QStringLiteral("--name"), QStringLiteral("dbadmin"),
                            QStringLiteral("--host"), m_servers.host(), QStringLiteral("--port"),
                            QString::number(m_servers.tlsPort()), QStringLiteral("--user"),
                            m_servers.credentials(Account::Admin).user, QStringLiteral("--ssl-ca"),
                            m_servers.path(Pki::CaCert), QStringLiteral("--password-stdin")},
                           m_servers.credentials(Account::Admin).password.toUtf8() + '\n');
    QVERIFY2(add.exitCode == 0, qPrintable(add.output()));

    const CliRun r = cli(
            {QStringLiteral("--user"), user, QStringLiteral("--require"), QStringLiteral("x509"),
             QStringLiteral("--grant"), QStringLiteral("SELECT"), QStringLiteral("--on"),
             m_servers.testDatabase() + QStringLiteral(".*"), QStringLiteral("--apply"),
             QStringLiteral("dbadmin"), QStringLiteral("--account-password-stdin"),
             QStringLiteral("--prove"), QStringLiteral("--prove-without-tls"),
             QStringLiteral("--client-cert"), m_servers.path(Pki::ClientCert),
             QStringLiteral("--client-key"), m_servers.path(Pki::ClientKey)},
            "cli-account-pw\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QLatin1String("[done] ALTER USER `cli_x509`@`%` REQUIRE X509;")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("IDENTIFIED BY <password>")));
    QVERIFY(!r.out.contains(QLatin1String("***")));
    QVERIFY(!r.out.contains(QLatin1String("cli-account-pw")));
    QCOMPARE(r.out.count(QLatin1String("as expected")), 3);
    QVERIFY(!r.out.contains(QLatin1String("NOT as expected")));
    QVERIFY(r.out.contains(QLatin1String("Login without TLS: refused (1045")));
    QCOMPARE(sslType(user), QStringLiteral("2")); // X509

    // Running it again changes nothing and still verifies; without --prove-without-tls, no
    // login without TLS is made, on loopback either.
    const CliRun again
            = cli({QStringLiteral("--user"), user, QStringLiteral("--require"),
                   QStringLiteral("x509"), QStringLiteral("--apply"), QStringLiteral("dbadmin"),
                   QStringLiteral("--account-password-stdin"), QStringLiteral("--prove")},
                  "cli-account-pw\n");
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QVERIFY(again.out.contains(QLatin1String("1973")));
    QVERIFY(!again.out.contains(QLatin1String("Login without TLS")));
    QCOMPARE(again.out.count(QLatin1String("as expected")), 1);
}

void tst_RequireCommand::applyWithWrongAdminPassword()
{
    const CliRun r = cli({QStringLiteral("--user"), QStringLiteral("cli_never"),
                          QStringLiteral("--no-create"), QStringLiteral("--apply"),
                          QStringLiteral("dbadmin"), QStringLiteral("--password-stdin")},
                         "wrong password\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("Access denied")), qPrintable(r.err));
    QCOMPARE(sslType(QStringLiteral("cli_never")), QStringLiteral("(no account)"));
}

// The admin profile goes through the fixture's sshd, logging in there with the SSH password the
// keychain holds for it: the statements run through the tunnel.
void tst_RequireCommand::applyThroughSshJumpHost()
{
    QVERIFY2(m_servers.value(QStringLiteral("SSH_UNAVAILABLE")).isEmpty(),
             qPrintable(m_servers.value(QStringLiteral("SSH_UNAVAILABLE"))));
    QVERIFY2(m_servers.value(QStringLiteral("SSH_PASSWORD_UNAVAILABLE")).isEmpty(),
             qPrintable(m_servers.value(QStringLiteral("SSH_PASSWORD_UNAVAILABLE"))));
    QFile passwordFile(m_servers.value(QStringLiteral("SSH_PASSWORD_FILE")));
    QVERIFY2(passwordFile.open(QIODevice::ReadOnly), qPrintable(passwordFile.fileName()));
    const QByteArray sshPassword = passwordFile.readAll().trimmed();
    const auto sshdLogins = [&] {
        QFile log(m_servers.value(QStringLiteral("SSH_LOG")));
        return log.open(QIODevice::ReadOnly) ? int(log.readAll().count("Accepted password")) : -1;
    };
    {
        const auto root = m_servers.openAsRoot(Server::Tls);
        QSqlQuery q(root.database());
        QVERIFY(q.exec(QStringLiteral("DROP USER IF EXISTS `cli_ssh`@`%`")));
    }
    CliRunner runner(QStringLiteral(SSLCM_CLI_PATH));
    runner.setHome(m_home.path());
    runner.setEnvironmentVariable(QStringLiteral("SSLCM_SSH_KNOWN_HOSTS"),
                                  m_servers.value(QStringLiteral("SSH_KNOWN_HOSTS"))
                                          + QLatin1Char(':')
                                          + m_home.filePath(QStringLiteral("ssh_known_hosts")));
    runner.unsetEnvironmentVariable(QStringLiteral("SSH_AUTH_SOCK"));
    const CliRun add = runner.run(
            {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("sshadmin"), QStringLiteral("--host"), QStringLiteral("localhost"),
             QStringLiteral("--port"), QString::number(m_servers.tlsPort()),
             QStringLiteral("--user"), m_servers.credentials(Account::Admin).user,
             QStringLiteral("--ssl-ca"), m_servers.path(Pki::CaCert), QStringLiteral("--ssh"),
             QStringLiteral("%1@%2:%3")
                     .arg(m_servers.value(QStringLiteral("SSH_USER")),
                          m_servers.value(QStringLiteral("SSH_HOST")),
                          m_servers.value(QStringLiteral("SSH_PORT"))),
             QStringLiteral("--password-stdin"), QStringLiteral("--ssh-password-stdin")},
            m_servers.credentials(Account::Admin).password.toUtf8() + '\n' + sshPassword + '\n');
    QVERIFY2(add.exitCode == 0, qPrintable(add.output()));

    const int logins = sshdLogins();
    const CliRun r = runner.run(
            {QStringLiteral("require"), QStringLiteral("--user"), QStringLiteral("cli_ssh"),
             QStringLiteral("--require"), QStringLiteral("ssl"), QStringLiteral("--apply"),
             QStringLiteral("sshadmin"), QStringLiteral("--account-password-stdin")},
            "cli-ssh-account-pw\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    QCOMPARE(sslType(QStringLiteral("cli_ssh")), QStringLiteral("1")); // ANY
    QVERIFY(sshdLogins() > logins);
    {
        const auto root = m_servers.openAsRoot(Server::Tls);
        QSqlQuery q(root.database());
        QVERIFY(q.exec(QStringLiteral("DROP USER IF EXISTS `cli_ssh`@`%`")));
    }
}

QTEST_GUILESS_MAIN(tst_RequireCommand)
#include "tst_requirecommand.moc"
