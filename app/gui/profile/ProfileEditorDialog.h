// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    ProfileStore &m_store;
    SecretStore *m_secrets;
    Profile m_original;
    QString m_originalPassword;
    bool m_hadSavedPassword = false;
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
