// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Account statements per dialect, checked against the grammar facts in shared/DESIGN.md
// ("Accounts and REQUIRE"); the MariaDB ones also run on a real server in
// tests/integration/tst_accountrequirements.cpp.
#include "accounts/AccountStatementBuilder.h"
#include "interop/ShellWords.h"

#include <QTest>

using Kind = ServerDialect::Kind;
using Backslash = SqlQuoting::Backslash;
using Type = AccountRequirement::Type;

Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(Backslash)
Q_DECLARE_METATYPE(Type)

class tst_AccountStatementBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dialectFromVersion_data();
    void dialectFromVersion();
    void dialectFromKey();
    void identifierQuoting_data();
    void identifierQuoting();
    void stringLiterals_data();
    void stringLiterals();
    void backslashMode_data();
    void backslashMode();
    void statementsPerDialect_data();
    void statementsPerDialect();
    void legacyGrantRequire_data();
    void legacyGrantRequire();
    void rejectedInput_data();
    void rejectedInput();
    void lengthLimits_data();
    void lengthLimits();
    void scopes_data();
    void scopes();
    void privilegeLists_data();
    void privilegeLists();
    void printedStatementsHoldNoPassword_data();
    void printedStatementsHoldNoPassword();
    void socketAuthenticationNeedsNoPassword_data();
    void socketAuthenticationNeedsNoPassword();
    void noBackslashEscapesValuesStayInTheirString_data();
    void noBackslashEscapesValuesStayInTheirString();
    void unsafeClientCharacterSets();
    void notes();
    void commandLine();
};

namespace {

// The statements as printed, without the comment lines above them.
QString statementsOnly(const AccountScript &s)
{
    QString all;
    for (const AccountStatement &st : s.statements)
        all += st.displaySql + QStringLiteral(";\n");
    return all;
}

// Where a string literal that starts at `from` (a quote) ends when the session reads it with
// backslash escapes (the default sql_mode): the index just behind its closing quote, or -1.
int literalEndWithBackslashEscapes(const QString &sql, int from)
{
    for (int i = from + 1; i < sql.size(); ++i) {
        if (sql.at(i) == QLatin1Char('\\')) {
            ++i;
        } else if (sql.at(i) == QLatin1Char('\'')) {
            if (i + 1 < sql.size() && sql.at(i + 1) == QLatin1Char('\''))
                ++i;
            else
                return i + 1;
        }
    }
    return -1;
}

} // namespace

void tst_AccountStatementBuilder::dialectFromVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("known");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("globalPriv");
    QTest::newRow("mysql 5.7") << "5.7.44-log" << true << Kind::MySql57 << false;
    QTest::newRow("mysql 8.0") << "8.0.36" << true << Kind::MySql8 << false;
    QTest::newRow("mysql 8.4") << "8.4.0-commercial" << true << Kind::MySql8 << false;
    QTest::newRow("mysql 9.1") << "9.1.0" << true << Kind::MySql8 << false;
    QTest::newRow("mariadb 10.11") << "10.11.6-MariaDB-0+deb12u1" << true << Kind::MariaDb << true;
    QTest::newRow("mariadb greeting prefix")
            << "5.5.5-10.11.6-MariaDB" << true << Kind::MariaDb << true;
    QTest::newRow("mariadb 10.3") << "10.3.39-MariaDB" << true << Kind::MariaDb << false;
    QTest::newRow("mariadb 11.4") << "11.4.2-MariaDB-log" << true << Kind::MariaDb << true;
    QTest::newRow("mysql 5.6") << "5.6.51" << false << Kind::MySql8 << false;
    QTest::newRow("garbage") << "hello" << false << Kind::MySql8 << false;
    QTest::newRow("empty") << "" << false << Kind::MySql8 << false;
}

void tst_AccountStatementBuilder::dialectFromVersion()
{
    QFETCH(QString, version);
    QFETCH(bool, known);
    QFETCH(Kind, kind);
    QFETCH(bool, globalPriv);
    const auto dialect = ServerDialect::fromVersion(version);
    QCOMPARE(dialect.has_value(), known);
    if (!known)
        return;
    QCOMPARE(dialect->kind(), kind);
    QCOMPARE(dialect->hasGlobalPriv(), globalPriv);
    QVERIFY(dialect->versionKnown());
}

