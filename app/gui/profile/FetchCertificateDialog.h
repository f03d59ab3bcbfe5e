// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/GatewaySession.h"
#include "profile/Profile.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;
class ProfileConnection;

// "Fetch server certificate": asks the server for its certificate without logging in (on a
// worker thread, cancellable), shows the chain and whether the profile's settings verify it, and
// offers the two honest ways to trust it on first use, each showing what would be trusted.
class FetchCertificateDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Trust { None, UseChainCa, Pin };

    FetchCertificateDialog(const Profile &profile, QWidget *parent = nullptr);
    ~FetchCertificateDialog() override;

    // Through an SSH jump host: its password or key passphrase (memory only), before start().
    void setSshSecrets(const QString &password, const QString &keyPassphrase);
    // Starts the probe; called by the constructor's owner after connecting signals.
    void start();
    void cancel();
    bool isRunning() const { return bool(m_probe); }

    const GatewaySession &session() const { return m_session; }
    // The profile with the chosen trust applied (CA file saved, or fingerprint pinned).
    const Profile &profile() const { return m_profile; }
    Trust trust() const { return m_trust; }

    QPushButton *useCaButton() const { return m_useCa; }
    QPushButton *pinButton() const { return m_pin; }

Q_SIGNALS:
    void probeFinished();
    // The user chose how to trust the server; profile() holds the change.
    void trustChosen(FetchCertificateDialog::Trust trust);
    // The SSH jump host's key file needed its passphrase and the user typed it (and whether
    // to keep it in the keychain); the probe runs again with it.
    void sshKeyPassphraseGiven(const QString &passphrase, bool save);

private:
    void showSession(const GatewaySession &session);
    void showProblem(const QString &problem);
    void useChainCa();
    void pinCertificate();

    Profile m_profile;
    QString m_sshPassword; // memory only
    QString m_sshKeyPassphrase;
    GatewaySession m_session;
    Trust m_trust = Trust::None;
    std::shared_ptr<ProfileConnection> m_probe;
    QLabel *m_status;
    QTreeWidget *m_chain;
    QLabel *m_verification;
    QPushButton *m_view;
    QPushButton *m_useCa;
    QPushButton *m_pin;
    QPushButton *m_cancel;
    QPushButton *m_close;
};
