// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `sslcm-cli test` and `sslcm-cli probe` as scripts use them: real processes against the real
// TLS test servers, inside a real keyring session (tests/fixtures/with-keyring.sh).
#include "CliRunner.h"
#include "TestServers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Server = TestServers::Server;
using Account = TestServers::Account;
using Pki = TestServers::Pki;

class tst_CliConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void testExitStatus_data();
    void testExitStatus();
    void testJsonReport();
    void testSavedProfileUsesKeychain();
    void testWithoutPasswordSaysSo();
    void testUsageErrors();
    void trustOnFirstUse();
    void pinOnFirstUse();
    void probeMatchesOpenSsl();
    void probeVerdicts_data();
    void probeVerdicts();
    void ambiguousAddressNeverReachesTheServer_data();
    void ambiguousAddressNeverReachesTheServer();
    void trustOnFirstUseOfACaTheSystemTrusts_data();
    void trustOnFirstUseOfACaTheSystemTrusts();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {}) const;
    QStringList connection(Server server, Account account, const QString &mode) const;

    TestServers m_servers;
    QTemporaryDir m_home;
};

void tst_CliConnection::initTestCase()
{
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
    QVERIFY(m_home.isValid());
}

CliRun tst_CliConnection::cli(const QStringList &arguments, const QByteArray &input) const
{
    // A new runner each time: it takes the environment of the moment (SSL_CERT_FILE below).
    CliRunner runner(QStringLiteral(SSLCM_CLI_PATH));
    runner.setHome(m_home.path());
    return runner.run(arguments, input);
}

QStringList tst_CliConnection::connection(Server server, Account account, const QString &mode) const
{
    return {QStringLiteral("--host"),
            m_servers.host(),
            QStringLiteral("--port"),
            QString::number(m_servers.port(server)),
            QStringLiteral("--user"),
            m_servers.credentials(account).user,
            QStringLiteral("--ssl-mode"),
            mode,
            QStringLiteral("--ssl-ca"),
            m_servers.path(Pki::CaCert),
            QStringLiteral("--connect-timeout"),
            QStringLiteral("5"),
            QStringLiteral("--password-stdin")};
}

void tst_CliConnection::testExitStatus_data()
{
    QTest::addColumn<int>("server");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("verified") << int(Server::Tls) << "VERIFY_IDENTITY" << 0 << "secure-verified";
    QTest::newRow("required") << int(Server::Tls) << "required" << 1 << "encrypted-unverified";
    QTest::newRow("preferred, no TLS") << int(Server::Plain) << "preferred" << 1 << "plaintext";
    QTest::newRow("verify-ca, no TLS") << int(Server::Plain) << "verify-ca" << 2 << "failed";
}

void tst_CliConnection::testExitStatus()
{
    QFETCH(int, server);
    QFETCH(QString, mode);
    QFETCH(int, exitCode);
    QFETCH(QString, verdict);
    const CliRun r = cli(QStringList {QStringLiteral("test"), QStringLiteral("--json")}
                                 + connection(Server(server), Account::Plain, mode),
                         m_servers.credentials(Account::Plain).password.toUtf8() + '\n');
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.output()));
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("verdict")).toString(), verdict);
}

