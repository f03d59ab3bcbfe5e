// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later

// sslcm_screenshots [--dark] [--check] <output-folder> <servers.env> [<review-folder>]
//
// Takes the README screenshots from the real windows, driven like a person would, against the
// real test servers of tests/fixtures/servers.sh. Run by tests/screenshots/take-screenshots.sh
// under Xvfb. With a review folder it also shoots every other screen (profile editor tabs,
// fetch-certificate dialog, certificate viewer, a 1366×768 main window) for a look before a
// release.
//
// --dark: a dark Fusion palette, as a dark desktop theme gives. --check: every shot is also
// checked for text that does not fit (a label's words cut off, a button narrower than its
// text, the list's Name column elided at the first window size, a horizontal scroll bar in
// a pane meant to fit its width); the exit status is 1 when one does not. Run by
// tests/screenshots/check-screenshots.sh (the ctest test gui_screenshots) at 100 % and
// 200 % scale, light and dark.

#include "AboutDialog.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "accounts/AccountRequirementsDialog.h"
#include "Translations.h"
#include "DarkPalette.h"
#include "TestServers.h"
#include "LocalHttpsServer.h"
#include "WizardDriver.h"
#include "audit/ExpiryTimeline.h"
#include "audit/FleetHealthWindow.h"
#include "certs/CertificateViewer.h"
#include "interop/CaDownloadDialog.h"
#include "interop/ExportDialog.h"
#include "interop/ImportDialog.h"
#include "profile/FetchCertificateDialog.h"
#include "profile/MemorySecretStore.h"
#include "profile/ProfileEditorDialog.h"
#include "profile/ProfileStore.h"
#include "profile/SshSection.h"
#include "ssh/SshHostKeyDialog.h"
#include "ssh/SshJumpPrompts.h"
#include "wizard/TestPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTreeView>
#include <QPlainTextEdit>
#include <QPalette>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cstdio>
#include <type_traits>

using namespace WizardDriver;
using Account = TestServers::Account;
using Pki = TestServers::Pki;

namespace {

QTextStream err(stderr);
int failures = 0;

void fail(const QString &what)
{
    err << "sslcm_screenshots: " << what << Qt::endl;
    ++failures;
}

bool checking = false;

// Where `widget` is, for a message: its class and object names up to its window.
QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w; w = w->isWindow() ? nullptr : w->parentWidget()) {
        path.prepend(w->objectName().isEmpty()
                             ? QString::fromLatin1(w->metaObject()->className())
                             : QStringLiteral("%1#%2").arg(
                                     QString::fromLatin1(w->metaObject()->className()),
                                     w->objectName()));
    }
    return path.join(QLatin1String(" > "));
}

// Whether every widget of `window` shows its text whole (see --check); says what does not.
void checkNothingCutOff(QWidget *window, const QString &shot)
{
    const auto problem = [&](const QWidget *widget, const QString &what) {
        fail(QStringLiteral("%1: %2: %3").arg(shot, describe(widget), what));
    };
    const auto labels = window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->isVisibleTo(window) || label->text().isEmpty()
            || Qt::mightBeRichText(label->text()))
            continue;
        const QRect room = label->contentsRect();
        if (label->wordWrap()) {
            // Wrapped: every line within its height.
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1)
                problem(label,
                        QStringLiteral("%1 px high, its wrapped text needs %2: \"%3\"")
                                .arg(label->height())
                                .arg(needed)
                                .arg(label->text()));
            continue;
        }
        int widest = 0;
        // As shown: a mnemonic's "&" is an underline, "&&" one "&".
        QString shown = label->text();
        if (label->buddy()) {
            shown.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
            shown.remove(QLatin1Char('&'));
            shown.replace(QChar(1), QLatin1Char('&'));
        }
        const QStringList lines = shown.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            widest = qMax(widest, label->fontMetrics().horizontalAdvance(line));
        if (widest > room.width() + 1)
            problem(label,
                    QStringLiteral("%1 px wide, its text needs %2: \"%3\"")
                            .arg(room.width())
                            .arg(widest)
                            .arg(label->text()));
    }
    const auto buttons = window->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (!button->isVisibleTo(window) || button->text().isEmpty())
            continue;
        if (button->width() < button->minimumSizeHint().width())
            problem(button,
                    QStringLiteral("%1 px wide, narrower than its text (%2): \"%3\"")
                            .arg(button->width())
                            .arg(button->minimumSizeHint().width())
                            .arg(button->text()));
    }
    // Panes made to fit their width: no horizontal scroll bar.
    const auto areas = window->findChildren<QScrollArea *>();
    for (const QScrollArea *area : areas) {
        if (area->isVisibleTo(window) && area->horizontalScrollBar()->isVisibleTo(window))
            problem(area,
                    QStringLiteral("a horizontal scroll bar: its content needs %1 px, it has %2")
                            .arg(area->widget() ? area->widget()->minimumSizeHint().width() : 0)
                            .arg(area->viewport()->width()));
    }
}

