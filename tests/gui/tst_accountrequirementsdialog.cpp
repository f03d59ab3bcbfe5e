// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The account requirements dialog without a server: what the form produces, what it refuses,
// accessibility and highlighting. Running on a real server is covered by
// tests/integration/tst_accountrequirements.cpp through the same AccountRequirementRunner.
#include "accounts/AccountRequirementsDialog.h"
#include "accounts/SqlHighlighter.h"
#include "profile/MemorySecretStore.h"
#include "profile/ProfileStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

class tst_AccountRequirementsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyWidgetHasAnAccessibleName();
    void formProducesStatements_data();
    void formProducesStatements();
    void hostileInputIsRefused_data();
    void hostileInputIsRefused();
    void legacyFormOnlyWhereAccepted();
    void privilegeSets();
    void hostPatternIsExplained();
    void highlighting();
    void runNeedsAnAdminProfile();
    void screenshot();

private:
    template<typename T> T *byName(AccountRequirementsDialog &d, const QString &name)
    {
        for (T *w : d.findChildren<T *>())
            if (w->accessibleName() == name)
                return w;
        return nullptr;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    MemorySecretStore m_secrets;
    QUuid m_adminId;
};

void tst_AccountRequirementsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.json")));
    m_store->load();
    Profile admin = Profile::create();
    admin.name = QStringLiteral("db admin");
    admin.host = QStringLiteral("db.example.com");
    admin.user = QStringLiteral("admin");
    QVERIFY(m_store->add(admin));
    m_adminId = admin.id;
}

void tst_AccountRequirementsDialog::everyWidgetHasAnAccessibleName()
{
    AccountRequirementsDialog d(m_store.get(), &m_secrets);
    int checked = 0;
    for (QWidget *w : d.findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QPlainTextEdit *>(w)
                || (qobject_cast<QLineEdit *>(w) && !qobject_cast<QComboBox *>(w->parent()));
        if (!interactive)
            continue;
        ++checked;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        QVERIFY2(w->focusPolicy() != Qt::NoFocus, qPrintable(w->accessibleName()));
    }
    QVERIFY(checked > 30);
}

void tst_AccountRequirementsDialog::formProducesStatements_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<int>("requirement"); // index in the Requirement combo
    QTest::addColumn<QString>("expected");
    QTest::newRow("mysql8 ssl") << "mysql8" << 0
                                << "CREATE USER IF NOT EXISTS `app`@`10.0.%` REQUIRE SSL;\n"
                                   "ALTER USER `app`@`10.0.%` REQUIRE SSL;\n"
                                   "GRANT SELECT, INSERT, UPDATE, DELETE ON `shop`.* TO "
                                   "`app`@`10.0.%`;\n";
    QTest::newRow("mariadb x509") << "mariadb" << 1
                                  << "CREATE USER IF NOT EXISTS `app`@`10.0.%` REQUIRE X509;\n"
                                     "ALTER USER `app`@`10.0.%` REQUIRE X509;\n"
                                     "GRANT SELECT, INSERT, UPDATE, DELETE ON `shop`.* TO "
                                     "`app`@`10.0.%`;\n";
    QTest::newRow("mysql57 subject") << "mysql57" << 2
                                     << "CREATE USER IF NOT EXISTS `app`@`10.0.%` REQUIRE SUBJECT "
                                        "'/CN=o''neil';\n"
                                        "ALTER USER `app`@`10.0.%` REQUIRE SUBJECT '/CN=o''neil';\n"
                                        "GRANT SELECT, INSERT, UPDATE, DELETE ON `shop`.* TO "
                                        "`app`@`10.0.%`;\n";
}

void tst_AccountRequirementsDialog::formProducesStatements()
{
    QFETCH(QString, dialect);
    QFETCH(int, requirement);
    QFETCH(QString, expected);
    AccountRequirementsDialog d(m_store.get(), &m_secrets);
    auto *type = byName<QComboBox>(d, QStringLiteral("Server type"));
    type->setCurrentIndex(type->findData(dialect));
    byName<QComboBox>(d, QStringLiteral("User name"))->setEditText(QStringLiteral("app"));
    byName<QLineEdit>(d, QStringLiteral("Host"))->setText(QStringLiteral("10.0.%"));
    byName<QLineEdit>(d, QStringLiteral("Database"))->setText(QStringLiteral("shop"));
    QTest::mouseClick(byName<QPushButton>(d, QStringLiteral("Select the read-write privileges")),
                      Qt::LeftButton);
    byName<QComboBox>(d, QStringLiteral("Requirement"))->setCurrentIndex(requirement);
    auto *subject = byName<QLineEdit>(d, QStringLiteral("Subject"));
    QCOMPARE(subject->isEnabled(), requirement == 2);
    if (requirement == 2)
        QTest::keyClicks(subject, QStringLiteral("/CN=o'neil"));

    QCOMPARE(d.dialect().key(), dialect);
    QCOMPARE(d.script().text(), expected);
    const QString preview
            = byName<QPlainTextEdit>(d, QStringLiteral("Statements preview"))->toPlainText();
    QVERIFY(preview.endsWith(expected));
    QVERIFY(preview.contains(QLatin1String("-- FLUSH PRIVILEGES is not needed")));
    QVERIFY(preview.contains(QLatin1String("require_secure_transport")));
    QVERIFY(byName<QLineEdit>(d, QStringLiteral("Equivalent mysql command line"))
                    ->text()
                    .startsWith(QLatin1String("mysql ")));

    auto *copy = byName<QPushButton>(d, QStringLiteral("Copy the statements"));
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), expected);
}

