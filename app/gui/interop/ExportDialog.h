// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/ExportFormat.h"
#include "interop/ExportResult.h"
#include "profile/Profile.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class SecretStore;

// "Export": a profile as the mysql and mariadb command lines, an option-file group, a URI, an
// sslcm export, or connection code for an application, each keeping the profile's verification
// level and saying in one line where the target cannot. The preview never shows a password; the
// password goes only into a saved file, when asked for, and that file is created with mode 0600.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const Profile &profile, SecretStore *secrets, QWidget *parent = nullptr);

    void setFormat(ExportFormat format);
    ExportFormat format() const { return m_format; }
    // The export as previewed: never with the password.
    const ExportResult &preview() const { return m_preview; }
    // Writes the export to `path`, with the password when "Write the password" is ticked and the
    // keychain gave it. The result is shown in the dialog; returns whether the file was written.
    bool saveTo(const QString &path);
    void copyToClipboard();

    QListWidget *formatList() const { return m_formats; }
    QPlainTextEdit *textView() const { return m_text; }
    QLabel *warningsLabel() const { return m_warnings; }
    QLabel *statusLabel() const { return m_status; }
    QCheckBox *withPasswordBox() const { return m_withPassword; }
    bool hasPassword() const { return !m_password.isEmpty(); }

Q_SIGNALS:
    // The keychain answered after "Write the password" was ticked; for tests.
    void passwordReady(bool found);

private:
    void refresh();
    void chooseFile();
    void withPasswordToggled(bool on);

    Profile m_profile;
    SecretStore *m_secrets;
    ExportFormat m_format = ExportFormat::MysqlCommand;
    ExportResult m_preview;
    QString m_password; // only in memory, only while the dialog is open
    QListWidget *m_formats;
    QPlainTextEdit *m_text;
    QLabel *m_warnings;
    QCheckBox *m_withPassword;
    QLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_close;
};
