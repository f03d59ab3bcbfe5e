// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/ConnectionUri.h"

#include <QTest>

class tst_ConnectionUri : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void passwordIsFoundAndWarned();
    void roundTrip();
    void malformed_data();
    void malformed();
};

void tst_ConnectionUri::parse_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<SslMode>("mode");
    QTest::addColumn<QString>("ca");

    QTest::newRow("mysql shell") << QStringLiteral(
            "mysql://app@db.example.com:3307/shop?ssl-mode=VERIFY_IDENTITY&ssl-ca=%2Fetc%2Fca.pem")
                                 << QStringLiteral("db.example.com") << 3307
                                 << QStringLiteral("app") << QStringLiteral("shop")
                                 << SslMode::VerifyIdentity << QStringLiteral("/etc/ca.pem");
    QTest::newRow("shell parentheses")
            << QStringLiteral("mysqlx://app@db:33060?ssl-mode=VERIFY_CA&ssl-ca=(/etc/my ca.pem)")
                       .replace(QLatin1Char(' '), QStringLiteral("%20"))
            << QStringLiteral("db") << 33060 << QStringLiteral("app") << QString()
            << SslMode::VerifyCa << QStringLiteral("/etc/my ca.pem");
    QTest::newRow("mariadb sslmode libpq words")
            << QStringLiteral("mariadb://u@h/d?sslmode=verify-full&sslca=/c.pem")
            << QStringLiteral("h") << 3306 << QStringLiteral("u") << QStringLiteral("d")
            << SslMode::VerifyIdentity << QStringLiteral("/c.pem");
    QTest::newRow("jdbc mariadb trust")
            << QStringLiteral("jdbc:mariadb://h:3310/d?sslMode=trust") << QStringLiteral("h")
            << 3310 << QString() << QStringLiteral("d") << SslMode::Required << QString();
    QTest::newRow("connector/j 5 legacy") << QStringLiteral(
            "jdbc:mysql://h/d?useSSL=true&requireSSL=true&verifyServerCertificate=true")
                                          << QStringLiteral("h") << 3306 << QString()
                                          << QStringLiteral("d") << SslMode::VerifyCa << QString();
    QTest::newRow("ipv6") << QStringLiteral("mysql://u@[2001:db8::1]:3306?ssl_mode=disabled")
                          << QStringLiteral("2001:db8::1") << 3306 << QStringLiteral("u")
                          << QString() << SslMode::Disabled << QString();
    QTest::newRow("sqlalchemy") << QStringLiteral("mysql+pymysql://u@h/d?ssl_ca=/c.pem")
                                << QStringLiteral("h") << 3306 << QStringLiteral("u")
                                << QStringLiteral("d") << SslMode::VerifyCa
                                << QStringLiteral("/c.pem");
    QTest::newRow("encoded user") << QStringLiteral("mysql://a%40b@h") << QStringLiteral("h")
                                  << 3306 << QStringLiteral("a@b") << QString()
                                  << SslMode::Preferred << QString();
}

void tst_ConnectionUri::parse()
{
    QFETCH(QString, uri);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, database);
    QFETCH(SslMode, mode);
    QFETCH(QString, ca);
    QVERIFY(ConnectionUri::looksLikeUri(uri));
    const ImportResult r = ConnectionUri::parse(uri);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), 1);
    const Profile &p = r.connections.first().profile;
    QCOMPARE(p.host, host);
    QCOMPARE(int(p.port), port);
    QCOMPARE(p.user, user);
    QCOMPARE(p.database, database);
    QCOMPARE(p.sslMode, mode);
    QCOMPARE(p.caFile, ca);
}

void tst_ConnectionUri::passwordIsFoundAndWarned()
{
    const ImportResult r = ConnectionUri::parse(QStringLiteral("mysql://u:p%3Ass@h/d?unknown=1"));
    QVERIFY(r.ok());
    QCOMPARE(r.connections.first().password, QStringLiteral("p:ss"));
    QVERIFY(!r.warnings.isEmpty());
    QVERIFY(r.connections.first()
                    .notCarried.join(QLatin1Char(' '))
                    .contains(QLatin1String("unknown")));
    QVERIFY(!r.summary().contains(QLatin1String("p:ss")));
}

void tst_ConnectionUri::roundTrip()
{
    Profile p = Profile::create();
    p.name = QStringLiteral("x");
    p.host = QStringLiteral("db.example.com");
    p.port = 3310;
    p.user = QStringLiteral("app user@corp");
    p.database = QStringLiteral("shop/eu");
    p.sslMode = SslMode::VerifyCa;
    p.caFile = QStringLiteral("/etc/my certs/ca.pem");
    p.caDirectory = QStringLiteral("/etc/ssl/certs");
    p.clientCertificate = QStringLiteral("/c&d.pem");
    p.clientKey = QStringLiteral("/k=.pem");
    p.cipherList = QStringLiteral("ECDHE+AESGCM:!aNULL");
    p.minTlsVersion = TlsVersion::Tls1_3;
    p.connectTimeoutSeconds = 42;
    const QString uri = ConnectionUri::format(p, QStringLiteral("pw&?@"));
    const ImportResult r = ConnectionUri::parse(uri);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Profile &q = r.connections.first().profile;
    QCOMPARE(r.connections.first().password, QStringLiteral("pw&?@"));
    for (auto field : {&Profile::host, &Profile::user, &Profile::database, &Profile::caFile,
                       &Profile::caDirectory, &Profile::clientCertificate, &Profile::clientKey,
                       &Profile::cipherList})
        QCOMPARE(q.*field, p.*field);
    QCOMPARE(q.port, p.port);
    QCOMPARE(q.sslMode, p.sslMode);
    QCOMPARE(q.minTlsVersion, p.minTlsVersion);
    QCOMPARE(q.connectTimeoutSeconds, p.connectTimeoutSeconds);
    QVERIFY(r.connections.first().notCarried.isEmpty());
}

void tst_ConnectionUri::malformed_data()
{
    QTest::addColumn<QString>("uri");
    QTest::newRow("not a uri") << QStringLiteral("https://example.com");
    QTest::newRow("no host") << QStringLiteral("mysql://user@:3306/db");
    QTest::newRow("ipv6 unclosed") << QStringLiteral("mysql://[::1:3306/db");
    QTest::newRow("spaces") << QStringLiteral("mysql://h/d?x=a b");
    QTest::newRow("control") << QStringLiteral("mysql://h/d\x01");
    QTest::newRow("huge") << QStringLiteral("mysql://h/")
                    + QString(ConnectionUri::maxLength, QLatin1Char('a'));
}

void tst_ConnectionUri::malformed()
{
    QFETCH(QString, uri);
    const ImportResult r = ConnectionUri::parse(uri);
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ConnectionUri)
#include "tst_connectionuri.moc"
