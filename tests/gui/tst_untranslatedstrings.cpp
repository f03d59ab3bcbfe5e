// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every string a person reads goes through tr(): a pseudo-translation marks each translated
// string with ⟦…⟧, every window and dialog is opened, and any visible text, title, placeholder,
// tooltip, header, item or action text with Latin letters outside a mark fails the test. The
// data shown (profile names, hosts, users, file paths, versions) is chosen without Latin letters
// or removed by value first, and the few deliberately untranslated strings are listed below.
#include "AboutDialog.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "audit/FleetHealthWindow.h"
#include "accounts/AccountRequirementsDialog.h"
#include "accounts/PrivilegeGrant.h"
#include "interop/CaDownloadDialog.h"
#include "interop/CloudCaSource.h"
#include "interop/ExportDialog.h"
#include "interop/ImportDialog.h"
#include "profile/FetchCertificateDialog.h"
#include "profile/MemorySecretStore.h"
#include "profile/ProfileEditorDialog.h"
#include "profile/ServerSection.h"
#include "profile/SshSection.h"
#include "ssh/SshHostKeyDialog.h"
#include "ssh/SshKnownHosts.h"
#include "ssh/SshSecretDialog.h"
#include "profile/ProfileStore.h"
#include "wizard/ConnectionWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QWizardPage>

#include <algorithm>

namespace {

const QString openMark = QStringLiteral("⟦");
const QString closeMark = QStringLiteral("⟧");

// Returns every source text marked, placeholders intact, so that the app still works.
class PseudoTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        if (!sourceText || !*sourceText)
            return QString();
        return openMark + QString::fromUtf8(sourceText) + closeMark;
    }
};

// Strings that are shown as they are on purpose: language names in their own language, the
// program's name, and technical tokens that are the same in every language.
const QStringList deliberatelyUntranslated = {
        QStringLiteral("English"),
        QStringLiteral("Deutsch"),
        QStringLiteral("Français"),
        QStringLiteral("sslcm"),
        QStringLiteral("SSL Connection Manager"),
        QStringLiteral("https://…"),
        QStringLiteral("127.0.0.1"),
        QStringLiteral("TLSv1.2"),
        QStringLiteral("TLSv1.3"),
        QStringLiteral("PEM"),
        QStringLiteral("MySQL"),
        QStringLiteral("MariaDB"),
};

class Checker
{
public:
    // Values the test put into profiles and files; they are data, not interface text.
    QStringList data;
    QStringList problems;

    void check(QWidget *window)
    {
        QList<QWidget *> widgets = window->findChildren<QWidget *>();
        widgets.prepend(window);
        for (QWidget *w : std::as_const(widgets)) {
            if (w->window() != window || !w->isVisibleTo(window))
                continue;
            const QString where = QString::fromLatin1(w->metaObject()->className())
                    + QLatin1Char(' ') + w->objectName();
            if (w->isWindow())
                expect(w->windowTitle(), where + QStringLiteral(" (title)"));
            expect(w->toolTip(), where + QStringLiteral(" (tooltip)"));
            expect(w->accessibleName(), where + QStringLiteral(" (accessible name)"));
            if (auto *label = qobject_cast<QLabel *>(w))
                expect(label->text(), where);
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                expect(button->text(), where);
            if (auto *box = qobject_cast<QGroupBox *>(w))
                expect(box->title(), where);
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                expect(edit->placeholderText(), where + QStringLiteral(" (placeholder)"));
            if (auto *combo = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    expect(combo->itemText(i), where + QStringLiteral(" (item)"));
            }
            if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    expect(tabs->tabText(i), where + QStringLiteral(" (tab)"));
            }
            if (auto *page = qobject_cast<QWizardPage *>(w)) {
                expect(page->title(), where + QStringLiteral(" (page title)"));
                expect(page->subTitle(), where + QStringLiteral(" (page subtitle)"));
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model())
                checkHeaders(view, where);
            const auto actions = w->actions();
            for (QAction *action : actions)
                checkAction(action, where);
            if (auto *bar = qobject_cast<QMenuBar *>(w)) {
                const auto menus = bar->actions();
                for (QAction *menu : menus)
                    checkAction(menu, where);
            }
        }
    }

