// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit's opt-in login against MySQL 8.0 and 5.7, which this machine does not have: the
// in-process fake server in its MySQL flavour (caching_sha2_password, TLS) answers the audit's
// statements as the MySQL reference manual says those servers do (SHOW GLOBAL VARIABLES,
// Ssl_server_not_after as OpenSSL prints it, mysql.user with ENUM and BLOB columns,
// performance_schema.threads joined with status_by_thread, ERR 1142 for an account that may not
// read them). The tests assert what the user sees, the statements the fake received (MySQL's,
// not MariaDB's) and that the credentials crossed the network only inside TLS.
#include "FakeMysqlServer.h"
#include "UtcDateTime.h"
#include "audit/AuditLogin.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

using Fake = FakeMysqlServer;
using Column = FakeMysqlServer::Column;
using Reply = FakeMysqlServer::Reply;
using Answer = FakeMysqlServer::Answer;
using Row = FakeMysqlServer::Row;

namespace {

// What one MySQL server looks like to the audit.
struct Server
{
    QByteArray version = "8.0.36";
    QByteArray connectionId = "4711";
    QByteArray requireSecureTransport = "ON";
    QByteArray tlsVersion = "TLSv1.2,TLSv1.3";
    QByteArray haveSsl = "YES"; // empty: the variable does not exist (MySQL 8.4)
    QByteArray notAfter = "Dec  6 12:00:00 2027 GMT";
    QList<Row> accounts; // User, Host, ssl_type, x509_issuer, x509_subject, ssl_cipher,
                         // account_locked
    QList<Row> sessions; // PROCESSLIST_USER, PROCESSLIST_HOST, CONNECTION_TYPE, Ssl_version
    bool mayReadGrantTables = true;
    bool mayReadPerformanceSchema = true;
    bool deprecateEof = true;
    Fake::Flavour flavour = Fake::Flavour::Mysql8;
};

Row account(const QByteArray &user, const QByteArray &host, const QByteArray &sslType,
            const QByteArray &locked = "N")
{
    return {user, host, sslType, QByteArray(""), QByteArray(""), QByteArray(""), locked};
}

Row session(const QByteArray &user, const QByteArray &host, const QByteArray &type,
            const Fake::Value &version)
{
    return {user, host, type, version};
}

Reply variablesReply(const QList<Row> &rows)
{
    return Reply::resultSet({Column::text("Variable_name", 64), Column::text("Value", 4096)}, rows);
}

// ERR 1142 as MySQL 8.0 words it for an account without SELECT on the table.
Reply denied(const QByteArray &table)
{
    return Reply::error(1142, "42000",
                        "SELECT command denied to user 'fake_user'@'10.0.0.9' for table '" + table
                                + "'");
}

Fake::Script scriptFor(const Server &s)
{
    Fake::Script script;
    script.flavour = s.flavour;
    script.auth = s.flavour == Fake::Flavour::Mysql8 ? Fake::Auth::CachingSha2Fast
                                                     : Fake::Auth::NativePassword;
    if (!s.deprecateEof)
        script.clearCapabilities = Fake::ClientDeprecateEof;

    script.answers << Answer::exact(QStringLiteral("SELECT VERSION(), CONNECTION_ID()"),
                                    Reply::resultSet({Column::text("VERSION()", 24),
                                                      Column::integer("CONNECTION_ID()", true)},
                                                     {{s.version, s.connectionId}}));
    // SHOW GLOBAL VARIABLES lists the names in order; MySQL 8.4 has no have_ssl.
    QList<Row> variables;
    if (!s.haveSsl.isEmpty())
        variables << Row {QByteArray("have_ssl"), s.haveSsl};
    variables << Row {QByteArray("performance_schema"), QByteArray("ON")}
              << Row {QByteArray("require_secure_transport"), s.requireSecureTransport}
              << Row {QByteArray("tls_version"), s.tlsVersion};
    script.answers << Answer::matching(QStringLiteral("^SHOW GLOBAL VARIABLES WHERE"),
                                       variablesReply(variables));
    script.answers << Answer::exact(
            QStringLiteral("SHOW GLOBAL STATUS LIKE 'Ssl_server_not_after'"),
            variablesReply({Row {QByteArray("Ssl_server_not_after"), s.notAfter}}));
    script.answers << Answer::exact(
            QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_server_not_after'"),
            variablesReply({Row {QByteArray("Ssl_server_not_after"), s.notAfter}}));

    // mysql.user on MySQL 8.0: User char(32), Host char(255), ssl_type and account_locked ENUMs,
    // x509_issuer, x509_subject and ssl_cipher BLOBs.
    Column user = Column::text("User", 96);
    Column host = Column::text("Host", 765);
    for (Column *c : {&user, &host}) {
        c->table = c->orgTable = "user";
        c->schema = "mysql";
    }
    script.answers << Answer::matching(
            QStringLiteral("FROM mysql\\.user"),
            s.mayReadGrantTables ? Reply::resultSet(
                    {user, host, Column::enumeration("ssl_type"), Column::blob("x509_issuer"),
                     Column::blob("x509_subject"), Column::blob("ssl_cipher"),
                     Column::enumeration("account_locked")},
                    s.accounts)
                                 : denied("user"));
    script.answers << Answer::matching(
            QStringLiteral("FROM performance_schema\\.threads"),
            s.mayReadPerformanceSchema ? Reply::resultSet(
                    {Column::text("PROCESSLIST_USER", 128), Column::text("PROCESSLIST_HOST", 765),
                     Column::text("CONNECTION_TYPE", 16), Column::text("VARIABLE_VALUE", 4096)},
                    s.sessions)
                                       : denied("threads"));
    return script;
}

} // namespace

