// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionTester.h"

#include "ssh/SshKnownHosts.h"

#include "mysql/ConnectionExplainer.h"
#include "mysql/ProfileConnection.h"
#include "profile/ServerHost.h"
#include "ssh/SshKnownHosts.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <mutex>

using Id = TestStage::Id;
using Status = TestStage::Status;
using GStage = GatewaySession::Stage;
using Failure = GatewaySession::Failure;

struct ConnectionTester::Job
{
    QMutex mutex;
    ConnectionReport snapshot;               // the stages reached so far, for cancel()
    ProfileConnection *connection = nullptr; // while one exists; guarded by mutex
    QPointer<ConnectionTester> owner;        // cleared when the result no longer matters
    std::atomic<bool> cancelled {false};
    bool done = false;
};

namespace {

// Which stage a session that stopped at `reached` failed in.
Id failedStageFor(const GatewaySession &s)
{
    switch (s.failure) {
    case Failure::ServerOffersNoTls:
        return Id::TlsHandshake;
    case Failure::CertificateUntrusted:
    case Failure::HostnameMismatch:
    case Failure::PinMismatch:
    case Failure::NoPeerCertificate:
        // Verification runs inside the handshake; the negotiation itself worked.
        return Id::CertificateCheck;
    case Failure::IdentityNotSet:
    case Failure::VerifyCaWithoutCa:
        return Id::CertificateCheck;
    case Failure::CleartextPasswordRefused:
        return Id::Login;
    case Failure::HostInvalid:
        return Id::Resolve;
    case Failure::SshConnectFailed:
        return Id::SshConnect;
    case Failure::SshHostKeyUnknown:
    case Failure::SshHostKeyChanged:
        return Id::SshHostKey;
    case Failure::SshAuthFailed:
    case Failure::SshAgentNoKey:
    case Failure::SshKeyUnusable:
        return Id::SshLogin;
    case Failure::TunnelRefused:
    case Failure::TunnelConnectFailed:
        return Id::Tunnel;
    default:
        break;
    }
    switch (s.stage) {
    case GStage::Connecting:
        return s.ssh.used ? Id::SshConnect : Id::Connect;
    case GStage::SshConnected:
        return Id::SshHostKey;
    case GStage::SshHostKeyChecked:
        return Id::SshLogin;
    case GStage::SshAuthenticated:
        return Id::Tunnel;
    case GStage::Connected:
        return Id::Greeting;
    case GStage::GreetingReceived:
        return Id::TlsHandshake;
    case GStage::TlsEstablished:
        return Id::CertificateCheck;
    default:
        return Id::Login;
    }
}

// The stage a gateway session was in when it stopped: sessions record `Closed` at the end, so
// look at what they reached.
GStage reachedStage(const GatewaySession &s)
{
    if (s.stage != GStage::Closed)
        return s.stage;
    if (s.authenticationMs >= 0)
        return GStage::Authenticated;
    if (s.credentialsForwarded)
        return GStage::HandshakeForwarded;
    if (s.tlsUsed)
        return s.failure == Failure::None ? GStage::CertificateChecked : GStage::TlsEstablished;
    if (s.greeting)
        return GStage::GreetingReceived;
    if (s.connectMs >= 0)
        return GStage::Connected;
    if (s.ssh.loginMs >= 0)
        return GStage::SshAuthenticated;
    if (s.ssh.hostKeyMs >= 0)
        return GStage::SshHostKeyChecked;
    if (s.ssh.connectMs >= 0)
        return GStage::SshConnected;
    return GStage::Connecting;
}

class Run
{
public:
    Run(const ConnectionTester::Request &request, ConnectionTester::Job *job,
        std::function<void(const TestStage &)> onStage)
        : m_request(request)
        , m_job(job)
        , m_onStage(std::move(onStage))
    { }

    ConnectionReport execute();

private:
    void set(Id id, Status status, qint64 ms = -1, const QString &detail = {});
    void failFrom(Id id, const QString &detail);
    bool signIn(ProfileConnection &connection);
    void runSession(ProfileConnection &connection);
    void sessionChecks(QSqlDatabase &db);
    void sshStages(const GatewaySession::Ssh &facts);
    static std::optional<AccountRequirement>
    ownRequirement(QSqlDatabase &db, const std::optional<ServerDialect> &dialect,
                   std::optional<SqlQuoting::Backslash> backslash);
    bool cancelled() const { return m_job && m_job->cancelled; }

