// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountRequirementRunner.h"

#include "profile/ServerHost.h"

#include "mysql/ConnectionTester.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QMutex>
#include <QPointer>
#include <QThread>

QString LoginAttempt::kindText(Kind kind)
{
    switch (kind) {
    case Kind::WithoutTls:
        return AccountRunReport::tr("Login without TLS");
    case Kind::TlsWithoutCertificate:
        return AccountRunReport::tr("Login with TLS, without a client certificate");
    case Kind::TlsWithCertificate:
        return AccountRunReport::tr("Login with TLS and the client certificate");
    }
    return {};
}

bool AccountRunReport::statementsOk() const
{
    if (!error.isEmpty())
        return false;
    if (verifiedOnly)
        return true;
    if (results.isEmpty())
        return false;
    for (const StatementResult &r : results)
        if (r.status != StatementResult::Status::Done)
            return false;
    return true;
}

bool AccountRunReport::loginsOk() const
{
    for (const LoginAttempt &a : logins)
        if (!a.asExpected())
            return false;
    return true;
}

bool AccountRunReport::ok() const
{
    return statementsOk() && requirementMatches && loginsOk();
}

QString AccountRunReport::toText() const
{
    QString text;
    if (facts)
        text += tr("Server: %1 (sql_mode %2)\n")
                        .arg(facts->version,
                             facts->sqlMode.isEmpty() ? QStringLiteral("''") : facts->sqlMode);
    for (const StatementResult &r : results) {
        QString status;
        switch (r.status) {
        case StatementResult::Status::Done:
            status = tr("done");
            break;
        case StatementResult::Status::Failed:
            status = tr("FAILED");
            break;
        case StatementResult::Status::Skipped:
            status = tr("skipped");
            break;
        }
        text += QStringLiteral("[%1] %2;\n").arg(status, r.displaySql);
        if (r.status == StatementResult::Status::Failed)
            text += QStringLiteral("      %1 %2\n").arg(r.errorCode).arg(r.error);
        for (const QString &w : r.warnings)
            text += QStringLiteral("      %1\n").arg(w);
    }
    if (!error.isEmpty())
        text += error + QLatin1Char('\n');
    if (readBack.ok) {
        if (!readBack.exists)
            text += tr("Read back from %1: the account does not exist.\n").arg(readBack.source);
        else
            text += tr("Read back from %1: %2 — %3\n")
                            .arg(readBack.source,
                                 readBack.requirement.clause(SqlQuoting::Backslash::IsLiteral),
                                 requirementMatches ? tr("as requested")
                                                    : tr("NOT what was requested"));
        if (!readBack.showCreateUser.isEmpty())
            text += QStringLiteral("  ") + readBack.showCreateUser + QLatin1Char('\n');
    } else if (!readBack.error.isEmpty()) {
        text += readBack.error + QLatin1Char('\n');
    }
    for (const LoginAttempt &a : logins) {
        const QString outcome = a.succeeded
                ? (a.tlsVersion.isEmpty() ? tr("logged in")
                                          : tr("logged in (%1)").arg(a.tlsVersion))
                : tr("refused (%1 %2)").arg(a.errorCode).arg(a.error);
        text += QStringLiteral("%1: %2 — %3\n")
                        .arg(LoginAttempt::kindText(a.kind), outcome,
                             a.asExpected() ? tr("as expected") : tr("NOT as expected"));
    }
    for (const QString &note : notes)
        text += note + QLatin1Char('\n');
    return text;
}

struct AccountRequirementRunner::Shared
{
    QMutex mutex;
    QList<QThread *> threads;
    std::atomic<int> running {0};
};

AccountRequirementRunner::AccountRequirementRunner(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<ServerInspection>();
    qRegisterMetaType<StatementResult>();
    qRegisterMetaType<AccountRunReport>();
}

AccountRequirementRunner::~AccountRequirementRunner()
{
    // Workers only block on the network, bounded by the profile's timeouts; results for this
    // object are dropped (QPointer), but the QSqlDatabase work must end before the process does.
    QList<QThread *> threads;
    {
        QMutexLocker lock(&m_shared->mutex);
        threads = m_shared->threads;
    }
    for (QThread *t : threads)
        t->wait();
}

bool AccountRequirementRunner::isRunning() const
{
    return m_shared->running > 0;
}

