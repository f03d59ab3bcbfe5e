// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertCorpus.h"
#include "cert/CertificateDisplay.h"
#include "cert/CertificateLoader.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// Every certificate of the corpus is read and compared field by field with what `openssl x509`
// says about the same file; bundles, PKCS#7 and broken files are checked by their effects.
class tst_CertificateLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void agreesWithOpenSsl_data();
    void agreesWithOpenSsl();
    void bundles_data();
    void bundles();
    void systemBundleMatchesOpenSsl();
    void refusesWithReason_data();
    void refusesWithReason();
    void tooLargeFileIsNotRead();
    void unreadableFile();
    void extensionsAndCriticalFlags();
    void detailsOfServerCertificate();
    void utf8AndMultiValuedNames();
    void survivesTruncationAndBitFlips();
    void pemRoundTrip();
};

namespace {

QString field(const QByteArray &output, const QString &name)
{
    const QRegularExpression re(QStringLiteral("^%1=(.*)$").arg(QRegularExpression::escape(name)),
                                QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(output)).captured(1).trimmed();
}

QByteArray digest(const QString &colonHex)
{
    return QByteArray::fromHex(colonHex.toLatin1().replace(':', ""));
}

QStringList inform(const QString &file)
{
    return file.endsWith(QLatin1String(".der"))
            ? QStringList {QStringLiteral("-inform"), QStringLiteral("DER")}
            : QStringList();
}

QList<QByteArray> pemBodies(const QByteArray &text)
{
    QList<QByteArray> ders;
    const QRegularExpression re(
            QStringLiteral("-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----"),
            QRegularExpression::DotMatchesEverythingOption);
    auto it = re.globalMatch(QString::fromLatin1(text));
    while (it.hasNext())
        ders << QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return ders;
}

} // namespace

void tst_CertificateLoader::initTestCase()
{
    QVERIFY2(!CertCorpus::dir().isEmpty(), "the certificate corpus could not be made");
    QVERIFY(CertCorpus::files({QStringLiteral("cert-*")}).size() >= 15);
}

void tst_CertificateLoader::agreesWithOpenSsl_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : CertCorpus::files({QStringLiteral("cert-*")}))
        QTest::newRow(qPrintable(file)) << file;
}

