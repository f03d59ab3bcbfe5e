// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/ConnectionReport.h"
#include "profile/Profile.h"

#include <QUuid>
#include <QWizard>

#include <optional>

class ProfileStore;
class SecretStore;
class ServerSection;
class SecuritySection;
class ServerPage;
class SecurityPage;
class TestPage;
class SavePage;

// "New connection": Server → Security → Test → Save. The pages are the same section widgets the
// profile editor uses. Finishing adds the profile to the store (and the password to the keychain
// when asked to); finishing without a test is allowed and said so on the last page.
class ConnectionWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ServerPageId, SecurityPageId, TestPageId, SavePageId };

    ConnectionWizard(ProfileStore &store, SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectionWizard() override;

    // The profile as entered so far (not stored).
    Profile profile() const;
    QString password() const;
    QString keyPassphrase() const;
    // The SSH jump host's password as typed, and its key's passphrase when a test asked for it
    // (memory only; kept in the keychain on Save when the user asked for that).
    QString sshPassword() const;
    QString sshKeyPassphrase() const { return m_sshKeyPassphrase; }
    void setSshKeyPassphrase(const QString &passphrase, bool save);

    ServerSection *serverSection() const;
    SecuritySection *securitySection() const;
    TestPage *testPage() const { return m_testPage; }
    SavePage *savePage() const { return m_savePage; }

    // The last finished test of this wizard run, if any.
    std::optional<ConnectionReport> lastReport() const { return m_lastReport; }
    void setLastReport(const ConnectionReport &report) { m_lastReport = report; }
    // Trust chosen on the Security page (pin); kept until finishing.
    void setPinned(const QByteArray &sha256);

    ProfileStore &store() const { return m_store; }

    void accept() override;

Q_SIGNALS:
    void profileCreated(const QUuid &id);

private:
    ProfileStore &m_store;
    SecretStore *m_secrets;
    Profile m_base;
    std::optional<ConnectionReport> m_lastReport;
    QString m_sshKeyPassphrase;
    bool m_saveSshKeyPassphrase = false;
    ServerPage *m_serverPage;
    SecurityPage *m_securityPage;
    TestPage *m_testPage;
    SavePage *m_savePage;
};
