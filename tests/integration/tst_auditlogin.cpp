// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit's opt-in login against real servers: the audit's own TLS server (fixture
// "mariadb_audit": performance_schema=ON, TLS 1.0 and 1.1 still allowed) where the test creates
// accounts with and without REQUIRE SSL, keeps plaintext, old-TLS and TLS sessions open and turns
// require_secure_transport on and off; and the shared TLS server (performance_schema=OFF).
#include "TestServers.h"
#include "audit/AuditLogin.h"
#include "cert/CertificateLoader.h"

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <thread>

using Server = TestServers::Server;
using Account = TestServers::Account;
using Pki = TestServers::Pki;

Q_DECLARE_METATYPE(SslMode)

class tst_AuditLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void readsTheServersTlsSettings();
    void findsAccountsWithoutTls();
    void requireSecureTransportLeavesNoAccountToReport();
    void countsLiveSessionsWithoutTls();
    void countsLiveSessionsBelowTls12();
    void performanceSchemaOffIsANotice();
    void accountWithoutPrivilegesGetsNotices();
    void wrongPasswordIsALoginFailure();
    void untrustedServerIsALoginFailure();
    void unverifiedProfileNeverConnects_data();
    void unverifiedProfileNeverConnects();
    void serverCertificateExpiry();
    void cancelBeforeRunConnectsNowhere();
    void cancelEndsAStalledLogin();
    void cancelEndsAStalledRead();

private:
    Profile profile(const TestServers &servers, const QString &user) const;
    AuditResult audit(const Profile &p, const QString &password,
                      const AuditOptions &options = {}) const;
    // Runs SQL as root on the audit's server; fails the test on error.
    bool root(const QString &sql);
    QString createAccount(const QString &prefix, const QString &host, const QString &require,
                          const QString &password);
    qlonglong globalStatus(const QString &name);
    static bool hasAccount(const AuditResult &r, const QString &user, const QString &host);
    static void noPasswordIn(const AuditResult &r, const QString &password);
    // A `mariadb` client kept open over TLS at exactly <tlsVersion> (TLSv1.0 ... TLSv1.3); with
    // <openSslConf>, OpenSSL reads that configuration (needed to offer TLS 1.0 and 1.1 at all).
    // Returns the TLS version the server reports for the session, or why there is none.
    QString startTlsClient(const QString &user, const QString &password, const QString &tlsVersion,
                           const QString &openSslConf = {});

    TestServers m_audit;  // the audit's own server
    TestServers m_shared; // the shared fixture's servers
    std::unique_ptr<TestServers::Connection> m_root;
    QString m_suffix;
    QStringList m_accounts; // 'user'@'host' to drop after each test
    QList<QProcess *> m_clients;
};

void tst_AuditLogin::initTestCase()
{
    m_audit = TestServers::fromFile(qEnvironmentVariable("SSLCM_TEST_SERVERS_AUDIT"));
    QVERIFY2(m_audit.isValid(), qPrintable(m_audit.errorString()));
    m_shared = TestServers::fromEnvironment();
    QVERIFY2(m_shared.isValid(), qPrintable(m_shared.errorString()));
    m_root = std::make_unique<TestServers::Connection>(m_audit.openAsRoot(Server::Tls));
    QVERIFY2(m_root->isOpen(), qPrintable(m_root->lastError().text()));
    m_suffix = QStringLiteral("%1_%2")
                       .arg(QCoreApplication::applicationPid())
                       .arg(QRandomGenerator::global()->bounded(100000));
    QVERIFY(root(QStringLiteral("SET GLOBAL require_secure_transport = OFF")));
}

void tst_AuditLogin::cleanup()
{
    for (QProcess *client : std::as_const(m_clients)) {
        client->kill();
        client->waitForFinished();
        delete client;
    }
    m_clients.clear();
    for (const QString &account : std::as_const(m_accounts))
        root(QStringLiteral("DROP USER IF EXISTS %1").arg(account));
    m_accounts.clear();
    root(QStringLiteral("SET GLOBAL require_secure_transport = OFF"));
}

void tst_AuditLogin::cleanupTestCase()
{
    m_root.reset();
}

