// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetAudit.h"

#include "audit/AuditCache.h"
#include "audit/AuditLogin.h"
#include "cert/CertificateDisplay.h"
#include "cert/CertificateLoader.h"
#include "cert/ChainVerifier.h"
#include "profile/ServerHost.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QPointer>
#include <QRegularExpression>

#include <openssl/x509_vfy.h>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace {

using Failure = GatewaySession::Failure;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isOldProtocol(const QString &version)
{
    return version == QLatin1String("TLSv1") || version == QLatin1String("TLSv1.1")
            || version.startsWith(QLatin1String("SSLv"));
}

// A CA that a provider is retiring, recognised by its subject.
struct RetiringCa
{
    QString provider; // translated
    QString moveTo;   // translated
};

} // namespace

// The checks of one target, and the words they use (context "TargetAuditor").
class TargetChecks
{
    Q_DECLARE_TR_FUNCTIONS(TargetAuditor)
public:
    static AuditFinding finding(const QString &check, AuditSeverity severity,
                                const QString &summary, const QString &action = {})
    {
        return AuditFinding {check, severity, summary, action};
    }

    // "The server certificate (CN=...)" at the start of a sentence.
    static QString certificateName(const AuditCertificate &c)
    {
        if (c.source == AuditCertificate::Source::ServerChain) {
            if (c.depth == 0)
                //: %1 is a certificate's subject, "O=Example, CN=db.example.com"
                return tr("The server certificate (%1)").arg(c.subject);
            //: %1 is a certificate's subject
            return tr("The CA certificate %1 in the server's chain").arg(c.subject);
        }
        return c.subject;
    }

    static std::optional<RetiringCa> retiringCa(const CertificateInfo &ca)
    {
        const QString cn = ca.subjectValue(QStringLiteral("CN"));
        const QString o = ca.subjectValue(QStringLiteral("O"));
        static const QRegularExpression rds2019(QStringLiteral("^Amazon RDS .*2019 CA$"));
        if (o.startsWith(QLatin1String("Amazon Web Services"))
            && (rds2019.match(cn).hasMatch() || cn == QLatin1String("Amazon RDS Root CA")))
            return RetiringCa {tr("AWS RDS retired this CA (rds-ca-2019 expired on 2024-08-22)"),
                               tr("Move the instance to rds-ca-rsa2048-g1 (or rds-ca-rsa4096-g1 / "
                                  "rds-ca-ecc384-g1) and use AWS's current bundle "
                                  "(global-bundle.pem) as the CA file.")};
        if ((cn == QLatin1String("DigiCert Global Root CA") && o == QLatin1String("DigiCert Inc"))
            || (cn == QLatin1String("Baltimore CyberTrust Root")
                && o == QLatin1String("Baltimore")))
            return RetiringCa {tr("Azure Database for MySQL is moving away from this root CA"),
                               tr("Put DigiCert Global Root G2 and Microsoft RSA Root CA 2017 "
                                  "into the CA file (next to the current one until the server "
                                  "has moved).")};
        return std::nullopt;
    }

    static AuditFinding reachability(const Profile &p, const GatewaySession &s,
                                     std::chrono::milliseconds timeout);
    static AuditFinding verification(const Profile &p, const GatewaySession &s,
                                     const QList<CertificateInfo> &chain, AuditCache &cache,
                                     const QString &caProblem, const QDateTime &now, bool &verified,
                                     QString &verifyMessage);
    static AuditFinding expiry(const QList<AuditCertificate> &chain, const QDateTime &now,
                               int warnDays);
    static QString timeLeft(const QDateTime &notAfter, const QDateTime &now)
    {
        return CertificateDisplay::duration(now.secsTo(notAfter));
    }
};

AuditFinding TargetChecks::reachability(const Profile &p, const GatewaySession &s,
                                        std::chrono::milliseconds timeout)
{
    const QString address = p.addressText();
    const QString check = QStringLiteral("reachable");
    const QString seconds = tr("%n second(s)", nullptr, int((timeout.count() + 999) / 1000));
    if (GatewaySession::isSshFailure(s.failure))
        return finding(check, AuditSeverity::Failure,
                       //: %1 is user@host:port of the SSH jump host, %2 host:port, %3 the reason
                       tr("The SSH jump host %1 did not carry the connection to %2: %3")
                               .arg(s.ssh.destination, address, s.detail),
                       tr("Check the jump host's address, host key and login in the profile."));
    switch (s.failure) {
    case Failure::HostInvalid:
        return finding(check, AuditSeverity::Failure, s.detail,
                       tr("Write the host as a name or as an address in its usual form."));
    case Failure::ConnectRefused:
        return finding(check, AuditSeverity::Failure,
                       tr("%1 refused the connection: nothing listens on that port.").arg(address),
                       tr("Check the host and port, and that the server is running."));
    case Failure::ConnectTimeout:
        return finding(check, AuditSeverity::Failure,
                       tr("%1 did not answer within %2.").arg(address, seconds),
                       tr("Check the host and port, and any firewall or security group on the "
                          "way."));
    case Failure::NetworkError:
        return finding(check, AuditSeverity::Failure,
                       tr("%1 could not be reached: %2").arg(address, s.detail),
                       tr("Check the host name and the network."));
    case Failure::GreetingTimeout:
        return finding(check, AuditSeverity::Failure,
                       tr("%1 accepted the connection but sent no MySQL greeting within %2.")
                               .arg(address, seconds),
                       tr("The server (or something in front of it) is stalled or overloaded, "
                          "or the port belongs to another service."));
    case Failure::GreetingMalformed:
        return finding(check, AuditSeverity::Failure,
                       tr("%1 does not speak the MySQL protocol: %2").arg(address, s.detail),
                       tr("Check the port: another service answers there."));
    case Failure::ServerError:
        return finding(check, AuditSeverity::Failure,
                       tr("%1 refused the connection with error %2: %3")
                               .arg(address)
                               .arg(s.serverErrorCode)
                               .arg(s.serverError),
                       tr("See the server's message; a host blocked after too many failed "
                          "connections is unblocked with FLUSH HOSTS."));
    case Failure::PeerClosed:
        if (!s.greeting)
            return finding(check, AuditSeverity::Failure,
                           tr("%1 closed the connection before sending a greeting.").arg(address),
                           tr("Check that the port is a MySQL or MariaDB server's, and that "
                              "this machine may connect to it."));
        break;
    default:
        break;
    }
    if (!s.greeting)
        return finding(check, AuditSeverity::Failure,
                       tr("%1 could not be reached: %2").arg(address, s.detail));
    //: %1 is host:port, %2 the server's version
    return finding(check, AuditSeverity::Ok,
                   tr("%1 answered as %2.").arg(address, s.greeting->displayVersion()));
}

