// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "accounts/AccountRequirementsDialog.h"
#include "audit/FleetHealthWindow.h"

#include "AboutDialog.h"
#include "ProfileDetailsPane.h"
#include "ProfileFilterModel.h"
#include "ProfileListModel.h"
#include "SettingsDialog.h"
#include "mysql/ConnectionTester.h"
#include "profile/CertificateFilePicker.h"
#include "profile/CertificatePreview.h"
#include "profile/FetchCertificateDialog.h"
#include "profile/ProfileEditorDialog.h"
#include "report/TestReportView.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "wizard/ConnectionWizard.h"
#include "interop/ExportDialog.h"
#include "interop/ImportDialog.h"
#include "interop/ProfileExporter.h"
#include "ssh/SshJumpPrompts.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QScrollArea>
#include <QSet>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QThread>
#include <QTimer>

#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <functional>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// Gives the in-place rename editor a name that screen readers can announce.
class NameEditorDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (editor) {
            editor->setObjectName(QStringLiteral("nameEditor"));
            editor->setAccessibleName(MainWindow::tr("New name of the connection"));
        }
        return editor;
    }
};

QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    text.remove(QStringLiteral("…"));
    return text;
}

} // namespace

MainWindow::MainWindow(ProfileStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_model(new ProfileListModel(&store, this))
    , m_sorted(new ProfileFilterModel(this))
    , m_tester(new ConnectionTester(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sslcm.svg")));

    m_sorted->setSourceModel(m_model);

    createActions();
    createMenusAndToolBar();

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("profileView"));
    m_view->setModel(m_sorted);
    m_view->setItemDelegateForColumn(ProfileListModel::NameColumn, new NameEditorDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Renaming goes through the Rename action (F2), so that it is one discoverable way.
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProfileListModel::NameColumn, Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_editAction, m_testAction, m_fetchAction, m_exportAction,
                        m_duplicateAction, m_renameAction, m_deleteAction});
    connect(m_view, &QTreeView::activated, this, [this] { editCurrentProfile(); });
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    // The columns after the name fit their contents; the name takes the width left, and the
    // view scrolls sideways only when that would squeeze the name below a readable width.
    header->setSectionResizeMode(ProfileListModel::NameColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(
            qMax(header->minimumSectionSize(), fontMetrics().averageCharWidth() * 4));
    // fitColumns() sizes them: QHeaderView::ResizeToContents measured 1,000 rows per column
    // through the style at every layout, most of the start-up time with 10,000 profiles.
    for (int column = ProfileListModel::AddressColumn; column < ProfileListModel::ColumnCount;
         ++column)
        header->setSectionResizeMode(column, QHeaderView::Interactive);

    m_emptyPage = createEmptyPage();
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::setFilterText);
    m_details = new ProfileDetailsPane(this);
    connect(m_details->reportView(), &TestReportView::trustHostKeyRequested, this, [this] {
        const QUuid id = currentProfileId();
        const std::optional<Profile> profile = m_store.profile(id);
        const auto report = m_reports.constFind(id);
        if (!profile || report == m_reports.constEnd() || !m_testingId.isNull())
            return;
        // The secrets are found as for any test.
        askSshQuestion(*profile, *report, QString(), [this, id] {
            selectProfile(id);
            testCurrentProfile();
        });
    });
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setObjectName(QStringLiteral("detailsScroll"));
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    m_splitter = new QSplitter(Qt::Horizontal, listPage);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(detailsScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    listLayout->addWidget(m_splitter, 1);

    m_loadingLabel = new QLabel(this);
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_loadingLabel->setFocusPolicy(Qt::StrongFocus); // so that screen readers announce it

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(listPage);
    m_pages->addWidget(m_loadingLabel);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_messages = new QVBoxLayout;
    layout->addLayout(m_messages);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_tester, &ConnectionTester::stageUpdated, this, [this](const TestStage &stage) {
        if (currentProfileId() == m_testingId)
            m_details->reportView()->updateStage(stage);
    });
    connect(m_tester, &ConnectionTester::finished, this, [this](const ConnectionReport &report) {
        const QUuid id = m_testingId;
        const ConnectionTester::Request request = std::exchange(m_testingRequest, {});
        m_testingId = QUuid();
        m_reports.insert(id, report);
        if (m_store.isWritable())
            m_store.recordTest(id, report);
        updateDetails();
        updateState();
        Q_EMIT testFinished(id, report);
        askSshQuestion(request.profile, report, request.sshKeyPassphrase, [this, request] {
            const std::optional<Profile> profile = m_store.profile(request.profile.id);
            if (!profile)
                return;
            ConnectionTester::Request again = request;
            again.profile = *profile;
            again.sshKeyPassphrase
                    = m_sshKeyPassphrases.value(profile->id, request.sshKeyPassphrase);
            runTest(again);
        });
    });

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_model, &ProfileListModel::editFailed, this,
            [this](const QString &message) { showMessage(MessageBar::Kind::Error, message); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateState);
    // A reset (another program changed the file) keeps the selected profile selected.
    connect(m_sorted, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = currentProfileId(); });
    connect(m_sorted, &QAbstractItemModel::modelReset, this, [this] {
        selectProfile(m_selectedBeforeReset);
        updateState();
        fitColumns();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { growColumns(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                growColumns(topLeft.row(), bottomRight.row());
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::fitColumns);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateDetails);

    retranslateUi();
    restoreLayout();
    updateState();
    updateDetails();
    fitColumns();
}

void MainWindow::loadAfterFirstPaint(const std::function<StoreLoader()> &read)
{
    m_read = read;
    m_loading = true;
    updateState();
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && m_read && !m_reader) {
        // After this paint has reached the screen; the window answers while the file is read.
        auto loader = std::make_shared<StoreLoader>();
        m_reader = QThread::create([read = std::exchange(m_read, {}), loader] {
            *loader = read();
#ifdef __GLIBC__
            // The parser's working memory (a document of the whole file) was freed
            // into this thread's malloc arena, which keeps it: give it back before the
            // list is filled on the GUI thread.
            malloc_trim(0);
#endif
        });
        m_reader->setObjectName(QStringLiteral("storeReader"));
        connect(m_reader, &QThread::finished, this, [this, loader] {
            m_reader->deleteLater();
            m_reader = nullptr;
            const StoreLoadResult result = (*loader)();
            m_loading = false;
            showLoadResult(result);
            updateState();
            updateDetails(); // the columns were fitted at the model's reset
            Q_EMIT loaded();
        });
        m_reader->start();
    }
    return QMainWindow::event(event);
}