class tst_AuditLoginMysql8 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void healthyServer_data();
    void healthyServer();
    void unhealthyServer();
    void accountWithoutPrivileges();
    void mysql57GetsItsOwnAdvice();
    void mariaDbFlavourTakesTheMariaDbPath();
    void fakeFramesResultSets_data();
    void fakeFramesResultSets();

private:
    struct Run
    {
        AuditResult result;
        Fake::Capture capture;
    };
    static Run audit(const Server &server);
    static QString findingText(const AuditResult &r, QStringView check);
    static void credentialsOnlyInsideTls(const Fake::Capture &c, const Fake::Script &script);
    static void mysqlStatementsOnly(const Fake::Capture &c, const Server &server);
};

void tst_AuditLoginMysql8::initTestCase()
{
    QVERIFY2(Fake::identity().error.isEmpty(), qPrintable(Fake::identity().error));
}

tst_AuditLoginMysql8::Run tst_AuditLoginMysql8::audit(const Server &server)
{
    const Fake::Script script = scriptFor(server);
    Fake fake(script);
    Run run;
    if (!fake.listen()) {
        qWarning("%s", qPrintable(fake.errorString()));
        return run;
    }
    Profile p = Profile::create();
    p.name = QStringLiteral("mysql8");
    p.host = QStringLiteral("localhost");
    p.port = fake.port();
    p.user = script.user;
    p.sslMode = SslMode::VerifyIdentity;
    p.caFile = Fake::identity().certificateFile;
    p.connectTimeoutSeconds = 5;
    AuditOptions options;
    options.login = true;
    options.nowUtc = utcDateTime(QDate(2026, 12, 7), QTime(12, 0));
    run.result.target.profile = p;
    AuditLogin login(p);
    login.run(ConnectionSecrets(script.password), options, run.result);
    // The audit closed its connection: everything the fake will receive has arrived.
    if (fake.connectionCount() > 0 && QTest::qWaitFor([&] { return fake.capture(0).closed; }, 5000))
        run.capture = fake.capture(0);
    return run;
}

QString tst_AuditLoginMysql8::findingText(const AuditResult &r, QStringView check)
{
    const AuditFinding *f = r.finding(check);
    return f ? f->summary + QLatin1Char(' ') + f->action : QString();
}

