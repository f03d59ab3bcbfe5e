// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI through the fixture's real sshd to the real TLS server (tests/fixtures/servers.sh
// --sshd), as a person uses it: a test from the main window stops at the jump host's unknown
// key, the dialog shows the fingerprint of the fixture's host key, "Trust and Connect" stores it
// and the test runs again, to a verified connection with the four SSH stages; a changed key is
// shown and refused; an encrypted key's passphrase is asked for, kept in the keychain and not
// asked again; the wizard tests and saves a jump host with a password; "Fetch Server
// Certificate" asks about the key too and then shows the chain through the tunnel.
#include "MainWindow.h"
#include "ProfileDetailsPane.h"
#include "TestServers.h"
#include "WizardDriver.h"
#include "profile/FetchCertificateDialog.h"
#include "profile/MemorySecretStore.h"
#include "profile/ProfileStore.h"
#include "profile/SshSection.h"
#include "ssh/SshHostKeyDialog.h"
#include "ssh/SshKnownHosts.h"
#include "ssh/SshSecretDialog.h"
#include "ssh/SshTunnel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace WizardDriver;
using Account = TestServers::Account;
using Pki = TestServers::Pki;
using SshKey = TestServers::SshKey;

namespace {

template<class T> T *visibleWindow()
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

QByteArray sha256OfKeyLine(const QByteArray &line)
{
    return QCryptographicHash::hash(QByteArray::fromBase64(line.trimmed().split(' ').value(1)),
                                    QCryptographicHash::Sha256);
}

// The stage list as shown: title → result text.
QHash<QString, QString> shownStages(const TestReportView *view)
{
    QHash<QString, QString> shown;
    for (const TestReportView::ShownStage &row : view->shownStages())
        shown.insert(row.title->text(), row.result->text() + QLatin1Char('|') + row.time->text());
    return shown;
}

} // namespace

class tst_SshJumpPrompts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void mainWindowTrustsAnUnknownHostKeyAndTestsAgain();
    void changedHostKeyIsShownAndRefused();
    void encryptedKeyAsksForItsPassphraseOnce();
    void wizardTestsAndSavesAJumpHostWithAPassword();
    void fetchCertificateThroughTheJumpHost();

private:
    Profile tunnelProfile(SshJump::Auth auth, SshKey key = SshKey::Plain) const;
    QString userList() const { return m_dir->filePath(QStringLiteral("user_known_hosts")); }
    QString sslcmList() const { return m_dir->filePath(QStringLiteral("sslcm_known_hosts")); }
    TestReportView *detailsReport() const;

    TestServers m_servers;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
};

void tst_SshJumpPrompts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ConnectionReport>();
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
    QVERIFY2(m_servers.hasSshd(), qPrintable(m_servers.sshdProblem()));
    qunsetenv("SSH_AUTH_SOCK");
}

void tst_SshJumpPrompts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Never the user's ~/.ssh: a user list of this test (empty unless a test fills it), and
    // sslcm's own list.
    qputenv("SSLCM_SSH_KNOWN_HOSTS",
            QFile::encodeName(userList() + QLatin1Char(':') + sslcmList()));
    QCOMPARE(SshKnownHosts::sslcmListPath(), sslcmList());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    m_store->load();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_store->setSecretStore(m_secrets.get());
    m_window = std::make_unique<MainWindow>(*m_store);
    m_window->setSecretStore(m_secrets.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_SshJumpPrompts::cleanup()
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (qobject_cast<QDialog *>(w) && w->isVisible())
            w->close();
    }
    m_window.reset();
    m_store.reset();
    m_secrets.reset();
    SshTunnel::shutdownAll();
    m_dir.reset();
}

void tst_SshJumpPrompts::cleanupTestCase()
{
    SshTunnel::shutdownAll();
}

Profile tst_SshJumpPrompts::tunnelProfile(SshJump::Auth auth, SshKey key) const
{
    const auto account = m_servers.credentials(Account::RequireSsl);
    Profile p = Profile::create();
    p.name = QStringLiteral("Orders via the jump host");
    // The database as the jump host sees it; its certificate names this address.
    p.host = m_servers.host();
    p.port = quint16(m_servers.tlsPort());
    p.user = account.user;
    p.sslMode = SslMode::VerifyIdentity;
    p.caFile = m_servers.path(Pki::CaCert);
    SshJump jump;
    jump.host = m_servers.sshHost();
    jump.port = quint16(m_servers.sshPort());
    jump.user = m_servers.sshUser();
    jump.auth = auth;
    if (auth == SshJump::Auth::KeyFile)
        jump.keyFile = m_servers.sshKeyFile(key);
    p.ssh = jump;
    return p;
}

