// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionPreset.h"
#include "profile/PasswordSource.h"
#include "profile/Profile.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class SignInTrial;
class SshSection;

// Where the server is and who logs in: host, port, user, where the password comes from (the
// keychain, asked for, a command, AWS RDS IAM), default database, optionally a provider
// preset, and the SSH jump host to reach the server through (SshSection). Used by the connection
// wizard and the profile editor alike.
class ServerSection : public QWidget
{
    Q_OBJECT
public:
    explicit ServerSection(bool withPresets, QWidget *parent = nullptr);
    ~ServerSection() override;

    void load(const Profile &profile);
    // Writes the fields into `profile` (only valid values). The password source's fields a
    // newer sslcm wrote are kept.
    void apply(Profile &profile) const;
    // The rest of the profile as the owner's other sections have it (SSL mode, pin, timeout):
    // what a clear-text sign-in token is checked against, and what "Try It" runs with.
    void setProfileContext(const Profile &profile);

    // The password typed for the keychain or for this test; empty for a source that makes
    // its own secret (a command, AWS IAM).
    QString password() const;
    void setPassword(const QString &password);
    // Whether the typed password goes to the keychain: only for that source.
    bool savePassword() const;
    void setSavePassword(bool save);

    PasswordSource passwordSource() const;
    PasswordSource::Kind passwordSourceKind() const;
    void setPasswordSource(const PasswordSource &source);
    // Fills the command as the "Presets" menu does (PasswordSource::presets() id).
    void applyCommandPreset(const QString &id);

    // What must be fixed before going on, translated; empty when the section is complete.
    // Does not include verificationProblem(), which the security settings may fix.
    QStringList problems() const;
    // A clear-text sign-in token for a server the profile context does not verify; empty if
    // none.
    QString verificationProblem() const;
    // Moves the focus to the field of the first problem.
    void focusFirstProblem();
    ConnectionPreset preset() const;

    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *portEdit() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *savePasswordBox() const { return m_savePassword; }
    QComboBox *presetBox() const { return m_preset; }
    QCheckBox *presetSignInBox() const { return m_presetSignIn; }
    QComboBox *passwordSourceBox() const { return m_source; }
    QLineEdit *commandEdit() const { return m_command; }
    QPushButton *commandPresetsButton() const { return m_commandPresets; }
    QCheckBox *clearTextTokenBox() const { return m_clearTextToken; }
    QLineEdit *awsRegionEdit() const { return m_awsRegion; }
    QLineEdit *awsProfileEdit() const { return m_awsProfile; }
    QPushButton *tryButton() const { return m_try; }
    QPushButton *cancelTryButton() const { return m_cancelTry; }
    QLabel *tryResultLabel() const { return m_tryResult; }
    SshSection *sshSection() const { return m_ssh; }
    bool isTrying() const;

    // The checks behind problems(), for one value each; empty when fine.
    static QString hostProblem(const QString &host);
    static QString portProblem(const QString &port);
    // Why the command line cannot be run as typed, translated; empty when it can.
    static QString commandLineProblem(const QString &commandLine);

Q_SIGNALS:
    void changed();
    // A preset (or the sign-in it offers) was picked; its mode is the one to suggest.
    void presetChosen(const ConnectionPreset &preset);
    // "Try It" has an answer (shown in tryResultLabel()).
    void tryFinished();

private:
    // A form on a grid: QFormLayout (Qt 6.4) gives wrapped text a wrong height once rows are
    // hidden and shown again, which this section does as the source changes.
    void addRow(const QString &label, QWidget *field, Qt::Alignment alignment = {});
    void addRow(QWidget *field, Qt::Alignment alignment = {});
    void setRowVisible(QWidget *field, bool visible);
    void applyPreset(int index);
    void updateProblems();
    void updateSourceRows();
    void sourceEdited();
    void startTry();
    Profile contextProfile() const;

    QGridLayout *m_grid;
    QHash<QWidget *, QLabel *> m_rowLabels;
    QComboBox *m_preset = nullptr;
    QLabel *m_caveat = nullptr;
    QCheckBox *m_presetSignIn = nullptr;
    QLineEdit *m_host;
    QLabel *m_hostProblem;
    QLineEdit *m_port;
    QLabel *m_portProblem;
    QLineEdit *m_user;
    QComboBox *m_source;
    QLineEdit *m_password;
    QCheckBox *m_savePassword;
    QWidget *m_commandRow;
    QLineEdit *m_command;
    QPushButton *m_commandPresets;
    QCheckBox *m_clearTextToken;
    QLabel *m_commandHint;
    QLabel *m_commandHelp;
    QLineEdit *m_awsRegion;
    QLineEdit *m_awsProfile;
    QLabel *m_awsHelp;
    QWidget *m_tryRow;
    QPushButton *m_try;
    QPushButton *m_cancelTry;
    QProgressBar *m_tryProgress;
    QLabel *m_tryResult;
    QLabel *m_sourceProblem;
    QLineEdit *m_database;
    SshSection *m_ssh;
    SignInTrial *m_trial;
    Profile m_context;
};