AuditFinding TargetChecks::verification(const Profile &p, const GatewaySession &s,
                                        const QList<CertificateInfo> &chain, AuditCache &cache,
                                        const QString &caProblem, const QDateTime &now,
                                        bool &verified, QString &verifyMessage)
{
    const QString check = QStringLiteral("verification");
    verified = false;
    const bool pinned = !p.pinnedSha256.isEmpty();
    const bool pinMatches = pinned && s.peerSha256 == p.pinnedSha256;
    const QString modeName = SslModes::displayName(p.sslMode);

    if (p.sslMode == SslMode::Disabled)
        return finding(check, AuditSeverity::Failure,
                       tr("The profile connects without TLS: the password and all data travel "
                          "in plain text, although the server offers TLS."),
                       tr("Choose \"%1\" with the provider's CA certificate.")
                               .arg(SslModes::displayName(SslMode::VerifyIdentity)));
    if (!SslModes::authenticatesServer(p.sslMode)) {
        if (pinned && p.sslMode == SslMode::Required) {
            if (pinMatches) {
                verified = true;
                return finding(check, AuditSeverity::Ok,
                               tr("Verified by the pinned certificate fingerprint."));
            }
            verifyMessage = QStringLiteral("certificate fingerprint changed");
            return finding(check, AuditSeverity::Failure,
                           tr("Not verified: the server's certificate is not the pinned one."),
                           tr("See the pin finding."));
        }
        verifyMessage = s.verifyMessage;
        const QString plainFallback = p.sslMode == SslMode::Preferred
                ? tr(" Where TLS is not offered, it even continues in plain text.")
                : QString();
        //: %1 is the mode's name, "Required"; %2 an optional sentence
        return finding(check, AuditSeverity::Warning,
                       tr("Not verified: with \"%1\" the connection is encrypted, but nothing "
                          "checks who the server is.%2")
                               .arg(modeName, plainFallback),
                       tr("Choose \"%1\" with the provider's CA certificate, or pin the server's "
                          "certificate.")
                               .arg(SslModes::displayName(SslMode::VerifyIdentity)));
    }

    if (!caProblem.isEmpty()) {
        verifyMessage = caProblem;
        return finding(check, AuditSeverity::Failure,
                       tr("Not verified: the profile's CA cannot be used. %1").arg(caProblem),
                       tr("Choose the CA file your provider publishes."));
    }
    bool chainOk = false;
    QString problem;
    bool nameProblem = false;
    bool dateProblem = false;
    if (p.sslMode == SslMode::VerifyIdentity) {
        // The probe judged exactly this: the profile's anchors and its host name.
        chainOk = s.verifyResult == X509_V_OK && s.failure != Failure::CertificateUntrusted
                && s.failure != Failure::HostnameMismatch && s.failure != Failure::NoPeerCertificate
                && !s.peerChain.isEmpty();
        problem = !s.verifyMessage.isEmpty() ? s.verifyMessage : s.detail;
        dateProblem = s.verifyResult == X509_V_ERR_CERT_HAS_EXPIRED
                || s.verifyResult == X509_V_ERR_CERT_NOT_YET_VALID;
        nameProblem = s.verifyResult == X509_V_ERR_HOSTNAME_MISMATCH
                || s.verifyResult == X509_V_ERR_IP_ADDRESS_MISMATCH
                || s.failure == Failure::HostnameMismatch;
    } else if (p.caFile.isEmpty() && p.caDirectory.isEmpty()) {
        problem = Profile::verifyCaNeedsCaProblem();
    } else {
        const ChainVerification v = cache.verify(chain, p.caFile, p.caDirectory, now, false);
        chainOk = v.verified;
        problem = v.problems.isEmpty() ? v.message : v.problems.first().reason;
        dateProblem = v.hasProblem(X509_V_ERR_CERT_HAS_EXPIRED)
                || v.hasProblem(X509_V_ERR_CERT_NOT_YET_VALID);
    }
    if (!chainOk) {
        verifyMessage = problem;
        const QString action = dateProblem
                ? tr("Renew the expired (or not yet valid) certificate; see the certificate "
                     "expiry finding.")
                : nameProblem
                ? tr("Connect by a name the certificate carries, or have the server's "
                     "certificate issued for %1.")
                          .arg(p.host)
                : tr("Check that the profile's CA file is the one that issued the server's "
                     "current certificate (providers rotate their CAs).");
        //: %1 is the mode's name, %2 OpenSSL's reason
        return finding(check, AuditSeverity::Failure,
                       tr("The server's certificate does not verify as \"%1\" demands: %2")
                               .arg(modeName, problem),
                       action);
    }
    if (pinned && !pinMatches) {
        verifyMessage = QStringLiteral("certificate fingerprint changed");
        return finding(check, AuditSeverity::Failure,
                       tr("The chain verifies, but the server's certificate is not the pinned "
                          "one."),
                       tr("See the pin finding."));
    }
    verified = true;
    const QString anchors = p.caFile.isEmpty() && p.caDirectory.isEmpty()
            ? tr("the system's trusted CAs")
            : tr("the profile's CA");
    if (p.sslMode == SslMode::VerifyIdentity)
        //: %1 is "the profile's CA" or "the system's trusted CAs", %2 the host
        return finding(check, AuditSeverity::Ok,
                       tr("Verified: the chain leads to %1 and the certificate names %2.")
                               .arg(anchors, p.host));
    return finding(check, AuditSeverity::Ok,
                   tr("Verified: the chain leads to the profile's CA (the host name is not "
                      "checked in this mode)."));
}

