// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class ConnectionWizard;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Wizard page 4: the connection's name and notes, and what the test found (or that there was
// none).
class SavePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SavePage(ConnectionWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    QString name() const;
    QString notes() const;
    // Why the name cannot be used, translated; empty when it can.
    QString nameProblem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QString testStatusText() const;

private:
    ConnectionWizard *m_wizard;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QPlainTextEdit *m_notes;
    QLabel *m_testStatus;
};
