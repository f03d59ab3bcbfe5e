// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "LastTest.h"
#include "ProfileDetailsPane.h"
#include "ProfileFilterModel.h"
#include "ProfileListModel.h"
#include "mysql/ConnectionTester.h"
#include "profile/CertificateFilePicker.h"
#include "profile/CertificatePreview.h"
#include "profile/FetchCertificateDialog.h"
#include "profile/ProfileEditorDialog.h"
#include "report/TestReportView.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "wizard/ConnectionWizard.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QScrollArea>
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
    //: Main window title; the application name is appended by the system
    setWindowTitle(tr("Connections"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sslcm.svg")));

    m_sorted->setSourceModel(m_model);

    createActions();
    createMenusAndToolBar();

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("profileView"));
    m_view->setAccessibleName(tr("Connections"));
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
    m_view->addActions({m_editAction, m_testAction, m_fetchAction, m_duplicateAction,
                        m_renameAction, m_deleteAction});
    connect(m_view, &QTreeView::activated, this, [this] { editCurrentProfile(); });
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProfileListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProfileListModel::AddressColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProfileListModel::UserColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProfileListModel::SslModeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProfileListModel::LastTestColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProfileListModel::CertificatesColumn,
                                 QHeaderView::ResizeToContents);
    header->setAccessibleName(tr("Column headers"));

    m_emptyPage = createEmptyPage();
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search connections"));
    m_search->setPlaceholderText(tr("Search by name, server, user or notes (Ctrl+F)"));
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::setFilterText);
    m_details = new ProfileDetailsPane(this);
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

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(listPage);

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
        m_testingId = QUuid();
        m_reports.insert(id, report);
        if (std::optional<Profile> p = m_store.profile(id);
            p && report.verdict != ConnectionReport::Verdict::Cancelled && m_store.isWritable()) {
            LastTest::record(*p, report);
            m_store.update(*p);
        }
        updateDetails();
        updateState();
        Q_EMIT testFinished(id, report);
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
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateDetails);

    restoreLayout();
    updateState();
    updateDetails();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")),
                              tr("&New Connection…"), this);
    m_newAction->setObjectName(QStringLiteral("actionNewProfile"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a connection to a MySQL or MariaDB server"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProfile);

    m_renameAction
            = new QAction(QIcon::fromTheme(QStringLiteral("edit-rename")), tr("&Rename"), this);
    m_renameAction->setObjectName(QStringLiteral("actionRenameProfile"));
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameAction->setStatusTip(tr("Give the selected connection a new name"));
    connect(m_renameAction, &QAction::triggered, this, &MainWindow::renameCurrentProfile);

    m_deleteAction
            = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("actionDeleteProfile"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setStatusTip(tr("Delete the selected connection and its saved secrets"));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteCurrentProfile);

    m_editAction
            = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this);
    m_editAction->setObjectName(QStringLiteral("actionEditProfile"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setStatusTip(tr("Change every setting of the selected connection"));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editCurrentProfile);

    m_duplicateAction
            = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("D&uplicate"), this);
    m_duplicateAction->setObjectName(QStringLiteral("actionDuplicateProfile"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateAction->setStatusTip(tr("Make a copy of the selected connection"));
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateCurrentProfile);

    m_testAction
            = new QAction(QIcon::fromTheme(QStringLiteral("network-connect")), tr("&Test"), this);
    m_testAction->setObjectName(QStringLiteral("actionTestProfile"));
    m_testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_testAction->setStatusTip(tr("Connect and log in, and show what happened at each step"));
    connect(m_testAction, &QAction::triggered, this, &MainWindow::testCurrentProfile);

    m_fetchAction = new QAction(QIcon::fromTheme(QStringLiteral("security-medium")),
                                tr("&Fetch Server Certificate…"), this);
    m_fetchAction->setObjectName(QStringLiteral("actionFetchCertificate"));
    m_fetchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_fetchAction->setStatusTip(tr("Show the certificate the server presents, without logging in"));
    connect(m_fetchAction, &QAction::triggered, this, &MainWindow::fetchServerCertificate);

    m_openCertificateAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                          tr("&Open Certificate File…"), this);
    m_openCertificateAction->setObjectName(QStringLiteral("actionOpenCertificate"));
    m_openCertificateAction->setShortcut(QKeySequence::Open);
    m_openCertificateAction->setStatusTip(tr("Look at any certificate file"));
    connect(m_openCertificateAction, &QAction::triggered, this, &MainWindow::openCertificateFile);

    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find"), this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Search the connections"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_quitAction
            = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcuts(QKeySequence::Quit);
    // Platforms without a standard Quit key (Windows, Qt's generic theme) still get one.
    if (m_quitAction->shortcuts().isEmpty())
        m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Close sslcm"));
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_aboutAction
            = new QAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About sslcm"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    // There is no manual yet, so F1 leads to the one help page there is.
    m_aboutAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setStatusTip(tr("Show the versions of sslcm and the libraries it uses"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // Shortcuts are shown in tooltips too, so they can be learned from the toolbar.
    for (QAction *action :
         {m_newAction, m_editAction, m_testAction, m_fetchAction, m_duplicateAction, m_renameAction,
          m_deleteAction, m_openCertificateAction}) {
        //: Toolbar tooltip: %1 is what the button does, %2 its keyboard shortcut
        action->setToolTip(
                tr("%1 (%2)").arg(withoutMnemonic(action->text()),
                                  action->shortcut().toString(QKeySequence::NativeText)));
    }
}

void MainWindow::createMenusAndToolBar()
{
    //: Menu title
    QMenu *connectionMenu = menuBar()->addMenu(tr("&Connection"));
    connectionMenu->addAction(m_newAction);
    connectionMenu->addAction(m_editAction);
    connectionMenu->addAction(m_duplicateAction);
    connectionMenu->addAction(m_renameAction);
    connectionMenu->addAction(m_deleteAction);
    connectionMenu->addSeparator();
    connectionMenu->addAction(m_testAction);
    connectionMenu->addAction(m_fetchAction);
    connectionMenu->addSeparator();
    connectionMenu->addAction(m_openCertificateAction);
    connectionMenu->addAction(m_findAction);
    connectionMenu->addSeparator();
    connectionMenu->addAction(m_quitAction);

    //: Menu title
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);
    // Shown when the window is too narrow for all menus.
    if (auto *more = menuBar()->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button")))
        more->setAccessibleName(tr("More menus"));

    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setAccessibleName(tr("Main toolbar"));
    toolBar->setMovable(false);
    // Text next to the icon: without an icon theme the buttons would otherwise be blank.
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action :
         {m_newAction, m_editAction, m_testAction, m_fetchAction, m_deleteAction}) {
        toolBar->addAction(action);
        toolBar->widgetForAction(action)->setAccessibleName(withoutMnemonic(action->text()));
    }
    // Shown when the window is too narrow for all buttons.
    if (auto *more = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More toolbar actions"));
}

QWidget *MainWindow::createEmptyPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyPage"));

    auto *icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/sslcm.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignHCenter);

    auto *heading = new QLabel(tr("No connections yet"), page);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignHCenter);

    auto *explanation = new QLabel(
            tr("A connection remembers a MySQL or MariaDB server, the account you log in with, "
               "and how strictly the server's certificate is checked. Create one to test the "
               "server's TLS setup and connect securely."),
            page);
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignHCenter);

    m_emptyNewButton = new QPushButton(tr("&New Connection…"), page);
    m_emptyNewButton->setObjectName(QStringLiteral("emptyNewButton"));
    m_emptyNewButton->setIcon(m_newAction->icon());
    m_emptyNewButton->setAccessibleName(tr("New connection"));
    m_emptyNewButton->setToolTip(m_newAction->toolTip());
    connect(m_emptyNewButton, &QPushButton::clicked, m_newAction, &QAction::trigger);

    auto *where = new QLabel(
            tr("Connections are saved in %1.").arg(QDir::toNativeSeparators(m_store.filePath())),
            page);
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
    column->addWidget(m_emptyNewButton, 0, Qt::AlignHCenter);
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
        QString text = tr("The system keychain is not available, so sslcm cannot remember "
                          "passwords. It will ask for them each time it connects.");
        if (!message.isEmpty())
            text += QLatin1Char(' ') + message;
        showMessage(MessageBar::Kind::Warning, text);
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
    QWidget *page = count > 0 ? listPage : m_emptyPage;
    if (m_pages->currentWidget() != page) {
        m_pages->setCurrentWidget(page);
        if (page == m_emptyPage) {
            m_emptyNewButton->setFocus();
        } else {
            // Start with a selection, so that the keyboard and the actions work at once.
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_sorted->index(0, 0));
            m_view->setFocus();
        }
    }

    const bool writable = m_store.isWritable();
    const bool selected = !currentProfileId().isNull();
    m_newAction->setEnabled(writable);
    m_emptyNewButton->setEnabled(writable);
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
    Profile copy = *profile;
    const Profile fresh = Profile::create();
    copy.id = fresh.id;
    copy.created = fresh.created;
    copy.modified = fresh.modified;
    copy.unknownFields.remove(QLatin1String(LastTest::fieldName));
    //: Name of a duplicated connection; %1 is the original's name
    QString name = tr("%1 (copy)").arg(profile->name);
    for (int n = 2; !m_store.find(name).isEmpty(); ++n)
        name = tr("%1 (copy %2)").arg(profile->name).arg(n);
    copy.name = name;
    if (const StoreSaveResult added = m_store.add(copy); !added) {
        showMessage(MessageBar::Kind::Error,
                    tr("The connection could not be duplicated: %1").arg(added.error));
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
        connect(dialog, &QInputDialog::textValueSelected, this,
                [this, id](const QString &password) { startTest(id, password); });
        dialog->open();
    };
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

