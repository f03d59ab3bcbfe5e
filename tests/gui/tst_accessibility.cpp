// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "audit/AuditHistory.h"
#include "audit/FleetHealthWindow.h"
#include "interop/CaDownloadDialog.h"
#include "interop/ExportDialog.h"
#include "interop/ImportDialog.h"
#include "profile/FetchCertificateDialog.h"
#include "profile/ProfileEditorDialog.h"
#include "profile/ServerSection.h"
#include "profile/SshSection.h"
#include "ssh/SshHostKeyDialog.h"
#include "ssh/SshSecretDialog.h"
#include "wizard/ConnectionWizard.h"
#include "profile/MemorySecretStore.h"
#include "profile/ProfileStore.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

bool isInteractive(const QWidget *widget)
{
    // QAbstractButton covers push buttons, tool buttons, check boxes and radio buttons.
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
            || qobject_cast<const QComboBox *>(widget)
            || qobject_cast<const QAbstractSpinBox *>(widget)
            || qobject_cast<const QAbstractItemView *>(widget);
}

QString describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += QLatin1Char(' ') + widget->objectName();
    for (const QObject *p = widget->parent(); p; p = p->parent()) {
        if (!p->objectName().isEmpty()) {
            text += QStringLiteral(" in ") + p->objectName();
            break;
        }
    }
    return text;
}

// Every interactive widget of `window`'s own window that assistive technology would announce
// without a name. The name is what QAccessible reports: an explicit accessibleName, or what Qt
// derives from a button's text or a field's buddy label. Qt's accessibility tree does not expose
// a spin box's inner line edit (the spin box speaks for it) nor other windows (popups), so
// neither is checked here.
QStringList unnamedWidgets(QWidget *window)
{
    QStringList problems;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->window() != window || !isInteractive(widget)
            || widget->objectName() == QLatin1String("qt_spinbox_lineedit"))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            problems << describe(widget);
    }
    return problems;
}

#define expectAllNamed(window) \
    do { \
        const QStringList unnamed = unnamedWidgets(window); \
        QVERIFY2(unnamed.isEmpty(), \
                 qPrintable(QStringLiteral("without accessible name: ") \
                            + unnamed.join(QStringLiteral("; ")))); \
    } while (false)

template<class Dialog> Dialog *visibleChild(QWidget *parent)
{
    const auto dialogs = parent->findChildren<Dialog *>();
    for (Dialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void checkerFindsUnnamedWidgets();
    void mainWindowWhenEmpty();
    void mainWindowWithProfilesAndMessages();
    void renameEditor();
    void deleteConfirmation();
    void settingsDialog();
    void aboutDialog();
    void fleetHealthWindow();
    void everyActionHasAShortcut();
    void connectionWizardEveryPage();
    void profileEditorEveryTab();
    void fetchCertificateDialog();
    void importExportAndCaDownloadDialogs();
    void sshSectionEveryAuthentication();
    void sshDialogs();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
};

void tst_Accessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Accessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    m_store->load();
}

void tst_Accessibility::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_Accessibility::checkerFindsUnnamedWidgets()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *field = new QLineEdit(&window);
    auto *iconOnly = new QToolButton(&window);
    auto *named = new QLineEdit(&window);
    named->setAccessibleName(QStringLiteral("Named"));
    auto *labelled = new QCheckBox(QStringLiteral("&Labelled"), &window);
    for (QWidget *widget : {static_cast<QWidget *>(field), static_cast<QWidget *>(iconOnly),
                            static_cast<QWidget *>(named), static_cast<QWidget *>(labelled)})
        layout->addWidget(widget);
    QCOMPARE(unnamedWidgets(&window).size(), 2);
}

void tst_Accessibility::mainWindowWhenEmpty()
{
    MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    expectAllNamed(&window);
}

void tst_Accessibility::mainWindowWithProfilesAndMessages()
{
    Profile profile = Profile::create();
    profile.name = QStringLiteral("Orders");
    profile.host = QStringLiteral("db.example.com");
    QVERIFY(m_store->add(profile));
    MemorySecretStore secrets;
    MainWindow window(*m_store);
    window.setSecretStore(&secrets);
    Q_EMIT secrets.serviceUnavailable(QString());
    window.resize(300, 300); // narrow, so that the toolbar shows its overflow button
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    expectAllNamed(&window);
}

void tst_Accessibility::renameEditor()
{
    Profile profile = Profile::create();
    profile.name = QStringLiteral("Orders");
    profile.host = QStringLiteral("db.example.com");
    QVERIFY(m_store->add(profile));
    MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectProfile(profile.id);
    window.renameCurrentProfile();
    auto *view = window.findChild<QTreeView *>(QStringLiteral("profileView"));
    QTRY_VERIFY(view->findChild<QLineEdit *>(QStringLiteral("nameEditor")));
    expectAllNamed(&window);
}

void tst_Accessibility::deleteConfirmation()
{
    Profile profile = Profile::create();
    profile.name = QStringLiteral("Orders");
    profile.host = QStringLiteral("db.example.com");
    QVERIFY(m_store->add(profile));
    MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectProfile(profile.id);
    window.deleteCurrentProfile();
    QTRY_VERIFY(visibleChild<QMessageBox>(&window));
    expectAllNamed(visibleChild<QMessageBox>(&window));
}

void tst_Accessibility::settingsDialog()
{
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    expectAllNamed(&dialog);
}

