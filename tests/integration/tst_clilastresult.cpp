// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `sslcm-cli test` of a saved profile keeps the result with the profile, in the store the app
// reads: real processes against the real test servers, inside a real keyring session.
#include "CliRunner.h"
#include "TestServers.h"
#include "cert/CertificateLoader.h"
#include "mysql/ConnectionReport.h"
#include "profile/ProfileStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Server = TestServers::Server;
using Account = TestServers::Account;
using Pki = TestServers::Pki;

class tst_CliLastResult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void secureTestIsRecorded();
    void failedTestIsRecorded_data();
    void failedTestIsRecorded();
    void unsavedConnectionRecordsNothing();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {}) const;
    Profile profile(const QString &name, Server server, const QString &ca, SslMode mode) const;
    QString storePath() const
    {
        return m_home->filePath(QStringLiteral("config/sslcm/profiles.json"));
    }
    QByteArray password() const
    {
        return m_servers.credentials(Account::Plain).password.toUtf8() + '\n';
    }

    TestServers m_servers;
    std::unique_ptr<QTemporaryDir> m_home;
};

void tst_CliLastResult::initTestCase()
{
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
}

void tst_CliLastResult::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

CliRun tst_CliLastResult::cli(const QStringList &arguments, const QByteArray &input) const
{
    CliRunner runner(QStringLiteral(SSLCM_CLI_PATH));
    runner.setHome(m_home->path());
    return runner.run(arguments, input);
}

Profile tst_CliLastResult::profile(const QString &name, Server server, const QString &ca,
                                   SslMode mode) const
{
    Profile p = Profile::create();
    p.name = name;
    p.host = m_servers.host();
    p.port = quint16(m_servers.port(server));
    p.user = m_servers.credentials(Account::Plain).user;
    p.sslMode = mode;
    p.caFile = ca;
    p.connectTimeoutSeconds = 5;
    return p;
}

void tst_CliLastResult::secureTestIsRecorded()
{
    // The app has the store open, with another profile in it.
    ProfileStore app(storePath());
    app.load();
    const Profile orders = profile(QStringLiteral("Orders"), Server::Tls,
                                   m_servers.path(Pki::CaCert), SslMode::VerifyIdentity);
    QVERIFY(app.add(orders));
    QVERIFY(app.add(profile(QStringLiteral("Billing"), Server::Tls, m_servers.path(Pki::CaCert),
                            SslMode::VerifyIdentity)));

    const Profile untested = *app.profile(orders.id);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const CliRun r = cli(
            {QStringLiteral("test"), QStringLiteral("Orders"), QStringLiteral("--password-stdin")},
            password());
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));

    // The app picks the result up from the file the CLI wrote.
    QVERIFY(app.reloadIfChanged());
    const Profile tested = *app.profile(orders.id);
    QVERIFY(tested.lastTest);
    QCOMPARE(tested.lastTest->verdict, ConnectionVerdict::SecureVerified);
    QCOMPARE(tested.lastTest->mode, std::optional<SslMode>(SslMode::VerifyIdentity));
    QVERIFY(tested.lastTest->whenUtc >= before);
    QVERIFY(tested.lastTest->whenUtc <= QDateTime::currentDateTimeUtc());
    // The TLS version the server reports for a session of this client.
    const auto session = m_servers.open(Server::Tls, m_servers.credentials(Account::Plain),
                                        TestServers::sslOptions(m_servers.path(Pki::CaCert)));
    QVERIFY2(session.isOpen(), qPrintable(session.lastError().text()));
    const QString serverTls = session.sessionStatus(QStringLiteral("Ssl_version")).toString();
    QVERIFY(!serverTls.isEmpty());
    QCOMPARE(tested.lastTest->tlsVersion, serverTls);
    QVERIFY(!tested.lastTest->cipher.isEmpty());
    const CertificateLoadResult serverCert = CertificateLoader::loadFile(m_servers.tlsServerCert());
    QVERIFY(!serverCert.certificates.isEmpty());
    QCOMPARE(tested.lastTest->serverCertificateNotAfter,
             serverCert.certificates.first().notAfter.toUTC());
    // Nothing else changed: the profile's settings, the other profile.
    Profile settingsOnly = tested;
    settingsOnly.lastTest.reset();
    QCOMPARE(settingsOnly, untested);
    QCOMPARE(app.count(), 2);
    QVERIFY(!app.find(QStringLiteral("Billing")).first().lastTest);
}

void tst_CliLastResult::failedTestIsRecorded_data()
{
    QTest::addColumn<int>("server");
    QTest::addColumn<int>("ca");
    QTest::addColumn<int>("mode");
    QTest::newRow("wrong CA") << int(Server::Tls) << int(Pki::OtherCaCert)
                              << int(SslMode::VerifyIdentity);
    QTest::newRow("server without TLS")
            << int(Server::Plain) << int(Pki::CaCert) << int(SslMode::VerifyCa);
}

void tst_CliLastResult::failedTestIsRecorded()
{
    QFETCH(int, server);
    QFETCH(int, ca);
    QFETCH(int, mode);
    ProfileStore app(storePath());
    app.load();
    // Secure last time: a failure now must replace that.
    Profile p = profile(QStringLiteral("Orders"), Server(server), m_servers.path(Pki(ca)),
                        SslMode(mode));
    ConnectionReport earlier;
    earlier.verdict = ConnectionVerdict::SecureVerified;
    LastTestResult::record(p, earlier);
    QVERIFY(app.add(p));

    const CliRun r = cli({QStringLiteral("test"), p.id.toString(QUuid::WithoutBraces),
                          QStringLiteral("--password-stdin")},
                         password());
    QVERIFY2(r.exitCode == 2, qPrintable(r.output()));

    ProfileStore reread(storePath());
    reread.load();
    const std::optional<Profile> tested = reread.profile(p.id);
    QVERIFY(tested && tested->lastTest);
    QCOMPARE(tested->lastTest->verdict, ConnectionVerdict::Failed);
    QVERIFY(!tested->lastTest->summary.isEmpty());
}

void tst_CliLastResult::unsavedConnectionRecordsNothing()
{
    ProfileStore app(storePath());
    app.load();
    QVERIFY(app.add(profile(QStringLiteral("Orders"), Server::Tls, m_servers.path(Pki::CaCert),
                            SslMode::VerifyIdentity)));
    QFile file(storePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const CliRun r = cli({QStringLiteral("test"), QStringLiteral("--host"), m_servers.host(),
                          QStringLiteral("--port"), QString::number(m_servers.tlsPort()),
                          QStringLiteral("--user"), m_servers.credentials(Account::Plain).user,
                          QStringLiteral("--ssl-ca"), m_servers.path(Pki::CaCert),
                          QStringLiteral("--password-stdin")},
                         password());
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

QTEST_GUILESS_MAIN(tst_CliLastResult)
#include "tst_clilastresult.moc"
