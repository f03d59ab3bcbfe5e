// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavePage.h"

#include "ConnectionWizard.h"
#include "profile/ProfileStore.h"
#include "report/TestReportView.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

SavePage::SavePage(ConnectionWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_nameProblem(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_testStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("savePage"));
    setTitle(tr("Save"));
    setSubTitle(tr("A name to find the connection by, and anything worth remembering."));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Connection name (required)"));
    m_nameProblem->setWordWrap(true);
    m_nameProblem->setVisible(false);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Optional: who runs the server, where the CA came from…"));
    m_testStatus->setObjectName(QStringLiteral("testStatus"));
    m_testStatus->setWordWrap(true);
    m_testStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name: *"), m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("N&otes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_testStatus);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        const QString problem = m_name->text().trimmed().isEmpty() ? QString() : nameProblem();
        m_nameProblem->setText(problem.isEmpty() ? QString() : tr("⚠ %1").arg(problem));
        m_nameProblem->setVisible(!problem.isEmpty());
        Q_EMIT completeChanged();
    });
}

void SavePage::initializePage()
{
    const Profile p = m_wizard->profile();
    if (m_name->text().isEmpty()) {
        //: Suggested connection name: user at host
        m_name->setText(p.user.isEmpty() ? p.host : tr("%1 on %2").arg(p.user, p.host));
    }
    const auto report = m_wizard->lastReport();
    QString text;
    if (!report || report->verdict == ConnectionReport::Verdict::Cancelled) {
        text = tr("⚠ This connection has not been tested. You can save it anyway and test it "
                  "later from the main window.");
    } else {
        text = tr("%1 Last test: %2.")
                       .arg(TestReportView::verdictSymbol(report->verdict),
                            ConnectionReport::verdictText(report->verdict));
        if (report->verdict == ConnectionReport::Verdict::Failed)
            text += QLatin1Char(' ') + tr("You can save it anyway, or go back and fix it.");
    }
    m_testStatus->setText(text);
}

QString SavePage::name() const
{
    return m_name->text().trimmed();
}

QString SavePage::notes() const
{
    return m_notes->toPlainText();
}

QString SavePage::testStatusText() const
{
    return m_testStatus->text();
}

QString SavePage::nameProblem() const
{
    const QString n = name();
    if (n.isEmpty())
        return tr("Enter a name for the connection.");
    const QList<Profile> &profiles = m_wizard->store().profiles();
    for (const Profile &p : profiles) {
        if (p.name.compare(n, Qt::CaseInsensitive) == 0)
            return tr("A connection named “%1” exists already; choose another name.").arg(p.name);
    }
    return {};
}

bool SavePage::isComplete() const
{
    return nameProblem().isEmpty();
}
