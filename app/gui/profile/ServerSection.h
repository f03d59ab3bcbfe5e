// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionPreset.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
struct Profile;

// Where the server is and who logs in: host, port, user, password (and whether the keychain
// keeps it), default database, and optionally a provider preset. Used by the connection wizard
// and the profile editor alike.
class ServerSection : public QWidget
{
    Q_OBJECT
public:
    explicit ServerSection(bool withPresets, QWidget *parent = nullptr);

    void load(const Profile &profile);
    // Writes the fields into `profile` (only valid values).
    void apply(Profile &profile) const;

    QString password() const;
    void setPassword(const QString &password);
    bool savePassword() const;
    void setSavePassword(bool save);

    // What must be fixed before going on, translated; empty when the section is complete.
    QStringList problems() const;
    ConnectionPreset preset() const;

    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *portEdit() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *presetBox() const { return m_preset; }

    // The checks behind problems(), for one value each; empty when fine.
    static QString hostProblem(const QString &host);
    static QString portProblem(const QString &port);

Q_SIGNALS:
    void changed();
    // A preset was picked; its mode is the one to suggest.
    void presetChosen(const ConnectionPreset &preset);

private:
    void applyPreset(int index);
    void updateProblems();

    QComboBox *m_preset = nullptr;
    QLabel *m_caveat = nullptr;
    QLineEdit *m_host;
    QLabel *m_hostProblem;
    QLineEdit *m_port;
    QLabel *m_portProblem;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_savePassword;
    QLineEdit *m_database;
};
