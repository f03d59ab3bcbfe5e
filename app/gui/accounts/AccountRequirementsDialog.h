// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountRequirementRunner.h"

#include <QDialog>
#include <QPointer>
#include <QUuid>

#include <optional>

class ProfileStore;
class SecretStore;
class SqlHighlighter;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// "Account TLS requirements": writes CREATE USER / ALTER USER ... REQUIRE / GRANT for the server
// in front of it, shows and saves them, and runs and verifies them through an admin profile.
// Open it non-modally: `(new AccountRequirementsDialog(store, secrets, profileId, this))->open()`
// with Qt::WA_DeleteOnClose set by the caller if wanted.
class AccountRequirementsDialog : public QDialog
{
    Q_OBJECT
public:
    AccountRequirementsDialog(ProfileStore *store, SecretStore *secrets,
                              const QUuid &adminProfileId = {}, QWidget *parent = nullptr);
    ~AccountRequirementsDialog() override;

    // What the form describes and the statements for the current target (for tests and Copy).
    AccountChange change() const;
    ServerDialect dialect() const;
    AccountScript script() const;

    // Connects with the chosen admin profile (password from the SecretStore) to detect the
    // server and list its accounts.
    void connectToServer();

Q_SIGNALS:
    void serverInspected(bool ok);
    void runFinished(bool ok);

private:
    void buildUi();
    void updatePreview();
    void updateRequirementFields();
    void applyPrivilegeSet(const QStringList &set);
    void fillFromCertificate();
    void fillFromFile(const QString &path);
    void copyStatements();
    void saveStatements();
    void saveTo(const QString &path);
    void confirmAndRun();
    // Asks before a login without TLS to a host that is not on loopback, then launchRun().
    void startRun(bool verifyOnly);
    void launchRun(bool verifyOnly, bool plaintextConfirmed);
    // Calls `then` with the current admin profile's password: cached for that profile, from
    // the SecretStore, or asked for.
    void withAdminPassword(const std::function<void(const QString &)> &then);
    // Drops the cached password, the server's facts and its account list.
    void forgetServer();
    bool isCurrentProfile(const QUuid &id) const;
    void inspected(const ServerInspection &inspection);
    void statementFinished(const StatementResult &result);
    void finished(const AccountRunReport &report);
    std::optional<Profile> adminProfile() const;

    QPointer<ProfileStore> m_store;
    QPointer<SecretStore> m_secrets;
    AccountRequirementRunner *m_runner = nullptr;
    // The admin profile that m_facts and m_adminPassword belong to; both are forgotten when
    // another profile is chosen.
    QUuid m_serverProfileId;
    std::optional<AdminServerFacts> m_facts;
    QString m_adminPassword;    // memory only
    QString m_adminSshPassword; // the SSH jump host's, when the admin profile has one
    QString m_adminSshKeyPassphrase;

    QComboBox *m_profile = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_serverStatus = nullptr;
    QComboBox *m_dialect = nullptr;
    QComboBox *m_user = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_hostHelp = nullptr;
    QComboBox *m_authentication = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_create = nullptr;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_table = nullptr;
    QList<QCheckBox *> m_privileges;
    QComboBox *m_requireType = nullptr;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_subject = nullptr;
    QLineEdit *m_cipher = nullptr;
    QPushButton *m_fromCert = nullptr;
    QLabel *m_certVerdict = nullptr;
    QCheckBox *m_revokeFirst = nullptr;
    QCheckBox *m_legacy = nullptr;
    QCheckBox *m_flush = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    SqlHighlighter *m_highlighter = nullptr;
    QLabel *m_problems = nullptr;
    QLineEdit *m_commandLine = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_verify = nullptr;
    QCheckBox *m_prove = nullptr;
    QCheckBox *m_proveWithoutTls = nullptr;
    QLabel *m_proveWithoutTlsHelp = nullptr;
    QLineEdit *m_provePassword = nullptr;
    QLineEdit *m_proveCert = nullptr;
    QLineEdit *m_proveKey = nullptr;
    QPlainTextEdit *m_results = nullptr;
};
