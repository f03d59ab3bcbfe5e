// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The account helper against the real MariaDB test server: the statements it writes are run
// through an admin profile and the secure gateway, read back from mysql.global_priv, and proved
// by logging in as the account with and without TLS and with and without a client certificate.
// Hostile names and values go through generation and execution, and the grant tables must show
// that exactly the intended account changed.
#include "FakeMysqlServer.h"
#include "TestServers.h"
#include "accounts/AccountRequirementRunner.h"
#include "accounts/ClientCertificateSubject.h"
#include "mysql/ConnectionTester.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using Server = TestServers::Server;
using Account = TestServers::Account;
using Pki = TestServers::Pki;
using Type = AccountRequirement::Type;
using Kind = LoginAttempt::Kind;

Q_DECLARE_METATYPE(Type)

class tst_AccountRequirements : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void inspection();
    void requirementTakesEffect_data();
    void requirementTakesEffect();
    void certificateFromOtherCaRefused();
    void subjectFromCertificateIsWhatTheServerCompares();
    void existingAccountIsAlteredAndRevoked();
    void distinguishedNamesReadBackExactly();
    void changedSessionRunsNothing();
    void hostileNamesAndValues_data();
    void hostileNamesAndValues();
    void printedStatementsCreateNoAccount_data();
    void printedStatementsCreateNoAccount();
    void noAccountWithoutPassword();
    void socketAuthenticationChosenExplicitly();
    void unsafeCharacterSetRunsNothing_data();
    void unsafeCharacterSetRunsNothing();
    void loginPlan_data();
    void loginPlan();
    void noLoginWithoutTlsUnlessAsked();
    void grantNeverCreatesTheAccount();
    void adminSessionNeedsAVerifiableProfile_data();
    void adminSessionNeedsAVerifiableProfile();

private:
    Profile adminProfile() const;
    AccountRequirementRunner::Admin admin() const;
    // Every row of the grant tables, as text; compared before and after.
    QStringList grantTables() const;
    void dropAccount(const QString &user, const QString &host) const;
    bool accountExists(const QString &user, const QString &host) const;
    ConnectionReport login(const QString &user, const QString &password, SslMode mode,
                           Pki cert = Pki::CaCert, Pki key = Pki::CaKey) const;

    TestServers m_servers;
};

void tst_AccountRequirements::initTestCase()
{
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
}

Profile tst_AccountRequirements::adminProfile() const
{
    Profile p = Profile::create();
    p.name = QStringLiteral("admin");
    p.host = m_servers.host();
    p.port = quint16(m_servers.tlsPort());
    p.user = m_servers.credentials(Account::Admin).user;
    p.sslMode = SslMode::VerifyIdentity;
    p.caFile = m_servers.path(Pki::CaCert);
    p.connectTimeoutSeconds = 5;
    return p;
}

AccountRequirementRunner::Admin tst_AccountRequirements::admin() const
{
    return {adminProfile(), m_servers.credentials(Account::Admin).password, {}, {}, {}};
}