Profile tst_AuditLogin::profile(const TestServers &servers, const QString &user) const
{
    Profile p = Profile::create();
    p.name = QStringLiteral("audit");
    p.host = servers.host();
    p.port = quint16(servers.tlsPort());
    p.user = user;
    p.sslMode = SslMode::VerifyIdentity;
    p.caFile = servers.path(Pki::CaCert);
    p.connectTimeoutSeconds = 10;
    return p;
}

AuditResult tst_AuditLogin::audit(const Profile &p, const QString &password,
                                  const AuditOptions &options) const
{
    AuditResult result;
    result.target.profile = p;
    AuditLogin login(p);
    login.run(ConnectionSecrets(password), options, result);
    return result;
}

bool tst_AuditLogin::root(const QString &sql)
{
    QSqlQuery q(m_root->database());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

QString tst_AuditLogin::createAccount(const QString &prefix, const QString &host,
                                      const QString &require, const QString &password)
{
    const QString user = prefix + m_suffix;
    const QString account = QStringLiteral("'%1'@'%2'").arg(user, host);
    if (!root(QStringLiteral("CREATE USER %1 IDENTIFIED BY '%2' REQUIRE %3")
                      .arg(account, password, require)))
        return {};
    m_accounts << account;
    return user;
}

qlonglong tst_AuditLogin::globalStatus(const QString &name)
{
    QSqlQuery q(m_root->database());
    if (!q.exec(QStringLiteral("SHOW GLOBAL STATUS LIKE '%1'").arg(name)) || !q.next())
        return -1;
    return q.value(1).toLongLong();
}

bool tst_AuditLogin::hasAccount(const AuditResult &r, const QString &user, const QString &host)
{
    if (!r.accountsWithoutTls)
        return false;
    for (const AuditAccount &a : *r.accountsWithoutTls)
        if (a.user == user && a.host == host)
            return true;
    return false;
}

void tst_AuditLogin::noPasswordIn(const AuditResult &r, const QString &password)
{
    for (const AuditFinding &f : r.findings) {
        QVERIFY2(!f.summary.contains(password), qPrintable(f.summary));
        QVERIFY2(!f.action.contains(password), qPrintable(f.action));
    }
}

void tst_AuditLogin::readsTheServersTlsSettings()
{
    const auto admin = m_audit.credentials(Account::Admin);
    const AuditResult r = audit(profile(m_audit, admin.user), admin.password);
    QVERIFY(r.loginAttempted);
    QVERIFY(r.loggedIn);
    QVERIFY(!r.cancelled);
    QCOMPARE(r.finding(u"login")->severity, AuditSeverity::Ok);
    QVERIFY(r.serverSettings);
    QCOMPARE(r.serverSettings->haveSsl, QStringLiteral("YES"));
    QCOMPARE(r.serverSettings->requireSecureTransport, std::optional<bool>(false));
    QCOMPARE(r.serverSettings->tlsVersion, QStringLiteral("TLSv1.0,TLSv1.1,TLSv1.2,TLSv1.3"));
    QCOMPARE(r.serverSettings->serverVersion,
             m_root->queryValue(QStringLiteral("SELECT VERSION()")).toString());

    // The server's own report of its certificate, read exactly.
    const CertificateLoadResult loaded = CertificateLoader::loadFile(m_audit.tlsServerCert());
    QVERIFY(!loaded.certificates.isEmpty());
    QCOMPARE(r.serverSettings->sslServerNotAfter, loaded.certificates.first().notAfter);

    // require_secure_transport OFF and TLS 1.0/1.1 are warnings with what to do, in one finding.
    const AuditFinding *settings = r.finding(u"server-tls-settings");
    QVERIFY(settings);
    QCOMPARE(settings->severity, AuditSeverity::Warning);
    QVERIFY2(settings->summary.contains(QLatin1String("require_secure_transport is OFF")),
             qPrintable(settings->summary));
    QVERIFY2(settings->summary.contains(QLatin1String("still accepts TLSv1.0, TLSv1.1.")),
             qPrintable(settings->summary));
    QVERIFY2(settings->action.contains(QLatin1String("SET GLOBAL require_secure_transport = ON")),
             qPrintable(settings->action));
    QVERIFY2(settings->action.contains(QLatin1String("my.cnf")), qPrintable(settings->action));
    noPasswordIn(r, admin.password);
}

void tst_AuditLogin::findsAccountsWithoutTls()
{
    const QString password = QStringLiteral("pw-%1").arg(m_suffix);
    const QString anywhere = createAccount(QStringLiteral("aud_any_"), QStringLiteral("%"),
                                           QStringLiteral("NONE"), password);
    const QString subnet = createAccount(QStringLiteral("aud_net_"), QStringLiteral("10.%"),
                                         QStringLiteral("NONE"), password);
    const QString locked = createAccount(QStringLiteral("aud_ssl_"), QStringLiteral("%"),
                                         QStringLiteral("SSL"), password);
    const QString x509 = createAccount(QStringLiteral("aud_x509_"), QStringLiteral("10.%"),
                                       QStringLiteral("X509"), password);
    const QString local = createAccount(QStringLiteral("aud_local_"), QStringLiteral("localhost"),
                                        QStringLiteral("NONE"), password);
    const QString loopback = createAccount(QStringLiteral("aud_lo_"), QStringLiteral("127.0.0.1"),
                                           QStringLiteral("NONE"), password);
    for (const QString &user : {anywhere, subnet, locked, x509, local, loopback})
        QVERIFY(!user.isEmpty());

    const auto admin = m_audit.credentials(Account::Admin);
    const AuditResult r = audit(profile(m_audit, admin.user), admin.password);
    QVERIFY(r.loggedIn);
    QVERIFY(r.accountsWithoutTls);
    QVERIFY(hasAccount(r, anywhere, QStringLiteral("%")));
    QVERIFY(hasAccount(r, subnet, QStringLiteral("10.%")));
    QVERIFY(!hasAccount(r, locked, QStringLiteral("%")));
    QVERIFY(!hasAccount(r, x509, QStringLiteral("10.%")));
    QVERIFY(!hasAccount(r, local, QStringLiteral("localhost")));
    QVERIFY(!hasAccount(r, loopback, QStringLiteral("127.0.0.1")));
    // The fixture's own accounts without a requirement; root is local.
    QVERIFY(hasAccount(r, m_audit.credentials(Account::Plain).user, QStringLiteral("%")));
    QVERIFY(hasAccount(r, admin.user, QStringLiteral("%")));
    QVERIFY(!hasAccount(r, m_audit.credentials(Account::RequireSsl).user, QStringLiteral("%")));
    for (const AuditAccount &a : *r.accountsWithoutTls)
        QVERIFY2(a.host != QLatin1String("localhost"), qPrintable(a.user));

    const AuditFinding *accounts = r.finding(u"accounts-without-tls");
    QVERIFY(accounts);
    QCOMPARE(accounts->severity, AuditSeverity::Warning);
    QVERIFY2(accounts->summary.startsWith(QString::number(r.accountsWithoutTls->size())),
             qPrintable(accounts->summary));
    QVERIFY2(accounts->summary.contains(QStringLiteral("'%1'@'10.%'").arg(subnet)),
             qPrintable(accounts->summary));
    QVERIFY2(accounts->action.contains(QLatin1String("Account TLS Requirements")),
             qPrintable(accounts->action));
    QVERIFY2(accounts->action.contains(QLatin1String("sslcm-cli require")),
             qPrintable(accounts->action));
}

void tst_AuditLogin::requireSecureTransportLeavesNoAccountToReport()
{
    const QString password = QStringLiteral("pw-%1").arg(m_suffix);
    const QString anywhere = createAccount(QStringLiteral("aud_rst_"), QStringLiteral("%"),
                                           QStringLiteral("NONE"), password);
    QVERIFY(!anywhere.isEmpty());
    QVERIFY(root(QStringLiteral("SET GLOBAL require_secure_transport = ON")));

    const auto admin = m_audit.credentials(Account::Admin);
    const AuditResult r = audit(profile(m_audit, admin.user), admin.password);
    QVERIFY(r.loggedIn);
    QCOMPARE(r.serverSettings->requireSecureTransport, std::optional<bool>(true));
    QVERIFY(r.accountsWithoutTls);
    QVERIFY(r.accountsWithoutTls->isEmpty());
    const AuditFinding *accounts = r.finding(u"accounts-without-tls");
    QVERIFY(!accounts || accounts->severity == AuditSeverity::Ok);
    const AuditFinding *settings = r.finding(u"server-tls-settings");
    QVERIFY(settings);
    QVERIFY2(!settings->summary.contains(QLatin1String("require_secure_transport is OFF")),
             qPrintable(settings->summary));
}

void tst_AuditLogin::countsLiveSessionsWithoutTls()
{
    const QString mariadb = QStandardPaths::findExecutable(QStringLiteral("mariadb"));
    QVERIFY2(!mariadb.isEmpty(), "the mariadb client is needed (mariadb-client-core)");
    const QString password = QStringLiteral("pw-%1").arg(m_suffix);
    const QString app = createAccount(QStringLiteral("aud_app_"), QStringLiteral("%"),
                                      QStringLiteral("NONE"), password);
    const QString secure = createAccount(QStringLiteral("aud_tls_"), QStringLiteral("%"),
                                         QStringLiteral("NONE"), password);
    QVERIFY(!app.isEmpty() && !secure.isEmpty());

    // Two plaintext sessions of `app`, kept open: the client waits for statements on its input.
    for (int i = 0; i < 2; ++i) {
        auto *client = new QProcess;
        m_clients << client;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("MYSQL_PWD"), password);
        client->setProcessEnvironment(environment);
        client->start(mariadb,
                      {QStringLiteral("--no-defaults"), QStringLiteral("--skip-ssl"),
                       QStringLiteral("--protocol=TCP"),
                       QStringLiteral("--host=%1").arg(m_audit.host()),
                       QStringLiteral("--port=%1").arg(m_audit.tlsPort()),
                       QStringLiteral("--user=%1").arg(app), QStringLiteral("--batch")});
        QVERIFY(client->waitForStarted());
    }
    // One TLS session of `secure`, open as well.
    const TestServers::Connection tls = m_audit.open(
            Server::Tls, {secure, password}, TestServers::sslOptions(m_audit.path(Pki::CaCert)));
    QVERIFY2(tls.isOpen(), qPrintable(tls.lastError().text()));
    QVERIFY(tls.sessionStatus(QStringLiteral("Ssl_version")).toString().startsWith(u"TLSv1."));

    // The server sees both plaintext sessions (over TCP, not the socket).
    const QString countPlain = QStringLiteral("SELECT COUNT(*) FROM performance_schema.threads "
                                              "WHERE PROCESSLIST_USER = '%1' AND "
                                              "CONNECTION_TYPE = 'TCP/IP'")
                                       .arg(app);
    QTRY_COMPARE_WITH_TIMEOUT(m_root->queryValue(countPlain).toInt(), 2, 30000);

    const auto admin = m_audit.credentials(Account::Admin);
    const AuditResult r = audit(profile(m_audit, admin.user), admin.password);
    QVERIFY(r.loggedIn);
    QVERIFY(r.plainSessions);
    int appSessions = 0;
    for (const AuditPlainSessions &s : *r.plainSessions) {
        QVERIFY2(s.user != secure, "a TLS 1.2+ session was counted");
        QVERIFY2(s.user != admin.user, "the audit's own session was counted");
        if (s.user == app) {
            QCOMPARE(s.host, m_audit.host());
            QCOMPARE(s.version, QString());
            appSessions += s.count;
        }
    }
    QCOMPARE(appSessions, 2);
    const AuditFinding *sessions = r.finding(u"sessions-without-tls");
    QVERIFY(sessions);
    QCOMPARE(sessions->severity, AuditSeverity::Warning);
    QVERIFY2(sessions->summary.contains(
                     QStringLiteral("2 × %1@%2 (no TLS)").arg(app, m_audit.host())),
             qPrintable(sessions->summary));

    // Once they are gone, nothing is counted for them.
    for (QProcess *client : std::as_const(m_clients)) {
        client->closeWriteChannel();
        QVERIFY(client->waitForFinished());
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_root->queryValue(countPlain).toInt(), 0, 30000);
    const AuditResult after = audit(profile(m_audit, admin.user), admin.password);
    QVERIFY(after.plainSessions);
    for (const AuditPlainSessions &s : *after.plainSessions)
        QVERIFY(s.user != app);
}