void tst_AuditLoginMysql8::credentialsOnlyInsideTls(const Fake::Capture &c,
                                                    const Fake::Script &script)
{
    QVERIFY(c.tlsEstablished);
    QVERIFY(c.authenticated);
    QCOMPARE(c.clientUser, script.user);
    QVERIFY(!c.sslRequest.isEmpty());
    // The SSLRequest is the one packet outside TLS; the user name, the scramble and every
    // statement came inside it.
    QVERIFY(!c.packets.isEmpty());
    QVERIFY(!c.packets.first().insideTls);
    for (qsizetype i = 1; i < c.packets.size(); ++i)
        QVERIFY2(c.packets.at(i).insideTls, qPrintable(QString::number(i)));
    QVERIFY(c.decrypted.contains(script.user.toUtf8()));
    QVERIFY(!c.received.contains(script.user.toUtf8()));
    QVERIFY(!c.received.contains(script.password.toUtf8()));
    QVERIFY(!c.received.contains("SELECT"));
}

void tst_AuditLoginMysql8::mysqlStatementsOnly(const Fake::Capture &c, const Server &server)
{
    // The client library's SET NAMES, then the audit's first statement.
    QVERIFY(c.queries.size() > 2);
    QCOMPARE(c.queries.at(0), QStringLiteral("SET NAMES utf8mb4"));
    QCOMPARE(c.queries.at(1), QStringLiteral("SELECT VERSION(), CONNECTION_ID()"));
    // MySQL bounds statements with max_execution_time (milliseconds); max_statement_time is
    // MariaDB's and an error on MySQL.
    QVERIFY2(c.queries.contains(QStringLiteral("SET SESSION max_execution_time = 5000")),
             qPrintable(c.queries.join(QLatin1Char('\n'))));
    for (const QString &q : c.queries) {
        QVERIFY2(!q.contains(QLatin1String("max_statement_time")), qPrintable(q));
        QVERIFY2(!q.contains(QLatin1String("global_priv")), qPrintable(q));
        QVERIFY2(!q.contains(QLatin1String("is_role")), qPrintable(q));
    }
    // The audit's own session is left out of the sessions it counts.
    bool sessionsAsked = false;
    for (const QString &q : c.queries) {
        if (q.contains(QLatin1String("performance_schema.threads"))) {
            sessionsAsked = true;
            QVERIFY2(q.contains(QLatin1String("<> ") + QString::fromLatin1(server.connectionId)),
                     qPrintable(q));
            QVERIFY2(q.contains(QLatin1String("'Ssl_version'")), qPrintable(q));
        }
    }
    QVERIFY(sessionsAsked);
}

void tst_AuditLoginMysql8::healthyServer_data()
{
    QTest::addColumn<bool>("deprecateEof");
    QTest::addColumn<QByteArray>("haveSsl");
    QTest::newRow("8.0") << true << QByteArray("YES");
    QTest::newRow("8.0, no CLIENT_DEPRECATE_EOF offered") << false << QByteArray("YES");
    QTest::newRow("8.4, no have_ssl") << true << QByteArray();
}

