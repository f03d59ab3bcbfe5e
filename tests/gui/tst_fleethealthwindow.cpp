// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditFixtures.h"
#include "FakeMysqlServer.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestServers.h"
#include "accounts/AccountRequirementsDialog.h"
#include "audit/AuditHistory.h"
#include "audit/AuditResultsFilter.h"
#include "audit/AuditResultsModel.h"
#include "audit/ExpiryTimeline.h"
#include "audit/FleetHealthWindow.h"
#include "profile/MemorySecretStore.h"
#include "profile/ProfileStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace AuditFixtures;
using Server = TestServers::Server;
using Pki = TestServers::Pki;

class tst_FleetHealthWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void modelStreamsRowsAndReplacesThem();
    void lastAuditShownWithItsAge();
    void sortsByNextExpiry();
    void filtersByTextAndSeverity();
    void cellsHaveIconsWordsAndTooltips();
    void detailsPaneListsFindings();
    void accountRequirementsOpenForTheSelectedServer();
    void warnDaysFollowTheSetting();
    void mainWindowOpensFleetHealth();
    void auditsTheFixtureServers();
    void cancelEndsTheRun();
    void alsoLogInReadsTheKeychainFirst();

private:
    // Results of three connections: a failure (expired), a warning (expires soon, TLS 1.0,
    // accounts without TLS) and one that is fine.
    QList<AuditResult> synthetic();
    std::unique_ptr<FleetHealthWindow> openWindow();
    QStringList column(FleetHealthWindow &window, int column) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    Profile m_expired;
    Profile m_soon;
    Profile m_fine;
    QDateTime m_now;
};

void tst_FleetHealthWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_now = QDateTime::currentDateTimeUtc();
}

void tst_FleetHealthWindow::init()
{
    QSettings().clear();
    QFile::remove(AuditHistory().path());
    m_store = std::make_unique<ProfileStore>(m_dir.filePath(
            QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".json")));
    m_store->load();
    m_expired = profile(QStringLiteral("Archive"), QStringLiteral("archive.example"));
    m_soon = profile(QStringLiteral("Billing"), QStringLiteral("billing.example"));
    m_fine = profile(QStringLiteral("Customers"), QStringLiteral("customers.example"));
    for (const Profile &p : {m_expired, m_soon, m_fine})
        QVERIFY(m_store->add(p));
}

void tst_FleetHealthWindow::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w))
            delete w;
    }
    m_store.reset();
}

QList<AuditResult> tst_FleetHealthWindow::synthetic()
{
    const auto certificate = [this](const QString &cn, int days) {
        AuditCertificate c;
        c.subject = QStringLiteral("CN=") + cn;
        c.notBefore = m_now.addDays(-300);
        c.notAfter = m_now.addDays(days);
        c.sha256 = QCryptographicHash::hash(cn.toUtf8(), QCryptographicHash::Sha256);
        return c;
    };
    AuditResult expired
            = result(m_expired,
                     {finding("certificate-expiry", AuditSeverity::Failure,
                              QStringLiteral("The server certificate expired 3 days ago"),
                              QStringLiteral("Install a new certificate on the server")),
                      finding("verification", AuditSeverity::Failure,
                              QStringLiteral("certificate has expired"))},
                     {certificate(QStringLiteral("archive.example"), -3)});
    expired.verified = false;
    AuditResult soon = result(m_soon,
                              {finding("certificate-expiry", AuditSeverity::Warning,
                                       QStringLiteral("The server certificate expires in 12 days"),
                                       QStringLiteral("Renew it before it expires")),
                               finding("tls-versions", AuditSeverity::Warning,
                                       QStringLiteral("The server still accepts TLS 1.0"),
                                       QStringLiteral("Set tls_version = TLSv1.2,TLSv1.3")),
                               finding("accounts-without-tls", AuditSeverity::Warning,
                                       QStringLiteral("2 accounts can log in without TLS"),
                                       QStringLiteral("ALTER USER ... REQUIRE SSL"))},
                              {certificate(QStringLiteral("billing.example"), 12)});
    soon.protocols[0].state = AuditProtocolSupport::State::Accepted;
    soon.loginAttempted = true;
    soon.loggedIn = true;
    soon.accountsWithoutTls
            = QList<AuditAccount> {{QStringLiteral("app"), QStringLiteral("%")},
                                   {QStringLiteral("report"), QStringLiteral("10.%")}};
    soon.plainSessions = QList<AuditPlainSessions> {};
    AuditResult fine = result(m_fine,
                              {finding("verification", AuditSeverity::Ok,
                                       QStringLiteral("Verified against the CA file"))},
                              {certificate(QStringLiteral("customers.example"), 300)});
    return {fine, expired, soon};
}