QString tst_AuditLogin::startTlsClient(const QString &user, const QString &password,
                                       const QString &tlsVersion, const QString &openSslConf)
{
    const QString mariadb = QStandardPaths::findExecutable(QStringLiteral("mariadb"));
    if (mariadb.isEmpty())
        return QStringLiteral("the mariadb client is needed (mariadb-client-core)");
    auto *client = new QProcess;
    m_clients << client;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MYSQL_PWD"), password);
    if (!openSslConf.isEmpty())
        environment.insert(QStringLiteral("OPENSSL_CONF"), openSslConf);
    client->setProcessEnvironment(environment);
    // --unbuffered: each answer reaches the pipe at once; the session stays open while the
    // client waits for more statements on its input.
    client->start(mariadb,
                  {QStringLiteral("--no-defaults"), QStringLiteral("--protocol=TCP"),
                   QStringLiteral("--host=%1").arg(m_audit.host()),
                   QStringLiteral("--port=%1").arg(m_audit.tlsPort()),
                   QStringLiteral("--user=%1").arg(user),
                   QStringLiteral("--ssl-ca=%1").arg(m_audit.path(Pki::CaCert)),
                   QStringLiteral("--ssl-verify-server-cert"),
                   QStringLiteral("--tls-version=%1").arg(tlsVersion), QStringLiteral("--batch"),
                   QStringLiteral("--skip-column-names"), QStringLiteral("--unbuffered")});
    if (!client->waitForStarted())
        return client->errorString();
    // The client's own session tells its TLS version: the server's answer, not performance_schema.
    client->write("SHOW SESSION STATUS LIKE 'Ssl_version';\n");
    QByteArray answer;
    while (!answer.contains('\n') && client->state() == QProcess::Running
           && client->waitForReadyRead(30000))
        answer += client->readAllStandardOutput();
    answer += client->readAllStandardOutput();
    const QList<QByteArray> fields = answer.trimmed().split('\t');
    if (fields.size() != 2 || fields.at(0) != "Ssl_version")
        return QStringLiteral("no session at %1: %2 %3")
                .arg(tlsVersion, QString::fromUtf8(answer),
                     QString::fromUtf8(client->readAllStandardError()));
    return QString::fromUtf8(fields.at(1));
}