void tst_AuditLoginMysql8::healthyServer()
{
    QFETCH(bool, deprecateEof);
    QFETCH(QByteArray, haveSsl);
    Server server;
    server.deprecateEof = deprecateEof;
    server.haveSsl = haveSsl;
    if (haveSsl.isEmpty())
        server.version = "8.4.3";
    server.sessions = {session("app", "10.0.0.5", "SSL/TLS", QByteArray("TLSv1.3")),
                       session("app", "10.0.0.6", "SSL/TLS", QByteArray("TLSv1.3")),
                       session("repl", "10.0.0.8", "SSL/TLS", QByteArray("TLSv1.3"))};
    const Run run = audit(server);
    const AuditResult &r = run.result;
    QVERIFY(r.loginAttempted);
    QVERIFY2(r.loggedIn, qPrintable(findingText(r, u"login")));
    QVERIFY(!r.cancelled);
    QCOMPARE(r.finding(u"login")->severity, AuditSeverity::Ok);
    QVERIFY2(findingText(r, u"login").contains(QLatin1String("TLSv1.3")),
             qPrintable(findingText(r, u"login")));

    QVERIFY(r.serverSettings);
    QCOMPARE(r.serverSettings->serverVersion, QString::fromLatin1(server.version));
    QCOMPARE(r.serverSettings->haveSsl, QString::fromLatin1(haveSsl));
    QCOMPARE(r.serverSettings->requireSecureTransport, std::optional<bool>(true));
    QCOMPARE(r.serverSettings->tlsVersion, QStringLiteral("TLSv1.2,TLSv1.3"));
    QCOMPARE(r.serverSettings->sslServerNotAfter, utcDateTime(QDate(2027, 12, 6), QTime(12, 0)));

    for (const QString &check :
         {QStringLiteral("server-tls-settings"), QStringLiteral("accounts-without-tls"),
          QStringLiteral("sessions-without-tls")}) {
        const AuditFinding *f = r.finding(check);
        QVERIFY2(f, qPrintable(check));
        QVERIFY2(f->severity == AuditSeverity::Ok,
                 qPrintable(check + QLatin1String(": ") + f->summary));
    }
    QVERIFY(findingText(r, u"server-tls-settings").contains(QLatin1String("TLSv1.2,TLSv1.3")));
    QVERIFY(findingText(r, u"server-tls-settings").contains(QLatin1String("2027")));
    QVERIFY(r.accountsWithoutTls);
    QVERIFY(r.accountsWithoutTls->isEmpty());
    QVERIFY(r.plainSessions);
    QVERIFY(r.plainSessions->isEmpty());

    mysqlStatementsOnly(run.capture, server);
    // require_secure_transport is ON: the grant tables need not be read.
    for (const QString &q : run.capture.queries)
        QVERIFY2(!q.contains(QLatin1String("mysql.user")), qPrintable(q));
    credentialsOnlyInsideTls(run.capture, scriptFor(server));
    // The driver (libmariadb) reads EOF-framed result sets and does not take
    // CLIENT_DEPRECATE_EOF even where it is offered; fakeFramesResultSets covers the other framing.
    QVERIFY(!(run.capture.clientCapabilities & Fake::ClientDeprecateEof));
}