std::unique_ptr<FleetHealthWindow> tst_FleetHealthWindow::openWindow()
{
    auto window = std::make_unique<FleetHealthWindow>(*m_store, nullptr);
    window->setNow(m_now);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

QStringList tst_FleetHealthWindow::column(FleetHealthWindow &window, int column) const
{
    QStringList values;
    QAbstractItemModel *model = window.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

void tst_FleetHealthWindow::modelStreamsRowsAndReplacesThem()
{
    AuditResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditResultsFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const QList<AuditResult> results = synthetic();
    for (const AuditResult &r : results)
        model.addResult(r);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 3);
    // The same connection audited again replaces its row.
    AuditResult again = results.at(1);
    again.findings.clear();
    again.verified = true;
    model.addResult(again);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, AuditResultsModel::SeverityColumn).data().toString(),
             AuditSeverities::displayName(AuditSeverity::Ok));
    QCOMPARE(model.columnCount(), int(AuditResultsModel::ColumnCount));
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
}

void tst_FleetHealthWindow::lastAuditShownWithItsAge()
{
    {
        auto window = openWindow();
        QCOMPARE(window->model()->rowCount(), 0);
        QVERIFY(window->lastAuditText().contains(QLatin1String("Never")));
    }
    QCOMPARE(AuditHistory().save(synthetic(), 30, m_now.addSecs(-3 * 3600 - 60)), QString());
    auto window = openWindow();
    QCOMPARE(window->model()->rowCount(), 3);
    QVERIFY2(window->lastAuditText().startsWith(QLatin1String("Last audit: 3 hour")),
             qPrintable(window->lastAuditText()));
    QCOMPARE(window->summaryText(), AuditSummary::of(synthetic(), 30, m_now).text(30));
    // The numbers a DBA reads first.
    QVERIFY2(window->summaryText().contains(QLatin1String("TLS 1.0 or 1.1")),
             qPrintable(window->summaryText()));
    // The timeline shows the servers' certificates from the last audit.
    QTRY_COMPARE(window->timeline()->certificates().size(), 3);
    QCOMPARE(window->timeline()->laneNames().size(), 3);
}

void tst_FleetHealthWindow::sortsByNextExpiry()
{
    QCOMPARE(AuditHistory().save(synthetic(), 30, m_now), QString());
    auto window = openWindow();
    QHeaderView *header = window->view()->horizontalHeader();
    // Soonest first: expired, then 12 days, then 300 days.
    window->view()->sortByColumn(AuditResultsModel::NextExpiryColumn, Qt::AscendingOrder);
    QCOMPARE(column(*window, AuditResultsModel::ProfileColumn),
             QStringList({QStringLiteral("Archive"), QStringLiteral("Billing"),
                          QStringLiteral("Customers")}));
    QVERIFY(column(*window, AuditResultsModel::NextExpiryColumn)
                    .at(0)
                    .contains(QLatin1String("expired")));
    // A click on the header turns it round.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(AuditResultsModel::NextExpiryColumn)
                                     + header->sectionSize(AuditResultsModel::NextExpiryColumn) / 2,
                             header->height() / 2));
    QCOMPARE(column(*window, AuditResultsModel::ProfileColumn),
             QStringList({QStringLiteral("Customers"), QStringLiteral("Billing"),
                          QStringLiteral("Archive")}));
    // By severity, worst first.
    window->view()->sortByColumn(AuditResultsModel::SeverityColumn, Qt::DescendingOrder);
    QCOMPARE(column(*window, AuditResultsModel::ProfileColumn).first(), QStringLiteral("Archive"));
    QCOMPARE(column(*window, AuditResultsModel::ProfileColumn).last(), QStringLiteral("Customers"));
    // Counts sort as numbers, "not checked" before any.
    window->view()->sortByColumn(AuditResultsModel::AccountsColumn, Qt::DescendingOrder);
    QCOMPARE(column(*window, AuditResultsModel::AccountsColumn).first(), QStringLiteral("2"));
}