void tst_AuditLogin::countsLiveSessionsBelowTls12()
{
    // The audit's server accepts TLS 1.0 to 1.3 (the fixture proved TLS 1.0 with openssl
    // s_client, or says why not); clients offer TLS 1.0 and 1.1 only with its OpenSSL
    // configuration (security level 0).
    QVERIFY2(m_audit.value(QStringLiteral("OLD_TLS_ACCEPTED")) == QLatin1String("tls1"),
             qPrintable(m_audit.value(QStringLiteral("OLD_TLS_PROBLEM"))));
    const QString legacyConf = m_audit.value(QStringLiteral("OLD_TLS_OPENSSL_CONF"));
    QVERIFY2(QFile::exists(legacyConf), qPrintable(legacyConf));

    const QString password = QStringLiteral("pw-%1").arg(m_suffix);
    // REQUIRE SSL is no help against old TLS: the account's sessions are encrypted, weakly.
    const QString old = createAccount(QStringLiteral("aud_old_"), QStringLiteral("%"),
                                      QStringLiteral("SSL"), password);
    const QString modern = createAccount(QStringLiteral("aud_new_"), QStringLiteral("%"),
                                         QStringLiteral("SSL"), password);
    QVERIFY(!old.isEmpty() && !modern.isEmpty());

    // What each session negotiated, as the server reports it to the session itself.
    QCOMPARE(startTlsClient(old, password, QStringLiteral("TLSv1.1"), legacyConf),
             QStringLiteral("TLSv1.1"));
    QCOMPARE(startTlsClient(old, password, QStringLiteral("TLSv1.1"), legacyConf),
             QStringLiteral("TLSv1.1"));
    // MariaDB Connector/C 3.4 (Debian 13) no longer offers TLS 1.0 and negotiates TLS 1.3
    // when asked for it: then that session of the old account is a modern one, which must not
    // be counted either. Connector/C 3.3 (Debian 12) makes the TLS 1.0 session.
    const QString third = startTlsClient(old, password, QStringLiteral("TLSv1.0"), legacyConf);
    QVERIFY2(third == QLatin1String("TLSv1") || third == QLatin1String("TLSv1.3"),
             qPrintable(third));
    const bool tls10 = third == QLatin1String("TLSv1");
    QCOMPARE(startTlsClient(modern, password, QStringLiteral("TLSv1.3")),
             QStringLiteral("TLSv1.3"));
    QCOMPARE(startTlsClient(modern, password, QStringLiteral("TLSv1.2")),
             QStringLiteral("TLSv1.2"));

    const auto admin = m_audit.credentials(Account::Admin);
    const AuditResult r = audit(profile(m_audit, admin.user), admin.password);
    QVERIFY(r.loggedIn);
    QVERIFY(r.plainSessions);
    QMap<QString, int> oldSessions; // by TLS version
    for (const AuditPlainSessions &s : *r.plainSessions) {
        QVERIFY2(s.user != modern,
                 qPrintable(QStringLiteral("a TLS 1.2+ session was counted: %1").arg(s.version)));
        QVERIFY2(s.user != admin.user, "the audit's own session was counted");
        if (s.user == old) {
            QCOMPARE(s.host, m_audit.host());
            oldSessions[s.version] += s.count;
        }
    }
    QCOMPARE(oldSessions.value(QStringLiteral("TLSv1.1")), 2);
    QCOMPARE(oldSessions.value(QStringLiteral("TLSv1")), tls10 ? 1 : 0);
    QCOMPARE(oldSessions.size(), tls10 ? 2 : 1);

    const AuditFinding *sessions = r.finding(u"sessions-without-tls");
    QVERIFY(sessions);
    QCOMPARE(sessions->severity, AuditSeverity::Warning);
    QVERIFY2(sessions->summary.contains(QLatin1String("below TLS 1.2")),
             qPrintable(sessions->summary));
    QVERIFY2(sessions->summary.contains(
                     QStringLiteral("2 × %1@%2 (TLSv1.1)").arg(old, m_audit.host())),
             qPrintable(sessions->summary));
    QCOMPARE(sessions->summary.contains(
                     QStringLiteral("1 × %1@%2 (TLSv1)").arg(old, m_audit.host())),
             tls10);
    QVERIFY2(!sessions->summary.contains(QLatin1String("(TLSv1.3)")),
             qPrintable(sessions->summary));
    QVERIFY2(!sessions->summary.contains(modern), qPrintable(sessions->summary));
    QVERIFY(!sessions->action.isEmpty());
    noPasswordIn(r, admin.password);
    noPasswordIn(r, password);
}