void tst_AuditLoginMysql8::unhealthyServer()
{
    Server server;
    server.requireSecureTransport = "OFF";
    server.tlsVersion = "TLSv1,TLSv1.1,TLSv1.2,TLSv1.3"; // MySQL 8.0.16 to 8.0.27
    server.version = "8.0.26";
    server.accounts = {
            account("app", "%", ""),
            account("app_read", "%", "", "Y"), // a role: CREATE ROLE makes locked accounts
            account("backup", "10.0.%", "ANY"),
            account("mysql.infoschema", "localhost", "", "Y"),
            account("mysql.session", "localhost", "", "Y"),
            account("mysql.sys", "localhost", "", "Y"),
            account("reports", "192.168.1.20", "X509"),
            account("root", "localhost", ""),
            account("web", "10.0.0.%", ""),
    };
    server.sessions = {
            session("app", "10.0.0.5", "TCP/IP", std::nullopt),
            session("app", "10.0.0.5", "TCP/IP", QByteArray("")),
            session("legacy", "10.0.0.7", "SSL/TLS", QByteArray("TLSv1.1")),
            session("web", "10.0.0.6", "SSL/TLS", QByteArray("TLSv1.3")),
    };
    const Run run = audit(server);
    const AuditResult &r = run.result;
    QVERIFY2(r.loggedIn, qPrintable(findingText(r, u"login")));

    const AuditFinding *settings = r.finding(u"server-tls-settings");
    QVERIFY(settings);
    QCOMPARE(settings->severity, AuditSeverity::Warning);
    QVERIFY2(settings->summary.contains(QLatin1String("require_secure_transport is OFF")),
             qPrintable(settings->summary));
    QVERIFY2(settings->summary.contains(QLatin1String("TLSv1, TLSv1.1")),
             qPrintable(settings->summary));
    // MySQL 8's own statements, not MariaDB's my.cnf section.
    QVERIFY2(settings->action.contains(QLatin1String("SET PERSIST require_secure_transport = ON")),
             qPrintable(settings->action));
    QVERIFY2(settings->action.contains(QLatin1String("ALTER INSTANCE RELOAD TLS")),
             qPrintable(settings->action));
    QVERIFY2(!settings->action.contains(QLatin1String("mariadbd")), qPrintable(settings->action));

    const AuditFinding *accounts = r.finding(u"accounts-without-tls");
    QVERIFY(accounts);
    QCOMPARE(accounts->severity, AuditSeverity::Warning);
    QVERIFY2(accounts->summary.contains(QLatin1String("2 account(s)")),
             qPrintable(accounts->summary));
    QVERIFY2(accounts->summary.contains(QLatin1String("'app'@'%'")), qPrintable(accounts->summary));
    QVERIFY2(accounts->summary.contains(QLatin1String("'web'@'10.0.0.%'")),
             qPrintable(accounts->summary));
    // Locked accounts (roles, MySQL's own), local ones and those with REQUIRE are not named.
    for (const char *name : {"app_read", "backup", "mysql.", "reports", "root"})
        QVERIFY2(!accounts->summary.contains(QLatin1String(name)), name);
    QVERIFY(r.accountsWithoutTls);
    QCOMPARE(r.accountsWithoutTls->size(), 2);
    QCOMPARE(r.accountsWithoutTls->at(0).user, QStringLiteral("app"));
    QCOMPARE(r.accountsWithoutTls->at(0).host, QStringLiteral("%"));
    QCOMPARE(r.accountsWithoutTls->at(1).user, QStringLiteral("web"));

    const AuditFinding *sessions = r.finding(u"sessions-without-tls");
    QVERIFY(sessions);
    QCOMPARE(sessions->severity, AuditSeverity::Warning);
    QVERIFY2(sessions->summary.contains(QLatin1String("3 session(s)")),
             qPrintable(sessions->summary));
    QVERIFY2(sessions->summary.contains(QStringLiteral("2 × app@10.0.0.5 (no TLS)")),
             qPrintable(sessions->summary));
    QVERIFY2(sessions->summary.contains(QStringLiteral("1 × legacy@10.0.0.7 (TLSv1.1)")),
             qPrintable(sessions->summary));
    QVERIFY2(!sessions->summary.contains(QLatin1String("web@")), qPrintable(sessions->summary));
    QVERIFY(r.plainSessions);
    QCOMPARE(r.plainSessions->size(), 2);

    mysqlStatementsOnly(run.capture, server);
    bool accountsAsked = false;
    for (const QString &q : run.capture.queries)
        if (q.contains(QLatin1String("FROM mysql.user"))) {
            accountsAsked = true;
            QVERIFY2(q.contains(QLatin1String("account_locked")), qPrintable(q));
        }
    QVERIFY(accountsAsked);
    credentialsOnlyInsideTls(run.capture, scriptFor(server));
}

