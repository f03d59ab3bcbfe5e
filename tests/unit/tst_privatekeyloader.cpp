// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertCorpus.h"
#include "cert/PrivateKeyLoader.h"

#include <QTest>

// Every key of the corpus in every container, compared with the public key `openssl pkey`
// derives from the same file.
class tst_PrivateKeyLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readsEveryFormat_data();
    void readsEveryFormat();
    void encryptedNeedsPassphrase_data();
    void encryptedNeedsPassphrase();
    void refusesWithReason_data();
    void refusesWithReason();
    void hugeIterationCountIsRefused();
    void survivesTruncation();
};

void tst_PrivateKeyLoader::initTestCase()
{
    QVERIFY2(!CertCorpus::dir().isEmpty(), "the certificate corpus could not be made");
}

void tst_PrivateKeyLoader::readsEveryFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<PrivateKeyInfo::Format>("format");
    QTest::addColumn<QString>("description");
    QTest::addColumn<bool>("encrypted");
    using F = PrivateKeyInfo::Format;
    QTest::newRow("rsa4096 pkcs8") << "key-root-rsa4096.pem" << F::Pkcs8 << "RSA 4096" << false;
    QTest::newRow("rsa2048 pkcs8") << "key-server-rsa2048.pem" << F::Pkcs8 << "RSA 2048" << false;
    QTest::newRow("rsa2048 pkcs1")
            << "key-server-rsa2048-pkcs1.pem" << F::Pkcs1 << "RSA 2048" << false;
    QTest::newRow("p256 pkcs8") << "key-server-p256.pem" << F::Pkcs8 << "EC P-256" << false;
    QTest::newRow("p256 sec1") << "key-server-p256-sec1.pem" << F::Sec1 << "EC P-256" << false;
    QTest::newRow("p384 pkcs8") << "key-server-p384.pem" << F::Pkcs8 << "EC P-384" << false;
    QTest::newRow("ed25519") << "key-server-ed25519.pem" << F::Pkcs8 << "Ed25519" << false;
    QTest::newRow("ed25519 der") << "key-server-ed25519.der" << F::Der << "Ed25519" << false;
    QTest::newRow("encrypted pkcs8")
            << "key-client-rsa2048-encrypted-pkcs8.pem" << F::EncryptedPkcs8 << "RSA 2048" << true;
    QTest::newRow("legacy encrypted ec") << "key-server-p384-legacy-encrypted.pem"
                                         << F::LegacyEncryptedPem << "EC P-384" << true;
    QTest::newRow("legacy encrypted rsa") << "key-server-rsa2048-legacy-encrypted.pem"
                                          << F::LegacyEncryptedPem << "RSA 2048" << true;
    QTest::newRow("encrypted der")
            << "key-server-p256-encrypted.der" << F::EncryptedDer << "EC P-256" << true;
}

void tst_PrivateKeyLoader::readsEveryFormat()
{
    QFETCH(QString, file);
    QFETCH(PrivateKeyInfo::Format, format);
    QFETCH(QString, description);
    QFETCH(bool, encrypted);
    const QString path = CertCorpus::path(file);
    const QByteArray passphrase = encrypted ? CertCorpus::passphrase() : QByteArray();
    const PrivateKeyLoadResult loaded = PrivateKeyLoader::loadFile(path, passphrase);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(loaded.key.format, format);
    QCOMPARE(loaded.key.encrypted, encrypted);
    QCOMPARE(loaded.key.keyDescription(), description);

    QStringList arguments {QStringLiteral("pkey"),
                           QStringLiteral("-in"),
                           path,
                           QStringLiteral("-pubout"),
                           QStringLiteral("-outform"),
                           QStringLiteral("DER"),
                           QStringLiteral("-passin"),
                           QStringLiteral("pass:") + QString::fromLatin1(CertCorpus::passphrase())};
    if (file.endsWith(QLatin1String(".der")))
        arguments << QStringLiteral("-inform") << QStringLiteral("DER");
    const QByteArray expected = CertCorpus::openssl(arguments);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(loaded.key.subjectPublicKeyInfo, expected);
}

void tst_PrivateKeyLoader::encryptedNeedsPassphrase_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("algorithm");
    QTest::newRow("encrypted pkcs8") << "key-client-rsa2048-encrypted-pkcs8.pem" << QString();
    QTest::newRow("legacy ec") << "key-server-p384-legacy-encrypted.pem"
                               << "EC";
    QTest::newRow("legacy rsa") << "key-server-rsa2048-legacy-encrypted.pem"
                                << "RSA";
    QTest::newRow("encrypted der") << "key-server-p256-encrypted.der" << QString();
}

