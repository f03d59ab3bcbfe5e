// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Password sources through `sslcm-cli` as scripts use them: a password command that feeds the
// login of a real TLS server, `sslcm-cli token`, and what happens when the command fails, hangs
// or prints nothing. Real processes, real servers, a real keyring session
// (tests/fixtures/with-keyring.sh): nothing of a made password reaches a file, the keychain or
// the report.
#include "CliRunner.h"
#include "TestServers.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Server = TestServers::Server;
using Account = TestServers::Account;
using Pki = TestServers::Pki;

class tst_CliSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passwordCommandLogsIn();
    void savedProfileRunsItsCommand();
    void failingCommand_data();
    void failingCommand();
    void tokenPrintsAFreshPassword();
    void tokenRefusesATerminal();
    void tokenNeedsASourceThatMakesOne();
    void clearTextTokenOnlyForVerifiedProfiles_data();
    void clearTextTokenOnlyForVerifiedProfiles();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {}) const;
    QStringList connection(const QString &mode) const;
    QStringList passwordFileCommand() const;
    QString password() const { return m_servers.credentials(Account::Plain).password; }
    // Every file under the test's home (the profile store, settings): none may hold `secret`.
    void verifyNoFileHolds(const QString &secret) const;
    static QJsonObject stage(const QJsonObject &report, const QString &key);

    TestServers m_servers;
    QTemporaryDir m_home;
    QTemporaryDir m_work; // the password file the command reads, marker files
};

void tst_CliSignIn::initTestCase()
{
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
    QVERIFY(m_home.isValid());
    QVERIFY(m_work.isValid());
    QFile file(m_work.filePath(QStringLiteral("password")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    // The first line is the password; what follows is not.
    file.write(password().toUtf8() + "\nsecond line\n");
}

CliRun tst_CliSignIn::cli(const QStringList &arguments, const QByteArray &input) const
{
    CliRunner runner(QStringLiteral(SSLCM_CLI_PATH));
    runner.setHome(m_home.path());
    return runner.run(arguments, input);
}

QStringList tst_CliSignIn::connection(const QString &mode) const
{
    return {QStringLiteral("--host"),
            m_servers.host(),
            QStringLiteral("--port"),
            QString::number(m_servers.port(Server::Tls)),
            QStringLiteral("--user"),
            m_servers.credentials(Account::Plain).user,
            QStringLiteral("--ssl-mode"),
            mode,
            QStringLiteral("--ssl-ca"),
            m_servers.path(Pki::CaCert),
            QStringLiteral("--connect-timeout"),
            QStringLiteral("5")};
}

QStringList tst_CliSignIn::passwordFileCommand() const
{
    // A path with a space, quoted as a person would type it: no shell ever sees it.
    const QString dir = m_work.filePath(QStringLiteral("with space"));
    QDir().mkpath(dir);
    QFile::remove(dir + QStringLiteral("/pw"));
    QFile::copy(m_work.filePath(QStringLiteral("password")), dir + QStringLiteral("/pw"));
    return {QStringLiteral("--password-command"), QStringLiteral("head -n 2 '%1/pw'").arg(dir)};
}

void tst_CliSignIn::verifyNoFileHolds(const QString &secret) const
{
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files > 0 || !QFileInfo::exists(m_home.filePath(QStringLiteral("data"))));
}

QJsonObject tst_CliSignIn::stage(const QJsonObject &report, const QString &key)
{
    for (const QJsonValue &s : report.value(QLatin1String("stages")).toArray()) {
        if (s.toObject().value(QLatin1String("stage")).toString() == key)
            return s.toObject();
    }
    return {};
}

void tst_CliSignIn::passwordCommandLogsIn()
{
    const CliRun r = cli(QStringList {QStringLiteral("test"), QStringLiteral("--json")}
                         + connection(QStringLiteral("verify-identity")) + passwordFileCommand());
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("verdict")).toString(), QStringLiteral("secure-verified"));
    const QJsonObject signIn = stage(report, QStringLiteral("sign-in"));
    QCOMPARE(signIn.value(QLatin1String("status")).toString(), QStringLiteral("passed"));
    // The report says what was made, never what.
    QVERIFY2(signIn.value(QLatin1String("detail"))
                     .toString()
                     .contains(QString::number(password().size())),
             qPrintable(signIn.value(QLatin1String("detail")).toString()));
    QCOMPARE(report.value(QLatin1String("passwordSource"))
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
             QStringLiteral("command"));
    QVERIFY(!r.output().contains(password()));
    QCOMPARE(report.value(QLatin1String("server"))
                     .toObject()
                     .value(QLatin1String("currentUser"))
                     .toString()
                     .section(u'@', 0, 0),
             m_servers.credentials(Account::Plain).user);
}

