// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileConnection.h"

#include "BuildInfo.h"
#include "mysql/ServerProbe.h"
#include "mysql/TlsClientContext.h"
#include "mysql/TlsGateway.h"
#include "profile/ServerHost.h"
#include "ssh/SshTunnel.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QUuid>

#include <atomic>
#include <utility>

namespace {

// What the target is for: a login carries the profile's mode, pin and client certificate; a
// probe judges at verify-identity with the profile's trust anchors and shows no certificate.
enum class Use { Login, Probe };

struct BuiltTarget
{
    std::optional<ServerTarget> target;
    ProfileConnection::Prepared problem;
};

// The one place a profile becomes a ServerTarget.
BuiltTarget buildTarget(const Profile &profile, const QString &keyPassphrase, Use use)
{
    BuiltTarget built;
    ServerTarget target;
    target.host = profile.host;
    target.port = profile.port;
    target.timeout = std::chrono::seconds(profile.connectTimeoutSeconds);
    if (use == Use::Probe) {
        target.mode = SslMode::VerifyIdentity;
    } else {
        target.mode = profile.sslMode;
        target.pinnedSha256 = profile.pinnedSha256;
    }
    if (target.mode != SslMode::Disabled) {
        TlsClientContext::Settings settings
                = TlsClientContext::Settings::fromProfile(profile, keyPassphrase);
        if (use == Use::Probe) {
            settings.clientCertificate.clear();
            settings.clientKey.clear();
            settings.keyPassphrase.clear();
        }
        const TlsClientContext::Created created = TlsClientContext::obtain(settings);
        if (!created.context) {
            built.problem.error = created.error;
            built.problem.needsPassphrase = created.needsPassphrase;
            return built;
        }
        target.tls = created.context;
    }
    built.target = target;
    return built;
}

// The profile's SSH jump host, if it has one: the live session for it (shared with every other
// connection to the same jump host with the same login) or a new one.
std::shared_ptr<SshTunnel> tunnelFor(const Profile &profile, const ConnectionSecrets &secrets)
{
    if (!profile.ssh)
        return {};
    SshTunnelSettings settings;
    settings.jump = *profile.ssh;
    settings.password = secrets.sshPassword;
    settings.keyPassphrase = secrets.sshKeyPassphrase;
    settings.timeout = std::chrono::seconds(profile.connectTimeoutSeconds);
    return SshTunnel::obtain(settings);
}

} // namespace

struct ProfileConnection::Private
{
    Profile profile;
    std::optional<ServerTarget> target;      // for a login, after prepare()
    std::optional<ServerTarget> probeTarget; // after prepareProbe()
    QString connectionName;

    mutable QMutex mutex; // guards what cancel() reaches from other threads
    std::unique_ptr<TlsGateway> gateway;
    QList<ServerProbe *> probes; // running probes, for cancel()
    bool cancelled = false;
    std::atomic<bool> cancelFlag {false}; // the same, for a running password source
    std::optional<SignInSecret> signedIn; // made by signIn(), used by the next open()
};

ProfileConnection::ProfileConnection(const Profile &profile)
    : d(std::make_unique<Private>())
{
    d->profile = profile;
}

ProfileConnection::~ProfileConnection()
{
    close();
}

const Profile &ProfileConnection::profile() const
{
    return d->profile;
}

ProfileConnection::Prepared ProfileConnection::prepare(const QString &keyPassphrase)
{
    BuiltTarget built = buildTarget(d->profile, keyPassphrase, Use::Login);
    d->target = built.target;
    return built.problem;
}

SignInSecret ProfileConnection::signIn()
{
    d->signedIn = SignIn::obtain(d->profile, &d->cancelFlag);
    return *d->signedIn;
}

