// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The connection wizard, end to end against the real TLS test server (CTest fixture "mariadb"),
// and its failure paths: wrong CA, a server without TLS, cancelling a stalled connect.
#include "FakeMysqlServer.h"
#include "MainWindow.h"
#include "TestServers.h"
#include "WizardDriver.h"
#include "profile/MemorySecretStore.h"
#include "profile/ProfileStore.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace WizardDriver;
using Server = TestServers::Server;
using Account = TestServers::Account;
using Pki = TestServers::Pki;

class tst_ConnectionWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void endToEndFromTheMainWindow();
    void unsavedPasswordIsReportedAsTyped();
    void wrongCaFailsThenBackFixesIt();
    void serverWithoutTlsIsRefused();
    void cancelDuringStalledConnect();
    void invalidInputKeepsNextDisabled();
    void ambiguousAddressNamesTheCanonicalForm_data();
    void ambiguousAddressNamesTheCanonicalForm();
    void verifyCaPresetAsksForTheCaFile();
    void presetFillsDefaultsAndCaveat();
    void passwordFromACommandLogsIn();
    void rdsPresetOffersIamSignIn();
    void keyboardAlone();

private:
    ConnectionWizard *openWizard();
    ConnectionReport runTest(ConnectionWizard *wizard);
    QJsonArray profilesOnDisk() const;

    TestServers m_servers;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ConnectionWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
}