void tst_AccountStatementBuilder::dialectFromKey()
{
    QCOMPARE(ServerDialect::fromKey(QStringLiteral("mysql8"))->kind(), Kind::MySql8);
    QCOMPARE(ServerDialect::fromKey(QStringLiteral("mysql57"))->kind(), Kind::MySql57);
    QCOMPARE(ServerDialect::fromKey(QStringLiteral("MySQL-5.7"))->kind(), Kind::MySql57);
    QCOMPARE(ServerDialect::fromKey(QStringLiteral("mariadb"))->kind(), Kind::MariaDb);
    QVERIFY(!ServerDialect::fromKey(QStringLiteral("postgres")));
    for (Kind k : ServerDialect::allKinds())
        QCOMPARE(ServerDialect::fromKey(ServerDialect(k).key())->kind(), k);
}

void tst_AccountStatementBuilder::identifierQuoting_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "app"
                           << "`app`";
    QTest::newRow("backtick") << "a`b"
                              << "`a``b`";
    QTest::newRow("only backticks") << "``"
                                    << "``````";
    QTest::newRow("quote and backslash stay") << "x'\\"
                                              << "`x'\\`";
    QTest::newRow("injection attempt") << "x`@`%` REQUIRE NONE; DROP USER `root"
                                       << "`x``@``%`` REQUIRE NONE; DROP USER ``root`";
    QTest::newRow("unicode") << QStringLiteral("jürgen") << QStringLiteral("`jürgen`");
}

void tst_AccountStatementBuilder::identifierQuoting()
{
    QFETCH(QString, name);
    QFETCH(QString, quoted);
    QCOMPARE(SqlQuoting::identifier(name), quoted);
}

void tst_AccountStatementBuilder::stringLiterals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Backslash>("mode");
    QTest::addColumn<QString>("literal");
    QTest::newRow("plain") << "/CN=app" << Backslash::IsEscape << "'/CN=app'";
    QTest::newRow("quote") << "/O=O'Brien" << Backslash::IsEscape << "'/O=O''Brien'";
    QTest::newRow("quote, no backslash escapes")
            << "/O=O'Brien" << Backslash::IsLiteral << "'/O=O''Brien'";
    QTest::newRow("backslash") << "a\\b" << Backslash::IsEscape << "'a\\\\b'";
    QTest::newRow("backslash, no backslash escapes") << "a\\b" << Backslash::IsLiteral << "'a\\b'";
    // The classic escape: \' must not end the literal in either mode.
    QTest::newRow("backslash quote")
            << "\\'; DROP USER x; --" << Backslash::IsEscape << "'\\\\''; DROP USER x; --'";
    QTest::newRow("backslash quote, nbe")
            << "\\'; DROP USER x; --" << Backslash::IsLiteral << "'\\''; DROP USER x; --'";
    QTest::newRow("trailing backslash") << "x\\" << Backslash::IsEscape << "'x\\\\'";
    QTest::newRow("trailing backslash, nbe") << "x\\" << Backslash::IsLiteral << "'x\\'";
}

void tst_AccountStatementBuilder::stringLiterals()
{
    QFETCH(QString, text);
    QFETCH(Backslash, mode);
    QFETCH(QString, literal);
    QCOMPARE(SqlQuoting::stringLiteral(text, mode), literal);
}

void tst_AccountStatementBuilder::backslashMode_data()
{
    QTest::addColumn<QString>("sqlMode");
    QTest::addColumn<Backslash>("mode");
    QTest::newRow("empty") << "" << Backslash::IsEscape;
    QTest::newRow("mariadb default")
            << "STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,"
               "NO_ENGINE_SUBSTITUTION"
            << Backslash::IsEscape;
    QTest::newRow("nbe") << "NO_BACKSLASH_ESCAPES" << Backslash::IsLiteral;
    QTest::newRow("nbe among others")
            << "ANSI_QUOTES,NO_BACKSLASH_ESCAPES,STRICT_ALL_TABLES" << Backslash::IsLiteral;
    QTest::newRow("lower case") << "no_backslash_escapes" << Backslash::IsLiteral;
    QTest::newRow("similar name") << "NO_BACKSLASH_ESCAPES_X" << Backslash::IsEscape;
}