AuditFinding TargetChecks::expiry(const QList<AuditCertificate> &chain, const QDateTime &now,
                                  int warnDays)
{
    const QString check = QStringLiteral("certificate-expiry");
    const QDateTime threshold = now.addDays(warnDays);
    QList<const AuditCertificate *> expired, notYet, expiring;
    const AuditCertificate *soonest = nullptr;
    for (const AuditCertificate &c : chain) {
        if (c.notAfter < now)
            expired << &c;
        else if (c.notBefore > now)
            notYet << &c;
        else if (c.notAfter <= threshold)
            expiring << &c;
        if (!soonest || c.notAfter < soonest->notAfter)
            soonest = &c;
    }
    const auto more = [](const QList<const AuditCertificate *> &list) {
        return list.size() > 1 ? tr(" (and %n more)", nullptr, int(list.size() - 1)) : QString();
    };
    if (!expired.isEmpty()) {
        const AuditCertificate *c = expired.first();
        //: %1 is "the server certificate (CN=...)", %2 a date, %3 a duration, %4 "(and 1 more)"
        return finding(check, AuditSeverity::Failure,
                       tr("%1 expired on %2 (%3 ago)%4.")
                               .arg(certificateName(*c), CertificateDisplay::date(c->notAfter),
                                    timeLeft(c->notAfter, now), more(expired)),
                       tr("Renew the server's certificate (or ask the provider to); verifying "
                          "clients refuse it."));
    }
    if (!notYet.isEmpty()) {
        const AuditCertificate *c = notYet.first();
        return finding(check, AuditSeverity::Failure,
                       tr("%1 is not valid before %2%3.")
                               .arg(certificateName(*c), CertificateDisplay::date(c->notBefore),
                                    more(notYet)),
                       tr("Check the server's clock, or the date the certificate was issued "
                          "for."));
    }
    if (!expiring.isEmpty()) {
        std::sort(expiring.begin(), expiring.end(),
                  [](const AuditCertificate *a, const AuditCertificate *b) {
                      return a->notAfter < b->notAfter;
                  });
        const AuditCertificate *c = expiring.first();
        //: %1 is "the server certificate (CN=...)", %2 a date, %3 a duration
        return finding(check, AuditSeverity::Warning,
                       tr("%1 expires on %2 (in %3)%4.")
                               .arg(certificateName(*c), CertificateDisplay::date(c->notAfter),
                                    timeLeft(c->notAfter, now), more(expiring)),
                       tr("Renew it before then (or make sure the provider does)."));
    }
    if (!soonest)
        return finding(check, AuditSeverity::Failure, tr("The server presented no certificate."));
    return finding(check, AuditSeverity::Ok,
                   tr("Every certificate in the server's chain is valid; the first to expire "
                      "does on %1 (in %2).")
                           .arg(CertificateDisplay::date(soonest->notAfter),
                                timeLeft(soonest->notAfter, now)));
}

// ------------------------------------------------------------------------------ TargetAuditor --

struct TargetAuditor::Private
{
    AuditTarget target;
    AuditOptions options;
    std::shared_ptr<AuditCache> cache;

    QMutex mutex; // guards what cancel() reaches
    bool cancelled = false;
    QList<ProfileConnection *> connections;
    AuditLogin *login = nullptr;

    // False when cancelled: the caller does not start.
    bool track(ProfileConnection *connection)
    {
        QMutexLocker lock(&mutex);
        if (cancelled)
            return false;
        connections << connection;
        return true;
    }
    void untrack(ProfileConnection *connection)
    {
        QMutexLocker lock(&mutex);
        connections.removeOne(connection);
    }
    bool isCancelled()
    {
        QMutexLocker lock(&mutex);
        return cancelled;
    }

    Profile auditedProfile() const;
    void checkFiles(const Profile &p, const QDateTime &now, AuditResult &r,
                    QString &caProblem) const;
    void keepContexts(const Profile &p) const;
    void scanProtocols(ProfileConnection &connection, const Profile &p, const GatewaySession &probe,
                       AuditResult &r);
    void checkAnchor(const Profile &p, const QString &caProblem,
                     const QList<CertificateInfo> &chain, const QDateTime &now,
                     AuditResult &r) const;
    void checkCaFile(const Profile &p, const QString &caProblem, const QDateTime &now,
                     AuditResult &r) const;
    void checkClientCertificate(const Profile &p, const QDateTime &now, AuditResult &r) const;
    void tryLogin(const Profile &p, AuditResult &r);
};

// The profile as audited: the audit's timeout, when it has one, replaces the profile's.
Profile TargetAuditor::Private::auditedProfile() const
{
    Profile p = target.profile;
    if (options.timeout.count() > 0)
        p.connectTimeoutSeconds = int(std::clamp<qint64>((options.timeout.count() + 999) / 1000, 1,
                                                         Profile::maxConnectTimeoutSeconds));
    return p;
}

void TargetAuditor::Private::checkFiles(const Profile &p, const QDateTime &, AuditResult &r,
                                        QString &caProblem) const
{
    if (!p.caFile.isEmpty()) {
        const CertificateLoadResult loaded = cache->loadFile(p.caFile);
        if (!loaded.ok()) {
            caProblem = loaded.message.isEmpty()
                    ? TargetChecks::tr("%1 holds no certificate.").arg(shown(p.caFile))
                    : loaded.message;
        } else {
            for (const CertificateInfo &c : loaded.certificates)
                r.certificates << AuditCertificate::from(c, AuditCertificate::Source::CaFile, 0,
                                                         p.caFile);
        }
    }
    if (!p.caDirectory.isEmpty() && caProblem.isEmpty()) {
        const QFileInfo info(p.caDirectory);
        if (!info.isDir())
            caProblem = TargetChecks::tr("The CA folder %1 does not exist.")
                                .arg(shown(p.caDirectory));
        else if (!info.isReadable())
            caProblem = TargetChecks::tr("The CA folder %1 cannot be read.")
                                .arg(shown(p.caDirectory));
    }
}

// The contexts of the probe and of the protocol scan, built once for the run: their cache in
// TlsClientContext only holds them while some connection does.
void TargetAuditor::Private::keepContexts(const Profile &p) const
{
    if (p.sslMode == SslMode::Disabled)
        return;
    // As ProfileConnection makes them for a probe: no client certificate.
    TlsClientContext::Settings settings = TlsClientContext::Settings::fromProfile(p);
    settings.clientCertificate.clear();
    settings.clientKey.clear();
    settings.keyPassphrase.clear();
    // Once per run and set of settings: ProfileConnection finds them in TlsClientContext's
    // cache (which still checks that the files did not change).
    const QByteArray key
            = QStringList {settings.caFile, settings.caDirectory,
                           QString::number(int(settings.minVersion)), settings.cipherList,
                           QString::number(int(options.scanProtocols))}
                      .join(QChar(0))
                      .toUtf8();
    const bool scan = options.scanProtocols;
    cache->keepOnce(key, [settings, scan]() mutable {
        std::vector<std::shared_ptr<TlsClientContext>> contexts;
        const TlsClientContext::Created probe = TlsClientContext::obtain(settings);
        if (!probe.context)
            return contexts;
        contexts.push_back(probe.context);
        if (!scan)
            return contexts;
        settings.cipherList.clear();
        const auto keep = [&](TlsProtocolVersion oldest, TlsProtocolVersion newest) {
            settings.scanVersions = TlsClientContext::Settings::ScanVersions {oldest, newest};
            contexts.push_back(TlsClientContext::obtain(settings).context);
        };
        for (const TlsProtocolVersion v : TlsProtocolVersions::all())
            keep(v, v);
        keep(TlsProtocolVersion::Tls1_0, TlsProtocolVersion::Tls1_1);
        return contexts;
    });
}

