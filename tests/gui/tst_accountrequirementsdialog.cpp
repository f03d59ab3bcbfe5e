// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The account requirements dialog: what the form produces, what it refuses, accessibility and
// highlighting; what it sends to which server (the real test server and fake servers); its
// dialogs, driven as a user would. Running statements on a real server is covered by
// tests/integration/tst_accountrequirements.cpp through the same AccountRequirementRunner.
#include "FakeMysqlServer.h"
#include "TestServers.h"
#include "accounts/AccountRequirementsDialog.h"
#include "accounts/SqlHighlighter.h"
#include "profile/MemorySecretStore.h"
#include "profile/ProfileStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QWheelEvent>

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
    void wheelScrollsInsteadOfChangingTheRequirement();
    void privilegeSets();
    void hostPatternIsExplained();
    void highlighting();
    void highlightingIsReadableInADarkTheme();
    void runNeedsAnAdminProfile();
    void newAccountNeedsPasswordOrSocket();
    void copiedAndSavedStatementsHoldNoPassword();
    void saveFailureIsShown();
    void fillFromCertificateThroughFileDialog();
    void adminPasswordStaysWithItsProfile();
    void plaintextProofIsOffAndExplained();
    void plaintextProofToARemoteHostNeedsConfirmation();
    void plaintextProofOnLoopbackOnlyWhenAsked_data();
    void plaintextProofOnLoopbackOnlyWhenAsked();
    void screenshot();

private:
    template<typename T> T *byName(AccountRequirementsDialog &d, const QString &name)
    {
        for (T *w : d.findChildren<T *>())
            if (w->accessibleName() == name)
                return w;
        return nullptr;
    }

    template<typename T> T *waitForChild(AccountRequirementsDialog &d, const QString &objectName)
    {
        T *found = nullptr;
        [&] { QTRY_VERIFY((found = d.findChild<T *>(objectName)) != nullptr); }();
        return found;
    }
    void setSecret(const QUuid &id, const QString &password)
    {
        m_secrets.write(id, SecretKind::Password, password, this, [](const SecretResult &) {});
    }
    // The admin profile for the real TLS test server, its password in the secret store.
    Profile serverAdmin();

    TestServers m_servers;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    MemorySecretStore m_secrets;
    QUuid m_adminId;
};

void tst_AccountRequirementsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
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
                                << "CREATE USER IF NOT EXISTS `app`@`10.0.%` IDENTIFIED BY "
                                   "<password> REQUIRE SSL;\n"
                                   "ALTER USER `app`@`10.0.%` REQUIRE SSL;\n"
                                   "GRANT SELECT, INSERT, UPDATE, DELETE ON `shop`.* TO "
                                   "`app`@`10.0.%`;\n";
    QTest::newRow("mariadb x509") << "mariadb" << 1
                                  << "CREATE USER IF NOT EXISTS `app`@`10.0.%` IDENTIFIED BY "
                                     "<password> REQUIRE X509;\n"
                                     "ALTER USER `app`@`10.0.%` REQUIRE X509;\n"
                                     "-- So that the GRANT below can never create the account "
                                     "(with an empty password) if it does not exist.\n"
                                     "SET SESSION sql_mode = CONCAT_WS(',', "
                                     "NULLIF(@@SESSION.sql_mode, ''), 'NO_AUTO_CREATE_USER');\n"
                                     "GRANT SELECT, INSERT, UPDATE, DELETE ON `shop`.* TO "
                                     "`app`@`10.0.%`;\n";
    QTest::newRow("mysql57 subject") << "mysql57" << 2
                                     << "CREATE USER IF NOT EXISTS `app`@`10.0.%` IDENTIFIED BY "
                                        "<password> REQUIRE SUBJECT '/CN=o''neil';\n"
                                        "ALTER USER `app`@`10.0.%` REQUIRE SUBJECT '/CN=o''neil';\n"
                                        "-- So that the GRANT below can never create the account "
                                        "(with an empty password) if it does not exist.\n"
                                        "SET SESSION sql_mode = CONCAT_WS(',', "
                                        "NULLIF(@@SESSION.sql_mode, ''), 'NO_AUTO_CREATE_USER');\n"
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
    const QString comment
            = QStringLiteral("-- ") + d.script().statements.first().comment + QLatin1Char('\n');
    QVERIFY(comment.startsWith(QLatin1String("-- Replace <password>")));
    expected.prepend(comment);
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

