// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestReportView.h"

#include "VerdictIcon.h"
#include "cert/CertificateDisplay.h"
#include "cert/CertificateLoader.h"
#include "profile/CertificatePreview.h"
#include "ssh/SshFacts.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum StageColumn { TitleColumn, ResultColumn, TimeColumn, DetailColumn };
const QStringList spinnerFrames
        = {QStringLiteral("◐"), QStringLiteral("◓"), QStringLiteral("◑"), QStringLiteral("◒")};

QLabel *selectable(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

TestReportView::TestReportView(QWidget *parent)
    : QWidget(parent)
    , m_spinner(new QTimer(this))
    , m_bannerIcon(new QLabel(this))
    , m_bannerTitle(new QLabel(this))
    , m_bannerText(selectable(QString(), this))
    , m_stages(new QTreeWidget(this))
    , m_factsBox(new QGroupBox(tr("What was negotiated"), this))
    , m_facts(new QFormLayout(m_factsBox))
    , m_viewChain(new QPushButton(tr("View Server &Chain…"), this))
    , m_trustHostKey(new QPushButton(tr("Trust Host &Key…"), this))
    , m_explanationBox(new QGroupBox(tr("What went wrong and what to do"), this))
    , m_explanation(selectable(QString(), m_explanationBox))
    , m_copy(new QPushButton(tr("C&opy as Text"), this))
{
    auto *banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("verdictBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::AlternateBase);
    m_bannerTitle->setObjectName(QStringLiteral("verdictTitle"));
    m_bannerTitle->setWordWrap(true);
    QFont bold = m_bannerTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_bannerTitle->setFont(bold);
    auto *bannerText = new QVBoxLayout;
    bannerText->addWidget(m_bannerTitle);
    bannerText->addWidget(m_bannerText);
    auto *bannerLayout = new QHBoxLayout(banner);
    bannerLayout->addWidget(m_bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addLayout(bannerText, 1);

    m_stages->setObjectName(QStringLiteral("stages"));
    m_stages->setAccessibleName(tr("Test stages"));
    m_stages->setHeaderLabels({tr("Stage"), tr("Result"), tr("Time"), tr("Detail")});
    m_stages->setRootIsDecorated(false);
    m_stages->setUniformRowHeights(true);
    m_stages->setSelectionMode(QAbstractItemView::NoSelection);
    m_stages->setFocusPolicy(Qt::NoFocus);
    m_stages->header()->setStretchLastSection(true);
    m_stages->header()->setAccessibleName(tr("Column headers"));
    m_stages->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stages->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setStages(TestStage::all());

    m_viewChain->setObjectName(QStringLiteral("viewChain"));
    m_viewChain->setAccessibleName(tr("View the server's certificate chain"));
    m_trustHostKey->setObjectName(QStringLiteral("trustHostKey"));
    m_trustHostKey->setAccessibleName(tr("Show the SSH jump host's key and decide whether to "
                                         "trust it"));
    m_copy->setObjectName(QStringLiteral("copyReport"));
    m_copy->setAccessibleName(tr("Copy the report as text"));
    m_copy->setToolTip(tr("For a support ticket: the report holds no password or key."));
    m_explanation->setObjectName(QStringLiteral("explanation"));
    auto *explanationLayout = new QVBoxLayout(m_explanationBox);
    explanationLayout->addWidget(m_explanation);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_viewChain);
    buttons->addWidget(m_trustHostKey);
    buttons->addStretch(1);
    buttons->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(banner);
    layout->addWidget(m_stages);
    layout->addWidget(m_explanationBox);
    layout->addWidget(m_factsBox);
    layout->addLayout(buttons);
    layout->addStretch(1);

    m_spinner->setInterval(120);
    connect(m_spinner, &QTimer::timeout, this, &TestReportView::spin);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_report.toText()); });
    connect(m_trustHostKey, &QPushButton::clicked, this, &TestReportView::trustHostKeyRequested);
    connect(m_viewChain, &QPushButton::clicked, this, [this] {
        CertificatePreview::openChain(this, m_report.gateway.peerChain, m_report.host);
    });
    clear();
}

void TestReportView::setStages(const QList<TestStage::Id> &ids)
{
    if (ids == stageIds())
        return;
    m_stages->clear();
    for (TestStage::Id id : ids) {
        auto *item = new QTreeWidgetItem(m_stages, {TestStage::title(id)});
        item->setData(TitleColumn, Qt::UserRole, int(id));
    }
    // Every stage visible without scrolling. Rows get their ✓/✗ icon later, so they are measured
    // with one; the header has its own height; long details elide rather than add a scroll bar
    // that would hide the last stage.
    const int iconRow = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_stages) + 4;
    const int rowHeight
            = qMax(qMax(m_stages->sizeHintForRow(0), fontMetrics().height() + 6), iconRow);
    m_stages->setFixedHeight(rowHeight * int(ids.size()) + m_stages->header()->sizeHint().height()
                             + 2 * m_stages->frameWidth() + 2);
}

