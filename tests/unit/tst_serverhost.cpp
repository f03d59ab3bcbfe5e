// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/ServerHost.h"

#include <QTest>
#include <QUrl>

#include <arpa/inet.h>

// One parse of the host decides what is connected to and what the certificate must name. The
// spellings below once made the resolver and OpenSSL disagree.
class tst_ServerHost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepted_data();
    void accepted();
    void ambiguousIpv4IsRefusedWithTheCanonicalForm_data();
    void ambiguousIpv4IsRefusedWithTheCanonicalForm();
    void everyRefusedSpellingIsAnAddressToTheResolver_data();
    void everyRefusedSpellingIsAnAddressToTheResolver();
    void refused_data();
    void refused();
};

using Kind = ServerHost::Kind;

void tst_ServerHost::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("connect");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("zone");
    QTest::newRow("name") << "db.example.com" << Kind::DnsName << "db.example.com"
                          << "db.example.com"
                          << "";
    QTest::newRow("name, upper case, trailing dot")
            << "DB.Example.com." << Kind::DnsName << "DB.Example.com."
            << "db.example.com"
            << "";
    QTest::newRow("localhost") << "localhost" << Kind::DnsName << "localhost"
                               << "localhost"
                               << "";
    QTest::newRow("surrounding blanks") << "  db.example.com " << Kind::DnsName << "db.example.com"
                                        << "db.example.com"
                                        << "";
    QTest::newRow("internationalised")
            << QStringLiteral("bücher.example") << Kind::DnsName << "xn--bcher-kva.example"
            << "xn--bcher-kva.example"
            << "";
    QTest::newRow("digits in labels") << "db1.10gen.example" << Kind::DnsName << "db1.10gen.example"
                                      << "db1.10gen.example"
                                      << "";
    QTest::newRow("ipv4") << "127.0.0.2" << Kind::Ipv4 << "127.0.0.2"
                          << "127.0.0.2"
                          << "";
    QTest::newRow("ipv4 zero") << "0.0.0.0" << Kind::Ipv4 << "0.0.0.0"
                               << "0.0.0.0"
                               << "";
    QTest::newRow("ipv6 loopback") << "::1" << Kind::Ipv6 << "::1"
                                   << "::1"
                                   << "";
    QTest::newRow("ipv6 long form")
            << "0000:0000:0000:0000:0000:0000:0000:0001" << Kind::Ipv6 << "::1"
            << "::1"
            << "";
    QTest::newRow("ipv6 upper case") << "2001:DB8::A" << Kind::Ipv6 << "2001:db8::a"
                                     << "2001:db8::a"
                                     << "";
    QTest::newRow("ipv6 in brackets") << "[2001:db8::1]" << Kind::Ipv6 << "2001:db8::1"
                                      << "2001:db8::1"
                                      << "";
    // Connected to with its zone, checked without it.
    QTest::newRow("ipv6 with zone") << "fe80::1%eth0" << Kind::Ipv6 << "fe80::1%eth0"
                                    << "fe80::1"
                                    << "eth0";
    QTest::newRow("ipv6 with numeric zone") << "fe80::1%2" << Kind::Ipv6 << "fe80::1%2"
                                            << "fe80::1"
                                            << "2";
}

void tst_ServerHost::accepted()
{
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QFETCH(QString, connect);
    QFETCH(QString, identity);
    QFETCH(QString, zone);
    const ServerHost host = ServerHost::parse(text);
    QVERIFY2(host.isValid(), qPrintable(host.problem()));
    QCOMPARE(host.kind(), kind);
    QCOMPARE(host.connectHost(), connect);
    QCOMPARE(host.identity(), identity);
    QCOMPARE(host.zone(), zone);
    QVERIFY(host.problem().isEmpty());
}