void tst_ConnectionWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    m_store->load();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_window = std::make_unique<MainWindow>(*m_store);
    m_window->setSecretStore(m_secrets.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ConnectionWizard::cleanup()
{
    m_window.reset();
    m_secrets.reset();
    m_store.reset();
    m_dir.reset();
}

ConnectionWizard *tst_ConnectionWizard::openWizard()
{
    m_window->newProfile();
    ConnectionWizard *wizard = m_window->findChild<ConnectionWizard *>();
    if (wizard)
        (void)QTest::qWaitForWindowExposed(wizard);
    return wizard;
}

ConnectionReport tst_ConnectionWizard::runTest(ConnectionWizard *wizard)
{
    QSignalSpy finished(wizard->testPage(), &TestPage::testFinished);
    clickNext(wizard);
    if (wizard->currentId() != ConnectionWizard::TestPageId)
        return {};
    if (!finished.wait(20000))
        return {};
    return wizard->testPage()->reportView()->report();
}

QJsonArray tst_ConnectionWizard::profilesOnDisk() const
{
    QFile file(m_store->filePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
            .object()
            .value(QStringLiteral("profiles"))
            .toArray();
}

void tst_ConnectionWizard::endToEndFromTheMainWindow()
{
    ConnectionWizard *wizard = openWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(ConnectionWizard::ServerPageId));
    const auto account = m_servers.credentials(Account::Plain);
    fillServer(wizard, m_servers.host(), m_servers.tlsPort(), account.user, account.password);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    clickNext(wizard);
    QCOMPARE(wizard->currentId(), int(ConnectionWizard::SecurityPageId));

    SecuritySection *security = wizard->securitySection();
    QVERIFY(security->modeButton(SslMode::VerifyIdentity)->isChecked());
    const QString ca = m_servers.path(Pki::CaCert);
    retype(security->caFilePicker()->lineEdit(), ca);
    QVERIFY2(security->caFilePicker()->problem().isEmpty(),
             qPrintable(security->caFilePicker()->problem()));
    QVERIFY(!security->caFilePicker()->summaryText().isEmpty());

    const ConnectionReport report = runTest(wizard);
    QCOMPARE(report.verdict, ConnectionReport::Verdict::SecureVerified);
    // "Save the password" is on: the keychain is where it will be.
    QVERIFY(wizard->serverSection()->savePassword());
    QCOMPARE(report.passwordGiven, ConnectionReport::PasswordGiven::BySource);
    QCOMPARE(report.passwordSource, QStringLiteral("Saved in the keychain"));
    for (const TestReportView::ShownStage &row : wizard->testPage()->reportView()->shownStages()) {
        // A typed password needs no sign-in token: that stage alone is skipped.
        if (row.id == TestStage::Id::SignIn)
            continue;
        QCOMPARE(row.status, TestStage::Status::Passed);
        QCOMPARE(row.result->text(), QStringLiteral("passed"));
        QVERIFY(!row.icon->pixmap().isNull());
        QVERIFY(row.time->text().endsWith(QStringLiteral(" ms")));
    }
    QVERIFY(wizard->testPage()->reportView()->bannerText().contains(
            ConnectionReport::verdictText(ConnectionReport::Verdict::SecureVerified)));

    clickNext(wizard);
    QCOMPARE(wizard->currentId(), int(ConnectionWizard::SavePageId));
    QVERIFY(wizard->savePage()->testStatusText().contains(QStringLiteral("✓")));
    retype(wizard->savePage()->nameEdit(), QStringLiteral("Test server"));
    QTest::keyClicks(wizard->savePage()->notesEdit(), QStringLiteral("CA from the fixture"));
    QPointer<ConnectionWizard> guard(wizard);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());

    // In the store file...
    const QJsonArray onDisk = profilesOnDisk();
    QCOMPARE(onDisk.size(), 1);
    const QJsonObject saved = onDisk.at(0).toObject();
    QCOMPARE(saved.value(QStringLiteral("name")).toString(), QStringLiteral("Test server"));
    QCOMPARE(saved.value(QStringLiteral("host")).toString(), m_servers.host());
    QCOMPARE(saved.value(QStringLiteral("port")).toInt(), m_servers.tlsPort());
    QCOMPARE(saved.value(QStringLiteral("user")).toString(), account.user);
    QCOMPARE(saved.value(QStringLiteral("sslMode")).toString(), QStringLiteral("verify-identity"));
    QCOMPARE(saved.value(QStringLiteral("notes")).toString(),
             QStringLiteral("CA from the fixture"));
    QVERIFY(!QJsonDocument(saved).toJson().contains(account.password.toUtf8()));
    QCOMPARE(saved.value(QStringLiteral("lastTest"))
                     .toObject()
                     .value(QStringLiteral("verdict"))
                     .toString(),
             QStringLiteral("secure-verified"));
    // ...in the keychain...
    const QUuid id = QUuid::fromString(saved.value(QStringLiteral("id")).toString());
    const SecretResult password = m_secrets->readBlocking(id, SecretKind::Password);
    QVERIFY(password.ok());
    QCOMPARE(password.secret, account.password);
    // ...and in the list, selected.
    QCOMPARE(m_window->currentProfileId(), id);
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("profileView"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Test server"));
}

// "Save the password" off: the report says the password was typed in for this test, not that it
// is in the keychain, and the keychain gets nothing.
void tst_ConnectionWizard::unsavedPasswordIsReportedAsTyped()
{
    ConnectionWizard *wizard = openWizard();
    QVERIFY(wizard);
    const auto account = m_servers.credentials(Account::Plain);
    fillServer(wizard, m_servers.host(), m_servers.tlsPort(), account.user, account.password);
    wizard->serverSection()->savePasswordBox()->setChecked(false);
    clickNext(wizard);
    retype(wizard->securitySection()->caFilePicker()->lineEdit(), m_servers.path(Pki::CaCert));
    const ConnectionReport report = runTest(wizard);
    QCOMPARE(report.verdict, ConnectionReport::Verdict::SecureVerified);
    QCOMPARE(report.passwordGiven, ConnectionReport::PasswordGiven::Typed);
    QCOMPARE(report.passwordSource, QStringLiteral("Typed in for this test, not saved"));
    QVERIFY(m_secrets->keys().isEmpty());
}

void tst_ConnectionWizard::wrongCaFailsThenBackFixesIt()
{
    ConnectionWizard *wizard = openWizard();
    QVERIFY(wizard);
    const auto account = m_servers.credentials(Account::Plain);
    fillServer(wizard, m_servers.host(), m_servers.tlsPort(), account.user, account.password);
    clickNext(wizard);
    retype(wizard->securitySection()->caFilePicker()->lineEdit(), m_servers.path(Pki::OtherCaCert));

    ConnectionReport report = runTest(wizard);
    QCOMPARE(report.verdict, ConnectionReport::Verdict::Failed);
    QVERIFY(!report.gateway.credentialsForwarded);
    QVERIFY(!report.explanation.summary.isEmpty());
    QVERIFY(!report.explanation.nextSteps.isEmpty());
    auto *explanation
            = wizard->testPage()->reportView()->findChild<QLabel *>(QStringLiteral("explanation"));
    QVERIFY(explanation->isVisibleTo(wizard));
    // The summary is said once, in the banner, not again in the explanation under it.
    QCOMPARE(wizard->testPage()->reportView()->bannerText().count(report.explanation.summary), 1);
    QVERIFY(!explanation->text().contains(report.explanation.summary));
    QVERIFY(explanation->text().contains(report.explanation.nextSteps.first()));
    QCOMPARE(wizard->testPage()->reportView()->bannerTitle()->text(),
             ConnectionReport::verdictShortText(ConnectionReport::Verdict::Failed));

    // Back to the settings, fix the CA, test again.
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ConnectionWizard::SecurityPageId));
    retype(wizard->securitySection()->caFilePicker()->lineEdit(), m_servers.path(Pki::CaCert));
    report = runTest(wizard);
    QCOMPARE(report.verdict, ConnectionReport::Verdict::SecureVerified);
}

