// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertCorpus.h"
#include "cert/CertificateFileSummary.h"

#include <QTemporaryDir>
#include <QTest>

// The one-line answer a file picker shows, for every kind of file a user might pick.
class tst_CertificateFileSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void inspect_data();
    void inspect();
    void tooLarge();
};

using Role = CertificateFileSummary::Role;
using Problem = CertificateFileSummary::Problem;
Q_DECLARE_METATYPE(Role)
Q_DECLARE_METATYPE(Problem)

void tst_CertificateFileSummary::initTestCase()
{
    QVERIFY2(!CertCorpus::dir().isEmpty(), "the certificate corpus could not be made");
}

void tst_CertificateFileSummary::inspect_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Role>("role");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("text");
    // The root is made "now" by the fixture and valid for 7300 days: 19 years from 2026-11-28,
    // the day this expectation is computed against (see `now` below).
    QTest::newRow("one ca") << "cert-root-rsa4096.pem" << Role::CaCertificates << Problem::None
                            << "This file holds 1 CA certificate, RSA 4096, valid until ";
    QTest::newRow("three cas") << "bundle-roots.pem" << Role::CaCertificates << Problem::None
                               << "This file holds 3 CA certificate(s).";
    QTest::newRow("leaf as ca") << "bad-leaf-as-ca.pem" << Role::CaCertificates << Problem::NotACa
                                << "\"db.example.com\" is not a CA certificate";
    QTest::newRow("chain as ca") << "bundle-server-chain.pem" << Role::CaCertificates
                                 << Problem::NotACa << "is not a CA certificate";
    QTest::newRow("key as ca") << "key-server-p256.pem" << Role::CaCertificates
                               << Problem::PrivateKeyInsteadOfCertificate
                               << "private key where a certificate was expected";
    QTest::newRow("key as client cert") << "key-server-p256.pem" << Role::ClientCertificate
                                        << Problem::PrivateKeyInsteadOfCertificate
                                        << "private key where a certificate was expected";
    QTest::newRow("empty") << "bad-empty.pem" << Role::CaCertificates << Problem::Empty
                           << "The file is empty.";
    QTest::newRow("junk") << "bad-junk.bin" << Role::CaCertificates << Problem::NotACertificateFile
                          << "not a certificate file";
    QTest::newRow("truncated") << "bad-truncated.pem" << Role::ClientCertificate << Problem::Damaged
                               << "damaged";
    QTest::newRow("missing") << "missing.pem" << Role::CaCertificates << Problem::NotFound
                             << "does not exist";
    QTest::newRow("folder") << "." << Role::CaCertificates << Problem::Unreadable << "folder";
    QTest::newRow("expired client") << "cert-expired.pem" << Role::ClientCertificate
                                    << Problem::Expired << "expired on 2021-01-01";
    QTest::newRow("future client") << "cert-not-yet-valid.pem" << Role::ClientCertificate
                                   << Problem::NotYetValid << "not valid before 2099-01-01";
    QTest::newRow("client") << "cert-client-rsa2048.pem" << Role::ClientCertificate << Problem::None
                            << "This file holds a certificate for \"app\", RSA 2048, valid until";
    QTest::newRow("client chain, leaf first in any order")
            << "bundle-server-chain.pem" << Role::ClientCertificate << Problem::None
            << "certificate for \"db.example.com\"";
    QTest::newRow("any") << "bundle-pkcs7.p7b" << Role::AnyCertificate << Problem::None
                         << "This file holds 3 certificate(s); the first is \"db.example.com\"";
    QTest::newRow("key") << "key-server-rsa2048-pkcs1.pem" << Role::PrivateKey << Problem::None
                         << "This file holds a private key, RSA 2048 (PKCS#1 (PEM)).";
    QTest::newRow("encrypted key") << "key-client-rsa2048-encrypted-pkcs8.pem" << Role::PrivateKey
                                   << Problem::PassphraseNeeded
                                   << "encrypted private key (encrypted PKCS#8 (PEM)); its "
                                      "passphrase will be asked for.";
    QTest::newRow("cert as key") << "cert-server-p256.pem" << Role::PrivateKey
                                 << Problem::CertificateInsteadOfPrivateKey
                                 << "certificate, not a private key";
    QTest::newRow("openssh key") << "bad-openssh-key.pem" << Role::PrivateKey
                                 << Problem::UnsupportedKey << "ssh-keygen";
}

void tst_CertificateFileSummary::inspect()
{
    QFETCH(QString, file);
    QFETCH(Role, role);
    QFETCH(Problem, problem);
    QFETCH(QString, text);
    const CertificateFileSummary s = CertificateFileSummary::inspect(
            CertCorpus::path(file), role, QDateTime::currentDateTimeUtc());
    QCOMPARE(s.problem, problem);
    QVERIFY2(s.text.contains(text), qPrintable(s.text));
    QCOMPARE(s.ok(), problem == Problem::None || problem == Problem::PassphraseNeeded);
}

void tst_CertificateFileSummary::tooLarge()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("big.pem")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(10 * 1024 * 1024 + 1));
    file.close();
    const CertificateFileSummary s = CertificateFileSummary::inspect(
            file.fileName(), Role::CaCertificates, QDateTime::currentDateTimeUtc());
    QCOMPARE(s.problem, Problem::TooLarge);
    QVERIFY(s.text.contains(QLatin1String("too large")));
}

QTEST_GUILESS_MAIN(tst_CertificateFileSummary)
#include "tst_certificatefilesummary.moc"
