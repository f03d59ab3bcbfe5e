// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerPage.h"

#include "profile/ServerSection.h"

#include <QVBoxLayout>

ServerPage::ServerPage(QWidget *parent)
    : QWizardPage(parent)
    , m_section(new ServerSection(true, this))
{
    setObjectName(QStringLiteral("serverPage"));
    setTitle(tr("Server"));
    setSubTitle(tr("Where the MySQL or MariaDB server is, and who logs in."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_section);
    connect(m_section, &ServerSection::changed, this, &QWizardPage::completeChanged);
}

bool ServerPage::isComplete() const
{
    return m_section->problems().isEmpty();
}
