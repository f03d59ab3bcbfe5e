// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestReportView.h"

#include "VerdictIcon.h"
#include "WrappingLabel.h"
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
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace {
enum StageColumn { IconColumn, TitleColumn, ResultColumn, TimeColumn };
const QStringList spinnerFrames
        = {QStringLiteral("◐"), QStringLiteral("◓"), QStringLiteral("◑"), QStringLiteral("◒")};

WrappingLabel *selectable(const QString &text, QWidget *parent)
{
    return new WrappingLabel(text, parent);
}
} // namespace

TestReportView::TestReportView(QWidget *parent)
    : QWidget(parent)
    , m_spinner(new QTimer(this))
    , m_bannerIcon(new QLabel(this))
    , m_bannerTitle(new QLabel(this))
    , m_bannerText(selectable(QString(), this))
    , m_stages(new QFrame(this))
    , m_stageGrid(new QGridLayout(m_stages))
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
    m_stages->setFrameShape(QFrame::StyledPanel);
    m_stages->setBackgroundRole(QPalette::Base);
    m_stages->setAutoFillBackground(true);
    // Title, result and time on a line, the detail wrapped under the title: a table with a
    // Detail column was cut off in the details pane's width.
    m_stageGrid->setColumnStretch(TitleColumn, 1);
    m_stageGrid->setVerticalSpacing(2);
    setStages(TestStage::all());

    m_viewChain->setObjectName(QStringLiteral("viewChain"));
    m_viewChain->setAccessibleName(tr("View the server's certificate chain"));
    m_trustHostKey->setObjectName(QStringLiteral("trustHostKey"));
    m_trustHostKey->setAccessibleName(tr("Show the SSH jump host's key and decide whether to "
                                         "trust it"));
    m_copy->setObjectName(QStringLiteral("copyReport"));
    m_copy->setAccessibleName(tr("Copy the report as text"));
    m_copy->setToolTip(tr("For a support ticket: the report holds no password or key."));
    // In a narrow pane a long value (a cipher's name) goes under its label, not past the
    // pane's edge.
    m_facts->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
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
    for (const ShownStage &row : std::as_const(m_rows)) {
        for (QLabel *label : {row.icon, row.title, row.result, row.time})
            delete label;
        delete row.detail;
    }
    m_rows.clear();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    int line = 0;
    for (TestStage::Id id : ids) {
        ShownStage row;
        row.id = id;
        row.icon = new QLabel(m_stages);
        row.icon->setFixedSize(iconSize, iconSize);
        row.title = new QLabel(TestStage::title(id), m_stages);
        row.title->setWordWrap(true);
        row.result = new QLabel(m_stages);
        row.time = new QLabel(m_stages);
        row.time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.detail = selectable(QString(), m_stages);
        row.detail->setForegroundRole(QPalette::PlaceholderText);
        row.detail->setVisible(false);
        m_stageGrid->addWidget(row.icon, line, IconColumn, Qt::AlignTop);
        m_stageGrid->addWidget(row.title, line, TitleColumn);
        m_stageGrid->addWidget(row.result, line, ResultColumn);
        m_stageGrid->addWidget(row.time, line, TimeColumn);
        m_stageGrid->addWidget(row.detail, line + 1, TitleColumn, 1, TimeColumn - TitleColumn + 1);
        line += 2;
        // Rows made while the view is shown (a test through SSH has other stages) are shown
        // as well; child widgets added to a visible widget start hidden.
        for (QLabel *label : {row.icon, row.title, row.result, row.time})
            label->setVisible(true);
        m_rows << row;
    }
}

QList<TestStage::Id> TestReportView::stageIds() const
{
    QList<TestStage::Id> ids;
    for (const ShownStage &row : m_rows)
        ids << row.id;
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
    return m_bannerTitle->text() + QLatin1Char('\n') + m_bannerText->fullText();
}

void TestReportView::setBanner(const QIcon &icon, const QString &title, const QString &subtitle)
{
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_bannerIcon->setPixmap(icon.pixmap(size, size));
    m_bannerIcon->setAccessibleName(title);
    m_bannerTitle->setText(title);
    m_bannerText->setText(subtitle);
    m_bannerText->setVisible(!subtitle.isEmpty());
}