void tst_AccountStatementBuilder::backslashMode()
{
    QFETCH(QString, sqlMode);
    QFETCH(Backslash, mode);
    QCOMPARE(SqlQuoting::backslashFor(sqlMode), mode);
}

void tst_AccountStatementBuilder::statementsPerDialect_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Type>("type");
    QTest::addColumn<bool>("revokeFirst");
    QTest::addColumn<QString>("expected");

    const QString create = QStringLiteral("CREATE USER IF NOT EXISTS `app`@`%` IDENTIFIED BY "
                                          "<password> ");
    for (Kind kind : ServerDialect::allKinds()) {
        const QByteArray k = ServerDialect(kind).key().toLatin1();
        // On MariaDB and MySQL 5.7 a GRANT to a missing account would create it without a
        // password, unless the session has NO_AUTO_CREATE_USER; MySQL 8 never does.
        const QString grant
                = (kind == Kind::MySql8
                           ? QString()
                           : QStringLiteral(
                                   "SET SESSION sql_mode = CONCAT_WS(',', "
                                   "NULLIF(@@SESSION.sql_mode, ''), 'NO_AUTO_CREATE_USER');\n"))
                + QStringLiteral(
                          "GRANT SELECT, INSERT, UPDATE, DELETE ON `shop`.* TO `app`@`%`;\n");
        // ALTER USER ... REQUIRE works on MySQL 5.7+, 8.x and MariaDB 10.x/11.x alike.
        QTest::newRow(k + " ssl") << kind << Type::Ssl << false
                                  << create
                        + QStringLiteral("REQUIRE SSL;\n"
                                         "ALTER USER `app`@`%` REQUIRE SSL;\n")
                        + grant;
        QTest::newRow(k + " x509 revoke first") << kind << Type::X509 << true
                                                << create
                        + QStringLiteral("REQUIRE X509;\n"
                                         "REVOKE ALL PRIVILEGES, GRANT OPTION FROM `app`@`%`;\n"
                                         "ALTER USER `app`@`%` REQUIRE X509;\n")
                        + grant;
        QTest::newRow(k + " none") << kind << Type::None << false
                                   << create
                        + QStringLiteral("REQUIRE NONE;\n"
                                         "ALTER USER `app`@`%` REQUIRE NONE;\n")
                        + grant;
        const QString spec
                = QStringLiteral("REQUIRE ISSUER '/O=Ex/CN=CA' AND SUBJECT "
                                 "'/O=Ex/CN=app' AND CIPHER 'ECDHE-RSA-AES256-GCM-SHA384'");
        QTest::newRow(k + " specified")
                << kind << Type::Specified << false
                << create + spec + QStringLiteral(";\nALTER USER `app`@`%` ") + spec
                        + QStringLiteral(";\n") + grant;
    }
}

void tst_AccountStatementBuilder::statementsPerDialect()
{
    QFETCH(Kind, kind);
    QFETCH(Type, type);
    QFETCH(bool, revokeFirst);
    QFETCH(QString, expected);
    AccountChange c;
    c.user = QStringLiteral("app");
    c.requirement.type = type;
    if (type == Type::Specified) {
        c.requirement.issuer = QStringLiteral("/O=Ex/CN=CA");
        c.requirement.subject = QStringLiteral("/O=Ex/CN=app");
        c.requirement.cipher = QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384");
    }
    c.grant.database = QStringLiteral("shop");
    c.grant.privileges = PrivilegeGrant::readWriteSet();
    c.revokeFirst = revokeFirst;
    const AccountScript s = AccountStatementBuilder::build(c, ServerDialect(kind));
    QVERIFY2(s.ok(), qPrintable(s.problems.join(QLatin1Char(' '))));
    QCOMPARE(statementsOnly(s), expected);
    // Never GRANT ... REQUIRE and never FLUSH PRIVILEGES unless asked for.
    for (const AccountStatement &st : s.statements) {
        if (st.purpose == AccountStatement::Purpose::Grant)
            QVERIFY(!st.sql.contains(QLatin1String("REQUIRE")));
        QVERIFY(st.purpose != AccountStatement::Purpose::Flush);
        QVERIFY(!st.sql.contains(QLatin1Char(';')) || type == Type::Specified);
    }
}

