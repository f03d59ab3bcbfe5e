// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUuid>

class ProfileStore;
class QComboBox;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QSpinBox;
struct Profile;

// The small "New connection" form: where the server is, who logs in, and how the connection is
// protected. Accepting validates the input and adds the profile to the store; on any problem the
// dialog stays open and says what to fix.
class NewProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewProfileDialog(ProfileStore &store, QWidget *parent = nullptr);
    ~NewProfileDialog() override;

    void accept() override;

    // The profile as currently entered (not yet stored).
    Profile profile() const;

Q_SIGNALS:
    void profileCreated(const QUuid &id);

private:
    void updateConsequence();
    void growToFit();
    void showProblems(const QStringList &problems, QWidget *focus);

    ProfileStore &m_store;
    QUuid m_id;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_database;
    QComboBox *m_sslMode;
    QLabel *m_consequenceIcon;
    QLabel *m_consequence;
    QFrame *m_problemBox;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};