void tst_AccountRequirementsDialog::hostileInputIsRefused_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("problem");
    QTest::newRow("newline") << "app\n"
                             << "%"
                             << "control character";
    QTest::newRow("no host") << "app"
                             << ""
                             << "Enter a host";
    QTest::newRow("too long") << QString(33, QLatin1Char('x')) << "%"
                              << "at most 32";
}

void tst_AccountRequirementsDialog::hostileInputIsRefused()
{
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(QString, problem);
    AccountRequirementsDialog d(m_store.get(), &m_secrets);
    byName<QComboBox>(d, QStringLiteral("User name"))->setEditText(user);
    byName<QLineEdit>(d, QStringLiteral("Host"))->setText(host);
    QVERIFY(byName<QPlainTextEdit>(d, QStringLiteral("Statements preview"))
                    ->toPlainText()
                    .isEmpty());
    QVERIFY2(byName<QLabel>(d, QStringLiteral("Problems"))->text().contains(problem),
             qPrintable(byName<QLabel>(d, QStringLiteral("Problems"))->text()));
    QVERIFY(!byName<QPushButton>(d, QStringLiteral("Copy the statements"))->isEnabled());
    QVERIFY(!byName<QPushButton>(d, QStringLiteral("Save the statements as an SQL file"))
                     ->isEnabled());
}

void tst_AccountRequirementsDialog::legacyFormOnlyWhereAccepted()
{
    AccountRequirementsDialog d(m_store.get(), &m_secrets);
    byName<QComboBox>(d, QStringLiteral("User name"))->setEditText(QStringLiteral("app"));
    auto *type = byName<QComboBox>(d, QStringLiteral("Server type"));
    auto *legacy = byName<QCheckBox>(d, QStringLiteral("Use the legacy GRANT ... REQUIRE form"));
    auto *flush = byName<QCheckBox>(d, QStringLiteral("Add FLUSH PRIVILEGES"));
    type->setCurrentIndex(type->findData(QStringLiteral("mariadb")));
    QVERIFY(legacy->isEnabled());
    QVERIFY(!flush->isEnabled());
    legacy->setChecked(true);
    QVERIFY(flush->isEnabled());
    flush->setChecked(true);
    QCOMPARE(d.script().text(),
             QStringLiteral("CREATE USER IF NOT EXISTS `app`@`%`;\n"
                            "GRANT USAGE ON *.* TO `app`@`%` REQUIRE SSL;\nFLUSH PRIVILEGES;\n"));
    type->setCurrentIndex(type->findData(QStringLiteral("mysql8")));
    QVERIFY(!legacy->isEnabled());
    QVERIFY(!legacy->isChecked());
    QVERIFY(!d.script().text().contains(QLatin1String("GRANT")));
}

void tst_AccountRequirementsDialog::privilegeSets()
{
    AccountRequirementsDialog d(m_store.get(), &m_secrets);
    auto checked = [&d] {
        QStringList list;
        for (QCheckBox *box : d.findChildren<QCheckBox *>())
            if (box->isChecked() && box->property("privilege").isValid())
                list << box->property("privilege").toString();
        return list;
    };
    QTest::mouseClick(byName<QPushButton>(d, QStringLiteral("Select the read-only privileges")),
                      Qt::LeftButton);
    QCOMPARE(checked(), PrivilegeGrant::readOnlySet());
    QTest::mouseClick(byName<QPushButton>(d, QStringLiteral("Select the read-write privileges")),
                      Qt::LeftButton);
    QCOMPARE(checked(), PrivilegeGrant::readWriteSet());
    QTest::mouseClick(byName<QPushButton>(d, QStringLiteral("Select all privileges")),
                      Qt::LeftButton);
    QCOMPARE(checked(), PrivilegeGrant::allSet());
    QTest::mouseClick(byName<QPushButton>(d, QStringLiteral("Clear the privileges")),
                      Qt::LeftButton);
    QVERIFY(checked().isEmpty());
}

