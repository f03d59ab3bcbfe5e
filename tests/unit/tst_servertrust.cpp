// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Trust on first use ("use the server's CA"): which CA is taken from the presented chain, and
// which mode the profile gets. A CA the system already trusts makes the profile Verify CA and
// host name, never Verify CA alone (DESIGN.md, rule 10).
//
// "The system" is what a connection without a CA file or folder trusts: OpenSSL's default
// locations, which SSL_CERT_FILE and SSL_CERT_DIR override. The test points them at a CA of the
// certificate corpus (or at an unrelated one) and an empty folder, so it decides what the system
// trusts; it does not look at the machine's real CA store.
#include "CertCorpus.h"
#include "cert/CertificateLoader.h"
#include "mysql/ServerTrust.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_ServerTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void adoptedCaDecidesTheMode_data();
    void adoptedCaDecidesTheMode();

private:
    QByteArray der(const QString &file) const;
    QTemporaryDir m_emptyCaDir;
};

void tst_ServerTrust::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!CertCorpus::dir().isEmpty(), "the certificate corpus could not be made");
    QVERIFY(m_emptyCaDir.isValid());
}

void tst_ServerTrust::cleanup()
{
    qunsetenv("SSL_CERT_FILE");
    qunsetenv("SSL_CERT_DIR");
}

QByteArray tst_ServerTrust::der(const QString &file) const
{
    const CertificateLoadResult loaded = CertificateLoader::loadFile(CertCorpus::path(file));
    return loaded.certificates.isEmpty() ? QByteArray() : loaded.certificates.first().der;
}

void tst_ServerTrust::adoptedCaDecidesTheMode_data()
{
    QTest::addColumn<QStringList>("presented"); // leaf first
    QTest::addColumn<QString>("systemCa");      // the one CA the "system" trusts
    QTest::addColumn<int>("modeBefore");
    QTest::addColumn<QString>("adopted"); // the CA certificate taken from the chain
    QTest::addColumn<bool>("systemTrusted");
    QTest::addColumn<int>("modeAfter");

    const QStringList fullChain {QStringLiteral("cert-server-rsa2048.pem"),
                                 QStringLiteral("cert-intermediate-p384.pem"),
                                 QStringLiteral("cert-root-rsa4096.pem")};
    const QStringList noRoot = fullChain.mid(0, 2);
    const QString root = QStringLiteral("cert-root-rsa4096.pem");
    const QString unrelated = QStringLiteral("cert-root-rsa2048.pem");
    const int required = int(SslMode::Required);
    const int verifyCa = int(SslMode::VerifyCa);
    const int verifyIdentity = int(SslMode::VerifyIdentity);

    QTest::newRow("root the system trusts, from required")
            << fullChain << root << required << root << true << verifyIdentity;
    QTest::newRow("root the system trusts, from verify-ca")
            << fullChain << root << verifyCa << root << true << verifyIdentity;
    QTest::newRow("intermediate chaining to a root the system trusts")
            << noRoot << root << required << QStringLiteral("cert-intermediate-p384.pem") << true
            << verifyIdentity;
    QTest::newRow("private root, from required")
            << fullChain << unrelated << required << root << false << verifyCa;
    QTest::newRow("private root, verify-identity stays")
            << fullChain << unrelated << verifyIdentity << root << false << verifyIdentity;
    QTest::newRow("self-signed server certificate")
            << QStringList {QStringLiteral("cert-selfsigned-p256.pem")} << unrelated << required
            << QStringLiteral("cert-selfsigned-p256.pem") << false << verifyCa;
}

void tst_ServerTrust::adoptedCaDecidesTheMode()
{
    QFETCH(QStringList, presented);
    QFETCH(QString, systemCa);
    QFETCH(int, modeBefore);
    QFETCH(QString, adopted);
    QFETCH(bool, systemTrusted);
    QFETCH(int, modeAfter);

    qputenv("SSL_CERT_FILE", QFile::encodeName(CertCorpus::path(systemCa)));
    qputenv("SSL_CERT_DIR", QFile::encodeName(m_emptyCaDir.path()));

    GatewaySession session;
    for (const QString &file : std::as_const(presented))
        session.peerChain << der(file);
    const std::optional<QByteArray> ca = ServerTrust::chainCaCertificate(session);
    QVERIFY(ca);
    QCOMPARE(*ca, der(adopted));
    QCOMPARE(ServerTrust::systemTrusts(*ca), systemTrusted);

    Profile profile = Profile::create();
    profile.name = QStringLiteral("tofu");
    profile.host = QStringLiteral("db.example.com");
    profile.sslMode = SslMode(modeBefore);
    const ServerTrust::Adopted result = ServerTrust::adoptCaCertificate(profile, *ca);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.systemTrusted, systemTrusted);
    QCOMPARE(int(profile.sslMode), modeAfter);
    QCOMPARE(profile.caFile, result.caFile);
    const CertificateLoadResult saved = CertificateLoader::loadFile(profile.caFile);
    QCOMPARE(saved.certificates.size(), 1);
    QCOMPARE(saved.certificates.first().der, der(adopted));
    // Whatever was adopted, the profile is one sslcm accepts.
    QVERIFY2(profile.validate().isEmpty(), qPrintable(profile.validate().join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(tst_ServerTrust)
#include "tst_servertrust.moc"