void tst_FleetHealthWindow::filtersByTextAndSeverity()
{
    QCOMPARE(AuditHistory().save(synthetic(), 30, m_now), QString());
    auto window = openWindow();
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("search"));
    auto *severity = window->findChild<QComboBox *>(QStringLiteral("severityFilter"));
    QVERIFY(search && severity);
    QVERIFY(!search->accessibleName().isEmpty());
    QVERIFY(!severity->accessibleName().isEmpty());
    QTest::keyClicks(search, QStringLiteral("bill"));
    QCOMPARE(column(*window, AuditResultsModel::ProfileColumn),
             QStringList({QStringLiteral("Billing")}));
    // Findings are searched too.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("TLS 1.0"));
    QCOMPARE(column(*window, AuditResultsModel::ProfileColumn),
             QStringList({QStringLiteral("Billing")}));
    search->clear();
    QCOMPARE(window->view()->model()->rowCount(), 3);
    severity->setCurrentIndex(
            severity->findData(int(AuditResultsFilter::SeverityFilter::Failures)));
    QCOMPARE(column(*window, AuditResultsModel::ProfileColumn),
             QStringList({QStringLiteral("Archive")}));
    severity->setCurrentIndex(
            severity->findData(int(AuditResultsFilter::SeverityFilter::Problems)));
    QCOMPARE(window->view()->model()->rowCount(), 2);
    severity->setCurrentIndex(severity->findData(int(AuditResultsFilter::SeverityFilter::Ok)));
    QCOMPARE(column(*window, AuditResultsModel::ProfileColumn),
             QStringList({QStringLiteral("Customers")}));
}