void tst_AuditLogin::performanceSchemaOffIsANotice()
{
    // The shared server runs with performance_schema=OFF and TLS 1.2/1.3 only.
    const auto admin = m_shared.credentials(Account::Admin);
    const AuditResult r = audit(profile(m_shared, admin.user), admin.password);
    QVERIFY(r.loggedIn);
    QVERIFY(!r.plainSessions);
    const AuditFinding *sessions = r.finding(u"sessions-without-tls");
    QVERIFY(sessions);
    QCOMPARE(sessions->severity, AuditSeverity::Notice);
    QVERIFY2(sessions->summary.contains(QLatin1String("performance_schema is OFF")),
             qPrintable(sessions->summary));
    QVERIFY(r.serverSettings);
    QCOMPARE(r.serverSettings->tlsVersion, QStringLiteral("TLSv1.2,TLSv1.3"));
    const AuditFinding *settings = r.finding(u"server-tls-settings");
    QVERIFY(settings);
    QVERIFY2(!settings->summary.contains(QLatin1String("tls_version")),
             qPrintable(settings->summary));
}

void tst_AuditLogin::accountWithoutPrivilegesGetsNotices()
{
    const QString password = QStringLiteral("pw-%1").arg(m_suffix);
    const QString user = createAccount(QStringLiteral("aud_np_"), QStringLiteral("%"),
                                       QStringLiteral("SSL"), password);
    QVERIFY(!user.isEmpty());
    const AuditResult r = audit(profile(m_audit, user), password);
    QVERIFY(r.loggedIn);
    QVERIFY(r.serverSettings);
    QCOMPARE(r.serverSettings->haveSsl, QStringLiteral("YES"));
    QVERIFY(!r.accountsWithoutTls);
    QVERIFY(!r.plainSessions);
    for (const char *check : {"accounts-without-tls", "sessions-without-tls"}) {
        const AuditFinding *f = r.finding(QString::fromLatin1(check));
        QVERIFY2(f, check);
        QCOMPARE(f->severity, AuditSeverity::Notice);
        QVERIFY2(f->summary.contains(user), qPrintable(f->summary));
        QVERIFY2(f->summary.contains(QLatin1String("1142")) || f->summary.contains(u"denied"),
                 qPrintable(f->summary));
    }
}

