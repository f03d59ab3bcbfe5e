// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "MessageBar.h"
#include "ProfileListModel.h"
#include "WizardDriver.h"
#include "profile/AdvancedSection.h"
#include "profile/SecuritySection.h"
#include "profile/ServerSection.h"
#include "profile/FetchCertificateDialog.h"
#include "profile/ProfileEditorDialog.h"
#include "Translations.h"
#include "profile/MemorySecretStore.h"
#include "profile/ProfileStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QMenu>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

// Drives the real main window the way a person would, and checks what ends up in the store file.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createRenameAndDelete();
    void cancelledDeleteKeepsTheProfile();
    void shortcutOpensNewConnectionDialog();
    void emptyStateExplainsWhatToDo();
    void loadProblemIsShownWithoutBlocking();
    void unavailableKeychainIsMentionedOnce();
    void refusedRenameIsExplained();
    void followsChangesByOtherPrograms();
    void searchFiltersNameHostUserAndNotes();
    void largeStoreLoadsAfterTheFirstPaint();
    void duplicateMakesANewProfile();
    void editorSavesAndGuardsUnsavedChanges();
    void editorRefusesAmbiguousAddressesAndVerifyCaWithoutCa();
    void editorRefusesClearTextTokenForUnverifiedServer();
    void askEveryTimeNeverUsesTheKeychain();
    void commandSourceRemovesTheSavedPasswordAndTestsWithoutAsking();
    void passwordTypedBecauseTheKeychainHadNoneIsReportedSo();
    void fetchCertificateRefusesAmbiguousAddress();
    void lastTestAndCertificateWarningsShowInTheList();
    void layoutIsRemembered();
    void detailsPaneShowsWholeValues();

private:
    QJsonArray profilesOnDisk() const;
    QAction *action(const char *name) const;
    template<class Dialog> Dialog *openedDialog() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As the app does: English, with its plural forms.
    QCOMPARE(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)),
             QLocale::English);
}

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings().clear(); // test mode: Qt's test settings, never the user's
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    QCOMPARE(m_store->load().status, StoreLoadResult::Status::NoFile);
    m_window = std::make_unique<MainWindow>(*m_store);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_dir.reset();
}

