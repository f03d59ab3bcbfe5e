// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/Profile.h"

#include <QWizardPage>

class ConnectionTester;
class ConnectionWizard;
class QPushButton;
class TestReportView;

// Wizard page 3: runs the staged test live, with Cancel and "Test again"; on failure it shows
// the explanation, and Back leads to the settings to fix.
class TestPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TestPage(ConnectionWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void startTest();
    void cancelTest();
    bool isRunning() const;

    TestReportView *reportView() const { return m_report; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retestButton() const { return m_retest; }

Q_SIGNALS:
    void testFinished();

private:
    void askSshQuestion();

    ConnectionWizard *m_wizard;
    // What the last test ran with, for the question it may end with.
    Profile m_testedProfile;
    QString m_testedPassphrase;
    ConnectionTester *m_tester;
    TestReportView *m_report;
    QPushButton *m_cancel;
    QPushButton *m_retest;
};