void tst_AccountStatementBuilder::legacyGrantRequire_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("flush");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("expected");
    const QString create
            = QStringLiteral("CREATE USER IF NOT EXISTS `app`@`%` IDENTIFIED BY <password>;\n");
    // The GRANT that carries the requirement must never create the account.
    const QString guard
            = QStringLiteral("SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, "
                             "''), 'NO_AUTO_CREATE_USER');\n");
    const QString grant = QStringLiteral("GRANT SELECT ON `shop`.* TO `app`@`%` REQUIRE SSL;\n");
    QTest::newRow("mariadb") << Kind::MariaDb << false << true << create + guard + grant;
    QTest::newRow("mariadb with flush")
            << Kind::MariaDb << true << true
            << create + guard + grant + QStringLiteral("FLUSH PRIVILEGES;\n");
    QTest::newRow("mysql 5.7") << Kind::MySql57 << false << true << create + guard + grant;
    // MySQL 8.0 removed GRANT ... REQUIRE: refused, not silently rewritten.
    QTest::newRow("mysql 8") << Kind::MySql8 << false << false << QString();
}

void tst_AccountStatementBuilder::legacyGrantRequire()
{
    QFETCH(Kind, kind);
    QFETCH(bool, flush);
    QFETCH(bool, accepted);
    QFETCH(QString, expected);
    AccountChange c;
    c.user = QStringLiteral("app");
    c.grant.database = QStringLiteral("shop");
    c.grant.privileges = PrivilegeGrant::readOnlySet();
    c.legacyGrantRequire = true;
    c.flushPrivileges = flush;
    const AccountScript s = AccountStatementBuilder::build(c, ServerDialect(kind));
    QCOMPARE(s.ok(), accepted);
    QCOMPARE(statementsOnly(s), expected);
    if (!accepted)
        QVERIFY(s.problems.join(QLatin1Char(' ')).contains(QLatin1String("ALTER USER")));

    // FLUSH PRIVILEGES is never emitted for the modern form, even when asked for.
    c.legacyGrantRequire = false;
    c.flushPrivileges = true;
    QVERIFY(!AccountStatementBuilder::build(c, ServerDialect(kind))
                     .text()
                     .contains(QLatin1String("FLUSH")));
}

void tst_AccountStatementBuilder::rejectedInput_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty user") << ""
                                << "%"
                                << ""
                                << "db"
                                << "user name";
    QTest::newRow("empty host") << "app"
                                << ""
                                << ""
                                << "db"
                                << "host";
    QTest::newRow("NUL in user") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << "%"
                                 << ""
                                 << "db"
                                 << "NUL";
    QTest::newRow("newline in user") << "app\nx"
                                     << "%"
                                     << ""
                                     << "db"
                                     << "control character";
    QTest::newRow("tab in host") << "app"
                                 << "10.0.\t%"
                                 << ""
                                 << "db"
                                 << "control character";
    QTest::newRow("CR in subject") << "app"
                                   << "%"
                                   << "/CN=a\r"
                                   << "db"
                                   << "control character";
    QTest::newRow("DEL in database") << "app"
                                     << "%"
                                     << "" << QStringLiteral("d\x7f") << "U+007F";
    QTest::newRow("C1 control") << QStringLiteral("a\u0085") << "%"
                                << ""
                                << "db"
                                << "control character";
    QTest::newRow("emoji in user") << QStringLiteral("app\U0001F600") << "%"
                                   << ""
                                   << "db"
                                   << "Basic Multilingual Plane";
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << "%"
                                    << ""
                                    << "db"
                                    << "not valid Unicode";
    QTest::newRow("no database") << "app"
                                 << "%"
                                 << ""
                                 << ""
                                 << "database";
}