// The main window's list shows every name whole and needs no horizontal scroll bar.
void checkListFits(MainWindow &window, const QString &shot)
{
    auto *view = window.findChild<QTreeView *>(QStringLiteral("profileView"));
    if (!view) {
        fail(QStringLiteral("%1: no profile list").arg(shot));
        return;
    }
    const int nameColumn = 0;
    int needed = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        needed = qMax(needed,
                      view->sizeHintForIndex(view->model()->index(row, nameColumn)).width());
    const int shown = view->header()->sectionSize(nameColumn);
    if (shown < needed)
        fail(QStringLiteral("%1: the Name column is %2 px wide, its names need %3")
                     .arg(shot)
                     .arg(shown)
                     .arg(needed));
    if (view->horizontalScrollBar()->isVisible())
        fail(QStringLiteral("%1: the list has a horizontal scroll bar").arg(shot));
}

void shoot(QWidget *widget, const QString &folder, const QString &name)
{
    if (folder.isEmpty())
        return;
    widget->raise();
    widget->activateWindow();
    (void)QTest::qWaitForWindowExposed(widget);
    // Let layouts settle and pending paints (spinners, icons) land.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    if (checking)
        checkNothingCutOff(widget->window(), name);
    const QString file = QDir(folder).filePath(name);
    if (!widget->grab().save(file))
        fail(QStringLiteral("could not write %1").arg(file));
    else
        QTextStream(stdout) << file << Qt::endl;
}

// The visible top-level window called `objectName` (dialogs are windows of their own).
QWidget *visibleWindow(const QString &objectName)
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (w->isVisible() && w->objectName() == objectName)
            return w;
    }
    return nullptr;
}

template<class T> T *visibleChild(QWidget *parent)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const auto children = parent->findChildren<T *>();
    for (T *child : children) {
        if (child->isVisible()) {
            (void)QTest::qWaitForWindowExposed(child);
            return child;
        }
    }
    return nullptr;
}

Profile makeProfile(const QString &name, const QString &host, int port, const QString &user,
                    SslMode mode, const QString &ca = {})
{
    Profile p = Profile::create();
    p.name = name;
    p.host = host;
    p.port = port;
    p.user = user;
    p.sslMode = mode;
    p.caFile = ca;
    return p;
}

bool testProfile(MainWindow &window, const QUuid &id)
{
    QSignalSpy finished(&window, &MainWindow::testFinished);
    window.selectProfile(id);
    window.testCurrentProfile();
    return finished.wait(30000);
}

ConnectionWizard *openWizard(MainWindow &window)
{
    // Wizards closed earlier delete themselves later; the new one is the visible one.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    window.newProfile();
    const auto wizards = window.findChildren<ConnectionWizard *>();
    for (ConnectionWizard *wizard : wizards) {
        if (wizard->isVisible()) {
            (void)QTest::qWaitForWindowExposed(wizard);
            return wizard;
        }
    }
    return nullptr;
}

