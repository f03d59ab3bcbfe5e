// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/GatewaySession.h"
#include "profile/SshJump.h"

#include <QDialog>

class QLabel;
class QPushButton;

// The SSH jump host's key, when a test stopped at it. An unknown key is shown with its type and
// SHA256 fingerprint and how to compare it on the jump host; "Trust and Connect" stores it in
// sslcm's own list (SshKnownHosts::accept) and the caller tests again. A changed key is shown
// with both fingerprints and the file holding the recorded one, and cannot be accepted here.
// Open it with open(): it returns at once.
class SshHostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind {
        Unknown, // GatewaySession::Failure::SshHostKeyUnknown
        Changed, // GatewaySession::Failure::SshHostKeyChanged
    };

    SshHostKeyDialog(Kind kind, const SshJump &jump, const GatewaySession::Ssh &facts,
                     QWidget *parent = nullptr);
    ~SshHostKeyDialog() override;

    Kind kind() const { return m_kind; }
    // Unknown: stores the key in sslcm's list, then closes; stays open with the reason when the
    // key cannot be stored. Changed: only closes (there is nothing to accept).
    void accept() override;

    // "SHA256:…" of the key presented.
    QString fingerprint() const;
    // How to see the key's fingerprint on the jump host ("ssh-keygen -lf …").
    static QString compareCommand(const QString &keyType);

    QPushButton *trustButton() const { return m_trust; } // null for a changed key
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *problemLabel() const { return m_problem; }

private:
    Kind m_kind;
    SshJump m_jump;
    GatewaySession::Ssh m_facts;
    QPushButton *m_trust = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_problem = nullptr;
};