void tst_ConnectionWizard::serverWithoutTlsIsRefused()
{
    ConnectionWizard *wizard = openWizard();
    QVERIFY(wizard);
    const auto account = m_servers.credentials(Account::Plain);
    fillServer(wizard, m_servers.host(), m_servers.plainPort(), account.user, account.password);
    clickNext(wizard);
    retype(wizard->securitySection()->caFilePicker()->lineEdit(), m_servers.path(Pki::CaCert));
    const ConnectionReport report = runTest(wizard);
    QCOMPARE(report.verdict, ConnectionReport::Verdict::Failed);
    QCOMPARE(report.gateway.failure, GatewaySession::Failure::ServerOffersNoTls);
    QVERIFY(!report.gateway.credentialsForwarded);
    QVERIFY(report.explanation.summary.contains(QStringLiteral("TLS")));

    // Finishing anyway is allowed, and the last page says how the test went.
    clickNext(wizard);
    QCOMPARE(wizard->currentId(), int(ConnectionWizard::SavePageId));
    QVERIFY(wizard->savePage()->testStatusText().contains(
            ConnectionReport::verdictText(ConnectionReport::Verdict::Failed)));
}

void tst_ConnectionWizard::cancelDuringStalledConnect()
{
    FakeMysqlServer::Script script;
    script.greeting = FakeMysqlServer::GreetingKind::Nothing;
    FakeMysqlServer silent(script);
    QVERIFY2(silent.listen(), qPrintable(silent.errorString()));

    ConnectionWizard *wizard = openWizard();
    QVERIFY(wizard);
    fillServer(wizard, QStringLiteral("127.0.0.1"), silent.port(), QStringLiteral("app"),
               QStringLiteral("secret"));
    clickNext(wizard);
    clickNext(wizard);
    QCOMPARE(wizard->currentId(), int(ConnectionWizard::TestPageId));
    TestPage *page = wizard->testPage();
    QVERIFY(page->isRunning());
    // Next waits for the test; Stop is offered.
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    const int greeting = int(TestStage::all().indexOf(TestStage::Id::Greeting));
    QTRY_VERIFY(page->reportView()->shownStages().at(greeting).result->text().contains(
            QStringLiteral("running")));
    QTRY_COMPARE(silent.connectionCount(), 1);

    // Stopped by the click itself, not later by the connect timeout.
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    QVERIFY(!page->isRunning());
    QCOMPARE(page->reportView()->report().verdict, ConnectionReport::Verdict::Cancelled);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(silent.capture(0).received.isEmpty());

    clickNext(wizard);
    QVERIFY(wizard->savePage()->testStatusText().contains(QStringLiteral("not been tested")));
}