void tst_AuditLoginMysql8::accountWithoutPrivileges()
{
    Server server;
    server.requireSecureTransport = "OFF";
    server.mayReadGrantTables = false;
    server.mayReadPerformanceSchema = false;
    const Run run = audit(server);
    const AuditResult &r = run.result;
    QVERIFY2(r.loggedIn, qPrintable(findingText(r, u"login")));
    QVERIFY(!r.cancelled);

    const AuditFinding *accounts = r.finding(u"accounts-without-tls");
    QVERIFY(accounts);
    QCOMPARE(accounts->severity, AuditSeverity::Notice);
    QVERIFY2(accounts->summary.contains(QLatin1String("not checked")),
             qPrintable(accounts->summary));
    QVERIFY2(accounts->summary.contains(QStringLiteral("“fake_user”")),
             qPrintable(accounts->summary));
    QVERIFY2(accounts->summary.contains(QLatin1String("SELECT command denied")),
             qPrintable(accounts->summary));
    QVERIFY2(accounts->action.contains(QLatin1String("mysql.user")), qPrintable(accounts->action));
    QVERIFY(!r.accountsWithoutTls); // unknown, not "none"

    const AuditFinding *sessions = r.finding(u"sessions-without-tls");
    QVERIFY(sessions);
    QCOMPARE(sessions->severity, AuditSeverity::Notice);
    QVERIFY2(sessions->summary.contains(QLatin1String("not checked")),
             qPrintable(sessions->summary));
    QVERIFY2(sessions->summary.contains(QLatin1String("for table 'threads'")),
             qPrintable(sessions->summary));
    QVERIFY(!r.plainSessions);

    // What it could read is still there.
    QCOMPARE(r.finding(u"server-tls-settings")->severity, AuditSeverity::Warning);
    mysqlStatementsOnly(run.capture, server);
    credentialsOnlyInsideTls(run.capture, scriptFor(server));
}

void tst_AuditLoginMysql8::mysql57GetsItsOwnAdvice()
{
    // MySQL 5.7: no SET PERSIST, tls_version only at startup (TLSv1, TLSv1.1, TLSv1.2 by
    // default), no ALTER INSTANCE RELOAD TLS.
    Server server;
    server.version = "5.7.44-log";
    server.requireSecureTransport = "OFF";
    server.tlsVersion = "TLSv1,TLSv1.1,TLSv1.2";
    server.notAfter = "Dec 20 08:30:00 2026 GMT"; // 13 days after "now"
    server.accounts = {account("app", "%", ""), account("root", "localhost", "")};
    server.sessions = {session("app", "10.0.0.5", "TCP/IP", QByteArray(""))};
    const Run run = audit(server);
    const AuditResult &r = run.result;
    QVERIFY2(r.loggedIn, qPrintable(findingText(r, u"login")));

    const AuditFinding *settings = r.finding(u"server-tls-settings");
    QVERIFY(settings);
    QCOMPARE(settings->severity, AuditSeverity::Warning);
    QVERIFY2(settings->summary.contains(QLatin1String("expires")), qPrintable(settings->summary));
    QVERIFY2(settings->action.contains(QLatin1String("[mysqld]")), qPrintable(settings->action));
    QVERIFY2(!settings->action.contains(QLatin1String("SET PERSIST")),
             qPrintable(settings->action));
    QVERIFY2(!settings->action.contains(QLatin1String("ALTER INSTANCE")),
             qPrintable(settings->action));
    QVERIFY2(!settings->action.contains(QLatin1String("TLSv1.3")), qPrintable(settings->action));

    QCOMPARE(r.finding(u"accounts-without-tls")->severity, AuditSeverity::Warning);
    QVERIFY(r.finding(u"accounts-without-tls")->summary.contains(QLatin1String("'app'@'%'")));
    QCOMPARE(r.finding(u"sessions-without-tls")->severity, AuditSeverity::Warning);
    QVERIFY(r.finding(u"sessions-without-tls")
                    ->summary.contains(QStringLiteral("1 × app@10.0.0.5 (no TLS)")));
    mysqlStatementsOnly(run.capture, server);
    credentialsOnlyInsideTls(run.capture, scriptFor(server));
}

