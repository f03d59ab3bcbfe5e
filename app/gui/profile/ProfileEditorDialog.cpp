// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileEditorDialog.h"
#include "WindowGeometry.h"

#include "ScrollWheelGuard.h"

#include "AdvancedSection.h"
#include "CertificateFilePicker.h"
#include "FetchCertificateDialog.h"
#include "SecuritySection.h"
#include "ServerSection.h"
#include "SshSection.h"
#include "mysql/ConnectionTester.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "report/TestReportView.h"
#include "ssh/SshJumpPrompts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
QScrollArea *scrolled(QWidget *content, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    ScrollWheelGuard::protect(scroll);
    return scroll;
}
} // namespace

ProfileEditorDialog::ProfileEditorDialog(ProfileStore &store, SecretStore *secrets,
                                         const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_original(profile)
    , m_name(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_server(new ServerSection(false, this))
    , m_security(new SecuritySection(this))
    , m_advanced(new AdvancedSection(this))
    , m_tabs(new QTabWidget(this))
    , m_report(new TestReportView(this))
    , m_tester(new ConnectionTester(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_problems(new QLabel(this))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("ProfileEditorDialog"));
    //: Window title; %1 is the connection's name
    setWindowTitle(tr("Edit “%1”").arg(profile.name));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Connection name (required)"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 4);
    m_tabs->setObjectName(QStringLiteral("sections"));
    m_tabs->setAccessibleName(tr("Sections"));
    m_test->setObjectName(QStringLiteral("test"));
    m_test->setAccessibleName(tr("Test connection"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);

    auto *general = new QFormLayout;
    general->addRow(tr("&Name: *"), m_name);
    general->addRow(tr("N&otes:"), m_notes);

    auto *testTab = new QWidget(this);
    auto *testLayout = new QVBoxLayout(testTab);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    testLayout->addLayout(testRow);
    testLayout->addWidget(scrolled(m_report, testTab), 1);

    QScrollArea *serverScroll = scrolled(m_server, m_tabs);
    SshSection::keepInView(m_server->sshSection(), serverScroll);
    //: Tab titles of the profile editor
    m_tabs->addTab(serverScroll, tr("&Server"));
    m_tabs->addTab(scrolled(m_security, m_tabs), tr("Se&curity"));
    m_tabs->addTab(scrolled(m_advanced, m_tabs), tr("&Advanced"));
    m_tabs->addTab(testTab, tr("&Test"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setAccessibleName(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    m_name->setText(profile.name);
    m_notes->setPlainText(profile.notes);
    m_server->load(profile);
    m_security->load(profile);
    m_advanced->load(profile);
    m_server->setSavePassword(false);

    // The stored password, when there is one, so that Test works at once. A profile whose
    // password comes from elsewhere only learns that one is stored: saving removes it.
    if (m_secrets) {
        const bool keychain = profile.passwordSource.kind == PasswordSource::Kind::Keychain;
        m_secrets->read(profile.id, SecretKind::Password, this,
                        [this, keychain](const SecretResult &r) {
                            if (!r.ok())
                                return;
                            m_hadSavedPassword = true;
                            if (!keychain)
                                return;
                            m_originalPassword = r.secret;
                            if (m_server->password().isEmpty())
                                m_server->setPassword(r.secret);
                            m_server->setSavePassword(true);
                        });
        // The SSH jump host's, likewise.
        m_secrets->read(profile.id, SecretKind::SshPassword, this, [this](const SecretResult &r) {
            if (!r.ok())
                return;
            m_hadSavedSshPassword = true;
            m_originalSshPassword = r.secret;
            SshSection *ssh = m_server->sshSection();
            if (ssh->passwordEdit()->text().isEmpty())
                ssh->setPassword(r.secret);
            ssh->setSavePassword(true);
        });
        m_secrets->read(profile.id, SecretKind::SshKeyPassphrase, this,
                        [this](const SecretResult &r) {
                            if (!r.ok())
                                return;
                            m_hadSavedSshKeyPassphrase = true;
                            if (m_sshKeyPassphrase.isEmpty())
                                m_sshKeyPassphrase = r.secret;
                        });
    }
    // A jump host that logs in with a password and has none stored was saved that way on
    // purpose; for a new choice of password login, keeping it is the offer.
    m_server->sshSection()->setSavePassword(
            !(profile.ssh && profile.ssh->auth == SshJump::Auth::Password));

    connect(m_server, &ServerSection::changed, this, &ProfileEditorDialog::updateProblems);
    connect(m_security, &SecuritySection::changed, this, &ProfileEditorDialog::updateProblems);
    connect(m_advanced, &AdvancedSection::changed, this, &ProfileEditorDialog::updateProblems);
    connect(m_name, &QLineEdit::textChanged, this, &ProfileEditorDialog::updateProblems);
    connect(m_test, &QPushButton::clicked, this, &ProfileEditorDialog::startTest);
    connect(m_tester, &ConnectionTester::stageUpdated, m_report, &TestReportView::updateStage);
    connect(m_tester, &ConnectionTester::finished, this, [this](const ConnectionReport &report) {
        m_report->setReport(report);
        m_test->setEnabled(this->profile().connectionProblems().isEmpty());
        Q_EMIT testFinished();
        askSshQuestion(report, m_testedProfile, m_testedPassphrase);
    });
    connect(m_report, &TestReportView::trustHostKeyRequested, this, [this] {
        if (m_report->hasReport() && !m_tester->isRunning())
            askSshQuestion(m_report->report(), m_testedProfile, m_testedPassphrase);
    });
    connect(m_security, &SecuritySection::fetchRequested, this, [this] {
        auto *dialog = new FetchCertificateDialog(this->profile(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setSshSecrets(m_server->sshSection()->password(), m_sshKeyPassphrase);
        connect(dialog, &FetchCertificateDialog::sshKeyPassphraseGiven, this,
                [this](const QString &passphrase, bool save) {
                    m_sshKeyPassphrase = passphrase;
                    m_saveSshKeyPassphrase = save;
                });
        connect(dialog, &FetchCertificateDialog::trustChosen, this,
                [this, dialog](FetchCertificateDialog::Trust trust) {
                    const Profile &p = dialog->profile();
                    m_security->setMode(p.sslMode);
                    if (trust == FetchCertificateDialog::Trust::UseChainCa)
                        m_security->caFilePicker()->setPath(p.caFile);
                    m_advanced->setPinned(p.pinnedSha256);
                    m_security->setPinned(p.pinnedSha256);
                });
        dialog->open();
        dialog->start();
    });
    updateProblems();
    WindowGeometry::remember(this, QStringLiteral("profileEditor"), QSize(720, 640));
}

ProfileEditorDialog::~ProfileEditorDialog() = default;

Profile ProfileEditorDialog::profile() const
{
    Profile p = m_original;
    p.name = m_name->text().trimmed();
    p.notes = m_notes->toPlainText();
    m_server->apply(p);
    m_security->apply(p);
    m_advanced->apply(p);
    return p;
}

bool ProfileEditorDialog::hasUnsavedChanges() const
{
    // Only the keychain's password is kept; another source changes the profile itself.
    const bool keychain = m_server->passwordSourceKind() == PasswordSource::Kind::Keychain;
    const bool passwordChanged = keychain
            && (m_server->password() != m_originalPassword
                || m_server->savePassword() != m_hadSavedPassword);
    const SshSection *ssh = m_server->sshSection();
    const bool sshPasswordChanged = ssh->password() != m_originalSshPassword
            || ssh->savePassword() != m_hadSavedSshPassword;
    return profile() != m_original || passwordChanged || sshPasswordChanged
            || m_saveSshKeyPassphrase;
}

QStringList ProfileEditorDialog::problems() const
{
    QStringList list;
    if (m_name->text().trimmed().isEmpty())
        list << tr("Enter a name for the connection.");
    list << m_server->problems();
    // A clear-text sign-in token and the mode that would expose it are in two sections.
    const Profile p = profile();
    const QStringList sourceProblems = p.passwordSource.problems(p);
    for (const QString &problem : sourceProblems) {
        if (!list.contains(problem))
            list << problem;
    }
    list << m_security->problems() << m_advanced->problems();
    return list;
}

void ProfileEditorDialog::updateProblems()
{
    m_server->setProfileContext(profile());
    const QStringList list = problems();
    m_problems->setText(list.isEmpty() ? QString()
                                       : tr("⚠ %1").arg(list.join(QStringLiteral("\n⚠ "))));
    m_problems->setVisible(!list.isEmpty());
    m_security->setHost(m_server->hostEdit()->text().trimmed());
    // A profile that cannot connect as it says (an ambiguous address, Verify CA without a CA)
    // is not tested: the problems above say why.
    if (!m_tester->isRunning())
        m_test->setEnabled(this->profile().connectionProblems().isEmpty());
}

void ProfileEditorDialog::startTest()
{
    runTest(m_sshKeyPassphrase);
}

void ProfileEditorDialog::runTest(const QString &sshKeyPassphrase)
{
    ConnectionTester::Request request;
    request.profile = profile();
    if (!request.profile.connectionProblems().isEmpty()) {
        updateProblems();
        return;
    }
    request.password = m_server->password();
    if (request.profile.passwordSource.kind == PasswordSource::Kind::Keychain
        && !m_server->savePassword())
        request.passwordGiven = ConnectionReport::PasswordGiven::Typed;
    request.keyPassphrase = m_security->keyPassphrase();
    request.sshPassword = m_server->sshSection()->password();
    request.sshKeyPassphrase = sshKeyPassphrase;
    m_testedProfile = request.profile;
    m_testedPassphrase = sshKeyPassphrase;
    const Profile &p = request.profile;
    m_report->beginLive(p.addressText(), p.ssh ? p.ssh->destination() : QString());
    m_tabs->setCurrentIndex(m_tabs->count() - 1);
    m_test->setEnabled(false);
    m_tester->start(request);
}

void ProfileEditorDialog::askSshQuestion(const ConnectionReport &report, const Profile &tested,
                                         const QString &passphraseTried)
{
    SshJumpPrompts::ask(this, tested, report.gateway, passphraseTried,
                        [this](const SshJumpPrompts::Answer &answer) {
                            if (answer.keyPassphrase) {
                                m_sshKeyPassphrase = *answer.keyPassphrase;
                                m_saveSshKeyPassphrase = answer.savePassphrase;
                            }
                            if (!m_tester->isRunning())
                                runTest(m_sshKeyPassphrase);
                        });
}

void ProfileEditorDialog::accept()
{
    const QStringList list = problems();
    if (!list.isEmpty()) {
        updateProblems();
        // Save does not just stay silent: it opens the first section with a problem.
        if (m_name->text().trimmed().isEmpty()) {
            m_name->setFocus();
        } else if (!m_server->problems().isEmpty() || !m_server->verificationProblem().isEmpty()) {
            m_tabs->setCurrentIndex(0);
            m_server->focusFirstProblem();
        } else if (!m_security->problems().isEmpty()) {
            m_tabs->setCurrentIndex(1);
        } else {
            m_tabs->setCurrentIndex(2);
        }
        return;
    }
    m_tester->cancel();
    Profile p = profile();
    p.modified = QDateTime::currentDateTimeUtc();
    const StoreSaveResult saved = m_store.update(p);
    if (!saved) {
        m_problems->setText(tr("⚠ The connection could not be saved: %1").arg(saved.error));
        m_problems->setVisible(true);
        return;
    }
    // Like every test, the one run in this dialog is recorded on top of the stored data, never
    // through the copy read when the dialog opened. The edit is saved either way; a result that
    // cannot be kept only leaves the previous one in the list.
    if (m_report->hasReport())
        m_store.recordTest(p.id, m_report->report());
    if (const std::optional<Profile> stored = m_store.profile(p.id))
        p = *stored;
    if (m_secrets) {
        const auto ignore = [](const SecretResult &) {};
        if (m_server->savePassword() && !m_server->password().isEmpty())
            m_secrets->write(p.id, SecretKind::Password, m_server->password(), m_secrets, ignore);
        else if (m_hadSavedPassword)
            m_secrets->remove(p.id, SecretKind::Password, m_secrets, ignore);
        saveSshSecrets(p);
    }
    m_original = p;
    Q_EMIT profileSaved(p.id);
    QDialog::accept();
}

void ProfileEditorDialog::saveSshSecrets(const Profile &p)
{
    const auto ignore = [](const SecretResult &) {};
    const SshSection *ssh = m_server->sshSection();
    if (ssh->savePassword() && !ssh->password().isEmpty())
        m_secrets->write(p.id, SecretKind::SshPassword, ssh->password(), m_secrets, ignore);
    else if (m_hadSavedSshPassword)
        m_secrets->remove(p.id, SecretKind::SshPassword, m_secrets, ignore);

    // A stored passphrase belongs to the key file it opened: it goes when the profile no longer
    // logs in with that file.
    const bool keyFile = p.ssh && p.ssh->auth == SshJump::Auth::KeyFile;
    const bool sameKey = keyFile && m_original.ssh && m_original.ssh->auth == SshJump::Auth::KeyFile
            && m_original.ssh->keyFile == p.ssh->keyFile;
    if (keyFile && m_saveSshKeyPassphrase && !m_sshKeyPassphrase.isEmpty())
        m_secrets->write(p.id, SecretKind::SshKeyPassphrase, m_sshKeyPassphrase, m_secrets, ignore);
    else if (m_hadSavedSshKeyPassphrase && !sameKey)
        m_secrets->remove(p.id, SecretKind::SshKeyPassphrase, m_secrets, ignore);
}

void ProfileEditorDialog::reject()
{
    if (!hasUnsavedChanges() || m_confirmingDiscard) {
        m_tester->cancel();
        QDialog::reject();
        return;
    }
    auto *box
            = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
                              tr("Save the changes to “%1”?").arg(m_original.name),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChanges"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Save)->setAccessibleName(tr("Save"));
    box->button(QMessageBox::Discard)->setAccessibleName(tr("Discard changes"));
    box->button(QMessageBox::Cancel)->setAccessibleName(tr("Keep editing"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box] {
        const QMessageBox::StandardButton choice = box->standardButton(box->clickedButton());
        if (choice == QMessageBox::Save) {
            accept();
        } else if (choice == QMessageBox::Discard) {
            m_confirmingDiscard = true;
            reject();
        }
    });
    box->open();
}