void tst_AccountRequirementsDialog::wheelScrollsInsteadOfChangingTheRequirement()
{
    // Scrolling the form with the wheel passes over the combo boxes: a review turned REQUIRE SSL
    // into NONE that way, unnoticed. Only a combo box the user clicked or tabbed to takes it.
    AccountRequirementsDialog d(m_store.get(), &m_secrets);
    d.resize(900, 500);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    auto *require = byName<QComboBox>(d, QStringLiteral("Requirement"));
    byName<QComboBox>(d, QStringLiteral("User name"))->setFocus();
    QVERIFY(!require->hasFocus());
    const int before = require->currentIndex();
    const QString sqlBefore = d.script().text();
    auto wheel = [require](int steps) {
        const QPoint at = require->rect().center();
        QWheelEvent event(QPointF(at), QPointF(require->mapToGlobal(at)), QPoint(),
                          QPoint(0, -120 * steps), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                          false);
        QApplication::sendEvent(require, &event);
    };
    wheel(1);
    wheel(1);
    QCOMPARE(require->currentIndex(), before);
    QCOMPARE(d.script().text(), sqlBefore);
    // Chosen on purpose, the wheel works as usual (so the test above could have failed).
    require->setFocus();
    QTRY_VERIFY(require->hasFocus());
    wheel(1);
    QVERIFY(require->currentIndex() != before);
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
    QVERIFY(d.script().text().endsWith(
            QStringLiteral("CREATE USER IF NOT EXISTS `app`@`%` IDENTIFIED BY <password>;\n"
                           "%1"
                           "%2;\n"
                           "GRANT USAGE ON *.* TO `app`@`%` REQUIRE SSL;\nFLUSH PRIVILEGES;\n")
                    .arg(QStringLiteral("-- So that the GRANT below can never create the account "
                                        "(with an empty password) if it does not exist.\n"),
                         QStringLiteral(
                                 "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, "
                                 "''), 'NO_AUTO_CREATE_USER')"))));
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

// With a dark palette every token's colour stands out from the dark base, as it does from a light
// one in a light theme.
void tst_AccountRequirementsDialog::highlightingIsReadableInADarkTheme()
{
    const QPalette before = QApplication::palette();
    for (const bool dark : {false, true}) {
        QPalette palette = before;
        palette.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white));
        palette.setColor(QPalette::PlaceholderText,
                         dark ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x6b, 0x6b, 0x6b));
        QApplication::setPalette(palette);
        QTextDocument doc;
        SqlHighlighter highlighter(&doc);
        for (SqlHighlighter::Token t :
             {SqlHighlighter::Token::Keyword, SqlHighlighter::Token::Identifier,
              SqlHighlighter::Token::String, SqlHighlighter::Token::Comment}) {
            const int contrast = qAbs(highlighter.format(t).foreground().color().lightness()
                                      - palette.color(QPalette::Base).lightness());
            QVERIFY2(
                    contrast >= 90,
                    qPrintable(QStringLiteral("token %1, %2 palette: %3")
                                       .arg(int(t))
                                       .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
                                       .arg(contrast)));
        }
    }
    QApplication::setPalette(before);
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
    byName<QLineEdit>(withAdmin, QStringLiteral("Password for a new account"))
            ->setText(QStringLiteral("new-account-pw"));
    QVERIFY(byName<QPushButton>(withAdmin, QStringLiteral("Run the statements on the server"))
                    ->isEnabled());
    QVERIFY(byName<QLineEdit>(withAdmin, QStringLiteral("Equivalent mysql command line"))
                    ->text()
                    .contains(QLatin1String("--host=db.example.com --port=3306 --user=admin")));
}