ProfileConnection::Opened ProfileConnection::open(const ConnectionSecrets &secrets,
                                                  const StageCallback &onStage)
{
    Opened r;
    close();
    if (!d->target) {
        const Prepared prepared = prepare(secrets.keyPassphrase);
        if (!prepared.ok()) {
            r.outcome = Opened::Outcome::FilesUnusable;
            r.error = prepared.error;
            return r;
        }
    }
    d->target->tunnel = tunnelFor(d->profile, secrets);
    // The password: made now by the profile's source, or the one handed in. A token is used for
    // one login: the next open() makes a fresh one.
    if (!d->signedIn)
        signIn();
    const SignInSecret signedIn = *std::exchange(d->signedIn, std::nullopt);
    if (signedIn.outcome == SignInSecret::Outcome::Cancelled) {
        r.outcome = Opened::Outcome::Cancelled;
        r.error = tr("Cancelled.");
        return r;
    }
    if (signedIn.outcome != SignInSecret::Outcome::Obtained
        && signedIn.outcome != SignInSecret::Outcome::NotNeeded) {
        r.outcome = Opened::Outcome::SignInFailed;
        r.error = signedIn.problemWithOutput();
        return r;
    }
    const QString password = signedIn.ok() ? signedIn.secret : secrets.password;
    {
        QMutexLocker lock(&d->mutex);
        if (d->cancelled) {
            r.outcome = Opened::Outcome::Cancelled;
            r.error = tr("Cancelled.");
            return r;
        }
    }
    const Profile &p = d->profile;
    auto gateway = std::make_unique<TlsGateway>(*d->target);
    if (onStage)
        QObject::connect(
                gateway.get(), &TlsGateway::stageReached, gateway.get(),
                [onStage](GatewaySession::Stage stage) { onStage(stage); }, Qt::DirectConnection);
    if (const auto error = gateway->start()) {
        r.outcome = Opened::Outcome::GatewayFailed;
        r.error = *error;
        return r;
    }
    TlsGateway *g = gateway.get();
    {
        QMutexLocker lock(&d->mutex);
        // A cancel that came while the gateway started: the driver is never started, it would
        // wait for a gateway that no longer answers.
        if (d->cancelled) {
            r.outcome = Opened::Outcome::Cancelled;
            r.error = tr("Cancelled.");
            return r;
        }
        // From here cancel() reaches the gateway, which then refuses the driver's connection.
        d->gateway = std::move(gateway);
    }

    d->connectionName = QStringLiteral("sslcm-connection-") + QUuid::createUuid().toString();
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), d->connectionName);
        // Any host name other than "localhost" makes the client library use TCP and ignore
        // the socket.
        db.setHostName(QStringLiteral("localhost"));
        db.setUserName(p.user);
        db.setPassword(password);
        db.setDatabaseName(p.database);
        // The gateway bounds each of its stages; the driver waits a little longer than all of
        // them together, so it never gives up first and never hangs.
        // Through an SSH jump host the gateway may take twice the timeout more to open the
        // channel (ServerConnection::connectThroughTunnel).
        const int clientTimeout = (p.ssh ? 6 : 4) * p.connectTimeoutSeconds + 5;
        db.setConnectOptions(QStringLiteral("UNIX_SOCKET=%1;MYSQL_OPT_CONNECT_TIMEOUT=%2;"
                                            "MYSQL_OPT_READ_TIMEOUT=%2;MYSQL_OPT_WRITE_TIMEOUT=%2")
                                     .arg(g->socketPath())
                                     .arg(clientTimeout));
        opened = db.open();
        r.sqlError = db.lastError();
    }
    g->waitForIdle(QDeadlineTimer(opened ? 0 : 5000));
    if (const auto session = g->lastSession()) {
        r.session = *session;
        r.gatewaySawSession = true;
    }
    if (opened) {
        r.outcome = Opened::Outcome::Opened;
        return r;
    }
    bool cancelled = false;
    {
        QMutexLocker lock(&d->mutex);
        cancelled = d->cancelled;
    }
    if (cancelled) {
        r.outcome = Opened::Outcome::Cancelled;
        r.error = tr("Cancelled.");
    } else if (GatewaySession::isSshFailure(r.session.failure)) {
        r.outcome = Opened::Outcome::Refused;
        //: %1 is user@host:port of the SSH jump host, %2 host:port of the database, %3 the reason
        r.error = tr("The SSH jump host %1 did not carry the connection to %2: %3")
                          .arg(r.session.ssh.destination, p.addressText(), r.session.detail);
    } else if (r.session.failure != GatewaySession::Failure::None) {
        r.outcome = Opened::Outcome::Refused;
        //: %1 is host:port, %2 the reason (OpenSSL's or the protocol's words)
        r.error = tr("%1 refused the connection: %2").arg(p.addressText(), r.session.detail);
    } else {
        r.outcome = Opened::Outcome::Refused;
        //: %1 is a user name, %2 the server's or the client library's message
        r.error = tr("Logging in as %1 failed: %2")
                          .arg(p.user,
                               r.sqlError.databaseText().isEmpty() ? r.sqlError.text()
                                                                   : r.sqlError.databaseText());
    }
    close();
    return r;
}