void tst_CertificateLoader::agreesWithOpenSsl()
{
    QFETCH(QString, file);
    const QString path = CertCorpus::path(file);
    const CertificateLoadResult loaded = CertificateLoader::loadFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(loaded.certificates.size(), 1);
    QVERIFY(loaded.warnings.isEmpty());
    const CertificateInfo &c = loaded.certificates.first();

    const QStringList in
            = QStringList {QStringLiteral("x509"), QStringLiteral("-in"), path} + inform(file);
    const QByteArray facts = CertCorpus::openssl(
            in
            + QStringList {QStringLiteral("-noout"), QStringLiteral("-serial"),
                           QStringLiteral("-subject"), QStringLiteral("-issuer"),
                           QStringLiteral("-nameopt"),
                           QStringLiteral("utf8,sep_comma_plus_space,sname"),
                           QStringLiteral("-dateopt"), QStringLiteral("iso_8601"),
                           QStringLiteral("-startdate"), QStringLiteral("-enddate"),
                           QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    QVERIFY(!facts.isEmpty());
    QCOMPARE(c.serialHex, field(facts, QStringLiteral("serial")));
    QCOMPARE(c.subjectLine(), field(facts, QStringLiteral("subject")));
    QCOMPARE(c.issuerLine(), field(facts, QStringLiteral("issuer")));
    QCOMPARE(CertificateDisplay::fingerprint(c.sha256),
             field(facts, QStringLiteral("sha256 Fingerprint")));
    QCOMPARE(c.notBefore,
             QDateTime::fromString(field(facts, QStringLiteral("notBefore")), Qt::ISODate));
    QCOMPARE(c.notAfter,
             QDateTime::fromString(field(facts, QStringLiteral("notAfter")), Qt::ISODate));
    QCOMPARE(c.notAfter.timeSpec(), Qt::UTC);

    const QByteArray sha1 = CertCorpus::openssl(in
                                                + QStringList {QStringLiteral("-noout"),
                                                               QStringLiteral("-fingerprint"),
                                                               QStringLiteral("-sha1")});
    QCOMPARE(c.sha1, digest(field(sha1, QStringLiteral("sha1 Fingerprint"))));

    const QByteArray spki = CertCorpus::openssl(
            in + QStringList {QStringLiteral("-noout"), QStringLiteral("-pubkey")});
    const QByteArray spkiDer
            = CertCorpus::openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"),
                                   QStringLiteral("-outform"), QStringLiteral("DER")},
                                  spki);
    QCOMPARE(c.subjectPublicKeyInfo, spkiDer);

    const QString text = QString::fromUtf8(CertCorpus::openssl(
            in + QStringList {QStringLiteral("-noout"), QStringLiteral("-text")}));
    const QString version
            = QRegularExpression(QStringLiteral("Version: (\\d+)")).match(text).captured(1);
    QCOMPARE(c.version, version.toInt());
    const QString signature = QRegularExpression(QStringLiteral("Signature Algorithm: (\\S+)"))
                                      .match(text)
                                      .captured(1);
    QCOMPARE(c.signatureAlgorithm, signature);
    const QString algorithm = QRegularExpression(QStringLiteral("Public Key Algorithm: (\\S+)"))
                                      .match(text)
                                      .captured(1);
    const QString expectedAlgorithm = algorithm == QLatin1String("rsaEncryption")
            ? QStringLiteral("RSA")
            : algorithm == QLatin1String("id-ecPublicKey") ? QStringLiteral("EC")
                                                           : algorithm;
    QCOMPARE(c.publicKeyAlgorithm, expectedAlgorithm);
    const auto bits
            = QRegularExpression(QStringLiteral("Public-Key: \\((\\d+) bit\\)")).match(text);
    if (bits.hasMatch())
        QCOMPARE(c.publicKeyBits, bits.captured(1).toInt());
    const auto curve = QRegularExpression(QStringLiteral("NIST CURVE: (\\S+)")).match(text);
    if (curve.hasMatch())
        QCOMPARE(c.keyDescription(), QStringLiteral("EC ") + curve.captured(1));
    QCOMPARE(c.isCa, text.contains(QLatin1String("CA:TRUE")));

    // Subject alternative names, in order.
    const QString sanText = QString::fromUtf8(
            CertCorpus::openssl(in
                                + QStringList {QStringLiteral("-noout"), QStringLiteral("-ext"),
                                               QStringLiteral("subjectAltName")}));
    QStringList dns, ips, emails, uris;
    const auto entries = QRegularExpression(QStringLiteral("(DNS|IP Address|email|URI):([^,\\s]+)"))
                                 .globalMatch(sanText);
    for (auto it = entries; it.hasNext();) {
        const auto m = it.next();
        const QString kind = m.captured(1);
        (kind == QLatin1String("DNS")             ? dns
                 : kind == QLatin1String("email") ? emails
                 : kind == QLatin1String("URI")   ? uris
                                                  : ips)
                << m.captured(2);
    }
    QCOMPARE(c.dnsNames, dns);
    QCOMPARE(c.emailAddresses, emails);
    QCOMPARE(c.uris, uris);
    QCOMPARE(c.ipAddresses.size(), ips.size());
    for (int i = 0; i < ips.size(); ++i)
        QVERIFY(QHostAddress(c.ipAddresses.at(i)).isEqual(QHostAddress(ips.at(i))));

    // Self-signed exactly when openssl verifies the certificate with itself as the only CA.
    QProcess verify;
    verify.start(QStringLiteral("openssl"),
                 {QStringLiteral("verify"), QStringLiteral("-no-CApath"),
                  QStringLiteral("-no-CAfile"), QStringLiteral("-partial_chain"),
                  QStringLiteral("-check_ss_sig"), QStringLiteral("-CAfile"), path, path});
    if (!file.endsWith(QLatin1String(".der"))) {
        QVERIFY(verify.waitForFinished());
        QCOMPARE(c.selfSigned, c.subject == c.issuer && verify.exitCode() == 0);
    }
}

