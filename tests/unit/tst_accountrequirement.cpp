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
    void unreadableClause();
    void roundTrip();
};

void tst_AccountRequirement::fromShowCreateUser_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("cipher");
    QTest::newRow("mariadb, no clause")
            << "CREATE USER `app`@`%` IDENTIFIED BY PASSWORD '*AB12'" << int(Type::None) << ""
            << ""
            << "";
    QTest::newRow("mysql, none")
            << "CREATE USER `app`@`%` IDENTIFIED WITH 'caching_sha2_password' REQUIRE NONE "
               "PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK"
            << int(Type::None) << ""
            << ""
            << "";
    QTest::newRow("ssl") << "CREATE USER `app`@`%` REQUIRE SSL" << int(Type::Ssl) << ""
                         << ""
                         << "";
    QTest::newRow("x509, then options")
            << "CREATE USER `app`@`%` REQUIRE X509 WITH MAX_USER_CONNECTIONS 3" << int(Type::X509)
            << ""
            << ""
            << "";
    QTest::newRow("mariadb, subject and issuer")
            << "CREATE USER `app`@`%` REQUIRE SUBJECT '/CN=app' AND ISSUER '/O=Ex/CN=CA'"
            << int(Type::Specified) << "/O=Ex/CN=CA"
            << "/CN=app"
            << "";
    QTest::newRow("mysql, no AND, then options")
            << "CREATE USER `app`@`%` REQUIRE ISSUER '/CN=CA' SUBJECT '/CN=app' CIPHER "
               "'ECDHE-RSA-AES256-GCM-SHA384' PASSWORD EXPIRE DEFAULT"
            << int(Type::Specified) << "/CN=CA"
            << "/CN=app"
            << "ECDHE-RSA-AES256-GCM-SHA384";
    QTest::newRow("quotes in a value")
            << "CREATE USER `app`@`%` REQUIRE SUBJECT '/O=O\\'Brien/CN=it''s'"
            << int(Type::Specified) << ""
            << "/O=O'Brien/CN=it's"
            << "";
    QTest::newRow("REQUIRE inside a quoted user name")
            << "CREATE USER `x REQUIRE SSL`@`%` REQUIRE X509" << int(Type::X509) << ""
            << ""
            << "";
    QTest::newRow("REQUIRE inside a quoted user name, no clause")
            << "CREATE USER `x REQUIRE SSL`@`%`" << int(Type::None) << ""
            << ""
            << "";
}

void tst_AccountRequirement::fromShowCreateUser()
{
    QFETCH(QString, statement);
    QFETCH(int, type);
    QFETCH(QString, issuer);
    QFETCH(QString, subject);
    QFETCH(QString, cipher);
    const std::optional<AccountRequirement> r = AccountRequirement::fromShowCreateUser(statement);
    QVERIFY(r);
    QCOMPARE(int(r->type), type);
    QCOMPARE(r->issuer, issuer);
    QCOMPARE(r->subject, subject);
    QCOMPARE(r->cipher, cipher);
}

void tst_AccountRequirement::unreadableClause()
{
    QVERIFY(!AccountRequirement::fromShowCreateUser(
            QStringLiteral("CREATE USER x REQUIRE SUBJECT")));
    QVERIFY(!AccountRequirement::fromShowCreateUser(
            QStringLiteral("CREATE USER x REQUIRE SUBJECT '/CN=unterminated")));
    QVERIFY(!AccountRequirement::fromShowCreateUser(QStringLiteral("CREATE USER x REQUIRE MAGIC")));
}

void tst_AccountRequirement::roundTrip()
{
    // What the helper writes reads back as the same requirement.
    AccountRequirement r;
    r.type = Type::Specified;
    r.issuer = QStringLiteral("/O=Example/CN=Example CA");
    r.subject = QStringLiteral("/CN=o'neil\\backslash");
    r.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    // The server prints literals with backslash escapes.
    const QString statement
            = QStringLiteral("CREATE USER `a`@`%` ") + r.clause(SqlQuoting::Backslash::IsEscape);
    const std::optional<AccountRequirement> back
            = AccountRequirement::fromShowCreateUser(statement);
    QVERIFY2(back && *back == r, qPrintable(statement));
    QVERIFY(r.needsClientCertificate());
    r.issuer.clear();
    r.subject.clear();
    QVERIFY(!r.needsClientCertificate());
}

QTEST_GUILESS_MAIN(tst_AccountRequirement)
#include "tst_accountrequirement.moc"