void tst_AuditLogin::wrongPasswordIsALoginFailure()
{
    const auto admin = m_audit.credentials(Account::Admin);
    const QString wrong = QStringLiteral("wrong-%1").arg(m_suffix);
    const AuditResult r = audit(profile(m_audit, admin.user), wrong);
    QVERIFY(r.loginAttempted);
    QVERIFY(!r.loggedIn);
    QVERIFY(!r.cancelled);
    QVERIFY(!r.serverSettings);
    QVERIFY(!r.accountsWithoutTls);
    QVERIFY(!r.plainSessions);
    const AuditFinding *login = r.finding(u"login");
    QVERIFY(login);
    QCOMPARE(login->severity, AuditSeverity::Failure);
    // ConnectionExplainer's words for error 1045, with the next steps.
    QVERIFY2(login->summary.contains(QLatin1String("refused the login")),
             qPrintable(login->summary));
    QVERIFY2(login->summary.contains(admin.user), qPrintable(login->summary));
    QVERIFY2(login->action.contains(QLatin1String("password")), qPrintable(login->action));
    QCOMPARE(r.severity(), AuditSeverity::Failure);
    QVERIFY(!r.finding(u"server-tls-settings"));
    noPasswordIn(r, wrong);
}

void tst_AuditLogin::untrustedServerIsALoginFailure()
{
    const auto admin = m_audit.credentials(Account::Admin);
    Profile p = profile(m_audit, admin.user);
    p.caFile = m_audit.path(Pki::OtherCaCert);
    const AuditResult r = audit(p, admin.password);
    QVERIFY(!r.loggedIn);
    QVERIFY(!r.serverSettings);
    const AuditFinding *login = r.finding(u"login");
    QVERIFY(login);
    QCOMPARE(login->severity, AuditSeverity::Failure);
    // The explainer's words: the chain, and that the password was never sent.
    QVERIFY2(login->summary.contains(QLatin1String("does not lead to the CA you chose")),
             qPrintable(login->summary));
    QVERIFY2(login->summary.contains(QLatin1String("before sending your password")),
             qPrintable(login->summary));
    noPasswordIn(r, admin.password);
}

