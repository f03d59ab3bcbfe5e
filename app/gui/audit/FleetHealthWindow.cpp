// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetHealthWindow.h"
#include "WindowGeometry.h"

#include "Settings.h"
#include "accounts/AccountRequirementsDialog.h"
#include "audit/AuditResultsFilter.h"
#include "audit/AuditResultsModel.h"
#include "audit/AuditSecretsReader.h"
#include "audit/ExpiryTimeline.h"
#include "audit/FleetAudit.h"
#include "audit/KnownCertificates.h"
#include "cert/CertificateDisplay.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>
#include <QTableView>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

FleetHealthWindow::FleetHealthWindow(ProfileStore &store, SecretStore *secrets, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_secrets(secrets)
    , m_model(new AuditResultsModel(this))
    , m_filter(new AuditResultsFilter(this))
    , m_findingsModel(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("FleetHealthWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sslcm.svg")));
    m_filter->setSourceModel(m_model);
    m_model->setWarnDays(Settings::load().expiryWarnDays);
    buildUi();
    retranslateUi();

    connect(&m_store, &ProfileStore::profileAdded, this, &FleetHealthWindow::updateTimeline);
    connect(&m_store, &ProfileStore::profileUpdated, this, &FleetHealthWindow::updateTimeline);
    connect(&m_store, &ProfileStore::profileRemoved, this, &FleetHealthWindow::updateTimeline);
    connect(&m_store, &ProfileStore::profilesReset, this, &FleetHealthWindow::updateTimeline);
    connect(&m_store, &ProfileStore::profileAdded, this, &FleetHealthWindow::updateState);
    connect(&m_store, &ProfileStore::profileRemoved, this, &FleetHealthWindow::updateState);
    connect(&m_store, &ProfileStore::profilesReset, this, &FleetHealthWindow::updateState);

    // Closes like any document window.
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);

    loadLastAudit();
    // Its size and the results splitter, as the user left them.
    WindowGeometry::remember(this, QStringLiteral("fleetHealth"), QSize(1180, 680));
}

FleetHealthWindow::~FleetHealthWindow() = default;