QList<TestStage::Id> TestReportView::stageIds() const
{
    QList<TestStage::Id> ids;
    for (int i = 0; i < m_stages->topLevelItemCount(); ++i)
        ids << TestStage::Id(m_stages->topLevelItem(i)->data(TitleColumn, Qt::UserRole).toInt());
    return ids;
}

QString TestReportView::verdictSymbol(ConnectionReport::Verdict verdict)
{
    switch (verdict) {
    case ConnectionReport::Verdict::SecureVerified:
        return QStringLiteral("✓");
    case ConnectionReport::Verdict::EncryptedUnverified:
    case ConnectionReport::Verdict::Plaintext:
        return QStringLiteral("⚠");
    case ConnectionReport::Verdict::Failed:
        return QStringLiteral("✗");
    case ConnectionReport::Verdict::Cancelled:
        return QStringLiteral("–");
    }
    return {};
}

QString TestReportView::bannerText() const
{
    return m_bannerTitle->text() + QLatin1Char('\n') + m_bannerText->text();
}

void TestReportView::setBanner(const QIcon &icon, const QString &title, const QString &subtitle)
{
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_bannerIcon->setPixmap(icon.pixmap(size, size));
    m_bannerTitle->setText(title);
    m_bannerText->setText(subtitle);
    m_bannerText->setVisible(!subtitle.isEmpty());
}

void TestReportView::clear()
{
    m_hasReport = false;
    m_report = ConnectionReport();
    m_spinner->stop();
    for (int i = 0; i < m_stages->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_stages->topLevelItem(i);
        for (int c = ResultColumn; c <= DetailColumn; ++c) {
            item->setText(c, QString());
            item->setIcon(c, QIcon());
        }
    }
    setBanner(style()->standardIcon(QStyle::SP_MessageBoxInformation), tr("Not tested yet"),
              QString());
    m_factsBox->setVisible(false);
    m_explanationBox->setVisible(false);
    m_viewChain->setVisible(false);
    m_trustHostKey->setVisible(false);
    m_copy->setEnabled(false);
}

void TestReportView::beginLive(const QString &address, const QString &via)
{
    clear();
    setStages(TestStage::all(!via.isEmpty()));
    setBanner(style()->standardIcon(QStyle::SP_BrowserReload), tr("Testing…"),
              via.isEmpty()
                      //: %1 is host:port
                      ? tr("Connecting to %1 as the connection's settings say.").arg(address)
                      //: %1 is the database's host:port, %2 the SSH jump host (user@host:port)
                      : tr("Connecting to %1 through the SSH jump host %2 as the connection's "
                           "settings say.")
                                .arg(address, via));
    for (int i = 0; i < m_stages->topLevelItemCount(); ++i)
        m_stages->topLevelItem(i)->setText(ResultColumn, tr("waiting"));
    m_spinner->start();
}

QTreeWidgetItem *TestReportView::itemFor(TestStage::Id id) const
{
    for (int i = 0; i < m_stages->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_stages->topLevelItem(i);
        if (item->data(TitleColumn, Qt::UserRole).toInt() == int(id))
            return item;
    }
    return nullptr;
}

void TestReportView::updateStage(const TestStage &stage)
{
    if (QTreeWidgetItem *item = itemFor(stage.id))
        showStage(item, stage);
}

void TestReportView::showStage(QTreeWidgetItem *item, const TestStage &stage)
{
    QString result;
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (stage.status) {
    case TestStage::Status::Pending:
        result = tr("waiting");
        break;
    case TestStage::Status::Running:
        result = spinnerFrames.at(m_spinnerFrame) + QLatin1Char(' ') + tr("running…");
        break;
    case TestStage::Status::Passed:
        result = tr("✓ passed");
        icon = QStyle::SP_DialogApplyButton;
        break;
    case TestStage::Status::Warning:
        result = tr("⚠ warning");
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case TestStage::Status::Failed:
        result = tr("✗ failed");
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case TestStage::Status::Skipped:
        result = tr("– skipped");
        break;
    }
    item->setText(ResultColumn, result);
    item->setData(ResultColumn, Qt::UserRole, int(stage.status));
    item->setIcon(ResultColumn,
                  icon == QStyle::SP_CustomBase ? QIcon() : style()->standardIcon(icon));
    //: Duration of a test stage in milliseconds
    item->setText(TimeColumn, stage.elapsedMs >= 0 ? tr("%1 ms").arg(stage.elapsedMs) : QString());
    item->setText(DetailColumn, stage.detail);
    item->setToolTip(DetailColumn, stage.detail);
}