void TargetAuditor::Private::scanProtocols(ProfileConnection &connection, const Profile &profile,
                                           const GatewaySession &probe, AuditResult &r)
{
    const QList<TlsProtocolVersion> versions = TlsProtocolVersions::all();
    std::vector<ProfileConnection::Probed> probed(size_t(versions.size()));
    // The version the probe negotiated is accepted: its handshake offered the same trust
    // anchors and, without a cipher list of the profile's, every cipher the scan offers.
    qsizetype known = -1;
    if (probe.tlsUsed && profile.cipherList.trimmed().isEmpty())
        for (qsizetype i = 0; i < versions.size(); ++i)
            if (probe.tlsProtocol == TlsProtocolVersions::name(versions.at(i))
                && versions.at(i) >= TlsProtocolVersion::Tls1_2)
                known = i;
    if (known >= 0)
        probed[size_t(known)].session = probe;
    // Each handshake offers versions[oldest..newest] and fills probed[oldest..newest] (one
    // version: its own result).
    struct Handshake
    {
        qsizetype oldest;
        qsizetype newest;
    };
    // The handshakes of a round at once (the last on this thread, the others on the run's
    // threads): a server that stalls costs one timeout, not four.
    const auto runRound = [&](const std::vector<Handshake> &round) {
        std::vector<ProfileConnection::Probed> results(round.size());
        const auto run = [&](size_t k) {
            results[k] = connection.probeProtocol(versions.at(round[k].oldest),
                                                  versions.at(round[k].newest));
        };
        std::vector<std::future<void>> done;
        for (size_t k = 0; k + 1 < round.size(); ++k) {
            auto task = std::make_shared<std::packaged_task<void()>>([&run, k] { run(k); });
            done.push_back(task->get_future());
            cache->threads().start([task] { (*task)(); });
        }
        if (!round.empty())
            run(round.size() - 1);
        for (std::future<void> &f : done)
            f.wait();
        return results;
    };
    // TLS 1.0 and 1.1 share one handshake that offers both: a server that refuses it accepts
    // neither (one that takes either would have chosen it, RFC 5246 E.1), which is what nearly
    // every server answers today. OpenSSL offers the two together or not at all (the same
    // ciphers and signature algorithms at security level 0). Only when the server accepts one
    // of them does the other get a handshake of its own.
    const qsizetype tls10 = versions.indexOf(TlsProtocolVersion::Tls1_0);
    const qsizetype tls11 = versions.indexOf(TlsProtocolVersion::Tls1_1);
    std::vector<Handshake> first;
    for (qsizetype i = 0; i < versions.size(); ++i)
        if (i != known && i != tls10 && i != tls11)
            first.push_back({i, i});
    first.push_back({tls10, tls11});
    const std::vector<ProfileConnection::Probed> firstResults = runRound(first);
    for (size_t k = 0; k + 1 < first.size(); ++k)
        probed[size_t(first[k].oldest)] = firstResults[k];
    const ProfileConnection::Probed &old = firstResults.back();
    if (old.session.protocolAccepted || old.session.tlsUsed) {
        const bool chose10 = old.session.tlsProtocol == TlsProtocolVersions::name(versions[tls10]);
        probed[size_t(chose10 ? tls10 : tls11)] = old;
        const qsizetype other = chose10 ? tls11 : tls10;
        probed[size_t(other)] = runRound({{other, other}}).front();
    } else {
        for (const qsizetype i : {tls10, tls11}) {
            probed[size_t(i)] = old;
            if (!old.session.detail.isEmpty())
                probed[size_t(i)].session.detail
                        = QStringLiteral("one handshake offering TLSv1 and TLSv1.1: %1")
                                  .arg(old.session.detail);
        }
    }
    for (qsizetype i = 0; i < versions.size(); ++i) {
        AuditProtocolSupport support;
        support.version = TlsProtocolVersions::name(versions.at(i));
        const ProfileConnection::Probed &p = probed[size_t(i)];
        const GatewaySession &s = p.session;
        if (!p.error.isEmpty()) {
            support.state = AuditProtocolSupport::State::NotTested;
            support.detail = p.error;
        } else if (s.tlsUsed || s.protocolAccepted) {
            support.state = AuditProtocolSupport::State::Accepted;
            support.detail = s.cipher;
        } else if (s.failure == Failure::TlsHandshakeFailed || s.failure == Failure::PeerClosed) {
            // This OpenSSL cannot offer the version at all: that says nothing of the server.
            const bool notOffered = s.detail.contains(QLatin1String("no protocols available"));
            support.state = notOffered ? AuditProtocolSupport::State::NotTested
                                       : AuditProtocolSupport::State::Refused;
            support.detail = s.detail;
        } else {
            support.state = AuditProtocolSupport::State::NotTested;
            support.detail = s.detail.isEmpty() && s.failure == Failure::Cancelled
                    ? QStringLiteral("cancelled")
                    : s.detail;
        }
        r.protocols << support;
    }
}

void TargetAuditor::Private::checkAnchor(const Profile &p, const QString &caProblem,
                                         const QList<CertificateInfo> &chain, const QDateTime &now,
                                         AuditResult &r) const
{
    if (chain.isEmpty())
        return;
    const bool customCa = !p.caFile.isEmpty() || !p.caDirectory.isEmpty();
    if (customCa && !caProblem.isEmpty())
        return;
    const ChainVerification v = cache->verify(chain, p.caFile, p.caDirectory, now, !customCa);
    const bool noAnchor = v.chain.isEmpty() || v.hasProblem(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT)
            || v.hasProblem(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY)
            || v.hasProblem(X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT)
            || v.hasProblem(X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN);
    const QString check = QStringLiteral("anchor");
    const QString where = !customCa ? TargetChecks::tr("the system's trusted CAs")
            : !p.caFile.isEmpty()   ? shown(p.caFile)
                                    : shown(p.caDirectory);
    if (noAnchor) {
        if (customCa)
            r.findings << TargetChecks::finding(
                    check, AuditSeverity::Notice,
                    TargetChecks::tr("No certificate in %1 anchors the server's chain.").arg(where),
                    TargetChecks::tr("Use the CA file of the CA that issued the server's "
                                     "certificate."));
        return;
    }
    const CertificateInfo &anchor = v.chain.last();
    r.certificates << AuditCertificate::from(anchor, AuditCertificate::Source::Anchor, 0,
                                             customCa ? p.caFile : QString());
    const QString name = anchor.subjectLine();
    if (anchor.sha256 == r.leafSha256) {
        // A self-signed server certificate trusted as its own CA: its expiry is the
        // certificate-expiry finding's.
        r.findings << TargetChecks::finding(
                check, AuditSeverity::Ok,
                //: %1 is a file or "the system's trusted CAs"
                TargetChecks::tr("The server's own certificate is its trust anchor (in %1).")
                        .arg(where));
        return;
    }
    if (anchor.notAfter < now) {
        r.findings << TargetChecks::finding(
                check, AuditSeverity::Failure,
                //: %1 is a CA's subject, %2 a file or "the system's trusted CAs", %3 a date
                TargetChecks::tr("The chain is anchored by %1 (in %2), which expired on %3.")
                        .arg(name, where, CertificateDisplay::date(anchor.notAfter)),
                TargetChecks::tr("Use the provider's current CA certificate."));
        return;
    }
    if (const auto retiring = TargetChecks::retiringCa(anchor)) {
        r.findings << TargetChecks::finding(
                check, AuditSeverity::Warning,
                //: %1 is a CA's subject, %2 a file or "the system's trusted CAs", %3 why
                TargetChecks::tr("The chain is anchored by %1 (in %2): %3.")
                        .arg(name, where, retiring->provider),
                retiring->moveTo);
        return;
    }
    if (anchor.notAfter <= now.addDays(options.warnDays)) {
        r.findings << TargetChecks::finding(
                check, AuditSeverity::Warning,
                //: %1 is a CA's subject, %2 a file, %3 a date, %4 a duration
                TargetChecks::tr("The chain is anchored by %1 (in %2), which expires on %3 "
                                 "(in %4).")
                        .arg(name, where, CertificateDisplay::date(anchor.notAfter),
                             TargetChecks::timeLeft(anchor.notAfter, now)),
                TargetChecks::tr("Get the provider's next CA certificate into the CA file before "
                                 "then."));
        return;
    }
    r.findings << TargetChecks::finding(
            check, AuditSeverity::Ok,
            //: %1 is a CA's subject, %2 a file or "the system's trusted CAs", %3 a date
            TargetChecks::tr("The chain is anchored by %1 (in %2), valid until %3.")
                    .arg(name, where, CertificateDisplay::date(anchor.notAfter)));
}

