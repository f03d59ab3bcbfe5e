// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UtcDateTime.h"
#include "CertCorpus.h"
#include "cert/CertificateChecks.h"
#include "cert/CertificateLoader.h"
#include "cert/PrivateKeyLoader.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

class tst_CertificateChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void orderChain_data();
    void orderChain();
    void orderChainToleratesDuplicatesAndStrangers();
    void keyMatches_data();
    void keyMatches();
    void isCertificateAuthority_data();
    void isCertificateAuthority();
    void isValidAt_data();
    void isValidAt();

private:
    static CertificateInfo first(const QString &file)
    {
        const CertificateLoadResult r = CertificateLoader::loadFile(CertCorpus::path(file));
        return r.certificates.value(0);
    }
};

void tst_CertificateChecks::initTestCase()
{
    QVERIFY2(!CertCorpus::dir().isEmpty(), "the certificate corpus could not be made");
}

void tst_CertificateChecks::orderChain_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 8; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("shuffle %1").arg(seed))) << seed;
}

void tst_CertificateChecks::orderChain()
{
    QFETCH(int, seed);
    const QList<CertificateInfo> ordered
            = CertificateLoader::loadFile(CertCorpus::path(QStringLiteral("bundle-chain-long.pem")))
                      .certificates;
    QCOMPARE(ordered.size(), 7);
    QList<CertificateInfo> shuffled = ordered;
    std::shuffle(shuffled.begin(), shuffled.end(), QRandomGenerator(quint32(seed)));
    QCOMPARE(CertificateChecks::orderChain(shuffled), ordered);

    const QList<CertificateInfo> fromFile
            = CertificateLoader::loadFile(
                      CertCorpus::path(QStringLiteral("bundle-chain-shuffled.pem")))
                      .certificates;
    QCOMPARE(CertificateChecks::orderChain(fromFile), ordered);
}

void tst_CertificateChecks::orderChainToleratesDuplicatesAndStrangers()
{
    const CertificateInfo leaf = first(QStringLiteral("cert-server-rsa2048.pem"));
    const CertificateInfo intermediate = first(QStringLiteral("cert-intermediate-p384.pem"));
    const CertificateInfo root = first(QStringLiteral("cert-root-rsa4096.pem"));
    const CertificateInfo stranger = first(QStringLiteral("cert-root-p256.pem"));
    const QList<CertificateInfo> ordered = CertificateChecks::orderChain(
            {root, stranger, intermediate, leaf, root, intermediate});
    QCOMPARE(ordered, (QList<CertificateInfo> {leaf, intermediate, root, stranger}));
    QCOMPARE(CertificateChecks::orderChain({}), QList<CertificateInfo>());
    QVERIFY(CertificateChecks::isIssuedBy(leaf, intermediate));
    QVERIFY(!CertificateChecks::isIssuedBy(intermediate, leaf));
}

void tst_CertificateChecks::keyMatches_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("matches");
    QTest::newRow("rsa pkcs8") << "cert-server-rsa2048.pem"
                               << "key-server-rsa2048.pem" << true;
    QTest::newRow("rsa pkcs1") << "cert-server-rsa2048.pem"
                               << "key-server-rsa2048-pkcs1.pem" << true;
    QTest::newRow("ec sec1") << "cert-server-p256.der"
                             << "key-server-p256-sec1.pem" << true;
    QTest::newRow("ed25519") << "cert-server-ed25519.pem"
                             << "key-server-ed25519.der" << true;
    QTest::newRow("encrypted") << "cert-client-rsa2048.pem"
                               << "key-client-rsa2048-encrypted-pkcs8.pem" << true;
    QTest::newRow("unrelated rsa") << "cert-server-rsa2048.pem"
                                   << "key-unrelated-rsa2048.pem" << false;
    QTest::newRow("other algorithm") << "cert-server-rsa2048.pem"
                                     << "key-server-p256.pem" << false;
    QTest::newRow("same curve, other key") << "cert-server-p384.pem"
                                           << "key-intermediate-p384.pem" << false;
}

void tst_CertificateChecks::keyMatches()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(bool, matches);
    const PrivateKeyLoadResult k
            = PrivateKeyLoader::loadFile(CertCorpus::path(key), CertCorpus::passphrase());
    QVERIFY2(k.ok(), qPrintable(k.message));
    const CheckResult result = CertificateChecks::keyMatches(first(certificate), k.key);
    QCOMPARE(result.ok, matches);
    QCOMPARE(result.message.isEmpty(), matches);
    if (!matches)
        QVERIFY(result.message.contains(QLatin1String("does not belong")));

    // Without the passphrase the answer is "can't tell yet", never "matches".
    const PrivateKeyLoadResult locked = PrivateKeyLoader::loadFile(CertCorpus::path(key));
    if (locked.status == PrivateKeyLoadResult::Status::NeedsPassphrase) {
        const CheckResult unknown = CertificateChecks::keyMatches(first(certificate), locked.key);
        QVERIFY(!unknown.ok);
        QVERIFY(unknown.message.contains(QLatin1String("passphrase")));
    }
}

void tst_CertificateChecks::isCertificateAuthority_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("isCa");
    QTest::addColumn<QString>("reason");
    QTest::newRow("root") << "cert-root-rsa4096.pem" << true << QString();
    QTest::newRow("intermediate") << "cert-intermediate-p384.pem" << true << QString();
    QTest::newRow("leaf as ca") << "bad-leaf-as-ca.pem" << false << "not a CA certificate";
    QTest::newRow("self-signed leaf")
            << "cert-selfsigned-p256.pem" << false << "not a CA certificate";
    QTest::newRow("client") << "cert-client-rsa2048.pem" << false << "Use the CA certificate";
}

void tst_CertificateChecks::isCertificateAuthority()
{
    QFETCH(QString, file);
    QFETCH(bool, isCa);
    QFETCH(QString, reason);
    const CheckResult result = CertificateChecks::isCertificateAuthority(first(file));
    QCOMPARE(result.ok, isCa);
    QVERIFY2(result.message.contains(reason), qPrintable(result.message));
}

void tst_CertificateChecks::isValidAt_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reason");
    const QDateTime in2026 = utcDateTime(QDate(2026, 6, 1), QTime(12, 0));
    QTest::newRow("expired") << "cert-expired.pem" << in2026 << false
                             << "expired on 2021-01-01 (5 year(s) ago)";
    QTest::newRow("expired yesterday")
            << "cert-expired.pem" << utcDateTime(QDate(2021, 1, 2), QTime(0, 0)) << false
            << "expired on 2021-01-01 (1 day(s) ago)";
    QTest::newRow("last second") << "cert-expired.pem"
                                 << utcDateTime(QDate(2021, 1, 1), QTime(0, 0)) << true
                                 << QString();
    QTest::newRow("not yet") << "cert-not-yet-valid.pem" << in2026 << false
                             << "not valid before 2099-01-01 (in 72 year(s))";
    QTest::newRow("future, in its time")
            << "cert-not-yet-valid.pem" << utcDateTime(QDate(2099, 3, 1), QTime(0, 0)) << true
            << QString();
}

void tst_CertificateChecks::isValidAt()
{
    QFETCH(QString, file);
    QFETCH(QDateTime, now);
    QFETCH(bool, valid);
    QFETCH(QString, reason);
    const CheckResult result = CertificateChecks::isValidAt(first(file), now);
    QCOMPARE(result.ok, valid);
    QVERIFY2(result.message.contains(reason), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(tst_CertificateChecks)
#include "tst_certificatechecks.moc"
