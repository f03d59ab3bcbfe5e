// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/ConnectionReport.h"
#include "profile/Profile.h"

#include <QDialog>

class AdvancedSection;
class ConnectionTester;
class ProfileStore;
class QLineEdit;
class QPlainTextEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class SecretStore;
class SecuritySection;
class ServerSection;
class TestReportView;

// Every field of a saved connection, in the same sections as the wizard (Server, Security,
// Advanced), with Test from inside. Closing with unsaved changes asks first.
class ProfileEditorDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileEditorDialog(ProfileStore &store, SecretStore *secrets, const Profile &profile,
                        QWidget *parent = nullptr);
    ~ProfileEditorDialog() override;

    // The profile as edited (not yet stored).
    Profile profile() const;
    bool hasUnsavedChanges() const;
    QStringList problems() const;

    void accept() override;
    void reject() override;
    void startTest();

    ServerSection *serverSection() const { return m_server; }
    SecuritySection *securitySection() const { return m_security; }
    AdvancedSection *advancedSection() const { return m_advanced; }
    TestReportView *reportView() const { return m_report; }
    QLineEdit *nameEdit() const { return m_name; }

Q_SIGNALS:
    void profileSaved(const QUuid &id);
    void testFinished();

private:
    void updateProblems();
    void runTest(const QString &sshKeyPassphrase);
    void askSshQuestion(const ConnectionReport &report, const Profile &tested,
                        const QString &passphraseTried);
    // Writes or removes the SSH jump host's secrets in the keychain, as saved profile `p` needs.
    void saveSshSecrets(const Profile &p);

    ProfileStore &m_store;
    SecretStore *m_secrets;
    Profile m_original;
    QString m_originalPassword;
    bool m_hadSavedPassword = false;
    QString m_originalSshPassword;
    bool m_hadSavedSshPassword = false;
    // The SSH key's passphrase: the keychain's, or typed when a test asked for it (memory
    // only); kept in the keychain on Save when the user asked for that.
    QString m_sshKeyPassphrase;
    bool m_hadSavedSshKeyPassphrase = false;
    bool m_saveSshKeyPassphrase = false;
    // What the last test ran with, for the question it may end with.
    Profile m_testedProfile;
    QString m_testedPassphrase;
    QLineEdit *m_name;
    QPlainTextEdit *m_notes;
    ServerSection *m_server;
    SecuritySection *m_security;
    AdvancedSection *m_advanced;
    QTabWidget *m_tabs;
    TestReportView *m_report;
    ConnectionTester *m_tester;
    QPushButton *m_test;
    QLabel *m_problems;
    QPushButton *m_save;
    bool m_confirmingDiscard = false;
};