void TargetAuditor::Private::checkCaFile(const Profile &p, const QString &caProblem,
                                         const QDateTime &now, AuditResult &r) const
{
    if (p.caFile.isEmpty() && p.caDirectory.isEmpty())
        return;
    const QString check = QStringLiteral("ca-file");
    if (!caProblem.isEmpty()) {
        r.findings << TargetChecks::finding(
                check, AuditSeverity::Failure,
                TargetChecks::tr("The profile's CA cannot be used: %1").arg(caProblem),
                TargetChecks::tr("Choose the CA file your provider publishes (or fix the "
                                 "file's permissions)."));
        return;
    }
    QList<AuditCertificate> inFile;
    QByteArray anchorSha;
    for (const AuditCertificate &c : std::as_const(r.certificates)) {
        if (c.source == AuditCertificate::Source::CaFile)
            inFile << c;
        else if (c.source == AuditCertificate::Source::Anchor)
            anchorSha = c.sha256;
    }
    if (inFile.isEmpty()) // a CA folder only: its files are OpenSSL's business
        return;
    // What matters is the certificate that anchors the chain; without one, all of them.
    QList<AuditCertificate> relevant;
    for (const AuditCertificate &c : std::as_const(inFile))
        if (c.sha256 == anchorSha)
            relevant << c;
    if (relevant.isEmpty())
        relevant = inFile;
    // The server's own certificate as CA (trust on first use): certificate-expiry covers it.
    relevant.erase(
            std::remove_if(relevant.begin(), relevant.end(),
                           [&](const AuditCertificate &c) { return c.sha256 == r.leafSha256; }),
            relevant.end());
    const QDateTime threshold = now.addDays(options.warnDays);
    const AuditCertificate *expired = nullptr;
    const AuditCertificate *expiring = nullptr;
    for (const AuditCertificate &c : std::as_const(relevant)) {
        if (c.notAfter < now)
            expired = expired ? expired : &c;
        else if (c.notAfter <= threshold && (!expiring || c.notAfter < expiring->notAfter))
            expiring = &c;
    }
    const QString file = shown(p.caFile);
    if (expired
        && (relevant.size() == 1 || relevant.size() != inFile.size()
            || std::all_of(relevant.cbegin(), relevant.cend(),
                           [&](const auto &c) { return c.notAfter < now; }))) {
        r.findings << TargetChecks::finding(
                check, AuditSeverity::Failure,
                //: %1 is a certificate's subject, %2 a file, %3 a date
                TargetChecks::tr("The CA certificate %1 in %2 expired on %3.")
                        .arg(expired->subject, file, CertificateDisplay::date(expired->notAfter)),
                TargetChecks::tr("Replace the CA file with the provider's current one."));
        return;
    }
    if (expiring && (relevant.size() == 1 || relevant.size() != inFile.size())) {
        r.findings << TargetChecks::finding(
                check, AuditSeverity::Warning,
                //: %1 is a certificate's subject, %2 a file, %3 a date, %4 a duration
                TargetChecks::tr("The CA certificate %1 in %2 expires on %3 (in %4).")
                        .arg(expiring->subject, file, CertificateDisplay::date(expiring->notAfter),
                             TargetChecks::timeLeft(expiring->notAfter, now)),
                TargetChecks::tr("Get the provider's next CA certificate into the file before "
                                 "then."));
        return;
    }
    const int expiredCount = int(std::count_if(inFile.cbegin(), inFile.cend(), [&](const auto &c) {
        return c.notAfter < now && c.sha256 != r.leafSha256;
    }));
    if (expiredCount > 0) {
        r.findings << TargetChecks::finding(
                check, AuditSeverity::Notice,
                //: %1 is a file; %n how many of its certificates have expired
                TargetChecks::tr("%n certificate(s) in %1 have expired; none of them anchors "
                                 "this server's chain.",
                                 nullptr, expiredCount)
                        .arg(file),
                TargetChecks::tr("A current bundle from the provider leaves them out."));
        return;
    }
    r.findings << TargetChecks::finding(
            check, AuditSeverity::Ok,
            //: %1 is a file
            TargetChecks::tr("%1 holds %n certificate(s), all valid.", nullptr, int(inFile.size()))
                    .arg(file));
}