int MainWindow::cellWidth(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    const QString text = index.data(Qt::DisplayRole).toString();
    const bool icon = column == ProfileListModel::SslModeColumn
            || column == ProfileListModel::LastTestColumn
            || (column == ProfileListModel::CertificatesColumn && !text.isEmpty());
    QHash<int, int> &extras = icon ? m_cellExtraWithIcon : m_cellExtra;
    const int advance = m_view->fontMetrics().horizontalAdvance(text);
    auto extra = extras.constFind(column);
    if (extra == extras.constEnd()) {
        // Margins and icon, as the delegate lays them out, measured once per column.
        const int hint = m_view->sizeHintForIndex(m_sorted->mapFromSource(index)).width();
        extra = extras.insert(column, qMax(0, hint - advance));
    }
    return advance + *extra;
}

void MainWindow::fitColumns()
{
    m_cellExtra.clear();
    m_cellExtraWithIcon.clear();
    QHeaderView *header = m_view->header();
    const QFontMetrics metrics = m_view->fontMetrics();
    // Shaping every text is what made fitting 10,000 rows slow: texts are ranked by the sum of
    // their characters' advances, and only the widest few are measured as laid out (kerning
    // makes a text a little narrower than that sum, never much).
    QHash<char16_t, int> charAdvances;
    const auto estimate = [&](const QString &text) {
        int width = 0;
        for (const QChar c : text) {
            auto it = charAdvances.constFind(c.unicode());
            if (it == charAdvances.constEnd())
                it = charAdvances.insert(c.unicode(), metrics.horizontalAdvance(c));
            width += *it;
        }
        return width;
    };
    const int rows = m_model->rowCount();
    for (int column = ProfileListModel::AddressColumn; column < ProfileListModel::ColumnCount;
         ++column) {
        // The certificate warnings inspect files: like Qt, look at the first 1,000 rows only.
        const int last = column == ProfileListModel::CertificatesColumn ? qMin(rows, 1000) : rows;
        QList<std::pair<int, int>> ranked; // (estimated advance, row), one per distinct text
        QSet<QString> seen;
        for (int row = 0; row < last; ++row) {
            const QString text = m_model->index(row, column).data(Qt::DisplayRole).toString();
            if (!seen.contains(text)) {
                seen.insert(text);
                ranked.append({estimate(text), row});
            }
        }
        constexpr qsizetype measuredTexts = 8;
        const auto widest = ranked.begin() + qMin(ranked.size(), measuredTexts);
        std::partial_sort(ranked.begin(), widest, ranked.end(), std::greater<>());
        int width = header->sectionSizeHint(column);
        for (auto it = ranked.begin(); it != widest; ++it)
            width = qMax(width, cellWidth(it->second, column));
        header->resizeSection(column, width);
    }
}

void MainWindow::growColumns(int first, int last)
{
    QHeaderView *header = m_view->header();
    for (int column = ProfileListModel::AddressColumn; column < ProfileListModel::ColumnCount;
         ++column) {
        int width = header->sectionSize(column);
        for (int row = first; row <= last && row < m_model->rowCount(); ++row)
            width = qMax(width, cellWidth(row, column));
        if (width != header->sectionSize(column))
            header->resizeSection(column, width);
    }
}