TestReportView *tst_SshJumpPrompts::detailsReport() const
{
    auto *pane = m_window->findChild<ProfileDetailsPane *>();
    return pane ? pane->reportView() : nullptr;
}

void tst_SshJumpPrompts::mainWindowTrustsAnUnknownHostKeyAndTestsAgain()
{
    const Profile p = tunnelProfile(SshJump::Auth::KeyFile);
    QVERIFY(m_store->add(p));
    const auto account = m_servers.credentials(Account::RequireSsl);
    QVERIFY(m_secrets->writeBlocking(p.id, SecretKind::Password, account.password).ok());
    m_window->selectProfile(p.id);
    QSignalSpy finished(m_window.get(), &MainWindow::testFinished);
    m_window->testCurrentProfile();
    QVERIFY(finished.wait(30000));
    const ConnectionReport first = finished.at(0).at(1).value<ConnectionReport>();
    QCOMPARE(first.gateway.failure, GatewaySession::Failure::SshHostKeyUnknown);
    QCOMPARE(first.verdict, ConnectionReport::Verdict::Failed);

    QTRY_VERIFY(visibleWindow<SshHostKeyDialog>());
    QPointer<SshHostKeyDialog> dialog = visibleWindow<SshHostKeyDialog>();
    QCOMPARE(dialog->kind(), SshHostKeyDialog::Kind::Unknown);
    const QString expected = SshKnownHosts::fingerprint(sha256OfKeyLine(m_servers.sshHostKey()));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("fingerprint"))->text(), expected);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("keyType"))->text(),
             QString::fromLatin1(m_servers.sshHostKey().split(' ').value(0)));
    // The report says the same, and offers the dialog again.
    QVERIFY(detailsReport()->trustHostKeyButton()->isVisible());

    dialog->trustButton()->click();
    QTRY_VERIFY(dialog.isNull());
    // Stored in sslcm's list (never the user's), and tested again at once.
    QFile list(sslcmList());
    QVERIFY(list.open(QIODevice::ReadOnly));
    QVERIFY(list.readAll().contains(m_servers.sshHostKey().split(' ').value(1)));
    QVERIFY(!QFile::exists(userList()));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 2);
    const ConnectionReport second = finished.at(1).at(1).value<ConnectionReport>();
    QVERIFY2(second.verdict == ConnectionReport::Verdict::SecureVerified,
             qPrintable(second.toText()));
    QVERIFY(second.gateway.ssh.used);

    // Its four SSH stages are shown in place of Connect, passed, with their times.
    const QHash<QString, QString> stages = shownStages(detailsReport());
    QVERIFY(!stages.contains(TestStage::title(TestStage::Id::Connect)));
    for (TestStage::Id id :
         {TestStage::Id::SshConnect, TestStage::Id::SshHostKey, TestStage::Id::SshLogin,
          TestStage::Id::Tunnel, TestStage::Id::TlsHandshake, TestStage::Id::Login}) {
        const QString shown = stages.value(TestStage::title(id));
        QVERIFY2(shown.startsWith(QStringLiteral("passed|"))
                         && shown.endsWith(QStringLiteral(" ms")),
                 qPrintable(TestStage::title(id) + QStringLiteral(": ") + shown));
    }
    QVERIFY(!detailsReport()->trustHostKeyButton()->isVisible());
    QVERIFY(!visibleWindow<SshHostKeyDialog>());
}