void TargetAuditor::Private::checkClientCertificate(const Profile &p, const QDateTime &now,
                                                    AuditResult &r) const
{
    if (p.clientCertificate.isEmpty() && p.clientKey.isEmpty())
        return;
    const QString check = QStringLiteral("client-certificate");
    const QString fix = TargetChecks::tr("Choose the client certificate and key again.");
    if (p.clientCertificate.isEmpty() || p.clientKey.isEmpty()) {
        r.findings << TargetChecks::finding(
                check, AuditSeverity::Failure,
                TargetChecks::tr("A client certificate needs its private key, and a key its "
                                 "certificate."),
                fix);
        return;
    }
    const CertificateLoadResult loaded = cache->loadFile(p.clientCertificate);
    if (!loaded.ok()) {
        r.findings << TargetChecks::finding(
                check, AuditSeverity::Failure,
                TargetChecks::tr("The client certificate cannot be used: %1")
                        .arg(loaded.message.isEmpty() ? shown(p.clientCertificate)
                                                      : loaded.message),
                fix);
        return;
    }
    const CertificateInfo &cert = loaded.certificates.first();
    r.certificates << AuditCertificate::from(cert, AuditCertificate::Source::ClientCertificate, 0,
                                             p.clientCertificate);
    const FileBytes key = CertificateLoader::readFile(p.clientKey);
    if (key.status != CertificateLoadResult::Status::Ok) {
        r.findings << TargetChecks::finding(
                check, AuditSeverity::Failure,
                TargetChecks::tr("The client key cannot be used: %1")
                        .arg(key.message.isEmpty() ? shown(p.clientKey) : key.message),
                fix);
        return;
    }
    const QString name = cert.subjectLine();
    if (cert.notAfter < now) {
        r.findings << TargetChecks::finding(
                check, AuditSeverity::Failure,
                //: %1 is a certificate's subject, %2 a date
                TargetChecks::tr("The client certificate %1 expired on %2.")
                        .arg(name, CertificateDisplay::date(cert.notAfter)),
                TargetChecks::tr("Have a new client certificate issued; accounts that "
                                 "REQUIRE X509 refuse this one."));
    } else if (cert.notBefore > now) {
        r.findings << TargetChecks::finding(
                check, AuditSeverity::Failure,
                TargetChecks::tr("The client certificate %1 is not valid before %2.")
                        .arg(name, CertificateDisplay::date(cert.notBefore)),
                TargetChecks::tr("Check this machine's clock."));
    } else if (cert.notAfter <= now.addDays(options.warnDays)) {
        r.findings << TargetChecks::finding(
                check, AuditSeverity::Warning,
                //: %1 is a certificate's subject, %2 a date, %3 a duration
                TargetChecks::tr("The client certificate %1 expires on %2 (in %3).")
                        .arg(name, CertificateDisplay::date(cert.notAfter),
                             TargetChecks::timeLeft(cert.notAfter, now)),
                TargetChecks::tr("Have a new client certificate issued before then."));
    } else {
        r.findings << TargetChecks::finding(
                check, AuditSeverity::Ok,
                TargetChecks::tr("The client certificate %1 is valid until %2.")
                        .arg(name, CertificateDisplay::date(cert.notAfter)));
    }
}

void TargetAuditor::Private::tryLogin(const Profile &p, AuditResult &r)
{
    const QString check = QStringLiteral("login");
    QString why;
    if (!target.saved)
        why = TargetChecks::tr("Not logged in: a target from a hosts file has no credentials.");
    else if (!p.verifiesServer())
        why = TargetChecks::tr("Not logged in: the profile's mode does not verify the server, "
                               "and the audit sends credentials only to a verified one.");
    else if (!r.verified)
        why = TargetChecks::tr("Not logged in: the server was not verified.");
    else if (options.secretProblems.contains(p.id))
        why = TargetChecks::tr("Not logged in: %1").arg(options.secretProblems.value(p.id));
    else if (!options.secrets.contains(p.id) && !p.passwordSource.producesSecret())
        why = TargetChecks::tr("Not logged in: no saved password for this profile.");
    if (!why.isEmpty()) {
        r.findings << TargetChecks::finding(check, AuditSeverity::Notice, why);
        return;
    }
    AuditLogin login(p);
    {
        QMutexLocker lock(&mutex);
        if (cancelled) {
            r.cancelled = true;
            return;
        }
        this->login = &login;
    }
    login.run(options.secrets.value(p.id), options, r);
    QMutexLocker lock(&mutex);
    this->login = nullptr;
}

TargetAuditor::TargetAuditor(AuditTarget target, const AuditOptions &options)
    : TargetAuditor(std::move(target), options, nullptr)
{ }

TargetAuditor::TargetAuditor(AuditTarget target, const AuditOptions &options,
                             std::shared_ptr<AuditCache> cache)
    : d(std::make_unique<Private>())
{
    d->target = std::move(target);
    d->options = options;
    d->cache = cache ? std::move(cache) : std::make_shared<AuditCache>();
}

TargetAuditor::~TargetAuditor() = default;

void TargetAuditor::cancel()
{
    QMutexLocker lock(&d->mutex);
    d->cancelled = true;
    for (ProfileConnection *c : std::as_const(d->connections))
        c->cancel();
    if (d->login)
        d->login->cancel();
}

