// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditFormats.h"

#include "cert/CertificateDisplay.h"
#include "profile/SslMode.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSaveFile>
#include <QSet>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace {

QString lit(const char *text)
{
    return QString::fromLatin1(text);
}

QString isoUtc(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

// Reads what isoUtc() wrote; an empty string is "not known". nullopt when malformed.
std::optional<QDateTime> readIsoUtc(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QDateTime();
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (text.isEmpty())
        return QDateTime();
    const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid())
        return std::nullopt;
    return when.toUTC();
}

std::optional<QByteArray> readFingerprint(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QByteArray();
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (text.isEmpty())
        return QByteArray();
    QByteArray hex = text.toLatin1();
    hex.replace(':', QByteArray());
    if (hex.size() % 2 != 0 || hex.isEmpty())
        return std::nullopt;
    for (const char c : std::as_const(hex)) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
    }
    return QByteArray::fromHex(hex);
}

QString fingerprintText(const QByteArray &digest)
{
    return digest.isEmpty() ? QString() : CertificateDisplay::fingerprint(digest);
}

QString protocolStateKey(AuditProtocolSupport::State state)
{
    switch (state) {
    case AuditProtocolSupport::State::Accepted:
        return lit("accepted");
    case AuditProtocolSupport::State::Refused:
        return lit("refused");
    case AuditProtocolSupport::State::NotTested:
        break;
    }
    return lit("not-tested");
}

std::optional<AuditProtocolSupport::State> protocolStateFromKey(const QString &key)
{
    if (key == QLatin1String("accepted"))
        return AuditProtocolSupport::State::Accepted;
    if (key == QLatin1String("refused"))
        return AuditProtocolSupport::State::Refused;
    if (key == QLatin1String("not-tested"))
        return AuditProtocolSupport::State::NotTested;
    return std::nullopt;
}

// Strict readers for fromJson(): a field of the wrong type is a malformed object, a missing one
// the default.
struct Reader
{
    const QJsonObject &object;
    bool ok = true;

    QString string(const char *key)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            ok = false;
        return v.toString();
    }
    bool boolean(const char *key)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            ok = false;
        return v.toBool();
    }
    double number(const char *key, double fallback)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble())
            ok = false;
        return v.toDouble(fallback);
    }
    QDateTime date(const char *key)
    {
        const std::optional<QDateTime> when = readIsoUtc(object.value(QLatin1String(key)));
        if (!when)
            ok = false;
        return when.value_or(QDateTime());
    }
    QByteArray fingerprint(const char *key)
    {
        const std::optional<QByteArray> digest = readFingerprint(object.value(QLatin1String(key)));
        if (!digest)
            ok = false;
        return digest.value_or(QByteArray());
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            ok = false;
        return v.toArray();
    }
};

QJsonObject certificateToJson(const AuditCertificate &c, AuditFormats::Der der)
{
    QJsonObject o {
            {lit("source"), AuditCertificateSources::key(c.source)},
            {lit("depth"), c.depth},
            {lit("subject"), c.subject},
            {lit("issuer"), c.issuer},
            {lit("notBefore"), isoUtc(c.notBefore)},
            {lit("notAfter"), isoUtc(c.notAfter)},
            {lit("sha256"), fingerprintText(c.sha256)},
    };
    if (!c.file.isEmpty())
        o.insert(lit("file"), c.file);
    if (der == AuditFormats::Der::Include && !c.der.isEmpty())
        o.insert(lit("der"), QString::fromLatin1(c.der.toBase64()));
    return o;
}

std::optional<AuditCertificate> certificateFromJson(const QJsonObject &o)
{
    Reader r {o};
    AuditCertificate c;
    const std::optional<AuditCertificate::Source> source
            = AuditCertificateSources::fromKey(r.string("source"));
    if (!source)
        return std::nullopt;
    c.source = *source;
    c.depth = int(r.number("depth", 0));
    c.subject = r.string("subject");
    c.issuer = r.string("issuer");
    c.notBefore = r.date("notBefore");
    c.notAfter = r.date("notAfter");
    c.sha256 = r.fingerprint("sha256");
    c.file = r.string("file");
    const QString der = r.string("der");
    if (!der.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
                der.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        c.der = *decoded;
    }
    if (!r.ok)
        return std::nullopt;
    return c;
}