MainWindow::~MainWindow()
{
    if (m_reader) {
        m_reader->disconnect(this);
        m_reader->wait();
        delete m_reader;
    }
}

void MainWindow::createActions()
{
    const auto make = [this](const char *icon, const char *name, const QKeySequence &shortcut) {
        auto *action = new QAction(QIcon::fromTheme(QString::fromLatin1(icon)), QString(), this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(shortcut);
        return action;
    };
    m_newAction = make("document-new", "actionNewProfile", QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProfile);
    m_renameAction = make("edit-rename", "actionRenameProfile", QKeySequence(Qt::Key_F2));
    connect(m_renameAction, &QAction::triggered, this, &MainWindow::renameCurrentProfile);
    m_deleteAction = make("edit-delete", "actionDeleteProfile", QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteCurrentProfile);
    m_editAction = make("document-edit", "actionEditProfile", QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editCurrentProfile);
    m_duplicateAction
            = make("edit-copy", "actionDuplicateProfile", QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateCurrentProfile);
    m_testAction = make("network-connect", "actionTestProfile", QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_testAction, &QAction::triggered, this, &MainWindow::testCurrentProfile);
    m_fetchAction = make("security-medium", "actionFetchCertificate",
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_fetchAction, &QAction::triggered, this, &MainWindow::fetchServerCertificate);
    m_openCertificateAction = make("document-open", "actionOpenCertificate", QKeySequence::Open);
    connect(m_openCertificateAction, &QAction::triggered, this, &MainWindow::openCertificateFile);
    m_findAction = make("edit-find", "actionFind", QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_accountsAction = make("security-high", "actionAccountRequirements",
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::showAccountRequirements);
    m_fleetAction = make("view-statistics", "actionFleetHealth",
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_fleetAction, &QAction::triggered, this, &MainWindow::showFleetHealth);
    m_importAction = make("document-import", "actionImport", QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importConnections);
    m_exportAction = make("document-export", "actionExport",
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCurrentProfile);
    m_exportAllAction = make("document-save-as", "actionExportAll",
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_exportAllAction, &QAction::triggered, this, &MainWindow::exportAllProfiles);
    m_settingsAction
            = make("preferences-system", "actionSettings", QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_quitAction = make("application-exit", "actionQuit", QKeySequence());
    m_quitAction->setShortcuts(QKeySequence::Quit);
    // Platforms without a standard Quit key (Windows, Qt's generic theme) still get one.
    if (m_quitAction->shortcuts().isEmpty())
        m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    // There is no manual yet, so F1 leads to the one help page there is.
    m_aboutAction = make("help-about", "actionAbout", QKeySequence::HelpContents);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::retranslateUi()
{
    //: Main window title; the application name is appended by the system
    setWindowTitle(tr("Connections"));
    m_view->setAccessibleName(tr("Connections"));
    m_view->header()->setAccessibleName(tr("Column headers"));
    m_search->setAccessibleName(tr("Search connections"));
    m_search->setPlaceholderText(tr("Search by name, server, user or notes (Ctrl+F)"));

    const auto say = [](QAction *action, const QString &text, const QString &statusTip) {
        action->setText(text);
        action->setStatusTip(statusTip);
    };
    say(m_newAction, tr("&New Connection…"),
        tr("Create a connection to a MySQL or MariaDB server"));
    say(m_renameAction, tr("&Rename"), tr("Give the selected connection a new name"));
    say(m_deleteAction, tr("&Delete"), tr("Delete the selected connection and its saved secrets"));
    say(m_editAction, tr("&Edit…"), tr("Change every setting of the selected connection"));
    say(m_duplicateAction, tr("D&uplicate"), tr("Make a copy of the selected connection"));
    say(m_testAction, tr("&Test"), tr("Connect and log in, and show what happened at each step"));
    say(m_fetchAction, tr("&Fetch Server Certificate…"),
        tr("Show the certificate the server presents, without logging in"));
    say(m_openCertificateAction, tr("&Open Certificate File…"), tr("Look at any certificate file"));
    say(m_findAction, tr("&Find"), tr("Search the connections"));
    say(m_accountsAction, tr("&Account TLS Requirements…"),
        tr("Write, run and verify the statements that lock a database account to TLS"));
    say(m_fleetAction, tr("Fleet &Health…"),
        tr("Audit the TLS of every connection at once and see which certificates expire next"));
    say(m_importAction, tr("&Import Connections…"),
        tr("Bring in connections from ~/.my.cnf, MySQL Workbench, DBeaver, a URI or a command "
           "line"));
    say(m_exportAction, tr("E&xport…"),
        tr("Use the selected connection in another client or in your application"));
    say(m_exportAllAction, tr("Export A&ll Connections…"),
        tr("Save every connection (without passwords) to move them to another computer"));
    say(m_settingsAction, tr("&Settings…"),
        tr("Choose the language and the defaults for new connections"));
    say(m_quitAction, tr("&Quit"), tr("Close sslcm"));
    say(m_aboutAction, tr("&About sslcm"),
        tr("Show the versions of sslcm and the libraries it uses"));

    // Shortcuts are shown in tooltips too, so they can be learned from the toolbar.
    for (QAction *action :
         {m_newAction, m_editAction, m_testAction, m_fetchAction, m_duplicateAction, m_renameAction,
          m_deleteAction, m_openCertificateAction, m_settingsAction, m_importAction, m_exportAction,
          m_fleetAction}) {
        //: Toolbar tooltip: %1 is what the button does, %2 its keyboard shortcut
        action->setToolTip(
                tr("%1 (%2)").arg(withoutMnemonic(action->text()),
                                  action->shortcut().toString(QKeySequence::NativeText)));
    }

    //: Menu title
    m_connectionMenu->setTitle(tr("&Connection"));
    //: Menu title
    m_helpMenu->setTitle(tr("&Help"));
    if (auto *more = menuBar()->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button")))
        more->setAccessibleName(tr("More menus"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_toolBar->setAccessibleName(tr("Main toolbar"));
    for (QAction *action : m_toolBar->actions()) {
        if (QWidget *button = m_toolBar->widgetForAction(action))
            button->setAccessibleName(withoutMnemonic(action->text()));
    }
    if (auto *more = m_toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More toolbar actions"));

    //: Shown in place of the list while the saved connections are read at start-up
    m_loadingLabel->setText(tr("Loading connections…"));
    m_loadingLabel->setAccessibleName(m_loadingLabel->text());
    m_emptyHeading->setText(tr("No connections yet"));
    m_emptyExplanation->setText(
            tr("A connection remembers a MySQL or MariaDB server, the account you log in with, "
               "and how strictly the server's certificate is checked. Create one to test the "
               "server's TLS setup and connect securely."));
    m_emptyNewButton->setText(tr("&New Connection…"));
    m_emptyImportButton->setText(tr("&Import Connections…"));
    m_emptyWhere->setText(
            tr("Connections are saved in %1.").arg(QDir::toNativeSeparators(m_store.filePath())));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateState();
        updateDetails();
        fitColumns();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAccountRequirements()
{
    // The selected connection is offered as the administrator connection to run them through.
    auto *dialog = new AccountRequirementsDialog(&m_store, m_secrets, currentProfileId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showFleetHealth()
{
    if (!m_fleetWindow) {
        m_fleetWindow = new FleetHealthWindow(m_store, m_secrets, this);
        m_fleetWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_fleetWindow, &FleetHealthWindow::lastAuditChanged, this,
                &MainWindow::lastAuditChanged);
    }
    m_fleetWindow->show();
    m_fleetWindow->raise();
    m_fleetWindow->activateWindow();
}

void MainWindow::createMenusAndToolBar()
{
    m_connectionMenu = menuBar()->addMenu(QString());
    m_connectionMenu->addAction(m_newAction);
    m_connectionMenu->addAction(m_editAction);
    m_connectionMenu->addAction(m_duplicateAction);
    m_connectionMenu->addAction(m_renameAction);
    m_connectionMenu->addAction(m_deleteAction);
    m_connectionMenu->addSeparator();
    m_connectionMenu->addAction(m_testAction);
    m_connectionMenu->addAction(m_fetchAction);
    m_connectionMenu->addSeparator();
    m_connectionMenu->addAction(m_importAction);
    m_connectionMenu->addAction(m_exportAction);
    m_connectionMenu->addAction(m_exportAllAction);
    m_connectionMenu->addSeparator();
    m_connectionMenu->addAction(m_accountsAction);
    m_connectionMenu->addAction(m_fleetAction);
    m_connectionMenu->addAction(m_openCertificateAction);
    m_connectionMenu->addAction(m_findAction);
    m_connectionMenu->addSeparator();
    m_connectionMenu->addAction(m_settingsAction);
    m_connectionMenu->addSeparator();
    m_connectionMenu->addAction(m_quitAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    // Text next to the icon: without an icon theme the buttons would otherwise be blank.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action : {m_newAction, m_editAction, m_testAction, m_fetchAction, m_deleteAction})
        m_toolBar->addAction(action);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_fleetAction);
}

QWidget *MainWindow::createEmptyPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyPage"));

    auto *icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/sslcm.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignHCenter);

    auto *heading = new QLabel(page);
    m_emptyHeading = heading;
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignHCenter);

    auto *explanation = new QLabel(page);
    m_emptyExplanation = explanation;
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignHCenter);

    m_emptyNewButton = new QPushButton(page);
    m_emptyNewButton->setObjectName(QStringLiteral("emptyNewButton"));
    m_emptyNewButton->setIcon(m_newAction->icon());
    connect(m_emptyNewButton, &QPushButton::clicked, m_newAction, &QAction::trigger);
    m_emptyImportButton = new QPushButton(page);
    m_emptyImportButton->setObjectName(QStringLiteral("emptyImportButton"));
    m_emptyImportButton->setIcon(m_importAction->icon());
    connect(m_emptyImportButton, &QPushButton::clicked, m_importAction, &QAction::trigger);

    auto *where = new QLabel(page);
    m_emptyWhere = where;
    where->setWordWrap(true);
    where->setAlignment(Qt::AlignHCenter);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setForegroundRole(QPalette::PlaceholderText);

    auto *column = new QVBoxLayout;
    column->addWidget(icon);
    column->addSpacing(heading->fontMetrics().height() / 2);
    column->addWidget(heading);
    column->addWidget(explanation);
    column->addSpacing(heading->fontMetrics().height() / 2);
    auto *startButtons = new QHBoxLayout;
    startButtons->addStretch(1);
    startButtons->addWidget(m_emptyNewButton);
    startButtons->addWidget(m_emptyImportButton);
    startButtons->addStretch(1);
    column->addLayout(startButtons);
    column->addSpacing(heading->fontMetrics().height());
    column->addWidget(where);

    // A readable line length, centred in whatever space the window has. Stretch factors rather
    // than alignment flags, so that the wrapped labels get their height for the width they have.
    auto *holder = new QWidget(page);
    holder->setLayout(column);
    holder->setMaximumWidth(fontMetrics().averageCharWidth() * 72);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(holder, 100);
    row->addStretch(1);

    auto *outer = new QVBoxLayout(page);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    return page;
}

void MainWindow::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    if (!secrets)
        return;
    connect(secrets, &SecretStore::serviceUnavailable, this, [this](const QString &message) {
        if (m_toldKeychainUnavailable)
            return;
        m_toldKeychainUnavailable = true;
        // The keychain's own message says why, and what it means for passwords: it is not
        // said twice.
        showMessage(MessageBar::Kind::Warning,
                    !message.isEmpty() ? message
                                       : tr("The system keychain is not available, so sslcm cannot "
                                            "remember passwords. It will ask for them each time it "
                                            "connects."));
    });
}

void MainWindow::showLoadResult(const StoreLoadResult &result)
{
    if (!result.needsAttention())
        return;
    const auto kind = result.status == StoreLoadResult::Status::Unreadable
            ? MessageBar::Kind::Error
            : MessageBar::Kind::Warning;
    showMessage(kind, result.message());
    updateState();
}

MessageBar *MainWindow::showMessage(MessageBar::Kind kind, const QString &text)
{
    auto *bar = new MessageBar(kind, text, centralWidget());
    bar->setObjectName(QStringLiteral("messageBar"));
    m_messages->addWidget(bar);
    return bar;
}

void MainWindow::newProfile()
{
    if (!m_store.isWritable())
        return;
    auto *dialog = new ConnectionWizard(m_store, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionWizard::profileCreated, this, [this](const QUuid &id) {
        selectProfile(id);
        m_view->setFocus();
    });
    dialog->open();
}

void MainWindow::renameCurrentProfile()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_store.isWritable())
        return;
    const QModelIndex name = current.siblingAtColumn(ProfileListModel::NameColumn);
    m_view->setCurrentIndex(name);
    m_view->edit(name);
}

void MainWindow::deleteCurrentProfile()
{
    const QUuid id = currentProfileId();
    const std::optional<Profile> profile = m_store.profile(id);
    if (!profile || !m_store.isWritable())
        return;

    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Delete Connection"));
    box->setText(tr("Delete the connection “%1”?").arg(profile->name));
    box->setInformativeText(tr("You can undo this right afterwards. Certificate and key files "
                               "stay where they are."));
    QPushButton *deleteButton = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    deleteButton->setAccessibleName(tr("Delete connection"));
    QPushButton *cancelButton = box->addButton(QMessageBox::Cancel);
    cancelButton->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(cancelButton);
    box->setEscapeButton(cancelButton);

    connect(box, &QDialog::finished, this, [this, box, deleteButton, id] {
        if (box->clickedButton() != deleteButton)
            return;
        const std::optional<Profile> deleted = m_store.profile(id);
        if (!deleted)
            return;
        const auto remove = [this, deleted](const QString &password) {
            const int row = m_view->currentIndex().row();
            const StoreSaveResult removed = m_store.remove(deleted->id);
            if (!removed) {
                showMessage(MessageBar::Kind::Error,
                            tr("The connection could not be deleted: %1").arg(removed.error));
                return;
            }
            const int rows = m_sorted->rowCount();
            if (rows > 0)
                m_view->setCurrentIndex(m_sorted->index(qMin(row, rows - 1), 0));
            MessageBar *bar = showMessage(MessageBar::Kind::Information,
                                          tr("Deleted “%1”.").arg(deleted->name));
            QPushButton *undo = bar->addButton(tr("&Undo"), tr("Undo delete"));
            undo->setObjectName(QStringLiteral("undoDelete"));
            connect(undo, &QPushButton::clicked, this, [this, deleted, password] {
                if (const StoreSaveResult added = m_store.add(*deleted); !added) {
                    showMessage(MessageBar::Kind::Error,
                                tr("The connection could not be restored: %1").arg(added.error));
                    return;
                }
                if (m_secrets && !password.isEmpty())
                    m_secrets->write(deleted->id, SecretKind::Password, password, m_secrets,
                                     [](const SecretResult &) {});
                selectProfile(deleted->id);
            });
        };
        // The password goes with the profile; keep it in memory so that Undo can put it back.
        if (m_secrets) {
            m_secrets->read(id, SecretKind::Password, this, [remove](const SecretResult &r) {
                remove(r.ok() ? r.secret : QString());
            });
        } else {
            remove(QString());
        }
    });
    box->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QUuid MainWindow::currentProfileId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->profileId(m_sorted->mapToSource(rows.first()));
}

void MainWindow::selectProfile(const QUuid &id)
{
    const QModelIndex index = m_sorted->mapFromSource(m_model->indexOfProfile(id));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void MainWindow::updateState()
{
    const int count = m_model->rowCount();
    QWidget *listPage = m_pages->widget(1);
    QWidget *page = m_loading ? m_loadingLabel : count > 0 ? listPage : m_emptyPage;
    if (m_pages->currentWidget() != page) {
        m_pages->setCurrentWidget(page);
        if (page == m_loadingLabel) {
            m_loadingLabel->setFocus();
        } else if (page == m_emptyPage) {
            m_emptyNewButton->setFocus();
        } else {
            // Start with a selection, so that the keyboard and the actions work at once.
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_sorted->index(0, 0));
            m_view->setFocus();
        }
    }

    // Nothing changes the store before it has been loaded.
    const bool writable = m_store.isWritable() && !m_loading;
    const bool selected = !currentProfileId().isNull();
    m_newAction->setEnabled(writable);
    m_emptyNewButton->setEnabled(writable);
    m_importAction->setEnabled(writable);
    m_emptyImportButton->setEnabled(writable);
    m_exportAction->setEnabled(selected);
    m_exportAllAction->setEnabled(count > 0);
    m_renameAction->setEnabled(writable && selected);
    m_deleteAction->setEnabled(writable && selected);
    m_editAction->setEnabled(writable && selected);
    m_duplicateAction->setEnabled(writable && selected);
    m_testAction->setEnabled(selected && m_testingId.isNull());
    m_fetchAction->setEnabled(selected);
    m_findAction->setEnabled(count > 0);
    QString countText = writable ? tr("%n connection(s)", nullptr, count)
                                 : tr("%n connection(s), read-only", nullptr, count);
    if (!m_sorted->filterText().isEmpty())
        //: Status bar: %1 is "N connection(s)"; shown while a search filters the list
        countText = tr("%1, %n shown", nullptr, m_sorted->rowCount()).arg(countText);
    if (m_loading)
        //: Status bar, while the saved connections are read at start-up
        countText = tr("Loading connections…");
    m_countLabel->setText(countText);
}

void MainWindow::setFilterText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    const QUuid selected = currentProfileId();
    m_sorted->setFilterText(text);
    if (!selected.isNull())
        selectProfile(selected);
    if (!m_view->selectionModel()->hasSelection() && m_sorted->rowCount() > 0)
        m_view->setCurrentIndex(m_sorted->index(0, 0));
    updateState();
}

void MainWindow::updateDetails()
{
    const QUuid id = currentProfileId();
    m_details->showProfile(m_store.profile(id));
    if (id.isNull())
        return;
    if (id == m_testingId) {
        m_details->reportView()->setVisible(true);
        return;
    }
    const auto report = m_reports.constFind(id);
    m_details->showReport(report == m_reports.constEnd() ? nullptr : &*report);
}

void MainWindow::editCurrentProfile()
{
    const std::optional<Profile> profile = m_store.profile(currentProfileId());
    if (!profile || !m_store.isWritable())
        return;
    auto *dialog = new ProfileEditorDialog(m_store, m_secrets, *profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileEditorDialog::testFinished, this, [this, dialog] {
        m_reports.insert(dialog->profile().id, dialog->reportView()->report());
    });
    dialog->open();
}

void MainWindow::duplicateCurrentProfile()
{
    const std::optional<Profile> profile = m_store.profile(currentProfileId());
    if (!profile || !m_store.isWritable())
        return;
    const ProfileStore::Duplicated copy = m_store.duplicate(profile->id);
    if (!copy.saved) {
        showMessage(MessageBar::Kind::Error,
                    tr("The connection could not be duplicated: %1").arg(copy.saved.error));
        return;
    }
    selectProfile(copy.id);
}

void MainWindow::testCurrentProfile()
{
    const std::optional<Profile> profile = m_store.profile(currentProfileId());
    if (!profile || !m_testingId.isNull())
        return;
    const QUuid id = profile->id;
    const auto ask = [this, id] {
        const std::optional<Profile> p = m_store.profile(id);
        if (!p)
            return;
        auto *dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Password"));
        dialog->setLabelText(tr("Password of %1 on %2:").arg(p->user, p->addressText()));
        dialog->setTextEchoMode(QLineEdit::Password);
        // A profile whose password is in the keychain asks only when the keychain had none.
        const ConnectionReport::PasswordGiven given
                = p->passwordSource.kind == PasswordSource::Kind::Keychain
                ? ConnectionReport::PasswordGiven::Typed
                : ConnectionReport::PasswordGiven::BySource;
        connect(dialog, &QInputDialog::textValueSelected, this,
                [this, id, given](const QString &password) { startTest(id, password, given); });
        dialog->open();
    };
    switch (profile->passwordSource.kind) {
    case PasswordSource::Kind::Command:
    case PasswordSource::Kind::AwsIam:
        // The connection runs the source itself; its report shows the sign-in step.
        startTest(id, QString());
        return;
    case PasswordSource::Kind::Ask:
        ask();
        return;
    case PasswordSource::Kind::Keychain:
        break;
    }
    if (!m_secrets) {
        ask();
        return;
    }
    m_secrets->read(id, SecretKind::Password, this, [this, id, ask](const SecretResult &r) {
        if (r.ok())
            startTest(id, r.secret);
        else
            ask();
    });
}

void MainWindow::startTest(const QUuid &id, const QString &password,
                           ConnectionReport::PasswordGiven given)
{
    const std::optional<Profile> profile = m_store.profile(id);
    if (!profile)
        return;
    // The SSH jump host's secrets next (from the keychain, or asked for), then the test.
    SshJumpPrompts::obtain(
            this, m_secrets, *profile, [this, id, password, given](const SshSecrets &ssh) {
                const std::optional<Profile> p = m_store.profile(id);
                if (!p || !m_testingId.isNull())
                    return;
                ConnectionTester::Request request;
                request.profile = *p;
                request.password = password;
                request.passwordGiven = given;
                request.sshPassword = ssh.password;
                request.sshKeyPassphrase = m_sshKeyPassphrases.value(id, ssh.keyPassphrase);
                runTest(request);
            });
}

void MainWindow::runTest(const ConnectionTester::Request &given)
{
    const QUuid id = given.profile.id;
    ConnectionTester::Request request = given;
    if (const auto last = m_reports.constFind(id); last != m_reports.constEnd())
        request.knownRequirement = last->account;
    m_testingId = id;
    m_testingRequest = request;
    selectProfile(id);
    const Profile &profile = request.profile;
    m_details->reportView()->beginLive(profile.addressText(),
                                       profile.ssh ? profile.ssh->destination() : QString());
    m_details->reportView()->setVisible(true);
    updateState();
    m_tester->start(request);
}

bool MainWindow::askSshQuestion(const Profile &profile, const ConnectionReport &report,
                                const QString &passphraseTried, const std::function<void()> &retest)
{
    const QUuid id = profile.id;
    return SshJumpPrompts::ask(this, profile, report.gateway, passphraseTried,
                               [this, id, retest](const SshJumpPrompts::Answer &answer) {
                                   if (answer.keyPassphrase)
                                       rememberSshKeyPassphrase(id, *answer.keyPassphrase,
                                                                answer.savePassphrase);
                                   if (m_testingId.isNull())
                                       retest();
                               });
}

void MainWindow::rememberSshKeyPassphrase(const QUuid &id, const QString &passphrase, bool save)
{
    m_sshKeyPassphrases.insert(id, passphrase);
    if (save && m_secrets)
        m_secrets->write(id, SecretKind::SshKeyPassphrase, passphrase, m_secrets,
                         [](const SecretResult &) {});
}

void MainWindow::fetchServerCertificate()
{
    const std::optional<Profile> profile = m_store.profile(currentProfileId());
    if (!profile)
        return;
    // Through an SSH jump host, its secrets first (from the keychain, or asked for).
    const QUuid id = profile->id;
    SshJumpPrompts::obtain(this, m_secrets, *profile, [this, id](const SshSecrets &ssh) {
        const std::optional<Profile> p = m_store.profile(id);
        if (!p)
            return;
        auto *dialog = new FetchCertificateDialog(*p, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setSshSecrets(ssh.password, m_sshKeyPassphrases.value(id, ssh.keyPassphrase));
        dialog->useCaButton()->setVisible(m_store.isWritable());
        dialog->pinButton()->setVisible(m_store.isWritable());
        connect(dialog, &FetchCertificateDialog::trustChosen, this, [this, dialog] {
            Profile changed = dialog->profile();
            changed.modified = QDateTime::currentDateTimeUtc();
            if (const StoreSaveResult saved = m_store.update(changed); !saved)
                showMessage(MessageBar::Kind::Error,
                            tr("The connection could not be saved: %1").arg(saved.error));
        });
        connect(dialog, &FetchCertificateDialog::sshKeyPassphraseGiven, this,
                [this, id](const QString &passphrase, bool save) {
                    rememberSshKeyPassphrase(id, passphrase, save);
                });
        dialog->open();
        dialog->start();
    });
}

void MainWindow::openCertificateFile()
{
    auto *dialog = new QFileDialog(this, tr("Open Certificate File"),
                                   CertificateFilePicker::lastFolder());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c *.ca-bundle)"),
                            tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        CertificateFilePicker::rememberFolder(QFileInfo(file).absolutePath());
        CertificatePreview::openFile(this, file);
    });
    dialog->open();
}

