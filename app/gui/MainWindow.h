// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MessageBar.h"

#include <QMainWindow>
#include <QUuid>

class ProfileListModel;
class ProfileStore;
class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
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

    // The actions behind the menus, toolbar and shortcuts. Dialogs open window-modal and return
    // at once.
    void newProfile();
    void renameCurrentProfile();
    void deleteCurrentProfile();
    void showAbout();

    QUuid currentProfileId() const;
    void selectProfile(const QUuid &id);

private:
    void createActions();
    void createMenusAndToolBar();
    QWidget *createEmptyPage();
    void updateState();
    MessageBar *showMessage(MessageBar::Kind kind, const QString &text);

    ProfileStore &m_store;
    ProfileListModel *m_model;
    QSortFilterProxyModel *m_sorted;

    QAction *m_newAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;

    QVBoxLayout *m_messages = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyPage = nullptr;
    QPushButton *m_emptyNewButton = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_countLabel = nullptr;
    QUuid m_selectedBeforeReset;
    bool m_toldKeychainUnavailable = false;
};