void tst_CliConnection::testJsonReport()
{
    const CliRun r = cli(
            QStringList {QStringLiteral("test"), QStringLiteral("--json")}
                    + connection(Server::Tls, Account::Plain, QStringLiteral("verify-identity")),
            m_servers.credentials(Account::Plain).password.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject tls = o.value(QLatin1String("tls")).toObject();
    const QJsonObject server = o.value(QLatin1String("server")).toObject();
    QVERIFY(tls.value(QLatin1String("used")).toBool());
    QVERIFY(tls.value(QLatin1String("protocol")).toString().startsWith(QLatin1String("TLSv1.")));
    // The server's own view of the session agrees.
    QCOMPARE(server.value(QLatin1String("sessionTlsVersion")),
             tls.value(QLatin1String("protocol")));
    QCOMPARE(server.value(QLatin1String("sessionCipher")), tls.value(QLatin1String("cipher")));
    const QJsonArray stages = o.value(QLatin1String("stages")).toArray();
    QCOMPARE(stages.size(), 8);
    for (const QJsonValue &s : stages) {
        // A password given on standard input needs no sign-in token: that stage is skipped.
        const bool signIn
                = s.toObject().value(QLatin1String("stage")).toString() == QLatin1String("sign-in");
        QCOMPARE(s.toObject().value(QLatin1String("status")).toString(),
                 signIn ? QStringLiteral("skipped") : QStringLiteral("passed"));
    }
    QCOMPARE(tls.value(QLatin1String("peerChainDerBase64")).toArray().size(), 2);
    // The password came from standard input, and the report says so (not "Saved in the
    // keychain", the source connection options are given by default).
    const QJsonObject source = o.value(QLatin1String("passwordSource")).toObject();
    QCOMPARE(source.value(QLatin1String("given")).toString(), QStringLiteral("stdin"));
    QCOMPARE(source.value(QLatin1String("description")).toString(),
             QStringLiteral("Standard input (--password-stdin)"));
    // Nothing secret in the output.
    QVERIFY(!r.out.contains(m_servers.credentials(Account::Plain).password));
}

void tst_CliConnection::testSavedProfileUsesKeychain()
{
    const QString name = QStringLiteral("Saved TLS profile");
    QStringList add {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                     name};
    add += connection(Server::Tls, Account::Plain, QStringLiteral("verify-identity"));
    add.removeAll(QStringLiteral("--connect-timeout"));
    add.removeAll(QStringLiteral("5"));
    CliRun r = cli(add, m_servers.credentials(Account::Plain).password.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The password comes from the keychain now.
    r = cli({QStringLiteral("test"), name});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    QVERIFY(r.out.contains(QLatin1String("Verdict: Secure")));
    QVERIFY2(r.out.contains(QLatin1String("Password source: Saved in the keychain")),
             qPrintable(r.out));
    r = cli({QStringLiteral("profiles"), QStringLiteral("remove"), name});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("test"), name});
    QCOMPARE(r.exitCode, 2);
}

void tst_CliConnection::testWithoutPasswordSaysSo()
{
    // Connection options and no password: the server refuses the empty password, and the
    // report does not claim one came from the keychain.
    QStringList args {QStringLiteral("test"), QStringLiteral("--json")};
    args += connection(Server::Tls, Account::Plain, QStringLiteral("verify-identity"));
    args.removeAll(QStringLiteral("--password-stdin"));
    const CliRun r = cli(args);
    QVERIFY2(r.exitCode == 2, qPrintable(r.output()));
    const QJsonObject source = QJsonDocument::fromJson(r.out.toUtf8())
                                       .object()
                                       .value(QLatin1String("passwordSource"))
                                       .toObject();
    QCOMPARE(source.value(QLatin1String("given")).toString(), QStringLiteral("none"));
    QCOMPARE(source.value(QLatin1String("description")).toString(),
             QStringLiteral("None given: an empty password"));
}

void tst_CliConnection::testUsageErrors()
{
    QCOMPARE(cli({QStringLiteral("test"), QStringLiteral("a"), QStringLiteral("--host"),
                  QStringLiteral("h")})
                     .exitCode,
             3);
    QCOMPARE(cli({QStringLiteral("test"), QStringLiteral("--host"), QStringLiteral("h"),
                  QStringLiteral("--ssl-mode"), QStringLiteral("paranoid")})
                     .exitCode,
             3);
    QCOMPARE(cli({QStringLiteral("probe")}).exitCode, 3);
    QCOMPARE(cli({QStringLiteral("probe"), QStringLiteral("host:99999")}).exitCode, 3);
}