    const ConnectionTester::Request &m_request;
    ConnectionTester::Job *m_job;
    std::function<void(const TestStage &)> m_onStage;
    ConnectionReport m_report;
    QMutex m_mutex; // stage updates come from the gateway's thread too
    QElapsedTimer m_stageTimer;
};

void Run::set(Id id, Status status, qint64 ms, const QString &detail)
{
    TestStage copy;
    {
        QMutexLocker lock(&m_mutex);
        TestStage &s = m_report.stage(id);
        s.status = status;
        if (status == Status::Running)
            m_stageTimer.restart();
        else if (ms >= 0)
            s.elapsedMs = ms;
        else if (status != Status::Skipped && status != Status::Pending)
            s.elapsedMs = m_stageTimer.elapsed();
        if (!detail.isEmpty() || status == Status::Running)
            s.detail = detail;
        copy = s;
        if (m_job) {
            QMutexLocker jobLock(&m_job->mutex);
            m_job->snapshot = m_report;
        }
    }
    if (m_onStage)
        m_onStage(copy);
}

void Run::failFrom(Id id, const QString &detail)
{
    set(id, Status::Failed, -1, detail);
    bool after = false;
    for (Id other : TestStage::all(m_request.profile.ssh.has_value())) {
        if (after)
            set(other, Status::Skipped);
        after = after || other == id;
    }
}

ConnectionReport Run::execute()
{
    const Profile &p = m_request.profile;
    QElapsedTimer total;
    total.start();
    m_stageTimer.start();
    m_report = ConnectionReport::about(p);
    m_report.startedUtc = QDateTime::currentDateTimeUtc();
    m_report.account = m_request.knownRequirement;
    m_report.clientLibrary = ProfileConnection::clientLibrary();
    m_report.passwordSourceKind = p.passwordSource.kind;
    m_report.passwordGiven = m_request.passwordGiven;
    m_report.passwordSource
            = ConnectionReport::passwordGivenText(m_request.passwordGiven, p.passwordSource);
    m_report.sshJump = p.ssh ? p.ssh->summary() : QString();
    for (Id id : TestStage::all(p.ssh.has_value()))
        m_report.stages.append(TestStage {id, Status::Pending, -1, {}});

    auto finish = [&] {
        m_report.totalMs = total.elapsed();
        if (m_report.verdict != ConnectionReport::Verdict::Cancelled)
            m_report.explanation = ConnectionExplainer::explain(m_report, p);
        return m_report;
    };

    ProfileConnection connection(p);
    if (const ProfileConnection::Prepared prepared = connection.prepare(m_request.keyPassphrase);
        !prepared.ok()) {
        for (Id id : TestStage::all(p.ssh.has_value())) {
            if (id == Id::TlsHandshake)
                break;
            set(id, Status::Skipped);
        }
        failFrom(Id::TlsHandshake, prepared.error);
        m_report.explanation.summary = prepared.error;
        m_report.totalMs = total.elapsed();
        return m_report;
    }

    set(Id::Resolve, Status::Running);
    // The same parse the gateway makes: an address is shown as it will be connected to, and an
    // ambiguous spelling stops here, before anything is connected to.
    const ServerHost host = ServerHost::parse(p.host);
    if (!host.isValid()) {
        m_report.gateway.failure = Failure::HostInvalid;
        m_report.gateway.detail = host.problem();
        failFrom(Id::Resolve, host.problem());
        return finish();
    }
    // Through an SSH jump host, the jump host resolves the database's name (often a private
    // one): here only the jump host's own name is looked up.
    const ServerHost lookedUp = p.ssh ? ServerHost::parse(p.ssh->host) : host;
    if (p.ssh && !lookedUp.isValid()) {
        m_report.gateway.failure = Failure::SshConnectFailed;
        m_report.gateway.detail = lookedUp.problem();
        failFrom(Id::Resolve, lookedUp.problem());
        return finish();
    }
    const QHostInfo info = QHostInfo::fromName(lookedUp.isAddress() ? lookedUp.identity()
                                                                    : lookedUp.connectHost());
    if (cancelled())
        return m_report;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        m_report.gateway.failure = Failure::NetworkError;
        m_report.gateway.detail = info.errorString();
        if (p.ssh)
            m_report.gateway.failure = Failure::SshConnectFailed;
        failFrom(Id::Resolve,
                 ConnectionReport::tr("%1 is not a known host name (%2)")
                         .arg(p.ssh ? p.ssh->host : p.host, info.errorString()));
        return finish();
    }
    QStringList addresses;
    for (const QHostAddress &a : info.addresses())
        addresses << a.toString();
    set(Id::Resolve, Status::Passed, -1,
        p.ssh ? ConnectionReport::tr("SSH jump host %1: %2; the jump host resolves %3")
                        .arg(p.ssh->host, addresses.join(QStringLiteral(", ")), p.host)
              : addresses.join(QStringLiteral(", ")));