void tst_ConnectionWizard::invalidInputKeepsNextDisabled()
{
    ConnectionWizard *wizard = openWizard();
    QVERIFY(wizard);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled()); // host and user are required
    ServerSection *s = wizard->serverSection();
    auto *hostProblem = s->findChild<QLabel *>(QStringLiteral("hostProblem"));
    auto *portProblem = s->findChild<QLabel *>(QStringLiteral("portProblem"));

    fillServer(wizard, QStringLiteral("db.example.com:3307"), 3306, QStringLiteral("app"));
    QVERIFY(!next->isEnabled());
    QVERIFY(hostProblem->isVisibleTo(wizard));
    QVERIFY2(hostProblem->text().contains(QStringLiteral("Port field")),
             qPrintable(hostProblem->text()));

    retype(s->hostEdit(), QStringLiteral("mysql://db.example.com"));
    QVERIFY(hostProblem->text().contains(QStringLiteral("mysql://")));
    QVERIFY(!next->isEnabled());

    retype(s->hostEdit(), QStringLiteral("db.example.com"));
    QVERIFY(!hostProblem->isVisibleTo(wizard));
    QVERIFY(next->isEnabled());

    retype(s->portEdit(), QStringLiteral("70000"));
    QVERIFY(!next->isEnabled());
    QVERIFY(portProblem->text().contains(QStringLiteral("65535")));
    retype(s->portEdit(), QStringLiteral("33o6"));
    QVERIFY(portProblem->text().contains(QStringLiteral("number")));
    retype(s->portEdit(), QStringLiteral("3306"));
    QVERIFY(next->isEnabled());

    // A client certificate without its key cannot go on, and says why.
    clickNext(wizard);
    SecuritySection *security = wizard->securitySection();
    QVERIFY(next->isEnabled());
    retype(security->clientCertificatePicker()->lineEdit(), m_servers.path(Pki::ClientCert));
    QVERIFY(!next->isEnabled());
    QVERIFY(security->problems().join(QLatin1Char(' ')).contains(QStringLiteral("private key")));
    retype(security->clientKeyPicker()->lineEdit(), m_servers.path(Pki::ClientKey));
    QVERIFY(next->isEnabled());
    // A missing CA file is named as such.
    retype(security->caFilePicker()->lineEdit(), m_dir->filePath(QStringLiteral("nope.pem")));
    QVERIFY(!next->isEnabled());
    QVERIFY(!security->caFilePicker()->problem().isEmpty());
    // A key where a CA certificate belongs is named as such.
    retype(security->caFilePicker()->lineEdit(), m_servers.path(Pki::ClientKey));
    QVERIFY(!next->isEnabled());
    QVERIFY(!security->caFilePicker()->problem().isEmpty());
}

void tst_ConnectionWizard::ambiguousAddressNamesTheCanonicalForm_data()
{
    QTest::addColumn<QString>("host");
    for (const char *spelling :
         {"127.2", "2130706434", "0x7f000002", "0x7f.0.0.2", "127.0.2", "0177.0.0.2"})
        QTest::newRow(spelling) << QString::fromLatin1(spelling);
}

// While typing: the message under the field names the address the resolver would use, and Next
// stays off until the host is written so that every program reads it the same way.
void tst_ConnectionWizard::ambiguousAddressNamesTheCanonicalForm()
{
    QFETCH(QString, host);
    ConnectionWizard *wizard = openWizard();
    QVERIFY(wizard);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    auto *hostProblem = wizard->serverSection()->findChild<QLabel *>(QStringLiteral("hostProblem"));
    fillServer(wizard, host, m_servers.tlsPort(), QStringLiteral("app"));
    QVERIFY(hostProblem->isVisibleTo(wizard));
    QVERIFY2(hostProblem->text().contains(QStringLiteral("Write 127.0.0.2")),
             qPrintable(hostProblem->text()));
    QVERIFY(!next->isEnabled());
    clickNext(wizard);
    QCOMPARE(wizard->currentId(), int(ConnectionWizard::ServerPageId));

    retype(wizard->serverSection()->hostEdit(), QStringLiteral("127.0.0.2"));
    QVERIFY(!hostProblem->isVisibleTo(wizard));
    QVERIFY(next->isEnabled());
}