void tst_FleetHealthWindow::cellsHaveIconsWordsAndTooltips()
{
    AuditResultsModel model;
    model.setNow(m_now);
    model.setResults(synthetic());
    const QModelIndex billingOldTls = model.index(2, AuditResultsModel::OldTlsColumn);
    QCOMPARE(billingOldTls.data().toString(), QStringLiteral("Yes: TLS 1.0"));
    QVERIFY(!billingOldTls.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(billingOldTls.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("still accepts TLS 1.0")));
    QVERIFY(billingOldTls.data(Qt::ToolTipRole).toString().contains(QLatin1String("tls_version")));
    QVERIFY(billingOldTls.data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QLatin1String("Warning")));
    const QModelIndex billingExpiry = model.index(2, AuditResultsModel::NextExpiryColumn);
    QVERIFY2(billingExpiry.data().toString().contains(QLatin1String("in 12 day")),
             qPrintable(billingExpiry.data().toString()));
    QCOMPARE(billingExpiry.data(AuditResultsModel::SeverityRole).toInt(),
             int(AuditSeverity::Warning));
    QCOMPARE(model.index(1, AuditResultsModel::VerifiedColumn).data().toString(),
             QStringLiteral("Not verified"));
    QCOMPARE(model.index(0, AuditResultsModel::VerifiedColumn).data().toString(),
             QStringLiteral("Verified"));
    // No login: accounts were not looked at, and the cell says how to.
    QCOMPARE(model.index(0, AuditResultsModel::AccountsColumn).data().toString(),
             QStringLiteral("Not checked"));
    QVERIFY(model.index(0, AuditResultsModel::AccountsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Also log in")));
    QCOMPARE(model.index(2, AuditResultsModel::AccountsColumn).data().toString(),
             QStringLiteral("2"));
    QCOMPARE(model.index(2, AuditResultsModel::SessionsColumn).data().toString(),
             QStringLiteral("0"));
    // Seen a month later, 12 days left has become expired: the clock decides.
    model.setNow(m_now.addDays(30));
    QCOMPARE(billingExpiry.data(AuditResultsModel::SeverityRole).toInt(),
             int(AuditSeverity::Failure));
}

void tst_FleetHealthWindow::detailsPaneListsFindings()
{
    QCOMPARE(AuditHistory().save(synthetic(), 30, m_now), QString());
    auto window = openWindow();
    window->view()->sortByColumn(AuditResultsModel::ProfileColumn, Qt::AscendingOrder);
    auto *accounts = window->findChild<QPushButton *>(QStringLiteral("accountRequirements"));
    QVERIFY(accounts);
    window->view()->selectRow(2); // Customers
    QCOMPARE(window->findingsModel()->rowCount(), 1);
    QVERIFY(accounts->isHidden());
    window->view()->selectRow(1); // Billing: 3 findings and the 2 accounts
    QStandardItemModel *findings = window->findingsModel();
    QCOMPARE(findings->rowCount(), 5);
    QCOMPARE(findings->item(0, 0)->text(), AuditSeverities::displayName(AuditSeverity::Warning));
    QStringList summaries;
    for (int row = 0; row < findings->rowCount(); ++row)
        summaries << findings->item(row, 1)->text();
    QVERIFY(summaries.contains(QStringLiteral("The server still accepts TLS 1.0")));
    QVERIFY(summaries.join(QLatin1Char('\n')).contains(QLatin1String("'report'@'10.%'")));
    QCOMPARE(findings->item(0, 2)->text().isEmpty(), false);
    QVERIFY(!accounts->isHidden());
    QVERIFY(!accounts->accessibleName().isEmpty());
}

void tst_FleetHealthWindow::accountRequirementsOpenForTheSelectedServer()
{
    QCOMPARE(AuditHistory().save(synthetic(), 30, m_now), QString());
    auto window = openWindow();
    window->view()->sortByColumn(AuditResultsModel::ProfileColumn, Qt::AscendingOrder);
    window->view()->selectRow(1); // Billing
    auto *accounts = window->findChild<QPushButton *>(QStringLiteral("accountRequirements"));
    QTest::mouseClick(accounts, Qt::LeftButton);
    auto *dialog = window->findChild<AccountRequirementsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // The REQUIRE helper connects through that server's connection.
    bool chosen = false;
    for (auto *combo : dialog->findChildren<QComboBox *>())
        chosen = chosen || combo->currentData().toUuid() == m_soon.id;
    QVERIFY(chosen);
}

void tst_FleetHealthWindow::warnDaysFollowTheSetting()
{
    QCOMPARE(AuditHistory().save(synthetic(), 30, m_now), QString());
    auto window = openWindow();
    auto *days = window->findChild<QSpinBox *>(QStringLiteral("warnDays"));
    auto *login = window->findChild<QCheckBox *>(QStringLiteral("alsoLogIn"));
    QVERIFY(days && login);
    QVERIFY(!login->isChecked());
    QVERIFY(!login->accessibleName().isEmpty());
    QCOMPARE(days->value(), 30);
    days->setValue(7);
    QCOMPARE(Settings::load().expiryWarnDays, 7);
    // 12 days left is no longer "soon".
    QCOMPARE(window->summaryText(), AuditSummary::of(synthetic(), 7, m_now).text(7));
    QCOMPARE(window->model()->warnDays(), 7);
}

void tst_FleetHealthWindow::mainWindowOpensFleetHealth()
{
    MainWindow main(*m_store);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    auto *action = main.findChild<QAction *>(QStringLiteral("actionFleetHealth"));
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    action->trigger();
    auto *window = main.findChild<FleetHealthWindow *>();
    QVERIFY(window);
    QTRY_VERIFY(window->isVisible());
    // Again: the same window comes forward.
    action->trigger();
    QCOMPARE(main.findChildren<FleetHealthWindow *>().size(), 1);
    window->close();
}

void tst_FleetHealthWindow::auditsTheFixtureServers()
{
    const TestServers servers = TestServers::fromEnvironment();
    QVERIFY2(servers.isValid(), qPrintable(servers.errorString()));
    ProfileStore store(m_dir.filePath(QStringLiteral("fixture.json")));
    store.load();
    Profile tls
            = profile(QStringLiteral("Fixture TLS"), servers.host(), quint16(servers.tlsPort()));
    tls.sslMode = SslMode::VerifyCa;
    tls.caFile = servers.path(Pki::CaCert);
    Profile plain = profile(QStringLiteral("Fixture plain"), servers.host(),
                            quint16(servers.plainPort()));
    plain.sslMode = SslMode::Required;
    QVERIFY(store.add(tls));
    QVERIFY(store.add(plain));

    auto window = std::make_unique<FleetHealthWindow>(store, nullptr);
    window->show();
    QSignalSpy finished(window.get(), &FleetHealthWindow::auditFinished);
    QSignalSpy inserted(window->model(), &QAbstractItemModel::rowsInserted);
    auto *auditAll = window->findChild<QPushButton *>(QStringLiteral("auditAll"));
    QVERIFY(auditAll->isEnabled());
    QTest::mouseClick(auditAll, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(inserted.count(), 2);
    AuditResultsModel *model = window->model();
    const int tlsRow = model->rowOf(model->results().at(0).target.profile.id == tls.id
                                            ? model->results().at(0).target.key()
                                            : model->results().at(1).target.key());
    QCOMPARE(model->result(tlsRow)->target.profile.id, tls.id);
    QCOMPARE(model->index(tlsRow, AuditResultsModel::VerifiedColumn).data().toString(),
             QStringLiteral("Verified"));
    QVERIFY(model->index(tlsRow, AuditResultsModel::NextExpiryColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("in ")));
    const int plainRow = 1 - tlsRow;
    QCOMPARE(model->index(plainRow, AuditResultsModel::VerifiedColumn).data().toString(),
             QStringLiteral("No TLS"));
    QCOMPARE(model->result(plainRow)->severity(), AuditSeverity::Failure);
    QVERIFY(!window->summaryText().isEmpty());
    // Kept, and shown with its age when the window opens again.
    const AuditHistory::Loaded kept = AuditHistory().load();
    QVERIFY2(kept.results.size() == 2,
             qPrintable(kept.error + QString::number(kept.results.size())));
    window.reset();
    auto again = std::make_unique<FleetHealthWindow>(store, nullptr);
    QVERIFY2(again->model()->rowCount() == 2, qPrintable(again->lastAuditText()));
    QVERIFY2(again->lastAuditText().contains(QLatin1String("just now")),
             qPrintable(again->lastAuditText()));
    // Its server certificate is on the timeline, with the CA file.
    QTRY_VERIFY(again->timeline()->certificates().size() >= 2);
}

void tst_FleetHealthWindow::cancelEndsTheRun()
{
    // Servers that never answer the TLS handshake: without Cancel, each would take its
    // connect timeout.
    FakeMysqlServer::Script script;
    script.onSslRequest = FakeMysqlServer::OnSslRequest::Stall;
    FakeMysqlServer fake(script);
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    ProfileStore store(m_dir.filePath(QStringLiteral("stalling.json")));
    store.load();
    for (int i = 0; i < 4; ++i) {
        Profile p = profile(QStringLiteral("Stalling %1").arg(i), QStringLiteral("127.0.0.1"),
                            fake.port());
        p.sslMode = SslMode::Required;
        p.connectTimeoutSeconds = 60;
        QVERIFY(store.add(p));
    }
    FleetHealthWindow window(store, nullptr);
    window.show();
    QSignalSpy started(&window, &FleetHealthWindow::auditStarted);
    QSignalSpy finished(&window, &FleetHealthWindow::auditFinished);
    window.auditAll();
    QCOMPARE(started.count(), 1);
    QVERIFY(window.isRunning());
    auto *cancel = window.findChild<QPushButton *>(QStringLiteral("cancelAudit"));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!window.isRunning());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("auditAll"))->isEnabled());
}