    if (m_job) {
        QMutexLocker lock(&m_job->mutex);
        m_job->connection = &connection;
    }
    if (!cancelled() && signIn(connection))
        runSession(connection);
    if (m_job) {
        QMutexLocker lock(&m_job->mutex);
        m_job->connection = nullptr;
    }
    connection.close();
    return finish();
}

// The password source's own stage: a command or an AWS token is made here, before anything is
// connected to; the keychain or a prompt has nothing to run.
bool Run::signIn(ProfileConnection &connection)
{
    const PasswordSource &source = m_request.profile.passwordSource;
    if (!source.producesSecret()) {
        set(Id::SignIn, Status::Skipped, -1,
            source.kind == PasswordSource::Kind::Keychain
                    ? ConnectionReport::tr(
                            "nothing to make: the password is the saved or typed one")
                    : ConnectionReport::tr("nothing to make: the password is the typed one"));
        return true;
    }
    set(Id::SignIn, Status::Running);
    const SignInSecret made = connection.signIn();
    m_report.signIn = made.outcome;
    switch (made.outcome) {
    case SignInSecret::Outcome::Obtained:
    case SignInSecret::Outcome::NotNeeded:
        set(Id::SignIn, Status::Passed, made.elapsedMs,
            SignIn::describeForDisplay(made, QDateTime::currentDateTimeUtc()));
        return true;
    case SignInSecret::Outcome::Cancelled:
        return false;
    case SignInSecret::Outcome::Refused:
    case SignInSecret::Outcome::Failed:
        m_report.signInProblem = made.problem;
        m_report.signInErrorOutput = made.errorOutput;
        failFrom(Id::SignIn, made.problem);
        m_report.verdict = ConnectionReport::Verdict::Failed;
        return false;
    }
    return false;
}