void AccountRequirementRunner::launch(std::function<void()> work)
{
    const std::shared_ptr<Shared> shared = m_shared;
    ++shared->running;
    QThread *thread = QThread::create(std::move(work));
    {
        QMutexLocker lock(&shared->mutex);
        shared->threads.append(thread);
    }
    connect(thread, &QThread::finished, thread, [thread, shared] {
        {
            QMutexLocker lock(&shared->mutex);
            shared->threads.removeAll(thread);
        }
        --shared->running;
        thread->deleteLater();
    });
    thread->start();
}

void AccountRequirementRunner::inspect(const Admin &admin)
{
    QPointer<AccountRequirementRunner> self(this);
    launch([self, admin] {
        const ServerInspection result = inspectBlocking(admin);
        QMetaObject::invokeMethod(
                qApp,
                [self, result] {
                    if (self)
                        Q_EMIT self->inspected(result);
                },
                Qt::QueuedConnection);
    });
}

void AccountRequirementRunner::start(const Request &request)
{
    QPointer<AccountRequirementRunner> self(this);
    launch([self, request] {
        const AccountRunReport report = runBlocking(request, [self](const StatementResult &r) {
            QMetaObject::invokeMethod(
                    qApp,
                    [self, r] {
                        if (self)
                            Q_EMIT self->statementFinished(r);
                    },
                    Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(
                qApp,
                [self, report] {
                    if (self)
                        Q_EMIT self->finished(report);
                },
                Qt::QueuedConnection);
    });
}

ServerInspection AccountRequirementRunner::inspectBlocking(const Admin &admin)
{
    ServerInspection r;
    r.profileId = admin.profile.id;
    AdminSession::Opened opened = AdminSession::open(admin.profile, admin.secrets());
    if (!opened.session) {
        r.error = opened.error;
        return r;
    }
    const AdminSession::FactsResult facts = opened.session->facts();
    if (!facts.facts) {
        r.error = facts.error;
        return r;
    }
    r.facts = facts.facts;
    const AdminSession::Accounts accounts = opened.session->accounts();
    r.accounts = accounts.accounts;
    r.accountsError = accounts.error;
    return r;
}

AccountScript AccountRequirementRunner::scriptFor(const AccountChange &change,
                                                  const AdminServerFacts &facts)
{
    return AccountStatementBuilder::build(change, facts.dialect.value_or(ServerDialect()),
                                          facts.backslash);
}

AccountRunReport
AccountRequirementRunner::runBlocking(const Request &request,
                                      const std::function<void(const StatementResult &)> &onResult)
{
    AccountRunReport report;
    report.adminProfileId = request.admin.profile.id;
    AdminSession::Opened opened
            = AdminSession::open(request.admin.profile, request.admin.secrets());
    if (!opened.session) {
        report.error = opened.error;
        return report;
    }
    AdminSession &session = *opened.session;
    const AdminSession::FactsResult facts = session.facts();
    if (!facts.facts) {
        report.error = facts.error;
        return report;
    }
    report.facts = facts.facts;
    if (!facts.facts->dialect) {
        report.error = AccountRunReport::tr("%1 is not a server sslcm writes account statements "
                                            "for (MySQL 5.7, MySQL 8.x/9.x, MariaDB 10.x/11.x).")
                               .arg(facts.facts->version);
        return report;
    }
    report.script = scriptFor(request.change, *facts.facts);
    if (!report.script.ok()) {
        report.error = report.script.problems.join(QLatin1Char(' '));
        return report;
    }
    report.verifiedOnly = request.verifyOnly;
    if (!request.verifyOnly && !report.script.canRun()) {
        report.error = report.script.runProblems.join(QLatin1Char(' '));
        return report;
    }
    if (!request.verifyOnly && request.confirmedText
        && *request.confirmedText != report.script.text()) {
        report.error = AccountRunReport::tr("Nothing was run: for this session (sql_mode %1) the "
                                            "statements differ from "
                                            "the ones you confirmed. Review them again.")
                               .arg(facts.facts->sqlMode);
        return report;
    }
    if (!request.verifyOnly) {
        const AdminSession::Execution execution = session.execute(report.script, onResult);
        report.results = execution.results;
        if (!execution.error.isEmpty()) {
            report.error = execution.error;
            return report;
        }
    }
    report.readBack
            = session.readBack(request.change.user, request.change.host, *facts.facts->dialect);
    AccountRequirement expected = request.change.requirement;
    if (expected.type != AccountRequirement::Type::Specified) {
        expected.issuer.clear();
        expected.subject.clear();
        expected.cipher.clear();
    }
    report.requirementMatches = report.readBack.ok && report.readBack.exists
            && report.readBack.requirement == expected;
    opened.session.reset(); // the admin session is not needed for the login proof

    if (request.proveByLogin && report.statementsOk())
        report.logins = proveByLogin(request);
    if (request.proveByLogin && request.proveWithoutTls && !plaintextProofAllowed(request))
        report.notes << AccountRunReport::tr(
                                "The login without TLS was not tried: %1 is not on this "
                                "computer, and that login would send the account's name and "
                                "the challenge response made from its password unencrypted "
                                "over the network.")
                                .arg(request.admin.profile.host);
    report.notes << AccountRunReport::tr(
            "Sessions the account opened before this change stay connected; the requirement "
            "applies from its next login.");
    if (!report.loginsOk())
        report.notes << AccountRunReport::tr(
                                "A login did not behave as the requirement demands. If the "
                                "account's host (%1) "
                                "does not match this computer's address, or the password given for "
                                "the proof "
                                "is wrong, the server refuses it for that reason instead.")
                                .arg(request.change.host);
    return report;
}

bool AccountRequirementRunner::isLoopbackHost(const QString &host)
{
    // The same parse the connection makes: an odd spelling that is refused there is not
    // "loopback" here either.
    const ServerHost parsed = ServerHost::parse(host);
    // "localhost." is a DNS query, not the hosts file: only the plain name counts.
    if (parsed.kind() == ServerHost::Kind::DnsName)
        return parsed.connectHost().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
    return parsed.isAddress() && QHostAddress(parsed.identity()).isLoopback();
}

bool AccountRequirementRunner::plaintextProofAllowed(const Request &request)
{
    return request.proveWithoutTls
            && (request.plaintextProofConfirmed || isLoopbackHost(request.admin.profile.host));
}

QList<LoginAttempt::Kind> AccountRequirementRunner::loginPlan(const Request &request)
{
    const bool needsCertificate = request.change.requirement.needsClientCertificate();
    QList<LoginAttempt::Kind> plan;
    if (plaintextProofAllowed(request))
        plan << LoginAttempt::Kind::WithoutTls;
    plan << LoginAttempt::Kind::TlsWithoutCertificate;
    if (needsCertificate && !request.clientCertificate.isEmpty())
        plan << LoginAttempt::Kind::TlsWithCertificate;
    return plan;
}

QList<LoginAttempt> AccountRequirementRunner::proveByLogin(const Request &request)
{
    const AccountRequirement &r = request.change.requirement;
    const bool needsCertificate = r.needsClientCertificate();
    const bool needsTls = r.type != AccountRequirement::Type::None;
    auto expectSuccess = [&](LoginAttempt::Kind kind) {
        switch (kind) {
        case LoginAttempt::Kind::WithoutTls:
            return !needsTls;
        case LoginAttempt::Kind::TlsWithoutCertificate:
            return !needsCertificate;
        case LoginAttempt::Kind::TlsWithCertificate:
            return true;
        }
        return false;
    };
    struct Plan
    {
        LoginAttempt::Kind kind;
        bool expectSuccess;
    };
    QList<Plan> plans;
    for (LoginAttempt::Kind kind : loginPlan(request))
        plans.append({kind, expectSuccess(kind)});

    QList<LoginAttempt> attempts;
    for (const Plan &plan : plans) {
        ConnectionTester::Request t;
        t.profile = request.admin.profile;
        t.profile.user = request.change.user;
        t.profile.database.clear();
        t.password = request.accountPassword;
        t.profile.clientCertificate.clear();
        t.profile.clientKey.clear();
        if (plan.kind == LoginAttempt::Kind::WithoutTls) {
            t.profile.sslMode = SslMode::Disabled;
            t.profile.pinnedSha256.clear();
        } else if (t.profile.sslMode < SslMode::Required) {
            t.profile.sslMode = SslMode::Required;
        }
        if (plan.kind == LoginAttempt::Kind::TlsWithCertificate) {
            t.profile.clientCertificate = request.clientCertificate;
            t.profile.clientKey = request.clientKey;
            t.keyPassphrase = request.clientKeyPassphrase;
        }
        const ConnectionReport report = ConnectionTester::run(t);
        LoginAttempt a;
        a.kind = plan.kind;
        a.expectSuccess = plan.expectSuccess;
        a.succeeded = report.verdict == ConnectionReport::Verdict::SecureVerified
                || report.verdict == ConnectionReport::Verdict::EncryptedUnverified
                || report.verdict == ConnectionReport::Verdict::Plaintext;
        a.errorCode = report.loginErrorCode;
        a.error = report.loginError.isEmpty() ? report.explanation.summary : report.loginError;
        a.tlsVersion = report.serverTlsVersion;
        attempts.append(a);
    }
    return attempts;
}