void tst_CliConnection::trustOnFirstUse()
{
    const QString name = QStringLiteral("Trust me");
    const QByteArray password = m_servers.credentials(Account::Plain).password.toUtf8() + '\n';
    // No CA given: the system's CAs do not know the test CA.
    CliRun r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                    name, QStringLiteral("--host"), m_servers.host(), QStringLiteral("--port"),
                    QString::number(m_servers.tlsPort()), QStringLiteral("--user"),
                    m_servers.credentials(Account::Plain).user});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("test"), name, QStringLiteral("--password-stdin")}, password);
    QCOMPARE(r.exitCode, 2);

    // Shown, not trusted, without --yes.
    r = cli({QStringLiteral("trust"), name, QStringLiteral("--use-server-ca")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QLatin1String("CN=sslcm-test-ca")), qPrintable(r.out));
    r = cli({QStringLiteral("test"), name, QStringLiteral("--password-stdin")}, password);
    QCOMPARE(r.exitCode, 2);

    r = cli({QStringLiteral("trust"), name, QStringLiteral("--use-server-ca"),
             QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    r = cli({QStringLiteral("test"), name, QStringLiteral("--password-stdin")}, password);
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    // A saved profile whose password is in the keychain, given on standard input this time.
    QVERIFY2(r.out.contains(QLatin1String("Password source: Standard input (--password-stdin)")),
             qPrintable(r.out));
    // The adopted file is the test CA, byte for byte in substance.
    const CliRun listed
            = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    const QString caFile = QJsonDocument::fromJson(listed.out.toUtf8())
                                   .array()
                                   .first()
                                   .toObject()
                                   .value(QLatin1String("caFile"))
                                   .toString();
    QVERIFY(caFile.startsWith(m_home.filePath(QStringLiteral("data/sslcm/ca/"))));
    const CliRun a = CliRunner(QStringLiteral("openssl"))
                             .run({QStringLiteral("x509"), QStringLiteral("-in"), caFile,
                                   QStringLiteral("-noout"), QStringLiteral("-fingerprint")});
    const CliRun b = CliRunner(QStringLiteral("openssl"))
                             .run({QStringLiteral("x509"), QStringLiteral("-in"),
                                   m_servers.path(Pki::CaCert), QStringLiteral("-noout"),
                                   QStringLiteral("-fingerprint")});
    QCOMPARE(a.out, b.out);
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("remove"), name}).exitCode, 0);
}

void tst_CliConnection::pinOnFirstUse()
{
    const QString name = QStringLiteral("Pin me");
    const QByteArray password = m_servers.credentials(Account::Plain).password.toUtf8() + '\n';
    CliRun r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                    name, QStringLiteral("--host"), m_servers.host(), QStringLiteral("--port"),
                    QString::number(m_servers.tlsPort()), QStringLiteral("--user"),
                    m_servers.credentials(Account::Plain).user, QStringLiteral("--ssl-mode"),
                    QStringLiteral("required")});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("test"), name, QStringLiteral("--password-stdin")}, password);
    QCOMPARE(r.exitCode, 1); // encrypted, not verified
    r = cli({QStringLiteral("trust"), name, QStringLiteral("--pin"), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    r = cli({QStringLiteral("test"), name, QStringLiteral("--password-stdin"),
             QStringLiteral("--json")},
            password);
    QCOMPARE(r.exitCode, 0); // the pin makes it verified
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(report.value(QLatin1String("pinned")).toBool());
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("remove"), name}).exitCode, 0);
}

