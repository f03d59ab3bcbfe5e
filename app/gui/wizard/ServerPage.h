// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class ServerSection;

// Wizard page 1: where the server is and who logs in, with provider presets.
class ServerPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ServerPage(QWidget *parent = nullptr);

    ServerSection *section() const { return m_section; }
    bool isComplete() const override;

private:
    ServerSection *m_section;
};