void tst_CertificateLoader::bundles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<CertificateLoadResult::Format>("format");
    using F = CertificateLoadResult::Format;
    QTest::newRow("long chain") << "bundle-chain-long.pem" << 7 << F::Pem;
    QTest::newRow("shuffled chain") << "bundle-chain-shuffled.pem" << 7 << F::Pem;
    QTest::newRow("server chain") << "bundle-server-chain.pem" << 2 << F::Pem;
    QTest::newRow("roots") << "bundle-roots.pem" << 3 << F::Pem;
    QTest::newRow("pkcs7 pem") << "bundle-pkcs7.p7b" << 3 << F::Pkcs7Pem;
    QTest::newRow("pkcs7 der") << "bundle-pkcs7.p7b.der" << 2 << F::Pkcs7Der;
    QTest::newRow("der") << "cert-server-p256.der" << 1 << F::Der;
    QTest::newRow("text around") << "cert-root-with-text.pem" << 1 << F::Pem;
    QTest::newRow("crlf") << "cert-server-ed25519-crlf.pem" << 1 << F::Pem;
}

void tst_CertificateLoader::bundles()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(CertificateLoadResult::Format, format);
    const CertificateLoadResult loaded = CertificateLoader::loadFile(CertCorpus::path(file));
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(loaded.certificates.size(), count);
    QCOMPARE(loaded.format, format);
    QVERIFY(loaded.warnings.isEmpty());
}

void tst_CertificateLoader::systemBundleMatchesOpenSsl()
{
    const QString path = CertCorpus::path(QStringLiteral("bundle-system-ca.pem"));
    if (!QFileInfo::exists(path))
        QSKIP("no system CA bundle (install ca-certificates)");
    const CertificateLoadResult loaded = CertificateLoader::loadFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QVERIFY(loaded.warnings.isEmpty());
    const QByteArray p7
            = CertCorpus::openssl({QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl"),
                                   QStringLiteral("-certfile"), path});
    const QList<QByteArray> expected = pemBodies(
            CertCorpus::openssl({QStringLiteral("pkcs7"), QStringLiteral("-print_certs")}, p7));
    QVERIFY(expected.size() > 100);
    QCOMPARE(loaded.certificates.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(loaded.certificates.at(i).der, expected.at(i));
}

void tst_CertificateLoader::refusesWithReason_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<CertificateLoadResult::Status>("status");
    QTest::addColumn<QString>("reason");
    using S = CertificateLoadResult::Status;
    QTest::newRow("empty") << "bad-empty.pem" << S::Empty << "empty";
    QTest::newRow("blank") << "bad-blank.pem" << S::Empty << "empty";
    QTest::newRow("junk") << "bad-junk.bin" << S::NoCertificates << "not a certificate file";
    QTest::newRow("text") << "bad-text.txt" << S::NoCertificates << "not a certificate file";
    QTest::newRow("truncated pem") << "bad-truncated.pem" << S::Malformed << "damaged";
    QTest::newRow("truncated der")
            << "bad-truncated.der" << S::NoCertificates << "not a certificate file";
    QTest::newRow("damaged base64") << "bad-damaged-base64.pem" << S::Malformed << "damaged";
    QTest::newRow("private key") << "key-server-rsa2048.pem" << S::NoCertificates
                                 << "private key, not a certificate";
    QTest::newRow("der key") << "key-server-ed25519.der" << S::NoCertificates
                             << "private key, not a certificate";
    QTest::newRow("missing") << "no-such-file.pem" << S::NotFound << "does not exist";
}

void tst_CertificateLoader::refusesWithReason()
{
    QFETCH(QString, file);
    QFETCH(CertificateLoadResult::Status, status);
    QFETCH(QString, reason);
    const CertificateLoadResult loaded = CertificateLoader::loadFile(CertCorpus::path(file));
    QCOMPARE(loaded.status, status);
    QVERIFY(loaded.certificates.isEmpty());
    QVERIFY2(loaded.message.contains(reason), qPrintable(loaded.message));
}

void tst_CertificateLoader::tooLargeFileIsNotRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // A sparse file: 11 MB that cost nothing to write, led by a real certificate.
    QFile cert(CertCorpus::path(QStringLiteral("cert-server-p256.pem")));
    QVERIFY(cert.open(QIODevice::ReadOnly));
    file.write(cert.readAll());
    QVERIFY(file.resize(11 * 1024 * 1024));
    file.close();
    const CertificateLoadResult loaded = CertificateLoader::loadFile(path);
    QCOMPARE(loaded.status, CertificateLoadResult::Status::TooLarge);
    QVERIFY(loaded.certificates.isEmpty());
    QVERIFY2(loaded.message.contains(QLatin1String("too large")), qPrintable(loaded.message));

    // Exactly at the limit is still read.
    QVERIFY(QFile::resize(path, CertificateLoader::maxFileSize));
    QVERIFY(CertificateLoader::loadFile(path).ok());
}

