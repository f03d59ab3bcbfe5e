// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPage.h"

#include "ConnectionWizard.h"
#include "mysql/ConnectionTester.h"
#include "profile/ServerSection.h"
#include "report/TestReportView.h"
#include "ssh/SshJumpPrompts.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

TestPage::TestPage(ConnectionWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_tester(new ConnectionTester(this))
    , m_report(new TestReportView(this))
    , m_cancel(new QPushButton(tr("&Stop Test"), this))
    , m_retest(new QPushButton(tr("&Test Again"), this))
{
    setObjectName(QStringLiteral("testPage"));
    setTitle(tr("Test"));
    setSubTitle(tr("sslcm connects and logs in exactly as the connection will, and shows "
                   "what happened at each step."));
    m_cancel->setObjectName(QStringLiteral("stopTest"));
    m_cancel->setAccessibleName(tr("Stop the test"));
    m_retest->setObjectName(QStringLiteral("retest"));
    m_retest->setAccessibleName(tr("Test again"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_report);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retest);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(scroll, 1);

    connect(m_retest, &QPushButton::clicked, this, &TestPage::startTest);
    connect(m_cancel, &QPushButton::clicked, this, &TestPage::cancelTest);
    connect(m_tester, &ConnectionTester::stageUpdated, m_report, &TestReportView::updateStage);
    connect(m_tester, &ConnectionTester::finished, this, [this](const ConnectionReport &report) {
        m_report->setReport(report);
        m_wizard->setLastReport(report);
        m_cancel->setEnabled(false);
        m_retest->setEnabled(true);
        Q_EMIT completeChanged();
        Q_EMIT testFinished();
        askSshQuestion();
    });
    connect(m_report, &TestReportView::trustHostKeyRequested, this, [this] {
        if (!m_tester->isRunning())
            askSshQuestion();
    });
    m_cancel->setEnabled(false);
}

void TestPage::initializePage()
{
    startTest();
}

void TestPage::cleanupPage()
{
    cancelTest();
}

bool TestPage::isComplete() const
{
    return !m_tester->isRunning();
}

bool TestPage::isRunning() const
{
    return m_tester->isRunning();
}

void TestPage::startTest()
{
    ConnectionTester::Request request;
    request.profile = m_wizard->profile();
    request.password = m_wizard->password();
    if (request.profile.passwordSource.kind == PasswordSource::Kind::Keychain
        && !m_wizard->serverSection()->savePassword())
        request.passwordGiven = ConnectionReport::PasswordGiven::Typed;
    request.keyPassphrase = m_wizard->keyPassphrase();
    request.sshPassword = m_wizard->sshPassword();
    request.sshKeyPassphrase = m_wizard->sshKeyPassphrase();
    if (const auto last = m_wizard->lastReport())
        request.knownRequirement = last->account;
    m_testedProfile = request.profile;
    m_testedPassphrase = request.sshKeyPassphrase;
    const Profile &p = request.profile;
    m_report->beginLive(p.addressText(), p.ssh ? p.ssh->destination() : QString());
    m_cancel->setEnabled(true);
    m_retest->setEnabled(false);
    m_tester->start(request);
    Q_EMIT completeChanged();
    m_cancel->setFocus();
}

void TestPage::askSshQuestion()
{
    if (!m_report->hasReport())
        return;
    SshJumpPrompts::ask(this, m_testedProfile, m_report->report().gateway, m_testedPassphrase,
                        [this](const SshJumpPrompts::Answer &answer) {
                            if (answer.keyPassphrase)
                                m_wizard->setSshKeyPassphrase(*answer.keyPassphrase,
                                                              answer.savePassphrase);
                            // Only while the page is still the one shown.
                            if (m_wizard->currentPage() == this && !m_tester->isRunning())
                                startTest();
                        });
}

void TestPage::cancelTest()
{
    if (m_tester->isRunning())
        m_tester->cancel();
}