void MainWindow::startTest(const QUuid &id, const QString &password)
{
    const std::optional<Profile> profile = m_store.profile(id);
    if (!profile)
        return;
    ConnectionTester::Request request;
    request.profile = *profile;
    request.password = password;
    if (const auto last = m_reports.constFind(id); last != m_reports.constEnd())
        request.knownRequirement = last->account;
    m_testingId = id;
    selectProfile(id);
    m_details->reportView()->beginLive(profile->addressText());
    m_details->reportView()->setVisible(true);
    updateState();
    m_tester->start(request);
}

void MainWindow::fetchServerCertificate()
{
    const std::optional<Profile> profile = m_store.profile(currentProfileId());
    if (!profile)
        return;
    auto *dialog = new FetchCertificateDialog(*profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->useCaButton()->setVisible(m_store.isWritable());
    dialog->pinButton()->setVisible(m_store.isWritable());
    connect(dialog, &FetchCertificateDialog::trustChosen, this, [this, dialog] {
        Profile changed = dialog->profile();
        changed.modified = QDateTime::currentDateTimeUtc();
        if (const StoreSaveResult saved = m_store.update(changed); !saved)
            showMessage(MessageBar::Kind::Error,
                        tr("The connection could not be saved: %1").arg(saved.error));
    });
    dialog->open();
    dialog->start();
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

void MainWindow::restoreLayout()
{
    QSettings settings;
    // Fits a 1366×768 screen with room for panels.
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 640);
    if (!m_splitter->restoreState(
                settings.value(QStringLiteral("mainWindow/splitter")).toByteArray()))
        m_splitter->setSizes({640, 420});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    m_tester->cancel();
    QMainWindow::closeEvent(event);
}