void tst_AuditLogin::unverifiedProfileNeverConnects_data()
{
    QTest::addColumn<SslMode>("mode");
    QTest::newRow("required") << SslMode::Required;
    QTest::newRow("preferred") << SslMode::Preferred;
    QTest::newRow("disabled") << SslMode::Disabled;
}

void tst_AuditLogin::unverifiedProfileNeverConnects()
{
    QFETCH(SslMode, mode);
    const auto admin = m_audit.credentials(Account::Admin);
    Profile p = profile(m_audit, admin.user);
    p.sslMode = mode;
    const qlonglong connections = globalStatus(QStringLiteral("Connections"));
    const qlonglong aborted = globalStatus(QStringLiteral("Aborted_connects"));
    QVERIFY(connections > 0);

    const AuditResult r = audit(p, admin.password);
    QVERIFY(!r.loginAttempted);
    QVERIFY(!r.loggedIn);
    const AuditFinding *login = r.finding(u"login");
    QVERIFY(login);
    QCOMPARE(login->severity, AuditSeverity::Notice);
    QVERIFY(!login->action.isEmpty());
    QCOMPARE(r.findings.size(), 1);
    QVERIFY(!r.serverSettings);

    // The server saw no connection at all (nothing else connects to the audit's server).
    QCOMPARE(globalStatus(QStringLiteral("Connections")), connections);
    QCOMPARE(globalStatus(QStringLiteral("Aborted_connects")), aborted);
}