QSqlDatabase ProfileConnection::database() const
{
    if (d->connectionName.isEmpty())
        return {};
    return QSqlDatabase::database(d->connectionName, false);
}

std::optional<GatewaySession> ProfileConnection::currentSession() const
{
    QMutexLocker lock(&d->mutex);
    return d->gateway ? d->gateway->lastSession() : std::nullopt;
}

void ProfileConnection::close()
{
    bool wasOpen = false;
    if (!d->connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(d->connectionName, false);
            wasOpen = db.isOpen();
            db.close();
        }
        QSqlDatabase::removeDatabase(d->connectionName);
        d->connectionName.clear();
    }
    std::unique_ptr<TlsGateway> gateway;
    bool cancelled = false;
    {
        QMutexLocker lock(&d->mutex);
        gateway = std::move(d->gateway);
        cancelled = d->cancelled;
    }
    if (!gateway)
        return;
    // The driver said goodbye (COM_QUIT) as it closed: let the gateway pass it on before it ends
    // its sessions, so that the server logs a clean quit, not an aborted connection. Bounded:
    // the session ends as soon as the driver's side is closed and the bytes are through.
    if (wasOpen && !cancelled)
        gateway->waitForIdle(QDeadlineTimer(2000));
    gateway->stop();
}

ProfileConnection::Prepared ProfileConnection::prepareProbe(const ConnectionSecrets &secrets)
{
    // Nothing is sent to an address that programs read differently.
    if (const ServerHost host = ServerHost::parse(d->profile.host); !host.isValid()) {
        d->probeTarget.reset();
        Prepared problem;
        problem.error = host.problem();
        return problem;
    }
    BuiltTarget built = buildTarget(d->profile, {}, Use::Probe);
    d->probeTarget = built.target;
    if (d->probeTarget)
        d->probeTarget->tunnel = tunnelFor(d->profile, secrets);
    return built.problem;
}

ProfileConnection::Probed ProfileConnection::probe()
{
    Probed r;
    if (!d->probeTarget) {
        if (const Prepared prepared = prepareProbe(); !prepared.ok()) {
            r.error = prepared.error;
            return r;
        }
    }
    r.session = runProbe(*d->probeTarget);
    return r;
}

ProfileConnection::Probed ProfileConnection::probeProtocol(TlsProtocolVersion oldest,
                                                           TlsProtocolVersion newest)
{
    Probed r;
    if (!d->probeTarget) {
        if (const Prepared prepared = prepareProbe(); !prepared.ok()) {
            r.error = prepared.error;
            return r;
        }
    }
    ServerTarget target = *d->probeTarget;
    // The trust anchors stay; the versions are the only thing offered, with every cipher
    // OpenSSL has for them.
    TlsClientContext::Settings settings = target.tls->settings();
    settings.scanVersions = TlsClientContext::Settings::ScanVersions {oldest, newest};
    settings.cipherList.clear();
    const TlsClientContext::Created created = TlsClientContext::obtain(settings);
    if (!created.context) {
        r.error = created.error;
        return r;
    }
    target.tls = created.context;
    r.session = runProbe(target);
    return r;
}

GatewaySession ProfileConnection::runProbe(const ServerTarget &target)
{
    ServerProbe probe(target);
    {
        QMutexLocker lock(&d->mutex);
        if (d->cancelled) {
            GatewaySession cancelled;
            cancelled.failure = GatewaySession::Failure::Cancelled;
            return cancelled;
        }
        d->probes.append(&probe);
    }
    GatewaySession session = probe.run();
    QMutexLocker lock(&d->mutex);
    d->probes.removeOne(&probe);
    return session;
}

void ProfileConnection::cancel()
{
    QMutexLocker lock(&d->mutex);
    d->cancelled = true;
    d->cancelFlag = true;
    if (d->gateway)
        d->gateway->cancel();
    for (ServerProbe *probe : std::as_const(d->probes))
        probe->cancel();
}

QString ProfileConnection::clientLibrary()
{
    static const QString library = BuildInfo::mysqlClientVersions().mysqlClient;
    return library;
}