void MainWindow::importConnections()
{
    auto *dialog = new ImportDialog(m_store, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        const QList<QUuid> ids = dialog->importedIds();
        if (ids.isEmpty())
            return;
        selectProfile(ids.first());
        showMessage(MessageBar::Kind::Information,
                    tr("%n connection(s) imported. Test them to see how secure they are.", nullptr,
                       int(ids.size())));
    });
    dialog->open();
}

void MainWindow::exportCurrentProfile()
{
    const std::optional<Profile> profile = m_store.profile(currentProfileId());
    if (!profile)
        return;
    auto *dialog = new ExportDialog(*profile, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportAllProfiles()
{
    const ExportResult result = ProfileExporter::exportProfiles(m_store.profiles());
    auto *dialog = new QFileDialog(
            this, tr("Export All Connections"),
            QDir(CertificateFilePicker::lastFolder()).filePath(result.suggestedFileName));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("sslcm connections (*.json)"), tr("All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, result](const QString &file) {
        CertificateFilePicker::rememberFolder(QFileInfo(file).absolutePath());
        const ProfileExporter::SaveResult saved = ProfileExporter::saveToFile(result, file);
        if (!saved.ok) {
            showMessage(MessageBar::Kind::Error, saved.error);
            return;
        }
        showMessage(MessageBar::Kind::Information,
                    tr("%n connection(s) saved to %1, without passwords. Import the file with "
                       "sslcm on the other computer.",
                       nullptr, m_store.count())
                            .arg(QDir::toNativeSeparators(file)));
    });
    dialog->open();
}

int MainWindow::listWidthForEveryColumn()
{
    fitColumns();
    QHeaderView *header = m_view->header();
    // A name of about 32 characters, or the longest one there is if it is shorter.
    int name = header->sectionSizeHint(ProfileListModel::NameColumn);
    const int nameCap = m_view->fontMetrics().averageCharWidth() * 32;
    for (int row = 0; row < m_model->rowCount() && row < 1000 && name < nameCap; ++row)
        name = qMax(name, cellWidth(row, ProfileListModel::NameColumn));
    // Before the list is read: room for typical values, so that the window does not start
    // narrower than the columns it will show.
    const int typical = m_view->fontMetrics().averageCharWidth();
    const QHash<int, int> typicalChars = {{ProfileListModel::NameColumn, 24},
                                          {ProfileListModel::AddressColumn, 22},
                                          {ProfileListModel::UserColumn, 10}};
    // A test's verdict comes later: room for the widest, not the "never tested" of now.
    int verdict = 0;
    for (const ConnectionReport::Verdict v : ConnectionVerdicts::all())
        verdict = qMax(
                verdict,
                m_view->fontMetrics().horizontalAdvance(ConnectionReport::verdictShortText(v)));
    if (m_model->rowCount() > 0) {
        const int row0 = cellWidth(0, ProfileListModel::LastTestColumn);
        verdict += row0
                - m_view->fontMetrics().horizontalAdvance(
                        m_model->index(0, ProfileListModel::LastTestColumn)
                                .data(Qt::DisplayRole)
                                .toString());
    } else {
        verdict += style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view) + 4 * typical;
    }
    int width
            = qMax(qMin(name, nameCap), typical * typicalChars.value(ProfileListModel::NameColumn));
    for (int column = ProfileListModel::AddressColumn; column < ProfileListModel::ColumnCount;
         ++column) {
        int columnWidth = qMax(header->sectionSize(column), typical * typicalChars.value(column));
        if (column == ProfileListModel::LastTestColumn)
            columnWidth = qMax(columnWidth, verdict);
        width += columnWidth;
    }
    return width + 2 * m_view->frameWidth()
            + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())
        && m_splitter->restoreState(
                settings.value(QStringLiteral("mainWindow/splitter")).toByteArray()))
        return;
    // The first time: every column of the list shown, the details pane beside it, within the
    // screen (1366×768 leaves room for panels).
    const int list = listWidthForEveryColumn();
    const int details = fontMetrics().averageCharWidth() * 55;
    const int chrome
            = 2 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin) + m_splitter->handleWidth() + 8;
    QSize size(list + details + chrome, 640);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);
    m_splitter->setSizes({list, qMax(details, size.width() - chrome - list)});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    m_tester->cancel();
    QMainWindow::closeEvent(event);
}