void tst_CliConnection::probeMatchesOpenSsl()
{
    const QString target
            = m_servers.host() + QLatin1Char(':') + QString::number(m_servers.tlsPort());
    const CliRun probe = cli({QStringLiteral("probe"), target, QStringLiteral("--ssl-ca"),
                              m_servers.path(Pki::CaCert), QStringLiteral("--json")});
    QVERIFY2(probe.exitCode == 0, qPrintable(probe.output()));
    const QJsonArray chain = QJsonDocument::fromJson(probe.out.toUtf8())
                                     .object()
                                     .value(QLatin1String("chain"))
                                     .toArray();
    QVERIFY(chain.size() >= 1);

    // The reference peer: openssl s_client speaks the same STARTTLS.
    const CliRun sClient = CliRunner(QStringLiteral("openssl"))
                                   .run({QStringLiteral("s_client"), QStringLiteral("-starttls"),
                                         QStringLiteral("mysql"), QStringLiteral("-showcerts"),
                                         QStringLiteral("-connect"), target},
                                        QByteArray());
    const QRegularExpression pemBlock(
            QStringLiteral("-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----"));
    QStringList fingerprints;
    auto it = pemBlock.globalMatch(sClient.out);
    while (it.hasNext()) {
        const CliRun x509
                = CliRunner(QStringLiteral("openssl"))
                          .run({QStringLiteral("x509"), QStringLiteral("-noout"),
                                QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
                               it.next().captured(0).toLatin1());
        fingerprints << x509.out.trimmed().section(QLatin1Char('='), 1);
    }
    QCOMPARE(fingerprints.size(), chain.size());
    for (int i = 0; i < chain.size(); ++i)
        QCOMPARE(chain.at(i).toObject().value(QLatin1String("sha256")).toString(),
                 fingerprints.at(i));
}

void tst_CliConnection::probeVerdicts_data()
{
    QTest::addColumn<int>("server");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("otherCa");
    QTest::addColumn<int>("exitCode");
    // What the probe says is wrong (empty: nothing is), and the first step it suggests.
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("firstStep");
    QTest::newRow("verified") << int(Server::Tls) << QString() << false << 0 << QString()
                              << QString();
    QTest::newRow("wrong CA") << int(Server::Tls) << QString() << true << 1
                              << "The server's certificate does not lead to the CA you chose"
                              << "Download the CA certificate your provider publishes";
    QTest::newRow("name not in certificate")
            << int(Server::Tls) << "127.0.0.2" << false << 1
            << "The server's certificate is not for “127.0.0.2”"
            << "Connect using one of the names the certificate covers";
    QTest::newRow("no TLS") << int(Server::Plain) << QString() << false << 2 << "does not offer TLS"
                            << "Enable TLS on the server";
}

void tst_CliConnection::probeVerdicts()
{
    QFETCH(int, server);
    QFETCH(QString, host);
    QFETCH(bool, otherCa);
    QFETCH(int, exitCode);
    const QString target = (host.isEmpty() ? m_servers.host() : host) + QLatin1Char(':')
            + QString::number(m_servers.port(Server(server)));
    const CliRun r = cli({QStringLiteral("probe"), target, QStringLiteral("--ssl-ca"),
                          m_servers.path(otherCa ? Pki::OtherCaCert : Pki::CaCert)});
    QFETCH(QString, summary);
    QFETCH(QString, firstStep);
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.output()));
    if (exitCode == 1)
        QVERIFY2(r.out.contains(QLatin1String("FAILED"))
                         && r.out.contains(QLatin1String("SHA-256")),
                 qPrintable(r.out));
    // Every failure says what is wrong and what to do; a verified server gets no advice.
    const CliRun json = cli({QStringLiteral("probe"), target, QStringLiteral("--ssl-ca"),
                             m_servers.path(otherCa ? Pki::OtherCaCert : Pki::CaCert),
                             QStringLiteral("--json")});
    QCOMPARE(json.exitCode, exitCode);
    const QJsonObject explanation = QJsonDocument::fromJson(json.out.toUtf8())
                                            .object()
                                            .value(QLatin1String("explanation"))
                                            .toObject();
    const QString said = explanation.value(QLatin1String("summary")).toString();
    const QJsonArray steps = explanation.value(QLatin1String("nextSteps")).toArray();
    if (summary.isEmpty()) {
        QVERIFY2(said.isEmpty() && steps.isEmpty(), qPrintable(json.out));
        QVERIFY(!r.out.contains(QLatin1String("  - ")));
        return;
    }
    QVERIFY2(said.contains(summary), qPrintable(said));
    QVERIFY2(!steps.isEmpty() && steps.first().toString().startsWith(firstStep),
             qPrintable(json.out));
    QVERIFY2(r.out.contains(said) && r.out.contains(QLatin1String("  - ") + firstStep),
             qPrintable(r.out));
}

// Spellings the resolver reads as 127.0.0.2 (where the TLS server listens too, and no certificate
// names it) and OpenSSL differently or not at all. They once let verify-identity pass without any
// identity check. Now they are refused, naming the canonical form, and the server never sees a
// login: a fresh account's login statistics (MariaDB's userstat) stay empty. The canonical address
// the certificate names is the control: the same account logs in and is counted.
void tst_CliConnection::ambiguousAddressNeverReachesTheServer_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    for (const char *spelling :
         {"127.2", "2130706434", "0x7f000002", "0x7f.0.0.2", "127.0.2", "0177.0.0.2"})
        QTest::newRow(spelling) << QString::fromLatin1(spelling) << 3
                                << QStringLiteral("Write 127.0.0.2");
    // Canonical, but not in the certificate: refused by the identity check, before the login.
    QTest::newRow("127.0.0.2") << QStringLiteral("127.0.0.2") << 2 << QStringLiteral("127.0.0.2");
}