void tst_AccountStatementBuilder::rejectedInput()
{
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(QString, subject);
    QFETCH(QString, database);
    QFETCH(QString, message);
    AccountChange c;
    c.user = user;
    c.host = host;
    if (!subject.isEmpty()) {
        c.requirement.type = Type::Specified;
        c.requirement.subject = subject;
    }
    c.grant.database = database;
    c.grant.privileges = PrivilegeGrant::readOnlySet();
    for (Kind kind : ServerDialect::allKinds()) {
        const AccountScript s = AccountStatementBuilder::build(c, ServerDialect(kind));
        QVERIFY(!s.ok());
        QVERIFY(s.statements.isEmpty());
        QVERIFY2(s.problems.join(QLatin1Char(' ')).contains(message),
                 qPrintable(s.problems.join(QLatin1Char(' '))));
    }
}

void tst_AccountStatementBuilder::lengthLimits_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("userLength");
    QTest::addColumn<int>("hostLength");
    QTest::addColumn<bool>("ok");
    QTest::newRow("mariadb user 128") << Kind::MariaDb << 128 << 255 << true;
    QTest::newRow("mariadb user 129") << Kind::MariaDb << 129 << 1 << false;
    QTest::newRow("mariadb host 256") << Kind::MariaDb << 1 << 256 << false;
    QTest::newRow("mysql8 user 32") << Kind::MySql8 << 32 << 255 << true;
    QTest::newRow("mysql8 user 33") << Kind::MySql8 << 33 << 1 << false;
    QTest::newRow("mysql8 host 256") << Kind::MySql8 << 1 << 256 << false;
    QTest::newRow("mysql57 user 32") << Kind::MySql57 << 32 << 60 << true;
    QTest::newRow("mysql57 user 33") << Kind::MySql57 << 33 << 1 << false;
    QTest::newRow("mysql57 host 61") << Kind::MySql57 << 1 << 61 << false;
}

void tst_AccountStatementBuilder::lengthLimits()
{
    QFETCH(Kind, kind);
    QFETCH(int, userLength);
    QFETCH(int, hostLength);
    QFETCH(bool, ok);
    // Characters, not bytes or UTF-16 units: "ü" counts once.
    AccountChange c;
    c.user = QString(userLength, QChar(0xFC));
    c.host = QString(hostLength, QLatin1Char('h'));
    const AccountScript s = AccountStatementBuilder::build(c, ServerDialect(kind));
    QCOMPARE(s.ok(), ok);
    if (!ok)
        QVERIFY(s.problems.join(QLatin1Char(' ')).contains(QLatin1String("at most")));
}

void tst_AccountStatementBuilder::scopes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("on");
    QTest::newRow("global") << "*.*" << true << "*.*";
    QTest::newRow("database") << "shop.*" << true << "`shop`.*";
    QTest::newRow("table") << "shop.orders" << true << "`shop`.`orders`";
    // In GRANT ... ON db.*, `_` and `%` are wildcards: escaped so exactly that database is meant.
    QTest::newRow("underscore database") << "my_shop.*" << true << "`my\\_shop`.*";
    QTest::newRow("percent database") << "`a%b`.*" << true << "`a\\%b`.*";
    QTest::newRow("table keeps underscore") << "my_shop.my_table" << true << "`my_shop`.`my_table`";
    QTest::newRow("quoted with backtick") << "`we``ird`.`t.1`" << true << "`we``ird`.`t.1`";
    QTest::newRow("star table") << "*.orders" << false << "";
    QTest::newRow("no dot") << "shop" << false << "";
    QTest::newRow("too many dots") << "a.b.c" << false << "";
}

void tst_AccountStatementBuilder::scopes()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, on);
    const auto scope = PrivilegeGrant::parseScope(text);
    QCOMPARE(scope.has_value(), valid);
    if (valid)
        QCOMPARE(scope->onClause(), on);
}