void TestReportView::clear()
{
    m_hasReport = false;
    m_report = ConnectionReport();
    m_spinner->stop();
    for (ShownStage &row : m_rows) {
        TestStage stage;
        stage.id = row.id;
        showStage(row, stage);
        setResult(row, TestStage::Status::Pending, QString());
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
    for (ShownStage &row : m_rows)
        setResult(row, TestStage::Status::Pending, tr("waiting"));
    m_spinner->start();
}

TestReportView::ShownStage *TestReportView::rowFor(TestStage::Id id)
{
    for (ShownStage &row : m_rows) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

void TestReportView::updateStage(const TestStage &stage)
{
    if (ShownStage *row = rowFor(stage.id))
        showStage(*row, stage);
}

void TestReportView::setResult(ShownStage &row, TestStage::Status status, const QString &text)
{
    row.status = status;
    row.result->setText(text);
    // One mark: the icon, or for a stage without a result yet, the words alone.
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (status) {
    case TestStage::Status::Passed:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case TestStage::Status::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case TestStage::Status::Failed:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case TestStage::Status::Pending:
    case TestStage::Status::Running:
    case TestStage::Status::Skipped:
        break;
    }
    const int size = row.icon->width();
    row.icon->setPixmap(icon == QStyle::SP_CustomBase
                                ? QPixmap()
                                : style()->standardIcon(icon).pixmap(size, size));
    row.icon->setAccessibleName(text);
    QStringList description {text, row.time->text(), row.detail->fullText()};
    description.removeAll(QString());
    //: Read by screen readers for a stage of a test: its result, time and detail
    row.title->setAccessibleDescription(description.join(tr(", ")));
}

void TestReportView::showStage(ShownStage &row, const TestStage &stage)
{
    QString result;
    switch (stage.status) {
    case TestStage::Status::Pending:
        result = tr("waiting");
        break;
    case TestStage::Status::Running:
        result = runningText();
        break;
    case TestStage::Status::Passed:
        //: Result of a test stage, shown next to a check icon
        result = tr("passed");
        break;
    case TestStage::Status::Warning:
        //: Result of a test stage, shown next to a warning icon
        result = tr("warning");
        break;
    case TestStage::Status::Failed:
        //: Result of a test stage, shown next to an error icon
        result = tr("failed");
        break;
    case TestStage::Status::Skipped:
        //: Result of a test stage that did not run
        result = tr("skipped");
        break;
    }
    //: Duration of a test stage in milliseconds
    row.time->setText(stage.elapsedMs >= 0 ? tr("%1 ms").arg(stage.elapsedMs) : QString());
    row.detail->setText(stage.detail);
    row.detail->setVisible(!stage.detail.isEmpty());
    setResult(row, stage.status, result);
}

QString TestReportView::runningText() const
{
    return spinnerFrames.at(m_spinnerFrame) + QLatin1Char(' ') + tr("running…");
}

void TestReportView::spin()
{
    m_spinnerFrame = (m_spinnerFrame + 1) % int(spinnerFrames.size());
    for (ShownStage &row : m_rows) {
        if (row.status == TestStage::Status::Running && !row.result->text().isEmpty())
            setResult(row, row.status, runningText());
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
        if (ShownStage *row = rowFor(stage.id))
            showStage(*row, stage);
    }
    // The verdict in a few words as the title, the sentence once under it: the icon is its
    // mark.
    QString subtitle = ConnectionReport::verdictText(report.verdict);
    const ConnectionReport::Explanation &e = report.explanation;
    if (report.verdict == ConnectionReport::Verdict::SecureVerified)
        subtitle += QLatin1Char(' ') + tr("Tested in %1 ms.").arg(report.totalMs);
    else if (report.verdict == ConnectionReport::Verdict::Failed && !e.summary.isEmpty())
        subtitle += QLatin1Char(' ') + e.summary;
    setBanner(VerdictIcon::forVerdict(report.verdict, style()),
              ConnectionReport::verdictShortText(report.verdict), subtitle);

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

    // A failed test's summary is in the banner already.
    QString text;
    if (!e.summary.isEmpty() && report.verdict != ConnectionReport::Verdict::Failed)
        text += e.summary;
    if (!e.cause.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + e.cause;
    if (!e.nextSteps.isEmpty()) {
        text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + tr("Next steps:");
        for (int i = 0; i < e.nextSteps.size(); ++i)
            text += QStringLiteral("\n%1. %2").arg(i + 1).arg(e.nextSteps.at(i));
    }
    m_explanation->setText(text);
    m_explanationBox->setVisible(!text.isEmpty()
                                 && report.verdict != ConnectionReport::Verdict::SecureVerified);
    m_copy->setEnabled(true);
}
