// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "Translations.h"
#include "profile/ProfileStore.h"
#include "wizard/ConnectionWizard.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_SettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithSafeDefaults();
    void acceptSavesAndCancelDoesNot();
    void expiryWarnings();
    void wizardStartsFromDefaults();
    void languageAppliesToOpenMainWindow();
    void mainWindowOpensSettingsWithShortcut();

private:
    template<class T> T *field(QWidget &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
};

void tst_SettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SettingsDialog::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    m_store->load();
}

void tst_SettingsDialog::cleanup()
{
    QSettings().clear();
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
    m_store.reset();
    m_dir.reset();
}

void tst_SettingsDialog::startsWithSafeDefaults()
{
    const Settings s = Settings::load();
    QCOMPARE(s.language, Settings::Language::System);
    QCOMPARE(s.defaultSslMode, SslMode::VerifyIdentity);
    QCOMPARE(s.defaultConnectTimeoutSeconds, Profile::defaultConnectTimeoutSeconds);
    SettingsDialog dialog;
    QCOMPARE(field<QComboBox>(dialog, "defaultSslMode")->currentData().toInt(),
             int(SslMode::VerifyIdentity));
    QCOMPARE(field<QSpinBox>(dialog, "defaultTimeout")->value(),
             Profile::defaultConnectTimeoutSeconds);
    QVERIFY(!field<QLabel>(dialog, "consequence")->text().isEmpty());
}

void tst_SettingsDialog::expiryWarnings()
{
    // On by default, 30 days.
    QVERIFY(Settings::load().warnAboutExpiry);
    QCOMPARE(Settings::load().expiryWarnDays, 30);
    {
        SettingsDialog dialog;
        auto *warn = field<QCheckBox>(dialog, "warnAboutExpiry");
        auto *days = field<QSpinBox>(dialog, "expiryWarnDays");
        QVERIFY(warn->isChecked());
        QCOMPARE(days->value(), 30);
        QVERIFY(!warn->accessibleName().isEmpty());
        QVERIFY(!days->accessibleName().isEmpty());
        warn->setChecked(false);
        days->setValue(45);
        dialog.accept();
    }
    QVERIFY(!Settings::load().warnAboutExpiry);
    QCOMPARE(Settings::load().expiryWarnDays, 45);
    SettingsDialog again;
    QVERIFY(!field<QCheckBox>(again, "warnAboutExpiry")->isChecked());
    QCOMPARE(field<QSpinBox>(again, "expiryWarnDays")->value(), 45);
}

void tst_SettingsDialog::acceptSavesAndCancelDoesNot()
{
    {
        SettingsDialog dialog;
        auto *mode = field<QComboBox>(dialog, "defaultSslMode");
        const QString before = field<QLabel>(dialog, "consequence")->text();
        mode->setCurrentIndex(mode->findData(int(SslMode::Required)));
        QVERIFY(field<QLabel>(dialog, "consequence")->text() != before);
        field<QSpinBox>(dialog, "defaultTimeout")->setValue(42);
        dialog.reject();
    }
    QCOMPARE(Settings::load().defaultSslMode, SslMode::VerifyIdentity);
    {
        SettingsDialog dialog;
        auto *mode = field<QComboBox>(dialog, "defaultSslMode");
        mode->setCurrentIndex(mode->findData(int(SslMode::Required)));
        field<QSpinBox>(dialog, "defaultTimeout")->setValue(42);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const Settings s = Settings::load();
    QCOMPARE(s.defaultSslMode, SslMode::Required);
    QCOMPARE(s.defaultConnectTimeoutSeconds, 42);
    QCOMPARE(QSettings().value(QStringLiteral("preferences/defaultSslMode")).toString(),
             QStringLiteral("required"));
    // A new dialog shows what was saved.
    SettingsDialog again;
    QCOMPARE(field<QSpinBox>(again, "defaultTimeout")->value(), 42);
}

void tst_SettingsDialog::wizardStartsFromDefaults()
{
    Settings s;
    s.defaultSslMode = SslMode::VerifyCa;
    s.defaultConnectTimeoutSeconds = 25;
    s.save();
    ConnectionWizard wizard(*m_store, nullptr);
    const Profile p = wizard.profile();
    QCOMPARE(p.sslMode, SslMode::VerifyCa);
    QCOMPARE(p.connectTimeoutSeconds, 25);
}

void tst_SettingsDialog::languageAppliesToOpenMainWindow()
{
    MainWindow window(*m_store);
    auto *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
    QVERIFY(quit);
    QCOMPARE(quit->text(), QStringLiteral("&Quit"));

    SettingsDialog dialog(&window);
    auto *language = field<QComboBox>(dialog, "language");
    language->setCurrentIndex(language->findData(int(Settings::Language::German)));
    dialog.accept();
    QTRY_COMPARE(quit->text(), QStringLiteral("&Beenden"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Verbindung"));
    QCOMPARE(Settings::load().language, Settings::Language::German);
    QCOMPARE(QSettings().value(QStringLiteral("preferences/language")).toString(),
             QStringLiteral("de"));

    // And back.
    SettingsDialog english(&window);
    auto *back = field<QComboBox>(english, "language");
    back->setCurrentIndex(back->findData(int(Settings::Language::English)));
    english.accept();
    QTRY_COMPARE(quit->text(), QStringLiteral("&Quit"));
}

void tst_SettingsDialog::mainWindowOpensSettingsWithShortcut()
{
    MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionSettings"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(action));
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(window.findChild<SettingsDialog *>());
    QTRY_VERIFY(window.findChild<SettingsDialog *>()->isVisible());
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