QString worstKey(const QList<AuditResult> &results)
{
    AuditSeverity worst = AuditSeverity::Ok;
    for (const AuditResult &r : results)
        worst = std::max(worst, r.severity());
    return AuditSeverities::key(worst);
}

// --- Prometheus -----------------------------------------------------------------------------

// Label values: backslash, double quote and line feed escaped, as the text format demands.
QByteArray escapeLabel(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

using Labels = QList<std::pair<const char *, QString>>;

QByteArray number(double value)
{
    if (value == double(qint64(value)) && std::abs(value) < 1e15)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', 15);
}

class MetricFamily
{
public:
    MetricFamily(const char *name, const char *help)
        : m_name(name)
        , m_help(help)
    { }

    void add(const Labels &labels, double value)
    {
        QByteArray series = m_name;
        if (!labels.isEmpty()) {
            series += '{';
            bool first = true;
            for (const auto &[label, text] : labels) {
                if (!first)
                    series += ',';
                first = false;
                series += label;
                series += "=\"";
                series += escapeLabel(text);
                series += '"';
            }
            series += '}';
        }
        // One series once: a second identical label set would make the whole file unreadable
        // to node_exporter.
        if (m_seen.contains(series))
            return;
        m_seen.insert(series);
        m_samples += series + ' ' + number(value) + '\n';
    }

    void writeTo(QByteArray &out) const
    {
        if (m_samples.isEmpty())
            return;
        out += "# HELP " + m_name + ' ' + m_help + '\n';
        out += "# TYPE " + m_name + " gauge\n";
        out += m_samples;
    }

private:
    QByteArray m_name;
    QByteArray m_help;
    QByteArray m_samples;
    QSet<QByteArray> m_seen;
};

Labels targetLabels(const AuditResult &r, const QString &profile)
{
    return {{"profile", profile},
            {"host", r.target.profile.host},
            {"port", QString::number(r.target.profile.port)}};
}

// The `profile` label of each result: its name, and where two targets share name, host and
// port (two saved profiles of one name), the start of the profile's id (or the --hosts line)
// after it, so that no two targets make one series.
QStringList profileLabels(const QList<AuditResult> &results)
{
    QHash<QString, int> uses;
    const auto identity = [](const AuditResult &r) {
        return r.target.displayName() + QLatin1Char('\0') + r.target.profile.host
                + QLatin1Char('\0') + QString::number(r.target.profile.port);
    };
    for (const AuditResult &r : results)
        ++uses[identity(r)];
    QStringList labels;
    for (const AuditResult &r : results) {
        QString label = r.target.displayName();
        if (uses.value(identity(r)) > 1) {
            label += r.target.saved ? QStringLiteral(" (%1)").arg(
                             r.target.profile.id.toString(QUuid::WithoutBraces).left(8))
                                    : QStringLiteral(" (line %1)").arg(r.target.sourceLine);
        }
        labels << label;
    }
    return labels;
}

// The Prometheus label spells TLS 1.0 as "TLSv1.0" (OpenSSL's name is "TLSv1"), so that a
// matcher such as version=~"TLSv1.[01]" reads naturally.
QString protocolLabel(const QString &openSslName)
{
    if (openSslName == QLatin1String("TLSv1"))
        return lit("TLSv1.0");
    return openSslName;
}

// --- JUnit ----------------------------------------------------------------------------------

// XML 1.0 cannot carry most control characters, not even as references: they become U+FFFD.
QString xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed = u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u <= 0xD7FF)
                || (u >= 0xE000 && u <= 0xFFFD);
        out += allowed ? c : QChar(QChar::ReplacementCharacter);
    }
    return out;
}

QString seconds(qint64 ms)
{
    return QString::number(double(std::max<qint64>(ms, 0)) / 1000.0, 'f', 3);
}

} // namespace