void tst_SshJumpPrompts::changedHostKeyIsShownAndRefused()
{
    // The user's list records another key for the jump host.
    const QString other = m_dir->filePath(QStringLiteral("other_key"));
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                  QStringLiteral("-N"), QString(), QStringLiteral("-f"), other});
    QVERIFY(keygen.waitForFinished() && keygen.exitCode() == 0);
    QFile pub(other + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> recorded = pub.readAll().trimmed().split(' ');
    QFile user(userList());
    QVERIFY(user.open(QIODevice::WriteOnly));
    user.write("[" + m_servers.sshHost().toLatin1() + "]:" + QByteArray::number(m_servers.sshPort())
               + ' ' + recorded.at(0) + ' ' + recorded.at(1) + '\n');
    user.close();

    const Profile p = tunnelProfile(SshJump::Auth::KeyFile);
    QVERIFY(m_store->add(p));
    QVERIFY(m_secrets
                    ->writeBlocking(p.id, SecretKind::Password,
                                    m_servers.credentials(Account::RequireSsl).password)
                    .ok());
    m_window->selectProfile(p.id);
    QSignalSpy finished(m_window.get(), &MainWindow::testFinished);
    m_window->testCurrentProfile();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(1).value<ConnectionReport>().gateway.failure,
             GatewaySession::Failure::SshHostKeyChanged);
    QTRY_VERIFY(visibleWindow<SshHostKeyDialog>());
    QPointer<SshHostKeyDialog> dialog = visibleWindow<SshHostKeyDialog>();
    QCOMPARE(dialog->kind(), SshHostKeyDialog::Kind::Changed);
    QVERIFY(!dialog->trustButton());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("recordedFingerprint"))
                    ->text()
                    .contains(SshKnownHosts::fingerprint(QCryptographicHash::hash(
                            QByteArray::fromBase64(recorded.at(1)), QCryptographicHash::Sha256))));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("fingerprint"))
                    ->text()
                    .contains(SshKnownHosts::fingerprint(sha256OfKeyLine(m_servers.sshHostKey()))));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("recordedIn"))->text(), userList());
    dialog->cancelButton()->click();
    QTRY_VERIFY(dialog.isNull());
    // Nothing was accepted and nothing ran again.
    QVERIFY(!QFile::exists(sslcmList()));
    QCOMPARE(finished.size(), 1);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionTestProfile"))->isEnabled());
}

void tst_SshJumpPrompts::encryptedKeyAsksForItsPassphraseOnce()
{
    QVERIFY(QFile::copy(m_servers.sshKnownHostsFile(), userList()));
    const Profile p = tunnelProfile(SshJump::Auth::KeyFile, SshKey::Encrypted);
    QVERIFY(m_store->add(p));
    QVERIFY(m_secrets
                    ->writeBlocking(p.id, SecretKind::Password,
                                    m_servers.credentials(Account::RequireSsl).password)
                    .ok());
    m_window->selectProfile(p.id);
    QSignalSpy finished(m_window.get(), &MainWindow::testFinished);
    m_window->testCurrentProfile();
    QVERIFY(finished.wait(30000));
    const ConnectionReport first = finished.at(0).at(1).value<ConnectionReport>();
    QCOMPARE(first.gateway.failure, GatewaySession::Failure::SshKeyUnusable);
    QVERIFY(first.gateway.ssh.keyNeedsPassphrase);

    QTRY_VERIFY(visibleWindow<SshSecretDialog>());
    QPointer<SshSecretDialog> dialog = visibleWindow<SshSecretDialog>();
    QCOMPARE(dialog->kind(), SshSecretDialog::Kind::KeyPassphrase);
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("retry"))->isVisible());
    // A wrong one first: asked again, saying so.
    QTest::keyClicks(dialog->secretEdit(), QStringLiteral("not the passphrase"));
    QTest::keyClick(dialog->secretEdit(), Qt::Key_Return);
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(1).at(1).value<ConnectionReport>().gateway.failure,
             GatewaySession::Failure::SshKeyUnusable);
    QTRY_VERIFY(visibleWindow<SshSecretDialog>());
    dialog = visibleWindow<SshSecretDialog>();
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("retry"))->isVisible());
    QTest::keyClicks(dialog->secretEdit(), m_servers.sshKeyPassphrase());
    QVERIFY(dialog->saveBox()->isChecked());
    QTest::keyClick(dialog->secretEdit(), Qt::Key_Return);
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(finished.wait(30000));
    const ConnectionReport third = finished.at(2).at(1).value<ConnectionReport>();
    QVERIFY2(third.verdict == ConnectionReport::Verdict::SecureVerified,
             qPrintable(third.toText()));
    QTRY_COMPARE(m_secrets->readBlocking(p.id, SecretKind::SshKeyPassphrase).secret,
                 m_servers.sshKeyPassphrase());
    QVERIFY(!third.toText().contains(m_servers.sshKeyPassphrase()));

    // Kept: a later test in a new session of the app asks nothing.
    SshTunnel::shutdownAll();
    m_window = std::make_unique<MainWindow>(*m_store);
    m_window->setSecretStore(m_secrets.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectProfile(p.id);
    QSignalSpy again(m_window.get(), &MainWindow::testFinished);
    m_window->testCurrentProfile();
    QVERIFY(again.wait(30000));
    QCOMPARE(again.at(0).at(1).value<ConnectionReport>().verdict,
             ConnectionReport::Verdict::SecureVerified);
    QVERIFY(!visibleWindow<SshSecretDialog>());
}

