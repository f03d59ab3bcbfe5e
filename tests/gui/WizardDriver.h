// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Drives the connection wizard the way a person does: typing into its fields and pressing its
// buttons. Shared by the GUI tests and the screenshot tool.

#include "profile/CertificateFilePicker.h"
#include "profile/SecuritySection.h"
#include "profile/ServerSection.h"
#include "report/TestReportView.h"
#include "wizard/ConnectionWizard.h"
#include "wizard/SavePage.h"
#include "wizard/TestPage.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QTest>

namespace WizardDriver {

inline void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline void fillServer(ConnectionWizard *wizard, const QString &host, int port, const QString &user,
                       const QString &password = {})
{
    ServerSection *s = wizard->serverSection();
    retype(s->hostEdit(), host);
    retype(s->portEdit(), QString::number(port));
    retype(s->userEdit(), user);
    retype(s->passwordEdit(), password);
}

inline void clickNext(ConnectionWizard *wizard)
{
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
}

} // namespace WizardDriver