void tst_AuditLogin::serverCertificateExpiry()
{
    const auto admin = m_audit.credentials(Account::Admin);
    const CertificateLoadResult loaded = CertificateLoader::loadFile(m_audit.tlsServerCert());
    QVERIFY(!loaded.certificates.isEmpty());
    const QDateTime notAfter = loaded.certificates.first().notAfter;

    AuditOptions options;
    options.warnDays = 30;
    options.nowUtc = notAfter.addDays(-10);
    const AuditResult soon = audit(profile(m_audit, admin.user), admin.password, options);
    const AuditFinding *settings = soon.finding(u"server-tls-settings");
    QVERIFY(settings);
    QCOMPARE(settings->severity, AuditSeverity::Warning);
    QVERIFY2(settings->summary.contains(QLatin1String("expires")), qPrintable(settings->summary));
    QVERIFY2(settings->summary.contains(QLatin1String("10 day")), qPrintable(settings->summary));

    options.nowUtc = notAfter.addDays(2);
    const AuditResult expired = audit(profile(m_audit, admin.user), admin.password, options);
    settings = expired.finding(u"server-tls-settings");
    QVERIFY(settings);
    QCOMPARE(settings->severity, AuditSeverity::Failure);
    QVERIFY2(settings->summary.contains(QLatin1String("expired")), qPrintable(settings->summary));

    options.nowUtc = notAfter.addDays(-40);
    const AuditResult later = audit(profile(m_audit, admin.user), admin.password, options);
    settings = later.finding(u"server-tls-settings");
    QVERIFY(settings);
    QVERIFY2(!settings->summary.contains(QLatin1String("certificate expire")),
             qPrintable(settings->summary));
}

void tst_AuditLogin::cancelBeforeRunConnectsNowhere()
{
    const auto admin = m_audit.credentials(Account::Admin);
    const Profile p = profile(m_audit, admin.user);
    const qlonglong connections = globalStatus(QStringLiteral("Connections"));
    AuditResult r;
    AuditLogin login(p);
    login.cancel();
    login.run(ConnectionSecrets(admin.password), {}, r);
    QVERIFY(r.cancelled);
    QVERIFY(!r.loggedIn);
    QCOMPARE(globalStatus(QStringLiteral("Connections")), connections);
}

void tst_AuditLogin::cancelEndsAStalledLogin()
{
    // A server that accepts the connection and never greets: only the timeout (a minute here)
    // or cancel() ends the login.
    QTcpServer stalled;
    QVERIFY(stalled.listen(QHostAddress::LocalHost));
    Profile p = profile(m_audit, QStringLiteral("nobody"));
    p.port = stalled.serverPort();
    p.connectTimeoutSeconds = 60;

    AuditResult r;
    AuditLogin login(p);
    std::thread worker([&] { login.run(ConnectionSecrets(QStringLiteral("secret")), {}, r); });
    auto join = qScopeGuard([&] {
        login.cancel();
        worker.join();
    });
    QVERIFY(stalled.waitForNewConnection(30000));
    std::unique_ptr<QTcpSocket> held(stalled.nextPendingConnection());
    QVERIFY(held);
    login.cancel();
    worker.join();
    join.dismiss();

    QVERIFY(r.cancelled);
    QVERIFY(!r.loggedIn);
    // Ended by the cancel, not by the timeout: no failure was recorded.
    const AuditFinding *failure = r.finding(u"login");
    QVERIFY2(!failure || failure->severity != AuditSeverity::Failure,
             failure ? qPrintable(failure->summary) : "");
    // And nothing of the login reached the stalled server.
    QCOMPARE(held->bytesAvailable(), qint64(0));
}

void tst_AuditLogin::cancelEndsAStalledRead()
{
    // The grant table the audit reads is locked: its read waits (a minute here) until cancel().
    const auto admin = m_audit.credentials(Account::Admin);
    Profile p = profile(m_audit, admin.user);
    p.connectTimeoutSeconds = 60;
    QVERIFY(root(QStringLiteral("LOCK TABLES mysql.global_priv WRITE")));
    auto unlock = qScopeGuard([&] { root(QStringLiteral("UNLOCK TABLES")); });

    AuditResult r;
    AuditLogin login(p);
    std::thread worker([&] { login.run(ConnectionSecrets(admin.password), {}, r); });
    auto join = qScopeGuard([&] {
        login.cancel();
        worker.join();
    });
    const QString waiting = QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                                           "WHERE USER = '%1' AND INFO LIKE '%%global_priv%%'")
                                    .arg(admin.user);
    QTRY_COMPARE_WITH_TIMEOUT(m_root->queryValue(waiting).toInt(), 1, 30000);
    login.cancel();
    worker.join();
    join.dismiss();

    QVERIFY(r.cancelled);
    QVERIFY(r.loggedIn);
    QVERIFY(!r.accountsWithoutTls);
    QVERIFY(!r.finding(u"accounts-without-tls"));
    QVERIFY(!r.finding(u"sessions-without-tls"));
}

QTEST_GUILESS_MAIN(tst_AuditLogin)
#include "tst_auditlogin.moc"