void tst_CliSignIn::savedProfileRunsItsCommand()
{
    const QString name = QStringLiteral("From a command");
    CliRun r = cli(QStringList {QStringLiteral("profiles"), QStringLiteral("add"),
                                QStringLiteral("--name"), name}
                   + connection(QStringLiteral("verify-identity")) + passwordFileCommand());
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    r = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject source
            = list.first().toObject().value(QLatin1String("passwordSource")).toObject();
    QCOMPARE(source.value(QLatin1String("kind")).toString(), QStringLiteral("command"));
    QCOMPARE(source.value(QLatin1String("command")).toArray().size(), 4); // head -n 2 <path>
    QVERIFY(!source.value(QLatin1String("clearTextToken")).toBool());

    r = cli({QStringLiteral("test"), name});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    QVERIFY(r.out.contains(QLatin1String("Verdict: Secure")));
    QVERIFY(!r.output().contains(password()));
    verifyNoFileHolds(password());

    r = cli({QStringLiteral("profiles"), QStringLiteral("remove"), name});
    QCOMPARE(r.exitCode, 0);
}

void tst_CliSignIn::failingCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("said"); // what the report must show
    QTest::newRow("exit status 3, with a message") << "sh -c 'echo \"vault is sealed\" >&2; exit 3'"
                                                   << "vault is sealed";
    QTest::newRow("prints nothing") << "true"
                                    << "printed no password";
    QTest::newRow("no such program") << "sslcm-no-such-password-program x"
                                     << "sslcm-no-such-password-program";
    QTest::newRow("runs longer than the connect timeout") << "sleep 30"
                                                          << "sleep";
    QTest::newRow("prints a megabyte") << "head -c 1000000 /dev/zero"
                                       << "head";
}

void tst_CliSignIn::failingCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, said);
    QStringList arguments = QStringList {QStringLiteral("test"), QStringLiteral("--json")}
            + connection(QStringLiteral("verify-identity"));
    arguments << QStringLiteral("--password-command") << command;
    // One second is enough for every command here but the one that sleeps.
    arguments[arguments.indexOf(QStringLiteral("--connect-timeout")) + 1] = QStringLiteral("1");
    const CliRun r = cli(arguments);
    QVERIFY2(r.exitCode == 2, qPrintable(r.output()));
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(stage(report, QStringLiteral("sign-in")).value(QLatin1String("status")).toString(),
             QStringLiteral("failed"));
    // Nothing was connected to: the server never saw this test.
    QCOMPARE(stage(report, QStringLiteral("connect")).value(QLatin1String("status")).toString(),
             QStringLiteral("skipped"));
    QCOMPARE(report.value(QLatin1String("server"))
                     .toObject()
                     .value(QLatin1String("connectionId"))
                     .toInt(),
             -1);
    const QJsonObject explanation = report.value(QLatin1String("explanation")).toObject();
    const QString text = explanation.value(QLatin1String("summary")).toString() + u' '
            + explanation.value(QLatin1String("cause")).toString();
    QVERIFY2(text.contains(said), qPrintable(text));
}

