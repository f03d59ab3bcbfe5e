// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTest>

class tst_AboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhatIsLoaded();
    void copyPutsVersionsOnClipboard();
    void explainsMissingDriver();
};

namespace {

bool showsText(const QWidget &dialog, const QString &text)
{
    const auto labels = dialog.findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(),
                       [&](const QLabel *label) { return label->text().contains(text); });
}

} // namespace

void tst_AboutDialog::showsWhatIsLoaded()
{
    // The real versions of this process, not compile-time constants.
    const RuntimeVersions versions = BuildInfo::runtimeVersions();
    AboutDialog dialog;
    QVERIFY(showsText(dialog, versions.sslcm));
    QVERIFY(showsText(dialog, QString::fromLatin1(qVersion())));
    QVERIFY(showsText(dialog, versions.openssl));
    QVERIFY(!versions.openssl.isEmpty());
    const QString mysql = versions.mysqlClientProblem.isEmpty() ? versions.mysqlClient
                                                                : versions.mysqlClientProblem;
    QVERIFY(!mysql.isEmpty());
    QVERIFY(showsText(dialog, mysql));
}

void tst_AboutDialog::copyPutsVersionsOnClipboard()
{
    RuntimeVersions versions;
    versions.sslcm = QStringLiteral("9.8.7");
    versions.qt = QStringLiteral("6.4.2");
    versions.openssl = QStringLiteral("OpenSSL 3.0.99 1 Jan 2030");
    versions.mysqlClient = QStringLiteral("libmariadb 3.3.99");
    versions.mysqlClientPath = QStringLiteral("/usr/lib/libmariadb.so.3");
    AboutDialog dialog(versions, nullptr);
    QGuiApplication::clipboard()->clear();

    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyVersions"));
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);

    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, dialog.versionText());
    const QStringList lines = copied.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QStringLiteral("sslcm: 9.8.7"));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Qt: 6.4.2")));
    QCOMPARE(lines.at(2), QStringLiteral("OpenSSL: OpenSSL 3.0.99 1 Jan 2030"));
    QCOMPARE(lines.at(3),
             QStringLiteral("MySQL client library: libmariadb 3.3.99, loaded from "
                            "/usr/lib/libmariadb.so.3"));
    QVERIFY(lines.at(4).startsWith(QStringLiteral("Operating system: ")));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("copiedNote"))->isHidden());
}

void tst_AboutDialog::explainsMissingDriver()
{
    RuntimeVersions versions;
    versions.sslcm = QStringLiteral("1.0");
    versions.qt = QStringLiteral("6.4.2");
    versions.openssl = QStringLiteral("OpenSSL 3");
    versions.mysqlClientProblem = QStringLiteral("QMYSQL is not installed.");
    AboutDialog dialog(versions, nullptr);
    QVERIFY(showsText(dialog, QStringLiteral("QMYSQL is not installed.")));
    QVERIFY(dialog.versionText().contains(QStringLiteral("QMYSQL is not installed.")));
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"
