// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecurityPage.h"

#include "ScrollWheelGuard.h"

#include "ConnectionWizard.h"
#include "profile/FetchCertificateDialog.h"
#include "profile/CertificateFilePicker.h"
#include "profile/SecuritySection.h"
#include "profile/Profile.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

SecurityPage::SecurityPage(ConnectionWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_section(new SecuritySection(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("securityPage"));
    setTitle(tr("Security"));
    setSubTitle(tr("How strictly sslcm checks that it talks to the real server."));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_section);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    ScrollWheelGuard::protect(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problems);
    connect(m_section, &SecuritySection::changed, this, &SecurityPage::updateProblems);
    connect(m_section, &SecuritySection::fetchRequested, this,
            &SecurityPage::fetchServerCertificate);
    // The wizard is still being built: problems() needs its pages, so the first check is in
    // initializePage().
    m_problems->setVisible(false);
}

bool SecurityPage::isComplete() const
{
    return problems().isEmpty();
}

QStringList SecurityPage::problems() const
{
    QStringList list = m_section->problems();
    // A clear-text sign-in token chosen on the Server page needs a mode that verifies the
    // server: the fix is here.
    const Profile p = m_wizard->profile();
    const QString clearText = PasswordSource::clearTextNeedsVerifiedServerProblem(p.sslMode);
    if (p.passwordSource.problems(p).contains(clearText))
        list << clearText;
    return list;
}

void SecurityPage::initializePage()
{
    m_section->setHost(m_wizard->profile().host);
    updateProblems();
}

void SecurityPage::updateProblems()
{
    const QStringList list = problems();
    m_problems->setText(list.isEmpty() ? QString()
                                       : tr("⚠ %1").arg(list.join(QStringLiteral("\n⚠ "))));
    m_problems->setVisible(!list.isEmpty());
    Q_EMIT completeChanged();
}

void SecurityPage::fetchServerCertificate()
{
    auto *dialog = new FetchCertificateDialog(m_wizard->profile(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSshSecrets(m_wizard->sshPassword(), m_wizard->sshKeyPassphrase());
    connect(dialog, &FetchCertificateDialog::sshKeyPassphraseGiven, m_wizard,
            &ConnectionWizard::setSshKeyPassphrase);
    connect(dialog, &FetchCertificateDialog::trustChosen, this,
            [this, dialog](FetchCertificateDialog::Trust trust) {
                const Profile &p = dialog->profile();
                m_section->setMode(p.sslMode);
                if (trust == FetchCertificateDialog::Trust::UseChainCa)
                    m_section->caFilePicker()->setPath(p.caFile);
                else
                    m_wizard->setPinned(p.pinnedSha256);
            });
    dialog->open();
    dialog->start();
}