// An SSH key made by ssh-keygen; its path, or empty.
QString makeSshKey(const QString &path, const QString &type, const QString &passphrase)
{
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"),
                  passphrase, QStringLiteral("-C"), QString(), QStringLiteral("-f"), path});
    if (!keygen.waitForFinished(60000) || keygen.exitCode() != 0) {
        fail(QStringLiteral("ssh-keygen failed for %1").arg(path));
        return {};
    }
    return path;
}

// What a test through a jump host reports when it stopped at the jump host's key: `key`'s
// public half as the key presented.
GatewaySession hostKeySession(const QString &key, GatewaySession::Failure failure)
{
    GatewaySession session;
    session.failure = failure;
    session.ssh.used = true;
    QFile pub(key + QStringLiteral(".pub"));
    if (!pub.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("no %1").arg(pub.fileName()));
        return session;
    }
    const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
    session.ssh.hostKeyType = QString::fromLatin1(fields.value(0));
    session.ssh.hostKeyLine = fields.value(0) + ' ' + fields.value(1);
    session.ssh.hostKeySha256 = QCryptographicHash::hash(QByteArray::fromBase64(fields.value(1)),
                                                         QCryptographicHash::Sha256);
    return session;
}

bool runWizardTest(ConnectionWizard *wizard)
{
    QSignalSpy finished(wizard->testPage(), &TestPage::testFinished);
    clickNext(wizard);
    return wizard->currentId() == ConnectionWizard::TestPageId && finished.wait(30000);
}

} // namespace

