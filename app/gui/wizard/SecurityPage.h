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
    // What keeps Next disabled, translated: the section's problems and a clear-text sign-in
    // token (chosen on the Server page) that this mode would send to an unverified server.
    QStringList problems() const;
    // Shows problems() and re-evaluates Next.
    void updateProblems();

private:
    void fetchServerCertificate();

    ConnectionWizard *m_wizard;
    SecuritySection *m_section;
    QLabel *m_problems;
};
