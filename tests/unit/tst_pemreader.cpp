// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cert/PemReader.h"

#include <QTest>

class tst_PemReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void blocks_data();
    void blocks();
    void headers();
};

void tst_PemReader::blocks_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArrayList>("labels");
    QTest::addColumn<QList<bool>>("valid");
    const QByteArray body = QByteArrayLiteral("aGVsbG8gd29ybGQ=");
    const QByteArray cert
            = "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    QTest::newRow("one") << cert << QByteArrayList {"CERTIFICATE"} << QList<bool> {true};
    QTest::newRow("crlf") << QByteArray(cert).replace("\n", "\r\n")
                          << QByteArrayList {"CERTIFICATE"} << QList<bool> {true};
    QTest::newRow("cr only") << QByteArray(cert).replace('\n', '\r')
                             << QByteArrayList {"CERTIFICATE"} << QList<bool> {true};
    QTest::newRow("text around and indented")
            << "subject=CN=x\nBag Attributes: none\n   " + cert + "\ntrailing\n"
            << QByteArrayList {"CERTIFICATE"} << QList<bool> {true};
    QTest::newRow("two and a key") << cert + "-----BEGIN PRIVATE KEY-----\n" + body
                    + "\n-----END PRIVATE KEY-----\n" + cert
                                   << QByteArrayList {"CERTIFICATE", "PRIVATE KEY", "CERTIFICATE"}
                                   << QList<bool> {true, true, true};
    QTest::newRow("split base64 with blanks")
            << QByteArray("-----BEGIN CERTIFICATE-----\naGVs bG8g\n\td29y bGQ=  \n"
                          "-----END CERTIFICATE-----")
            << QByteArrayList {"CERTIFICATE"} << QList<bool> {true};
    QTest::newRow("missing end") << QByteArray("-----BEGIN CERTIFICATE-----\n" + body)
                                 << QByteArrayList {"CERTIFICATE"} << QList<bool> {false};
    QTest::newRow("wrong end") << "-----BEGIN CERTIFICATE-----\n" + body
                    + "\n-----END X509 CRL-----"
                               << QByteArrayList {"CERTIFICATE"} << QList<bool> {false};
    QTest::newRow("begin inside") << "-----BEGIN CERTIFICATE-----\n" + body + "\n" + cert
                                  << QByteArrayList {"CERTIFICATE", "CERTIFICATE"}
                                  << QList<bool> {false, true};
    QTest::newRow("bad base64") << QByteArray("-----BEGIN CERTIFICATE-----\naGVs!bG8=\n"
                                              "-----END CERTIFICATE-----\n")
                                << QByteArrayList {"CERTIFICATE"} << QList<bool> {false};
    QTest::newRow("empty body") << QByteArray(
            "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----")
                                << QByteArrayList {"CERTIFICATE"} << QList<bool> {false};
    QTest::newRow("no marker") << QByteArray("just text") << QByteArrayList {} << QList<bool> {};
    QTest::newRow("bare marker") << QByteArray("-----BEGIN -----\n") << QByteArrayList {}
                                 << QList<bool> {};
}

void tst_PemReader::blocks()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArrayList, labels);
    QFETCH(QList<bool>, valid);
    const QList<PemReader::Block> blocks = PemReader::blocks(text);
    QByteArrayList actualLabels;
    QList<bool> actualValid;
    for (const PemReader::Block &b : blocks) {
        actualLabels << b.label;
        actualValid << b.valid;
        if (b.valid)
            QCOMPARE(b.der, QByteArrayLiteral("hello world"));
        else
            QVERIFY(b.der.isEmpty());
    }
    QCOMPARE(actualLabels, labels);
    QCOMPARE(actualValid, valid);
}

void tst_PemReader::headers()
{
    const QByteArray text = "-----BEGIN RSA PRIVATE KEY-----\r\nProc-Type: 4,ENCRYPTED\r\n"
                            "DEK-Info: AES-128-CBC,0011\r\n\r\naGVsbG8gd29ybGQ=\r\n"
                            "-----END RSA PRIVATE KEY-----\r\n";
    const QList<PemReader::Block> blocks = PemReader::blocks(text);
    QCOMPARE(blocks.size(), 1);
    QVERIFY(blocks.first().valid);
    QCOMPARE(blocks.first().headers.value("Proc-Type"), QByteArray("4,ENCRYPTED"));
    QCOMPARE(blocks.first().headers.value("DEK-Info"), QByteArray("AES-128-CBC,0011"));
    QVERIFY(!blocks.first().text.contains('\r'));
    QVERIFY(blocks.first().text.startsWith("-----BEGIN RSA PRIVATE KEY-----\nProc-Type"));
}

QTEST_GUILESS_MAIN(tst_PemReader)
#include "tst_pemreader.moc"
