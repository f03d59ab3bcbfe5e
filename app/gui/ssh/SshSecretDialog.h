// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/SshJump.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

// Asks for the SSH jump host's password or the passphrase of its key file, when connecting
// needs one the keychain does not hold, and offers to keep it there. Open it with open().
class SshSecretDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Password, KeyPassphrase };

    // `retry`: the one given before was not accepted.
    SshSecretDialog(Kind kind, const SshJump &jump, bool retry, QWidget *parent = nullptr);
    ~SshSecretDialog() override;

    Kind kind() const { return m_kind; }
    QString secret() const;
    // Whether the user wants it kept in the system keychain.
    bool save() const;
    // Hides the keychain offer (where the caller keeps the secret itself).
    void setSaveOffered(bool offered);

    QLineEdit *secretEdit() const { return m_secret; }
    QCheckBox *saveBox() const { return m_save; }

private:
    Kind m_kind;
    QLineEdit *m_secret;
    QCheckBox *m_save;
    bool m_saveOffered = true;
};
