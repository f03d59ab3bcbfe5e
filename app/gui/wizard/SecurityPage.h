// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class ConnectionWizard;
class QLabel;
class SecuritySection;

// Wizard page 2: the SSL mode, the certificate files, and "Fetch server certificate" with the
// trust-on-first-use choices.
class SecurityPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SecurityPage(ConnectionWizard *wizard);

    SecuritySection *section() const { return m_section; }
    bool isComplete() const override;
    void initializePage() override;

private:
    void fetchServerCertificate();
    void updateProblems();

    ConnectionWizard *m_wizard;
    SecuritySection *m_section;
    QLabel *m_problems;
};