void tst_CliConnection::ambiguousAddressNeverReachesTheServer()
{
    QFETCH(QString, host);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const auto root = m_servers.openAsRoot(Server::Tls);
    QVERIFY2(root.isOpen(), qPrintable(root.lastError().text()));
    const QString user = QStringLiteral("spelling_%1")
                                 .arg(QString::fromLatin1(QTest::currentDataTag()))
                                 .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]")),
                                          QStringLiteral("_"));
    const QString password = QStringLiteral("spelling-pw-1");
    QSqlQuery q(root.database());
    QVERIFY2(q.exec(QStringLiteral("SET GLOBAL userstat = 1")), qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(QStringLiteral("DROP USER IF EXISTS `%1`@`%`").arg(user)),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(QStringLiteral("CREATE USER `%1`@`%` IDENTIFIED BY '%2'").arg(user, password)),
             qPrintable(q.lastError().text()));
    const auto logins = [&] {
        const QVariant n = root.queryValue(
                QStringLiteral("SELECT TOTAL_CONNECTIONS + DENIED_CONNECTIONS + LOST_CONNECTIONS "
                               "FROM information_schema.USER_STATISTICS WHERE USER = '%1'")
                        .arg(user));
        return n.isValid() ? n.toInt() : 0;
    };
    const auto test = [&](const QString &address) {
        return cli({QStringLiteral("test"), QStringLiteral("--host"), address,
                    QStringLiteral("--port"), QString::number(m_servers.tlsPort()),
                    QStringLiteral("--user"), user, QStringLiteral("--ssl-mode"),
                    QStringLiteral("verify-identity"), QStringLiteral("--ssl-ca"),
                    m_servers.path(Pki::CaCert), QStringLiteral("--password-stdin")},
                   password.toUtf8() + '\n');
    };

    const CliRun refused = test(host);
    QVERIFY2(refused.exitCode == exitCode, qPrintable(refused.output()));
    QVERIFY2(refused.output().contains(mentions), qPrintable(refused.output()));
    QCOMPARE(logins(), 0);

    const CliRun control = test(m_servers.host());
    QVERIFY2(control.exitCode == 0, qPrintable(control.output()));
    QCOMPARE(logins(), 1);
    QVERIFY(q.exec(QStringLiteral("DROP USER `%1`@`%`").arg(user)));
}

// "Use the server's CA" on a profile without a CA (mode required). When the system already trusts
// that CA, Verify CA alone would accept any certificate the CA issued for any host: the profile
// gets Verify CA and host name. The test decides what "the system" trusts by pointing OpenSSL's
// default locations (SSL_CERT_FILE, SSL_CERT_DIR), which the CLI inherits, at the test CA or at
// nothing; it does not touch the machine's CA store.
void tst_CliConnection::trustOnFirstUseOfACaTheSystemTrusts_data()
{
    QTest::addColumn<bool>("systemTrustsTestCa");
    QTest::addColumn<QString>("mode");
    QTest::newRow("CA the system trusts") << true << QStringLiteral("verify-identity");
    QTest::newRow("private CA") << false << QStringLiteral("verify-ca");
}

void tst_CliConnection::trustOnFirstUseOfACaTheSystemTrusts()
{
    QFETCH(bool, systemTrustsTestCa);
    QFETCH(QString, mode);
    QTemporaryDir emptyCaDir;
    QVERIFY(emptyCaDir.isValid());
    qputenv("SSL_CERT_FILE",
            QFile::encodeName(systemTrustsTestCa ? m_servers.path(Pki::CaCert)
                                                 : emptyCaDir.filePath(QStringLiteral("none"))));
    qputenv("SSL_CERT_DIR", QFile::encodeName(emptyCaDir.path()));
    const auto restore = qScopeGuard([] {
        qunsetenv("SSL_CERT_FILE");
        qunsetenv("SSL_CERT_DIR");
    });

    const QString name = QStringLiteral("System CA");
    const auto remove = qScopeGuard([&] {
        cli({QStringLiteral("profiles"), QStringLiteral("remove"), name});
    });
    CliRun r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                    name, QStringLiteral("--host"), m_servers.host(), QStringLiteral("--port"),
                    QString::number(m_servers.tlsPort()), QStringLiteral("--user"),
                    m_servers.credentials(Account::Plain).user, QStringLiteral("--ssl-mode"),
                    QStringLiteral("required")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    r = cli({QStringLiteral("trust"), name, QStringLiteral("--use-server-ca"),
             QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    QVERIFY2(r.out.contains(QStringLiteral("(mode %1)").arg(mode)), qPrintable(r.out));
    const CliRun listed
            = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonObject stored
            = QJsonDocument::fromJson(listed.out.toUtf8()).array().first().toObject();
    QCOMPARE(stored.value(QLatin1String("sslMode")).toString(), mode);
    QVERIFY(!stored.value(QLatin1String("caFile")).toString().isEmpty());
    // Either way the profile verifies the real server; with the system's CA, its name too.
    r = cli({QStringLiteral("test"), name, QStringLiteral("--password-stdin"),
             QStringLiteral("--json")},
            m_servers.credentials(Account::Plain).password.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QLatin1String("sslMode"))
                     .toString(),
             mode);
}

QTEST_GUILESS_MAIN(tst_CliConnection)
#include "tst_cliconnection.moc"