// The same fake in its MariaDB flavour, where libmariadb takes MariaDB's extended capabilities
// (metadata caching): the audit reads it and, told "MariaDB" by VERSION(), uses MariaDB's
// statements. The MySQL assertions above are not true of everything the fake answers.
void tst_AuditLoginMysql8::mariaDbFlavourTakesTheMariaDbPath()
{
    Server server;
    server.flavour = Fake::Flavour::MariaDb;
    server.version = "10.11.6-MariaDB-0+deb12u1";
    server.sessions = {session("app", "10.0.0.5", "TCP/IP", std::nullopt)};
    const Run run = audit(server);
    const AuditResult &r = run.result;
    QVERIFY2(r.loggedIn, qPrintable(findingText(r, u"login")));
    QVERIFY(r.serverSettings);
    QCOMPARE(r.serverSettings->serverVersion, QString::fromLatin1(server.version));
    QCOMPARE(r.serverSettings->requireSecureTransport, std::optional<bool>(true));
    QCOMPARE(r.finding(u"server-tls-settings")->severity, AuditSeverity::Ok);
    QCOMPARE(r.finding(u"sessions-without-tls")->severity, AuditSeverity::Warning);
    QVERIFY(r.finding(u"sessions-without-tls")
                    ->summary.contains(QStringLiteral("1 × app@10.0.0.5 (no TLS)")));
    QVERIFY2(run.capture.queries.contains(QStringLiteral("SET SESSION max_statement_time = 5")),
             qPrintable(run.capture.queries.join(QLatin1Char('\n'))));
    QVERIFY(!(run.capture.clientCapabilities & Fake::ClientMysql));
    // It took the extended metadata (0x8) and metadata caching (0x10) the fake offers, so the
    // result sets it read carried both.
    const QByteArray &response = run.capture.handshakeResponse;
    QVERIFY(response.size() > 32);
    QCOMPARE(quint8(response.at(28)) & 0x18, 0x18);
    credentialsOnlyInsideTls(run.capture, scriptFor(server));
}

void tst_AuditLoginMysql8::fakeFramesResultSets_data()
{
    QTest::addColumn<bool>("deprecateEof");
    QTest::newRow("EOF packets") << false;
    QTest::newRow("CLIENT_DEPRECATE_EOF") << true;
}

