// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MessageBar.h"

#include "audit/AuditResult.h"
#include "mysql/ConnectionReport.h"
#include "mysql/ConnectionTester.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QUuid>

#include <functional>

class FleetHealthWindow;
class ProfileDetailsPane;
class ProfileFilterModel;
class QLineEdit;
class QSplitter;

class ProfileListModel;
class ProfileStore;
class QAction;
class QLabel;
class QMenu;
class QToolBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QThread;
class QTreeView;
class QVBoxLayout;
class SecretStore;
struct StoreLoadResult;

// The list of saved connections, with creating, renaming and deleting them. When there are none,
// it shows what to do first.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ProfileStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Listens for the keychain turning out to be unreachable, to say so once.
    void setSecretStore(SecretStore *secrets);
    // Tells the user, without blocking, when loading the store needs their attention.
    void showLoadResult(const StoreLoadResult &result);
    // Paints the window first, saying that the connections are loading; right after its first
    // paint, runs `read` on another thread, then on this one the function `read` returned (which
    // makes what was read the store's and returns the load's result), and shows the result.
    // Changes wait until then. A window made without this shows the store as it is.
    using StoreLoader = std::function<StoreLoadResult()>;
    void loadAfterFirstPaint(const std::function<StoreLoader()> &read);
    bool isLoading() const { return m_loading; }

    // The actions behind the menus, toolbar and shortcuts. Dialogs open window-modal and return
    // at once.
    void newProfile();
    void renameCurrentProfile();
    void deleteCurrentProfile();
    void showAbout();
    void showSettings();
    void showAccountRequirements();
    // The Fleet Health window (one; brought forward when open).
    void showFleetHealth();
    void editCurrentProfile();
    void duplicateCurrentProfile();
    void testCurrentProfile();
    void fetchServerCertificate();
    void openCertificateFile();
    // Import / Export (window-modal, return at once).
    void importConnections();
    void exportCurrentProfile();
    void exportAllProfiles();
    // Search-as-you-type over name, host, user and notes.
    void setFilterText(const QString &text);

    QUuid currentProfileId() const;
    void selectProfile(const QUuid &id);

Q_SIGNALS:
    // loadAfterFirstPaint() has loaded the store and filled the list.
    void loaded();
    void testFinished(const QUuid &id, const ConnectionReport &report);
    // A Fleet Health audit was kept (for the expiry notifications).
    void lastAuditChanged(const QList<AuditResult> &results);

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void startTest(const QUuid &id, const QString &password,
                   ConnectionReport::PasswordGiven given
                   = ConnectionReport::PasswordGiven::BySource);
    void runTest(const ConnectionTester::Request &request);
    // After a test through an SSH jump host that stopped at a question only the user can answer
    // (an unknown host key, a key passphrase): asks it, then calls `retest`.
    // Keeps a passphrase the user typed for the rest of the session, and in the keychain if asked.
    void rememberSshKeyPassphrase(const QUuid &id, const QString &passphrase, bool save);
    bool askSshQuestion(const Profile &profile, const ConnectionReport &report,
                        const QString &passphraseTried, const std::function<void()> &retest);
    void updateDetails();
    void restoreLayout();
    // The width the list needs to show every column without eliding them, the name column at a
    // readable width.
    int listWidthForEveryColumn();
    void createActions();
    // Sets every text of the window; again when the language changes.
    void retranslateUi();
    void createMenusAndToolBar();
    QWidget *createEmptyPage();
    void updateState();
    // Columns after the name fit the widest cell of every row (not only the rows Qt samples),
    // measured from the text's advance; `first`..`last` grows them for changed rows only.
    void fitColumns();
    void growColumns(int first, int last);
    int cellWidth(int row, int column);
    MessageBar *showMessage(MessageBar::Kind kind, const QString &text);

    ProfileStore &m_store;
    ProfileListModel *m_model;
    ProfileFilterModel *m_sorted;

    QAction *m_newAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_testAction = nullptr;
    QAction *m_fetchAction = nullptr;
    QAction *m_openCertificateAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_fleetAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportAllAction = nullptr;
    QMenu *m_connectionMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_emptyHeading = nullptr;
    QLabel *m_emptyExplanation = nullptr;
    QLabel *m_emptyWhere = nullptr;
    QLineEdit *m_search = nullptr;
    QSplitter *m_splitter = nullptr;
    ProfileDetailsPane *m_details = nullptr;
    ConnectionTester *m_tester = nullptr;
    QUuid m_testingId;
    // The running test's request, secrets included (memory only), to run it again once an SSH
    // question is answered; emptied when the test ends.
    ConnectionTester::Request m_testingRequest;
    // SSH key passphrases typed in this session (memory only), newer than the keychain's.
    QHash<QUuid, QString> m_sshKeyPassphrases;
    QHash<QUuid, ConnectionReport> m_reports; // full reports of tests run in this session

    QVBoxLayout *m_messages = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyPage = nullptr;
    QPushButton *m_emptyNewButton = nullptr;
    QPushButton *m_emptyImportButton = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_loadingLabel = nullptr;
    bool m_loading = false;
    std::function<StoreLoader()> m_read;
    QThread *m_reader = nullptr;
    // Per column: the width of a cell beyond its text's advance (margins, icon).
    QHash<int, int> m_cellExtra;
    QHash<int, int> m_cellExtraWithIcon;
    QUuid m_selectedBeforeReset;
    bool m_toldKeychainUnavailable = false;
    SecretStore *m_secrets = nullptr;
    QPointer<FleetHealthWindow> m_fleetWindow;
};