void tst_AccountStatementBuilder::privilegeLists_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("list");
    QTest::newRow("read-write") << "delete, select,INSERT ,update" << true
                                << "SELECT, INSERT, UPDATE, DELETE";
    QTest::newRow("all") << "all" << true << "ALL PRIVILEGES";
    QTest::newRow("two words") << "select, create  view" << true << "SELECT, CREATE VIEW";
    QTest::newRow("injection") << "SELECT ON *.* TO x; --" << false << "";
    QTest::newRow("unknown") << "SELECT, FILE" << false << "";
}

void tst_AccountStatementBuilder::privilegeLists()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, list);
    const PrivilegeGrant::ParsedList parsed = PrivilegeGrant::parsePrivileges(text);
    QCOMPARE(parsed.privileges.has_value(), valid);
    if (!valid) {
        QVERIFY(!parsed.unknown.isEmpty());
        return;
    }
    PrivilegeGrant g;
    g.privileges = *parsed.privileges;
    QCOMPARE(g.privilegeList(), list);
}

void tst_AccountStatementBuilder::printedStatementsHoldNoPassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("legacy");
    QTest::newRow("with a password") << QStringLiteral("s3cr'et\\") << false;
    QTest::newRow("without a password") << QString() << false;
    QTest::newRow("legacy, with a password") << QStringLiteral("s3cr'et\\") << true;
    QTest::newRow("legacy, without a password") << QString() << true;
}

void tst_AccountStatementBuilder::printedStatementsHoldNoPassword()
{
    // Pasted, `IDENTIFIED BY '***'` created the account with the password ***, and a CREATE USER
    // without IDENTIFIED created it with an empty one. Printed now: a placeholder that is not a
    // string literal (a syntax error), explained in the comment line right above it.
    QFETCH(QString, password);
    QFETCH(bool, legacy);
    AccountChange c;
    c.user = QStringLiteral("app");
    c.password = password;
    c.legacyGrantRequire = legacy;
    for (Backslash mode : {Backslash::IsEscape, Backslash::IsLiteral}) {
        const AccountScript s
                = AccountStatementBuilder::build(c, ServerDialect(Kind::MariaDb), mode);
        QVERIFY(s.ok());
        const QString command
                = AccountStatementBuilder::mysqlCommandLine(s, ServerDialect(Kind::MariaDb), {});
        for (const QString &printed :
             {s.text(), s.sqlFile(QStringLiteral("t")), command, statementsOnly(s)}) {
            QVERIFY2(!printed.contains(QLatin1String("***")), qPrintable(printed));
            QVERIFY2(!printed.contains(QLatin1String("s3cr")), qPrintable(printed));
            // Every CREATE USER says how the account logs in, with the placeholder.
            const qsizetype create = printed.indexOf(QLatin1String("CREATE USER IF"));
            QVERIFY(create >= 0);
            QVERIFY2(printed.mid(create).startsWith(
                             QLatin1String("CREATE USER IF NOT EXISTS `app`@`%` IDENTIFIED BY "
                                           "<password>")),
                     qPrintable(printed));
        }
        // The comment is on the line right above the statement.
        const QStringList lines = s.text().split(QLatin1Char('\n'));
        QVERIFY(lines.size() > 2);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("-- Replace <password>")),
                 qPrintable(lines.at(0)));
        QVERIFY(lines.at(1).startsWith(QLatin1String("CREATE USER")));
        QVERIFY(command.contains(QLatin1String("/* Replace <password>")));

        // What sslcm runs itself has the real password, or is not run at all.
        const AccountStatement &first = s.statements.first();
        QCOMPARE(first.purpose, AccountStatement::Purpose::Create);
        if (password.isEmpty()) {
            QVERIFY(!s.canRun());
            QVERIFY(s.runProblems.join(QLatin1Char(' '))
                            .contains(QLatin1String("never creates an account without a "
                                                    "password")));
            QVERIFY(first.sql.contains(QLatin1String("<password>")));
        } else {
            QVERIFY(s.canRun());
            QVERIFY(first.sql.contains(QStringLiteral("IDENTIFIED BY ")
                                       + SqlQuoting::stringLiteral(password, mode)));
        }
    }

    // Without creating, there is nothing to replace and nothing that stops sslcm running it.
    c.createIfMissing = false;
    const AccountScript existing = AccountStatementBuilder::build(c, ServerDialect(Kind::MariaDb));
    QVERIFY(existing.canRun());
    QVERIFY(!existing.text().contains(QLatin1String("CREATE USER")));
    QVERIFY(!existing.text().contains(QLatin1String("<password>")));
}

