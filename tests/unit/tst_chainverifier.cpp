// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UtcDateTime.h"
#include "CertCorpus.h"
#include "cert/CertificateLoader.h"
#include "cert/ChainVerifier.h"

#include <QTemporaryDir>
#include <QTest>

#include <openssl/x509_vfy.h>

// Verification at explicit times against CA files and hashed CA folders, with OpenSSL's reason
// for every failure.
class tst_ChainVerifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verify_data();
    void verify();
    void caDirectory();
    void reportsEveryProblem();
    void unusableCaFile();
    void trustedList();

private:
    QList<CertificateInfo> load(const QString &file);
};

QList<CertificateInfo> tst_ChainVerifier::load(const QString &file)
{
    return CertificateLoader::loadFile(CertCorpus::path(file)).certificates;
}

void tst_ChainVerifier::initTestCase()
{
    QVERIFY2(!CertCorpus::dir().isEmpty(), "the certificate corpus could not be made");
}

void tst_ChainVerifier::verify_data()
{
    QTest::addColumn<QString>("chain");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("error"); // X509_V_OK when it must verify
    QTest::addColumn<int>("chainLength");
    const QDateTime today = QDateTime::currentDateTimeUtc();
    QTest::newRow("server chain") << "bundle-server-chain.pem"
                                  << "cert-root-rsa4096.pem" << today << X509_V_OK << 3;
    QTest::newRow("p7b chain") << "bundle-pkcs7.p7b"
                               << "cert-root-rsa4096.pem" << today << X509_V_OK << 3;
    QTest::newRow("long chain") << "bundle-chain-long.pem"
                                << "cert-root-p256.pem" << today << X509_V_OK << 7;
    QTest::newRow("missing intermediate") << "cert-server-rsa2048.pem"
                                          << "cert-root-rsa4096.pem" << today
                                          << X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY << 1;
    QTest::newRow("wrong ca") << "bundle-server-chain.pem"
                              << "cert-root-rsa2048.pem" << today
                              << X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY << 2;
    QTest::newRow("leaf as ca") << "cert-server-p256.pem"
                                << "bad-leaf-as-ca.pem" << today
                                << X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY << 1;
    QTest::newRow("expired") << "cert-expired.pem"
                             << "cert-root-rsa4096.pem" << today << X509_V_ERR_CERT_HAS_EXPIRED
                             << 2;
    QTest::newRow("expired, checked in 2020")
            << "cert-expired.pem"
            << "cert-root-rsa4096.pem" << utcDateTime(QDate(2020, 6, 1), QTime(0, 0))
            << X509_V_ERR_CERT_NOT_YET_VALID << 2; // the root itself was not valid yet in 2020
    QTest::newRow("not yet valid")
            << "cert-not-yet-valid.pem"
            << "cert-root-rsa4096.pem" << today << X509_V_ERR_CERT_NOT_YET_VALID << 2;
    QTest::newRow("valid later") << "cert-server-p256.pem"
                                 << "cert-root-rsa4096.pem" << today.addYears(5)
                                 << X509_V_ERR_CERT_HAS_EXPIRED << 2;
    QTest::newRow("self-signed") << "cert-selfsigned-p256.pem"
                                 << "cert-root-rsa4096.pem" << today
                                 << X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT << 1;
    QTest::newRow("self-signed trusted") << "cert-selfsigned-p256.pem"
                                         << "cert-selfsigned-p256.pem" << today << X509_V_OK << 1;
}

void tst_ChainVerifier::verify()
{
    QFETCH(QString, chain);
    QFETCH(QString, caFile);
    QFETCH(QDateTime, now);
    QFETCH(int, error);
    QFETCH(int, chainLength);
    const ChainVerification result
            = ChainVerifier::verify(load(chain), CertCorpus::path(caFile), QString(), now);
    QCOMPARE(result.verified, error == X509_V_OK);
    QCOMPARE(result.chain.size(), chainLength);
    if (error == X509_V_OK) {
        QVERIFY(result.problems.isEmpty());
        QVERIFY(result.message.isEmpty());
        QCOMPARE(result.chain.first(), load(chain).first());
    } else {
        QVERIFY2(result.hasProblem(error), qPrintable(result.message));
        QVERIFY(result.message.contains(QString::fromLatin1(X509_verify_cert_error_string(error))));
    }
}

void tst_ChainVerifier::caDirectory()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(CertCorpus::path(QStringLiteral("cert-root-rsa4096.pem")),
                        dir.filePath(QStringLiteral("root.pem"))));
    QCOMPARE(QProcess::execute(QStringLiteral("openssl"), {QStringLiteral("rehash"), dir.path()}),
             0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ChainVerification ok = ChainVerifier::verify(
            load(QStringLiteral("bundle-server-chain.pem")), QString(), dir.path(), now);
    QVERIFY2(ok.verified, qPrintable(ok.message));
    const ChainVerification other = ChainVerifier::verify(
            load(QStringLiteral("cert-chain-leaf.pem")), QString(), dir.path(), now);
    QVERIFY(!other.verified);
    const ChainVerification missing
            = ChainVerifier::verify(load(QStringLiteral("bundle-server-chain.pem")), QString(),
                                    dir.filePath(QStringLiteral("nope")), now);
    QVERIFY(!missing.verified);
    QVERIFY(missing.message.contains(QLatin1String("does not exist")));
}

void tst_ChainVerifier::reportsEveryProblem()
{
    // An expired leaf from an unknown CA: both problems are reported, each at its depth.
    const ChainVerification result
            = ChainVerifier::verify(load(QStringLiteral("cert-expired.pem")),
                                    CertCorpus::path(QStringLiteral("cert-root-rsa2048.pem")),
                                    QString(), QDateTime::currentDateTimeUtc());
    QVERIFY(!result.verified);
    QVERIFY(result.hasProblem(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY));
    QVERIFY(result.hasProblem(X509_V_ERR_CERT_HAS_EXPIRED));
    for (const ChainVerification::Problem &p : result.problems) {
        QCOMPARE(p.depth, 0);
        QVERIFY(p.subject.contains(QLatin1String("expired.example.com")));
    }
}

void tst_ChainVerifier::unusableCaFile()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ChainVerification key = ChainVerifier::verify(
            load(QStringLiteral("cert-server-p256.pem")),
            CertCorpus::path(QStringLiteral("key-server-p256.pem")), QString(), now);
    QVERIFY(!key.verified);
    QVERIFY(key.message.contains(QLatin1String("CA file cannot be used")));
    QVERIFY(key.message.contains(QLatin1String("private key")));
    const ChainVerification none = ChainVerifier::verify(
            {}, CertCorpus::path(QStringLiteral("cert-root-rsa4096.pem")), QString(), now);
    QVERIFY(!none.verified);
}

void tst_ChainVerifier::trustedList()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<CertificateInfo> roots = load(QStringLiteral("bundle-roots.pem"));
    QVERIFY(ChainVerifier::verify(load(QStringLiteral("bundle-chain-shuffled.pem")), roots, now)
                    .verified);
    QVERIFY(!ChainVerifier::verify(load(QStringLiteral("cert-chain-leaf.pem")), roots, now)
                     .verified);
}

QTEST_GUILESS_MAIN(tst_ChainVerifier)
#include "tst_chainverifier.moc"