// Google Cloud SQL's preset defaults to Verify CA: the Security page asks for the instance's CA
// file, says why, and cannot go on without it (or without choosing Verify CA and host name).
void tst_ConnectionWizard::verifyCaPresetAsksForTheCaFile()
{
    ConnectionWizard *wizard = openWizard();
    QVERIFY(wizard);
    QComboBox *presets = wizard->serverSection()->presetBox();
    const int index = presets->findData(int(ConnectionPreset::Id::GoogleCloudSql));
    presets->setCurrentIndex(index);
    Q_EMIT presets->activated(index);
    fillServer(wizard, m_servers.host(), m_servers.tlsPort(), QStringLiteral("app"));
    clickNext(wizard);
    QCOMPARE(wizard->currentId(), int(ConnectionWizard::SecurityPageId));

    SecuritySection *security = wizard->securitySection();
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    auto *problems = wizard->page(ConnectionWizard::SecurityPageId)
                             ->findChild<QLabel *>(QStringLiteral("problems"));
    QVERIFY(security->modeButton(SslMode::VerifyCa)->isChecked());
    QVERIFY(!next->isEnabled());
    QVERIFY(problems->isVisibleTo(wizard));
    QVERIFY2(problems->text().contains(Profile::verifyCaNeedsCaProblem()),
             qPrintable(problems->text()));
    // The empty CA field asks for the file instead of promising the system's CAs.
    QVERIFY2(!security->caFilePicker()->summaryText().contains(QLatin1String("system")),
             qPrintable(security->caFilePicker()->summaryText()));
    QVERIFY(security->caFilePicker()->lineEdit()->placeholderText().startsWith(
            QLatin1String("Required")));
    // The CA file and the provider's download are on this page, reachable by keyboard.
    QVERIFY(security->caFilePicker()->lineEdit()->isEnabled());
    QVERIFY(security->downloadCaButton()->isEnabled());
    clickNext(wizard);
    QCOMPARE(wizard->currentId(), int(ConnectionWizard::SecurityPageId));

    retype(security->caFilePicker()->lineEdit(), m_servers.path(Pki::CaCert));
    QVERIFY(!problems->isVisibleTo(wizard));
    QVERIFY(next->isEnabled());
    QCOMPARE(wizard->profile().caFile, m_servers.path(Pki::CaCert));

    // Without a CA, the other real choice: the name check with the system's CAs.
    retype(security->caFilePicker()->lineEdit(), QString());
    QVERIFY(!next->isEnabled());
    security->modeButton(SslMode::VerifyIdentity)->click();
    QVERIFY(next->isEnabled());
    QVERIFY(wizard->profile().connectionProblems().isEmpty());
    QVERIFY(security->caFilePicker()->summaryText().contains(QLatin1String("system")));
}

