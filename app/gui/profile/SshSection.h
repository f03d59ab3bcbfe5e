// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/Profile.h"
#include "profile/SshJump.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

// "Connect through SSH": the SSH jump host (bastion) a profile reaches its database through —
// host, port, user, and how sslcm logs in there (the SSH agent, a key file, a password). Folded
// away behind its check box unless the profile has a jump. Part of the Server section, so the
// wizard and the profile editor both have it.
class SshSection : public QWidget
{
    Q_OBJECT
public:
    explicit SshSection(QWidget *parent = nullptr);
    ~SshSection() override;

    // Ticked and unfolded when the profile has a jump; otherwise folded, with the local user
    // name as the user to start from.
    void load(const Profile &profile);
    // Writes Profile::ssh: the jump as entered when ticked (fields a newer sslcm wrote into the
    // loaded jump stay), none when not.
    void apply(Profile &profile) const;

    bool connectsThroughSsh() const;
    void setConnectsThroughSsh(bool on);
    // The jump as entered (a port that is not a number is 0, which problems() names); nullopt
    // when the section is not ticked.
    std::optional<SshJump> jump() const;
    SshJump::Auth auth() const;

    // The SSH password typed (for password authentication only; empty otherwise).
    QString password() const;
    void setPassword(const QString &password);
    // Whether the typed password goes to the keychain (SecretKind::SshPassword).
    bool savePassword() const;
    void setSavePassword(bool save);

    // What must be fixed before the jump can be used (SshJump::problems()), translated; empty
    // when the section is not ticked or complete.
    QStringList problems() const;
    void focusFirstProblem();

    QCheckBox *enableBox() const { return m_enable; }
    QWidget *details() const { return m_details; }
    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *portEdit() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *authBox() const { return m_auth; }
    QLineEdit *keyFileEdit() const { return m_keyFile; }
    QPushButton *browseButton() const { return m_browse; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *savePasswordBox() const { return m_savePassword; }
    QLabel *agentLabel() const { return m_agent; }
    QLabel *keyNoteLabel() const { return m_keyNote; }
    QLabel *problemLabel() const { return m_problems; }

    // Scrolls `area` to show the section's fields each time they unfold.
    static void keepInView(SshSection *section, QScrollArea *area);

    // The user name of this computer's account: what ssh logs in as when no user is given.
    static QString localUserName();

    enum class Agent {
        NotSet,      // SSH_AUTH_SOCK is not set
        Unreachable, // it names a socket nobody listens on
        Running,
    };
    // Whether an SSH agent answers at SSH_AUTH_SOCK (a connect to its socket, nothing sent).
    static Agent agentState();

    enum class KeyFile { None, Missing, Unreadable, Plain, Encrypted, Unknown };
    // What the key file holds, as far as it matters here: whether it is protected by a
    // passphrase (OpenSSH's own format, PEM and PKCS#8). Reads the file; never decrypts.
    static KeyFile inspectKeyFile(const QString &path);

Q_SIGNALS:
    void changed();

private:
    void addRow(const QString &label, QWidget *field);
    void addRow(QWidget *field);
    void setRowVisible(QWidget *field, bool visible);
    void updateRows();
    void updateAgent();
    void updateKeyNote();
    void updateProblems();
    void browse();

    std::optional<SshJump> m_loaded; // the loaded jump, for the fields this version does not know
    QHash<QWidget *, QLabel *> m_rowLabels;
    QCheckBox *m_enable;
    QWidget *m_details;
    QGridLayout *m_grid;
    QLabel *m_explanation;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_user;
    QComboBox *m_auth;
    QLabel *m_agent;
    QWidget *m_keyFileRow;
    QLineEdit *m_keyFile;
    QPushButton *m_browse;
    QLabel *m_keyNote;
    QLineEdit *m_password;
    QCheckBox *m_savePassword;
    QLabel *m_problems;
};