AuditResult TargetAuditor::run()
{
    QElapsedTimer timer;
    timer.start();
    AuditResult r;
    r.target = d->target;
    r.startedAt = QDateTime::currentDateTimeUtc();
    const QDateTime now = d->options.nowUtc.isValid() ? d->options.nowUtc : r.startedAt;
    const Profile p = d->auditedProfile();
    const auto finish = [&]() -> AuditResult {
        r.elapsedMs = timer.elapsed();
        return r;
    };
    const auto cancelled = [&]() -> AuditResult {
        r.cancelled = true;
        return finish();
    };

    QString caProblem;
    d->checkFiles(p, now, r, caProblem);

    // The probe: no user name, no password, no client certificate. With an unusable CA file it
    // still looks, trusting the system's CAs, so the server's facts are known all the same.
    const ConnectionSecrets sshSecrets = d->options.secrets.value(p.id);
    ProfileConnection connection(p);
    Profile lookProfile = p;
    lookProfile.caFile.clear();
    lookProfile.caDirectory.clear();
    ProfileConnection withoutCa(lookProfile);
    ProfileConnection *used = &connection;
    struct Untrack
    {
        Private *d;
        ProfileConnection *a, *b;
        ~Untrack()
        {
            d->untrack(a);
            d->untrack(b);
        }
    } untrack {d.get(), &connection, &withoutCa};
    if (!d->track(&connection) || !d->track(&withoutCa))
        return cancelled();

    GatewaySession session;
    if (const ServerHost host = ServerHost::parse(p.host); !host.isValid()) {
        session.failure = Failure::HostInvalid;
        session.detail = host.problem();
    } else {
        d->keepContexts(p);
        ProfileConnection::Prepared prepared = connection.prepareProbe(sshSecrets);
        if (!prepared.ok() && (!p.caFile.isEmpty() || !p.caDirectory.isEmpty())) {
            // Only a problem that goes away without the CA is the CA's.
            if (const ProfileConnection::Prepared without = withoutCa.prepareProbe(sshSecrets);
                without.ok()) {
                if (caProblem.isEmpty())
                    caProblem = prepared.error;
                used = &withoutCa;
                prepared = without;
            }
        }
        if (!prepared.ok()) {
            // Nothing was sent: the profile's own TLS settings cannot be used.
            r.findings << TargetChecks::finding(
                    QStringLiteral("reachable"), AuditSeverity::Failure,
                    //: %1 is host:port, %2 what is wrong with the profile's TLS settings
                    TargetChecks::tr("%1 was not probed: %2").arg(p.addressText(), prepared.error),
                    TargetChecks::tr("Correct the profile's TLS settings."));
            for (const TlsProtocolVersion v : TlsProtocolVersions::all())
                r.protocols << AuditProtocolSupport {TlsProtocolVersions::name(v),
                                                     AuditProtocolSupport::State::NotTested,
                                                     QStringLiteral("not probed")};
            d->checkCaFile(p, caProblem, now, r);
            d->checkClientCertificate(p, now, r);
            return finish();
        } else {
            const ProfileConnection::Probed probed = used->probe();
            session = probed.session;
            if (!probed.error.isEmpty() && session.failure == Failure::None) {
                session.failure = Failure::TlsHandshakeFailed;
                session.detail = probed.error;
            }
        }
    }
    if (session.failure == Failure::Cancelled || d->isCancelled())
        return cancelled();

    // The facts.
    r.reachable = session.greeting.has_value() || session.failure == Failure::ServerError;
    r.tlsOffered = session.greeting && session.greeting->offersTls();
    if (session.greeting)
        r.serverVersion = session.greeting->displayVersion();
    if (session.tlsUsed) {
        r.protocol = session.tlsProtocol;
        r.cipher = session.cipher;
    }
    r.leafSha256 = session.peerSha256;
    // The chain as presented, read once for every check that looks at it.
    QList<CertificateInfo> chainInfos;
    for (qsizetype i = 0; i < session.peerChain.size(); ++i)
        if (const auto info = d->cache->fromDer(session.peerChain.at(i))) {
            chainInfos << *info;
            r.certificates << AuditCertificate::from(*info, AuditCertificate::Source::ServerChain,
                                                     int(i));
        }

    const std::chrono::milliseconds timeout = std::chrono::seconds(p.connectTimeoutSeconds);
    r.findings << TargetChecks::reachability(p, session, timeout);
    if (session.greeting) {
        if (!r.tlsOffered) {
            r.findings << TargetChecks::finding(
                    QStringLiteral("tls"), AuditSeverity::Failure,
                    TargetChecks::tr("%1 does not offer TLS: logins and data would travel in "
                                     "plain text, and anyone on the way can read them.")
                            .arg(p.addressText()),
                    TargetChecks::tr("Give the server a certificate and key (ssl_cert, ssl_key) "
                                     "and restart it; if it has them, something on the way "
                                     "strips TLS."));
        } else if (!session.tlsUsed) {
            r.findings << TargetChecks::finding(
                    QStringLiteral("tls"), AuditSeverity::Failure,
                    TargetChecks::tr("The TLS handshake with %1 failed: %2")
                            .arg(p.addressText(), session.detail),
                    TargetChecks::tr("See which protocol versions the server accepts; the "
                                     "profile's minimum version or ciphers may exclude them."));
        } else {
            r.findings << TargetChecks::finding(
                    QStringLiteral("tls"), AuditSeverity::Ok,
                    TargetChecks::tr("%1 offers TLS.").arg(p.addressText()));
            if (isOldProtocol(r.protocol))
                r.findings << TargetChecks::finding(
                        QStringLiteral("protocol"), AuditSeverity::Warning,
                        //: %1 is a protocol version, %2 a cipher
                        TargetChecks::tr("The connection used %1 (%2), which is outdated.")
                                .arg(r.protocol, r.cipher),
                        TargetChecks::tr("Allow TLS 1.2 and 1.3 on the server (tls_version)."));
            else
                r.findings << TargetChecks::finding(
                        QStringLiteral("protocol"), AuditSeverity::Ok,
                        //: %1 is a protocol version, %2 a cipher
                        TargetChecks::tr("The connection uses %1 with %2.")
                                .arg(r.protocol, r.cipher));
        }
    }

    // Which protocol versions the server still accepts.
    if (r.tlsOffered && d->options.scanProtocols) {
        d->scanProtocols(*used, p, session, r);
        if (d->isCancelled())
            return cancelled();
        QStringList old, accepted, refused;
        for (const AuditProtocolSupport &s : std::as_const(r.protocols)) {
            if (s.state == AuditProtocolSupport::State::Accepted) {
                accepted << s.version;
                if (isOldProtocol(s.version))
                    old << s.version;
            } else if (s.state == AuditProtocolSupport::State::Refused) {
                refused << s.version;
            }
        }
        const QString none = TargetChecks::tr("none");
        const QString acceptedText
                = accepted.isEmpty() ? none : accepted.join(QStringLiteral(", "));
        const QString refusedText = refused.isEmpty() ? none : refused.join(QStringLiteral(", "));
        if (!old.isEmpty())
            r.findings << TargetChecks::finding(
                    QStringLiteral("tls-versions"), AuditSeverity::Warning,
                    //: %1 and %2 are lists of protocol versions, "TLSv1, TLSv1.1"
                    TargetChecks::tr("The server still accepts %1 (accepted: %2).")
                            .arg(old.join(QStringLiteral(", ")), acceptedText),
                    TargetChecks::tr("Allow only TLS 1.2 and 1.3 on the server: "
                                     "tls_version = TLSv1.2,TLSv1.3 (or the provider's minimum "
                                     "TLS version setting)."));
        else
            r.findings << TargetChecks::finding(
                    QStringLiteral("tls-versions"), AuditSeverity::Ok,
                    //: %1 and %2 are lists of protocol versions, "TLSv1.2, TLSv1.3"
                    TargetChecks::tr("The server accepts %1 and refuses %2.")
                            .arg(acceptedText, refusedText));
    } else {
        const QString why = !r.reachable ? QStringLiteral("the server was not reached")
                : !r.tlsOffered          ? QStringLiteral("the server does not offer TLS")
                                         : QStringLiteral("not scanned");
        for (const TlsProtocolVersion v : TlsProtocolVersions::all())
            r.protocols << AuditProtocolSupport {TlsProtocolVersions::name(v),
                                                 AuditProtocolSupport::State::NotTested, why};
    }

    if (session.tlsUsed) {
        r.findings << TargetChecks::verification(p, session, chainInfos, *d->cache, caProblem,
                                                 QDateTime::currentDateTimeUtc(), r.verified,
                                                 r.verifyMessage);
        if (!p.pinnedSha256.isEmpty()) {
            if (r.leafSha256 == p.pinnedSha256)
                r.findings << TargetChecks::finding(
                        QStringLiteral("pin"), AuditSeverity::Ok,
                        TargetChecks::tr("The server's certificate is the pinned one."));
            else
                r.findings << TargetChecks::finding(
                        QStringLiteral("pin"), AuditSeverity::Failure,
                        //: %1 and %2 are SHA-256 fingerprints
                        TargetChecks::tr("The server's certificate has the SHA-256 fingerprint "
                                         "%1, not the pinned %2.")
                                .arg(CertificateDisplay::fingerprint(r.leafSha256),
                                     CertificateDisplay::fingerprint(p.pinnedSha256)),
                        TargetChecks::tr("If the server's certificate was renewed, check the new "
                                         "one and pin it again; otherwise someone may be in "
                                         "between."));
        }
        QList<AuditCertificate> chain;
        for (const AuditCertificate &c : std::as_const(r.certificates))
            if (c.source == AuditCertificate::Source::ServerChain)
                chain << c;
        r.findings << TargetChecks::expiry(chain, now, d->options.warnDays);
        d->checkAnchor(p, caProblem, chainInfos, now, r);

        const QByteArray previous = d->options.previousLeafSha256.value(d->target.key());
        if (!previous.isEmpty() && !r.leafSha256.isEmpty() && p.pinnedSha256.isEmpty()) {
            if (previous != r.leafSha256) {
                r.previousLeafSha256 = previous;
                r.findings << TargetChecks::finding(
                        QStringLiteral("certificate-changed"), AuditSeverity::Notice,
                        //: %1 and %2 are SHA-256 fingerprints
                        TargetChecks::tr("The server's certificate changed since the last "
                                         "audit: %1 (was %2).")
                                .arg(CertificateDisplay::fingerprint(r.leafSha256),
                                     CertificateDisplay::fingerprint(previous)),
                        TargetChecks::tr("Expected after a renewal; otherwise find out who "
                                         "changed it."));
            } else {
                r.findings << TargetChecks::finding(
                        QStringLiteral("certificate-changed"), AuditSeverity::Ok,
                        TargetChecks::tr("The server's certificate is the one of the last "
                                         "audit."));
            }
        }
    }
    d->checkCaFile(p, caProblem, now, r);
    d->checkClientCertificate(p, now, r);

    if (d->options.login && r.tlsOffered && session.tlsUsed) {
        d->tryLogin(p, r);
        if (d->isCancelled())
            return cancelled();
    } else if (d->options.login) {
        r.findings << TargetChecks::finding(
                QStringLiteral("login"), AuditSeverity::Notice,
                TargetChecks::tr("Not logged in: the server was not reached over TLS."));
    }
    return finish();
}