void Run::runSession(ProfileConnection &connection)
{
    const Profile &p = m_request.profile;
    const bool ssh = p.ssh.has_value();
    const auto onStage = [this, ssh](GStage stage) {
        switch (stage) {
        case GStage::SshConnected:
            set(Id::SshConnect, Status::Passed);
            set(Id::SshHostKey, Status::Running);
            break;
        case GStage::SshHostKeyChecked:
            set(Id::SshHostKey, Status::Passed);
            set(Id::SshLogin, Status::Running);
            break;
        case GStage::SshAuthenticated:
            set(Id::SshLogin, Status::Passed);
            set(Id::Tunnel, Status::Running);
            break;
        case GStage::Connected:
            set(ssh ? Id::Tunnel : Id::Connect, Status::Passed);
            set(Id::Greeting, Status::Running);
            break;
        case GStage::GreetingReceived:
            set(Id::Greeting, Status::Passed);
            set(Id::TlsHandshake, Status::Running);
            break;
        case GStage::TlsEstablished:
            set(Id::TlsHandshake, Status::Passed);
            set(Id::CertificateCheck, Status::Running);
            break;
        case GStage::CertificateChecked:
            set(Id::CertificateCheck, Status::Passed);
            set(Id::Login, Status::Running);
            break;
        case GStage::Authenticated:
            set(Id::Login, Status::Passed);
            break;
        default:
            break;
        }
    };
    set(ssh ? Id::SshConnect : Id::Connect, Status::Running);

    const ProfileConnection::Opened opened
            = connection.open(ConnectionSecrets {m_request.password, m_request.keyPassphrase,
                                                 m_request.sshPassword, m_request.sshKeyPassphrase},
                              onStage);
    if (opened.outcome == ProfileConnection::Opened::Outcome::GatewayFailed) {
        failFrom(ssh ? Id::SshConnect : Id::Connect, opened.error);
        return;
    }
    m_report.gateway = opened.session;
    if (ssh)
        sshStages(m_report.gateway.ssh);
    {
        QSqlDatabase db = connection.database();
        const QSqlError &error = opened.sqlError;
        const GatewaySession &s = m_report.gateway;

        if (!opened.opened()) {
            m_report.loginErrorCode = error.nativeErrorCode().toInt();
            m_report.loginError = error.databaseText();
            if (cancelled()) {
                m_report.verdict = ConnectionReport::Verdict::Cancelled;
            } else {
                m_report.gateway.stage = reachedStage(s);
                const Id failed = s.failure == Failure::None ? Id::Login : failedStageFor(s);
                const QString detail = s.failure == Failure::None || failed == Id::Login
                        ? QStringLiteral("%1 %2")
                                  .arg(m_report.loginErrorCode)
                                  .arg(m_report.loginError)
                        : s.detail;
                if (failed == Id::CertificateCheck)
                    set(Id::TlsHandshake, Status::Passed, s.tlsMs);
                failFrom(failed, detail);
                m_report.verdict = ConnectionReport::Verdict::Failed;
            }
        } else {
            if (!s.tlsUsed) {
                const QString why = p.sslMode == SslMode::Disabled
                        ? ConnectionReport::tr("TLS is disabled for this profile")
                        : ConnectionReport::tr("the server offers no TLS: connected in plain text");
                const Status status
                        = p.sslMode == SslMode::Disabled ? Status::Skipped : Status::Warning;
                set(Id::TlsHandshake, status, -1, why);
                set(Id::CertificateCheck, status, -1, why);
            } else {
                set(Id::TlsHandshake, Status::Passed, s.tlsMs,
                    QStringLiteral("%1, %2").arg(s.tlsProtocol, s.cipher));
                if (p.sslMode == SslMode::Required || p.sslMode == SslMode::Preferred) {
                    if (!p.pinnedSha256.isEmpty())
                        set(Id::CertificateCheck, Status::Passed, 0,
                            ConnectionReport::tr("the pinned fingerprint matches"));
                    else
                        set(Id::CertificateCheck, Status::Warning, 0,
                            ConnectionReport::tr("not verified: the mode is %1")
                                    .arg(SslModes::key(p.sslMode)));
                } else {
                    set(Id::CertificateCheck, Status::Passed, 0,
                        s.hostnameChecked
                                ? ConnectionReport::tr("the chain leads to your CA and names %1")
                                          .arg(p.host)
                                : ConnectionReport::tr("the chain leads to your CA"));
                }
            }
            set(Id::Login, Status::Passed, s.authenticationMs);
            sessionChecks(db);
            if (!s.tlsUsed)
                m_report.verdict = ConnectionReport::Verdict::Plaintext;
            else if (p.sslMode >= SslMode::VerifyCa || !p.pinnedSha256.isEmpty())
                m_report.verdict = ConnectionReport::Verdict::SecureVerified;
            else
                m_report.verdict = ConnectionReport::Verdict::EncryptedUnverified;
        }
    }
    connection.close();
}

// The SSH stages as the tunnel measured them, with what each found: the times and facts come
// from the jump host's session (a reused session took no time to connect or log in).
void Run::sshStages(const GatewaySession::Ssh &facts)
{
    if (facts.reused) {
        const QString reused = ConnectionReport::tr("already up: the SSH session is shared");
        for (Id id : {Id::SshConnect, Id::SshHostKey, Id::SshLogin})
            set(id, Status::Passed, 0, reused);
    } else {
        if (facts.connectMs >= 0)
            set(Id::SshConnect, Status::Passed, facts.connectMs,
                facts.serverBanner.isEmpty()
                        ? facts.destination
                        : QStringLiteral("%1, %2").arg(facts.destination, facts.serverBanner));
        if (facts.hostKeyMs >= 0)
            //: %1 is the key type, %2 its SHA256 fingerprint, %3 the file that holds it
            set(Id::SshHostKey, Status::Passed, facts.hostKeyMs,
                ConnectionReport::tr("%1 %2, on record in %3")
                        .arg(facts.hostKeyType, SshKnownHosts::fingerprint(facts.hostKeySha256),
                             facts.hostKeySource));
        if (facts.loginMs >= 0)
            set(Id::SshLogin, Status::Passed, facts.loginMs, facts.authMethod);
    }
    if (facts.channelMs >= 0)
        set(Id::Tunnel, Status::Passed, facts.channelMs,
            ConnectionReport::tr("the jump host connected to %1")
                    .arg(m_request.profile.addressText()));
}

QString textOf(const QVariant &value)
{
    // Grant-table columns are BLOBs on MySQL and come back as bytes.
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(value.toByteArray());
    return value.toString();
}

