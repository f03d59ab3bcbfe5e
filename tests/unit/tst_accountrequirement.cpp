// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an account's TLS requirement back from what MySQL and MariaDB print.
#include "accounts/AccountRequirement.h"

#include <QTest>

using Type = AccountRequirement::Type;

class tst_AccountRequirement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromShowCreateUser_data();
    void fromShowCreateUser();
    void unreadableClause_data();
    void unreadableClause();
    void cipherAloneNeedsNoCertificateOnMariaDb();
    void roundTrip();
};

namespace {

const ServerDialect mariaDb(ServerDialect::Kind::MariaDb);
const ServerDialect mySql(ServerDialect::Kind::MySql8);
using Backslash = SqlQuoting::Backslash;

// What the servers really print. MariaDB (10.11, the test fixture) escapes the values: '' for a
// quote and \\ for a backslash, also under NO_BACKSLASH_ESCAPES. MySQL 8 appends them as stored
// (sql_rewrite.cc, Rewriter_user::rewrite_ssl_properties), in the order SUBJECT, ISSUER, CIPHER,
// and quotes the password hash before them for the session's sql_mode.
const QString mysqlTail = QStringLiteral(
        " PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK PASSWORD HISTORY DEFAULT PASSWORD REUSE "
        "INTERVAL DEFAULT PASSWORD REQUIRE CURRENT DEFAULT");
const QString mysqlHead
        = QStringLiteral("CREATE USER `app`@`%` IDENTIFIED WITH 'caching_sha2_password' AS "
                         "'$A$005$hash' REQUIRE ");

QString mysqlRequire(const char *clause, bool tail = true)
{
    return mysqlHead + QString::fromUtf8(clause) + (tail ? mysqlTail : QString());
}

QString mysqlStatement(const char *statement)
{
    return QString::fromUtf8(statement) + mysqlTail;
}

} // namespace

