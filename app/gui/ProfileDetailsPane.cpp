// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileDetailsPane.h"

#include "cert/CertificateDisplay.h"
#include "cert/CertificateFileSummary.h"
#include "profile/CertificatePreview.h"
#include "report/TestReportView.h"
#include "WrappingLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
WrappingLabel *valueLabel(const QString &text, QWidget *parent)
{
    return new WrappingLabel(text, parent);
}
} // namespace

ProfileDetailsPane::ProfileDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_lastTest(valueLabel(QString(), this))
    , m_report(new TestReportView(this))
{
    setObjectName(QStringLiteral("detailsPane"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_lastTest->setObjectName(QStringLiteral("lastTest"));
    // Wrapped values take the whole width; left at their preferred width they wrap early and
    // are cut off.
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(m_lastTest);
    layout->addWidget(m_report);
    layout->addStretch(1);
    showProfile(std::nullopt);
}

void ProfileDetailsPane::showProfile(const std::optional<Profile> &profile)
{
    m_profile = profile;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_report->clear();
    m_report->setVisible(false);
    if (!profile) {
        m_title->setText(tr("No connection selected"));
        showLastTest(false);
        return;
    }
    const Profile &p = *profile;
    m_title->setText(p.name);
    m_form->addRow(tr("Server:"),
                   valueLabel(p.ssh
                                      //: %1 is the database's host:port, %2 the SSH jump host
                                      //: (user@host) it is reached through
                                      ? tr("%1 via %2").arg(p.addressText(), p.ssh->destination())
                                      : p.addressText(),
                              this));
    m_form->addRow(tr("User:"), valueLabel(p.user, this));
    if (!p.database.isEmpty())
        m_form->addRow(tr("Database:"), valueLabel(p.database, this));
    m_form->addRow(tr("SSL mode:"),
                   valueLabel(tr("%1 — %2").arg(SslModes::displayName(p.sslMode),
                                                SslModes::consequence(p.sslMode)),
                              this));
    if (!p.pinnedSha256.isEmpty())
        m_form->addRow(tr("Pinned:"), valueLabel(p.pinnedSha256Text(), this));

    const auto addFile = [&](const QString &label, const QString &path,
                             CertificateFileSummary::Role role, bool viewable) {
        if (path.isEmpty())
            return;
        const CertificateFileSummary s
                = CertificateFileSummary::inspect(path, role, QDateTime::currentDateTimeUtc());
        auto *row = new QWidget(this);
        auto *rowLayout = new QVBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(valueLabel(path, row));
        auto *summaryRow = new QHBoxLayout;
        summaryRow->addWidget(valueLabel((s.ok() ? tr("✓ %1") : tr("⚠ %1")).arg(s.text), row), 1);
        if (viewable) {
            auto *view = new QPushButton(tr("View…"), row);
            //: %1 is e.g. "CA file"
            view->setAccessibleName(tr("View %1").arg(label));
            view->setEnabled(s.certificateCount > 0);
            const QString host = p.host;
            connect(view, &QPushButton::clicked, this,
                    [this, path, host] { CertificatePreview::openFile(this, path, host); });
            summaryRow->addWidget(view, 0, Qt::AlignTop);
        }
        rowLayout->addLayout(summaryRow);
        m_form->addRow(label + QLatin1Char(':'), row);
    };
    addFile(tr("CA file"), p.caFile, CertificateFileSummary::Role::CaCertificates, true);
    if (!p.caDirectory.isEmpty())
        m_form->addRow(tr("CA folder:"), valueLabel(p.caDirectory, this));
    addFile(tr("Client certificate"), p.clientCertificate,
            CertificateFileSummary::Role::ClientCertificate, true);
    addFile(tr("Client key"), p.clientKey, CertificateFileSummary::Role::PrivateKey, false);
    if (!p.notes.isEmpty())
        m_form->addRow(tr("Notes:"), valueLabel(p.notes, this));

    showLastTest(false);
}

void ProfileDetailsPane::showLastTest(bool reportShown)
{
    const std::optional<LastTestResult> last = m_profile ? m_profile->lastTest : std::nullopt;
    if (!last) {
        m_lastTest->setText(m_profile ? tr("Never tested. Test it with Connection ▸ Test (Ctrl+T).")
                                      : QString());
        return;
    }
    const QString when = CertificateDisplay::dateTimeLocal(last->whenUtc);
    // The full report below says the rest.
    if (reportShown) {
        m_lastTest->setText(tr("Last test: %1").arg(when));
        return;
    }
    QString text = tr("Last test, %1: %2 %3")
                           .arg(when, TestReportView::verdictSymbol(last->verdict),
                                ConnectionReport::verdictText(last->verdict));
    if (!last->summary.isEmpty())
        text += QLatin1Char('\n') + last->summary;
    m_lastTest->setText(text);
}

void ProfileDetailsPane::showReport(const ConnectionReport *report)
{
    showLastTest(report != nullptr);
    if (!report) {
        m_report->setVisible(false);
        return;
    }
    m_report->setReport(*report);
    m_report->setVisible(true);
}
