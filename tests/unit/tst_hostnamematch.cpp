// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertCorpus.h"
#include "cert/CertificateLoader.h"
#include "cert/HostnameMatch.h"

#include <QHostAddress>
#include <QTest>

class tst_HostnameMatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void patterns_data();
    void patterns();
    void certificates_data();
    void certificates();
};

void tst_HostnameMatch::patterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "db.example.com"
                           << "db.example.com" << true;
    QTest::newRow("case") << "DB.Example.COM"
                          << "db.example.com" << true;
    QTest::newRow("trailing dot") << "db.example.com"
                                  << "db.example.com." << true;
    QTest::newRow("other") << "db.example.com"
                           << "www.example.com" << false;
    QTest::newRow("wildcard one label") << "*.example.com"
                                        << "db.example.com" << true;
    QTest::newRow("wildcard two labels") << "*.example.com"
                                         << "a.db.example.com" << false;
    QTest::newRow("wildcard bare domain") << "*.example.com"
                                          << "example.com" << false;
    QTest::newRow("wildcard tld") << "*.com"
                                  << "example.com" << false;
    QTest::newRow("partial wildcard") << "db*.example.com"
                                      << "db1.example.com" << false;
    QTest::newRow("wildcard not leftmost") << "db.*.com"
                                           << "db.example.com" << false;
    QTest::newRow("suffix trick") << "*.example.com"
                                  << "dbexample.com" << false;
    QTest::newRow("empty") << ""
                           << "db.example.com" << false;
}

void tst_HostnameMatch::patterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, host);
    QFETCH(bool, matches);
    QCOMPARE(HostnameMatch::dnsNameMatches(pattern, host), matches);
}

void tst_HostnameMatch::certificates_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QString>("matchedOrMessage");
    QTest::newRow("san") << "cert-server-rsa2048.pem"
                         << "db.example.com" << true << "db.example.com";
    QTest::newRow("san wildcard") << "cert-server-rsa2048.pem"
                                  << "eu1.db.example.com" << true << "*.db.example.com";
    QTest::newRow("ipv4") << "cert-server-rsa2048.pem"
                          << "127.0.0.1" << true << "127.0.0.1";
    QTest::newRow("ipv6 long form") << "cert-server-rsa2048.pem"
                                    << "0:0:0:0:0:0:0:1" << true << "::1";
    QTest::newRow("ipv6 brackets") << "cert-server-rsa2048.pem"
                                   << "[::1]" << true << "::1";
    QTest::newRow("other ip") << "cert-server-rsa2048.pem"
                              << "127.0.0.2" << false
                              << "for IP address 127.0.0.1, ::1, not 127.0.0.2";
    QTest::newRow("ip as dns name") << "cert-server-p256.pem"
                                    << "localhost" << true << "localhost";
    QTest::newRow("name mismatch")
            << "cert-server-p256.pem"
            << "db.example.com" << false << "is for localhost, not db.example.com";
    // With DNS names in the SAN, the CN is never used (RFC 6125 6.4.4).
    QTest::newRow("cn ignored when san")
            << "cert-server-ed25519.pem"
            << "ed25519.example.com" << false << "not ed25519.example.com";
    QTest::newRow("cn fallback") << "cert-cn-only.pem"
                                 << "legacy.example.com" << true << "legacy.example.com";
    QTest::newRow("no ip in cn-only") << "cert-cn-only.pem"
                                      << "10.0.0.1" << false << "names no IP address";
}

void tst_HostnameMatch::certificates()
{
    QFETCH(QString, file);
    QFETCH(QString, host);
    QFETCH(bool, matches);
    QFETCH(QString, matchedOrMessage);
    const CertificateLoadResult loaded = CertificateLoader::loadFile(CertCorpus::path(file));
    QVERIFY(loaded.ok());
    const HostnameMatch m = HostnameMatch::check(loaded.certificates.first(), host);
    QCOMPARE(m.matches, matches);
    if (matches) {
        QCOMPARE(m.matchedName, matchedOrMessage);
        QVERIFY(m.message.isEmpty());
    } else {
        QVERIFY2(m.message.contains(matchedOrMessage), qPrintable(m.message));
    }
    // OpenSSL's own check (the one the TLS gateway relies on) agrees.
    QString bare = host;
    bare.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    const bool isIp = !QHostAddress(bare).isNull();
    const QString verdict = QString::fromUtf8(CertCorpus::opensslOutput(
            {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-in"),
             CertCorpus::path(file),
             isIp ? QStringLiteral("-checkip") : QStringLiteral("-checkhost"), bare}));
    QVERIFY2(verdict.contains(matches ? QLatin1String("does match")
                                      : QLatin1String("does NOT match")),
             qPrintable(verdict));
}

QTEST_GUILESS_MAIN(tst_HostnameMatch)
#include "tst_hostnamematch.moc"