void tst_PrivateKeyLoader::encryptedNeedsPassphrase()
{
    QFETCH(QString, file);
    QFETCH(QString, algorithm);
    const PrivateKeyLoadResult locked = PrivateKeyLoader::loadFile(CertCorpus::path(file));
    QCOMPARE(locked.status, PrivateKeyLoadResult::Status::NeedsPassphrase);
    QVERIFY(locked.message.contains(QLatin1String("passphrase is needed")));
    QVERIFY(locked.key.encrypted);
    QVERIFY(!locked.key.isDecoded());
    QCOMPARE(locked.key.algorithm, algorithm);

    const PrivateKeyLoadResult wrong
            = PrivateKeyLoader::loadFile(CertCorpus::path(file), QByteArrayLiteral("not-it"));
    QCOMPARE(wrong.status, PrivateKeyLoadResult::Status::WrongPassphrase);
    QVERIFY(!wrong.key.isDecoded());
}

void tst_PrivateKeyLoader::refusesWithReason_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<PrivateKeyLoadResult::Status>("status");
    QTest::addColumn<QString>("reason");
    using S = PrivateKeyLoadResult::Status;
    QTest::newRow("certificate") << "cert-server-p256.pem" << S::NoKey << "certificate, not a";
    QTest::newRow("der certificate") << "cert-server-p256.der" << S::NoKey << "certificate, not a";
    QTest::newRow("empty") << "bad-empty.pem" << S::Empty << "empty";
    QTest::newRow("junk") << "bad-junk.bin" << S::NoKey << "not a private key";
    QTest::newRow("openssh") << "bad-openssh-key.pem" << S::Unsupported << "ssh-keygen";
    QTest::newRow("missing") << "nothing-here.key" << S::NotFound << "does not exist";
}

void tst_PrivateKeyLoader::refusesWithReason()
{
    QFETCH(QString, file);
    QFETCH(PrivateKeyLoadResult::Status, status);
    QFETCH(QString, reason);
    const PrivateKeyLoadResult loaded = PrivateKeyLoader::loadFile(CertCorpus::path(file));
    QCOMPARE(loaded.status, status);
    QVERIFY2(loaded.message.contains(reason), qPrintable(loaded.message));
    QVERIFY(!loaded.key.isDecoded());
}

void tst_PrivateKeyLoader::hugeIterationCountIsRefused()
{
    // Encrypt with 65536 PBKDF2 rounds (INTEGER 01 00 00), then raise the count in place to
    // 8,388,607 (7F FF FF): decrypting that would hang the caller, so it must be refused unread.
    QByteArray der = CertCorpus::openssl(
            {QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-v2"),
             QStringLiteral("aes-128-cbc"), QStringLiteral("-iter"), QStringLiteral("65536"),
             QStringLiteral("-in"), CertCorpus::path(QStringLiteral("key-server-p256.pem")),
             QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-passout"),
             QStringLiteral("pass:x")});
    const qsizetype at = der.indexOf(QByteArray::fromHex("0203010000"));
    QVERIFY(at > 0);
    QVERIFY(PrivateKeyLoader::load(der, QByteArrayLiteral("x")).ok());
    der.replace(at, 5, QByteArray::fromHex("02037fffff"));
    const QByteArray pem = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + der.toBase64()
            + "\n-----END ENCRYPTED PRIVATE KEY-----\n";
    for (const QByteArray &data : {der, pem}) {
        const PrivateKeyLoadResult loaded = PrivateKeyLoader::load(data, QByteArrayLiteral("x"));
        QCOMPARE(loaded.status, PrivateKeyLoadResult::Status::Unsupported);
        QVERIFY(loaded.message.contains(QLatin1String("key-derivation rounds")));
    }
}

void tst_PrivateKeyLoader::survivesTruncation()
{
    QFile file(CertCorpus::path(QStringLiteral("key-server-rsa2048-pkcs1.pem")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pem = file.readAll();
    int decoded = 0;
    for (int length = 0; length < pem.size(); length += 7)
        decoded += PrivateKeyLoader::load(pem.left(length)).ok() ? 1 : 0;
    QCOMPARE(decoded, 0);
    QVERIFY(PrivateKeyLoader::load(pem).ok());
}

QTEST_GUILESS_MAIN(tst_PrivateKeyLoader)
#include "tst_privatekeyloader.moc"