// The logged-in account's requirement: exact from the grant tables when the account may read
// them, else from SHOW CREATE USER, which leaves it unknown where its clause is ambiguous.
std::optional<AccountRequirement>
Run::ownRequirement(QSqlDatabase &db, const std::optional<ServerDialect> &dialect,
                    std::optional<SqlQuoting::Backslash> backslash)
{
    QSqlQuery q(db);
    const bool globalPriv = dialect && dialect->hasGlobalPriv();
    // CURRENT_USER() is 'user@host' as the grant tables hold them; exactly one row must match.
    const QString table = globalPriv
            ? QStringLiteral("SELECT Priv FROM mysql.global_priv")
            : QStringLiteral(
                    "SELECT ssl_type, x509_issuer, x509_subject, ssl_cipher FROM mysql.user");
    // Reading a grant table the account may not read counts on the server as denied access
    // (USER_STATISTICS' DENIED_CONNECTIONS, audit logs) that a DBA watches for intruders: look
    // at the account's own privileges first, which every account may read.
    const QString tableName = globalPriv ? QStringLiteral("global_priv") : QStringLiteral("user");
    const bool mayRead = dialect
            && q.exec(QStringLiteral(
                              "SELECT (SELECT COUNT(*) FROM information_schema.USER_PRIVILEGES "
                              "WHERE PRIVILEGE_TYPE = 'SELECT') + (SELECT COUNT(*) FROM "
                              "information_schema.SCHEMA_PRIVILEGES WHERE TABLE_SCHEMA = 'mysql' "
                              "AND PRIVILEGE_TYPE = 'SELECT') + (SELECT COUNT(*) FROM "
                              "information_schema.TABLE_PRIVILEGES WHERE TABLE_SCHEMA = 'mysql' "
                              "AND TABLE_NAME = '%1' AND PRIVILEGE_TYPE = 'SELECT')")
                              .arg(tableName))
            && q.next() && q.value(0).toInt() > 0;
    if (mayRead
        && q.exec(table + QStringLiteral(" WHERE CONCAT(User, '@', Host) = CURRENT_USER()"))) {
        std::optional<AccountRequirement> found;
        int rows = 0;
        while (q.next()) {
            ++rows;
            found = globalPriv
                    ? AccountRequirement::fromGlobalPriv(
                            QJsonDocument::fromJson(textOf(q.value(0)).toUtf8()).object())
                    : AccountRequirement::fromUserTable(textOf(q.value(0)), textOf(q.value(1)),
                                                        textOf(q.value(2)), textOf(q.value(3)));
        }
        if (rows == 1)
            return found;
    }
    if (q.exec(QStringLiteral("SHOW CREATE USER CURRENT_USER()")) && q.next())
        return AccountRequirement::fromShowCreateUser(q.value(0).toString(), dialect, backslash);
    return std::nullopt;
}

void Run::sessionChecks(QSqlDatabase &db)
{
    set(Id::SessionChecks, Status::Running);
    QSqlQuery q(db);
    QStringList problems;
    std::optional<SqlQuoting::Backslash> backslash;
    if (q.exec(QStringLiteral("SELECT VERSION(), CURRENT_USER(), @@SESSION.sql_mode"))
        && q.next()) {
        m_report.serverVersion = q.value(0).toString();
        m_report.currentUser = q.value(1).toString();
        backslash = SqlQuoting::backslashFor(q.value(2).toString());
    } else {
        problems << q.lastError().text();
    }
    if (q.exec(QStringLiteral("SHOW SESSION STATUS WHERE Variable_name IN "
                              "('Ssl_version', 'Ssl_cipher')"))) {
        while (q.next()) {
            const QString name = q.value(0).toString();
            (name.compare(QLatin1String("Ssl_version"), Qt::CaseInsensitive) == 0
                     ? m_report.serverTlsVersion
                     : m_report.serverCipher)
                    = q.value(1).toString();
        }
    } else {
        problems << q.lastError().text();
    }
    const GatewaySession &s = m_report.gateway;
    m_report.tlsFactsAgree = s.tlsUsed
            ? (m_report.serverTlsVersion == s.tlsProtocol && m_report.serverCipher == s.cipher)
            : m_report.serverTlsVersion.isEmpty();
    m_report.account
            = ownRequirement(db, ServerDialect::fromVersion(m_report.serverVersion), backslash);

    QString detail;
    if (!m_report.tlsFactsAgree) {
        detail = ConnectionReport::tr("the server reports TLS \"%1\" / \"%2\" for this session, "
                                      "sslcm saw \"%3\" / \"%4\"")
                         .arg(m_report.serverTlsVersion, m_report.serverCipher, s.tlsProtocol,
                              s.cipher);
    } else if (!problems.isEmpty()) {
        detail = problems.join(QStringLiteral("; "));
    } else {
        detail = s.tlsUsed ? ConnectionReport::tr("the server confirms %1 for this session")
                                     .arg(m_report.serverTlsVersion)
                           : ConnectionReport::tr("the server confirms: no TLS");
    }
    set(Id::SessionChecks,
        m_report.tlsFactsAgree && problems.isEmpty() ? Status::Passed : Status::Warning, -1,
        detail);
}