QJsonArray tst_MainWindow::profilesOnDisk() const
{
    QFile file(m_store->filePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
            .object()
            .value(QStringLiteral("profiles"))
            .toArray();
}

QAction *tst_MainWindow::action(const char *name) const
{
    auto *found = m_window->findChild<QAction *>(QLatin1String(name));
    if (!found)
        qWarning("no action %s", name);
    return found;
}

template<class Dialog> Dialog *tst_MainWindow::openedDialog() const
{
    const auto dialogs = m_window->findChildren<Dialog *>();
    for (Dialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void tst_MainWindow::createRenameAndDelete()
{
    auto *emptyPage = m_window->findChild<QWidget *>(QStringLiteral("emptyPage"));
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("profileView"));
    QVERIFY(emptyPage && view);
    QVERIFY(emptyPage->isVisible());
    QVERIFY(!view->isVisible());
    QVERIFY(!QFile::exists(m_store->filePath()));
    QVERIFY(!action("actionRenameProfile")->isEnabled());
    QVERIFY(!action("actionDeleteProfile")->isEnabled());

    // Create.
    // Port 1 on the loopback refuses at once: the wizard's test fails fast, and saving
    // without a passing test is allowed.
    action("actionNewProfile")->trigger();
    QTRY_VERIFY(openedDialog<ConnectionWizard>());
    QPointer<ConnectionWizard> dialog = openedDialog<ConnectionWizard>();
    WizardDriver::fillServer(dialog, QStringLiteral("127.0.0.1"), 1, QStringLiteral("app"));
    WizardDriver::clickNext(dialog);
    QSignalSpy tested(dialog->testPage(), &TestPage::testFinished);
    WizardDriver::clickNext(dialog);
    QVERIFY(tested.wait(20000));
    WizardDriver::clickNext(dialog);
    WizardDriver::retype(dialog->savePage()->nameEdit(), QStringLiteral("Orders"));
    QTest::mouseClick(dialog->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    QJsonArray onDisk = profilesOnDisk();
    QCOMPARE(onDisk.size(), 1);
    const QJsonObject created = onDisk.at(0).toObject();
    QCOMPARE(created.value(QStringLiteral("name")).toString(), QStringLiteral("Orders"));
    QCOMPARE(created.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(created.value(QStringLiteral("port")).toInt(), 1);
    QCOMPARE(created.value(QStringLiteral("lastTest"))
                     .toObject()
                     .value(QStringLiteral("verdict"))
                     .toString(),
             QStringLiteral("failed"));
    QCOMPARE(created.value(QStringLiteral("user")).toString(), QStringLiteral("app"));
    QCOMPARE(created.value(QStringLiteral("sslMode")).toString(),
             QStringLiteral("verify-identity"));
    const QString id = created.value(QStringLiteral("id")).toString();

    QTRY_VERIFY(view->isVisible());
    QVERIFY(!emptyPage->isVisible());
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(m_window->currentProfileId(), QUuid::fromString(id));
    QVERIFY(action("actionRenameProfile")->isEnabled());

    // Rename in place.
    action("actionRenameProfile")->trigger();
    QTRY_VERIFY(view->findChild<QLineEdit *>(QStringLiteral("nameEditor")));
    auto *editor = view->findChild<QLineEdit *>(QStringLiteral("nameEditor"));
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(editor->text(), QStringLiteral("Orders"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Orders (production)"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(profilesOnDisk().at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Orders (production)"));
    onDisk = profilesOnDisk();
    QCOMPARE(onDisk.size(), 1);
    QCOMPARE(onDisk.at(0).toObject().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(onDisk.at(0).toObject().value(QStringLiteral("host")).toString(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Orders (production)"));

    // Delete, confirming.
    action("actionDeleteProfile")->trigger();
    QTRY_VERIFY(openedDialog<QMessageBox>());
    auto *box = openedDialog<QMessageBox>();
    QVERIFY(box->text().contains(QStringLiteral("Orders (production)")));
    QAbstractButton *confirm = nullptr;
    const auto boxButtons = box->buttons();
    for (QAbstractButton *button : boxButtons) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            confirm = button;
    }
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE(profilesOnDisk().size(), 0);
    QVERIFY(QFile::exists(m_store->filePath()));
    QTRY_VERIFY(emptyPage->isVisible());
    QVERIFY(!view->isVisible());
    QVERIFY(!action("actionDeleteProfile")->isEnabled());

    // Undo brings it back, with the same id.
    QTRY_VERIFY(m_window->findChild<QPushButton *>(QStringLiteral("undoDelete")));
    auto *undo = m_window->findChild<QPushButton *>(QStringLiteral("undoDelete"));
    QTRY_VERIFY(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_COMPARE(profilesOnDisk().size(), 1);
    QCOMPARE(profilesOnDisk().at(0).toObject().value(QStringLiteral("id")).toString(), id);
    QTRY_VERIFY(view->isVisible());
    QCOMPARE(m_window->currentProfileId(), QUuid::fromString(id));
}

void tst_MainWindow::cancelledDeleteKeepsTheProfile()
{
    Profile profile = Profile::create();
    profile.name = QStringLiteral("Keep me");
    profile.host = QStringLiteral("db.example.com");
    QVERIFY(m_store->add(profile));
    m_window->selectProfile(profile.id);
    QCOMPARE(m_window->currentProfileId(), profile.id);

    action("actionDeleteProfile")->trigger();
    QTRY_VERIFY(openedDialog<QMessageBox>());
    auto *box = openedDialog<QMessageBox>();
    // The safe choice is the default: Enter does not delete.
    QCOMPARE(box->buttonRole(box->defaultButton()), QMessageBox::RejectRole);
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(!openedDialog<QMessageBox>());
    QCOMPARE(profilesOnDisk().size(), 1);
    QCOMPARE(m_store->count(), 1);
}

void tst_MainWindow::shortcutOpensNewConnectionDialog()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(openedDialog<ConnectionWizard>());
    auto *dialog = openedDialog<ConnectionWizard>();
    QVERIFY(dialog->isModal());
    dialog->reject();
    QTRY_VERIFY(!openedDialog<ConnectionWizard>());
    QVERIFY(!QFile::exists(m_store->filePath()));
}

void tst_MainWindow::emptyStateExplainsWhatToDo()
{
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("emptyNewButton"));
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(openedDialog<ConnectionWizard>());
    openedDialog<ConnectionWizard>()->reject();

    // The page says where profiles go, so a new user can find the file.
    const auto labels
            = m_window->findChild<QWidget *>(QStringLiteral("emptyPage"))->findChildren<QLabel *>();
    bool mentionsFile = false;
    for (const QLabel *label : labels)
        mentionsFile |= label->text().contains(m_store->filePath());
    QVERIFY(mentionsFile);
}

void tst_MainWindow::loadProblemIsShownWithoutBlocking()
{
    m_window.reset();
    {
        QFile file(m_store->filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ this is not json");
    }
    const StoreLoadResult loaded = m_store->load();
    QVERIFY(loaded.needsAttention());

    m_window = std::make_unique<MainWindow>(*m_store);
    m_window->showLoadResult(loaded);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    const auto bars = m_window->findChildren<MessageBar *>();
    QCOMPARE(bars.size(), 1);
    QVERIFY(bars.first()->isVisible());
    QCOMPARE(bars.first()->text(), loaded.message());
    QVERIFY(!QApplication::activeModalWidget());

    // Dismissing it removes it.
    auto *dismiss = bars.first()->findChild<QAbstractButton *>();
    QVERIFY(dismiss);
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QTRY_VERIFY(m_window->findChildren<MessageBar *>().isEmpty());
}

void tst_MainWindow::unavailableKeychainIsMentionedOnce()
{
    MemorySecretStore secrets;
    m_window->setSecretStore(&secrets);
    QVERIFY(m_window->findChildren<MessageBar *>().isEmpty());

    // The keychain's message says what it means for passwords: the bar says it once.
    const QString why = QStringLiteral("No keychain can be reached: there is no D-Bus session. "
                                       "Passwords are not saved; sslcm will ask for them when "
                                       "connecting.");
    Q_EMIT secrets.serviceUnavailable(why);
    Q_EMIT secrets.serviceUnavailable(why);
    const auto bars = m_window->findChildren<MessageBar *>();
    QCOMPARE(bars.size(), 1);
    const QString text = bars.first()->text();
    QVERIFY2(text.contains(QStringLiteral("No D-Bus session"), Qt::CaseInsensitive),
             qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("ask for them")), 1);
    QCOMPARE(text.count(QStringLiteral("keychain"), Qt::CaseInsensitive), 1);

    // Without a message of its own, the window says it, once.
    MemorySecretStore silent;
    auto window = std::make_unique<MainWindow>(*m_store);
    window->setSecretStore(&silent);
    Q_EMIT silent.serviceUnavailable(QString());
    const auto own = window->findChildren<MessageBar *>();
    QCOMPARE(own.size(), 1);
    QVERIFY(own.first()->text().contains(QStringLiteral("keychain")));
    QCOMPARE(own.first()->text().count(QStringLiteral("ask for them")), 1);
}

void tst_MainWindow::refusedRenameIsExplained()
{
    Profile a = Profile::create();
    a.name = QStringLiteral("Alpha");
    a.host = QStringLiteral("a.example.com");
    Profile b = Profile::create();
    b.name = QStringLiteral("Beta");
    b.host = QStringLiteral("b.example.com");
    QVERIFY(m_store->add(a));
    QVERIFY(m_store->add(b));
    m_window->selectProfile(b.id);

    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("profileView"));
    action("actionRenameProfile")->trigger();
    QTRY_VERIFY(view->findChild<QLineEdit *>(QStringLiteral("nameEditor")));
    auto *editor = view->findChild<QLineEdit *>(QStringLiteral("nameEditor"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Alpha"));
    QTest::keyClick(editor, Qt::Key_Return);

    QTRY_COMPARE(m_window->findChildren<MessageBar *>().size(), 1);
    QVERIFY(m_window->findChildren<MessageBar *>().first()->text().contains(
            QStringLiteral("Alpha")));
    QCOMPARE(m_store->profile(b.id)->name, QStringLiteral("Beta"));
    const QJsonArray onDisk = profilesOnDisk();
    QCOMPARE(onDisk.size(), 2);
    QCOMPARE(onDisk.at(1).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Beta"));
}

void tst_MainWindow::followsChangesByOtherPrograms()
{
    Profile mine = Profile::create();
    mine.name = QStringLiteral("Mine");
    mine.host = QStringLiteral("db.example.com");
    QVERIFY(m_store->add(mine));
    m_window->selectProfile(mine.id);

    // sslcm-cli or a second window adds a profile to the same file.
    ProfileStore other(m_store->filePath());
    other.load();
    Profile theirs = Profile::create();
    theirs.name = QStringLiteral("A profile from elsewhere");
    theirs.host = QStringLiteral("other.example.com");
    QVERIFY(other.add(theirs));
    QVERIFY(m_store->reloadIfChanged());

    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("profileView"));
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(m_window->currentProfileId(), mine.id);
    QVERIFY(action("actionDeleteProfile")->isEnabled());
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("2 connections"));
}

void tst_MainWindow::searchFiltersNameHostUserAndNotes()
{
    const auto add = [this](const QString &name, const QString &host, const QString &user,
                            const QString &notes) {
        Profile p = Profile::create();
        p.name = name;
        p.host = host;
        p.user = user;
        p.notes = notes;
        QVERIFY(m_store->add(p));
    };
    add(QStringLiteral("Orders"), QStringLiteral("orders.example.com"), QStringLiteral("app"), {});
    add(QStringLiteral("Billing"), QStringLiteral("db2.example.com"), QStringLiteral("billing"),
        QStringLiteral("Owned by Finance"));
    add(QStringLiteral("Local"), QStringLiteral("127.0.0.1"), QStringLiteral("root"), {});
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("profileView"));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("search"));
    QVERIFY(view && search);
    QTRY_COMPARE(view->model()->rowCount(), 3);
    const auto shown = [view] {
        QStringList names;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            names << view->model()->index(r, 0).data().toString();
        return names;
    };
    QTest::keyClicks(search, QStringLiteral("FIN"));
    QCOMPARE(shown(), QStringList {QStringLiteral("Billing")}); // notes
    search->clear();
    QTest::keyClicks(search, QStringLiteral("example"));
    QCOMPARE(shown(), (QStringList {QStringLiteral("Billing"), QStringLiteral("Orders")})); // host
    QTest::keyClicks(search, QStringLiteral(" app"));
    QCOMPARE(shown(), QStringList {QStringLiteral("Orders")}); // host and user
    QCOMPARE(m_window->currentProfileId(), m_store->find(QStringLiteral("Orders")).first().id);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("nothing like this"));
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(view->isVisible()); // no "first start" page just because nothing matches
    search->clear();
    QCOMPARE(view->model()->rowCount(), 3);
}

// The app paints its window first and reads the store right after: the window says that it is
// loading (and refuses changes) until then, then holds every profile, sorted and searchable.
void tst_MainWindow::largeStoreLoadsAfterTheFirstPaint()
{
    constexpr int count = 10000;
    const QString path = m_dir->filePath(QStringLiteral("large/profiles.json"));
    const QString longHost = QStringLiteral("the-widest-host-name-of-them-all.db.example.com");
    {
        ProfileStore writer(path);
        writer.load();
        QList<Profile> profiles;
        for (int i = 0; i < count; ++i) {
            Profile p = Profile::create();
            p.name = QStringLiteral("Customer %1").arg(i, 5, 10, QLatin1Char('0'));
            p.host = i == 0 ? longHost : QStringLiteral("db-%1.example.com").arg(i);
            p.user = QStringLiteral("app_%1").arg(i % 97);
            profiles.prepend(p); // the store's order is not the list's: Customer 00000 is last
        }
        QVERIFY(writer.replaceAll(profiles));
    }
    ProfileStore store(path);
    MainWindow window(store);
    QSignalSpy loaded(&window, &MainWindow::loaded);
    window.loadAfterFirstPaint([&store, path] {
        auto read = std::make_shared<ProfileStore::Read>(ProfileStore::read(path));
        return MainWindow::StoreLoader([&store, read] { return store.load(std::move(*read)); });
    });
    window.show();

    auto *loading = window.findChild<QLabel *>(QStringLiteral("loadingLabel"));
    auto *view = window.findChild<QTreeView *>(QStringLiteral("profileView"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    auto *countLabel = window.findChild<QLabel *>(QStringLiteral("countLabel"));
    auto *newAction = window.findChild<QAction *>(QStringLiteral("actionNewProfile"));
    QVERIFY(loading && view && search && countLabel && newAction);
    QVERIFY(window.isLoading());
    QVERIFY(loading->isVisible());
    QVERIFY(!view->isVisible());
    QCOMPARE(loading->text(), QStringLiteral("Loading connections…"));
    QCOMPARE(loading->accessibleName(), loading->text());
    QCOMPARE(countLabel->text(), QStringLiteral("Loading connections…"));
    QVERIFY(!newAction->isEnabled()); // nothing is added to a store that is not read yet
    QCOMPARE(store.count(), 0);

    QVERIFY(loaded.wait(30000));
    QVERIFY(!window.isLoading());
    QVERIFY(!loading->isVisible());
    QVERIFY(view->isVisible());
    QVERIFY(newAction->isEnabled());
    QCOMPARE(view->model()->rowCount(), count);
    QCOMPARE(countLabel->text(), QStringLiteral("%1 connections").arg(count));
    // Sorted by name over every row, and the keyboard works at once.
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Customer 00000"));
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_End);
    QCOMPARE(view->currentIndex().row(), count - 1);
    QCOMPARE(view->currentIndex().siblingAtColumn(0).data().toString(),
             QStringLiteral("Customer 09999"));
    // The server column fits the widest host, which is in the store's last profile of 10,000.
    QVERIFY2(view->header()->sectionSize(ProfileListModel::AddressColumn)
                     > view->fontMetrics().horizontalAdvance(longHost + QStringLiteral(":3306")),
             qPrintable(QString::number(
                     view->header()->sectionSize(ProfileListModel::AddressColumn))));
    // Search is exact: the profile at the end of the store and at the end of the sorted list.
    QTest::keyClicks(search, QStringLiteral("customer 00000"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, ProfileListModel::AddressColumn).data().toString(),
             longHost + QStringLiteral(":3306"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("app_96 customer 099"));
    QStringList expected;
    for (int i = 9900; i < count; ++i) {
        if (i % 97 == 96)
            expected << QStringLiteral("Customer %1").arg(i, 5, 10, QLatin1Char('0'));
    }
    QStringList shown;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        shown << view->model()->index(r, 0).data().toString();
    QCOMPARE(shown, expected);
}

void tst_MainWindow::duplicateMakesANewProfile()
{
    Profile p = Profile::create();
    p.name = QStringLiteral("Orders");
    p.host = QStringLiteral("db.example.com");
    p.caFile = QStringLiteral("/etc/ssl/ca.pem");
    QVERIFY(m_store->add(p));
    m_window->selectProfile(p.id);
    action("actionDuplicateProfile")->trigger();
    QCOMPARE(profilesOnDisk().size(), 2);
    const QList<Profile> copies = m_store->find(QStringLiteral("Orders (copy)"));
    QCOMPARE(copies.size(), 1);
    QVERIFY(copies.first().id != p.id);
    QCOMPARE(copies.first().caFile, p.caFile);
    QCOMPARE(m_window->currentProfileId(), copies.first().id);
}

void tst_MainWindow::editorSavesAndGuardsUnsavedChanges()
{
    Profile p = Profile::create();
    p.name = QStringLiteral("Orders");
    p.host = QStringLiteral("db.example.com");
    p.user = QStringLiteral("app");
    QVERIFY(m_store->add(p));
    m_window->selectProfile(p.id);
    action("actionEditProfile")->trigger();
    QTRY_VERIFY(openedDialog<ProfileEditorDialog>());
    QPointer<ProfileEditorDialog> editor = openedDialog<ProfileEditorDialog>();
    QVERIFY(!editor->hasUnsavedChanges());
    WizardDriver::retype(editor->serverSection()->hostEdit(), QStringLiteral("db3.example.com"));
    QVERIFY(editor->hasUnsavedChanges());

    // Cancel asks first; "Keep editing" keeps the dialog.
    editor->reject();
    QTRY_VERIFY(openedDialog<QMessageBox>());
    auto *box = openedDialog<QMessageBox>();
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!openedDialog<QMessageBox>());
    QVERIFY(editor->isVisible());

    // An invalid port keeps it open and says why.
    WizardDriver::retype(editor->serverSection()->portEdit(), QStringLiteral("0"));
    editor->accept();
    QVERIFY(editor->isVisible());
    QVERIFY(editor->problems().join(QLatin1Char(' ')).contains(QStringLiteral("65535")));
    WizardDriver::retype(editor->serverSection()->portEdit(), QStringLiteral("3307"));
    editor->advancedSection()->findChild<QSpinBox *>(QStringLiteral("timeout"))->setValue(42);
    editor->accept();
    QTRY_VERIFY(editor.isNull());
    const QJsonObject saved = profilesOnDisk().at(0).toObject();
    QCOMPARE(saved.value(QStringLiteral("host")).toString(), QStringLiteral("db3.example.com"));
    QCOMPARE(saved.value(QStringLiteral("port")).toInt(), 3307);
    QCOMPARE(saved.value(QStringLiteral("connectTimeoutSeconds")).toInt(), 42);
}

// A profile an older sslcm stored with Verify CA and no CA opens with the reason shown; it can be
// neither tested nor saved until it has a CA or verifies the name too. An address spelling that
// programs read differently is refused inline, naming the canonical form.
void tst_MainWindow::editorRefusesAmbiguousAddressesAndVerifyCaWithoutCa()
{
    Profile p = Profile::create();
    p.name = QStringLiteral("Old verify-ca");
    p.host = QStringLiteral("db.example.com");
    p.user = QStringLiteral("app");
    p.sslMode = SslMode::VerifyCa;
    QVERIFY(m_store->add(p));
    m_window->selectProfile(p.id);
    action("actionEditProfile")->trigger();
    QTRY_VERIFY(openedDialog<ProfileEditorDialog>());
    QPointer<ProfileEditorDialog> editor = openedDialog<ProfileEditorDialog>();
    auto *problems = editor->findChild<QLabel *>(QStringLiteral("problems"));
    auto *test = editor->findChild<QPushButton *>(QStringLiteral("test"));
    QVERIFY(problems->isVisibleTo(editor));
    QVERIFY2(problems->text().contains(Profile::verifyCaNeedsCaProblem()),
             qPrintable(problems->text()));
    QVERIFY(!test->isEnabled());
    auto *sections = editor->findChild<QTabWidget *>(QStringLiteral("sections"));
    sections->setCurrentIndex(0);
    editor->accept();
    QVERIFY(editor->isVisible());
    // Save opened the section that has the problem.
    QCOMPARE(sections->currentIndex(), 1);
    QCOMPARE(profilesOnDisk().at(0).toObject().value(QStringLiteral("sslMode")).toString(),
             QStringLiteral("verify-ca"));

    // Verify CA and host name works with the system's CAs.
    editor->securitySection()->modeButton(SslMode::VerifyIdentity)->click();
    QVERIFY(!problems->isVisibleTo(editor));
    QVERIFY(test->isEnabled());

    auto *hostProblem = editor->findChild<QLabel *>(QStringLiteral("hostProblem"));
    sections->setCurrentIndex(0);
    WizardDriver::retype(editor->serverSection()->hostEdit(), QStringLiteral("0x7f.0.0.2"));
    QVERIFY(hostProblem->isVisibleTo(editor));
    QVERIFY2(hostProblem->text().contains(QStringLiteral("Write 127.0.0.2")),
             qPrintable(hostProblem->text()));
    QVERIFY(!test->isEnabled());
    sections->setCurrentIndex(2);
    editor->accept();
    QVERIFY(editor->isVisible());
    QCOMPARE(sections->currentIndex(), 0);
    QCOMPARE(profilesOnDisk().at(0).toObject().value(QStringLiteral("host")).toString(),
             QStringLiteral("db.example.com"));

    WizardDriver::retype(editor->serverSection()->hostEdit(), QStringLiteral("127.0.0.2"));
    QVERIFY(!hostProblem->isVisibleTo(editor));
    QVERIFY(test->isEnabled());
    editor->accept();
    QTRY_VERIFY(editor.isNull());
    const QJsonObject saved = profilesOnDisk().at(0).toObject();
    QCOMPARE(saved.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.2"));
    QCOMPARE(saved.value(QStringLiteral("sslMode")).toString(), QStringLiteral("verify-identity"));
}

// A clear-text sign-in token (Azure's, through the preset) in a mode that does not verify the
// server: the editor says why next to the source and in its list, and does not save.
void tst_MainWindow::editorRefusesClearTextTokenForUnverifiedServer()
{
    Profile p = Profile::create();
    p.name = QStringLiteral("Azure");
    p.host = QStringLiteral("orders.mysql.database.azure.com");
    p.user = QStringLiteral("someone@example.com");
    p.sslMode = SslMode::Required;
    QVERIFY(m_store->add(p));
    m_window->selectProfile(p.id);
    action("actionEditProfile")->trigger();
    QTRY_VERIFY(openedDialog<ProfileEditorDialog>());
    QPointer<ProfileEditorDialog> editor = openedDialog<ProfileEditorDialog>();
    ServerSection *server = editor->serverSection();
    auto *problems = editor->findChild<QLabel *>(QStringLiteral("problems"));
    auto *sourceProblem = server->findChild<QLabel *>(QStringLiteral("sourceProblem"));
    auto *test = editor->findChild<QPushButton *>(QStringLiteral("test"));
    auto *sections = editor->findChild<QTabWidget *>(QStringLiteral("sections"));
    QVERIFY(!problems->isVisibleTo(editor));

    server->commandPresetsButton()
            ->menu()
            ->findChild<QAction *>(QStringLiteral("commandPreset-azure-entra"))
            ->trigger();
    QVERIFY(server->clearTextTokenBox()->isChecked());
    const QString problem = PasswordSource::clearTextNeedsVerifiedServerProblem(SslMode::Required);
    QVERIFY(sourceProblem->isVisibleTo(editor));
    QVERIFY2(sourceProblem->text().contains(problem), qPrintable(sourceProblem->text()));
    QVERIFY(problems->isVisibleTo(editor));
    QVERIFY(problems->text().contains(problem));
    QCOMPARE(editor->problems().count(problem), 1);
    QVERIFY(!test->isEnabled());

    sections->setCurrentIndex(2);
    editor->accept();
    QVERIFY(editor->isVisible());
    QCOMPARE(sections->currentIndex(), 0); // where the problem is shown
    QVERIFY(!profilesOnDisk().at(0).toObject().contains(QStringLiteral("passwordSource")));

    // Verifying the server lifts it.
    editor->securitySection()->modeButton(SslMode::VerifyIdentity)->click();
    QVERIFY(!sourceProblem->isVisibleTo(editor));
    QVERIFY(!problems->isVisibleTo(editor));
    QVERIFY(test->isEnabled());
    editor->accept();
    QTRY_VERIFY(editor.isNull());
    const QJsonObject source
            = profilesOnDisk().at(0).toObject().value(QStringLiteral("passwordSource")).toObject();
    QCOMPARE(source.value(QStringLiteral("kind")).toString(), QStringLiteral("command"));
    QCOMPARE(source.value(QStringLiteral("clearTextToken")).toBool(), true);
    QCOMPARE(source.value(QStringLiteral("command")).toArray().first().toString(),
             QStringLiteral("az"));
}

namespace {

// A profile for user "app" on 127.0.0.1 port 1, where nothing listens: a test of it is refused at
// once.
Profile refusingProfile()
{
    Profile p = Profile::create();
    p.name = QStringLiteral("Orders");
    p.host = QStringLiteral("127.0.0.1");
    p.port = 1;
    p.user = QStringLiteral("app");
    return p;
}

} // namespace

// "Ask every time": the editor's field is for its own test, saving removes a password kept
// earlier, and testing from the main window asks even when the keychain still has one.
void tst_MainWindow::askEveryTimeNeverUsesTheKeychain()
{
    MemorySecretStore secrets;
    m_window->setSecretStore(&secrets);
    Profile p = refusingProfile();
    QVERIFY(m_store->add(p));
    QVERIFY(secrets.writeBlocking(p.id, SecretKind::Password, QStringLiteral("kept-before")).ok());
    const QString key = SecretStore::keyFor(p.id, SecretKind::Password);
    m_window->selectProfile(p.id);
    action("actionEditProfile")->trigger();
    QTRY_VERIFY(openedDialog<ProfileEditorDialog>());
    QPointer<ProfileEditorDialog> editor = openedDialog<ProfileEditorDialog>();
    ServerSection *server = editor->serverSection();
    QTRY_COMPARE(server->passwordEdit()->text(), QStringLiteral("kept-before"));

    const int ask = server->passwordSourceBox()->findData(int(PasswordSource::Kind::Ask));
    server->passwordSourceBox()->setCurrentIndex(ask);
    Q_EMIT server->passwordSourceBox()->activated(ask);
    QVERIFY(server->passwordEdit()->isVisibleTo(editor));
    QVERIFY(!server->savePasswordBox()->isVisibleTo(editor));
    WizardDriver::retype(server->passwordEdit(), QStringLiteral("typed-for-this-test"));
    QVERIFY(editor->hasUnsavedChanges());
    editor->accept();
    QTRY_VERIFY(editor.isNull());
    QCOMPARE(profilesOnDisk()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("passwordSource"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
             QStringLiteral("ask"));
    QTRY_VERIFY(!secrets.keys().contains(key));

    // Even a password put in the keychain by other means is not used: the prompt comes.
    QVERIFY(secrets.writeBlocking(p.id, SecretKind::Password, QStringLiteral("kept-again")).ok());
    action("actionTestProfile")->trigger();
    QTRY_VERIFY(openedDialog<QInputDialog>());
    openedDialog<QInputDialog>()->reject();
    // Nothing this window did wrote to the keychain.
    QCOMPARE(secrets.readBlocking(p.id, SecretKind::Password).secret, QStringLiteral("kept-again"));
}

// A keychain profile whose keychain entry is missing: Test asks, and the report says the password
// was typed in, not "Saved in the keychain".
void tst_MainWindow::passwordTypedBecauseTheKeychainHadNoneIsReportedSo()
{
    MemorySecretStore secrets;
    m_window->setSecretStore(&secrets);
    Profile p = refusingProfile();
    QCOMPARE(p.passwordSource.kind, PasswordSource::Kind::Keychain);
    QVERIFY(m_store->add(p));
    m_window->selectProfile(p.id);
    QSignalSpy tested(m_window.get(), &MainWindow::testFinished);
    action("actionTestProfile")->trigger();
    QTRY_VERIFY(openedDialog<QInputDialog>());
    openedDialog<QInputDialog>()->setTextValue(QStringLiteral("typed"));
    openedDialog<QInputDialog>()->accept();
    QVERIFY(tested.wait(20000));
    const ConnectionReport report = tested.first().at(1).value<ConnectionReport>();
    QCOMPARE(report.passwordGiven, ConnectionReport::PasswordGiven::Typed);
    QCOMPARE(report.passwordSource, QStringLiteral("Typed in for this test, not saved"));
    QVERIFY(report.toText().contains(QStringLiteral("Password source: Typed in")));
}

// A password command: saving removes the password the keychain held, and Test runs the command
// through the connection itself, without a prompt; the report shows the sign-in step.
void tst_MainWindow::commandSourceRemovesTheSavedPasswordAndTestsWithoutAsking()
{
    MemorySecretStore secrets;
    m_window->setSecretStore(&secrets);
    Profile p = refusingProfile(); // refused after the sign-in step
    QVERIFY(m_store->add(p));
    QVERIFY(secrets.writeBlocking(p.id, SecretKind::Password, QStringLiteral("old")).ok());
    m_window->selectProfile(p.id);
    action("actionEditProfile")->trigger();
    QTRY_VERIFY(openedDialog<ProfileEditorDialog>());
    QPointer<ProfileEditorDialog> editor = openedDialog<ProfileEditorDialog>();
    ServerSection *server = editor->serverSection();
    QTRY_COMPARE(server->passwordEdit()->text(), QStringLiteral("old"));
    const int command = server->passwordSourceBox()->findData(int(PasswordSource::Kind::Command));
    server->passwordSourceBox()->setCurrentIndex(command);
    Q_EMIT server->passwordSourceBox()->activated(command);
    QTest::keyClicks(server->commandEdit(), QStringLiteral("printf %s from-a-command"));
    editor->accept();
    QTRY_VERIFY(editor.isNull());
    QTRY_VERIFY(!secrets.keys().contains(SecretStore::keyFor(p.id, SecretKind::Password)));

    QSignalSpy tested(m_window.get(), &MainWindow::testFinished);
    action("actionTestProfile")->trigger();
    QVERIFY(!openedDialog<QInputDialog>());
    QVERIFY(tested.wait(20000));
    const ConnectionReport report = tested.first().at(1).value<ConnectionReport>();
    const TestStage signIn = report.stage(TestStage::Id::SignIn);
    QCOMPARE(signIn.status, TestStage::Status::Passed);
    QVERIFY2(signIn.detail.contains(QStringLiteral("of 14 character")), qPrintable(signIn.detail));
}

void tst_MainWindow::fetchCertificateRefusesAmbiguousAddress()
{
    Profile p = Profile::create();
    p.name = QStringLiteral("Spelled oddly");
    p.host = QStringLiteral("127.2");
    FetchCertificateDialog dialog(p);
    QSignalSpy finished(&dialog, &FetchCertificateDialog::probeFinished);
    dialog.start();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!dialog.isRunning());
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
    QVERIFY2(status->text().contains(QStringLiteral("Write 127.0.0.2")),
             qPrintable(status->text()));
    QVERIFY(!dialog.useCaButton()->isEnabled());
}

void tst_MainWindow::lastTestAndCertificateWarningsShowInTheList()
{
    Profile p = Profile::create();
    p.name = QStringLiteral("Orders");
    p.host = QStringLiteral("db.example.com");
    p.caFile = m_dir->filePath(QStringLiteral("gone.pem"));
    ConnectionReport report;
    report.verdict = ConnectionReport::Verdict::EncryptedUnverified;
    report.startedUtc = QDateTime::currentDateTimeUtc();
    LastTestResult::record(p, report);
    QVERIFY(m_store->add(p));
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("profileView"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QAbstractItemModel *model = view->model();
    QCOMPARE(model->index(0, ProfileListModel::LastTestColumn).data().toString(),
             ConnectionReport::verdictShortText(ConnectionReport::Verdict::EncryptedUnverified));
    QVERIFY(!model->index(0, ProfileListModel::LastTestColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(model->index(0, ProfileListModel::CertificatesColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("missing")));
    // The lastTest field survives a reload from disk.
    ProfileStore again(m_store->filePath());
    again.load();
    QCOMPARE(again.profiles().first().lastTest->verdict,
             ConnectionReport::Verdict::EncryptedUnverified);
}

void tst_MainWindow::layoutIsRemembered()
{
    Profile p = Profile::create();
    p.name = QStringLiteral("Orders");
    p.host = QStringLiteral("db.example.com");
    QVERIFY(m_store->add(p));
    // Within the offscreen platform's 800x600 screen: Qt 6.8 fits a restored window into it.
    m_window->resize(760, 540);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("splitter"));
    QTRY_VERIFY(splitter->isVisible());
    splitter->setSizes({250, 450});
    const QList<int> sizes = splitter->sizes();
    m_window->close();
    MainWindow second(*m_store);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.size(), QSize(760, 540));
    QCOMPARE(second.findChild<QSplitter *>(QStringLiteral("splitter"))->sizes(), sizes);
}

void tst_MainWindow::detailsPaneShowsWholeValues()
{
    Profile p = Profile::create();
    p.name = QStringLiteral("Orders");
    p.host = QStringLiteral("db.example.com");
    p.notes = QStringLiteral("The primary shop database; ask the DBA team before changing its "
                             "certificates, and test after every rotation.");
    QVERIFY(m_store->add(p));
    m_window->resize(1100, 660);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectProfile(p.id);
    auto *pane = m_window->findChild<QWidget *>(QStringLiteral("detailsPane"));
    QVERIFY(pane);
    QCoreApplication::processEvents();
    // Every wrapped value gets the height its text needs at the width it really has: none is
    // cut off, and none wraps early for want of width.
    int checked = 0;
    const auto labels = pane->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
            continue;
        ++checked;
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(label->text()));
    }
    QVERIFY(checked >= 4);
    const auto notes = std::find_if(labels.begin(), labels.end(),
                                    [&](const QLabel *l) { return l->text() == p.notes; });
    QVERIFY(notes != labels.end());
    QVERIFY2((*notes)->width() > pane->width() / 2, qPrintable(QString::number((*notes)->width())));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