QStringList tst_AccountRequirements::grantTables() const
{
    const auto root = m_servers.openAsRoot(Server::Tls);
    if (!root.isOpen())
        return {QStringLiteral("root login failed: ") + root.lastError().text()};
    QStringList rows;
    QSqlQuery q(root.database());
    for (const char *sql : {"SELECT 'global_priv', User, Host, Priv FROM mysql.global_priv",
                            "SELECT 'db', User, Host, Db, Select_priv, Insert_priv FROM mysql.db",
                            "SELECT 'tables_priv', User, Host, Db, Table_name, Table_priv "
                            "FROM mysql.tables_priv",
                            "SELECT 'roles', User, Host, Role FROM mysql.roles_mapping"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return {q.lastError().text()};
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
    }
    rows.sort();
    return rows;
}

void tst_AccountRequirements::dropAccount(const QString &user, const QString &host) const
{
    const auto root = m_servers.openAsRoot(Server::Tls);
    QVERIFY(root.isOpen());
    QSqlQuery q(root.database());
    QVERIFY2(q.exec(QStringLiteral("DROP USER IF EXISTS ")
                    + AccountStatementBuilder::accountName(user, host)),
             qPrintable(q.lastError().text()));
}

bool tst_AccountRequirements::accountExists(const QString &user, const QString &host) const
{
    const auto root = m_servers.openAsRoot(Server::Tls);
    QSqlQuery q(root.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM mysql.global_priv WHERE User = ? AND Host = ?"));
    q.addBindValue(user);
    q.addBindValue(host);
    // An unreadable table counts as "exists": the tests that use this expect it not to.
    return !q.exec() || !q.next() || q.value(0).toInt() != 0;
}

ConnectionReport tst_AccountRequirements::login(const QString &user, const QString &password,
                                                SslMode mode, Pki cert, Pki key) const
{
    ConnectionTester::Request r;
    r.profile = adminProfile();
    r.profile.user = user;
    r.profile.sslMode = mode;
    if (cert != Pki::CaCert) {
        r.profile.clientCertificate = m_servers.path(cert);
        r.profile.clientKey = m_servers.path(key);
    }
    r.password = password;
    return ConnectionTester::run(r);
}

void tst_AccountRequirements::inspection()
{
    const ServerInspection i = AccountRequirementRunner::inspectBlocking(admin());
    QVERIFY2(i.ok(), qPrintable(i.error));
    QVERIFY(i.facts->dialect && i.facts->dialect->isMariaDb());
    QVERIFY(i.facts->dialect->hasGlobalPriv());
    QVERIFY(i.facts->tlsVersion.startsWith(QLatin1String("TLSv1.")));
    QCOMPARE(i.facts->backslash, SqlQuoting::Backslash::IsEscape);
    const AccountName expected {m_servers.credentials(Account::RequireX509).user,
                                QStringLiteral("%")};
    QVERIFY(i.accounts.contains(expected));

    AccountRequirementRunner::Admin wrong = admin();
    wrong.password = QStringLiteral("not the password");
    const ServerInspection refused = AccountRequirementRunner::inspectBlocking(wrong);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(QLatin1String("1045"))
                     || refused.error.contains(QLatin1String("Access denied")),
             qPrintable(refused.error));
}

void tst_AccountRequirements::requirementTakesEffect_data()
{
    QTest::addColumn<Type>("type");
    QTest::addColumn<bool>("legacy");
    // Expected login outcomes: without TLS, TLS without a certificate, TLS with the client cert.
    QTest::addColumn<QList<bool>>("logins");
    QTest::newRow("none") << Type::None << false << QList<bool> {true, true};
    QTest::newRow("ssl") << Type::Ssl << false << QList<bool> {false, true};
    QTest::newRow("x509") << Type::X509 << false << QList<bool> {false, false, true};
    QTest::newRow("issuer and subject")
            << Type::Specified << false << QList<bool> {false, false, true};
    QTest::newRow("legacy GRANT ... REQUIRE SSL") << Type::Ssl << true << QList<bool> {false, true};
}

void tst_AccountRequirements::requirementTakesEffect()
{
    QFETCH(Type, type);
    QFETCH(bool, legacy);
    QFETCH(QList<bool>, logins);

    const QString user = QStringLiteral("acct_")
            + QString::fromLatin1(QTest::currentDataTag())
                      .left(20)
                      .replace(QLatin1Char(' '), QLatin1Char('_'));
    const QString password = QStringLiteral("pw-'\\\"-") + user;
    dropAccount(user, QStringLiteral("%"));

    AccountRequirementRunner::Request r;
    r.admin = admin();
    r.change.user = user;
    r.change.password = password;
    r.change.requirement.type = type;
    if (type == Type::Specified) {
        const ClientCertificateSubject names
                = ClientCertificateSubject::fromFile(m_servers.path(Pki::ClientCert));
        QVERIFY(names.ok);
        r.change.requirement.subject = names.subject;
        r.change.requirement.issuer = names.issuer;
    }
    r.change.grant.database = m_servers.testDatabase();
    r.change.grant.privileges = PrivilegeGrant::readOnlySet();
    r.change.legacyGrantRequire = legacy;
    r.change.flushPrivileges = legacy;
    r.proveByLogin = true;
    r.proveWithoutTls = true; // 127.0.0.1: loopback, no confirmation needed
    r.accountPassword = password;
    r.clientCertificate = m_servers.path(Pki::ClientCert);
    r.clientKey = m_servers.path(Pki::ClientKey);

    QList<int> seen;
    const AccountRunReport report = AccountRequirementRunner::runBlocking(
            r, [&seen](const StatementResult &s) { seen << s.index; });
    QVERIFY2(report.statementsOk(), qPrintable(report.toText()));
    QCOMPARE(seen.size(), report.script.statements.size());
    QCOMPARE(report.script.statements.last().purpose,
             legacy ? AccountStatement::Purpose::Flush : AccountStatement::Purpose::Grant);
    QVERIFY2(report.requirementMatches, qPrintable(report.toText()));
    QCOMPARE(report.readBack.source, QStringLiteral("mysql.global_priv"));
    // The server's own statement reads back as exactly the requirement that was written, the
    // same as the grant tables say.
    const std::optional<AccountRequirement> stated = AccountRequirement::fromShowCreateUser(
            report.readBack.showCreateUser, ServerDialect(ServerDialect::Kind::MariaDb));
    QVERIFY2(stated && *stated == r.change.requirement, qPrintable(report.readBack.showCreateUser));
    QVERIFY(*stated == report.readBack.requirement);
    QVERIFY(!report.readBack.showCreateUser.contains(QLatin1String("*")));

    QCOMPARE(report.logins.size(), logins.size());
    for (int i = 0; i < logins.size(); ++i) {
        const LoginAttempt &a = report.logins.at(i);
        QVERIFY2(a.succeeded == logins.at(i),
                 qPrintable(LoginAttempt::kindText(a.kind) + QLatin1String(": ") + a.error));
        // Refusals by REQUIRE look like a wrong password: 1045. The TLS login that worked
        // proves the password was right.
        if (!a.succeeded)
            QCOMPARE(a.errorCode, 1045);
        if (a.succeeded && a.kind != Kind::WithoutTls)
            QVERIFY(a.tlsVersion.startsWith(QLatin1String("TLSv1.")));
    }
    QVERIFY2(report.ok(), qPrintable(report.toText()));

    // The grant went to exactly the test database.
    const auto root = m_servers.openAsRoot(Server::Tls);
    QSqlQuery q(root.database());
    QVERIFY(q.prepare(QStringLiteral("SELECT Db, Select_priv, Insert_priv FROM mysql.db "
                                     "WHERE User = ? AND Host = '%'")));
    q.addBindValue(user);
    QVERIFY(q.exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("Y"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("N"));
    QVERIFY(!q.next());
    dropAccount(user, QStringLiteral("%"));
}

void tst_AccountRequirements::certificateFromOtherCaRefused()
{
    const QString user = QStringLiteral("acct_othercert");
    const QString password = QStringLiteral("othercert-pw");
    dropAccount(user, QStringLiteral("%"));
    AccountRequirementRunner::Request r;
    r.admin = admin();
    r.change.user = user;
    r.change.password = password;
    r.change.requirement.type = Type::Specified;
    r.change.requirement.subject = m_servers.clientSubject();
    const AccountRunReport report = AccountRequirementRunner::runBlocking(r);
    QVERIFY2(report.statementsOk() && report.requirementMatches, qPrintable(report.toText()));

    QCOMPARE(
            login(user, password, SslMode::VerifyIdentity, Pki::ClientCert, Pki::ClientKey).verdict,
            ConnectionReport::Verdict::SecureVerified);
    // Same subject, unknown CA: the server ends the handshake.
    QCOMPARE(login(user, password, SslMode::VerifyIdentity, Pki::ClientOtherCaCert,
                   Pki::ClientOtherCaKey)
                     .verdict,
             ConnectionReport::Verdict::Failed);
    // Trusted CA, other subject: access denied.
    const ConnectionReport other
            = login(user, password, SslMode::VerifyIdentity, Pki::ClientEcCert, Pki::ClientEcKey);
    QCOMPARE(other.verdict, ConnectionReport::Verdict::Failed);
    QCOMPARE(other.loginErrorCode, 1045);
    dropAccount(user, QStringLiteral("%"));
}

void tst_AccountRequirements::subjectFromCertificateIsWhatTheServerCompares()
{
    ClientCertificateSubject names
            = ClientCertificateSubject::fromFile(m_servers.path(Pki::ClientCert));
    QVERIFY2(names.ok, qPrintable(names.error));
    QCOMPARE(names.subject, m_servers.clientSubject());
    QCOMPARE(names.issuer, m_servers.caSubject());
    names.checkAgainstCa(m_servers.path(Pki::CaCert));
    QVERIFY(names.caChecked);
    QVERIFY2(names.caAccepts, qPrintable(names.caVerdict));
    names.checkAgainstCa(m_servers.path(Pki::OtherCaCert));
    QVERIFY(names.caChecked);
    QVERIFY(!names.caAccepts);

    ClientCertificateSubject other
            = ClientCertificateSubject::fromFile(m_servers.path(Pki::ClientOtherCaCert));
    QCOMPARE(other.subject, m_servers.clientSubject());
    other.checkAgainstCa(m_servers.path(Pki::CaCert));
    QVERIFY(!other.caAccepts);

    const ClientCertificateSubject missing
            = ClientCertificateSubject::fromFile(m_servers.pkiDir() + QStringLiteral("/nope.pem"));
    QVERIFY(!missing.ok);
    QVERIFY(!missing.error.isEmpty());
}

void tst_AccountRequirements::existingAccountIsAlteredAndRevoked()
{
    const QString user = QStringLiteral("acct_existing");
    dropAccount(user, QStringLiteral("%"));
    {
        const auto root = m_servers.openAsRoot(Server::Tls);
        QSqlQuery q(root.database());
        QVERIFY(q.exec(QStringLiteral("CREATE USER `acct_existing`@`%` IDENTIFIED BY 'old' "
                                      "REQUIRE NONE")));
        QVERIFY(q.exec(QStringLiteral("GRANT ALL PRIVILEGES ON `other\\_db`.* TO "
                                      "`acct_existing`@`%`")));
    }
    AccountRequirementRunner::Request r;
    r.admin = admin();
    r.change.user = user;
    r.change.password = QStringLiteral("ignored for an existing account");
    r.change.requirement.type = Type::Ssl;
    r.change.revokeFirst = true;
    r.change.grant.database = m_servers.testDatabase();
    r.change.grant.privileges = PrivilegeGrant::readWriteSet();
    r.proveByLogin = true;
    r.accountPassword = QStringLiteral("old");
    const AccountRunReport report = AccountRequirementRunner::runBlocking(r);
    QVERIFY2(report.ok(), qPrintable(report.toText()));
    // CREATE USER IF NOT EXISTS left the existing account (and its password) alone, and said so.
    QVERIFY(report.results.first().warnings.join(QLatin1Char(' ')).contains(QLatin1String("1973")));

    const auto root = m_servers.openAsRoot(Server::Tls);
    QSqlQuery q(root.database());
    QVERIFY(q.exec(QStringLiteral("SELECT Db FROM mysql.db WHERE User = 'acct_existing'")));
    QStringList dbs;
    while (q.next())
        dbs << q.value(0).toString();
    // GRANT ... ON `db`.* escapes `_`: the grant is for exactly that database.
    QCOMPARE(dbs,
             QStringList {QString(m_servers.testDatabase())
                                  .replace(QLatin1String("_"), QLatin1String("\\_"))});
    dropAccount(user, QStringLiteral("%"));
}

void tst_AccountRequirements::distinguishedNamesReadBackExactly()
{
    // What OpenSSL's one-line form holds for UTF-8 names (\xC3\xA9, as ClientCertificateSubject
    // writes them), a quote, and a backslash at the very end: the grant tables and SHOW CREATE
    // USER both read back exactly the DN written.
    const QString user = QStringLiteral("acct_odd_dn");
    dropAccount(user, QStringLiteral("%"));
    AccountRequirementRunner::Request r;
    r.admin = admin();
    r.change.user = user;
    r.change.password = QStringLiteral("odd-dn-pw");
    r.change.requirement.type = Type::Specified;
    r.change.requirement.issuer
            = QStringLiteral("/O=O'Brien \\ Co/CN=Soci\\xC3\\xA9t\\xC3\\xA9 CA");
    r.change.requirement.subject = QStringLiteral("/O=Soci\u00e9t\u00e9/CN=it's\\");
    r.change.grant.database = m_servers.testDatabase();
    r.change.grant.privileges = PrivilegeGrant::readOnlySet();
    const AccountRunReport report = AccountRequirementRunner::runBlocking(r);
    QVERIFY2(report.statementsOk(), qPrintable(report.toText()));
    QVERIFY2(report.requirementMatches, qPrintable(report.toText()));
    QCOMPARE(report.readBack.requirement.issuer, r.change.requirement.issuer);
    QCOMPARE(report.readBack.requirement.subject, r.change.requirement.subject);
    QVERIFY(!report.readBack.showCreateUser.isEmpty());
    const std::optional<AccountRequirement> stated = AccountRequirement::fromShowCreateUser(
            report.readBack.showCreateUser, ServerDialect(ServerDialect::Kind::MariaDb));
    QVERIFY2(stated, qPrintable(report.readBack.showCreateUser));
    QCOMPARE(stated->issuer, r.change.requirement.issuer);
    QCOMPARE(stated->subject, r.change.requirement.subject);
    // Without knowing the server, both readings must agree; MySQL's unescaped one cannot.
    QVERIFY(!AccountRequirement::fromShowCreateUser(report.readBack.showCreateUser, std::nullopt));
    dropAccount(user, QStringLiteral("%"));
}

void tst_AccountRequirements::changedSessionRunsNothing()
{
    const QString user = QStringLiteral("acct_unconfirmed");
    dropAccount(user, QStringLiteral("%"));
    const QStringList before = grantTables();
    AccountRequirementRunner::Request r;
    r.admin = admin();
    r.change.user = user;
    r.change.password = QStringLiteral("unconfirmed-pw");
    r.change.requirement.type = Type::Specified;
    r.change.requirement.subject = QStringLiteral("/CN=back\\slash");
    // Confirmed as written for NO_BACKSLASH_ESCAPES; the session uses the default sql_mode.
    AdminServerFacts nbe;
    nbe.dialect = ServerDialect(ServerDialect::Kind::MariaDb);
    nbe.backslash = SqlQuoting::Backslash::IsLiteral;
    r.confirmedText = AccountRequirementRunner::scriptFor(r.change, nbe).text();
    const AccountRunReport report = AccountRequirementRunner::runBlocking(r);
    QVERIFY(report.results.isEmpty());
    QVERIFY(report.error.contains(QLatin1String("Nothing was run")));
    QCOMPARE(grantTables(), before);
}

namespace {

QString issuerFor(const QString &subject, bool noBackslashEscapes)
{
    // A quote and a backslash at the end in the default sql_mode; a backslash that stays
    // inside its string with NO_BACKSLASH_ESCAPES.
    return subject
            + (noBackslashEscapes ? QStringLiteral("/O=issuer'\\x")
                                  : QStringLiteral("/O=issuer'\\"));
}

} // namespace

void tst_AccountRequirements::hostileNamesAndValues_data()
{
    QTest::addColumn<bool>("noBackslashEscapes");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<bool>("accepted");

    struct Row
    {
        const char *tag;
        QString user;
        QString host;
        QString subject;
        QString password;
        QString database;
        bool accepted;
    };
    const QString pct = QStringLiteral("%");
    const QList<Row> rows {
            // The injection DESIGN.md records: it really created an account when concatenated.
            {"quote injection", QStringLiteral("x'@'%' REQUIRE NONE; CREATE USER 'evil'@'%"), pct,
             QStringLiteral("/CN=x"), QStringLiteral("p"), QStringLiteral("db"), true},
            {"backtick injection", QStringLiteral("x`@`%` REQUIRE NONE; CREATE USER `evil2"), pct,
             QStringLiteral("/CN=x"), QStringLiteral("p"), QStringLiteral("db"), true},
            {"backticks only", QStringLiteral("``"), pct, {}, {}, QStringLiteral("``"), true},
            {"backslashes", QStringLiteral("back\\slash\\"), pct, QStringLiteral("/CN=a\\'b\\"),
             QStringLiteral("pw\\'; DROP USER root; -- \\"), QStringLiteral("db\\x"), true},
            {"backslashes without quotes", QStringLiteral("back\\slash2"), pct,
             QStringLiteral("/CN=a\\b\\c"), QStringLiteral("pw\\'; DROP USER root; -- \\"),
             QStringLiteral("db\\y"), true},
            {"quote in subject", QStringLiteral("subj"), pct,
             QStringLiteral("/O=O'Brien/CN=' OR ''='"), QStringLiteral("'"), QStringLiteral("o'db"),
             true},
            {"wildcards",
             QStringLiteral("%_"),
             QStringLiteral("10.0.%"),
             {},
             {},
             QStringLiteral("my_db%"),
             true},
            {"semicolons and comments", QStringLiteral("a;b -- c # d /* e */ f"),
             QStringLiteral("h;#--/*"), QStringLiteral("/CN=x */; -- #"),
             QStringLiteral("/*!50000 x*/"), QStringLiteral("d;--#"), true},
            {"double quotes", QStringLiteral("say \"hi\""), pct, QStringLiteral("/CN=\"q\""),
             QStringLiteral("\""), QStringLiteral("\"db\""), true},
            {"unicode", QStringLiteral("jürgen-日本語-ü"), QStringLiteral("höst.example"),
             QStringLiteral("/CN=ünïcode"), QStringLiteral("pässwörd"), QStringLiteral("dä"), true},
            {"longest user", QString(128, QChar(0x00E9)), pct, {}, {}, QStringLiteral("db"), true},
            {"longest host",
             QStringLiteral("u_longhost"),
             QString(255, QLatin1Char('h')),
             {},
             {},
             QStringLiteral("db"),
             true},
            {"user too long",
             QString(129, QLatin1Char('u')),
             pct,
             {},
             {},
             QStringLiteral("db"),
             false},
            {"host too long",
             QStringLiteral("u"),
             QString(256, QLatin1Char('h')),
             {},
             {},
             QStringLiteral("db"),
             false},
            {"newline in user", QStringLiteral("a\nb"), pct, {}, {}, QStringLiteral("db"), false},
            {"newline in subject",
             QStringLiteral("nl"),
             pct,
             QStringLiteral("/CN=a\n' REQUIRE NONE; --"),
             {},
             QStringLiteral("db"),
             false},
            {"NUL in host",
             QStringLiteral("nul"),
             QStringLiteral("a") + QChar(0) + pct,
             {},
             {},
             QStringLiteral("db"),
             false},
            {"emoji", QStringLiteral("smile\U0001F600"), pct, {}, {}, QStringLiteral("db"), false},
            {"database too long",
             QStringLiteral("dblong"),
             pct,
             {},
             {},
             QString(65, QLatin1Char('d')),
             false},
    };
    for (bool nbe : {false, true}) {
        for (const Row &row : rows) {
            const QByteArray tag = QByteArray(row.tag)
                    + (nbe ? QByteArrayLiteral(", NO_BACKSLASH_ESCAPES")
                           : QByteArrayLiteral(", default sql_mode"));
            // Written for NO_BACKSLASH_ESCAPES, a backslash before a quote or at the end of a
            // value would end its string early when pasted into a default session: refused.
            const bool breaksOut = nbe
                    && (SqlQuoting::breaksOutWhereBackslashEscapes(row.subject)
                        || SqlQuoting::breaksOutWhereBackslashEscapes(issuerFor(row.subject, nbe)));
            QTest::newRow(tag.constData())
                    << nbe << row.user << row.host << row.subject << row.password << row.database
                    << (row.accepted && !breaksOut);
        }
    }
}

void tst_AccountRequirements::hostileNamesAndValues()
{
    QFETCH(bool, noBackslashEscapes);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(QString, subject);
    QFETCH(QString, password);
    QFETCH(QString, database);
    QFETCH(bool, accepted);

    if (accepted)
        dropAccount(user, host);
    const QStringList before = grantTables();
    QVERIFY(before.size() > 5);

    AccountChange change;
    change.user = user;
    change.host = host;
    // sslcm creates no account without a password.
    change.password = password.isEmpty() ? QStringLiteral("hostile-pw") : password;
    if (subject.isEmpty()) {
        change.requirement.type = Type::X509;
    } else {
        change.requirement.type = Type::Specified;
        change.requirement.subject = subject;
        change.requirement.issuer = issuerFor(subject, noBackslashEscapes);
        change.requirement.cipher = QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384");
    }
    change.grant.database = database;
    change.grant.privileges = PrivilegeGrant::readOnlySet();
    change.revokeFirst = true;

    {
        AdminSession::Opened opened = AdminSession::open(
                adminProfile(), ConnectionSecrets(m_servers.credentials(Account::Admin).password));
        QVERIFY2(opened.session, qPrintable(opened.error));
        AdminSession &session = *opened.session;
        if (noBackslashEscapes) {
            QSqlQuery q(session.database());
            QVERIFY(q.exec(QStringLiteral(
                    "SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',NO_BACKSLASH_ESCAPES')")));
        }
        const AdminSession::FactsResult facts = session.facts();
        QVERIFY(facts.facts);
        QCOMPARE(facts.facts->backslash,
                 noBackslashEscapes ? SqlQuoting::Backslash::IsLiteral
                                    : SqlQuoting::Backslash::IsEscape);
        const AccountScript script = AccountRequirementRunner::scriptFor(change, *facts.facts);
        QCOMPARE(script.ok(), accepted);
        if (!accepted) {
            QVERIFY(script.statements.isEmpty());
            QVERIFY(!script.problems.isEmpty());
            QCOMPARE(grantTables(), before);
            return;
        }
        const AdminSession::Execution execution = session.execute(script);
        QVERIFY2(execution.error.isEmpty(), qPrintable(execution.error));
        QCOMPARE(execution.results.size(), script.statements.size());
        for (const StatementResult &r : execution.results)
            QVERIFY2(r.status == StatementResult::Status::Done,
                     qPrintable(r.displaySql + QLatin1String(" -> ") + r.error));
        const AccountReadBack back = session.readBack(user, host, *facts.facts->dialect);
        QVERIFY2(back.ok && back.exists, qPrintable(back.error));
        QCOMPARE(back.requirement.type, change.requirement.type);
        QCOMPARE(back.requirement.subject, change.requirement.subject);
        QCOMPARE(back.requirement.issuer, change.requirement.issuer);
        QCOMPARE(back.requirement.cipher, change.requirement.cipher);
    }

    // Exactly one account appeared, with exactly one database grant, for exactly that database
    // (wildcards escaped); nothing else in the grant tables changed.
    const QStringList after = grantTables();
    QStringList added;
    for (const QString &row : after)
        if (!before.contains(row))
            added << row;
    QStringList removed;
    for (const QString &row : before)
        if (!after.contains(row))
            removed << row;
    QVERIFY2(removed.isEmpty(), qPrintable(removed.join(QLatin1Char('\n'))));
    QCOMPARE(added.size(), 2);
    added.sort();
    QString escapedDb;
    for (const QChar c : database) {
        if (c == QLatin1Char('_') || c == QLatin1Char('%') || c == QLatin1Char('\\'))
            escapedDb += QLatin1Char('\\');
        escapedDb += c;
    }
    QCOMPARE(added.at(0), QStringLiteral("db|%1|%2|%3|Y|N").arg(user, host.toLower(), escapedDb));
    QVERIFY2(added.at(1).startsWith(QStringLiteral("global_priv|%1|%2|").arg(user, host.toLower())),
             qPrintable(added.at(1)));

    // The password went in exactly as typed: the account logs in with it over TLS when it
    // needs no client certificate and its host matches this machine.
    if (host == QLatin1String("%")) {
        const auto root = m_servers.openAsRoot(Server::Tls);
        QSqlQuery q(root.database());
        QVERIFY(q.exec(QStringLiteral("ALTER USER ")
                       + AccountStatementBuilder::accountName(user, host)
                       + QStringLiteral(" REQUIRE SSL")));
        const ConnectionReport ok = login(user, change.password, SslMode::VerifyIdentity);
        QVERIFY2(ok.verdict == ConnectionReport::Verdict::SecureVerified,
                 qPrintable(ok.loginError));
        QCOMPARE(ok.currentUser, user + QLatin1Char('@') + host);
        QCOMPARE(login(user, change.password, SslMode::Disabled).loginErrorCode, 1045);
    }

    dropAccount(user, host);
    QCOMPARE(grantTables(), before);
}

void tst_AccountRequirements::printedStatementsCreateNoAccount_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<QString>("sqlMode");
    // The session the text is pasted into: the server's default, and one without
    // NO_AUTO_CREATE_USER, where a GRANT to a missing account creates it with an empty password.
    for (const char *mode : {"default", ""}) {
        const QString sqlMode = QString::fromLatin1(mode);
        const char *name = sqlMode.isEmpty() ? "sql_mode ''" : "default sql_mode";
        QTest::addRow("password given, %s", name) << QStringLiteral("given-pw") << false << sqlMode;
        QTest::addRow("no password, %s", name) << QString() << false << sqlMode;
        QTest::addRow("legacy form, %s", name) << QStringLiteral("given-pw") << true << sqlMode;
    }
}

void tst_AccountRequirements::printedStatementsCreateNoAccount()
{
    // What a user pastes into a client, statement by statement, carrying on after errors as an
    // interactive client does: no account appears, neither with the password *** nor with an
    // empty one, and the CREATE USER is refused as a syntax error.
    QFETCH(QString, password);
    QFETCH(bool, legacy);
    QFETCH(QString, sqlMode);
    const QString user = QStringLiteral("acct_pasted");
    dropAccount(user, QStringLiteral("%"));
    AccountChange change;
    change.user = user;
    change.password = password;
    change.legacyGrantRequire = legacy;
    change.grant.database = m_servers.testDatabase();
    change.grant.privileges = PrivilegeGrant::readOnlySet();
    const AccountScript script
            = AccountStatementBuilder::build(change, ServerDialect(ServerDialect::Kind::MariaDb));
    QVERIFY(script.ok());
    const QString printed = script.sqlFile(QStringLiteral("pasted"));
    QVERIFY(!printed.contains(QLatin1String("***")));

    const auto root = m_servers.openAsRoot(Server::Tls);
    QVERIFY(root.isOpen());
    if (sqlMode != QLatin1String("default")) {
        QSqlQuery set(root.database());
        QVERIFY(set.exec(QStringLiteral("SET SESSION sql_mode = '%1'").arg(sqlMode)));
    }
    QStringList errors;
    for (const QString &statement : printed.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
        QSqlQuery q(root.database());
        if (!q.exec(statement))
            errors << q.lastError().nativeErrorCode() + QLatin1Char(' ')
                            + q.lastError().databaseText();
    }
    QVERIFY2(!accountExists(user, QStringLiteral("%")), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY2(!errors.isEmpty() && errors.first().startsWith(QLatin1String("1064 ")),
             qPrintable(errors.join(QLatin1Char('\n'))));

    // Replacing the placeholder as the comment says makes it work.
    QString replaced = printed;
    replaced.replace(AccountStatementBuilder::passwordPlaceholder(),
                     QStringLiteral("'typed-by-hand'"));
    for (const QString &statement : replaced.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
        QSqlQuery q(root.database());
        QVERIFY2(q.exec(statement), qPrintable(statement + q.lastError().text()));
    }
    QCOMPARE(login(user, QStringLiteral("typed-by-hand"), SslMode::VerifyIdentity).verdict,
             ConnectionReport::Verdict::SecureVerified);
    dropAccount(user, QStringLiteral("%"));
}

void tst_AccountRequirements::noAccountWithoutPassword()
{
    // Run by sslcm itself: without a password for the new account nothing is run at all.
    const QString user = QStringLiteral("acct_nopassword");
    dropAccount(user, QStringLiteral("%"));
    const QStringList before = grantTables();
    AccountRequirementRunner::Request r;
    r.admin = admin();
    r.change.user = user;
    r.change.requirement.type = Type::Ssl;
    const AccountRunReport report = AccountRequirementRunner::runBlocking(r);
    QVERIFY(report.results.isEmpty());
    QVERIFY2(report.error.contains(QLatin1String("never creates an account without a password")),
             qPrintable(report.error));
    QVERIFY(!report.ok());
    QCOMPARE(grantTables(), before);

    // Nor when the statements reach the session some other way.
    AdminSession::Opened opened = AdminSession::open(
            adminProfile(), ConnectionSecrets(m_servers.credentials(Account::Admin).password));
    QVERIFY2(opened.session, qPrintable(opened.error));
    const AdminSession::Execution execution = opened.session->execute(
            AccountStatementBuilder::build(r.change, ServerDialect(ServerDialect::Kind::MariaDb)));
    QVERIFY(execution.results.isEmpty());
    QVERIFY(!execution.error.isEmpty());
    QCOMPARE(grantTables(), before);
}

void tst_AccountRequirements::socketAuthenticationChosenExplicitly()
{
    const QString user = QStringLiteral("acct_socket");
    dropAccount(user, QStringLiteral("localhost"));
    AccountRequirementRunner::Request r;
    r.admin = admin();
    r.change.user = user;
    r.change.host = QStringLiteral("localhost");
    r.change.requirement.type = Type::None;
    r.change.authentication = AccountChange::Authentication::Socket;
    const AccountRunReport report = AccountRequirementRunner::runBlocking(r);
    QVERIFY2(report.statementsOk() && report.requirementMatches, qPrintable(report.toText()));
    const auto root = m_servers.openAsRoot(Server::Tls);
    QSqlQuery q(root.database());
    QVERIFY(q.exec(QStringLiteral("SELECT JSON_VALUE(Priv, '$.plugin'), "
                                  "JSON_VALUE(Priv, '$.authentication_string') "
                                  "FROM mysql.global_priv WHERE User = 'acct_socket'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("unix_socket"));
    QCOMPARE(q.value(1).toString(), QString());
    dropAccount(user, QStringLiteral("localhost"));
}

void tst_AccountRequirements::unsafeCharacterSetRunsNothing_data()
{
    QTest::addColumn<QString>("characterSet");
    for (const char *name : {"big5", "cp932", "gbk", "sjis"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_AccountRequirements::unsafeCharacterSetRunsNothing()
{
    QFETCH(QString, characterSet);
    const QString user = QStringLiteral("acct_charset");
    dropAccount(user, QStringLiteral("%"));
    const QStringList before = grantTables();
    AdminSession::Opened opened = AdminSession::open(
            adminProfile(), ConnectionSecrets(m_servers.credentials(Account::Admin).password));
    QVERIFY2(opened.session, qPrintable(opened.error));
    AdminSession &session = *opened.session;
    {
        QSqlQuery q(session.database());
        QVERIFY2(q.exec(QStringLiteral("SET NAMES ") + characterSet),
                 qPrintable(q.lastError().text()));
    }
    const AdminSession::FactsResult facts = session.facts();
    QVERIFY(facts.facts);
    QCOMPARE(facts.facts->characterSetClient, characterSet);

    AccountChange change;
    change.user = user;
    change.password = QStringLiteral("charset-pw");
    const AccountScript script = AccountRequirementRunner::scriptFor(change, *facts.facts);
    QVERIFY(script.canRun());
    const AdminSession::Execution execution = session.execute(script);
    QVERIFY(execution.results.isEmpty());
    QVERIFY2(execution.error.contains(QStringLiteral("character_set_client is ") + characterSet),
             qPrintable(execution.error));
    QVERIFY(execution.error.contains(QLatin1String("utf8mb4")));
    const AccountReadBack back = session.readBack(user, QStringLiteral("%"),
                                                  ServerDialect(ServerDialect::Kind::MariaDb));
    QVERIFY(!back.ok);
    QVERIFY(back.error.contains(characterSet));
    QCOMPARE(grantTables(), before);

    // The same session with utf8mb4 runs them.
    {
        QSqlQuery q(session.database());
        QVERIFY(q.exec(QStringLiteral("SET NAMES utf8mb4")));
    }
    const AdminSession::Execution ok = session.execute(script);
    QVERIFY2(ok.error.isEmpty(), qPrintable(ok.error));
    QVERIFY(accountExists(user, QStringLiteral("%")));
    dropAccount(user, QStringLiteral("%"));
}

void tst_AccountRequirements::loginPlan_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("withoutTls");
    QTest::addColumn<bool>("confirmed");
    QTest::addColumn<bool>("plaintextLogin");
    QTest::newRow("not asked, loopback") << "127.0.0.1" << false << false << false;
    QTest::newRow("not asked, confirmed") << "db.example.com" << false << true << false;
    QTest::newRow("asked, 127.0.0.1") << "127.0.0.1" << true << false << true;
    QTest::newRow("asked, 127.0.0.2") << "127.0.0.2" << true << false << true;
    QTest::newRow("asked, localhost") << "localhost" << true << false << true;
    QTest::newRow("asked, ::1") << "::1" << true << false << true;
    QTest::newRow("asked, [::1]") << "[::1]" << true << false << true;
    QTest::newRow("asked, remote name") << "db.example.com" << true << false << false;
    QTest::newRow("asked, remote address") << "10.0.0.5" << true << false << false;
    QTest::newRow("asked, name that starts like loopback")
            << "127.0.0.1.example.com" << true << false << false;
    QTest::newRow("asked and confirmed, remote") << "db.example.com" << true << true << true;
}

void tst_AccountRequirements::loginPlan()
{
    QFETCH(QString, host);
    QFETCH(bool, withoutTls);
    QFETCH(bool, confirmed);
    QFETCH(bool, plaintextLogin);
    AccountRequirementRunner::Request r;
    r.admin.profile.host = host;
    r.change.requirement.type = Type::X509;
    r.clientCertificate = QStringLiteral("/client.pem");
    r.proveWithoutTls = withoutTls;
    r.plaintextProofConfirmed = confirmed;
    QList<Kind> expected;
    if (plaintextLogin)
        expected << Kind::WithoutTls;
    expected << Kind::TlsWithoutCertificate << Kind::TlsWithCertificate;
    QCOMPARE(AccountRequirementRunner::loginPlan(r), expected);
}

void tst_AccountRequirements::noLoginWithoutTlsUnlessAsked()
{
    // The proof by login used to start with a login without TLS: the account's name and its
    // challenge response crossed the network in plaintext. Now every login the proof makes
    // goes inside TLS unless the login without TLS was asked for.
    FakeMysqlServer::Script script;
    script.user = QStringLiteral("acct_fake");
    script.password = QStringLiteral("fake-account-pw");
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    AccountRequirementRunner::Request r;
    r.admin.profile = adminProfile();
    r.admin.profile.port = fake.port();
    r.admin.profile.sslMode = SslMode::VerifyCa;
    r.admin.profile.caFile = FakeMysqlServer::identity().certificateFile;
    r.change.user = script.user;
    r.change.requirement.type = Type::Ssl;
    r.proveByLogin = true;
    r.accountPassword = script.password;

    const QList<LoginAttempt> attempts = AccountRequirementRunner::proveByLogin(r);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().kind, Kind::TlsWithoutCertificate);
    QVERIFY(fake.connectionCount() >= 1);
    for (int i = 0; i < fake.connectionCount(); ++i) {
        QTRY_VERIFY(fake.capture(i).closed);
        const FakeMysqlServer::Capture c = fake.capture(i);
        QVERIFY2(!c.sslRequest.isEmpty(), "a connection without an SSLRequest");
        for (const FakeMysqlServer::Packet &p : c.packets)
            QVERIFY2(p.insideTls || p.payload == c.sslRequest, "a packet outside TLS");
        QVERIFY(!c.received.contains(script.user.toUtf8()));
    }

    // Asked for, on loopback: the one login without TLS is made, first.
    r.proveWithoutTls = true;
    const int before = fake.connectionCount();
    const QList<LoginAttempt> asked = AccountRequirementRunner::proveByLogin(r);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.first().kind, Kind::WithoutTls);
    QVERIFY(fake.connectionCount() > before);
    QTRY_VERIFY(fake.capture(before).closed);
    QVERIFY(fake.capture(before).sslRequest.isEmpty());
    QVERIFY(fake.capture(before).received.contains(script.user.toUtf8()));
}

QTEST_GUILESS_MAIN(tst_AccountRequirements)
void tst_AccountRequirements::grantNeverCreatesTheAccount()
{
    // Run by sslcm without creating (the account is expected to exist, but does not) on a server
    // whose sql_mode lacks NO_AUTO_CREATE_USER: the GRANT must fail instead of creating the
    // account with an empty password (a review reproduced exactly that).
    const QString user = QStringLiteral("acct_ghost");
    dropAccount(user, QStringLiteral("%"));
    const auto root = m_servers.openAsRoot(Server::Tls);
    QVERIFY(root.isOpen());
    QSqlQuery q(root.database());
    QVERIFY(q.exec(QStringLiteral("SELECT @@GLOBAL.sql_mode")) && q.next());
    const QString globalMode = q.value(0).toString();
    QVERIFY(q.exec(QStringLiteral("SET GLOBAL sql_mode = ''")));
    AccountRequirementRunner::Request r;
    r.admin = admin();
    r.change.user = user;
    r.change.createIfMissing = false;
    r.change.requirement.type = Type::Ssl;
    r.change.grant.database = m_servers.testDatabase();
    r.change.grant.privileges = PrivilegeGrant::readOnlySet();
    AccountRunReport reports[2];
    for (bool legacy : {false, true}) {
        r.change.legacyGrantRequire = legacy;
        reports[legacy] = AccountRequirementRunner::runBlocking(r);
    }
    QVERIFY(q.exec(QStringLiteral("SET GLOBAL sql_mode = '%1'").arg(globalMode)));
    for (const AccountRunReport &report : reports) {
        QVERIFY(!report.ok());
        QVERIFY2(report.facts && report.facts->sqlMode.isEmpty(),
                 "the admin session did not run without NO_AUTO_CREATE_USER");
    }
    QVERIFY(!accountExists(user, QStringLiteral("%")));
}

void tst_AccountRequirements::adminSessionNeedsAVerifiableProfile_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("dropCa");
    QTest::addColumn<QString>("message");
    QTest::newRow("ambiguous address") << "127.1" << false << "Write 127.0.0.1";
    QTest::newRow("verify-ca without a CA") << "127.0.0.1" << true << "needs the CA certificate";
}

void tst_AccountRequirements::adminSessionNeedsAVerifiableProfile()
{
    // The administrator's password goes nowhere a profile cannot verify: the session is refused
    // before anything is connected to, with the profile's own reason.
    QFETCH(QString, host);
    QFETCH(bool, dropCa);
    QFETCH(QString, message);
    FakeMysqlServer fake {FakeMysqlServer::Script()};
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    Profile p = adminProfile();
    p.host = host;
    p.port = fake.port();
    if (dropCa) {
        p.sslMode = SslMode::VerifyCa;
        p.caFile.clear();
    }
    const AdminSession::Opened opened = AdminSession::open(
            p, ConnectionSecrets(m_servers.credentials(Account::Admin).password));
    QVERIFY(!opened.session);
    QVERIFY2(opened.error.contains(message), qPrintable(opened.error));
    QCOMPARE(fake.connectionCount(), 0);
}

#include "tst_accountrequirements.moc"