void tst_CliSignIn::tokenPrintsAFreshPassword()
{
    const QString name = QStringLiteral("token source");
    CliRun r = cli(QStringList {QStringLiteral("profiles"), QStringLiteral("add"),
                                QStringLiteral("--name"), name}
                   + connection(QStringLiteral("verify-identity")) + passwordFileCommand());
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    // CliRunner reads standard output through a pipe, as $(...) does.
    r = cli({QStringLiteral("token"), name});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, password() + u'\n'); // the first line only
    QVERIFY(r.err.isEmpty());
    verifyNoFileHolds(password());
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("remove"), name}).exitCode, 0);
}

void tst_CliSignIn::tokenRefusesATerminal()
{
    const QString name = QStringLiteral("terminal");
    CliRun r = cli(QStringList {QStringLiteral("profiles"), QStringLiteral("add"),
                                QStringLiteral("--name"), name}
                   + connection(QStringLiteral("verify-identity")) + passwordFileCommand());
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    // script(1) gives the command a pseudo-terminal, as an interactive shell would.
    const QString command = QStringLiteral("'%1' token '%2'; echo \"exit=$?\"")
                                    .arg(QStringLiteral(SSLCM_CLI_PATH), name);
    CliRunner script(QStringLiteral("script"));
    script.setHome(m_home.path());
    r = script.run({QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-c"), command,
                    QStringLiteral("/dev/null")});
    QVERIFY2(r.out.contains(QLatin1String("exit=2")), qPrintable(r.output()));
    QVERIFY2(r.out.contains(QLatin1String("terminal")), qPrintable(r.output()));
    QVERIFY(!r.output().contains(password()));
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("remove"), name}).exitCode, 0);
}

void tst_CliSignIn::tokenNeedsASourceThatMakesOne()
{
    const QString name = QStringLiteral("keychain profile");
    CliRun r = cli(QStringList {QStringLiteral("profiles"), QStringLiteral("add"),
                                QStringLiteral("--name"), name, QStringLiteral("--password-stdin")}
                           + connection(QStringLiteral("verify-identity")),
                   password().toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    // The keychain's password is not something `token` hands out.
    r = cli({QStringLiteral("token"), name});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.contains(password()));
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("remove"), name}).exitCode, 0);
}

void tst_CliSignIn::clearTextTokenOnlyForVerifiedProfiles_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("source");
    const QStringList token {QStringLiteral("--password-command"), QStringLiteral("touch MARKER"),
                             QStringLiteral("--clear-text-token")};
    const QStringList aws {QStringLiteral("--aws-iam"), QStringLiteral("--aws-region"),
                           QStringLiteral("eu-west-1")};
    for (const char *mode : {"preferred", "required", "disabled"}) {
        QTest::addRow("token command, %s", mode) << QString::fromLatin1(mode) << token;
        QTest::addRow("aws iam, %s", mode) << QString::fromLatin1(mode) << aws;
    }
}

void tst_CliSignIn::clearTextTokenOnlyForVerifiedProfiles()
{
    QFETCH(QString, mode);
    QFETCH(QStringList, source);
    const QString marker = m_work.filePath(
            QStringLiteral("ran-%1").arg(QString::fromUtf8(QTest::currentDataTag())));
    source.replaceInStrings(QStringLiteral("MARKER"), QStringLiteral("'%1'").arg(marker));
    // Neither a saved profile nor a one-off test: refused with the reason, and nothing runs.
    CliRun r = cli(QStringList {QStringLiteral("profiles"), QStringLiteral("add"),
                                QStringLiteral("--name"), QStringLiteral("weak")}
                   + connection(mode) + source);
    QVERIFY2(r.exitCode == 3, qPrintable(r.output()));
    QVERIFY2(r.err.contains(QLatin1String("clear text")), qPrintable(r.err));
    r = cli(QStringList {QStringLiteral("test")} + connection(mode) + source);
    QVERIFY2(r.exitCode == 3, qPrintable(r.output()));
    QVERIFY2(r.err.contains(QLatin1String("clear text")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(marker));
    r = cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliSignIn)
#include "tst_clisignin.moc"