void tst_AccountStatementBuilder::socketAuthenticationNeedsNoPassword_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("identified");
    QTest::newRow("mariadb") << Kind::MariaDb << "IDENTIFIED VIA unix_socket";
    QTest::newRow("mysql 8") << Kind::MySql8 << "IDENTIFIED WITH auth_socket";
    QTest::newRow("mysql 5.7") << Kind::MySql57 << "IDENTIFIED WITH auth_socket";
}

void tst_AccountStatementBuilder::socketAuthenticationNeedsNoPassword()
{
    QFETCH(Kind, kind);
    QFETCH(QString, identified);
    AccountChange c;
    c.user = QStringLiteral("app");
    c.authentication = AccountChange::Authentication::Socket;
    c.password = QStringLiteral("ignored");
    const AccountScript s = AccountStatementBuilder::build(c, ServerDialect(kind));
    QVERIFY(s.canRun());
    QCOMPARE(s.statements.first().sql,
             QStringLiteral("CREATE USER IF NOT EXISTS `app`@`%` ") + identified
                     + QStringLiteral(" REQUIRE SSL"));
    QCOMPARE(s.statements.first().displaySql, s.statements.first().sql);
    QVERIFY(!s.text().contains(QLatin1String("ignored")));
    QCOMPARE(AccountStatementBuilder::authenticationFromKey(QStringLiteral("socket")),
             AccountChange::Authentication::Socket);
    QCOMPARE(AccountStatementBuilder::authenticationFromKey(QStringLiteral("password")),
             AccountChange::Authentication::Password);
    QVERIFY(!AccountStatementBuilder::authenticationFromKey(QStringLiteral("none")));
}

void tst_AccountStatementBuilder::noBackslashEscapesValuesStayInTheirString_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("acceptedWithoutEscapes");
    QTest::newRow("backslash before a quote") << "/CN=a\\' OR 1=1 --" << false;
    QTest::newRow("backslash at the end") << "/CN=a\\" << false;
    QTest::newRow("two backslashes at the end") << "/CN=a\\\\" << false;
    QTest::newRow("backslash in the middle") << "/CN=a\\b" << true;
    QTest::newRow("quote without backslash") << "/O=O'Brien" << true;
    QTest::newRow("quote then backslash") << "/O='\\x" << true;
    QTest::newRow("no backslash") << "/CN=app" << true;
}

void tst_AccountStatementBuilder::noBackslashEscapesValuesStayInTheirString()
{
    // Written for NO_BACKSLASH_ESCAPES, pasted into a session in the default sql_mode: every
    // literal that is printed must end where it was written to end there too, or be refused.
    QFETCH(QString, subject);
    QFETCH(bool, acceptedWithoutEscapes);
    AccountChange c;
    c.user = QStringLiteral("app");
    c.createIfMissing = false;
    c.requirement.type = Type::Specified;
    c.requirement.subject = subject;
    for (const auto field :
         {&AccountRequirement::subject, &AccountRequirement::issuer, &AccountRequirement::cipher}) {
        AccountChange one = c;
        one.requirement.subject.clear();
        one.requirement.*field = subject;
        const AccountScript escaped = AccountStatementBuilder::build(
                one, ServerDialect(Kind::MariaDb), Backslash::IsEscape);
        QVERIFY(escaped.ok());
        const AccountScript literal = AccountStatementBuilder::build(
                one, ServerDialect(Kind::MariaDb), Backslash::IsLiteral);
        QCOMPARE(literal.ok(), acceptedWithoutEscapes);
        if (!acceptedWithoutEscapes) {
            QVERIFY(literal.statements.isEmpty());
            QVERIFY2(literal.problems.join(QLatin1Char(' '))
                             .contains(QLatin1String("backslash before a quote or at its end")),
                     qPrintable(literal.problems.join(QLatin1Char(' '))));
            continue;
        }
        const QString sql = literal.statements.first().displaySql;
        const QString quoted = SqlQuoting::stringLiteral(subject, Backslash::IsLiteral);
        const int start = int(sql.indexOf(quoted));
        QVERIFY(start > 0);
        QCOMPARE(literalEndWithBackslashEscapes(sql, start), start + int(quoted.size()));
    }
}

