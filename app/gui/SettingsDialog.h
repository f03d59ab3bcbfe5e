// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

// Preferences: the language, the SSL mode and connect timeout new connections start with, and
// the warnings about expiring certificates.
// OK saves them and switches the language at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // What the dialog shows now (not saved until accepted).
    Settings settings() const;
    void setSettings(const Settings &settings);

    void accept() override;

private:
    void updateConsequence();

    QComboBox *m_language;
    QComboBox *m_sslMode;
    QLabel *m_consequence;
    QSpinBox *m_timeout;
    QCheckBox *m_warnExpiry;
    QSpinBox *m_warnDays;
};