namespace AuditFormats {

QJsonObject toJson(const AuditResult &result)
{
    return toJson(result, Der::Omit);
}

QJsonObject toJson(const AuditResult &r, Der der)
{
    const Profile &p = r.target.profile;
    QJsonObject o {
            {lit("key"), r.target.key()},
            {lit("profile"), r.target.displayName()},
            {lit("saved"), r.target.saved},
            {lit("host"), p.host},
            {lit("port"), int(p.port)},
            {lit("sslMode"), SslModes::key(p.sslMode)},
            {lit("severity"), AuditSeverities::key(r.severity())},
            {lit("startedAt"), isoUtc(r.startedAt)},
            {lit("elapsedMs"), double(r.elapsedMs)},
            {lit("cancelled"), r.cancelled},
            {lit("reachable"), r.reachable},
            {lit("tlsOffered"), r.tlsOffered},
            {lit("serverVersion"), r.serverVersion},
            {lit("protocol"), r.protocol},
            {lit("cipher"), r.cipher},
            {lit("verified"), r.verified},
            {lit("verifyMessage"), r.verifyMessage},
            {lit("leafSha256"), fingerprintText(r.leafSha256)},
            {lit("nextExpiry"), isoUtc(r.nextExpiry())},
            {lit("loginAttempted"), r.loginAttempted},
            {lit("loggedIn"), r.loggedIn},
    };
    if (r.target.saved)
        o.insert(lit("profileId"), p.id.toString(QUuid::WithoutBraces));
    else
        o.insert(lit("sourceLine"), r.target.sourceLine);
    if (!p.caFile.isEmpty())
        o.insert(lit("caFile"), p.caFile);
    if (!r.previousLeafSha256.isEmpty())
        o.insert(lit("previousLeafSha256"), fingerprintText(r.previousLeafSha256));

    QJsonArray protocols;
    for (const AuditProtocolSupport &s : r.protocols) {
        QJsonObject po {{lit("version"), s.version}, {lit("state"), protocolStateKey(s.state)}};
        if (!s.detail.isEmpty())
            po.insert(lit("detail"), s.detail);
        protocols.append(po);
    }
    o.insert(lit("protocols"), protocols);

    QJsonArray certificates;
    for (const AuditCertificate &c : r.certificates)
        certificates.append(certificateToJson(c, der));
    o.insert(lit("certificates"), certificates);

    QJsonArray findings;
    for (const AuditFinding &f : r.findings) {
        findings.append(QJsonObject {{lit("check"), f.check},
                                     {lit("severity"), AuditSeverities::key(f.severity)},
                                     {lit("summary"), f.summary},
                                     {lit("action"), f.action}});
    }
    o.insert(lit("findings"), findings);

    if (r.serverSettings) {
        const AuditServerSettings &s = *r.serverSettings;
        QJsonObject so {{lit("haveSsl"), s.haveSsl},
                        {lit("tlsVersion"), s.tlsVersion},
                        {lit("sslServerNotAfter"), isoUtc(s.sslServerNotAfter)},
                        {lit("serverVersion"), s.serverVersion}};
        so.insert(lit("requireSecureTransport"),
                  s.requireSecureTransport ? QJsonValue(*s.requireSecureTransport)
                                           : QJsonValue(QJsonValue::Null));
        o.insert(lit("serverSettings"), so);
    }
    if (r.accountsWithoutTls) {
        QJsonArray accounts;
        for (const AuditAccount &a : *r.accountsWithoutTls)
            accounts.append(QJsonObject {{lit("user"), a.user}, {lit("host"), a.host}});
        o.insert(lit("accountsWithoutTls"), accounts);
    }
    if (r.plainSessions) {
        QJsonArray sessions;
        for (const AuditPlainSessions &s : *r.plainSessions) {
            sessions.append(QJsonObject {{lit("user"), s.user},
                                         {lit("host"), s.host},
                                         {lit("version"), s.version},
                                         {lit("count"), s.count}});
        }
        o.insert(lit("plainSessions"), sessions);
    }
    return o;
}

std::optional<AuditResult> fromJson(const QJsonObject &o)
{
    Reader r {o};
    AuditResult result;
    AuditTarget &t = result.target;
    t.saved = r.boolean("saved");
    Profile &p = t.profile;
    const QString key = r.string("key");
    if (t.saved) {
        p.id = QUuid::fromString(r.string("profileId"));
        if (p.id.isNull())
            return std::nullopt;
    } else {
        t.sourceLine = int(r.number("sourceLine", 0));
    }
    p.name = r.string("profile");
    p.host = r.string("host");
    const double port = r.number("port", Profile::defaultPort);
    if (port < 1 || port > 65535 || port != double(int(port)))
        return std::nullopt;
    p.port = quint16(port);
    const std::optional<SslMode> mode = SslModes::fromString(r.string("sslMode"));
    if (!mode)
        return std::nullopt;
    p.sslMode = *mode;
    p.caFile = r.string("caFile");
    // A key that does not match what it was made of: not one of our objects.
    if (!key.isEmpty() && key != t.key())
        return std::nullopt;

    result.startedAt = r.date("startedAt");
    result.elapsedMs = qint64(r.number("elapsedMs", -1));
    result.cancelled = r.boolean("cancelled");
    result.reachable = r.boolean("reachable");
    result.tlsOffered = r.boolean("tlsOffered");
    result.serverVersion = r.string("serverVersion");
    result.protocol = r.string("protocol");
    result.cipher = r.string("cipher");
    result.verified = r.boolean("verified");
    result.verifyMessage = r.string("verifyMessage");
    result.leafSha256 = r.fingerprint("leafSha256");
    result.previousLeafSha256 = r.fingerprint("previousLeafSha256");
    result.loginAttempted = r.boolean("loginAttempted");
    result.loggedIn = r.boolean("loggedIn");

    for (const QJsonValue &v : r.array("protocols")) {
        if (!v.isObject())
            return std::nullopt;
        Reader pr {v.toObject()};
        AuditProtocolSupport s;
        s.version = pr.string("version");
        const std::optional<AuditProtocolSupport::State> state
                = protocolStateFromKey(pr.string("state"));
        if (!state || !pr.ok)
            return std::nullopt;
        s.state = *state;
        s.detail = pr.string("detail");
        result.protocols.append(s);
    }
    for (const QJsonValue &v : r.array("certificates")) {
        if (!v.isObject())
            return std::nullopt;
        const std::optional<AuditCertificate> c = certificateFromJson(v.toObject());
        if (!c)
            return std::nullopt;
        result.certificates.append(*c);
    }
    for (const QJsonValue &v : r.array("findings")) {
        if (!v.isObject())
            return std::nullopt;
        Reader fr {v.toObject()};
        AuditFinding f;
        f.check = fr.string("check");
        const std::optional<AuditSeverity> severity
                = AuditSeverities::fromKey(fr.string("severity"));
        if (!severity || f.check.isEmpty())
            return std::nullopt;
        f.severity = *severity;
        f.summary = fr.string("summary");
        f.action = fr.string("action");
        if (!fr.ok)
            return std::nullopt;
        result.findings.append(f);
    }
    if (const QJsonValue v = o.value(lit("serverSettings")); v.isObject()) {
        const QJsonObject so = v.toObject();
        Reader sr {so};
        AuditServerSettings s;
        s.haveSsl = sr.string("haveSsl");
        s.tlsVersion = sr.string("tlsVersion");
        s.sslServerNotAfter = sr.date("sslServerNotAfter");
        s.serverVersion = sr.string("serverVersion");
        const QJsonValue rst = so.value(lit("requireSecureTransport"));
        if (rst.isBool())
            s.requireSecureTransport = rst.toBool();
        else if (!rst.isNull() && !rst.isUndefined())
            return std::nullopt;
        if (!sr.ok)
            return std::nullopt;
        result.serverSettings = s;
    } else if (!v.isUndefined() && !v.isNull()) {
        return std::nullopt;
    }
    if (o.contains(lit("accountsWithoutTls"))) {
        QList<AuditAccount> accounts;
        for (const QJsonValue &v : r.array("accountsWithoutTls")) {
            if (!v.isObject())
                return std::nullopt;
            Reader ar {v.toObject()};
            AuditAccount a {ar.string("user"), ar.string("host")};
            if (!ar.ok)
                return std::nullopt;
            accounts.append(a);
        }
        result.accountsWithoutTls = accounts;
    }
    if (o.contains(lit("plainSessions"))) {
        QList<AuditPlainSessions> sessions;
        for (const QJsonValue &v : r.array("plainSessions")) {
            if (!v.isObject())
                return std::nullopt;
            Reader sr {v.toObject()};
            AuditPlainSessions s;
            s.user = sr.string("user");
            s.host = sr.string("host");
            s.version = sr.string("version");
            s.count = int(sr.number("count", 0));
            if (!sr.ok)
                return std::nullopt;
            sessions.append(s);
        }
        result.plainSessions = sessions;
    }
    if (!r.ok)
        return std::nullopt;
    return result;
}

QJsonObject runToJson(const QList<AuditResult> &results, int warnDays, const QDateTime &startedAt)
{
    return runToJson(results, warnDays, startedAt, Der::Omit);
}

QJsonObject runToJson(const QList<AuditResult> &results, int warnDays, const QDateTime &startedAt,
                      Der der)
{
    const AuditSummary summary = AuditSummary::of(results, warnDays, startedAt);
    int counts[4] = {0, 0, 0, 0};
    for (const AuditResult &r : results)
        ++counts[int(r.severity())];
    const QJsonObject summaryObject {
            {lit("severity"), worstKey(results)},
            {lit("targets"), summary.targets},
            {lit("ok"), counts[int(AuditSeverity::Ok)]},
            {lit("notices"), counts[int(AuditSeverity::Notice)]},
            {lit("warnings"), counts[int(AuditSeverity::Warning)]},
            {lit("failures"), counts[int(AuditSeverity::Failure)]},
            {lit("verified"), summary.verified},
            {lit("expiringSoon"), summary.expiringSoon},
            {lit("expired"), summary.expired},
            {lit("acceptsOldTls"), summary.acceptsOldTls},
            {lit("accountsWithoutTls"), summary.accountsWithoutTls},
            {lit("plainSessions"), summary.plainSessions},
            {lit("text"), summary.text(warnDays)},
    };
    QJsonArray targets;
    for (const AuditResult &r : results)
        targets.append(toJson(r, der));
    return QJsonObject {{lit("version"), 1},
                        {lit("startedAt"), isoUtc(startedAt)},
                        {lit("warnDays"), warnDays},
                        {lit("summary"), summaryObject},
                        {lit("targets"), targets}};
}

QByteArray prometheus(const QList<AuditResult> &results, int warnDays, const QDateTime &nowUtc)
{
    MetricFamily notAfter("sslcm_certificate_not_after_seconds",
                          "Expiry of each certificate the audit knows (Unix time).");
    MetricFamily verified("sslcm_tls_verified",
                          "1 when the server's certificate chain was verified as the profile's "
                          "mode demands, else 0.");
    MetricFamily offered("sslcm_tls_offered", "1 when the server offered TLS, else 0.");
    MetricFamily accepted("sslcm_tls_protocol_accepted",
                          "1 when the server accepted a handshake capped at this TLS version, 0 "
                          "when it refused it (tested versions only).");
    MetricFamily changed("sslcm_certificate_changed",
                         "1 when the server certificate differs from the last audit's, else 0.");
    MetricFamily requireSecure("sslcm_server_require_secure_transport",
                               "The server's require_secure_transport (1 on, 0 off; with "
                               "--login, when readable).");
    MetricFamily accounts("sslcm_accounts_without_tls",
                          "Accounts that can log in from the network without TLS (with "
                          "--login, when readable).");
    MetricFamily plain("sslcm_sessions_without_tls",
                       "Live sessions without TLS (with --login, when readable).");
    MetricFamily oldTls("sslcm_sessions_below_tls12",
                        "Live sessions over TLS older than 1.2 (with --login, when readable).");
    MetricFamily severity("sslcm_audit_severity",
                          "The target's worst finding: 0 ok, 1 notice, 2 warning, 3 failure.");
    MetricFamily reachable("sslcm_audit_reachable", "1 when the server answered, else 0.");
    MetricFamily targetDuration("sslcm_audit_target_duration_seconds",
                                "How long the audit of this target took.");
    MetricFamily targets("sslcm_audit_targets", "Targets audited.");
    MetricFamily warn("sslcm_audit_warn_days",
                      "Certificates expiring within this many days are warnings.");
    MetricFamily lastRun("sslcm_audit_last_run_timestamp_seconds",
                         "When the audit finished (Unix time).");
    MetricFamily duration("sslcm_audit_duration_seconds",
                          "Wall time of the whole audit, from the first target's start to the "
                          "last one's end.");

    QDateTime first;
    QDateTime last;
    const QStringList profiles = profileLabels(results);
    for (qsizetype i = 0; i < results.size(); ++i) {
        const AuditResult &r = results.at(i);
        const Labels labels = targetLabels(r, profiles.at(i));
        severity.add(labels, int(r.severity()));
        reachable.add(labels, r.reachable ? 1 : 0);
        if (r.reachable)
            offered.add(labels, r.tlsOffered ? 1 : 0);
        verified.add(labels, r.verified ? 1 : 0);
        if (!r.leafSha256.isEmpty())
            changed.add(labels, r.previousLeafSha256.isEmpty() ? 0 : 1);
        if (r.elapsedMs >= 0)
            targetDuration.add(labels, double(r.elapsedMs) / 1000.0);
        for (const AuditProtocolSupport &s : r.protocols) {
            if (s.state == AuditProtocolSupport::State::NotTested)
                continue;
            Labels l = labels;
            l.append({"version", protocolLabel(s.version)});
            accepted.add(l, s.state == AuditProtocolSupport::State::Accepted ? 1 : 0);
        }
        for (const AuditCertificate &c : r.certificates) {
            if (!c.notAfter.isValid())
                continue;
            Labels l = labels;
            l.append({"subject", c.subject});
            l.append({"source", AuditCertificateSources::key(c.source)});
            // Two certificates with one subject (a renewed CA next to the old one in a bundle)
            // stay two series.
            l.append({"depth", QString::number(c.depth)});
            l.append({"sha256", QString::fromLatin1(c.sha256.toHex())});
            notAfter.add(l, double(c.notAfter.toSecsSinceEpoch()));
        }
        if (r.serverSettings && r.serverSettings->requireSecureTransport)
            requireSecure.add(labels, *r.serverSettings->requireSecureTransport ? 1 : 0);
        if (r.accountsWithoutTls)
            accounts.add(labels, double(r.accountsWithoutTls->size()));
        if (r.plainSessions) {
            int withoutTls = 0;
            int below12 = 0;
            for (const AuditPlainSessions &s : *r.plainSessions) {
                if (s.version.isEmpty())
                    withoutTls += s.count;
                else
                    below12 += s.count;
            }
            plain.add(labels, withoutTls);
            oldTls.add(labels, below12);
        }
        if (r.startedAt.isValid()) {
            const QDateTime end = r.startedAt.addMSecs(std::max<qint64>(r.elapsedMs, 0));
            if (!first.isValid() || r.startedAt < first)
                first = r.startedAt;
            if (!last.isValid() || end > last)
                last = end;
        }
    }
    targets.add({}, double(results.size()));
    warn.add({}, warnDays);
    if (nowUtc.isValid())
        lastRun.add({}, double(nowUtc.toMSecsSinceEpoch()) / 1000.0);
    duration.add({}, first.isValid() ? double(first.msecsTo(last)) / 1000.0 : 0.0);

    QByteArray out;
    for (const MetricFamily *f :
         {&notAfter, &verified, &offered, &accepted, &changed, &requireSecure, &accounts, &plain,
          &oldTls, &severity, &reachable, &targetDuration, &targets, &warn, &lastRun, &duration})
        f->writeTo(out);
    return out;
}

QByteArray junit(const QList<AuditResult> &results, const QDateTime &startedAt)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();

