// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The exported `mariadb` command line and option file, run for real against the TLS test server:
// they must connect and refuse exactly where sslcm's own connection test does. A profile whose
// password is made when connecting exports `--password="$(sslcm-cli token NAME)"`: run by a
// real shell, the password reaches the server, and a clear-text token goes only inside TLS.
#include "FakeMysqlServer.h"
#include "TestServers.h"
#include "interop/ProfileExporter.h"
#include "interop/ShellWords.h"
#include "mysql/ConnectionTester.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVersionNumber>

using Server = TestServers::Server;
using Account = TestServers::Account;
using Pki = TestServers::Pki;

class tst_InteropExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void behavesLikeSslcm_data();
    void behavesLikeSslcm();
    void passwordFromSslcmCliSignsIn();
    void clearTextTokenGoesOnlyInsideTls();

private:
    struct Run
    {
        bool connected = false;
        QString sslVersion; // the server's Ssl_version for the session; empty: no TLS
        QString output;
    };
    Run runMariadb(const QStringList &arguments);
    // The exported command line, run by /bin/sh with `sslcm-cli` answering `token` for
    // `profile` with `token` (a stand-in for the real command, which prints a fresh token).
    QProcess *startExported(const QString &exported, const QString &profile, const QString &token,
                            const QStringList &extraArguments);
    QString m_stubDir;

    TestServers m_servers;
    QString m_mariadb;
    // The mariadb client of MariaDB 11.4 and later checks the host name whenever it has a CA,
    // whatever --ssl-verify-server-cert says (measured with 11.8 on Debian 13): stricter than
    // Verify CA, which the export warns about.
    bool m_clientChecksNameWithCa = false;
    QTemporaryDir m_dir;
};

void tst_InteropExport::initTestCase()
{
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
    m_mariadb = QStandardPaths::findExecutable(QStringLiteral("mariadb"));
    QVERIFY2(!m_mariadb.isEmpty(), "the mariadb client is needed (mariadb-client-core)");
    QVERIFY(m_dir.isValid());
    QProcess version;
    version.start(m_mariadb, {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(60000));
    const QString text = QString::fromUtf8(version.readAllStandardOutput());
    const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("(\\d+)\\.(\\d+)\\.\\d+-MariaDB")).match(text);
    QVERIFY2(m.hasMatch(), qPrintable(text));
    m_clientChecksNameWithCa
            = QVersionNumber(m.captured(1).toInt(), m.captured(2).toInt()) >= QVersionNumber(11, 4);

    // The stand-in reads the expected profile and the token from its environment: no secret is
    // written to a file.
    m_stubDir = m_dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(m_stubDir));
    QFile stub(m_stubDir + QStringLiteral("/sslcm-cli"));
    QVERIFY(stub.open(QIODevice::WriteOnly));
    stub.write("#!/bin/sh\n"
               "[ \"$1\" = token ] && [ \"$2\" = \"$STUB_PROFILE\" ] && [ $# -eq 2 ] || {\n"
               "  echo \"sslcm-cli stand-in: unexpected arguments: $*\" >&2; exit 2; }\n"
               "printf '%s\\n' \"$STUB_TOKEN\"\n");
    stub.close();
    QVERIFY(stub.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner));
}

QProcess *tst_InteropExport::startExported(const QString &exported, const QString &profile,
                                           const QString &token, const QStringList &extraArguments)
{
    // "mariadb ARGS" -> "mariadb --no-defaults ARGS EXTRA": the option must come first.
    const QString program = QStringLiteral("mariadb ");
    if (!exported.startsWith(program))
        return nullptr;
    const QString commandLine = QStringLiteral("exec mariadb --no-defaults ")
            + exported.mid(program.size()).trimmed() + QLatin1Char(' ')
            + ShellWords::join(extraArguments);
    auto *process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"),
                       m_stubDir + QLatin1Char(':') + environment.value(QStringLiteral("PATH")));
    environment.insert(QStringLiteral("STUB_PROFILE"), profile);
    environment.insert(QStringLiteral("STUB_TOKEN"), token);
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), commandLine});
    return process;
}