void tst_ConnectionWizard::presetFillsDefaultsAndCaveat()
{
    ConnectionWizard *wizard = openWizard();
    QVERIFY(wizard);
    ServerSection *s = wizard->serverSection();
    QComboBox *presets = s->presetBox();
    auto *caveat = s->findChild<QLabel *>(QStringLiteral("caveat"));
    const auto choose = [&](ConnectionPreset::Id id) {
        const int index = presets->findData(int(id));
        presets->setCurrentIndex(index);
        Q_EMIT presets->activated(index);
    };
    choose(ConnectionPreset::Id::GoogleCloudSql);
    QVERIFY(wizard->securitySection()->modeButton(SslMode::VerifyCa)->isChecked());
    QVERIFY(caveat->text().contains(QStringLiteral("instance connection name")));
    choose(ConnectionPreset::Id::DigitalOcean);
    QCOMPARE(s->portEdit()->text(), QStringLiteral("25060"));
    QVERIFY(wizard->securitySection()->modeButton(SslMode::VerifyIdentity)->isChecked());
    choose(ConnectionPreset::Id::AwsRds);
    QVERIFY(caveat->text().contains(QStringLiteral("global")));
    QCOMPARE(s->portEdit()->text(), QStringLiteral("3306"));
    choose(ConnectionPreset::Id::Local);
    QCOMPARE(s->hostEdit()->text(), QStringLiteral("127.0.0.1"));
}

// The password comes from a command the wizard runs (no shell): the real server accepts it, the
// report shows the sign-in step, and nothing goes to the keychain.
void tst_ConnectionWizard::passwordFromACommandLogsIn()
{
    ConnectionWizard *wizard = openWizard();
    QVERIFY(wizard);
    const auto account = m_servers.credentials(Account::Plain);
    fillServer(wizard, m_servers.host(), m_servers.tlsPort(), account.user);
    ServerSection *s = wizard->serverSection();
    QComboBox *source = s->passwordSourceBox();
    const int command = source->findData(int(PasswordSource::Kind::Command));
    source->setCurrentIndex(command);
    Q_EMIT source->activated(command);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // the command is required
    QTest::keyClicks(s->commandEdit(), QStringLiteral("printf %s ") + account.password);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    clickNext(wizard);
    retype(wizard->securitySection()->caFilePicker()->lineEdit(), m_servers.path(Pki::CaCert));

    const ConnectionReport report = runTest(wizard);
    QCOMPARE(report.verdict, ConnectionReport::Verdict::SecureVerified);
    QCOMPARE(report.stage(TestStage::Id::SignIn).status, TestStage::Status::Passed);

    clickNext(wizard);
    retype(wizard->savePage()->nameEdit(), QStringLiteral("From a command"));
    QPointer<ConnectionWizard> guard(wizard);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    const QJsonObject saved = profilesOnDisk().at(0).toObject();
    const QJsonObject savedSource = saved.value(QStringLiteral("passwordSource")).toObject();
    QCOMPARE(savedSource.value(QStringLiteral("kind")).toString(), QStringLiteral("command"));
    QCOMPARE(savedSource.value(QStringLiteral("command")).toArray().first().toString(),
             QStringLiteral("printf"));
    QVERIFY(m_secrets->keys().isEmpty());
}