private:
    void checkAction(QAction *action, const QString &where)
    {
        if (action->isSeparator() || action->objectName().startsWith(QLatin1String("qt_")))
            return;
        expect(action->text(), where + QStringLiteral(" (action)"));
        expect(action->statusTip(), where + QStringLiteral(" (status tip)"));
        if (QMenu *menu = action->menu()) {
            const auto items = menu->actions();
            for (QAction *item : items)
                checkAction(item, where + QStringLiteral(" menu"));
        }
    }

    void checkHeaders(QAbstractItemView *view, const QString &where)
    {
        const QAbstractItemModel *model = view->model();
        for (int c = 0; c < model->columnCount(); ++c)
            expect(model->headerData(c, Qt::Horizontal).toString(),
                   where + QStringLiteral(" (header)"));
    }

    void expect(const QString &shown, const QString &where)
    {
        QString text = shown;
        if (Qt::mightBeRichText(text)) {
            QTextDocument document;
            document.setHtml(text);
            text = document.toPlainText();
        }
        // Marked text (also nested: a translated pattern filled with translated parts).
        static const QRegularExpression marked(QStringLiteral("⟦[^⟦⟧]*⟧"));
        for (int guard = 0; guard < 16 && text.contains(openMark); ++guard)
            text.replace(marked, QStringLiteral(" "));
        for (const QString &value : std::as_const(data)) {
            if (!value.isEmpty())
                text.replace(value, QStringLiteral(" "));
        }
        for (const QString &value : deliberatelyUntranslated)
            text.replace(value, QStringLiteral(" "));
        static const QRegularExpression latinLetter(QStringLiteral("[A-Za-z]"));
        if (text.contains(latinLetter))
            problems << where + QStringLiteral(": \"") + shown + QStringLiteral("\"");
    }
};

} // namespace

class tst_UntranslatedStrings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void checkerFindsUnwrappedText();
    void mainWindow();
    void connectionWizardEveryPage();
    void profileEditorEveryTab();
    void dialogs();
    void importAndExport();
    void sshSectionAndDialogs();

private:
    void verifyAll(QWidget *window);
    Profile addProfile();

    PseudoTranslator m_translator;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    MemorySecretStore m_secrets;
    Checker m_checker;
};

void tst_UntranslatedStrings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::installTranslator(&m_translator);
}

void tst_UntranslatedStrings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    m_store->load();
    m_checker = Checker();
    m_checker.data
            = {QDir::toNativeSeparators(m_store->filePath()), m_store->filePath(), m_dir->path()};
}

void tst_UntranslatedStrings::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_UntranslatedStrings::verifyAll(QWidget *window)
{
    m_checker.problems.clear();
    // Longest first, so that "CREATE VIEW" goes before "CREATE" can cut it in two.
    std::sort(m_checker.data.begin(), m_checker.data.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_checker.check(window);
    QVERIFY2(m_checker.problems.isEmpty(),
             qPrintable(QStringLiteral("not wrapped for translation:\n")
                        + m_checker.problems.join(QLatin1Char('\n'))));
}

// A profile whose data has no Latin letters, so that whatever shows it is not mistaken for
// untranslated interface text.
Profile tst_UntranslatedStrings::addProfile()
{
    Profile p = Profile::create();
    p.name = QStringLiteral("Ωμέγα");
    p.host = QStringLiteral("127.0.0.1");
    p.port = 1;
    p.user = QStringLiteral("χρήστης");
    p.database = QStringLiteral("βάση");
    p.notes = QStringLiteral("σημειώσεις");
    if (!m_store->add(p))
        return {};
    return p;
}

void tst_UntranslatedStrings::checkerFindsUnwrappedText()
{
    QWidget window;
    auto *wrapped = new QLabel(QCoreApplication::translate("Test", "Wrapped"), &window);
    auto *plain = new QLabel(QStringLiteral("Not wrapped"), &window);
    auto *data = new QLabel(QStringLiteral("127.0.0.1:3306"), &window);
    wrapped->move(0, 0);
    plain->move(0, 20);
    data->move(0, 40);
    window.show();
    m_checker.check(&window);
    QCOMPARE(m_checker.problems.size(), 1);
    QVERIFY(m_checker.problems.first().contains(QLatin1String("Not wrapped")));
}

void tst_UntranslatedStrings::mainWindow()
{
    {
        MainWindow empty(*m_store);
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        verifyAll(&empty);
    }
    const Profile p = addProfile();
    MainWindow window(*m_store);
    window.setSecretStore(&m_secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectProfile(p.id);
    verifyAll(&window);

    // With the report of a failed test (nothing listens on port 1) in the details pane.
    QVERIFY(m_secrets.writeBlocking(p.id, SecretKind::Password, QStringLiteral("λ")).ok());
    QSignalSpy tested(&window, &MainWindow::testFinished);
    window.testCurrentProfile();
    QVERIFY(tested.wait(20000));
    // The Connect stage's detail is the system's reason, in Qt's own words (Qt's catalogue
    // translates it): data here.
    m_checker.data << QStringLiteral("Connection refused");
    verifyAll(&window);
}

void tst_UntranslatedStrings::connectionWizardEveryPage()
{
    ConnectionWizard wizard(*m_store, &m_secrets);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    for (int id : wizard.pageIds()) {
        wizard.setStartId(id);
        wizard.restart();
        QTRY_VERIFY(wizard.currentPage() == wizard.page(id));
        verifyAll(&wizard);
    }
}

void tst_UntranslatedStrings::profileEditorEveryTab()
{
    const Profile p = addProfile();
    ProfileEditorDialog editor(*m_store, &m_secrets, p);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("sections"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        verifyAll(&editor);
    }
}

void tst_UntranslatedStrings::dialogs()
{
    const Profile p = addProfile();
    {
        SettingsDialog settings;
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        verifyAll(&settings);
    }
    {
        FleetHealthWindow fleet(*m_store, &m_secrets);
        fleet.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fleet));
        verifyAll(&fleet);
        fleet.findChild<QTabWidget *>()->setCurrentIndex(1);
        verifyAll(&fleet);
    }
    {
        RuntimeVersions versions;
        versions.sslcm = QStringLiteral("0.1.0");
        versions.qt = QStringLiteral("6.4.2");
        versions.openssl = QStringLiteral("3.0.0");
        versions.mysqlClient = QStringLiteral("3.3.0");
        AboutDialog about(versions, nullptr);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        verifyAll(&about);
    }
    {
        FetchCertificateDialog fetch(p);
        fetch.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fetch));
        verifyAll(&fetch);
    }
    {
        // Privileges are SQL keywords.
        m_checker.data << PrivilegeGrant::knownPrivileges() << PrivilegeGrant::allSet();
        AccountRequirementsDialog accounts(m_store.get(), &m_secrets, p.id);
        accounts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&accounts));
        verifyAll(&accounts);
    }
    // The provider names and addresses are names, not sentences.
    for (const CloudCaSource &source : CloudCaSource::all())
        m_checker.data << source.displayName << source.bundleUrl.toString();
    for (const CloudCaSource &source : CloudCaSource::all()) {
        CaDownloadDialog download(source.key);
        download.show();
        QVERIFY(QTest::qWaitForWindowExposed(&download));
        verifyAll(&download);
    }
}