void tst_CertificateLoader::unreadableFile()
{
    QTemporaryDir dir;
    const CertificateLoadResult folder = CertificateLoader::loadFile(dir.path());
    QCOMPARE(folder.status, CertificateLoadResult::Status::Unreadable);
    QVERIFY(folder.message.contains(QLatin1String("folder")));

    const QString path = dir.filePath(QStringLiteral("secret.pem"));
    QVERIFY(QFile::copy(CertCorpus::path(QStringLiteral("cert-server-p256.pem")), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("running with permission to read any file (root)");
    const CertificateLoadResult loaded = CertificateLoader::loadFile(path);
    QCOMPARE(loaded.status, CertificateLoadResult::Status::Unreadable);
    QVERIFY(loaded.message.contains(QLatin1String("Cannot read")));
}

void tst_CertificateLoader::extensionsAndCriticalFlags()
{
    const CertificateLoadResult loaded = CertificateLoader::loadFile(
            CertCorpus::path(QStringLiteral("cert-root-rsa4096.pem")));
    QVERIFY(loaded.ok());
    const CertificateInfo &c = loaded.certificates.first();
    const QString text = QString::fromUtf8(CertCorpus::openssl(
            {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
             QStringLiteral("-in"), CertCorpus::path(QStringLiteral("cert-root-rsa4096.pem"))}));
    QStringList expected;
    const auto headers = QRegularExpression(QStringLiteral("^ +(X509v3 [^:]+):( critical)? *$"),
                                            QRegularExpression::MultilineOption)
                                 .globalMatch(text);
    for (auto it = headers; it.hasNext();) {
        const auto m = it.next();
        if (m.captured(1) == QLatin1String("X509v3 extensions"))
            continue;
        expected << m.captured(1) + (m.captured(2).isEmpty() ? QString() : QStringLiteral("!"));
    }
    QStringList actual;
    for (const CertificateInfo::Extension &e : c.extensions)
        actual << e.name + (e.critical ? QStringLiteral("!") : QString());
    QCOMPARE(actual, expected);
    QVERIFY(c.hasBasicConstraints && c.isCa && c.pathLength == -1);
    QVERIFY(c.keyCertSign && c.canIssueCertificates());
    QVERIFY(c.selfSigned);
    QCOMPARE(c.subjectKeyId, c.authorityKeyId);
    QCOMPARE(c.subjectKeyId.size(), 20);
}

void tst_CertificateLoader::detailsOfServerCertificate()
{
    const CertificateLoadResult server = CertificateLoader::loadFile(
            CertCorpus::path(QStringLiteral("cert-server-rsa2048.pem")));
    QVERIFY(server.ok());
    const CertificateInfo &c = server.certificates.first();
    QCOMPARE(c.dnsNames,
             (QStringList {QStringLiteral("db.example.com"), QStringLiteral("*.db.example.com")}));
    QCOMPARE(c.ipAddresses, (QStringList {QStringLiteral("127.0.0.1"), QStringLiteral("::1")}));
    QCOMPARE(c.keyUsage,
             (QStringList {QStringLiteral("Digital Signature"),
                           QStringLiteral("Key Encipherment")}));
    QCOMPARE(c.extendedKeyUsage, QStringList {QStringLiteral("TLS Web Server Authentication")});
    QVERIFY(c.hasBasicConstraints && !c.isCa && !c.canIssueCertificates());
    QCOMPARE(c.crlDistributionPoints,
             QStringList {QStringLiteral("http://crl.example.com/root.crl")});
    QCOMPARE(c.ocspUrls, QStringList {QStringLiteral("http://ocsp.example.com/")});
    QCOMPARE(c.serialHex, QStringLiteral("FF00EE11DD22CC"));
    QCOMPARE(c.keyDescription(), QStringLiteral("RSA 2048"));
    QVERIFY(!c.selfSigned);

    const CertificateLoadResult intermediate = CertificateLoader::loadFile(
            CertCorpus::path(QStringLiteral("cert-intermediate-p384.pem")));
    QVERIFY(intermediate.ok());
    const CertificateInfo &i = intermediate.certificates.first();
    QCOMPARE(i.pathLength, 0);
    QCOMPARE(i.caIssuerUrls, QStringList {QStringLiteral("http://ca.example.com/root.cer")});
    QCOMPARE(i.keyDescription(), QStringLiteral("EC P-384"));
    QCOMPARE(c.authorityKeyId, i.subjectKeyId);

    const CertificateLoadResult client = CertificateLoader::loadFile(
            CertCorpus::path(QStringLiteral("cert-client-rsa2048.pem")));
    QVERIFY(client.ok());
    QCOMPARE(client.certificates.first().extendedKeyUsage,
             (QStringList {QStringLiteral("TLS Web Client Authentication"),
                           QStringLiteral("E-mail Protection")}));
    QCOMPARE(client.certificates.first().emailAddresses,
             QStringList {QStringLiteral("app@example.com")});

    const CertificateLoadResult ed = CertificateLoader::loadFile(
            CertCorpus::path(QStringLiteral("cert-server-ed25519.pem")));
    QCOMPARE(ed.certificates.first().keyDescription(), QStringLiteral("Ed25519"));
}

void tst_CertificateLoader::utf8AndMultiValuedNames()
{
    const CertificateLoadResult loaded
            = CertificateLoader::loadFile(CertCorpus::path(QStringLiteral("cert-utf8-names.pem")));
    QVERIFY(loaded.ok());
    const CertificateInfo &c = loaded.certificates.first();
    QCOMPARE(c.subjectValue(QStringLiteral("O")), QStringLiteral("Bücher & Söhne GmbH"));
    QCOMPARE(c.subjectValue(QStringLiteral("OU")), QStringLiteral("Zürich — 数据库"));
    QCOMPARE(c.subjectValue(QStringLiteral("CN")), QStringLiteral("Jürgen Müller"));
    QCOMPARE(c.displayName(), QStringLiteral("Jürgen Müller"));
    // CN and UID share one RDN; the others have their own.
    QCOMPARE(c.subject.size(), 5);
    QCOMPARE(c.subject.at(3).rdn, c.subject.at(4).rdn);
    QVERIFY(c.subject.at(2).rdn != c.subject.at(3).rdn);
    QCOMPARE(c.subject.at(0).oid, QStringLiteral("2.5.4.6"));
    QVERIFY(c.subjectLine().contains(QLatin1String(" + ")));
    QCOMPARE(c.dnsNames.size(), 2);
}

void tst_CertificateLoader::survivesTruncationAndBitFlips()
{
    QFile file(CertCorpus::path(QStringLiteral("cert-server-p256.der")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray der = file.readAll();
    int loadedTruncated = 0;
    for (int length = 0; length < der.size(); ++length)
        loadedTruncated += CertificateLoader::load(der.left(length)).ok() ? 1 : 0;
    QCOMPARE(loadedTruncated, 0);
    int decoded = 0;
    for (int i = 0; i < der.size(); ++i) {
        QByteArray flipped = der;
        flipped[i] = char(flipped.at(i) ^ 0x5a);
        const CertificateLoadResult r = CertificateLoader::load(flipped);
        if (r.ok()) {
            ++decoded;
            QVERIFY(r.certificates.first().der != der);
        }
    }
    // Flips inside the signature or key bits still decode; flips in the structure do not.
    QVERIFY(decoded > 0 && decoded < der.size());
    // Deeply nested ASN.1: 100,000 nested SEQUENCE headers.
    QByteArray nested;
    for (int i = 0; i < 100000; ++i)
        nested += QByteArray::fromHex("3080");
    QCOMPARE(CertificateLoader::load(nested).status, CertificateLoadResult::Status::NoCertificates);
    const QByteArray pem
            = "-----BEGIN CERTIFICATE-----\n" + nested.toBase64() + "\n-----END CERTIFICATE-----\n";
    QCOMPARE(CertificateLoader::load(pem).status, CertificateLoadResult::Status::Malformed);
}

void tst_CertificateLoader::pemRoundTrip()
{
    QFile file(CertCorpus::path(QStringLiteral("cert-server-p384.pem")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    const CertificateLoadResult loaded = CertificateLoader::load(original);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.certificates.first().pem().toLatin1(), original);
    const auto fromDer = CertificateLoader::fromDer(loaded.certificates.first().der);
    QVERIFY(fromDer.has_value());
    QCOMPARE(fromDer->sha256, loaded.certificates.first().sha256);
    QVERIFY(!CertificateLoader::fromDer(loaded.certificates.first().der + "x").has_value());
}

QTEST_GUILESS_MAIN(tst_CertificateLoader)
#include "tst_certificateloader.moc"