// The RDS preset offers IAM sign-in: choosing it sets the source and a mode that verifies the
// server; a mode that does not is refused on the Security page, where it is chosen.
void tst_ConnectionWizard::rdsPresetOffersIamSignIn()
{
    ConnectionWizard *wizard = openWizard();
    QVERIFY(wizard);
    ServerSection *s = wizard->serverSection();
    QCheckBox *signIn = s->presetSignInBox();
    QVERIFY(!signIn->isVisibleTo(wizard));
    QComboBox *presets = s->presetBox();
    const int rds = presets->findData(int(ConnectionPreset::Id::AwsRds));
    presets->setCurrentIndex(rds);
    Q_EMIT presets->activated(rds);
    QVERIFY(signIn->isVisibleTo(wizard));
    QVERIFY(signIn->text().contains(QStringLiteral("IAM")));
    QVERIFY(!signIn->isChecked());
    fillServer(wizard, QStringLiteral("orders.abcdefghij.eu-west-1.rds.amazonaws.com"), 3306,
               QStringLiteral("iam_user"));
    clickNext(wizard);
    SecuritySection *security = wizard->securitySection();
    security->modeButton(SslMode::Required)->click();
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);

    QTest::mouseClick(signIn, Qt::LeftButton);
    QCOMPARE(s->passwordSourceKind(), PasswordSource::Kind::AwsIam);
    QVERIFY(s->awsRegionEdit()->isVisibleTo(wizard));
    QVERIFY(s->awsRegionEdit()->placeholderText().contains(QStringLiteral("eu-west-1")));
    QVERIFY(security->modeButton(SslMode::VerifyIdentity)->isChecked());
    QCOMPARE(wizard->profile().passwordSource.kind, PasswordSource::Kind::AwsIam);
    QVERIFY(wizard->profile().connectionProblems().isEmpty());

    // Back to a mode that would expose the token: the Server page says so, and the Security
    // page, where the fix is, does not go on.
    clickNext(wizard);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    auto *problems = wizard->page(ConnectionWizard::SecurityPageId)
                             ->findChild<QLabel *>(QStringLiteral("problems"));
    QVERIFY(next->isEnabled());
    security->modeButton(SslMode::Required)->click();
    QVERIFY(!next->isEnabled());
    const QString problem = PasswordSource::clearTextNeedsVerifiedServerProblem(SslMode::Required);
    QVERIFY(problems->isVisibleTo(wizard));
    QVERIFY2(problems->text().contains(problem), qPrintable(problems->text()));
    QCOMPARE(s->verificationProblem(), problem);
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    auto *sourceProblem = s->findChild<QLabel *>(QStringLiteral("sourceProblem"));
    QVERIFY(sourceProblem->isVisibleTo(wizard));
    QVERIFY(next->isEnabled()); // the fix is on the next page
    // Unticking the sign-in goes back to a password.
    QTest::mouseClick(signIn, Qt::LeftButton);
    QCOMPARE(s->passwordSourceKind(), PasswordSource::Kind::Keychain);
    QVERIFY(!sourceProblem->isVisibleTo(wizard));
}

void tst_ConnectionWizard::keyboardAlone()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findChild<ConnectionWizard *>());
    ConnectionWizard *wizard = m_window->findChild<ConnectionWizard *>();
    // The offscreen platform does not activate new windows by itself.
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    QTRY_COMPARE(QApplication::focusWidget()->window(), static_cast<QWidget *>(wizard));

    // Tab from field to field, typing where a person would.
    const auto account = m_servers.credentials(Account::Plain);
    const QHash<QString, QString> typed
            = {{QStringLiteral("host"), m_servers.host()},
               {QStringLiteral("port"), QString::number(m_servers.tlsPort())},
               {QStringLiteral("user"), account.user},
               {QStringLiteral("password"), account.password}};
    QSet<QString> visited;
    for (int i = 0; i < 30 && visited.size() < typed.size(); ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (typed.contains(focus->objectName()) && !visited.contains(focus->objectName())) {
            auto *edit = qobject_cast<QLineEdit *>(focus);
            QVERIFY(edit);
            QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(edit, typed.value(focus->objectName()));
            visited.insert(focus->objectName());
        }
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QCOMPARE(visited.size(), typed.size());
    // Enter is "Next".
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(wizard->currentId(), int(ConnectionWizard::SecurityPageId));
    // The CA field has a mnemonic: Alt+C.
    QTest::keyClick(wizard, Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(wizard->securitySection()->caFilePicker()->lineEdit()));
    QTest::keyClicks(QApplication::focusWidget(), m_servers.path(Pki::CaCert));
    QSignalSpy finished(wizard->testPage(), &TestPage::testFinished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(wizard->currentId(), int(ConnectionWizard::TestPageId));
    QVERIFY(finished.wait(20000));
    QCOMPARE(wizard->testPage()->reportView()->report().verdict,
             ConnectionReport::Verdict::SecureVerified);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(wizard->currentId(), int(ConnectionWizard::SavePageId));
    QTRY_COMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(wizard->savePage()->nameEdit()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Typed"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_store->count(), 1);
    QCOMPARE(m_store->profiles().first().name, QStringLiteral("Typed"));
    QCOMPARE(m_store->profiles().first().caFile, m_servers.path(Pki::CaCert));
}

QTEST_MAIN(tst_ConnectionWizard)
#include "tst_connectionwizard.moc"
