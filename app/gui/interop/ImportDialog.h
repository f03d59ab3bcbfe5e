// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/ImportResult.h"

#include <QDialog>
#include <QList>
#include <QUuid>

class ProfileStore;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class SecretStore;

// "Import Connections": reads an option file (~/.my.cnf), MySQL Workbench's connections.xml,
// DBeaver's data-sources.json, an sslcm export, a pasted URI or a pasted mysql/mariadb command
// line, and previews what it would create — what could not be carried over, which connections
// the store already has (not selected unless the user ticks them), and passwords found in clear
// text (offered for the keychain). Nothing is stored before "Import".
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(ProfileStore &store, SecretStore *secrets, QWidget *parent = nullptr);

    // The well-known places other clients keep their connections, as far as they exist here.
    struct KnownSource
    {
        QString label; // translated
        QString path;
    };
    static QList<KnownSource> knownSources();

    void previewFile(const QString &path);
    void previewText(const QString &text);
    // Adds the ticked connections to the store in one save and, when asked, their passwords to
    // the keychain. Closes the dialog when the store took them.
    void importSelected();

    const ImportResult &importResult() const { return m_result; }
    // The ids of the profiles the last import added.
    const QList<QUuid> &importedIds() const { return m_imported; }
    QTreeWidget *preview() const { return m_preview; }
    QLineEdit *textEdit() const { return m_text; }
    QCheckBox *storePasswordsBox() const { return m_storePasswords; }
    QPushButton *importButton() const { return m_import; }
    QLabel *messageLabel() const { return m_message; }

protected:
    // A connection file or a URI / command line dropped on the dialog is read like "Open File…"
    // or "Paste".
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

Q_SIGNALS:
    // Every password asked for has been written (or failed: `failures` says which, translated).
    void passwordsStored(const QStringList &failures);

private:
    void chooseFile();
    void showResult(ImportResult result);
    void updateState();
    int checkedCount() const;

    ProfileStore &m_store;
    SecretStore *m_secrets;
    ImportResult m_result;
    QList<QUuid> m_imported;
    QLineEdit *m_text;
    QPushButton *m_paste;
    QPushButton *m_readText;
    QPushButton *m_openFile;
    QLabel *m_source;
    QTreeWidget *m_preview;
    QLabel *m_message;
    QCheckBox *m_storePasswords;
    QPushButton *m_import;
    QPushButton *m_cancel;
};
