// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
struct Profile;

// The settings most people never need: minimum TLS version, cipher list, connect timeout and
// the pinned server certificate fingerprint.
class AdvancedSection : public QWidget
{
    Q_OBJECT
public:
    explicit AdvancedSection(QWidget *parent = nullptr);

    void load(const Profile &profile);
    void apply(Profile &profile) const;
    void setPinned(const QByteArray &sha256);
    QStringList problems() const;

    QLineEdit *pinEdit() const { return m_pin; }

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_minTls;
    QLineEdit *m_ciphers;
    QSpinBox *m_timeout;
    QLineEdit *m_pin;
    QLabel *m_pinProblem;
};