void tst_SshJumpPrompts::wizardTestsAndSavesAJumpHostWithAPassword()
{
    if (m_servers.sshPassword().isEmpty())
        QSKIP(qPrintable(m_servers.sshPasswordProblem()));
    QVERIFY(QFile::copy(m_servers.sshKnownHostsFile(), userList()));
    const auto account = m_servers.credentials(Account::RequireSsl);
    m_window->newProfile();
    QTRY_VERIFY(visibleWindow<ConnectionWizard>());
    ConnectionWizard *wizard = visibleWindow<ConnectionWizard>();
    fillServer(wizard, m_servers.host(), m_servers.tlsPort(), account.user, account.password);
    SshSection *ssh = wizard->serverSection()->sshSection();
    ssh->enableBox()->setFocus();
    QTest::keyClick(ssh->enableBox(), Qt::Key_Space);
    retype(ssh->hostEdit(), m_servers.sshHost());
    retype(ssh->portEdit(), QString::number(m_servers.sshPort()));
    retype(ssh->userEdit(), m_servers.sshUser());
    ssh->authBox()->setCurrentIndex(ssh->authBox()->findData(int(SshJump::Auth::Password)));
    retype(ssh->passwordEdit(), m_servers.sshPassword());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    clickNext(wizard);
    retype(wizard->securitySection()->caFilePicker()->lineEdit(), m_servers.path(Pki::CaCert));
    QSignalSpy tested(wizard->testPage(), &TestPage::testFinished);
    clickNext(wizard);
    QCOMPARE(wizard->currentId(), int(ConnectionWizard::TestPageId));
    QVERIFY(tested.wait(30000));
    const std::optional<ConnectionReport> report = wizard->lastReport();
    QVERIFY(report);
    QVERIFY2(report->verdict == ConnectionReport::Verdict::SecureVerified,
             qPrintable(report->toText()));
    QCOMPARE(report->gateway.ssh.authMethod, QStringLiteral("password"));
    const QHash<QString, QString> stages = shownStages(wizard->testPage()->reportView());
    QVERIFY(stages.value(TestStage::title(TestStage::Id::SshLogin)).startsWith(u"passed|"));
    QVERIFY(stages.value(TestStage::title(TestStage::Id::Tunnel)).startsWith(u"passed|"));

    clickNext(wizard);
    retype(wizard->savePage()->nameEdit(), QStringLiteral("Through the jump host"));
    QPointer<ConnectionWizard> guard(wizard);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    QCOMPARE(m_store->count(), 1);
    const Profile saved = m_store->profiles().first();
    QVERIFY(saved.ssh);
    QCOMPARE(saved.ssh->auth, SshJump::Auth::Password);
    QTRY_COMPARE(m_secrets->readBlocking(saved.id, SecretKind::SshPassword).secret,
                 m_servers.sshPassword());
    QFile file(m_store->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_servers.sshPassword().toUtf8()));
}

// "Fetch Server Certificate" goes through the jump host too: its unknown key is asked about,
// then the server's chain is shown.
void tst_SshJumpPrompts::fetchCertificateThroughTheJumpHost()
{
    const Profile p = tunnelProfile(SshJump::Auth::KeyFile);
    QVERIFY(m_store->add(p));
    m_window->selectProfile(p.id);
    m_window->fetchServerCertificate();
    QTRY_VERIFY(visibleWindow<FetchCertificateDialog>());
    QPointer<FetchCertificateDialog> fetch = visibleWindow<FetchCertificateDialog>();
    QTRY_VERIFY_WITH_TIMEOUT(visibleWindow<SshHostKeyDialog>(), 30000);
    QCOMPARE(fetch->session().failure, GatewaySession::Failure::SshHostKeyUnknown);
    QVERIFY(fetch->session().peerChain.isEmpty());
    QSignalSpy probed(fetch.data(), &FetchCertificateDialog::probeFinished);
    visibleWindow<SshHostKeyDialog>()->trustButton()->click();
    QVERIFY(probed.wait(30000));
    QVERIFY(fetch);
    QVERIFY2(fetch->session().tlsUsed, qPrintable(fetch->session().detail));
    QVERIFY(fetch->session().ssh.used);
    QVERIFY(!fetch->session().peerChain.isEmpty());
    auto *chain = fetch->findChild<QTreeWidget *>(QStringLiteral("chain"));
    QVERIFY(chain && chain->topLevelItemCount() > 0);
}

QTEST_MAIN(tst_SshJumpPrompts)
#include "tst_sshjumpprompts.moc"