tst_InteropExport::Run tst_InteropExport::runMariadb(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(
            m_mariadb,
            arguments
                    + QStringList {
                            QStringLiteral("--batch"), QStringLiteral("--skip-column-names"),
                            QStringLiteral("--execute=SHOW SESSION STATUS LIKE 'Ssl_version'")});
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.output = QStringLiteral("timed out");
        return run;
    }
    run.output = QString::fromUtf8(process.readAll());
    run.connected = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (run.connected)
        run.sslVersion = run.output.section(QLatin1Char('\t'), 1).trimmed();
    return run;
}

void tst_InteropExport::behavesLikeSslcm_data()
{
    QTest::addColumn<SslMode>("mode");
    QTest::addColumn<bool>("rightCa");
    QTest::addColumn<bool>("secondHost");
    QTest::addColumn<bool>("connects");
    QTest::addColumn<bool>("tls");

    QTest::newRow("verify-identity, right CA")
            << SslMode::VerifyIdentity << true << false << true << true;
    QTest::newRow("verify-identity, wrong CA")
            << SslMode::VerifyIdentity << false << false << false << false;
    QTest::newRow("verify-identity, name not in certificate")
            << SslMode::VerifyIdentity << true << true << false << false;
    QTest::newRow("verify-ca, right CA") << SslMode::VerifyCa << true << false << true << true;
    QTest::newRow("verify-ca, other name") << SslMode::VerifyCa << true << true << true << true;
    QTest::newRow("verify-ca, wrong CA") << SslMode::VerifyCa << false << false << false << false;
    QTest::newRow("required, wrong CA ignored")
            << SslMode::Required << false << false << true << true;
    QTest::newRow("disabled") << SslMode::Disabled << true << false << true << false;
}

void tst_InteropExport::behavesLikeSslcm()
{
    QFETCH(SslMode, mode);
    QFETCH(bool, rightCa);
    QFETCH(bool, secondHost);
    QFETCH(bool, connects);
    QFETCH(bool, tls);

    const TestServers::Credentials credentials = m_servers.credentials(Account::Plain);
    Profile p = Profile::create();
    p.name = QStringLiteral("export test");
    p.host = secondHost ? m_servers.secondHost() : m_servers.host();
    p.port = quint16(m_servers.tlsPort());
    p.user = credentials.user;
    p.database = m_servers.testDatabase();
    p.sslMode = mode;
    p.caFile = m_servers.path(rightCa ? Pki::CaCert : Pki::OtherCaCert);

    // sslcm itself, as the reference.
    ConnectionTester::Request request;
    request.profile = p;
    request.password = credentials.password;
    const ConnectionReport report = ConnectionTester::run(request);
    const bool sslcmConnected = report.verdict != ConnectionReport::Verdict::Failed;
    QCOMPARE(sslcmConnected, connects);

    // The client may only be stricter than sslcm, never weaker.
    const bool clientConnects
            = connects && !(mode == SslMode::VerifyCa && secondHost && m_clientChecksNameWithCa);

    // The exported command line.
    const Run command = runMariadb(QStringList {QStringLiteral("--no-defaults")}
                                   + ProfileExporter::mariadbArguments(p, credentials.password));
    QVERIFY2(command.connected == clientConnects, qPrintable(command.output));
    if (clientConnects)
        QCOMPARE(!command.sslVersion.isEmpty(), tls);
    else if (connects)
        QVERIFY2(command.output.contains(QLatin1String("Hostname verification failed")),
                 qPrintable(command.output));

    // The exported option file, with the password asked for explicitly (so: mode 0600).
    static int files = 0;
    const QString optionFile = m_dir.filePath(QStringLiteral("export-%1.cnf").arg(++files));
    const ExportResult exported
            = ProfileExporter::exportProfile(p, ExportFormat::OptionFile, credentials.password);
    QVERIFY(exported.containsSecret);
    const auto saved = ProfileExporter::saveToFile(exported, optionFile);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QCOMPARE(QFile::permissions(optionFile),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                     | QFileDevice::WriteUser);
    const Run file = runMariadb({QStringLiteral("--defaults-file=") + optionFile});
    QVERIFY2(file.connected == clientConnects,
             qPrintable(file.output + QLatin1Char('\n') + exported.text));
    if (!clientConnects)
        return;
    QCOMPARE(!file.sslVersion.isEmpty(), tls);
    if (tls)
        QVERIFY2(file.sslVersion.startsWith(QLatin1String("TLSv1.")), qPrintable(file.sslVersion));
}