void tst_FleetHealthWindow::alsoLogInReadsTheKeychainFirst()
{
    const TestServers servers = TestServers::fromEnvironment();
    QVERIFY2(servers.isValid(), qPrintable(servers.errorString()));
    ProfileStore store(m_dir.filePath(QStringLiteral("login.json")));
    store.load();
    const auto admin = servers.credentials(TestServers::Account::Admin);
    Profile withPassword
            = profile(QStringLiteral("Admin over TLS"), servers.host(), quint16(servers.tlsPort()));
    withPassword.sslMode = SslMode::VerifyCa;
    withPassword.caFile = servers.path(Pki::CaCert);
    withPassword.user = admin.user;
    Profile withoutPassword = withPassword;
    withoutPassword.id = QUuid::createUuid();
    withoutPassword.name = QStringLiteral("No saved password");
    QVERIFY(store.add(withPassword));
    QVERIFY(store.add(withoutPassword));
    MemorySecretStore secrets;
    QVERIFY(secrets.writeBlocking(withPassword.id, SecretKind::Password, admin.password).ok());

    FleetHealthWindow window(store, &secrets);
    window.show();
    auto *login = window.findChild<QCheckBox *>(QStringLiteral("alsoLogIn"));
    QTest::mouseClick(login, Qt::LeftButton);
    QVERIFY(login->isChecked());
    QSignalSpy finished(&window, &FleetHealthWindow::auditFinished);
    window.auditAll();
    QVERIFY(finished.wait(60000));
    AuditResultsModel *model = window.model();
    const AuditResult *logged = nullptr;
    for (const AuditResult &r : model->results()) {
        if (r.target.profile.id == withPassword.id)
            logged = &r;
    }
    QVERIFY(logged);
    QVERIFY(logged->loginAttempted);
    QVERIFY(logged->loggedIn);
    // The fixture's accounts without REQUIRE and with host '%' are counted, as a number.
    QVERIFY(logged->accountsWithoutTls.has_value());
    QVERIFY(!logged->accountsWithoutTls->isEmpty());
    const int row = model->rowOf(logged->target.key());
    bool number = false;
    QVERIFY(model->index(row, AuditResultsModel::AccountsColumn).data().toString().toInt(&number)
            > 0);
    QVERIFY(number);
    // Without a saved password: no login, and the reason is a finding.
    for (const AuditResult &r : model->results()) {
        if (r.target.profile.id != withoutPassword.id)
            continue;
        QVERIFY(!r.loggedIn);
        bool said = false;
        for (const AuditFinding &f : r.findings)
            said = said || f.summary.contains(QLatin1String("No password is saved"));
        QVERIFY(said);
    }
}

QTEST_MAIN(tst_FleetHealthWindow)
#include "tst_fleethealthwindow.moc"
