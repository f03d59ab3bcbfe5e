// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AdminSession.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QUuid>

#include <atomic>
#include <memory>
#include <optional>

// One login attempt made to prove a requirement.
struct LoginAttempt
{
    enum class Kind { WithoutTls, TlsWithoutCertificate, TlsWithCertificate };
    Kind kind = Kind::WithoutTls;
    bool expectSuccess = false;
    bool succeeded = false;
    int errorCode = 0;
    QString error;
    QString tlsVersion; // when it succeeded over TLS: the server's Ssl_version

    bool asExpected() const { return succeeded == expectSuccess; }
    static QString kindText(Kind kind); // translated
};

// Connect through an admin profile; read the server's facts and accounts.
struct ServerInspection
{
    QUuid profileId; // the admin profile it was made with
    QString error;   // translated, when the admin login failed
    std::optional<AdminServerFacts> facts;
    QList<AccountName> accounts;
    QString accountsError;
    bool ok() const { return error.isEmpty() && facts.has_value(); }
};

// Everything one "Run on server" did, for the dialog and `sslcm-cli require --apply`.
struct AccountRunReport
{
    Q_DECLARE_TR_FUNCTIONS(AccountRunReport)
public:
    QUuid adminProfileId; // the admin profile it ran through
    QString error;        // translated: why nothing (more) was done
    std::optional<AdminServerFacts> facts;
    AccountScript script; // as generated for that session (its dialect and sql_mode)
    QList<StatementResult> results;
    AccountReadBack readBack;
    bool requirementMatches = false; // read back == requested
    QList<LoginAttempt> logins;
    QStringList notes; // translated
    bool verifiedOnly = false;

    bool statementsOk() const;
    bool loginsOk() const;
    bool ok() const;
    QString toText() const; // translated, for the CLI and "Copy results"
};

// Runs account statements through an admin profile on a worker thread (or, with the static
// functions, on the calling one), then verifies them: reads the requirement back and, when asked,
// logs in as the account without TLS (must fail when TLS is required) and with TLS (must work).
class AccountRequirementRunner : public QObject
{
    Q_OBJECT
public:
    struct Admin
    {
        Profile profile;
        QString password; // memory only
        QString keyPassphrase;
        QString sshPassword; // the SSH jump host's, when the profile has one
        QString sshKeyPassphrase;
        ConnectionSecrets secrets() const
        {
            return {password, keyPassphrase, sshPassword, sshKeyPassphrase};
        }
    };
    struct Request
    {
        Admin admin;
        AccountChange change;
        // The statements the user confirmed (AccountScript::text()); when set and the session
        // would run anything else (its sql_mode or version changed), nothing is run.
        std::optional<QString> confirmedText;
        // Only read the account back (and prove it by login when asked): run no statement.
        bool verifyOnly = false;
        bool proveByLogin = false;
        // Also log in without TLS (must fail when TLS is required). That login sends the
        // account's name and the challenge response made from its password unencrypted: off by
        // default, and only to a loopback host unless the user confirmed it for this host.
        bool proveWithoutTls = false;
        bool plaintextProofConfirmed = false;
        QString accountPassword; // for the login proof
        QString clientCertificate;
        QString clientKey;
        QString clientKeyPassphrase;
    };

    explicit AccountRequirementRunner(QObject *parent = nullptr);
    ~AccountRequirementRunner() override;

    void inspect(const Admin &admin);
    void start(const Request &request);
    bool isRunning() const;

    static ServerInspection inspectBlocking(const Admin &admin);
    static AccountRunReport runBlocking(const Request &request,
                                        const std::function<void(const StatementResult &)> &onResult
                                        = {});
    // The login attempts that prove a requirement, made through the TLS gateway as the account.
    static QList<LoginAttempt> proveByLogin(const Request &request);
    // Which logins proveByLogin() makes for the request, in order.
    static QList<LoginAttempt::Kind> loginPlan(const Request &request);
    // Whether the login without TLS may be made: asked for, and to a loopback host or confirmed.
    static bool plaintextProofAllowed(const Request &request);
    // localhost, 127.0.0.0/8, ::1: traffic to it does not leave this computer.
    static bool isLoopbackHost(const QString &host);
    // The statements the request would run on a session with these facts (preview, confirmation).
    static AccountScript scriptFor(const AccountChange &change, const AdminServerFacts &facts);

Q_SIGNALS:
    void inspected(const ServerInspection &inspection);
    void statementFinished(const StatementResult &result);
    void finished(const AccountRunReport &report);

private:
    void launch(std::function<void()> work);

    struct Shared;
    std::shared_ptr<Shared> m_shared;
};

Q_DECLARE_METATYPE(ServerInspection)
Q_DECLARE_METATYPE(StatementResult)
Q_DECLARE_METATYPE(AccountRunReport)
