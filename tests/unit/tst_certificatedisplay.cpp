// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UtcDateTime.h"
#include "cert/CertificateDisplay.h"

#include <QTest>

class tst_CertificateDisplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void duration_data();
    void duration();
    void fingerprintAndHex();
    void name();
    void dates();
    void keyDescription_data();
    void keyDescription();
};

// Core tests load no translations, so the source text with its "(s)" is what they see; the GUI
// and sslcm-cli load the English plural forms.
void tst_CertificateDisplay::duration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    constexpr qint64 day = 86400;
    QTest::newRow("minutes") << qint64(600) << "less than an hour";
    QTest::newRow("one hour") << qint64(3600) << "1 hour(s)";
    QTest::newRow("hours") << qint64(5 * 3600 + 59) << "5 hour(s)";
    QTest::newRow("one day") << day << "1 day(s)";
    QTest::newRow("59 day(s)") << 59 * day << "59 day(s)";
    QTest::newRow("two months") << 60 * day << "2 month(s)";
    QTest::newRow("364 days") << 364 * day << "12 month(s)";
    QTest::newRow("one year") << 365 * day << "1 year(s)";
    QTest::newRow("four years") << 4 * 365 * day + 100 * day << "4 year(s)";
    QTest::newRow("negative") << -3 * day << "3 day(s)";
}

void tst_CertificateDisplay::duration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(CertificateDisplay::duration(seconds), text);
}

void tst_CertificateDisplay::fingerprintAndHex()
{
    QCOMPARE(CertificateDisplay::fingerprint(QByteArray::fromHex("00ab0f")),
             QStringLiteral("00:AB:0F"));
    QCOMPARE(CertificateDisplay::hexBytes({}), QStringLiteral("-"));
}

void tst_CertificateDisplay::name()
{
    const CertificateInfo::Name name {
            {QStringLiteral("C"), QStringLiteral("2.5.4.6"), QStringLiteral("DE"), 0},
            {QStringLiteral("O"), QStringLiteral("2.5.4.10"), QStringLiteral("Bücher, GmbH"), 1},
            {QStringLiteral("UID"), QStringLiteral("0.9.2342.19200300.100.1.1"),
             QStringLiteral("jm"), 2},
            {QStringLiteral("CN"), QStringLiteral("2.5.4.3"), QStringLiteral("Jürgen"), 2},
    };
    QCOMPARE(CertificateDisplay::name(name),
             QStringLiteral("C=DE, O=Bücher, GmbH, UID=jm + CN=Jürgen"));
    QCOMPARE(CertificateDisplay::name({}), QString());
}

void tst_CertificateDisplay::dates()
{
    const QDateTime when = utcDateTime(QDate(2031, 5, 4), QTime(13, 14, 15));
    QCOMPARE(CertificateDisplay::date(when), QStringLiteral("2031-05-04"));
    QCOMPARE(CertificateDisplay::dateTimeUtc(when), QStringLiteral("2031-05-04 13:14:15 UTC"));
    // The tests run with TZ=UTC.
    QCOMPARE(CertificateDisplay::dateTimeLocal(when), QStringLiteral("2031-05-04 13:14:15 +00:00"));
    QCOMPARE(CertificateDisplay::dateTimeUtc(when.toOffsetFromUtc(7200)),
             QStringLiteral("2031-05-04 13:14:15 UTC"));
}

void tst_CertificateDisplay::keyDescription_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<QString>("text");
    QTest::newRow("rsa") << "RSA" << 2048 << ""
                         << "RSA 2048";
    QTest::newRow("p256") << "EC" << 256 << "prime256v1"
                          << "EC P-256";
    QTest::newRow("p384") << "EC" << 384 << "secp384r1"
                          << "EC P-384";
    QTest::newRow("brainpool") << "EC" << 256 << "brainpoolP256r1"
                               << "EC brainpoolP256r1";
    QTest::newRow("ed25519") << "ED25519" << 253 << ""
                             << "Ed25519";
    QTest::newRow("unknown") << "1.2.3.4" << 0 << ""
                             << "1.2.3.4";
}

void tst_CertificateDisplay::keyDescription()
{
    QFETCH(QString, algorithm);
    QFETCH(int, bits);
    QFETCH(QString, curve);
    QFETCH(QString, text);
    QCOMPARE(CertificateDisplay::keyDescription(algorithm, bits, curve), text);
}

QTEST_GUILESS_MAIN(tst_CertificateDisplay)
#include "tst_certificatedisplay.moc"