void tst_UntranslatedStrings::importAndExport()
{
    const Profile p = addProfile();
    ImportDialog import(*m_store, &m_secrets);
    import.show();
    QVERIFY(QTest::qWaitForWindowExposed(&import));
    import.textEdit()->setText(QStringLiteral("mysql://χρήστης@127.0.0.1:1/βάση"));
    import.previewText(import.textEdit()->text());
    m_checker.data << import.textEdit()->text();
    verifyAll(&import);

    ExportDialog exportDialog(p, &m_secrets);
    exportDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
    // The format names are product names ("Python (PyMySQL)"); the exported text is code.
    for (ExportFormat f : ExportFormats::all())
        m_checker.data << ExportFormats::displayName(f);
    verifyAll(&exportDialog);
}

// "Connect through SSH" unfolded with each way of logging in, and the SSH dialogs. The jump host
// is data; so are key types, fingerprints and the commands to compare them.
void tst_UntranslatedStrings::sshSectionAndDialogs()
{
    Profile p = addProfile();
    SshJump jump;
    jump.host = QStringLiteral("127.0.0.1");
    jump.user = QStringLiteral("χρήστης");
    jump.auth = SshJump::Auth::KeyFile;
    jump.keyFile = m_dir->filePath(QStringLiteral("κλειδί"));
    p.ssh = jump;
    GatewaySession::Ssh facts;
    facts.hostKeyType = QStringLiteral("ssh-ed25519");
    facts.hostKeySha256 = QByteArray(32, '\x01');
    facts.hostKeyLine = "ssh-ed25519 AAAA";
    facts.recordedKeyType = QStringLiteral("ssh-rsa");
    facts.recordedKeySha256 = QByteArray(32, '\x02');
    facts.hostKeySource = m_dir->filePath(QStringLiteral("γνωστά"));
    m_checker.data << facts.hostKeyType << facts.recordedKeyType << facts.hostKeySource
                   << SshKnownHosts::fingerprint(facts.hostKeySha256)
                   << SshKnownHosts::fingerprint(facts.recordedKeySha256)
                   << SshHostKeyDialog::compareCommand(facts.hostKeyType)
                   << SshHostKeyDialog::compareCommand(facts.recordedKeyType)
                   << QStringLiteral("ssh-keygen -R 127.0.0.1 -f") << SshKnownHosts::sslcmListPath()
                   << jump.keyFile;

    ProfileEditorDialog editor(*m_store, &m_secrets, p);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    SshSection *ssh = editor.serverSection()->sshSection();
    QVERIFY(ssh->details()->isVisible());
    for (SshJump::Auth auth : SshJump::allAuths()) {
        ssh->authBox()->setCurrentIndex(ssh->authBox()->findData(int(auth)));
        verifyAll(&editor);
    }
    ssh->hostEdit()->clear(); // the problem shown
    verifyAll(&editor);

    for (auto kind : {SshHostKeyDialog::Kind::Unknown, SshHostKeyDialog::Kind::Changed}) {
        SshHostKeyDialog dialog(kind, jump, facts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        verifyAll(&dialog);
    }
    for (auto kind : {SshSecretDialog::Kind::Password, SshSecretDialog::Kind::KeyPassphrase}) {
        SshSecretDialog dialog(kind, jump, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        verifyAll(&dialog);
    }
}

QTEST_MAIN(tst_UntranslatedStrings)
#include "tst_untranslatedstrings.moc"