void FleetHealthWindow::buildUi()
{
    // The run: what to audit, how, and its progress.
    m_auditAll = new QPushButton(this);
    m_auditAll->setObjectName(QStringLiteral("auditAll"));
    m_auditAll->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"),
                                         style()->standardIcon(QStyle::SP_BrowserReload)));
    connect(m_auditAll, &QPushButton::clicked, this, &FleetHealthWindow::auditAll);
    m_auditSelected = new QPushButton(this);
    m_auditSelected->setObjectName(QStringLiteral("auditSelected"));
    connect(m_auditSelected, &QPushButton::clicked, this, &FleetHealthWindow::auditSelected);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelAudit"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    connect(m_cancel, &QPushButton::clicked, this, &FleetHealthWindow::cancel);
    m_login = new QCheckBox(this);
    m_login->setObjectName(QStringLiteral("alsoLogIn"));
    m_login->setChecked(false);
    m_warnDays = new QSpinBox(this);
    m_warnDays->setObjectName(QStringLiteral("warnDays"));
    m_warnDays->setRange(1, Settings::maxExpiryWarnDays);
    m_warnDays->setValue(m_model->warnDays());
    m_warnDaysLabel = new QLabel(this);
    m_warnDaysLabel->setBuddy(m_warnDays);
    connect(m_warnDays, &QSpinBox::valueChanged, this, [this](int days) {
        Settings settings = Settings::load();
        settings.expiryWarnDays = days;
        settings.save();
        m_model->setWarnDays(days);
        m_timeline->setWarnDays(days);
        updateSummary();
    });
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("auditProgress"));
    m_progress->setFormat(QStringLiteral("%v / %m"));
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    m_currentHost = new QLabel(this);
    m_currentHost->setObjectName(QStringLiteral("currentHost"));
    m_currentHost->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_auditAll);
    runRow->addWidget(m_auditSelected);
    runRow->addWidget(m_login);
    runRow->addSpacing(fontMetrics().averageCharWidth() * 2);
    runRow->addWidget(m_warnDaysLabel);
    runRow->addWidget(m_warnDays);
    runRow->addStretch(1);
    runRow->addWidget(m_progress);
    runRow->addWidget(m_cancel);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_lastAudit = new QLabel(this);
    m_lastAudit->setObjectName(QStringLiteral("lastAudit"));
    m_lastAudit->setForegroundRole(QPalette::PlaceholderText);
    m_lastAudit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_summary, 1);
    statusRow->addWidget(m_currentHost);
    statusRow->addWidget(m_lastAudit);

    // Filtering.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &AuditResultsFilter::setSearchText);
    m_searchLabel = new QLabel(this);
    m_searchLabel->setBuddy(m_search);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    for (auto f :
         {AuditResultsFilter::SeverityFilter::All, AuditResultsFilter::SeverityFilter::Problems,
          AuditResultsFilter::SeverityFilter::Failures,
          AuditResultsFilter::SeverityFilter::Warnings, AuditResultsFilter::SeverityFilter::Notices,
          AuditResultsFilter::SeverityFilter::Ok})
        m_severity->addItem(QString(), int(f));
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setSeverityFilter(
                AuditResultsFilter::SeverityFilter(m_severity->currentData().toInt()));
    });
    m_severityLabel = new QLabel(this);
    m_severityLabel->setBuddy(m_severity);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_searchLabel);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_severityLabel);
    filterRow->addWidget(m_severity);

    // The results.
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("resultsView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditResultsModel::SeverityColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setCornerButtonEnabled(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Sized to the contents when results arrive, not on every row (a thousand rows stream in).
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows, not all thousand (each width measures every cell).
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(100);
    connect(m_refresh, &QTimer::timeout, this, &FleetHealthWindow::refreshProgress);
    m_saver.setMaxThreadCount(1);
    m_resizeColumns = new QTimer(this);
    m_resizeColumns->setSingleShot(true);
    m_resizeColumns->setInterval(300);
    connect(m_resizeColumns, &QTimer::timeout, this, [this] { m_view->resizeColumnsToContents(); });
    // At most every 300 ms while rows stream in.
    const auto resizeSoon = [this] {
        if (!m_resizeColumns->isActive())
            m_resizeColumns->start();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, resizeSoon);
    connect(m_model, &QAbstractItemModel::modelReset, this, resizeSoon);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FleetHealthWindow::updateDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FleetHealthWindow::updateDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FleetHealthWindow::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FleetHealthWindow::updateDetails);

    // The selected row's findings.
    m_detailsTitle = new QLabel(this);
    m_detailsTitle->setObjectName(QStringLiteral("detailsTitle"));
    m_detailsTitle->setWordWrap(true);
    m_detailsTitle->setFont(bold);
    // A table, not a tree: its rows grow to hold long findings wrapped at the columns' widths.
    m_findings = new QTableView(this);
    m_findings->setObjectName(QStringLiteral("findingsView"));
    m_findings->setModel(m_findingsModel);
    m_findings->setWordWrap(true);
    m_findings->setShowGrid(false);
    m_findings->setAlternatingRowColors(true);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->verticalHeader()->hide();
    m_findings->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setStretchLastSection(true);
    m_findings->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_accounts = new QPushButton(this);
    m_accounts->setObjectName(QStringLiteral("accountRequirements"));
    m_accounts->setIcon(QIcon::fromTheme(QStringLiteral("security-high")));
    connect(m_accounts, &QPushButton::clicked, this, &FleetHealthWindow::openAccountRequirements);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(m_findings, 1);
    auto *detailsButtons = new QHBoxLayout;
    detailsButtons->addStretch(1);
    detailsButtons->addWidget(m_accounts);
    detailsLayout->addLayout(detailsButtons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("resultsSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *resultsPage = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsPage);
    resultsLayout->addLayout(filterRow);
    resultsLayout->addWidget(splitter, 1);

    // The timeline.
    m_timeline = new ExpiryTimeline(this);
    m_timeline->setWarnDays(m_model->warnDays());
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("timelineScroll"));
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_timelineHint = new QLabel(this);
    m_timelineHint->setWordWrap(true);
    m_timelineHint->setForegroundRole(QPalette::PlaceholderText);
    auto *timelinePage = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->addWidget(m_timelineHint);
    timelineLayout->addWidget(scroll, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("fleetTabs"));
    m_tabs->addTab(resultsPage, QString());
    m_tabs->addTab(timelinePage, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(runRow);
    layout->addLayout(statusRow);
    layout->addWidget(m_tabs, 1);

    setTabOrder(m_auditAll, m_auditSelected);
    setTabOrder(m_auditSelected, m_login);
    setTabOrder(m_login, m_warnDays);
    setTabOrder(m_warnDays, m_cancel);
    setTabOrder(m_cancel, m_tabs);
    setTabOrder(m_tabs, m_search);
    setTabOrder(m_search, m_severity);
    setTabOrder(m_severity, m_view);
    setTabOrder(m_view, m_findings);
    setTabOrder(m_findings, m_accounts);
}

void FleetHealthWindow::retranslateUi()
{
    //: Window title; the application name is appended by the system
    setWindowTitle(tr("Fleet Health"));
    m_auditAll->setText(tr("Audit &All"));
    m_auditAll->setAccessibleName(tr("Audit all connections"));
    m_auditAll->setToolTip(tr("Check the TLS of every saved connection, without logging in "
                              "unless “Also log in” is checked"));
    m_auditSelected->setText(tr("Audit &Selected"));
    m_auditSelected->setAccessibleName(tr("Audit the selected connections"));
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the audit"));
    m_login->setText(tr("Also &log in (over verified TLS only)"));
    m_login->setAccessibleName(tr("Also log in, over verified TLS only"));
    m_login->setToolTip(tr("Log in with each connection's saved password to read the server's "
                           "TLS settings, the accounts that can log in without TLS and the "
                           "sessions without TLS. Only where the server's certificate was "
                           "verified; never sends a password otherwise."));
    m_warnDaysLabel->setText(tr("&Warn within:"));
    m_warnDays->setAccessibleName(tr("Warn about certificates expiring within this many days"));
    //: Unit after the number of days before expiry that counts as "expiring soon"
    m_warnDays->setSuffix(tr(" days"));
    m_progress->setAccessibleName(tr("Audit progress"));
    m_searchLabel->setText(tr("&Filter:"));
    m_search->setAccessibleName(tr("Filter the results"));
    m_search->setPlaceholderText(tr("Connection, server or finding"));
    m_severityLabel->setText(tr("S&everity:"));
    m_severity->setAccessibleName(tr("Show results of this severity"));
    for (int i = 0; i < m_severity->count(); ++i)
        m_severity->setItemText(i,
                                AuditResultsFilter::displayName(AuditResultsFilter::SeverityFilter(
                                        m_severity->itemData(i).toInt())));
    m_view->setAccessibleName(tr("Audit results"));
    m_view->horizontalHeader()->setAccessibleName(tr("Column headers"));
    m_view->verticalHeader()->setAccessibleName(tr("Row headers"));
    // The table's corner button (select all), a widget of its own.
    for (auto *corner :
         m_view->findChildren<QAbstractButton *>(QString(), Qt::FindDirectChildrenOnly))
        corner->setAccessibleName(tr("Select all rows"));
    m_findings->horizontalHeader()->setAccessibleName(tr("Column headers"));
    // Hidden (no row numbers), and with it the corner button; named all the same, as every
    // control is.
    m_findings->verticalHeader()->setAccessibleName(tr("Row headers"));
    m_findings->setCornerButtonEnabled(false);
    if (auto *corner = m_findings->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all findings"));
    m_findings->setAccessibleName(tr("Findings of the selected connection"));
    m_accounts->setText(tr("Account TLS Re&quirements…"));
    m_accounts->setAccessibleName(tr("Account TLS requirements for this server"));
    m_accounts->setToolTip(tr("Write and run the statements that make these accounts require "
                              "TLS"));
    m_timelineHint->setText(
            tr("Every certificate sslcm knows: the servers' chains from the last audit and the "
               "connections' CA files and client certificates. Arrow keys move between "
               "them; Enter or a click opens one."));
    m_tabs->setTabText(0, tr("&Results"));
    m_tabs->setTabText(1, tr("Expiry &Timeline"));
    m_tabs->setAccessibleName(tr("Fleet health views"));
    m_findingsModel->setHorizontalHeaderLabels({tr("Severity"), tr("Finding"), tr("What to do")});
    updateSummary();
    updateDetails();
    updateState();
}

void FleetHealthWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void FleetHealthWindow::setNow(const QDateTime &nowUtc)
{
    m_now = nowUtc;
    m_model->setNow(nowUtc);
    m_timeline->setNow(nowUtc);
    updateSummary();
}

QDateTime FleetHealthWindow::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void FleetHealthWindow::setHistory(const AuditHistory &history)
{
    m_history = history;
    loadLastAudit();
}

void FleetHealthWindow::loadLastAudit()
{
    const AuditHistory::Loaded loaded = m_history.load();
    m_lastAuditError = loaded.error;
    m_lastAuditAt = loaded.startedAt;
    m_model->setResults(loaded.results);
    m_resizeColumns->stop();
    m_view->resizeColumnsToContents();
    updateTimeline();
    updateSummary();
    updateState();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

QString FleetHealthWindow::ageText(const QDateTime &then, const QDateTime &nowUtc)
{
    const qint64 seconds = qMax<qint64>(0, then.secsTo(nowUtc));
    if (seconds < 60)
        //: Age of the last audit
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

QString FleetHealthWindow::lastAuditText() const
{
    return m_lastAudit->text();
}

QString FleetHealthWindow::summaryText() const
{
    return m_summary->text();
}

void FleetHealthWindow::updateSummary()
{
    if (!m_summary)
        return;
    const QList<AuditResult> &results = m_model->results();
    if (results.isEmpty()) {
        m_summary->setText(isRunning() ? QString()
                                       : tr("No audit yet. “Audit All” checks every connection."));
    } else {
        m_summary->setText(
                AuditSummary::of(results, m_model->warnDays(), now()).text(m_model->warnDays()));
    }
    if (!m_lastAuditError.isEmpty()) {
        m_lastAudit->setText(m_lastAuditError);
    } else if (m_lastAuditAt.isValid()) {
        //: %1 "3 hours ago", %2 the date and time
        m_lastAudit->setText(tr("Last audit: %1").arg(ageText(m_lastAuditAt, now())));
        m_lastAudit->setToolTip(CertificateDisplay::dateTimeLocal(m_lastAuditAt));
    } else {
        m_lastAudit->setText(tr("Never audited"));
    }
}

const AuditResult *FleetHealthWindow::selectedResult() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return nullptr;
    return m_model->result(m_filter->mapToSource(current).row());
}

void FleetHealthWindow::updateDetails()
{
    if (!m_findings)
        return;
    m_findingsModel->removeRows(0, m_findingsModel->rowCount());
    const AuditResult *r = selectedResult();
    m_accounts->setVisible(r && r->accountsWithoutTls && !r->accountsWithoutTls->isEmpty()
                           && r->target.saved);
    if (!r) {
        m_detailsTitle->setText(tr("Select a connection to see what the audit found."));
        return;
    }
    //: Title of the findings pane: %1 connection, %2 server, %3 severity
    m_detailsTitle->setText(tr("%1 (%2): %3")
                                    .arg(r->target.displayName(), r->target.profile.host,
                                         AuditSeverities::displayName(r->severity())));
    QList<AuditFinding> findings = r->findings;
    std::stable_sort(
            findings.begin(), findings.end(),
            [](const AuditFinding &a, const AuditFinding &b) { return a.severity > b.severity; });
    for (const AuditFinding &f : findings) {
        auto *severity = new QStandardItem(AuditResultsModel::severityIcon(f.severity, style()),
                                           AuditSeverities::displayName(f.severity));
        auto *summary = new QStandardItem(f.summary);
        summary->setToolTip(f.summary);
        auto *action = new QStandardItem(f.action);
        action->setToolTip(f.action);
        m_findingsModel->appendRow({severity, summary, action});
    }
    if (r->accountsWithoutTls) {
        for (const AuditAccount &a : *r->accountsWithoutTls) {
            auto *severity = new QStandardItem(
                    AuditResultsModel::severityIcon(AuditSeverity::Warning, style()),
                    AuditSeverities::displayName(AuditSeverity::Warning));
            //: An account that can log in without TLS: %1 user, %2 host pattern
            auto *summary = new QStandardItem(
                    tr("Account '%1'@'%2' can log in without TLS").arg(a.user, a.host));
            auto *action = new QStandardItem(tr("Require TLS for it (Account TLS Requirements)"));
            m_findingsModel->appendRow({severity, summary, action});
        }
    }
    m_findings->resizeColumnToContents(0);
    m_findings->setColumnWidth(1, qMax(m_findings->width() / 2, 200));
}

void FleetHealthWindow::updateTimeline()
{
    // Reading every connection's CA file and client certificate is file work: off the GUI
    // thread. Only the newest answer is shown.
    const int generation = ++m_timelineGeneration;
    QPointer<FleetHealthWindow> self(this);
    QThreadPool::globalInstance()->start(
            [self, generation, profiles = m_store.profiles(), results = m_model->results()] {
                QList<KnownCertificate> known = KnownCertificates::collect(profiles, results);
                QMetaObject::invokeMethod(
                        qApp,
                        [self, generation, known = std::move(known)] {
                            if (self && generation == self->m_timelineGeneration)
                                self->m_timeline->setCertificates(known);
                        },
                        Qt::QueuedConnection);
            });
}

void FleetHealthWindow::updateState()
{
    if (!m_auditAll)
        return;
    const bool busy = isRunning() || m_readingSecrets || m_saving;
    m_auditAll->setEnabled(!busy && !m_store.profiles().isEmpty());
    m_auditSelected->setEnabled(!busy && m_view->selectionModel()->hasSelection());
    m_cancel->setEnabled(busy);
    m_login->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_currentHost->setVisible(busy);
}

bool FleetHealthWindow::isRunning() const
{
    return m_audit && m_audit->isRunning();
}

void FleetHealthWindow::auditAll()
{
    start(m_store.profiles());
}

void FleetHealthWindow::auditSelected()
{
    QList<Profile> profiles;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        const AuditResult *r = m_model->result(m_filter->mapToSource(row).row());
        if (!r || !r->target.saved)
            continue;
        if (const std::optional<Profile> p = m_store.profile(r->target.profile.id))
            profiles.append(*p);
    }
    start(profiles);
}

void FleetHealthWindow::start(const QList<Profile> &profiles)
{
    if (isRunning() || m_readingSecrets || m_saving || profiles.isEmpty())
        return;
    QList<AuditTarget> targets;
    for (const Profile &p : profiles) {
        AuditTarget target;
        target.profile = p;
        targets.append(target);
    }
    if (!m_login->isChecked()) {
        run(targets, {}, {});
        return;
    }
    // The keychain answers over D-Bus: read first, then start.
    m_readingSecrets = true;
    m_currentHost->setText(tr("Reading saved passwords…"));
    updateState();
    m_currentHost->setVisible(true);
    AuditSecretsReader::read(m_secrets, profiles, this,
                             [this, targets](const QHash<QUuid, ConnectionSecrets> &secrets,
                                             const QHash<QUuid, QString> &problems) {
                                 m_readingSecrets = false;
                                 run(targets, secrets, problems);
                             });
}

void FleetHealthWindow::run(const QList<AuditTarget> &targets,
                            const QHash<QUuid, ConnectionSecrets> &secrets,
                            const QHash<QUuid, QString> &problems)
{
    AuditOptions options;
    options.login = m_login->isChecked();
    options.warnDays = m_warnDays->value();
    options.nowUtc = m_now;
    options.secrets = secrets;
    options.secretProblems = problems;
    m_previousResults = m_model->results();
    m_runResults.clear();
    options.previousLeafSha256 = AuditHistory::leafFingerprints(m_previousResults);

    delete m_audit;
    m_audit = new FleetAudit(targets, options, this);
    connect(m_audit, &FleetAudit::targetStarted, this,
            [this](int, const QString &name) { m_currentHost->setText(name); });
    connect(m_audit, &FleetAudit::targetFinished, this, [this](int, const AuditResult &result) {
        m_runResults.append(result);
        // Into the view every 100 ms, in batches: one layout and one paint for many rows.
        m_pendingResults.append(result);
        refreshSoon();
    });
    connect(m_audit, &FleetAudit::progress, this, [this](int done, int total) {
        m_progressDone = done;
        m_progressTotal = total;
        refreshSoon();
    });
    connect(m_audit, &FleetAudit::finished, this, &FleetHealthWindow::finish);
    m_runStartedAt = QDateTime::currentDateTimeUtc();
    m_progressDone = 0;
    m_progressTotal = int(targets.size());
    m_progress->setRange(0, int(targets.size()));
    m_progress->setValue(0);
    m_audit->start();
    updateState();
    Q_EMIT auditStarted(int(targets.size()));
}

void FleetHealthWindow::cancel()
{
    if (m_audit)
        m_audit->cancel();
}

void FleetHealthWindow::refreshSoon()
{
    if (!m_refresh->isActive())
        m_refresh->start();
}

void FleetHealthWindow::refreshProgress()
{
    m_refresh->stop();
    for (const AuditResult &result : std::as_const(m_pendingResults)) {
        // A cancelled target keeps its previous result.
        if (result.cancelled && m_model->rowOf(result.target.key()) >= 0)
            continue;
        m_model->addResult(result);
    }
    m_pendingResults.clear();
    // QProgressBar repaints at once whenever its text changes: at most every 100 ms, not for
    // each of a thousand targets.
    m_progress->setRange(0, m_progressTotal);
    m_progress->setValue(m_progressDone);
    updateSummary();
}

void FleetHealthWindow::finish(bool cancelled)
{
    m_currentHost->clear();
    m_progressDone = m_progressTotal;
    refreshProgress();
    QSet<QUuid> saved;
    for (const Profile &p : m_store.profiles())
        saved.insert(p.id);
    QList<AuditResult> kept = AuditHistory::merge(m_previousResults, m_runResults, saved);
    m_runResults.clear();
    const QDateTime started = m_runStartedAt;
    if (m_audit) {
        m_audit->deleteLater();
        m_audit = nullptr;
    }
    m_resizeColumns->stop();
    m_view->resizeColumnsToContents();
    updateTimeline();
    updateDetails();
    m_saving = true;
    updateState();
    // Writing the last audit (a thousand results with their certificates) is file work: off
    // the GUI thread, one save at a time; the run counts as finished once it is kept.
    QPointer<FleetHealthWindow> self(this);
    m_saver.start([self, history = m_history, kept = std::move(kept), started,
                   warnDays = m_model->warnDays(), cancelled] {
        QString error = history.save(kept, warnDays, started);
        QMetaObject::invokeMethod(
                qApp,
                [self, error = std::move(error), kept, started, cancelled] {
                    if (self)
                        self->saved(error, kept, started, cancelled);
                },
                Qt::QueuedConnection);
    });
}

void FleetHealthWindow::saved(const QString &error, const QList<AuditResult> &kept,
                              const QDateTime &started, bool cancelled)
{
    m_saving = false;
    if (error.isEmpty()) {
        m_lastAuditAt = started;
        m_lastAuditError.clear();
    } else {
        m_lastAuditError = error;
    }
    updateSummary();
    updateState();
    if (error.isEmpty())
        Q_EMIT lastAuditChanged(kept);
    Q_EMIT auditFinished(cancelled);
}

void FleetHealthWindow::openAccountRequirements()
{
    const AuditResult *r = selectedResult();
    if (!r || !r->target.saved)
        return;
    auto *dialog = new AccountRequirementsDialog(&m_store, m_secrets, r->target.profile.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FleetHealthWindow::closeEvent(QCloseEvent *event)
{
    cancel();
    QWidget::closeEvent(event);
}
