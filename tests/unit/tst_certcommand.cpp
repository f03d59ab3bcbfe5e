// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertCorpus.h"
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

// The real sslcm-cli binary: `cert` prints for every certificate of every corpus file what
// `openssl x509` prints for it, and its exit status says what is wrong.
class tst_CertCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void agreesWithOpenSsl_data();
    void agreesWithOpenSsl();
    void exitStatus_data();
    void exitStatus();
    void textOutput();

private:
    static CliRun cli(const QStringList &arguments);
};

CliRun tst_CertCommand::cli(const QStringList &arguments)
{
    return CliRunner(QStringLiteral(SSLCM_CLI_PATH), {QStringLiteral("cert")}).run(arguments);
}

void tst_CertCommand::initTestCase()
{
    QVERIFY2(!CertCorpus::dir().isEmpty(), "the certificate corpus could not be made");
}

void tst_CertCommand::agreesWithOpenSsl_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file :
         CertCorpus::files({QStringLiteral("cert-*"), QStringLiteral("bundle-*")}))
        QTest::newRow(qPrintable(file)) << file;
}

void tst_CertCommand::agreesWithOpenSsl()
{
    QFETCH(QString, file);
    const QString path = CertCorpus::path(file);
    const CliRun run = cli({path, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray certs = root.value(QStringLiteral("certificates")).toArray();

    // openssl's view of the same file: each certificate in order, in PEM.
    QByteArray pems;
    if (file.contains(QLatin1String("pkcs7"))) {
        QStringList arguments {QStringLiteral("pkcs7"), QStringLiteral("-print_certs"),
                               QStringLiteral("-in"), path};
        if (file.endsWith(QLatin1String(".der")))
            arguments << QStringLiteral("-inform") << QStringLiteral("DER");
        pems = CertCorpus::openssl(arguments);
    } else if (file.endsWith(QLatin1String(".der"))) {
        pems = CertCorpus::openssl({QStringLiteral("x509"), QStringLiteral("-inform"),
                                    QStringLiteral("DER"), QStringLiteral("-in"), path});
    } else {
        pems = CertCorpus::openssl({QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl"),
                                    QStringLiteral("-certfile"), path});
        pems = CertCorpus::openssl({QStringLiteral("pkcs7"), QStringLiteral("-print_certs")}, pems);
    }
    const QRegularExpression block(
            QStringLiteral("-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----\n"),
            QRegularExpression::DotMatchesEverythingOption);
    QStringList expected;
    for (auto it = block.globalMatch(QString::fromLatin1(pems)); it.hasNext();)
        expected << it.next().captured(0);
    QCOMPARE(certs.size(), expected.size());
    QVERIFY(!certs.isEmpty());

    for (int i = 0; i < certs.size(); ++i) {
        const QJsonObject c = certs.at(i).toObject();
        const QByteArray pem = expected.at(i).toLatin1();
        QCOMPARE(c.value(QStringLiteral("pem")).toString().toLatin1(), pem);
        const QString facts = QString::fromUtf8(CertCorpus::openssl(
                {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-serial"),
                 QStringLiteral("-subject"), QStringLiteral("-issuer"), QStringLiteral("-nameopt"),
                 QStringLiteral("utf8,sep_comma_plus_space,sname"), QStringLiteral("-dateopt"),
                 QStringLiteral("iso_8601"), QStringLiteral("-startdate"),
                 QStringLiteral("-enddate"), QStringLiteral("-fingerprint"),
                 QStringLiteral("-sha256")},
                pem));
        const QString sha1 = QString::fromUtf8(
                CertCorpus::openssl({QStringLiteral("x509"), QStringLiteral("-noout"),
                                     QStringLiteral("-fingerprint"), QStringLiteral("-sha1")},
                                    pem));
        auto field = [](const QString &text, const QString &name) {
            const QRegularExpression re(QStringLiteral("^%1=(.*)$").arg(name),
                                        QRegularExpression::MultilineOption);
            return re.match(text).captured(1).trimmed();
        };
        auto date = [&](const QString &name) {
            return QDateTime::fromString(field(facts, name), Qt::ISODate);
        };
        QCOMPARE(c.value(QStringLiteral("serial")).toString(),
                 field(facts, QStringLiteral("serial")));
        QCOMPARE(c.value(QStringLiteral("subject")).toString(),
                 field(facts, QStringLiteral("subject")));
        QCOMPARE(c.value(QStringLiteral("issuer")).toString(),
                 field(facts, QStringLiteral("issuer")));
        QCOMPARE(
                QDateTime::fromString(c.value(QStringLiteral("notBefore")).toString(), Qt::ISODate),
                date(QStringLiteral("notBefore")));
        QCOMPARE(QDateTime::fromString(c.value(QStringLiteral("notAfter")).toString(), Qt::ISODate),
                 date(QStringLiteral("notAfter")));
        QCOMPARE(c.value(QStringLiteral("sha256")).toString(),
                 field(facts, QStringLiteral("sha256 Fingerprint")));
        QCOMPARE(c.value(QStringLiteral("sha1")).toString(),
                 field(sha1, QStringLiteral("sha1 Fingerprint")));
    }
}

void tst_CertCommand::exitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const auto p = [](const char *name) { return CertCorpus::path(QString::fromLatin1(name)); };
    const QString ca = QStringLiteral("--ca");
    const QString host = QStringLiteral("--host");
    QTest::newRow("good") << QStringList {p("cert-server-p256.pem")} << 0 << QString();
    QTest::newRow("good host and chain")
            << QStringList {p("bundle-server-chain.pem"), host, QStringLiteral("a.db.example.com"),
                            ca, p("cert-root-rsa4096.pem")}
            << 0 << QString();
    QTest::newRow("host by ip") << QStringList {p("cert-server-rsa2048.pem"), host,
                                                QStringLiteral("::1")}
                                << 0 << QString();
    QTest::newRow("expired") << QStringList {p("cert-expired.pem")} << 1 << "expired on 2021-01-01";
    QTest::newRow("not yet valid")
            << QStringList {p("cert-not-yet-valid.pem")} << 1 << "not valid before 2099-01-01";
    QTest::newRow("valid then") << QStringList {p("cert-expired.pem"), QStringLiteral("--at"),
                                                QStringLiteral("2020-06-01")}
                                << 0 << QString();
    QTest::newRow("host mismatch")
            << QStringList {p("cert-server-p256.pem"), host, QStringLiteral("db.example.com")} << 1
            << "is for localhost, not db.example.com";
    QTest::newRow("wrong ca") << QStringList {p("cert-server-p256.pem"), ca,
                                              p("cert-root-p256.pem")}
                              << 1 << "unable to get local issuer certificate";
    QTest::newRow("leaf as ca") << QStringList {p("cert-server-p256.pem"), ca,
                                                p("bad-leaf-as-ca.pem")}
                                << 1 << "unable to get local issuer certificate";
    QTest::newRow("junk") << QStringList {p("bad-junk.bin")} << 2 << "not a certificate file";
    QTest::newRow("key") << QStringList {p("key-server-p256.pem")} << 2 << "private key";
    QTest::newRow("empty") << QStringList {p("bad-empty.pem")} << 2 << "empty";
    QTest::newRow("missing") << QStringList {p("missing.pem")} << 2 << "does not exist";
    QTest::newRow("no file") << QStringList {} << 3 << "needs a FILE";
    QTest::newRow("two files") << QStringList {p("cert-server-p256.pem"), p("cert-expired.pem")}
                               << 3 << "unexpected argument";
    QTest::newRow("bad option") << QStringList {p("cert-server-p256.pem"), QStringLiteral("--nope")}
                                << 3 << "nope";
    QTest::newRow("bad date") << QStringList {p("cert-server-p256.pem"), QStringLiteral("--at"),
                                              QStringLiteral("tomorrow")}
                              << 3 << "ISO 8601";
}

void tst_CertCommand::exitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    if (exitCode == 0)
        QVERIFY(run.err.isEmpty());
    if (exitCode >= 2)
        QVERIFY(run.out.isEmpty());
}

void tst_CertCommand::textOutput()
{
    const CliRun run = cli({CertCorpus::path(QStringLiteral("bundle-server-chain.pem")),
                            QStringLiteral("--host"), QStringLiteral("db.example.com"),
                            QStringLiteral("--ca"),
                            CertCorpus::path(QStringLiteral("cert-root-rsa4096.pem"))});
    QCOMPARE(run.exitCode, 0);
    const QString &out = run.out;
    QVERIFY(out.contains(QLatin1String("Certificate 1 of 2")));
    QVERIFY(out.contains(QLatin1String("Certificate 2 of 2")));
    QVERIFY(out.contains(QLatin1String("host db.example.com: matches db.example.com")));
    QVERIFY(out.contains(QLatin1String("chain: verified against")));
    QVERIFY(out.contains(QLatin1String("DNS:*.db.example.com")));
    QVERIFY(out.contains(QLatin1String("CA:                  yes, path length 0")));
}

QTEST_GUILESS_MAIN(tst_CertCommand)
#include "tst_certcommand.moc"
