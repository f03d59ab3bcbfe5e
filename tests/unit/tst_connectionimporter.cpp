// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Detection of the format, and hostile input of any kind: a clear error, never a crash.
#include "interop/ConnectionImporter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class tst_ConnectionImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detects_data();
    void detects();
    void text_data();
    void text();
    void hostileFiles_data();
    void hostileFiles();
    void randomJunkNeverCrashes();
};

void tst_ConnectionImporter::detects_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("connections");
    QTest::newRow("option file") << QStringLiteral("main.cnf") << 3;
    QTest::newRow("workbench") << QStringLiteral("connections.xml") << 6;
    QTest::newRow("dbeaver") << QStringLiteral("data-sources.json") << 3;
}

void tst_ConnectionImporter::detects()
{
    QFETCH(QString, file);
    QFETCH(int, connections);
    const ImportResult r
            = ConnectionImporter::importFile(QStringLiteral(INTEROP_SAMPLES "/") + file);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.size(), connections);
}

void tst_ConnectionImporter::text_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::newRow("uri") << QStringLiteral("  mysql://u@h1/db  ") << QStringLiteral("h1");
    QTest::newRow("command") << QStringLiteral("mysql -h h2") << QStringLiteral("h2");
}

void tst_ConnectionImporter::text()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    const ImportResult r = ConnectionImporter::importText(text);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.connections.first().profile.host, host);
}

void tst_ConnectionImporter::hostileFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                            << QStringLiteral("binary");
    QTest::newRow("broken xml") << QByteArray("<data grt_format=\"2.0\"><value")
                                << QStringLiteral("XML");
    QTest::newRow("broken json") << QByteArray("{\"connections\": {") << QStringLiteral("JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("no client");
    QTest::newRow("huge") << QByteArray(ConnectionImporter::maxFileBytes + 1, '#')
                          << QStringLiteral("too large");
    QTest::newRow("newer bundle") << QByteArray(
            "{\"format\":\"sslcm-profiles\",\"version\":99,\"profiles\":[]}")
                                  << QStringLiteral("newer");
}

void tst_ConnectionImporter::hostileFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("input")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    const ImportResult r = ConnectionImporter::importFile(file.fileName());
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
    QVERIFY(r.connections.isEmpty());
}

void tst_ConnectionImporter::randomJunkNeverCrashes()
{
    QRandomGenerator random(20240501);
    const QByteArray prefixes[]
            = {"", "<data grt_format=\"2.0\">", "{\"connections\":", "[client]\n",
               "{\"format\":\"sslcm-profiles\","};
    for (int i = 0; i < 500; ++i) {
        QByteArray junk(int(random.bounded(2000)), Qt::Uninitialized);
        for (char &c : junk)
            c = char(random.bounded(1, 256));
        const ImportResult r
                = ConnectionImporter::importData(prefixes[i % 5] + junk, QStringLiteral("junk"));
        QVERIFY(r.ok() || !r.error.isEmpty());
        ConnectionImporter::importText(QString::fromLatin1(junk));
    }
}

QTEST_GUILESS_MAIN(tst_ConnectionImporter)
#include "tst_connectionimporter.moc"
