// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "NewProfileDialog.h"
#include "ProfileListModel.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <QAction>
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
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    //: Main window title; the application name is appended by the system
    setWindowTitle(tr("Connections"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sslcm.svg")));

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);

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
    m_view->addActions({m_newAction, m_renameAction, m_deleteAction});
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProfileListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProfileListModel::AddressColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProfileListModel::UserColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProfileListModel::SslModeColumn, QHeaderView::ResizeToContents);
    header->setAccessibleName(tr("Column headers"));

    m_emptyPage = createEmptyPage();
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_view);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_messages = new QVBoxLayout;
    layout->addLayout(m_messages);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_model, &ProfileListModel::editFailed, this,
            [this](const QString &message) { showMessage(MessageBar::Kind::Error, message); });
    connect(m_sorted, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateState);
    connect(m_sorted, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateState);
    // A reset (another program changed the file) keeps the selected profile selected.
    connect(m_sorted, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = currentProfileId(); });
    connect(m_sorted, &QAbstractItemModel::modelReset, this, [this] {
        selectProfile(m_selectedBeforeReset);
        updateState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateState);

    resize(880, 540);
    updateState();
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
    for (QAction *action : {m_newAction, m_renameAction, m_deleteAction}) {
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
    connectionMenu->addAction(m_renameAction);
    connectionMenu->addAction(m_deleteAction);
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
    for (QAction *action : {m_newAction, m_renameAction, m_deleteAction}) {
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
    auto *dialog = new NewProfileDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewProfileDialog::profileCreated, this, [this](const QUuid &id) {
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
    box->setInformativeText(tr("Its saved password and key passphrase are removed from the "
                               "keychain too. Certificate and key files stay where they are."));
    QPushButton *deleteButton = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    deleteButton->setAccessibleName(tr("Delete connection"));
    QPushButton *cancelButton = box->addButton(QMessageBox::Cancel);
    cancelButton->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(cancelButton);
    box->setEscapeButton(cancelButton);

    connect(box, &QDialog::finished, this, [this, box, deleteButton, id] {
        if (box->clickedButton() != deleteButton)
            return;
        const int row = m_view->currentIndex().row();
        const StoreSaveResult removed = m_store.remove(id);
        if (!removed) {
            showMessage(MessageBar::Kind::Error,
                        tr("The connection could not be deleted: %1").arg(removed.error));
            return;
        }
        const int rows = m_sorted->rowCount();
        if (rows > 0)
            m_view->setCurrentIndex(m_sorted->index(qMin(row, rows - 1), 0));
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
    const int count = m_sorted->rowCount();
    QWidget *page = count > 0 ? static_cast<QWidget *>(m_view) : m_emptyPage;
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
    m_countLabel->setText(writable ? tr("%n connection(s)", nullptr, count)
                                   : tr("%n connection(s), read-only", nullptr, count));
}