    int tests = 0;
    int failures = 0;
    int skipped = 0;
    qint64 totalMs = 0;
    for (const AuditResult &r : results) {
        tests += std::max<int>(int(r.findings.size()), 1);
        for (const AuditFinding &f : r.findings)
            failures += f.severity >= AuditSeverity::Warning ? 1 : 0;
        skipped += r.findings.isEmpty() ? 1 : 0;
        totalMs += std::max<qint64>(r.elapsedMs, 0);
    }
    xml.writeStartElement(lit("testsuites"));
    xml.writeAttribute(lit("name"), lit("sslcm audit"));
    xml.writeAttribute(lit("tests"), QString::number(tests));
    xml.writeAttribute(lit("failures"), QString::number(failures));
    xml.writeAttribute(lit("errors"), lit("0"));
    xml.writeAttribute(lit("skipped"), QString::number(skipped));
    if (startedAt.isValid())
        xml.writeAttribute(lit("timestamp"), isoUtc(startedAt));

    for (const AuditResult &r : results) {
        const QString name = xmlText(r.target.displayName());
        int suiteFailures = 0;
        for (const AuditFinding &f : r.findings)
            suiteFailures += f.severity >= AuditSeverity::Warning ? 1 : 0;
        xml.writeStartElement(lit("testsuite"));
        xml.writeAttribute(lit("name"), name);
        xml.writeAttribute(lit("tests"), QString::number(std::max<int>(int(r.findings.size()), 1)));
        xml.writeAttribute(lit("failures"), QString::number(suiteFailures));
        xml.writeAttribute(lit("errors"), lit("0"));
        xml.writeAttribute(lit("skipped"), QString::number(r.findings.isEmpty() ? 1 : 0));
        xml.writeAttribute(lit("time"), seconds(r.elapsedMs));
        if (r.startedAt.isValid())
            xml.writeAttribute(lit("timestamp"), isoUtc(r.startedAt));
        xml.writeAttribute(lit("hostname"), xmlText(r.target.profile.host));

        xml.writeStartElement(lit("properties"));
        const QList<std::pair<QString, QString>> properties {
                {lit("key"), r.target.key()},
                {lit("host"), r.target.profile.host},
                {lit("port"), QString::number(r.target.profile.port)},
                {lit("sslMode"), SslModes::key(r.target.profile.sslMode)},
                {lit("severity"), AuditSeverities::key(r.severity())},
        };
        for (const auto &[key, value] : properties) {
            xml.writeStartElement(lit("property"));
            xml.writeAttribute(lit("name"), key);
            xml.writeAttribute(lit("value"), xmlText(value));
            xml.writeEndElement();
        }
        xml.writeEndElement(); // properties

        if (r.findings.isEmpty()) {
            xml.writeStartElement(lit("testcase"));
            xml.writeAttribute(lit("classname"), name);
            xml.writeAttribute(lit("name"), lit("audit"));
            xml.writeAttribute(lit("time"), seconds(r.elapsedMs));
            xml.writeStartElement(lit("skipped"));
            xml.writeAttribute(lit("message"),
                               r.cancelled ? lit("cancelled") : lit("no checks were made"));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        for (const AuditFinding &f : r.findings) {
            xml.writeStartElement(lit("testcase"));
            xml.writeAttribute(lit("classname"), name);
            xml.writeAttribute(lit("name"), xmlText(f.check));
            xml.writeAttribute(lit("time"), lit("0"));
            const QString text
                    = xmlText(f.action.isEmpty() ? f.summary : f.summary + lit("\n") + f.action);
            if (f.severity >= AuditSeverity::Warning) {
                xml.writeStartElement(lit("failure"));
                xml.writeAttribute(lit("type"), AuditSeverities::key(f.severity));
                xml.writeAttribute(lit("message"), xmlText(f.summary));
                xml.writeCharacters(text);
                xml.writeEndElement();
            } else if (!text.isEmpty()) {
                xml.writeTextElement(lit("system-out"), text);
            }
            xml.writeEndElement(); // testcase
        }
        xml.writeEndElement(); // testsuite
    }
    xml.writeEndElement(); // testsuites
    xml.writeEndDocument();
    return out;
}

QString writeAtomically(const QString &path, const QByteArray &content)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.dir().exists())
        return QCoreApplication::translate("AuditFormats",
                                           "Could not write %1: the folder %2 "
                                           "does not exist.")
                .arg(shown, QDir::toNativeSeparators(info.absolutePath()));
    if (info.isDir())
        return QCoreApplication::translate("AuditFormats", "Could not write %1: it is a folder.")
                .arg(shown);
    // Never a direct write: a reader (node_exporter, a CI job) sees the old file or the new one,
    // whole.
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("AuditFormats", "Could not write %1: %2")
                .arg(shown, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    if (file.write(content) != content.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return QCoreApplication::translate("AuditFormats", "Could not write %1: %2")
                .arg(shown, error);
    }
    if (!file.commit())
        return QCoreApplication::translate("AuditFormats", "Could not write %1: %2")
                .arg(shown, file.errorString());
    return {};
}

} // namespace AuditFormats
