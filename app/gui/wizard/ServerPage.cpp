// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerPage.h"

#include "ScrollWheelGuard.h"

#include "profile/ServerSection.h"
#include "profile/SshSection.h"

#include <QCheckBox>
#include <QScrollArea>
#include <QVBoxLayout>

ServerPage::ServerPage(QWidget *parent)
    : QWizardPage(parent)
    , m_section(new ServerSection(true, this))
{
    setObjectName(QStringLiteral("serverPage"));
    setTitle(tr("Server"));
    setSubTitle(tr("Where the MySQL or MariaDB server is, and who logs in."));
    // Unfolded, "Connect through SSH" makes the page taller than the wizard.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_section);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    ScrollWheelGuard::protect(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(m_section, &ServerSection::changed, this, &QWizardPage::completeChanged);
    SshSection::keepInView(m_section->sshSection(), scroll);
}

bool ServerPage::isComplete() const
{
    return m_section->problems().isEmpty();
}
