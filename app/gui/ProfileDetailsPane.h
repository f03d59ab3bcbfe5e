// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/Profile.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class WrappingLabel;
class QPushButton;
class TestReportView;
struct ConnectionReport;

// The selected connection at a glance: where it goes and how it is protected, its certificate
// files (with "View…"), and its last test — the full report when it ran in this session.
class ProfileDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileDetailsPane(QWidget *parent = nullptr);

    void showProfile(const std::optional<Profile> &profile);
    TestReportView *reportView() const { return m_report; }
    // The full report of a test run in this session, shown instead of the stored verdict.
    void showReport(const ConnectionReport *report);

private:
    // The last test's time, and its verdict unless the full report is shown as well.
    void showLastTest(bool reportShown);

    QLabel *m_title;
    QFormLayout *m_form;
    WrappingLabel *m_lastTest;
    TestReportView *m_report;
    std::optional<Profile> m_profile;
};