// Tests still running on their threads. The GUI never waits for a test it cancelled, but the
// application must not end under one: its last steps close a QSqlDatabase, which needs the
// application object. A post routine (run by QCoreApplication's destructor while the object
// still exists) waits for them, bounded: cancelled tests end within milliseconds.
struct RunningTests
{
    QMutex mutex;
    QWaitCondition idle;
    int count = 0;
};

RunningTests &runningTests()
{
    static RunningTests running;
    return running;
}

void waitForRunningTests()
{
    RunningTests &running = runningTests();
    QMutexLocker lock(&running.mutex);
    const QDeadlineTimer deadline(10000);
    while (running.count > 0)
        if (!running.idle.wait(&running.mutex, deadline))
            break;
}

} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TestStage>();
    qRegisterMetaType<ConnectionReport>();
}

ConnectionTester::~ConnectionTester()
{
    if (m_job) {
        QMutexLocker lock(&m_job->mutex);
        m_job->owner = nullptr;
        m_job->cancelled = true;
        if (m_job->connection)
            m_job->connection->cancel();
    }
}

bool ConnectionTester::isRunning() const
{
    if (!m_job)
        return false;
    QMutexLocker lock(&m_job->mutex);
    return !m_job->done && m_job->owner;
}

ConnectionReport ConnectionTester::run(const Request &request,
                                       const std::function<void(const TestStage &)> &onStage)
{
    Run run(request, nullptr, onStage);
    return run.execute();
}

void ConnectionTester::start(const Request &request)
{
    if (isRunning())
        cancel();
    auto job = std::make_shared<Job>();
    job->owner = this;
    m_job = job;
    static std::once_flag waitAtExit;
    std::call_once(waitAtExit, [] { qAddPostRoutine(waitForRunningTests); });
    {
        QMutexLocker lock(&runningTests().mutex);
        ++runningTests().count;
    }
    QThread *thread = QThread::create([job, request] {
        testOnThisThread(job, request);
        RunningTests &running = runningTests();
        QMutexLocker lock(&running.mutex);
        --running.count;
        running.idle.wakeAll();
    });
    thread->setObjectName(QStringLiteral("sslcm connection test"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ConnectionTester::testOnThisThread(const std::shared_ptr<Job> &job, const Request &request)
{
    auto post = [&job](auto &&fn) {
        QMutexLocker lock(&job->mutex);
        if (job->owner)
            QMetaObject::invokeMethod(job->owner.data(), fn, Qt::QueuedConnection);
    };
    Run run(request, job.get(), [&](const TestStage &stage) {
        post([job, stage] {
            if (job->owner && !job->done)
                Q_EMIT job->owner->stageUpdated(stage);
        });
    });
    const ConnectionReport report = run.execute();
    post([job, report] {
        if (!job->owner || job->done)
            return;
        job->done = true;
        Q_EMIT job->owner->finished(report);
    });
}

void ConnectionTester::cancel()
{
    if (!m_job)
        return;
    ConnectionReport report;
    {
        QMutexLocker lock(&m_job->mutex);
        if (m_job->done || !m_job->owner)
            return;
        m_job->cancelled = true;
        m_job->done = true;
        if (m_job->connection)
            m_job->connection->cancel();
        report = m_job->snapshot;
    }
    for (TestStage &s : report.stages) {
        if (s.status == TestStage::Status::Running) {
            s.status = TestStage::Status::Failed;
            s.detail = tr("cancelled");
        } else if (s.status == TestStage::Status::Pending) {
            s.status = TestStage::Status::Skipped;
        }
    }
    report.verdict = ConnectionReport::Verdict::Cancelled;
    report.explanation.summary = ConnectionReport::verdictText(report.verdict);
    Q_EMIT finished(report);
}
