// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/Profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

class CertificateInfo;

// What a fleet audit found for one target (DESIGN.md, "One connection path": the audit reaches
// every server through ProfileConnection). Pure data: the GUI's Fleet Health view, sslcm-cli's
// JSON, the Prometheus textfile, JUnit and the kept last audit (AuditHistory) all render it.

// In JSON exactly "ok", "notice", "warning", "failure"; ordered, a target's severity is its
// worst finding's.
enum class AuditSeverity { Ok, Notice, Warning, Failure };

namespace AuditSeverities {
QString key(AuditSeverity severity);                   // "warning"
std::optional<AuditSeverity> fromKey(QStringView key); // "warning" -> Warning
QString displayName(AuditSeverity severity);           // translated: "Warning"
} // namespace AuditSeverities

// One finding: a check's outcome with what it means and what to do. `check` is a stable id
// (documented in the README, used in JSON, JUnit and Prometheus):
//   reachable, tls, protocol, tls-versions, verification, pin, certificate-expiry,
//   ca-file, client-certificate, anchor, certificate-changed, login, server-tls-settings,
//   accounts-without-tls, sessions-without-tls
struct AuditFinding
{
    QString check;
    AuditSeverity severity = AuditSeverity::Ok;
    QString summary; // translated, one line: what was found
    QString action;  // translated: what to do; empty when there is nothing to do
};

// A certificate the audit knows about, for expiry warnings, the timeline and Prometheus.
struct AuditCertificate
{
    enum class Source {
        ServerChain,       // as the server presented it; `depth` 0 is the server's own
        Anchor,            // the CA in the profile's bundle (or the system's) that anchors it
        CaFile,            // every certificate in the profile's CA file
        ClientCertificate, // the profile's client certificate
    };
    Source source = Source::ServerChain;
    int depth = 0;
    QString subject; // one line, RFC 2253-ish as CertificateDisplay shows it
    QString issuer;
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    QByteArray sha256;   // raw 32 bytes of the DER's digest
    QByteArray der;
    QString file; // CaFile / ClientCertificate: the file it came from

    // The audit's view of a loaded certificate.
    static AuditCertificate from(const CertificateInfo &info, Source source, int depth = 0,
                                 const QString &file = {});
};

namespace AuditCertificateSources {
QString
key(AuditCertificate::Source source); // "server-chain", "anchor", "ca-file", "client-certificate"
std::optional<AuditCertificate::Source> fromKey(QStringView key);
} // namespace AuditCertificateSources

// What to audit: a saved profile, or a host:port line of a --hosts file (a profile made for
// the audit: verify-identity against the system's CAs or the given CA file, no login).
struct AuditTarget
{
    Profile profile;
    bool saved = true;  // false for --hosts targets
    int sourceLine = 0; // --hosts: the line it came from (1-based)

    // "profile:<uuid>" for saved profiles, "host:<host>:<port>" otherwise: what the last
    // audit's results are matched by.
    QString key() const;
    // The profile's name; for --hosts targets "host:port".
    QString displayName() const;
};

// One TLS protocol version's separate handshake (capped at exactly that version).
struct AuditProtocolSupport
{
    enum class State { Accepted, Refused, NotTested };
    QString version; // "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3" (OpenSSL's names)
    State state = State::NotTested;
    QString detail; // why refused, or why not tested (not translated: OpenSSL's reason)
};

// The server's own TLS settings, read after a login over verified TLS (opt-in).
struct AuditServerSettings
{
    QString haveSsl;                            // "YES", "DISABLED", "NO"; empty: unknown
    std::optional<bool> requireSecureTransport; // nullopt: unknown (too old, or not readable)
    QString tlsVersion;                         // the server's tls_version variable
    QDateTime sslServerNotAfter;                // Ssl_server_not_after as the server reports it
    QString serverVersion;                      // SELECT VERSION()
};

struct AuditAccount
{
    QString user;
    QString host;
};

struct AuditPlainSessions
{
    QString user;
    QString host;    // the client's host (without the port)
    QString version; // "" for sessions without TLS, else "TLSv1"/"TLSv1.1"
    int count = 0;
};

struct AuditResult
{
    Q_DECLARE_TR_FUNCTIONS(AuditResult)
public:
    AuditTarget target;
    QDateTime startedAt; // UTC
    qint64 elapsedMs = -1;
    bool cancelled = false;

    QList<AuditFinding> findings;

    // Facts of the probe (no login, no credentials sent).
    bool reachable = false;
    bool tlsOffered = false;
    QString serverVersion; // from the greeting
    QString protocol;      // negotiated by the probe: "TLSv1.3"
    QString cipher;
    QList<AuditProtocolSupport> protocols; // TLSv1, TLSv1.1, TLSv1.2, TLSv1.3 in that order
    bool verified = false;                 // the chain passed as the profile's mode demands
    QString verifyMessage;                 // OpenSSL's reason when it did not
    QByteArray leafSha256;
    QByteArray previousLeafSha256; // the last audit's, when it differs (certificate-changed)
    QList<AuditCertificate> certificates;

    // With --login / "Also log in" over verified TLS only.
    bool loginAttempted = false;
    bool loggedIn = false;
    std::optional<AuditServerSettings> serverSettings;
    std::optional<QList<AuditAccount>> accountsWithoutTls; // nullopt: not readable
    std::optional<QList<AuditPlainSessions>> plainSessions;

    // The worst finding's severity; Ok when there are none.
    AuditSeverity severity() const;
    // The finding of a check, if there is one.
    const AuditFinding *finding(QStringView check) const;
    // The soonest notAfter among the certificates (any source); invalid when none.
    QDateTime nextExpiry() const;
};

// A summary line over many results: "38 verified, 3 expiring within 30 days, 1 accepts TLS 1.0,
// 5 accounts without REQUIRE SSL" (translated), and the counts behind it.
struct AuditSummary
{
    Q_DECLARE_TR_FUNCTIONS(AuditSummary)
public:
    int targets = 0;
    int verified = 0;
    int failures = 0;
    int warnings = 0;
    int expiringSoon = 0;       // targets with a certificate expiring within warnDays (not expired)
    int expired = 0;            // targets with an expired certificate
    int acceptsOldTls = 0;      // targets accepting TLS 1.0 or 1.1
    int accountsWithoutTls = 0; // accounts, summed over targets
    int plainSessions = 0;      // sessions, summed

    static AuditSummary of(const QList<AuditResult> &results, int warnDays,
                           const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    QString text(int warnDays) const;
};