// --------------------------------------------------------------------------------- FleetAudit --

struct FleetAudit::Private
{
    FleetAudit *q = nullptr;
    QList<AuditTarget> targets;
    AuditOptions options;
    std::shared_ptr<AuditCache> cache; // for one run

    bool running = false; // owner's thread only
    QList<AuditResult> results;

    std::mutex mutex; // guards what the workers share
    int next = 0;
    bool cancelled = false;
    int workersLeft = 0;
    QList<TargetAuditor *> active;
    std::vector<std::thread> workers;

    void work();
    void joinWorkers()
    {
        for (std::thread &t : workers)
            if (t.joinable())
                t.join();
        workers.clear();
    }
};

void FleetAudit::Private::work()
{
#ifdef Q_OS_LINUX
    // Background work: a thousand targets' handshakes must not take the GUI thread's turn on
    // the cores (the Fleet Health window stays responsive while it fills). Threads this one
    // starts (the protocol scan's) inherit the lower priority.
    setpriority(PRIO_PROCESS, id_t(gettid()), 10);
#endif
    for (;;) {
        int index = -1;
        std::unique_ptr<TargetAuditor> auditor;
        {
            std::lock_guard<std::mutex> lock(mutex);
            if (!cancelled && next < targets.size()) {
                index = next++;
                auditor = std::make_unique<TargetAuditor>(targets.at(index), options, cache);
                active << auditor.get();
            }
        }
        if (index < 0)
            break;
        const QString name = targets.at(index).displayName();
        QMetaObject::invokeMethod(
                q, [q = q, index, name] { Q_EMIT q->targetStarted(index, name); },
                Qt::QueuedConnection);
        AuditResult result = auditor->run();
        {
            std::lock_guard<std::mutex> lock(mutex);
            active.removeOne(auditor.get());
        }
        auditor.reset();
        QMetaObject::invokeMethod(
                q,
                [q = q, index, result = std::move(result)] {
                    q->d->results << result;
                    Q_EMIT q->targetFinished(index, result);
                    Q_EMIT q->progress(int(q->d->results.size()), int(q->d->targets.size()));
                },
                Qt::QueuedConnection);
    }
    bool last = false;
    bool wasCancelled = false;
    {
        std::lock_guard<std::mutex> lock(mutex);
        last = --workersLeft == 0;
        wasCancelled = cancelled;
    }
    // Posted after every result of every worker: the last worker to leave posts it.
    if (last)
        QMetaObject::invokeMethod(
                q,
                [q = q, wasCancelled] {
                    q->d->running = false;
                    q->d->joinWorkers();
                    q->d->cache.reset();
                    Q_EMIT q->finished(wasCancelled);
                },
                Qt::QueuedConnection);
}

FleetAudit::FleetAudit(QList<AuditTarget> targets, AuditOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<AuditResult>("AuditResult");
    d->q = this;
    d->targets = std::move(targets);
    d->options = std::move(options);
    d->options.concurrency = std::clamp(d->options.concurrency, 1, 256);
}

FleetAudit::~FleetAudit()
{
    cancel();
    d->joinWorkers();
}

void FleetAudit::start()
{
    if (d->running)
        return;
    d->joinWorkers();
    d->results.clear();
    d->running = true;
    // Files and contexts are read afresh for each run.
    d->cache = std::make_shared<AuditCache>();
    const int count = std::min<int>(d->options.concurrency, int(d->targets.size()));
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->next = 0;
        d->cancelled = false;
        d->workersLeft = count;
    }
    if (count == 0) {
        QMetaObject::invokeMethod(
                this,
                [this] {
                    d->running = false;
                    Q_EMIT finished(false);
                },
                Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < count; ++i)
        d->workers.emplace_back([d = d.get()] { d->work(); });
}

void FleetAudit::cancel()
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->cancelled = true;
    for (TargetAuditor *a : std::as_const(d->active))
        a->cancel();
}

bool FleetAudit::isRunning() const
{
    return d->running;
}

int FleetAudit::total() const
{
    return int(d->targets.size());
}

QList<AuditResult> FleetAudit::results() const
{
    return d->results;
}