void tst_ServerHost::ambiguousIpv4IsRefusedWithTheCanonicalForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    // Every spelling from the review, and the octal one that OpenSSL reads as decimal.
    QTest::newRow("two parts") << "127.2"
                               << "127.0.0.2";
    QTest::newRow("three parts") << "127.0.2"
                                 << "127.0.0.2";
    QTest::newRow("one decimal number") << "2130706434"
                                        << "127.0.0.2";
    QTest::newRow("one hex number") << "0x7f000002"
                                    << "127.0.0.2";
    QTest::newRow("hex part") << "0x7f.0.0.2"
                              << "127.0.0.2";
    QTest::newRow("octal part") << "0177.0.0.2"
                                << "127.0.0.2";
    QTest::newRow("leading zero") << "127.0.0.01"
                                  << "127.0.0.1";
    QTest::newRow("upper-case hex") << "0X7F.0.0.1"
                                    << "127.0.0.1";
    // Unicode look-alikes that IDNA maps to ASCII dots and digits: read as the address they
    // become, not as a name (a review found 0177。0。0。2 connected to 127.0.0.2 and checked as
    // the name OpenSSL read as 177.0.0.2).
    QTest::newRow("ideographic full stops, octal")
            << QStringLiteral("0177。0。0。2") << "127.0.0.2";
    QTest::newRow("ideographic full stop, two parts") << QStringLiteral("127。2") << "127.0.0.2";
    QTest::newRow("full-width digits and stops")
            << QStringLiteral("０１７７．０．０．２") << "127.0.0.2";
    QTest::newRow("full-width stops") << QStringLiteral("127．0．0．2") << "127.0.0.2";
}

void tst_ServerHost::ambiguousIpv4IsRefusedWithTheCanonicalForm()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const ServerHost host = ServerHost::parse(text);
    QVERIFY(!host.isValid());
    QCOMPARE(host.kind(), Kind::Invalid);
    QVERIFY(host.connectHost().isEmpty());
    QVERIFY(host.identity().isEmpty());
    QVERIFY2(host.problem().contains(QStringLiteral("Write %1").arg(canonical)),
             qPrintable(host.problem()));
}

// The refusals are not arbitrary: each refused spelling is one the system resolver really reads
// as an address, so connecting to it would reach a machine the certificate check never named.
void tst_ServerHost::everyRefusedSpellingIsAnAddressToTheResolver_data()
{
    ambiguousIpv4IsRefusedWithTheCanonicalForm_data();
}

void tst_ServerHost::everyRefusedSpellingIsAnAddressToTheResolver()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    in_addr address {};
    QVERIFY(::inet_aton(QUrl::toAce(text).constData(), &address) != 0);
    char shown[INET_ADDRSTRLEN] = {};
    ::inet_ntop(AF_INET, &address, shown, sizeof shown);
    QCOMPARE(QString::fromLatin1(shown), canonical);
}

void tst_ServerHost::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << ""
                           << "Enter the server's host name or IP address.";
    QTest::newRow("blank") << "   "
                           << "Enter the server's host name or IP address.";
    QTest::newRow("url") << "mysql://db.example.com"
                         << "without “mysql://”";
    QTest::newRow("inner space") << "db example.com"
                                 << "cannot contain spaces";
    QTest::newRow("newline") << "db.example.com\nevil"
                             << "cannot contain spaces";
    QTest::newRow("NUL") << QStringLiteral("db.example.com") + QChar(0) + QStringLiteral("x")
                         << "control character";
    QTest::newRow("port after name") << "db.example.com:3307"
                                     << "Port field";
    QTest::newRow("five parts") << "1.2.3.4.5"
                                << "not a valid IP address";
    QTest::newRow("part above 255") << "256.1.1.1"
                                    << "not a valid IP address";
    QTest::newRow("trailing dot on address") << "127.0.0.1."
                                             << "not a valid IP address";
    QTest::newRow("numeric last label") << "db.example.123"
                                        << "not a valid IP address";
    QTest::newRow("hex last label") << "db.0x7f"
                                    << "not a valid IP address";
    QTest::newRow("bad ipv6") << "2001:db8::g"
                              << "not a valid IPv6 address";
    QTest::newRow("zone on ipv4 in v6 syntax") << "fe80::1%"
                                               << "not a valid network interface";
    QTest::newRow("zone with slash") << "fe80::1%eth0/x"
                                     << "not a valid network interface";
    QTest::newRow("brackets around a name") << "[db.example.com]"
                                            << "without brackets";
    QTest::newRow("underscore-only garbage") << "db..example.com"
                                             << "not a valid host name";
    QTest::newRow("numeric last label in look-alikes")
            << QStringLiteral("db。example。１２３") << "not a valid IP address";
    QTest::newRow("label too long") << QString(64, QLatin1Char('a')) + QStringLiteral(".example")
                                    << "not a valid host name";
}

void tst_ServerHost::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const ServerHost host = ServerHost::parse(text);
    QVERIFY(!host.isValid());
    QVERIFY2(host.problem().contains(message), qPrintable(host.problem()));
}

QTEST_GUILESS_MAIN(tst_ServerHost)
#include "tst_serverhost.moc"