void TestReportView::spin()
{
    m_spinnerFrame = (m_spinnerFrame + 1) % int(spinnerFrames.size());
    for (int i = 0; i < m_stages->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_stages->topLevelItem(i);
        if (item->data(ResultColumn, Qt::UserRole).toInt() == int(TestStage::Status::Running)
            && !item->text(ResultColumn).isEmpty())
            item->setText(ResultColumn,
                          spinnerFrames.at(m_spinnerFrame) + QLatin1Char(' ') + tr("running…"));
    }
}

void TestReportView::addFact(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return;
    m_facts->addRow(label, selectable(value, m_factsBox));
}

void TestReportView::setReport(const ConnectionReport &report)
{
    m_spinner->stop();
    m_report = report;
    m_hasReport = true;
    // The report's own stages: through an SSH jump host they include the SSH ones.
    QList<TestStage::Id> ids;
    for (const TestStage &stage : report.stages)
        ids << stage.id;
    setStages(ids.isEmpty() ? TestStage::all(report.gateway.ssh.used) : ids);
    for (const TestStage &stage : report.stages) {
        if (QTreeWidgetItem *item = itemFor(stage.id))
            showStage(item, stage);
    }
    QString subtitle;
    switch (report.verdict) {
    case ConnectionReport::Verdict::SecureVerified:
        subtitle = tr("Encrypted, and the server proved who it is. Tested in %1 ms.")
                           .arg(report.totalMs);
        break;
    case ConnectionReport::Verdict::EncryptedUnverified:
        subtitle = tr("Encrypted, but anyone in the middle could pose as the server.");
        break;
    case ConnectionReport::Verdict::Plaintext:
        subtitle = tr("The password and all data crossed the network unencrypted.");
        break;
    case ConnectionReport::Verdict::Failed:
        subtitle = report.explanation.summary;
        break;
    case ConnectionReport::Verdict::Cancelled:
        subtitle = tr("The test was cancelled before it finished.");
        break;
    }
    setBanner(VerdictIcon::forVerdict(report.verdict, style()),
              verdictSymbol(report.verdict) + QLatin1Char(' ')
                      + ConnectionReport::verdictText(report.verdict),
              subtitle);

    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    const GatewaySession &g = report.gateway;
    addFact(tr("Server:"), QStringLiteral("%1:%2").arg(report.host).arg(report.port));
    // The jump host's facts as every report words them.
    if (const QStringList ssh = SshFacts::toText(g.ssh, report.sshJump); !ssh.isEmpty())
        addFact(tr("SSH:"), ssh.join(QLatin1Char('\n')));
    addFact(tr("Mode:"), SslModes::displayName(report.mode));
    if (g.tlsUsed) {
        addFact(tr("TLS version:"), g.tlsProtocol);
        addFact(tr("Cipher:"), g.cipher);
        if (!g.peerChain.isEmpty()) {
            if (const auto leaf = CertificateLoader::fromDer(g.peerChain.first())) {
                addFact(tr("Server certificate:"),
                        tr("%1, issued by %2, valid until %3")
                                .arg(leaf->displayName(), leaf->issuerLine(),
                                     CertificateDisplay::date(leaf->notAfter)));
            }
        }
        addFact(tr("Client certificate:"), g.clientCertificateSent ? tr("sent") : tr("not sent"));
    } else if (g.stage >= GatewaySession::Stage::GreetingReceived) {
        addFact(tr("TLS:"), tr("not used"));
    }
    addFact(tr("Server version:"), report.serverVersion);
    addFact(tr("Logged in as:"), report.currentUser);
    if (report.account) {
        addFact(tr("Account requires:"), report.account->displayClause());
    }
    if (!report.serverTlsVersion.isEmpty())
        addFact(tr("Server's view:"),
                tr("%1, %2%3")
                        .arg(report.serverTlsVersion, report.serverCipher,
                             report.tlsFactsAgree ? tr(" (agrees)") : tr(" (DIFFERS!)")));
    m_factsBox->setVisible(m_facts->rowCount() > 0);
    m_viewChain->setVisible(!g.peerChain.isEmpty());
    m_trustHostKey->setVisible(g.failure == GatewaySession::Failure::SshHostKeyUnknown
                               && !g.ssh.hostKeyLine.isEmpty());

    const ConnectionReport::Explanation &e = report.explanation;
    QString text;
    if (!e.summary.isEmpty())
        text += e.summary;
    if (!e.cause.isEmpty())
        text += QStringLiteral("\n\n") + e.cause;
    if (!e.nextSteps.isEmpty()) {
        text += QStringLiteral("\n\n") + tr("Next steps:");
        for (int i = 0; i < e.nextSteps.size(); ++i)
            text += QStringLiteral("\n%1. %2").arg(i + 1).arg(e.nextSteps.at(i));
    }
    m_explanation->setText(text);
    m_explanationBox->setVisible(!text.isEmpty()
                                 && report.verdict != ConnectionReport::Verdict::SecureVerified);
    m_copy->setEnabled(true);
}