void tst_AccountRequirementsDialog::newAccountNeedsPasswordOrSocket()
{
    // sslcm never creates an account without a password: Run stays off until there is one, or
    // until authentication over the Unix socket is chosen explicitly.
    AccountRequirementsDialog d(m_store.get(), &m_secrets, m_adminId);
    auto *type = byName<QComboBox>(d, QStringLiteral("Server type"));
    type->setCurrentIndex(type->findData(QStringLiteral("mariadb")));
    byName<QComboBox>(d, QStringLiteral("User name"))->setEditText(QStringLiteral("app"));
    auto *run = byName<QPushButton>(d, QStringLiteral("Run the statements on the server"));
    auto *problems = byName<QLabel>(d, QStringLiteral("Problems"));
    auto *password = byName<QLineEdit>(d, QStringLiteral("Password for a new account"));
    auto *authentication = byName<QComboBox>(d, QStringLiteral("How a new account logs in"));
    QVERIFY(!run->isEnabled());
    QVERIFY(authentication);
    QVERIFY2(problems->text().contains(QLatin1String("never creates an account without a "
                                                     "password")),
             qPrintable(problems->text()));
    // Printing, copying and saving still work: the statements cannot create the account.
    QVERIFY(byName<QPushButton>(d, QStringLiteral("Copy the statements"))->isEnabled());

    password->setText(QStringLiteral("pw"));
    QVERIFY(run->isEnabled());
    password->clear();
    QVERIFY(!run->isEnabled());

    QCOMPARE(authentication->count(), 2);
    authentication->setCurrentIndex(1);
    QVERIFY(authentication->currentText().contains(QLatin1String("unix_socket")));
    QVERIFY(!password->isEnabled());
    QVERIFY(run->isEnabled());
    QVERIFY(d.script().text().contains(QLatin1String(
            "CREATE USER IF NOT EXISTS `app`@`%` IDENTIFIED VIA unix_socket REQUIRE SSL;")));
    type->setCurrentIndex(type->findData(QStringLiteral("mysql8")));
    QVERIFY(authentication->currentText().contains(QLatin1String("auth_socket")));
    QVERIFY(d.script().text().contains(QLatin1String("IDENTIFIED WITH auth_socket")));

    // Not creating the account: no password needed, none asked for.
    authentication->setCurrentIndex(0);
    byName<QCheckBox>(d, QStringLiteral("Create the account if it does not exist"))
            ->setChecked(false);
    QVERIFY(!password->isEnabled());
    QVERIFY(!authentication->isEnabled());
    QVERIFY(run->isEnabled());
}