int main(int argc, char *argv[])
{
    // Never the user's settings, profiles or keychain.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral(".local/share")).toLocal8Bit());
    // Paths under the home folder show as ~/…, as on the user's computer.
    qputenv("HOME", home.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sslcm"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sslcm.sslcm"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sslcm.svg")));
    // English for the README; SSLCM_SCREENSHOT_LOCALE=fr_FR (for example) to review a translation.
    const QString locale = qEnvironmentVariable("SSLCM_SCREENSHOT_LOCALE");
    Translations::install(locale.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedStates)
                                           : QLocale(locale));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("SSL Connection Manager"));

    QStringList args = QCoreApplication::arguments();
    const bool dark = args.removeAll(QStringLiteral("--dark")) > 0;
    checking = args.removeAll(QStringLiteral("--check")) > 0;
    if (args.size() < 3) {
        err << "usage: sslcm_screenshots [--dark] [--check] <output-folder> <servers.env> "
               "[<review-folder>]"
            << Qt::endl;
        return 2;
    }
    if (dark)
        QApplication::setPalette(darkPalette());
    const QString out = args.at(1);
    const QString review = args.value(3);
    QDir().mkpath(out);
    if (!review.isEmpty())
        QDir().mkpath(review);
    const TestServers servers = TestServers::fromFile(args.at(2));
    if (!servers.errorString().isEmpty()) {
        err << servers.errorString() << Qt::endl;
        return 2;
    }

    MemorySecretStore secrets;
    ProfileStore store(home.filePath(QStringLiteral("profiles.json")));
    store.setSecretStore(&secrets);
    store.load();

    const auto ssl = servers.credentials(Account::RequireSsl);
    const auto plain = servers.credentials(Account::Plain);
    const QString ca = servers.path(Pki::CaCert);
    Profile verified = makeProfile(QStringLiteral("Orders (production)"), servers.host(),
                                   servers.tlsPort(), ssl.user, SslMode::VerifyIdentity, ca);
    verified.notes = QStringLiteral("Primary shop database");
    Profile wrongCa
            = makeProfile(QStringLiteral("Billing replica"), servers.host(), servers.tlsPort(),
                          ssl.user, SslMode::VerifyIdentity, servers.path(Pki::OtherCaCert));
    Profile encrypted = makeProfile(QStringLiteral("Analytics warehouse"), servers.host(),
                                    servers.tlsPort(), plain.user, SslMode::Required);
    Profile cleartext = makeProfile(QStringLiteral("Legacy reporting"), servers.host(),
                                    servers.plainPort(), plain.user, SslMode::Preferred);
    Profile untested
            = makeProfile(QStringLiteral("Staging"), QStringLiteral("staging.db.example.com"), 3306,
                          QStringLiteral("deploy"), SslMode::VerifyIdentity,
                          home.filePath(QStringLiteral("staging-ca.pem")));
    Profile withClient = makeProfile(
            QStringLiteral("Payments (client certificate)"), servers.host(), servers.tlsPort(),
            servers.credentials(Account::RequireX509).user, SslMode::VerifyIdentity, ca);
    withClient.clientCertificate = servers.path(Pki::ClientCert);
    withClient.clientKey = servers.path(Pki::ClientKey);
    for (const Profile &p : {verified, wrongCa, encrypted, cleartext, untested, withClient}) {
        if (!store.add(p))
            fail(QStringLiteral("could not add %1").arg(p.name));
    }
    secrets.writeBlocking(verified.id, SecretKind::Password, ssl.password);
    secrets.writeBlocking(wrongCa.id, SecretKind::Password, ssl.password);
    secrets.writeBlocking(encrypted.id, SecretKind::Password, plain.password);
    secrets.writeBlocking(cleartext.id, SecretKind::Password, plain.password);
    secrets.writeBlocking(withClient.id, SecretKind::Password,
                          servers.credentials(Account::RequireX509).password);

    MainWindow window(store);
    window.setSecretStore(&secrets);
    // The size a first start gives it: every column of the list shown.
    const QSize firstSize = window.size();
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    for (const QUuid &id : {cleartext.id, encrypted.id, wrongCa.id, verified.id}) {
        if (!testProfile(window, id))
            fail(QStringLiteral("test of a profile did not finish"));
    }
    window.selectProfile(verified.id);
    shoot(&window, out, QStringLiteral("main-window.png"));
    if (checking)
        checkListFits(window, QStringLiteral("main-window.png"));
    if (!review.isEmpty()) {
        window.resize(1366, 740);
        shoot(&window, review, QStringLiteral("main-window-1366.png"));
        window.selectProfile(wrongCa.id);
        shoot(&window, review, QStringLiteral("main-window-failed.png"));
        window.resize(firstSize);
    }

    // The wizard, page by page, to a verified connection.
    if (ConnectionWizard *wizard = openWizard(window)) {
        fillServer(wizard, servers.host(), servers.tlsPort(), ssl.user, ssl.password);
        shoot(wizard, out, QStringLiteral("wizard-server.png"));
        clickNext(wizard);
        retype(wizard->securitySection()->caFilePicker()->lineEdit(), ca);
        shoot(wizard, out, QStringLiteral("wizard-security.png"));
        if (!runWizardTest(wizard))
            fail(QStringLiteral("the wizard's test did not finish"));
        shoot(wizard, out, QStringLiteral("wizard-test.png"));
        clickNext(wizard);
        retype(wizard->savePage()->nameEdit(), QStringLiteral("Orders (staging)"));
        QTest::keyClicks(wizard->savePage()->notesEdit(), QStringLiteral("Same CA as production."));
        shoot(wizard, out, QStringLiteral("wizard-save.png"));
        wizard->reject();
    } else {
        fail(QStringLiteral("no wizard"));
    }

    // A failed test: the server's certificate is not from the CA given.
    if (ConnectionWizard *wizard = openWizard(window)) {
        fillServer(wizard, servers.host(), servers.tlsPort(), ssl.user, ssl.password);
        clickNext(wizard);
        retype(wizard->securitySection()->caFilePicker()->lineEdit(),
               servers.path(Pki::OtherCaCert));
        if (!runWizardTest(wizard))
            fail(QStringLiteral("the failing test did not finish"));
        shoot(wizard, out, QStringLiteral("wizard-test-failed.png"));
        wizard->reject();
    }

    // Through an SSH jump host: the Server page's SSH section, unfolded, with an agent running.
    QProcess agent;
    const QString agentSocket = home.filePath(QStringLiteral("agent.sock"));
    agent.start(QStringLiteral("ssh-agent"),
                {QStringLiteral("-D"), QStringLiteral("-a"), agentSocket});
    if (!agent.waitForStarted() || !QTest::qWaitFor([&] { return QFile::exists(agentSocket); }))
        fail(QStringLiteral("no ssh-agent"));
    qputenv("SSH_AUTH_SOCK", agentSocket.toLocal8Bit());
    if (ConnectionWizard *wizard = openWizard(window)) {
        fillServer(wizard, QStringLiteral("orders-db.internal"), 3306, QStringLiteral("shop"),
                   ssl.password);
        SshSection *ssh = wizard->serverSection()->sshSection();
        ssh->enableBox()->click();
        retype(ssh->hostEdit(), QStringLiteral("bastion.example.com"));
        retype(ssh->userEdit(), QStringLiteral("deploy"));
        shoot(wizard, out, QStringLiteral("wizard-ssh.png"));
        if (!review.isEmpty()) {
            QDir(home.path()).mkpath(QStringLiteral(".ssh"));
            const QString key
                    = makeSshKey(home.filePath(QStringLiteral(".ssh/id_ed25519")),
                                 QStringLiteral("ed25519"), QStringLiteral("a passphrase"));
            ssh->authBox()->setCurrentIndex(ssh->authBox()->findData(int(SshJump::Auth::KeyFile)));
            if (!key.isEmpty())
                retype(ssh->keyFileEdit(), QStringLiteral("~/.ssh/id_ed25519"));
            shoot(wizard, review, QStringLiteral("wizard-ssh-key-file.png"));
            ssh->authBox()->setCurrentIndex(ssh->authBox()->findData(int(SshJump::Auth::Password)));
            retype(ssh->hostEdit(), QStringLiteral("bastion example"));
            shoot(wizard, review, QStringLiteral("wizard-ssh-password-problem.png"));
        }
        wizard->reject();
    } else {
        fail(QStringLiteral("no wizard"));
    }
    agent.kill();
    agent.waitForFinished();
    qunsetenv("SSH_AUTH_SOCK");

    // The jump host's key, when a test through it stopped there: unknown, then changed.
    Profile tunnel = makeProfile(QStringLiteral("Orders via bastion"),
                                 QStringLiteral("orders-db.internal"), 3306, QStringLiteral("shop"),
                                 SslMode::VerifyIdentity);
    tunnel.ssh = SshJump::parseDestination(QStringLiteral("deploy@bastion.example.com"));
    const QString hostKey = makeSshKey(home.filePath(QStringLiteral("ssh_host_ed25519_key")),
                                       QStringLiteral("ed25519"), QString());
    if (tunnel.ssh && !hostKey.isEmpty()) {
        const auto noRetry = [](const SshJumpPrompts::Answer &) {};
        SshJumpPrompts::ask(&window, tunnel,
                            hostKeySession(hostKey, GatewaySession::Failure::SshHostKeyUnknown),
                            QString(), noRetry);
        if (auto *dialog = visibleChild<SshHostKeyDialog>(&window)) {
            shoot(dialog, out, QStringLiteral("ssh-host-key.png"));
            dialog->reject();
        } else {
            fail(QStringLiteral("no host key dialog"));
        }
        if (!review.isEmpty()) {
            GatewaySession changed
                    = hostKeySession(hostKey, GatewaySession::Failure::SshHostKeyChanged);
            changed.ssh.recordedKeyType = QStringLiteral("ecdsa-sha2-nistp256");
            changed.ssh.recordedKeySha256
                    = QCryptographicHash::hash("an older key", QCryptographicHash::Sha256);
            changed.ssh.hostKeySource = QDir::home().filePath(QStringLiteral(".ssh/known_hosts"));
            SshJumpPrompts::ask(&window, tunnel, changed, QString(), noRetry);
            if (auto *dialog = visibleChild<SshHostKeyDialog>(&window)) {
                shoot(dialog, review, QStringLiteral("ssh-host-key-changed.png"));
                dialog->reject();
            }
        }
    }

    // A test through the fixture's sshd from the main window: its unknown key trusted, then the
    // report with the SSH stages.
    if (!review.isEmpty() && servers.hasSshd()) {
        qputenv("SSLCM_SSH_KNOWN_HOSTS",
                QFile::encodeName(home.filePath(QStringLiteral("user_known_hosts")) + u':'
                                  + home.filePath(QStringLiteral("sslcm_known_hosts"))));
        Profile through = makeProfile(QStringLiteral("Orders via the jump host"), servers.host(),
                                      servers.tlsPort(), ssl.user, SslMode::VerifyIdentity, ca);
        SshJump jump;
        jump.host = servers.sshHost();
        jump.port = quint16(servers.sshPort());
        jump.user = servers.sshUser();
        jump.auth = SshJump::Auth::KeyFile;
        jump.keyFile = servers.sshKeyFile(TestServers::SshKey::Plain);
        through.ssh = jump;
        if (!store.add(through))
            fail(QStringLiteral("could not add the tunnel profile"));
        secrets.writeBlocking(through.id, SecretKind::Password, ssl.password);
        QSignalSpy finished(&window, &MainWindow::testFinished);
        window.selectProfile(through.id);
        window.testCurrentProfile();
        if (!finished.wait(30000)
            || !QTest::qWaitFor([] { return visibleWindow(QStringLiteral("SshHostKeyDialog")); }))
            fail(QStringLiteral("no host key question through the fixture's sshd"));
        if (auto *dialog
            = qobject_cast<SshHostKeyDialog *>(visibleWindow(QStringLiteral("SshHostKeyDialog")))) {
            shoot(dialog, review, QStringLiteral("ssh-host-key-fixture.png"));
            dialog->trustButton()->click();
            if (!finished.wait(30000))
                fail(QStringLiteral("the test after trusting the key did not finish"));
            shoot(&window, review, QStringLiteral("main-window-ssh.png"));
        }
    }

    // Import: an option file as people have them, previewed before anything is stored.
    const QString cnf = home.filePath(QStringLiteral("my.cnf"));
    {
        QFile file(cnf);
        if (!file.open(QIODevice::WriteOnly)
            || file.write("[client]\nhost=orders.db.example.com\nuser=shop\n"
                          "ssl-mode=VERIFY_IDENTITY\nssl-ca=/etc/mysql/orders-ca.pem\n\n"
                          "[clientreports]\nhost=reports.db.example.com\nuser=reports\n"
                          "password=kept-in-clear-text\nssl-mode=REQUIRED\n"
                          "ssl-crl=/etc/mysql/crl.pem\n\n"
                          "[clientlegacy]\nhost=127.0.0.1\nport="
                          + QByteArray::number(servers.tlsPort()) + "\nuser=" + ssl.user.toUtf8()
                          + "\nssl-ca=" + QFile::encodeName(ca) + "\n")
                    < 0)
            fail(QStringLiteral("could not write the option file"));
    }
    window.importConnections();
    if (auto *import = visibleChild<ImportDialog>(&window)) {
        import->previewFile(cnf);
        shoot(import, out, QStringLiteral("import.png"));
        import->reject();
    } else {
        fail(QStringLiteral("no import dialog"));
    }

    // Export: the verified profile as Python code that keeps its verification level.
    window.selectProfile(verified.id);
    window.exportCurrentProfile();
    if (auto *exporter = visibleChild<ExportDialog>(&window)) {
        exporter->setFormat(ExportFormat::PyMySql);
        shoot(exporter, out, QStringLiteral("export.png"));
        exporter->reject();
    } else {
        fail(QStringLiteral("no export dialog"));
    }

    // The account TLS requirements dialog (the selected connection as the administrator's), for
    // an account that must present a client certificate from the company's CA.
    window.selectProfile(verified.id);
    window.showAccountRequirements();
    if (auto *require = visibleChild<AccountRequirementsDialog>(&window)) {
        const auto byName = [require](auto *type, const QString &name) {
            using T = std::remove_pointer_t<decltype(type)>;
            const auto widgets = require->findChildren<T *>();
            for (T *w : widgets) {
                if (w->accessibleName() == name)
                    return w;
            }
            fail(QStringLiteral("the REQUIRE dialog has no \"%1\"").arg(name));
            return static_cast<T *>(nullptr);
        };
        if (auto *user = byName(static_cast<QComboBox *>(nullptr), QStringLiteral("User name")))
            user->setEditText(QStringLiteral("shop_app"));
        if (auto *host = byName(static_cast<QLineEdit *>(nullptr), QStringLiteral("Host")))
            host->setText(QStringLiteral("10.0.%"));
        if (auto *db = byName(static_cast<QLineEdit *>(nullptr), QStringLiteral("Database")))
            db->setText(QStringLiteral("prod_database"));
        if (auto *rw = byName(static_cast<QPushButton *>(nullptr),
                              QStringLiteral("Select the read-write privileges")))
            rw->click();
        if (auto *requirement
            = byName(static_cast<QComboBox *>(nullptr), QStringLiteral("Requirement")))
            requirement->setCurrentIndex(2);
        if (auto *issuer = byName(static_cast<QLineEdit *>(nullptr), QStringLiteral("Issuer")))
            issuer->setText(QStringLiteral("/O=Example/CN=Example CA"));
        if (auto *subject = byName(static_cast<QLineEdit *>(nullptr), QStringLiteral("Subject")))
            subject->setText(QStringLiteral("/O=Example/CN=shop-app"));
        if (auto *type = byName(static_cast<QComboBox *>(nullptr), QStringLiteral("Server type")))
            type->setCurrentIndex(type->findData(QStringLiteral("mariadb")));
        shoot(require, out, QStringLiteral("account-requirements.png"));
        require->reject();
    } else {
        fail(QStringLiteral("no account requirements dialog"));
    }

    if (!review.isEmpty()) {
        // Download CA certificate, for a provider that publishes one and one that does not.
        CaDownloadDialog download(QStringLiteral("aws-rds"), &window);
        download.show();
        (void)QTest::qWaitForWindowExposed(&download);
        shoot(&download, review, QStringLiteral("ca-download-aws.png"));
        download.providerBox()->setCurrentIndex(
                download.providerBox()->findData(QStringLiteral("google-cloud-sql")));
        shoot(&download, review, QStringLiteral("ca-download-google.png"));
        // A download, from a local HTTPS server serving the test CA.
        const HttpsIdentity identity = HttpsIdentity::make(home.path(), QStringLiteral("https"));
        LocalHttpsServer https;
        QFile caFile(ca);
        if (identity.isNull() || !caFile.open(QIODevice::ReadOnly)
            || !https.start(identity, LocalHttpsServer::Behaviour::Serve, caFile.readAll()))
            fail(QStringLiteral("no local HTTPS server"));
        download.providerBox()->setCurrentIndex(
                download.providerBox()->findData(QStringLiteral("other")));
        download.setTrustedCertificates({identity.certificate});
        download.urlEdit()->setText(https.url(QStringLiteral("/ca.pem")).toString());
        QSignalSpy downloaded(&download, &CaDownloadDialog::downloadFinished);
        download.startDownload();
        if (!downloaded.wait(20000))
            fail(QStringLiteral("the download did not finish"));
        shoot(&download, review, QStringLiteral("ca-download-done.png"));
        download.reject();

        // Settings and About.
        window.showSettings();
        if (auto *settings = visibleChild<SettingsDialog>(&window)) {
            shoot(settings, review, QStringLiteral("settings.png"));
            settings->reject();
        } else {
            fail(QStringLiteral("no settings dialog"));
        }
        window.showAbout();
        if (auto *about = visibleChild<AboutDialog>(&window)) {
            shoot(about, review, QStringLiteral("about.png"));
            about->reject();
        } else {
            fail(QStringLiteral("no about dialog"));
        }

        // The profile editor, every tab.
        auto *editor = new ProfileEditorDialog(store, &secrets, verified, &window);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->show();
        if (auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("sections"))) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                shoot(editor, review, QStringLiteral("editor-tab%1.png").arg(i + 1));
            }
        }
        editor->reject();

        // Fetch server certificate.
        auto *fetch = new FetchCertificateDialog(encrypted, &window);
        fetch->setAttribute(Qt::WA_DeleteOnClose);
        QSignalSpy probed(fetch, &FetchCertificateDialog::probeFinished);
        fetch->open();
        fetch->start();
        if (!probed.wait(30000))
            fail(QStringLiteral("fetching the certificate did not finish"));
        shoot(fetch, review, QStringLiteral("fetch-certificate.png"));
        fetch->reject();

        // The certificate viewer, from the report's chain.
        window.selectProfile(verified.id);
        if (auto *view = window.findChild<QPushButton *>(QStringLiteral("viewChain"))) {
            view->click();
            if (QWidget *viewer = visibleWindow(QStringLiteral("certificatePreview")))
                shoot(viewer, review, QStringLiteral("viewer-from-report.png"));
            else
                fail(QStringLiteral("no certificate viewer"));
        }
    }
    // Fleet Health: every connection audited at once (with the login over verified TLS), then
    // the expiry timeline of every certificate the connections use.
    // Staging's CA file, made now (the screens above show it missing): three weeks left.
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), home.filePath(QStringLiteral("staging-ca.key")),
                       QStringLiteral("-out"), home.filePath(QStringLiteral("staging-ca.pem")),
                       QStringLiteral("-days"), QStringLiteral("21"), QStringLiteral("-subj"),
                       QStringLiteral("/O=Example/CN=Staging Root CA")});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            fail(QStringLiteral("openssl could not make the staging CA"));
    }
    window.showFleetHealth();
    if (auto *fleet = window.findChild<FleetHealthWindow *>()) {
        fleet->resize(1280, 660);
        (void)QTest::qWaitForWindowExposed(fleet);
        if (auto *login = fleet->findChild<QCheckBox *>(QStringLiteral("alsoLogIn")))
            login->setChecked(true);
        QSignalSpy audited(fleet, &FleetHealthWindow::auditFinished);
        fleet->auditAll();
        if (!audited.wait(60000))
            fail(QStringLiteral("the audit did not finish"));
        fleet->view()->setFocus();
        fleet->view()->selectRow(0);
        shoot(fleet, out, QStringLiteral("fleet-health.png"));
        if (auto *tabs = fleet->findChild<QTabWidget *>(QStringLiteral("fleetTabs")))
            tabs->setCurrentIndex(1);
        fleet->timeline()->setFocus();
        // The timeline reads the certificate files off the GUI thread.
        if (!QTest::qWaitFor([fleet] { return !fleet->timeline()->certificates().isEmpty(); },
                             10000))
            fail(QStringLiteral("the timeline stayed empty"));
        shoot(fleet, out, QStringLiteral("fleet-timeline.png"));
        fleet->close();
    } else {
        fail(QStringLiteral("no Fleet Health window"));
    }
    window.close();
    return failures == 0 ? 0 : 1;
}