// The fake's answers byte by byte, read by hand over a plain connection: a client that takes
// CLIENT_DEPRECATE_EOF (as MySQL's own libmysqlclient does) gets no EOF after the column
// definitions and an OK packet with the 0xFE header at the end; one that does not gets EOF
// packets. NULL is 0xFB; ERR and OK answers, and the queries recorded.
void tst_AuditLoginMysql8::fakeFramesResultSets()
{
    QFETCH(bool, deprecateEof);
    Fake::Script script;
    script.flavour = Fake::Flavour::Mysql8;
    script.auth = Fake::Auth::CachingSha2Full; // takes the password in clear: no scramble here
    script.answers << Answer::exact(
            QStringLiteral("SELECT a, b"),
            Reply::resultSet({Column::text("a"), Column::integer("b")},
                             {{QByteArray("x"), QByteArray("1")}, {std::nullopt, QByteArray("")}}));
    script.answers << Answer::matching(QStringLiteral("mysql\\.user"),
                                       Reply::error(1142, "42000", "SELECT command denied"));
    Fake fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, fake.port());
    QVERIFY(socket.waitForConnected(5000));
    QByteArray buffer;
    auto readPacket = [&](QByteArray &payload, quint8 &sequence) {
        for (;;) {
            if (buffer.size() >= 4) {
                const int size = quint8(buffer.at(0)) | (quint8(buffer.at(1)) << 8)
                        | (quint8(buffer.at(2)) << 16);
                if (buffer.size() >= 4 + size) {
                    sequence = quint8(buffer.at(3));
                    payload = buffer.mid(4, size);
                    buffer.remove(0, 4 + size);
                    return true;
                }
            }
            if (!socket.waitForReadyRead(5000))
                return false;
            buffer += socket.readAll();
        }
    };
    auto send = [&](quint8 sequence, const QByteArray &payload) {
        QByteArray header(4, '\0');
        header[0] = char(payload.size() & 0xFF);
        header[1] = char((payload.size() >> 8) & 0xFF);
        header[2] = char((payload.size() >> 16) & 0xFF);
        header[3] = char(sequence);
        socket.write(header + payload);
        QVERIFY(socket.waitForBytesWritten(5000));
    };
    QByteArray p;
    quint8 seq = 0;
    QVERIFY(readPacket(p, seq)); // the greeting
    QCOMPARE(p.at(0), char(10));
    quint32 flags = Fake::ClientProtocol41 | Fake::ClientSecureConnection | Fake::ClientPluginAuth
            | Fake::ClientMysql;
    if (deprecateEof)
        flags |= Fake::ClientDeprecateEof;
    QByteArray response;
    for (int i = 0; i < 4; ++i)
        response += char((flags >> (8 * i)) & 0xFF);
    response += QByteArray("\0\0\0\1", 4); // max packet size
    response += char(45);
    response += QByteArray(23, '\0');
    response += script.user.toUtf8() + '\0';
    response += char(0); // no scramble
    response += QByteArray("caching_sha2_password") + '\0';
    send(1, response);
    QVERIFY(readPacket(p, seq));
    QCOMPARE(p, QByteArray("\x01\x04", 2)); // perform full authentication
    send(3, script.password.toUtf8() + '\0');
    QVERIFY(readPacket(p, seq));
    QCOMPARE(quint8(p.at(0)), quint8(0x00)); // logged in

    send(0, QByteArray("\x03SELECT a, b"));
    QList<QByteArray> packets;
    QList<quint8> sequences;
    const int expected = deprecateEof ? 6 : 7;
    while (packets.size() < expected) {
        QVERIFY(readPacket(p, seq));
        packets << p;
        sequences << seq;
    }
    for (int i = 0; i < expected; ++i)
        QCOMPARE(sequences.at(i), quint8(i + 1));
    QCOMPARE(packets.at(0), QByteArray("\x02")); // two columns
    QVERIFY(packets.at(1).startsWith(QByteArray("\x03"
                                                "def")));
    QVERIFY(packets.at(1).contains(QByteArray("\x01"
                                              "a"
                                              "\x01"
                                              "a")));
    QVERIFY(packets.at(2).contains(QByteArray("\x01"
                                              "b"
                                              "\x01"
                                              "b")));
    QCOMPARE(quint8(packets.at(2).at(packets.at(2).size() - 6)), quint8(0x08)); // LONGLONG
    int at = 3;
    if (!deprecateEof) // EOF: 0xFE, no warnings, SERVER_STATUS_AUTOCOMMIT
        QCOMPARE(packets.at(at++), QByteArray("\xFE\x00\x00\x02\x00", 5));
    QCOMPARE(packets.at(at++),
             QByteArray("\x01x\x01"
                        "1"));
    QCOMPARE(packets.at(at++), QByteArray("\xFB\x00", 2)); // NULL, then an empty string
    QCOMPARE(packets.at(at++),
             deprecateEof ? QByteArray("\xFE\x00\x00\x02\x00\x00\x00", 7)
                          : QByteArray("\xFE\x00\x00\x02\x00", 5));

    send(0, QByteArray("\x03SELECT * FROM mysql.user"));
    QVERIFY(readPacket(p, seq));
    QCOMPARE(seq, quint8(1));
    QCOMPARE(p, QByteArray("\xFF\x76\x04#42000SELECT command denied"));
    send(0, QByteArray("\x03SET NAMES utf8mb4"));
    QVERIFY(readPacket(p, seq));
    QCOMPARE(p, QByteArray("\x00\x00\x00\x02\x00\x00\x00", 7));
    send(0, QByteArray("\x01")); // COM_QUIT
    QTRY_VERIFY(fake.capture(0).closed);
    QCOMPARE(fake.capture(0).queries,
             QStringList({QStringLiteral("SELECT a, b"), QStringLiteral("SELECT * FROM mysql.user"),
                          QStringLiteral("SET NAMES utf8mb4")}));
    QCOMPARE(bool(fake.capture(0).clientCapabilities & Fake::ClientDeprecateEof), deprecateEof);
}

QTEST_GUILESS_MAIN(tst_AuditLoginMysql8)
#include "tst_auditloginmysql8.moc"