void tst_AccountRequirementsDialog::copiedAndSavedStatementsHoldNoPassword()
{
    // Copied and saved, the statements used to carry IDENTIFIED BY '***': pasted, that made
    // an account with the password ***. The typed password goes nowhere but to the server.
    AccountRequirementsDialog d(m_store.get(), &m_secrets);
    byName<QComboBox>(d, QStringLiteral("User name"))->setEditText(QStringLiteral("app"));
    byName<QLineEdit>(d, QStringLiteral("Password for a new account"))
            ->setText(QStringLiteral("Typed-S3cret"));
    auto check = [](const QString &text) {
        QVERIFY2(!text.contains(QLatin1String("Typed-S3cret")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("***")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Replace <password>")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("IDENTIFIED BY <password> REQUIRE SSL;")),
                 qPrintable(text));
    };
    QTest::mouseClick(byName<QPushButton>(d, QStringLiteral("Copy the statements")),
                      Qt::LeftButton);
    for (const QString &text :
         {QApplication::clipboard()->text(),
          byName<QPlainTextEdit>(d, QStringLiteral("Statements preview"))->toPlainText(),
          byName<QLineEdit>(d, QStringLiteral("Equivalent mysql command line"))->text()}) {
        check(text);
        if (QTest::currentTestFailed())
            return;
    }

    QTest::mouseClick(byName<QPushButton>(d, QStringLiteral("Save the statements as an SQL file")),
                      Qt::LeftButton);
    auto *pick = waitForChild<QFileDialog>(d, QStringLiteral("saveStatements"));
    QVERIFY(pick);
    QVERIFY(pick->isVisible());
    const QString path = m_dir.filePath(QStringLiteral("app.sql"));
    pick->selectFile(path);
    static_cast<QDialog *>(pick)->accept(); // QFileDialog::accept(), as its Save button
    QTRY_VERIFY(QFile::exists(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    check(QString::fromUtf8(saved.readAll()));
}

void tst_AccountRequirementsDialog::saveFailureIsShown()
{
    AccountRequirementsDialog d(m_store.get(), &m_secrets);
    byName<QComboBox>(d, QStringLiteral("User name"))->setEditText(QStringLiteral("app"));
    QTest::mouseClick(byName<QPushButton>(d, QStringLiteral("Save the statements as an SQL file")),
                      Qt::LeftButton);
    auto *pick = waitForChild<QFileDialog>(d, QStringLiteral("saveStatements"));
    QVERIFY(pick);
    // A folder that is a file: nothing can be written below it.
    QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    pick->selectFile(blocker.fileName() + QStringLiteral("/app.sql"));
    static_cast<QDialog *>(pick)->accept(); // QFileDialog::accept(), as its Save button
    auto *box = waitForChild<QMessageBox>(d, QStringLiteral("saveFailed"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String("could not be written")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QLatin1String("Choose another folder or name")));
    box->button(QMessageBox::Ok)->click();
}

void tst_AccountRequirementsDialog::fillFromCertificateThroughFileDialog()
{
    AccountRequirementsDialog d(m_store.get(), &m_secrets);
    byName<QComboBox>(d, QStringLiteral("Requirement"))->setCurrentIndex(2);
    QTest::mouseClick(byName<QPushButton>(d,
                                          QStringLiteral("Fill issuer and subject from a client "
                                                         "certificate")),
                      Qt::LeftButton);
    auto *pick = waitForChild<QFileDialog>(d, QStringLiteral("chooseClientCertificate"));
    QVERIFY(pick);
    QVERIFY(pick->isVisible());
    pick->selectFile(m_servers.path(TestServers::Pki::ClientCert));
    static_cast<QDialog *>(pick)->accept(); // QFileDialog::accept(), as its Save button
    QTRY_COMPARE(byName<QLineEdit>(d, QStringLiteral("Subject"))->text(),
                 m_servers.clientSubject());
    QCOMPARE(byName<QLineEdit>(d, QStringLiteral("Issuer"))->text(), m_servers.caSubject());
    QCOMPARE(byName<QLineEdit>(d, QStringLiteral("Client certificate for the proof"))->text(),
             m_servers.path(TestServers::Pki::ClientCert));
}

Profile tst_AccountRequirementsDialog::serverAdmin()
{
    Profile a = Profile::create();
    a.name = QStringLiteral("server A ") + QString::number(m_store->profiles().size());
    a.host = m_servers.host();
    a.port = quint16(m_servers.tlsPort());
    a.user = m_servers.credentials(TestServers::Account::Admin).user;
    a.sslMode = SslMode::VerifyIdentity;
    a.caFile = m_servers.path(TestServers::Pki::CaCert);
    a.connectTimeoutSeconds = 5;
    if (!m_store->add(a))
        return {};
    setSecret(a.id, m_servers.credentials(TestServers::Account::Admin).password);
    return a;
}

void tst_AccountRequirementsDialog::adminPasswordStaysWithItsProfile()
{
    // Connected with profile A, then profile B chosen: B's server used to get A's password as
    // B's user. B here is a fake that asks for whatever password the client has in clear
    // (caching_sha2_password full authentication, inside TLS that the gateway verified, so it
    // hands the password over) and records every byte it decrypts.
    const Profile a = serverAdmin();
    QVERIFY(!a.id.isNull());
    const QByteArray aPassword
            = m_servers.credentials(TestServers::Account::Admin).password.toUtf8();

    FakeMysqlServer::Script script;
    script.flavour = FakeMysqlServer::Flavour::Mysql8;
    script.auth = FakeMysqlServer::Auth::CachingSha2Full;
    script.user = QStringLiteral("b_admin");
    script.password = QStringLiteral("b-admin-Pw-9c1e");
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    Profile b = Profile::create();
    b.name = QStringLiteral("fake B");
    b.host = QStringLiteral("127.0.0.1");
    b.port = fake.port();
    b.user = script.user;
    b.sslMode = SslMode::VerifyCa;
    b.caFile = FakeMysqlServer::identity().certificateFile;
    b.connectTimeoutSeconds = 5;
    QVERIFY(m_store->add(b));

    AccountRequirementsDialog d(m_store.get(), &m_secrets, a.id);
    QSignalSpy inspected(&d, &AccountRequirementsDialog::serverInspected);
    d.connectToServer();
    QTRY_COMPARE(inspected.size(), 1);
    QCOMPARE(inspected.at(0).at(0).toBool(), true);
    auto *type = byName<QComboBox>(d, QStringLiteral("Server type"));
    QVERIFY(!type->isEnabled()); // A's facts decide the dialect

    auto *profile = byName<QComboBox>(d, QStringLiteral("Admin profile"));
    profile->setCurrentIndex(profile->findData(b.id));
    // A's facts are gone with it.
    QVERIFY(type->isEnabled());
    QTest::mouseClick(byName<QPushButton>(d, QStringLiteral("Connect with the admin profile")),
                      Qt::LeftButton);
    // B has no stored password: the dialog asks for it (old code sent A's instead).
    QTRY_VERIFY(d.findChild<QInputDialog *>(QStringLiteral("adminPassword"))
                || fake.connectionCount() > 0);
    if (auto *ask = d.findChild<QInputDialog *>(QStringLiteral("adminPassword"))) {
        QVERIFY(ask->labelText().contains(QLatin1String("fake B")));
        ask->setTextValue(script.password);
        ask->accept();
    }
    QTRY_COMPARE(inspected.size(), 2);
    QTRY_VERIFY(fake.connectionCount() > 0 && fake.capture(0).closed);
    for (int i = 0; i < fake.connectionCount(); ++i) {
        const FakeMysqlServer::Capture c = fake.capture(i);
        QCOMPARE(c.clientUser, script.user);
        QVERIFY2(!c.decrypted.contains(aPassword), "profile A's password reached B's server");
        QVERIFY(!c.received.contains(aPassword));
    }
    // What B's server did get is B's own password: the test watched the right bytes.
    QVERIFY(fake.capture(0).decrypted.contains(script.password.toUtf8()));
}

void tst_AccountRequirementsDialog::plaintextProofIsOffAndExplained()
{
    AccountRequirementsDialog d(m_store.get(), &m_secrets, m_adminId);
    auto *prove = byName<QCheckBox>(d, QStringLiteral("Prove the requirement by logging in"));
    auto *withoutTls = byName<QCheckBox>(d, QStringLiteral("Also log in without TLS"));
    QVERIFY(withoutTls);
    QVERIFY(!withoutTls->isChecked());
    QVERIFY(!withoutTls->isEnabled());
    prove->setChecked(true);
    QVERIFY(withoutTls->isEnabled());
    QVERIFY(!withoutTls->isChecked());
    // The explanation sits right below the check box, in the same form.
    auto *form = qobject_cast<QFormLayout *>(withoutTls->parentWidget()->layout());
    QVERIFY(form);
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(withoutTls, &row, &role);
    QVERIFY(row >= 0);
    auto *help = qobject_cast<QLabel *>(form->itemAt(row + 1, QFormLayout::SpanningRole)->widget());
    QVERIFY(help);
    QVERIFY2(help->text().contains(QLatin1String("Off by default")), qPrintable(help->text()));
    QVERIFY(help->text().contains(QLatin1String("unencrypted")));
}

void tst_AccountRequirementsDialog::plaintextProofToARemoteHostNeedsConfirmation()
{
    // db.example.com is not on this computer: the login without TLS would cross the network.
    AccountRequirementsDialog d(m_store.get(), &m_secrets, m_adminId);
    byName<QComboBox>(d, QStringLiteral("User name"))->setEditText(QStringLiteral("app"));
    byName<QCheckBox>(d, QStringLiteral("Prove the requirement by logging in"))->setChecked(true);
    auto *withoutTls = byName<QCheckBox>(d, QStringLiteral("Also log in without TLS"));
    QVERIFY(withoutTls);
    withoutTls->setChecked(true);
    QSignalSpy finished(&d, &AccountRequirementsDialog::runFinished);
    auto *verify = byName<QPushButton>(d, QStringLiteral("Verify the account on the server"));
    QTest::mouseClick(verify, Qt::LeftButton);
    auto *box = waitForChild<QMessageBox>(d, QStringLiteral("confirmPlaintextProof"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(QLatin1String("db.example.com")));
    QVERIFY2(box->informativeText().contains(QLatin1String("not on this computer")),
             qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QLatin1String("unencrypted")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    // Refused: nothing started (a start shows "Verifying..." at once and disables Verify).
    auto *results = byName<QPlainTextEdit>(d, QStringLiteral("Results"));
    QTRY_VERIFY(results->toPlainText().contains(QLatin1String("Nothing was run")));
    QVERIFY(results->toPlainText().contains(QLatin1String("not confirmed")));
    QVERIFY(verify->isEnabled());
    QVERIFY(d.findChildren<QInputDialog *>().isEmpty()); // not even the admin password
    QCOMPARE(finished.size(), 0);
}

void tst_AccountRequirementsDialog::plaintextProofOnLoopbackOnlyWhenAsked_data()
{
    QTest::addColumn<bool>("withoutTls");
    QTest::newRow("not asked") << false;
    QTest::newRow("asked") << true;
}

void tst_AccountRequirementsDialog::plaintextProofOnLoopbackOnlyWhenAsked()
{
    // Against the real server on 127.0.0.1: no confirmation is needed on loopback, and the
    // login without TLS is made only when its box is checked (the proof used to make it always).
    QFETCH(bool, withoutTls);
    const Profile a = serverAdmin();
    QVERIFY(!a.id.isNull());
    const TestServers::Credentials account
            = m_servers.credentials(TestServers::Account::RequireSsl);
    AccountRequirementsDialog d(m_store.get(), &m_secrets, a.id);
    byName<QComboBox>(d, QStringLiteral("User name"))->setEditText(account.user);
    byName<QCheckBox>(d, QStringLiteral("Create the account if it does not exist"))
            ->setChecked(false);
    byName<QCheckBox>(d, QStringLiteral("Prove the requirement by logging in"))->setChecked(true);
    auto *withoutTlsBox = byName<QCheckBox>(d, QStringLiteral("Also log in without TLS"));
    QVERIFY(withoutTlsBox);
    withoutTlsBox->setChecked(withoutTls);
    byName<QLineEdit>(d, QStringLiteral("The account's password"))->setText(account.password);
    QSignalSpy finished(&d, &AccountRequirementsDialog::runFinished);
    QTest::mouseClick(byName<QPushButton>(d, QStringLiteral("Verify the account on the server")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(!d.findChild<QMessageBox *>(QStringLiteral("confirmPlaintextProof")));
    const QString results = byName<QPlainTextEdit>(d, QStringLiteral("Results"))->toPlainText();
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(results));
    QCOMPARE(results.contains(QLatin1String("Login without TLS: refused (1045")), withoutTls);
    QVERIFY2(results.contains(QLatin1String("Login with TLS, without a client certificate: "
                                            "logged in")),
             qPrintable(results));
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