void tst_AccountRequirement::fromShowCreateUser_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("isMariaDb");
    QTest::addColumn<int>("backslash"); // -1 unknown, else SqlQuoting::Backslash
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("cipher");
    const int unknown = -1;
    const int escape = int(Backslash::IsEscape);
    const int literal = int(Backslash::IsLiteral);
    QTest::newRow("mariadb, no clause") << "CREATE USER `app`@`%` IDENTIFIED BY PASSWORD '*AB12'"
                                        << true << unknown << int(Type::None) << ""
                                        << ""
                                        << "";
    QTest::newRow("mariadb, ssl") << "CREATE USER `app`@`%` REQUIRE SSL" << true << unknown
                                  << int(Type::Ssl) << ""
                                  << ""
                                  << "";
    QTest::newRow("mariadb, x509, then options")
            << "CREATE USER `app`@`%` REQUIRE X509 WITH MAX_USER_CONNECTIONS 3" << true << unknown
            << int(Type::X509) << ""
            << ""
            << "";
    QTest::newRow("mariadb, issuer and subject")
            << "CREATE USER `app`@`%` REQUIRE ISSUER '/O=Ex/CN=CA' SUBJECT '/CN=app'" << true
            << unknown << int(Type::Specified) << "/O=Ex/CN=CA"
            << "/CN=app"
            << "";
    // Printed by MariaDB 10.11 for ISSUER '/O=O''Brien/CN=CA' AND SUBJECT '/CN=it\'s'.
    QTest::newRow("mariadb, quotes doubled")
            << "CREATE USER `q1`@`%` REQUIRE ISSUER '/O=O''Brien/CN=CA' SUBJECT '/CN=it''s'" << true
            << unknown << int(Type::Specified) << "/O=O'Brien/CN=CA"
            << "/CN=it's"
            << "";
    // For SUBJECT '/O=Soci\\xC3\\xA9t\\xC3\\xA9/CN=end\\': the stored DN is OpenSSL's one-line
    // form of a UTF-8 name, ending in a backslash.
    QTest::newRow("mariadb, backslashes doubled, utf-8")
            << "CREATE USER `q2`@`%` REQUIRE ISSUER '/O=Soci\u00e9t\u00e9/CN=CA' SUBJECT "
               "'/O=Soci\\\\xC3\\\\xA9t\\\\xC3\\\\xA9/CN=end\\\\'"
            << true << unknown << int(Type::Specified) << "/O=Soci\u00e9t\u00e9/CN=CA"
            << "/O=Soci\\xC3\\xA9t\\xC3\\xA9/CN=end\\"
            << "";
    QTest::newRow("mariadb, cipher only")
            << "CREATE USER `c1`@`%` IDENTIFIED BY PASSWORD "
               "'*D821809F681A40A6E379B50D0463EFAE20BDD122' REQUIRE CIPHER "
               "'TLS_AES_256_GCM_SHA384'"
            << true << literal << int(Type::Specified) << ""
            << ""
            << "TLS_AES_256_GCM_SHA384";
    QTest::newRow("mariadb, REQUIRE inside a quoted user name")
            << "CREATE USER `x REQUIRE SSL`@`%` REQUIRE X509" << true << unknown << int(Type::X509)
            << ""
            << ""
            << "";
    QTest::newRow("mariadb, REQUIRE inside a quoted user name, no clause")
            << "CREATE USER `x REQUIRE SSL`@`%`" << true << unknown << int(Type::None) << ""
            << ""
            << "";
    QTest::newRow("mysql, none") << mysqlRequire("NONE") << false << escape << int(Type::None) << ""
                                 << ""
                                 << "";
    QTest::newRow("mysql, subject issuer cipher")
            << mysqlRequire(
                       "SUBJECT '/CN=app' ISSUER '/CN=CA' CIPHER 'ECDHE-RSA-AES256-GCM-SHA384'")
            << false << escape << int(Type::Specified) << "/CN=CA"
            << "/CN=app"
            << "ECDHE-RSA-AES256-GCM-SHA384";
    QTest::newRow("mysql, utf-8 in one-line form, raw")
            << mysqlRequire("SUBJECT '/O=Soci\\xC3\\xA9t\\xC3\\xA9'") << false << escape
            << int(Type::Specified) << ""
            << "/O=Soci\\xC3\\xA9t\\xC3\\xA9"
            << "";
    QTest::newRow("mysql, DN ending in a backslash, raw")
            << mysqlRequire("SUBJECT '/CN=end\\' ISSUER '/CN=CA\\'") << false << literal
            << int(Type::Specified) << "/CN=CA\\"
            << "/CN=end\\"
            << "";
    // A hash holding \' : escaped in the default sql_mode, the quote doubled under
    // NO_BACKSLASH_ESCAPES.
    QTest::newRow("mysql, hash with a backslash and a quote") << mysqlStatement(
            "CREATE USER `a`@`%` IDENTIFIED WITH 'caching_sha2_password' AS 'ab\\\\\\'cd' "
            "REQUIRE SSL") << false << escape << int(Type::Ssl)
                                                              << ""
                                                              << ""
                                                              << "";
    QTest::newRow("mysql, hash with a backslash and a quote, NO_BACKSLASH_ESCAPES")
            << mysqlStatement(
                       "CREATE USER `a`@`%` IDENTIFIED WITH 'caching_sha2_password' AS 'ab\\''cd' "
                       "REQUIRE SSL")
            << false << literal << int(Type::Ssl) << ""
            << ""
            << "";
    QTest::newRow("unknown server, plain values")
            << "CREATE USER `app`@`%` REQUIRE ISSUER '/CN=CA' AND SUBJECT '/CN=app'" << false
            << unknown << int(Type::Specified) << "/CN=CA"
            << "/CN=app"
            << "";
}

void tst_AccountRequirement::fromShowCreateUser()
{
    QFETCH(QString, statement);
    QFETCH(bool, isMariaDb);
    QFETCH(int, backslash);
    QFETCH(int, type);
    QFETCH(QString, issuer);
    QFETCH(QString, subject);
    QFETCH(QString, cipher);
    const bool unknownServer = QByteArray(QTest::currentDataTag()).startsWith("unknown");
    const std::optional<ServerDialect> server = unknownServer
            ? std::nullopt
            : std::optional<ServerDialect>(isMariaDb ? mariaDb : mySql);
    const std::optional<Backslash> mode
            = backslash < 0 ? std::nullopt : std::optional<Backslash>(Backslash(backslash));
    const std::optional<AccountRequirement> r
            = AccountRequirement::fromShowCreateUser(statement, server, mode);
    QVERIFY(r);
    QCOMPARE(int(r->type), type);
    QCOMPARE(r->issuer, issuer);
    QCOMPARE(r->subject, subject);
    QCOMPARE(r->cipher, cipher);
}