void tst_InteropExport::passwordFromSslcmCliSignsIn()
{
    // A profile whose password comes from a command: the exported command line takes it from
    // `sslcm-cli token`, and the real client signs in with it over verified TLS.
    const TestServers::Credentials credentials = m_servers.credentials(Account::Plain);
    Profile p = Profile::create();
    p.name = QStringLiteral("it's \"token\" $(exit 9)");
    p.host = m_servers.host();
    p.port = quint16(m_servers.tlsPort());
    p.user = credentials.user;
    p.database = m_servers.testDatabase();
    p.sslMode = SslMode::VerifyIdentity;
    p.caFile = m_servers.path(Pki::CaCert);
    p.passwordSource.kind = PasswordSource::Kind::Command;
    p.passwordSource.command
            = {QStringLiteral("pass"), QStringLiteral("show"), QStringLiteral("db")};
    const ExportResult exported = ProfileExporter::exportProfile(p, ExportFormat::MariadbCommand);
    QVERIFY(!exported.containsSecret);

    for (const bool rightToken : {true, false}) {
        std::unique_ptr<QProcess> process(startExported(
                exported.text, p.name,
                rightToken ? credentials.password : credentials.password + QStringLiteral("x"),
                {QStringLiteral("--batch"), QStringLiteral("--skip-column-names"),
                 QStringLiteral("--execute=SHOW SESSION STATUS LIKE 'Ssl_version'")}));
        QVERIFY(process);
        QVERIFY(process->waitForFinished(60000));
        const QString output = QString::fromUtf8(process->readAll());
        QCOMPARE(process->exitCode() == 0, rightToken);
        if (rightToken)
            QVERIFY2(output.section(QLatin1Char('\t'), 1)
                             .trimmed()
                             .startsWith(QLatin1String("TLSv1.")),
                     qPrintable(output + exported.text));
        else
            QVERIFY2(output.contains(QLatin1String("Access denied")), qPrintable(output));
    }
}

void tst_InteropExport::clearTextTokenGoesOnlyInsideTls()
{
    // An AWS RDS IAM profile: the server asks for the token in clear text (mysql_clear_password).
    // MariaDB's client sends it without --enable-cleartext-plugin (the export gives none), and
    // here only inside the TLS session it verified.
    const FakeMysqlServer::Identity &identity = FakeMysqlServer::identity();
    QVERIFY2(identity.error.isEmpty(), qPrintable(identity.error));
    FakeMysqlServer::Script script;
    script.auth = FakeMysqlServer::Auth::SwitchToClearText;
    script.password = QStringLiteral("rds.example:3306/?Action=connect&X-Amz-Signature=ab%2F=");
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));

    Profile p = Profile::create();
    p.name = QStringLiteral("rds");
    p.host = QStringLiteral("localhost"); // the name in the fake's certificate
    p.port = fake.port();
    p.user = script.user;
    p.sslMode = SslMode::VerifyIdentity;
    p.caFile = identity.certificateFile;
    p.passwordSource.kind = PasswordSource::Kind::AwsIam;
    const ExportResult exported = ProfileExporter::exportProfile(p, ExportFormat::MariadbCommand);
    QVERIFY2(!exported.text.contains(QLatin1String("cleartext")), qPrintable(exported.text));

    // --protocol=TCP: "localhost" would otherwise mean the Unix socket. The fake answers no
    // query: the client is stopped once the fake has seen the login.
    std::unique_ptr<QProcess> process(startExported(
            exported.text, p.name, script.password,
            {QStringLiteral("--protocol=TCP"), QStringLiteral("--execute=SELECT 1")}));
    QVERIFY(process);
    QTRY_VERIFY_WITH_TIMEOUT(
            fake.capture(0).authenticated || process->state() == QProcess::NotRunning, 60000);
    const FakeMysqlServer::Capture c = fake.capture(0);
    const QString output = QString::fromUtf8(process->readAll());
    process->kill();
    process->waitForFinished();
    QVERIFY2(c.authenticated, qPrintable(output + c.problem));
    QVERIFY(c.tlsEstablished);
    QVERIFY(c.decrypted.contains(script.password.toUtf8() + '\0'));
    QVERIFY(!c.received.contains(script.password.toUtf8()));
}

QTEST_GUILESS_MAIN(tst_InteropExport)
#include "tst_interopexport.moc"
