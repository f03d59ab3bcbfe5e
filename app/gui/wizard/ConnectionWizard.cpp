// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionWizard.h"
#include "WindowGeometry.h"

#include "Settings.h"
#include "SavePage.h"
#include "SecurityPage.h"
#include "ServerPage.h"
#include "TestPage.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "profile/SecuritySection.h"
#include "profile/ServerSection.h"
#include "profile/SshSection.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QMessageBox>

ConnectionWizard::ConnectionWizard(ProfileStore &store, SecretStore *secrets, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_base(Profile::create())
    , m_serverPage(new ServerPage(this))
    , m_securityPage(new SecurityPage(this))
    , m_testPage(new TestPage(this))
    , m_savePage(new SavePage(this))
{
    setObjectName(QStringLiteral("ConnectionWizard"));
    // New connections start from the user's defaults (Settings); presets may change the mode.
    const Settings defaults = Settings::load();
    m_base.sslMode = defaults.defaultSslMode;
    m_base.connectTimeoutSeconds = defaults.defaultConnectTimeoutSeconds;
    m_securityPage->section()->setMode(defaults.defaultSslMode);
    setWindowTitle(tr("New Connection"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(ServerPageId, m_serverPage);
    setPage(SecurityPageId, m_securityPage);
    setPage(TestPageId, m_testPage);
    setPage(SavePageId, m_savePage);

    //: Wizard button
    setButtonText(QWizard::FinishButton, tr("&Save"));
    const QList<std::pair<WizardButton, QString>> names
            = {{QWizard::BackButton, tr("Back")},     {QWizard::NextButton, tr("Next")},
               {QWizard::FinishButton, tr("Save")},   {QWizard::CancelButton, tr("Cancel")},
               {QWizard::CommitButton, tr("Commit")}, {QWizard::HelpButton, tr("Help")}};
    for (const auto &[which, name] : names) {
        if (QAbstractButton *b = button(which))
            b->setAccessibleName(name);
    }
    connect(m_serverPage->section(), &ServerSection::presetChosen, this,
            [this](const ConnectionPreset &preset) {
                m_securityPage->section()->setMode(preset.mode);
                m_securityPage->section()->setCaSourceHint(preset.caSource);
            });
    // The Server page checks a clear-text sign-in token against the mode chosen here.
    const auto updateContext = [this] { m_serverPage->section()->setProfileContext(profile()); };
    connect(m_securityPage->section(), &SecuritySection::changed, this, updateContext);
    connect(m_serverPage->section(), &ServerSection::changed, this, updateContext);
    updateContext();
    WindowGeometry::remember(this, QStringLiteral("connectionWizard"), QSize(760, 640));
}

ConnectionWizard::~ConnectionWizard() = default;

ServerSection *ConnectionWizard::serverSection() const
{
    return m_serverPage->section();
}

SecuritySection *ConnectionWizard::securitySection() const
{
    return m_securityPage->section();
}

void ConnectionWizard::setPinned(const QByteArray &sha256)
{
    m_base.pinnedSha256 = sha256;
    m_securityPage->section()->setPinned(sha256);
    m_serverPage->section()->setProfileContext(profile());
    m_securityPage->updateProblems();
}

Profile ConnectionWizard::profile() const
{
    Profile p = m_base;
    m_serverPage->section()->apply(p);
    m_securityPage->section()->apply(p);
    p.name = m_savePage->name();
    p.notes = m_savePage->notes();
    return p;
}

QString ConnectionWizard::password() const
{
    return m_serverPage->section()->password();
}

QString ConnectionWizard::keyPassphrase() const
{
    return m_securityPage->section()->keyPassphrase();
}

QString ConnectionWizard::sshPassword() const
{
    return m_serverPage->section()->sshSection()->password();
}

void ConnectionWizard::setSshKeyPassphrase(const QString &passphrase, bool save)
{
    m_sshKeyPassphrase = passphrase;
    m_saveSshKeyPassphrase = save;
}

void ConnectionWizard::accept()
{
    const QString problem = m_savePage->nameProblem();
    if (!problem.isEmpty()) {
        m_savePage->nameEdit()->setFocus();
        return;
    }
    m_testPage->cancelTest();
    Profile p = profile();
    if (m_lastReport)
        LastTestResult::record(p, *m_lastReport);
    const QStringList invalid = p.validate();
    if (!invalid.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Save"),
                                    invalid.join(QLatin1Char('\n')), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    const StoreSaveResult saved = m_store.add(p);
    if (!saved) {
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot Save"),
                                    tr("The connection could not be saved: %1").arg(saved.error),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    const ServerSection *server = m_serverPage->section();
    if (m_secrets && server->savePassword() && !server->password().isEmpty()) {
        // The keychain answers later; the store outlives this wizard (it belongs to main()).
        m_secrets->write(p.id, SecretKind::Password, server->password(), m_secrets,
                         [](const SecretResult &) {});
    }
    const SshSection *ssh = server->sshSection();
    if (m_secrets && ssh->savePassword() && !ssh->password().isEmpty())
        m_secrets->write(p.id, SecretKind::SshPassword, ssh->password(), m_secrets,
                         [](const SecretResult &) {});
    if (m_secrets && p.ssh && p.ssh->auth == SshJump::Auth::KeyFile && m_saveSshKeyPassphrase
        && !m_sshKeyPassphrase.isEmpty())
        m_secrets->write(p.id, SecretKind::SshKeyPassphrase, m_sshKeyPassphrase, m_secrets,
                         [](const SecretResult &) {});
    Q_EMIT profileCreated(p.id);
    QWizard::accept();
}