void tst_AccountRequirement::unreadableClause_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("isMariaDb");
    QTest::addColumn<bool>("knownServer");
    QTest::addColumn<int>("backslash");
    const int unknown = -1;
    QTest::newRow("no value") << "CREATE USER x REQUIRE SUBJECT" << true << true << unknown;
    QTest::newRow("unterminated") << "CREATE USER x REQUIRE SUBJECT '/CN=unterminated" << true
                                  << true << unknown;
    QTest::newRow("unknown word") << "CREATE USER x REQUIRE MAGIC" << true << true << unknown;
    // MariaDB doubles every backslash: a single one is not its output.
    QTest::newRow("mariadb, lone backslash")
            << "CREATE USER x REQUIRE SUBJECT '/O=Soci\\xC3\\xA9'" << true << true << unknown;
    // MySQL writes O'Brien raw: where the value ends cannot be known.
    QTest::newRow("mysql, quote in a value") << mysqlRequire("SUBJECT '/O=O'Brien/CN=x'") << false
                                             << true << int(Backslash::IsEscape);
    QTest::newRow("mysql, quote and space in a value")
            << mysqlRequire("SUBJECT '/CN=a' b'") << false << true << int(Backslash::IsEscape);
    QTest::newRow("mysql, quote in the last value") << mysqlRequire("SUBJECT '/CN=it's'", false)
                                                    << false << true << int(Backslash::IsEscape);
    QTest::newRow("mysql, no clause") << "CREATE USER `app`@`%`" << false << true << unknown;
    // The hash ab\'cd under NO_BACKSLASH_ESCAPES, sql_mode unknown: one reading hides REQUIRE.
    // Never a NONE that the server did not state.
    QTest::newRow("mysql, hash hides REQUIRE, sql_mode unknown") << mysqlStatement(
            "CREATE USER `a`@`%` IDENTIFIED WITH 'caching_sha2_password' AS 'ab\\''cd' "
            "REQUIRE SSL") << false << true << unknown;
    QTest::newRow("unknown server, doubled quote")
            << "CREATE USER `q1`@`%` REQUIRE SUBJECT '/CN=it''s'" << true << false << unknown;
    QTest::newRow("unknown server, doubled backslash")
            << "CREATE USER `q2`@`%` REQUIRE SUBJECT '/CN=end\\\\'" << true << false << unknown;
}

void tst_AccountRequirement::unreadableClause()
{
    QFETCH(QString, statement);
    QFETCH(bool, isMariaDb);
    QFETCH(bool, knownServer);
    QFETCH(int, backslash);
    const std::optional<ServerDialect> server = knownServer
            ? std::optional<ServerDialect>(isMariaDb ? mariaDb : mySql)
            : std::nullopt;
    const std::optional<Backslash> mode
            = backslash < 0 ? std::nullopt : std::optional<Backslash>(Backslash(backslash));
    const std::optional<AccountRequirement> r
            = AccountRequirement::fromShowCreateUser(statement, server, mode);
    QVERIFY2(!r, r ? qPrintable(r->displayClause()) : "");
}

void tst_AccountRequirement::cipherAloneNeedsNoCertificateOnMariaDb()
{
    AccountRequirement cipher;
    cipher.type = Type::Specified;
    cipher.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    // Verified against MariaDB 10.11: such an account logs in over TLS without a certificate.
    QVERIFY(!cipher.needsClientCertificate());
    QVERIFY(!cipher.needsClientCertificate(mariaDb));
    // MySQL's check takes the peer certificate for every specified requirement.
    QVERIFY(cipher.needsClientCertificate(mySql));
    AccountRequirement ssl;
    ssl.type = Type::Ssl;
    QVERIFY(!ssl.needsClientCertificate(mySql));
    AccountRequirement x509;
    x509.type = Type::X509;
    QVERIFY(x509.needsClientCertificate(mariaDb));
}

void tst_AccountRequirement::roundTrip()
{
    // What the helper writes reads back as the same requirement.
    AccountRequirement r;
    r.type = Type::Specified;
    r.issuer = QStringLiteral("/O=Example/CN=Example CA");
    r.subject = QStringLiteral("/CN=o'neil\\backslash");
    r.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    // MariaDB prints the values as the escaped literals the helper writes ('' and \\).
    const QString statement
            = QStringLiteral("CREATE USER `a`@`%` ") + r.clause(SqlQuoting::Backslash::IsEscape);
    const std::optional<AccountRequirement> back
            = AccountRequirement::fromShowCreateUser(statement, mariaDb);
    QVERIFY2(back && *back == r, qPrintable(statement));
    QVERIFY(r.needsClientCertificate());
    r.issuer.clear();
    r.subject.clear();
    QVERIFY(!r.needsClientCertificate());
}

QTEST_GUILESS_MAIN(tst_AccountRequirement)
#include "tst_accountrequirement.moc"