void tst_AccountRequirementsDialog::hostPatternIsExplained()
{
    AccountRequirementsDialog d(m_store.get(), &m_secrets);
    auto *host = byName<QLineEdit>(d, QStringLiteral("Host"));
    host->setText(QStringLiteral("10.0.%"));
    bool found = false;
    for (QLabel *label : d.findChildren<QLabel *>())
        found = found || label->text().contains(QLatin1String("10.0.%: a pattern"));
    QVERIFY(found);
}

void tst_AccountRequirementsDialog::highlighting()
{
    QTextDocument doc;
    SqlHighlighter highlighter(&doc);
    doc.setPlainText(
            QStringLiteral("-- note\nALTER USER `re``quire`@`%` REQUIRE SUBJECT 'a''SSL'"));
    highlighter.rehighlight();
    auto formatAt = [&doc](int block, int position) {
        const QTextBlock b = doc.findBlockByNumber(block);
        for (const QTextLayout::FormatRange &r : b.layout()->formats())
            if (position >= r.start && position < r.start + r.length)
                return r.format.foreground().color();
        return QColor();
    };
    auto color = [&highlighter](SqlHighlighter::Token t) {
        return highlighter.format(t).foreground().color();
    };
    QCOMPARE(formatAt(0, 3), color(SqlHighlighter::Token::Comment));
    QCOMPARE(formatAt(1, 0), color(SqlHighlighter::Token::Keyword));
    // A keyword inside an identifier or a string is not a keyword.
    QCOMPARE(formatAt(1, 14), color(SqlHighlighter::Token::Identifier));
    const QString line = doc.findBlockByNumber(1).text();
    QCOMPARE(formatAt(1, int(line.indexOf(QLatin1String("SSL")))),
             color(SqlHighlighter::Token::String));
    QCOMPARE(formatAt(1, int(line.indexOf(QLatin1String("SUBJECT")))),
             color(SqlHighlighter::Token::Keyword));
}

void tst_AccountRequirementsDialog::runNeedsAnAdminProfile()
{
    AccountRequirementsDialog none(m_store.get(), &m_secrets);
    byName<QComboBox>(none, QStringLiteral("User name"))->setEditText(QStringLiteral("app"));
    QVERIFY(!byName<QPushButton>(none, QStringLiteral("Run the statements on the server"))
                     ->isEnabled());
    QVERIFY(!byName<QPushButton>(none, QStringLiteral("Verify the account on the server"))
                     ->isEnabled());

    AccountRequirementsDialog withAdmin(m_store.get(), &m_secrets, m_adminId);
    QCOMPARE(byName<QComboBox>(withAdmin, QStringLiteral("Admin profile"))->currentText(),
             QStringLiteral("db admin"));
    byName<QComboBox>(withAdmin, QStringLiteral("User name"))->setEditText(QStringLiteral("app"));
    QVERIFY(byName<QPushButton>(withAdmin, QStringLiteral("Run the statements on the server"))
                    ->isEnabled());
    QVERIFY(byName<QLineEdit>(withAdmin, QStringLiteral("Equivalent mysql command line"))
                    ->text()
                    .contains(QLatin1String("'--host=db.example.com' --port=3306 '--user=admin'")));
}

void tst_AccountRequirementsDialog::screenshot()
{
    // Under Xvfb for the README: SSLCM_SCREENSHOT=<file.png>.
    const QString path = qEnvironmentVariable("SSLCM_SCREENSHOT");
    if (path.isEmpty())
        return;
    AccountRequirementsDialog d(m_store.get(), &m_secrets, m_adminId);
    byName<QComboBox>(d, QStringLiteral("User name"))->setEditText(QStringLiteral("shop_app"));
    byName<QLineEdit>(d, QStringLiteral("Host"))->setText(QStringLiteral("10.0.%"));
    byName<QLineEdit>(d, QStringLiteral("Database"))->setText(QStringLiteral("prod_database"));
    QTest::mouseClick(byName<QPushButton>(d, QStringLiteral("Select the read-write privileges")),
                      Qt::LeftButton);
    byName<QComboBox>(d, QStringLiteral("Requirement"))->setCurrentIndex(2);
    byName<QLineEdit>(d, QStringLiteral("Issuer"))
            ->setText(QStringLiteral("/O=Example/CN=Example CA"));
    byName<QLineEdit>(d, QStringLiteral("Subject"))
            ->setText(QStringLiteral("/O=Example/CN=shop-app"));
    auto *type = byName<QComboBox>(d, QStringLiteral("Server type"));
    type->setCurrentIndex(type->findData(QStringLiteral("mariadb")));
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(d.grab().save(path));
}

QTEST_MAIN(tst_AccountRequirementsDialog)
#include "tst_accountrequirementsdialog.moc"