void tst_AccountStatementBuilder::unsafeClientCharacterSets()
{
    for (const char *name : {"big5", "cp932", "gbk", "sjis", "gb18030", "GBK"})
        QVERIFY2(SqlQuoting::isUnsafeClientCharacterSet(QString::fromLatin1(name)), name);
    for (const char *name : {"utf8mb4", "utf8mb3", "latin1", "ascii", "binary", "ujis", "euckr"})
        QVERIFY2(!SqlQuoting::isUnsafeClientCharacterSet(QString::fromLatin1(name)), name);
}

void tst_AccountStatementBuilder::notes()
{
    AccountChange c;
    c.user = QStringLiteral("app");
    const AccountScript s = AccountStatementBuilder::build(c, ServerDialect(Kind::MySql8));
    const QString all = s.notes.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("FLUSH PRIVILEGES is not needed")));
    QVERIFY(all.contains(QLatin1String("require_secure_transport")));
    QVERIFY(all.contains(QLatin1String("Existing sessions stay connected")));
    const QString file = s.sqlFile(QStringLiteral("title"));
    for (const QString &line : file.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QVERIFY2(line.startsWith(QLatin1String("-- ")) || line.endsWith(QLatin1Char(';')),
                 qPrintable(line));
}

void tst_AccountStatementBuilder::commandLine()
{
    AccountChange c;
    c.user = QStringLiteral("o'neil");
    c.requirement.type = Type::Specified;
    c.requirement.subject = QStringLiteral("/CN=o'neil");
    AccountStatementBuilder::CommandLineTarget t;
    t.host = QStringLiteral("db.example.com");
    t.port = 3307;
    t.adminUser = QStringLiteral("admin");
    t.caFile = QStringLiteral("/etc/ssl/ca files/ca.pem");
    const AccountScript s = AccountStatementBuilder::build(c, ServerDialect(Kind::MariaDb));
    const QString line
            = AccountStatementBuilder::mysqlCommandLine(s, ServerDialect(Kind::MariaDb), t);
    QVERIFY(!line.contains(QLatin1Char('\n')));
    // The shell gives mysql exactly these words; the statements are one word, each with its
    // comment in /* */ (a -- comment would swallow the rest of the line).
    const ShellWords::Split words = ShellWords::split(line);
    QVERIFY(words.error.isEmpty());
    QStringList statements;
    for (const AccountStatement &st : s.statements)
        statements << (st.comment.isEmpty()
                               ? QString()
                               : QStringLiteral("/* ") + st.comment + QStringLiteral(" */ "))
                        + st.displaySql + QLatin1Char(';');
    QCOMPARE(words.words,
             QStringList({QStringLiteral("mysql"), QStringLiteral("--host=db.example.com"),
                          QStringLiteral("--port=3307"), QStringLiteral("--user=admin"),
                          QStringLiteral("--password"), QStringLiteral("--ssl"),
                          QStringLiteral("--ssl-ca=/etc/ssl/ca files/ca.pem"),
                          QStringLiteral("--ssl-verify-server-cert"),
                          QStringLiteral("--execute=") + statements.join(QLatin1Char(' '))}));
    QVERIFY(line.contains(QLatin1String("'--execute=/* Replace <password>")));
    const QString mysql
            = AccountStatementBuilder::mysqlCommandLine(s, ServerDialect(Kind::MySql8), t);
    QVERIFY(mysql.contains(QLatin1String(" --ssl-mode=VERIFY_IDENTITY ")));
}

QTEST_GUILESS_MAIN(tst_AccountStatementBuilder)
#include "tst_accountstatementbuilder.moc"