void tst_Accessibility::fleetHealthWindow()
{
    Profile p = Profile::create();
    p.name = QStringLiteral("Orders");
    p.host = QStringLiteral("orders.example");
    QVERIFY(m_store->add(p));
    AuditResult r;
    r.target.profile = p;
    r.findings.append({QStringLiteral("reachable"), AuditSeverity::Failure,
                       QStringLiteral("No answer"), QStringLiteral("Check the firewall")});
    QCOMPARE(AuditHistory().save({r}, 30, QDateTime::currentDateTimeUtc()), QString());
    FleetHealthWindow window(*m_store, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    expectAllNamed(&window);
    QFile::remove(AuditHistory().path());
}

void tst_Accessibility::aboutDialog()
{
    RuntimeVersions versions;
    versions.sslcm = QStringLiteral("0.1.0");
    versions.qt = QStringLiteral("6.4.2");
    versions.openssl = QStringLiteral("OpenSSL 3.0.0");
    versions.mysqlClient = QStringLiteral("libmariadb 3.3.0");
    AboutDialog dialog(versions, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    expectAllNamed(&dialog);
}

void tst_Accessibility::everyActionHasAShortcut()
{
    MainWindow window(*m_store);
    const auto actions = window.findChildren<QAction *>();
    int checked = 0;
    for (const QAction *action : actions) {
        // Menu titles, separators and Qt's own helper actions are not commands.
        if (action->isSeparator() || action->menu() || action->objectName().isEmpty()
            || action->objectName().startsWith(QLatin1String("qt_")))
            continue;
        ++checked;
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
        const auto inMenus = action->associatedObjects();
        QVERIFY2(std::any_of(inMenus.begin(), inMenus.end(),
                             [](QObject *o) { return qobject_cast<QMenu *>(o) != nullptr; }),
                 qPrintable(action->objectName()));
    }
    QVERIFY(checked >= 5);
}

void tst_Accessibility::connectionWizardEveryPage()
{
    MemorySecretStore secrets;
    ConnectionWizard wizard(*m_store, &secrets);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // Every page, visited in order (the Test page runs against a closed port and fails fast).
    for (int id : wizard.pageIds()) {
        wizard.setStartId(id);
        wizard.restart();
        QTRY_VERIFY(wizard.currentPage() == wizard.page(id));
        expectAllNamed(&wizard);
    }
}

void tst_Accessibility::profileEditorEveryTab()
{
    Profile profile = Profile::create();
    profile.name = QStringLiteral("Orders");
    profile.host = QStringLiteral("db.example.com");
    profile.user = QStringLiteral("app");
    QVERIFY(m_store->add(profile));
    ProfileEditorDialog editor(*m_store, nullptr, profile);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("sections"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        expectAllNamed(&editor);
    }
}

void tst_Accessibility::fetchCertificateDialog()
{
    Profile profile = Profile::create();
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = 1;
    FetchCertificateDialog dialog(profile);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    expectAllNamed(&dialog);
}

void tst_Accessibility::importExportAndCaDownloadDialogs()
{
    Profile profile = Profile::create();
    profile.name = QStringLiteral("Orders");
    profile.host = QStringLiteral("db.example.com");
    profile.user = QStringLiteral("app");
    QVERIFY(m_store->add(profile));
    MemorySecretStore secrets;

    ImportDialog import(*m_store, &secrets);
    import.show();
    QVERIFY(QTest::qWaitForWindowExposed(&import));
    import.previewText(QStringLiteral("mysql://app@db.example.com/shop?ssl-mode=VERIFY_CA"));
    QCOMPARE(import.preview()->topLevelItemCount(), 1);
    expectAllNamed(&import);

    ExportDialog exportDialog(profile, &secrets);
    exportDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
    expectAllNamed(&exportDialog);

    CaDownloadDialog download(QStringLiteral("aws-rds"));
    download.show();
    QVERIFY(QTest::qWaitForWindowExposed(&download));
    expectAllNamed(&download);
}

// "Connect through SSH" unfolded in the editor, with each way of logging in to the jump host.
void tst_Accessibility::sshSectionEveryAuthentication()
{
    Profile profile = Profile::create();
    profile.name = QStringLiteral("Orders");
    profile.host = QStringLiteral("db.internal");
    profile.user = QStringLiteral("app");
    profile.ssh = SshJump::parseDestination(QStringLiteral("deploy@bastion.example.com"));
    QVERIFY(profile.ssh);
    QVERIFY(m_store->add(profile));
    ProfileEditorDialog editor(*m_store, nullptr, profile);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    SshSection *ssh = editor.serverSection()->sshSection();
    QVERIFY(ssh->details()->isVisible());
    for (SshJump::Auth auth : SshJump::allAuths()) {
        ssh->authBox()->setCurrentIndex(ssh->authBox()->findData(int(auth)));
        expectAllNamed(&editor);
    }
}

void tst_Accessibility::sshDialogs()
{
    const std::optional<SshJump> jump
            = SshJump::parseDestination(QStringLiteral("deploy@bastion.example.com:2222"));
    QVERIFY(jump);
    GatewaySession::Ssh facts;
    facts.hostKeyType = QStringLiteral("ssh-ed25519");
    facts.hostKeySha256 = QByteArray(32, '\x01');
    facts.hostKeyLine = "ssh-ed25519 AAAA";
    facts.recordedKeyType = QStringLiteral("ssh-rsa");
    facts.recordedKeySha256 = QByteArray(32, '\x02');
    facts.hostKeySource = QStringLiteral("/etc/ssh/ssh_known_hosts");
    for (auto kind : {SshHostKeyDialog::Kind::Unknown, SshHostKeyDialog::Kind::Changed}) {
        SshHostKeyDialog dialog(kind, *jump, facts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        expectAllNamed(&dialog);
    }
    for (auto kind : {SshSecretDialog::Kind::Password, SshSecretDialog::Kind::KeyPassphrase}) {
        SshSecretDialog dialog(kind, *jump, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        expectAllNamed(&dialog);
    }
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
