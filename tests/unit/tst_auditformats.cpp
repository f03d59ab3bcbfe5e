// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrometheusText.h"
#include "UtcDateTime.h"
#include "audit/AuditFormats.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>
#include <functional>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

// The audit's outputs as the programs that read them see them: the Prometheus textfile parsed
// by a strict reader of the text exposition format (what node_exporter's textfile collector
// refuses, this refuses), JSON read back, JUnit read back with QXmlStreamReader.

using Sample = PrometheusText::Sample;

namespace {

// --- Synthetic results ----------------------------------------------------------------------

const QDateTime now = utcDateTime(QDate(2026, 12, 7), QTime(12, 0));

QByteArray digestOf(const QByteArray &what)
{
    return QCryptographicHash::hash(what, QCryptographicHash::Sha256);
}

AuditCertificate certificate(AuditCertificate::Source source, int depth, const QString &subject,
                             const QDateTime &notAfter, const QByteArray &der)
{
    AuditCertificate c;
    c.source = source;
    c.depth = depth;
    c.subject = subject;
    c.issuer = QStringLiteral("CN=Test CA");
    c.notBefore = notAfter.addYears(-1);
    c.notAfter = notAfter;
    c.der = der;
    c.sha256 = digestOf(der);
    if (source == AuditCertificate::Source::CaFile)
        c.file = QStringLiteral("/etc/ssl/ca.pem");
    return c;
}

AuditResult target(const QString &name, const QString &host, quint16 port)
{
    AuditResult r;
    r.target.profile = Profile::create(now);
    r.target.profile.name = name;
    r.target.profile.host = host;
    r.target.profile.port = port;
    r.startedAt = now.addSecs(-30);
    r.elapsedMs = 1250;
    return r;
}

// A verified server that accepts TLS 1.2 and 1.3, with a login that read everything.
AuditResult healthy(const QString &name, const QString &host = QStringLiteral("db1.example.com"),
                    quint16 port = 3306)
{
    AuditResult r = target(name, host, port);
    r.reachable = true;
    r.tlsOffered = true;
    r.serverVersion = QStringLiteral("11.4.2-MariaDB");
    r.protocol = QStringLiteral("TLSv1.3");
    r.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    r.verified = true;
    r.protocols = {
            {QStringLiteral("TLSv1"), AuditProtocolSupport::State::Refused,
             QStringLiteral("unsupported protocol")},
            {QStringLiteral("TLSv1.1"), AuditProtocolSupport::State::NotTested,
             QStringLiteral("this OpenSSL cannot")},
            {QStringLiteral("TLSv1.2"), AuditProtocolSupport::State::Accepted, {}},
            {QStringLiteral("TLSv1.3"), AuditProtocolSupport::State::Accepted, {}},
    };
    r.certificates = {
            certificate(AuditCertificate::Source::ServerChain, 0, QStringLiteral("CN=") + host,
                        now.addDays(90), "leaf-" + host.toUtf8()),
            certificate(AuditCertificate::Source::ServerChain, 1, QStringLiteral("CN=Test CA"),
                        now.addYears(5), "ca"),
            certificate(AuditCertificate::Source::CaFile, 0, QStringLiteral("CN=Test CA"),
                        now.addYears(5), "ca"),
    };
    r.leafSha256 = r.certificates.first().sha256;
    r.findings = {
            {QStringLiteral("reachable"),
             AuditSeverity::Ok,
             QStringLiteral("The server answered."),
             {}},
            {QStringLiteral("verification"),
             AuditSeverity::Ok,
             QStringLiteral("The chain was verified."),
             {}},
    };
    r.loginAttempted = true;
    r.loggedIn = true;
    AuditServerSettings s;
    s.haveSsl = QStringLiteral("YES");
    s.requireSecureTransport = false;
    s.tlsVersion = QStringLiteral("TLSv1.2,TLSv1.3");
    s.sslServerNotAfter = now.addDays(90);
    s.serverVersion = QStringLiteral("11.4.2-MariaDB-log");
    r.serverSettings = s;
    r.accountsWithoutTls = QList<AuditAccount> {{QStringLiteral("app"), QStringLiteral("%")},
                                                {QStringLiteral("report"), QStringLiteral("10.%")}};
    r.plainSessions = QList<AuditPlainSessions> {
            {QStringLiteral("app"), QStringLiteral("10.0.0.5"), QString(), 3},
            {QStringLiteral("app"), QStringLiteral("10.0.0.6"), QString(), 1},
            {QStringLiteral("legacy"), QStringLiteral("10.0.0.7"), QStringLiteral("TLSv1.1"), 2},
    };
    return r;
}

// An old server: accepts TLS 1.0, its certificate expires in 10 days, not verified.
AuditResult weak(const QString &name)
{
    AuditResult r = target(name, QStringLiteral("10.1.2.3"), 3307);
    r.reachable = true;
    r.tlsOffered = true;
    r.protocol = QStringLiteral("TLSv1.2");
    r.verified = false;
    r.verifyMessage = QStringLiteral("self-signed certificate");
    r.protocols = {
            {QStringLiteral("TLSv1"), AuditProtocolSupport::State::Accepted, {}},
            {QStringLiteral("TLSv1.1"), AuditProtocolSupport::State::Accepted, {}},
            {QStringLiteral("TLSv1.2"), AuditProtocolSupport::State::Accepted, {}},
            {QStringLiteral("TLSv1.3"), AuditProtocolSupport::State::Refused, {}},
    };
    r.certificates = {certificate(AuditCertificate::Source::ServerChain, 0,
                                  QStringLiteral("CN=old"), now.addDays(10), "old")};
    r.leafSha256 = r.certificates.first().sha256;
    r.previousLeafSha256 = digestOf("older");
    r.findings = {
            {QStringLiteral("tls-versions"), AuditSeverity::Warning,
             QStringLiteral("The server accepts TLS 1.0 and 1.1."),
             QStringLiteral("Set tls_version = TLSv1.2,TLSv1.3.")},
            {QStringLiteral("certificate-expiry"), AuditSeverity::Warning,
             QStringLiteral("The server certificate expires in 10 days."),
             QStringLiteral("Renew it.")},
            {QStringLiteral("verification"), AuditSeverity::Failure,
             QStringLiteral("The chain could not be verified: self-signed certificate."),
             QStringLiteral("Give the profile the CA.")},
            {QStringLiteral("certificate-changed"),
             AuditSeverity::Notice,
             QStringLiteral("The server certificate changed since the last audit."),
             {}},
    };
    return r;
}

AuditResult unreachable(const QString &name)
{
    AuditResult r = target(name, QStringLiteral("gone.example.com"), 3306);
    r.findings = {{QStringLiteral("reachable"), AuditSeverity::Failure,
                   QStringLiteral("Connection refused."),
                   QStringLiteral("Check that the server runs.")}};
    return r;
}

QMap<QString, QString> labelsOf(const AuditResult &r)
{
    return {{QStringLiteral("profile"), r.target.displayName()},
            {QStringLiteral("host"), r.target.profile.host},
            {QStringLiteral("port"), QString::number(r.target.profile.port)}};
}

QMap<QString, QString> with(QMap<QString, QString> labels, const QString &key, const QString &value)
{
    labels.insert(key, value);
    return labels;
}

// Runs `work` as an unprivileged user when the test runs as root (who may write anywhere), so
// that a read-only folder is read-only to it. Returns its exit code.
int runUnprivileged(const std::function<int()> &work)
{
    if (::geteuid() != 0)
        return work();
    const pid_t child = ::fork();
    if (child < 0)
        return -1;
    if (child == 0) {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(99);
        ::_exit(work());
    }
    int status = 0;
    if (::waitpid(child, &status, 0) != child || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

Q_DECLARE_METATYPE(AuditResult)

class tst_AuditFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void prometheusIsWellFormedAndHasTheValues();
    void prometheusSkipsWhatIsNotKnown();
    void prometheusHostileNames_data();
    void prometheusHostileNames();
    void prometheusNeverRepeatsASeries();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonFieldsAreStable();
    void jsonRefusesWhatItDidNotWrite_data();
    void jsonRefusesWhatItDidNotWrite();
    void runJsonHasASummary();
    void junitReadsBack();
    void junitHostileNames();
    void writeAtomicallyReplacesWhole();
    void writeAtomicallyKeepsTheOldFileInAReadOnlyFolder();
    void writeAtomicallyRefusesAMissingFolder();
};

void tst_AuditFormats::prometheusIsWellFormedAndHasTheValues()
{
    const AuditResult a = healthy(QStringLiteral("orders"));
    const AuditResult b = weak(QStringLiteral("legacy"));
    const AuditResult c = unreachable(QStringLiteral("gone"));
    const QByteArray text = AuditFormats::prometheus({a, b, c}, 30, now);
    const PrometheusText e = PrometheusText::parse(text);
    QVERIFY2(e.error.isEmpty(), qPrintable(e.error + QLatin1Char('\n') + QString::fromUtf8(text)));

    for (const char *family :
         {"sslcm_certificate_not_after_seconds", "sslcm_tls_verified",
          "sslcm_tls_protocol_accepted", "sslcm_accounts_without_tls", "sslcm_sessions_without_tls",
          "sslcm_audit_severity", "sslcm_audit_reachable", "sslcm_audit_last_run_timestamp_seconds",
          "sslcm_audit_duration_seconds"}) {
        QVERIFY2(e.families.contains(QLatin1String(family)), family);
        QCOMPARE(e.families.value(QLatin1String(family)).type, QStringLiteral("gauge"));
    }

    // Certificates: one series each, the expiry as Unix time.
    const auto leafA = e.value(
            QStringLiteral("sslcm_certificate_not_after_seconds"),
            with(with(labelsOf(a), QStringLiteral("subject"), QStringLiteral("CN=db1.example.com")),
                 QStringLiteral("source"), QStringLiteral("server-chain")));
    QVERIFY(leafA);
    QCOMPARE(*leafA, double(now.addDays(90).toSecsSinceEpoch()));
    QCOMPARE(e.find(QStringLiteral("sslcm_certificate_not_after_seconds"), labelsOf(a)).size(), 3);
    // The CA appears in the chain and in the CA file: two series, told apart by their source.
    const QList<Sample> caSeries
            = e.find(QStringLiteral("sslcm_certificate_not_after_seconds"),
                     with(labelsOf(a), QStringLiteral("subject"), QStringLiteral("CN=Test CA")));
    QCOMPARE(caSeries.size(), 2);
    QVERIFY(caSeries.at(0).labels.value(QStringLiteral("source"))
            != caSeries.at(1).labels.value(QStringLiteral("source")));
    QCOMPARE(caSeries.at(0).value, double(now.addYears(5).toSecsSinceEpoch()));
    QCOMPARE(caSeries.at(0).labels.value(QStringLiteral("sha256")),
             QString::fromLatin1(digestOf("ca").toHex()));
    QCOMPARE(*e.value(QStringLiteral("sslcm_certificate_not_after_seconds"), labelsOf(b)),
             double(now.addDays(10).toSecsSinceEpoch()));
    QVERIFY(e.find(QStringLiteral("sslcm_certificate_not_after_seconds"), labelsOf(c)).isEmpty());

    QCOMPARE(e.value(QStringLiteral("sslcm_tls_verified"), labelsOf(a)).value_or(-1), 1.0);
    QCOMPARE(e.value(QStringLiteral("sslcm_tls_verified"), labelsOf(b)).value_or(-1), 0.0);
    QCOMPARE(e.value(QStringLiteral("sslcm_tls_verified"), labelsOf(c)).value_or(-1), 0.0);

    // Protocol versions: tested ones only, 1 accepted, 0 refused, TLS 1.0 spelled "TLSv1.0".
    const QString accepted = QStringLiteral("sslcm_tls_protocol_accepted");
    const QString version = QStringLiteral("version");
    QCOMPARE(e.value(accepted, with(labelsOf(a), version, QStringLiteral("TLSv1.0"))).value_or(-1),
             0.0);
    QVERIFY(e.find(accepted, with(labelsOf(a), version, QStringLiteral("TLSv1.1"))).isEmpty());
    QCOMPARE(e.value(accepted, with(labelsOf(a), version, QStringLiteral("TLSv1.2"))).value_or(-1),
             1.0);
    QCOMPARE(e.value(accepted, with(labelsOf(a), version, QStringLiteral("TLSv1.3"))).value_or(-1),
             1.0);
    QCOMPARE(e.find(accepted, labelsOf(a)).size(), 3);
    QCOMPARE(e.value(accepted, with(labelsOf(b), version, QStringLiteral("TLSv1.0"))).value_or(-1),
             1.0);
    QCOMPARE(e.value(accepted, with(labelsOf(b), version, QStringLiteral("TLSv1.1"))).value_or(-1),
             1.0);
    QCOMPARE(e.value(accepted, with(labelsOf(b), version, QStringLiteral("TLSv1.3"))).value_or(-1),
             0.0);
    QVERIFY(e.find(accepted, labelsOf(c)).isEmpty());

    QCOMPARE(e.value(QStringLiteral("sslcm_accounts_without_tls"), labelsOf(a)).value_or(-1), 2.0);
    QCOMPARE(e.value(QStringLiteral("sslcm_sessions_without_tls"), labelsOf(a)).value_or(-1), 4.0);
    QCOMPARE(e.value(QStringLiteral("sslcm_sessions_below_tls12"), labelsOf(a)).value_or(-1), 2.0);
    QCOMPARE(e.value(QStringLiteral("sslcm_server_require_secure_transport"), labelsOf(a))
                     .value_or(-1),
             0.0);

    QCOMPARE(e.value(QStringLiteral("sslcm_audit_severity"), labelsOf(a)).value_or(-1), 0.0);
    QCOMPARE(e.value(QStringLiteral("sslcm_audit_severity"), labelsOf(b)).value_or(-1), 3.0);
    QCOMPARE(e.value(QStringLiteral("sslcm_audit_severity"), labelsOf(c)).value_or(-1), 3.0);
    QCOMPARE(e.value(QStringLiteral("sslcm_audit_reachable"), labelsOf(a)).value_or(-1), 1.0);
    QCOMPARE(e.value(QStringLiteral("sslcm_audit_reachable"), labelsOf(c)).value_or(-1), 0.0);
    QCOMPARE(e.value(QStringLiteral("sslcm_certificate_changed"), labelsOf(a)).value_or(-1), 0.0);
    QCOMPARE(e.value(QStringLiteral("sslcm_certificate_changed"), labelsOf(b)).value_or(-1), 1.0);
    QCOMPARE(e.value(QStringLiteral("sslcm_audit_target_duration_seconds"), labelsOf(a))
                     .value_or(-1),
             1.25);

    QCOMPARE(e.value(QStringLiteral("sslcm_audit_last_run_timestamp_seconds")).value_or(-1),
             double(now.toSecsSinceEpoch()));
    // All three started 30 s before `now` and took 1.25 s.
    QCOMPARE(e.value(QStringLiteral("sslcm_audit_duration_seconds")).value_or(-1), 1.25);
    QCOMPARE(e.value(QStringLiteral("sslcm_audit_targets")).value_or(-1), 3.0);
    QCOMPARE(e.value(QStringLiteral("sslcm_audit_warn_days")).value_or(-1), 30.0);

    // The severity of each finding counts in the target's severity.
    AuditResult notice = healthy(QStringLiteral("n"), QStringLiteral("n.example.com"));
    notice.findings.append(
            {QStringLiteral("login"), AuditSeverity::Notice, QStringLiteral("x"), {}});
    AuditResult warning = healthy(QStringLiteral("w"), QStringLiteral("w.example.com"));
    warning.findings.append(
            {QStringLiteral("tls-versions"), AuditSeverity::Warning, QStringLiteral("x"), {}});
    const PrometheusText severities
            = PrometheusText::parse(AuditFormats::prometheus({notice, warning}, 30, now));
    QVERIFY2(severities.error.isEmpty(), qPrintable(severities.error));
    QCOMPARE(
            severities.value(QStringLiteral("sslcm_audit_severity"), labelsOf(notice)).value_or(-1),
            1.0);
    QCOMPARE(severities.value(QStringLiteral("sslcm_audit_severity"), labelsOf(warning))
                     .value_or(-1),
             2.0);
}

void tst_AuditFormats::prometheusSkipsWhatIsNotKnown()
{
    // No login: no account or session numbers at all (a 0 would claim "none").
    AuditResult r = healthy(QStringLiteral("nologin"));
    r.loginAttempted = false;
    r.loggedIn = false;
    r.serverSettings.reset();
    r.accountsWithoutTls.reset();
    r.plainSessions.reset();
    AuditResult unreadable = healthy(QStringLiteral("noaccess"), QStringLiteral("db2.example.com"));
    unreadable.accountsWithoutTls.reset();
    unreadable.serverSettings->requireSecureTransport.reset();
    const PrometheusText e
            = PrometheusText::parse(AuditFormats::prometheus({r, unreadable}, 30, now));
    QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
    QVERIFY(e.find(QStringLiteral("sslcm_accounts_without_tls"), labelsOf(r)).isEmpty());
    QVERIFY(e.find(QStringLiteral("sslcm_sessions_without_tls"), labelsOf(r)).isEmpty());
    QVERIFY(e.find(QStringLiteral("sslcm_server_require_secure_transport"), labelsOf(r)).isEmpty());
    QVERIFY(e.find(QStringLiteral("sslcm_accounts_without_tls"), labelsOf(unreadable)).isEmpty());
    QCOMPARE(e.value(QStringLiteral("sslcm_sessions_without_tls"), labelsOf(unreadable))
                     .value_or(-1),
             4.0);
    QVERIFY(e.find(QStringLiteral("sslcm_server_require_secure_transport"), labelsOf(unreadable))
                    .isEmpty());

    // Nothing audited: a valid file that still says when it ran.
    const PrometheusText empty = PrometheusText::parse(AuditFormats::prometheus({}, 14, now));
    QVERIFY2(empty.error.isEmpty(), qPrintable(empty.error));
    QCOMPARE(empty.value(QStringLiteral("sslcm_audit_targets")).value_or(-1), 0.0);
    QCOMPARE(empty.value(QStringLiteral("sslcm_audit_warn_days")).value_or(-1), 14.0);
    QCOMPARE(empty.value(QStringLiteral("sslcm_audit_last_run_timestamp_seconds")).value_or(-1),
             double(now.toSecsSinceEpoch()));
    QVERIFY(!empty.families.contains(QStringLiteral("sslcm_tls_verified")));
}

void tst_AuditFormats::prometheusHostileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("double quote") << QStringLiteral("prod \"primary\"");
    QTest::newRow("backslash") << QStringLiteral("C:\\dbs\\prod\\");
    QTest::newRow("trailing backslash before quote") << QStringLiteral("a\\\"");
    QTest::newRow("newline") << QStringLiteral("line1\nline2\n");
    QTest::newRow("escape look-alike") << QStringLiteral("not a \\n newline");
    QTest::newRow("label syntax") << QStringLiteral("x\",host=\"evil\"} 1\nsslcm_fake{a=\"");
    QTest::newRow("unicode") << QStringLiteral("Datenbank Bücher ✓ 数据库 🐬");
    QTest::newRow("carriage return and tab") << QStringLiteral("a\rb\tc");
    QTest::newRow("hash") << QStringLiteral("# HELP sslcm_x y");
    QTest::newRow("empty") << QString();
}

void tst_AuditFormats::prometheusHostileNames()
{
    QFETCH(QString, name);
    AuditResult r = healthy(name);
    r.certificates.first().subject = QStringLiteral("CN=") + name + QStringLiteral(",O=\"x\"\\");
    const QByteArray text = AuditFormats::prometheus({r, weak(name)}, 30, now);
    const PrometheusText e = PrometheusText::parse(text);
    QVERIFY2(e.error.isEmpty(), qPrintable(e.error + QLatin1Char('\n') + QString::fromUtf8(text)));
    // The names come back exactly as they were.
    QCOMPARE(e.value(QStringLiteral("sslcm_tls_verified"), labelsOf(r)).value_or(-1), 1.0);
    QCOMPARE(e.find(QStringLiteral("sslcm_audit_severity"),
                    {{QStringLiteral("profile"), r.target.displayName()}})
                     .size(),
             2);
    QVERIFY(e.value(QStringLiteral("sslcm_certificate_not_after_seconds"),
                    with(labelsOf(r), QStringLiteral("subject"), r.certificates.first().subject)));
    // Nothing the name holds made a family of its own.
    for (auto it = e.families.cbegin(); it != e.families.cend(); ++it)
        QVERIFY2(it.key().startsWith(QLatin1String("sslcm_"))
                         && !it.key().contains(QLatin1String("fake")),
                 qPrintable(it.key()));
}

void tst_AuditFormats::prometheusNeverRepeatsASeries()
{
    // Two certificates with one subject in one chain (a cross-signed CA), the same certificate
    // twice in a CA file, and two saved profiles with one name for one server.
    AuditResult r = healthy(QStringLiteral("twin"));
    r.certificates.append(certificate(AuditCertificate::Source::ServerChain, 2,
                                      QStringLiteral("CN=Test CA"), now.addYears(3), "cross"));
    r.certificates.append(r.certificates.at(2)); // the CA file's CA once more
    AuditResult twin = healthy(QStringLiteral("twin"));
    twin.verified = false;
    const QByteArray text = AuditFormats::prometheus({r, twin}, 30, now);
    const PrometheusText e = PrometheusText::parse(text);
    QVERIFY2(e.error.isEmpty(), qPrintable(e.error + QLatin1Char('\n') + QString::fromUtf8(text)));
    const QList<Sample> ca = e.find(QStringLiteral("sslcm_certificate_not_after_seconds"),
                                    {{QStringLiteral("subject"), QStringLiteral("CN=Test CA")},
                                     {QStringLiteral("source"), QStringLiteral("server-chain")}});
    // The first twin's CA at depths 1 and 2, the second's at depth 1.
    QCOMPARE(ca.size(), 3);
    // Both profiles are there, each with its own verification result.
    const QList<Sample> verified = e.find(QStringLiteral("sslcm_tls_verified"));
    QCOMPARE(verified.size(), 2);
    QCOMPARE(verified.at(0).value + verified.at(1).value, 1.0);
    QVERIFY(verified.at(0).labels.value(QStringLiteral("profile"))
            != verified.at(1).labels.value(QStringLiteral("profile")));
    for (const Sample &s : verified)
        QVERIFY2(s.labels.value(QStringLiteral("profile")).startsWith(QLatin1String("twin")),
                 qPrintable(s.labels.value(QStringLiteral("profile"))));
}

void tst_AuditFormats::jsonRoundTrip_data()
{
    QTest::addColumn<AuditResult>("result");
    QTest::newRow("healthy, logged in") << healthy(QStringLiteral("orders"));
    QTest::newRow("weak, changed certificate") << weak(QStringLiteral("legacy \"db\"\n"));
    QTest::newRow("unreachable") << unreachable(QStringLiteral("gone"));
    AuditResult hosts = healthy(QStringLiteral("ignored"), QStringLiteral("2001:db8::1"), 3310);
    hosts.target.saved = false;
    hosts.target.sourceLine = 12;
    hosts.target.profile.name = hosts.target.profile.addressText();
    hosts.target.profile.caFile = QStringLiteral("/etc/ssl/ca.pem");
    hosts.loginAttempted = false;
    hosts.loggedIn = false;
    hosts.serverSettings.reset();
    hosts.accountsWithoutTls.reset();
    hosts.plainSessions.reset();
    QTest::newRow("--hosts target") << hosts;
    AuditResult cancelled = target(QStringLiteral("stopped"), QStringLiteral("x.example"), 1);
    cancelled.cancelled = true;
    cancelled.elapsedMs = -1;
    cancelled.startedAt = QDateTime();
    QTest::newRow("cancelled") << cancelled;
    AuditResult partial = healthy(QStringLiteral("partial"));
    partial.serverSettings->requireSecureTransport.reset();
    partial.accountsWithoutTls = QList<AuditAccount>();
    partial.plainSessions.reset();
    QTest::newRow("empty lists, unknown settings") << partial;
}

void tst_AuditFormats::jsonRoundTrip()
{
    QFETCH(AuditResult, result);
    for (const AuditFormats::Der der : {AuditFormats::Der::Omit, AuditFormats::Der::Include}) {
        const QJsonObject json = AuditFormats::toJson(result, der);
        // Through text, as the history file and --json are.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        const std::optional<AuditResult> back = AuditFormats::fromJson(reread);
        QVERIFY(back);
        QCOMPARE(AuditFormats::toJson(*back, der), json);
        QCOMPARE(back->target.key(), result.target.key());
        QCOMPARE(back->target.displayName(), result.target.displayName());
        QCOMPARE(back->target.saved, result.target.saved);
        QCOMPARE(back->target.sourceLine, result.target.saved ? 0 : result.target.sourceLine);
        QCOMPARE(back->severity(), result.severity());
        QCOMPARE(back->startedAt, result.startedAt);
        QCOMPARE(back->leafSha256, result.leafSha256);
        QCOMPARE(back->previousLeafSha256, result.previousLeafSha256);
        QCOMPARE(back->certificates.size(), result.certificates.size());
        for (qsizetype i = 0; i < result.certificates.size(); ++i) {
            QCOMPARE(back->certificates.at(i).notAfter, result.certificates.at(i).notAfter);
            QCOMPARE(back->certificates.at(i).sha256, result.certificates.at(i).sha256);
            QCOMPARE(back->certificates.at(i).der,
                     der == AuditFormats::Der::Include ? result.certificates.at(i).der
                                                       : QByteArray());
        }
        QCOMPARE(back->findings.size(), result.findings.size());
        QCOMPARE(bool(back->accountsWithoutTls), bool(result.accountsWithoutTls));
        QCOMPARE(bool(back->plainSessions), bool(result.plainSessions));
        QCOMPARE(bool(back->serverSettings), bool(result.serverSettings));
        if (result.serverSettings)
            QCOMPARE(back->serverSettings->requireSecureTransport,
                     result.serverSettings->requireSecureTransport);
    }
}

void tst_AuditFormats::jsonFieldsAreStable()
{
    const AuditResult r = weak(QStringLiteral("legacy"));
    const QJsonObject o = AuditFormats::toJson(r);
    QCOMPARE(o.value(QStringLiteral("profile")).toString(), QStringLiteral("legacy"));
    QCOMPARE(o.value(QStringLiteral("host")).toString(), QStringLiteral("10.1.2.3"));
    QCOMPARE(o.value(QStringLiteral("port")).toInt(), 3307);
    QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("failure"));
    QCOMPARE(o.value(QStringLiteral("key")).toString(), r.target.key());
    QCOMPARE(o.value(QStringLiteral("profileId")).toString(),
             r.target.profile.id.toString(QUuid::WithoutBraces));
    QCOMPARE(o.value(QStringLiteral("sslMode")).toString(), QStringLiteral("verify-identity"));
    // Dates in ISO 8601, UTC.
    QCOMPARE(o.value(QStringLiteral("startedAt")).toString(),
             QStringLiteral("2026-12-07T11:59:30Z"));
    QCOMPARE(o.value(QStringLiteral("nextExpiry")).toString(),
             QStringLiteral("2026-12-17T12:00:00Z"));
    static const QRegularExpression fingerprint(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"));
    QVERIFY(fingerprint.match(o.value(QStringLiteral("leafSha256")).toString()).hasMatch());
    QVERIFY(fingerprint.match(o.value(QStringLiteral("previousLeafSha256")).toString()).hasMatch());
    const QJsonObject cert = o.value(QStringLiteral("certificates")).toArray().first().toObject();
    QCOMPARE(cert.value(QStringLiteral("source")).toString(), QStringLiteral("server-chain"));
    QCOMPARE(cert.value(QStringLiteral("notAfter")).toString(),
             QStringLiteral("2026-12-17T12:00:00Z"));
    QVERIFY(fingerprint.match(cert.value(QStringLiteral("sha256")).toString()).hasMatch());
    // --json leaves out the DER; the kept history has it.
    QVERIFY(!cert.contains(QStringLiteral("der")));
    const QJsonObject kept = AuditFormats::toJson(r, AuditFormats::Der::Include)
                                     .value(QStringLiteral("certificates"))
                                     .toArray()
                                     .first()
                                     .toObject();
    QCOMPARE(QByteArray::fromBase64(kept.value(QStringLiteral("der")).toString().toLatin1()),
             QByteArray("old"));

    QStringList severities;
    for (const QJsonValue &f : o.value(QStringLiteral("findings")).toArray())
        severities << f.toObject().value(QStringLiteral("severity")).toString();
    QCOMPARE(severities,
             (QStringList {QStringLiteral("warning"), QStringLiteral("warning"),
                           QStringLiteral("failure"), QStringLiteral("notice")}));
    const QJsonObject tls10 = o.value(QStringLiteral("protocols")).toArray().first().toObject();
    QCOMPARE(tls10.value(QStringLiteral("version")).toString(), QStringLiteral("TLSv1"));
    QCOMPARE(tls10.value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));

    // Unknown things are absent, not zero.
    QVERIFY(!o.contains(QStringLiteral("accountsWithoutTls")));
    QVERIFY(!o.contains(QStringLiteral("plainSessions")));
    QVERIFY(!o.contains(QStringLiteral("serverSettings")));
    const QJsonObject logged = AuditFormats::toJson(healthy(QStringLiteral("a")));
    QCOMPARE(logged.value(QStringLiteral("accountsWithoutTls")).toArray().size(), 2);
    QCOMPARE(logged.value(QStringLiteral("serverSettings"))
                     .toObject()
                     .value(QStringLiteral("requireSecureTransport")),
             QJsonValue(false));
}

void tst_AuditFormats::jsonRefusesWhatItDidNotWrite_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("severity of a finding")
            << "findings"
            << QJsonValue(QJsonArray {
                       QJsonObject {{QStringLiteral("check"), QStringLiteral("x")},
                                    {QStringLiteral("severity"), QStringLiteral("bad")}}});
    QTest::newRow("port") << "port" << QJsonValue(70000);
    QTest::newRow("port type") << "port" << QJsonValue(QStringLiteral("3306"));
    QTest::newRow("date") << "startedAt" << QJsonValue(QStringLiteral("yesterday"));
    QTest::newRow("fingerprint") << "leafSha256" << QJsonValue(QStringLiteral("ZZ:00"));
    QTest::newRow("profile id") << "profileId" << QJsonValue(QStringLiteral("nope"));
    QTest::newRow("ssl mode") << "sslMode" << QJsonValue(QStringLiteral("sometimes"));
    QTest::newRow("key of another target") << "key" << QJsonValue(QStringLiteral("host:x:1"));
    QTest::newRow("certificates not a list") << "certificates" << QJsonValue(3);
    QTest::newRow("reachable type") << "reachable" << QJsonValue(QStringLiteral("yes"));
}

void tst_AuditFormats::jsonRefusesWhatItDidNotWrite()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject o = AuditFormats::toJson(healthy(QStringLiteral("orders")));
    QVERIFY(AuditFormats::fromJson(o));
    o.insert(field, value);
    QVERIFY(!AuditFormats::fromJson(o));
}

void tst_AuditFormats::runJsonHasASummary()
{
    const QList<AuditResult> results {healthy(QStringLiteral("a")), weak(QStringLiteral("b")),
                                      unreachable(QStringLiteral("c"))};
    const QJsonObject run = AuditFormats::runToJson(results, 30, now);
    QCOMPARE(run.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(run.value(QStringLiteral("warnDays")).toInt(), 30);
    QCOMPARE(run.value(QStringLiteral("startedAt")).toString(),
             QStringLiteral("2026-12-07T12:00:00Z"));
    QCOMPARE(run.value(QStringLiteral("targets")).toArray().size(), 3);
    const QJsonObject s = run.value(QStringLiteral("summary")).toObject();
    QCOMPARE(s.value(QStringLiteral("severity")).toString(), QStringLiteral("failure"));
    QCOMPARE(s.value(QStringLiteral("targets")).toInt(), 3);
    QCOMPARE(s.value(QStringLiteral("ok")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("failures")).toInt(), 2);
    QCOMPARE(s.value(QStringLiteral("warnings")).toInt(), 0);
    QCOMPARE(s.value(QStringLiteral("verified")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("expiringSoon")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("acceptsOldTls")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("accountsWithoutTls")).toInt(), 2);
    QVERIFY(!s.value(QStringLiteral("text")).toString().isEmpty());
    // No DER in --json.
    QVERIFY(!QJsonDocument(run).toJson().contains("\"der\""));
}

void tst_AuditFormats::junitReadsBack()
{
    const AuditResult a = healthy(QStringLiteral("orders"));
    const AuditResult b = weak(QStringLiteral("legacy"));
    AuditResult cancelled = target(QStringLiteral("stopped"), QStringLiteral("x.example"), 1);
    cancelled.cancelled = true;
    const QByteArray xml = AuditFormats::junit({a, b, cancelled}, now);

    QXmlStreamReader reader(xml);
    struct Case
    {
        QString suite, classname, name, failureType, failureMessage, failureText, out;
        bool skipped = false;
    };
    QList<Case> cases;
    QStringList suites;
    QString suite;
    int declaredTests = -1;
    int declaredFailures = -1;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const QStringView element = reader.name();
        if (element == QLatin1String("testsuites")) {
            declaredTests = reader.attributes().value(QLatin1String("tests")).toInt();
            declaredFailures = reader.attributes().value(QLatin1String("failures")).toInt();
        } else if (element == QLatin1String("testsuite")) {
            suite = reader.attributes().value(QLatin1String("name")).toString();
            suites << suite;
        } else if (element == QLatin1String("testcase")) {
            cases.append({suite,
                          reader.attributes().value(QLatin1String("classname")).toString(),
                          reader.attributes().value(QLatin1String("name")).toString(),
                          {},
                          {},
                          {},
                          {}});
        } else if (element == QLatin1String("failure")) {
            cases.last().failureType = reader.attributes().value(QLatin1String("type")).toString();
            cases.last().failureMessage
                    = reader.attributes().value(QLatin1String("message")).toString();
            cases.last().failureText = reader.readElementText();
        } else if (element == QLatin1String("system-out")) {
            cases.last().out = reader.readElementText();
        } else if (element == QLatin1String("skipped")) {
            cases.last().skipped = true;
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(suites,
             (QStringList {QStringLiteral("orders"), QStringLiteral("legacy"),
                           QStringLiteral("stopped")}));
    QCOMPARE(cases.size(), 2 + 4 + 1);
    QCOMPARE(declaredTests, 7);
    QCOMPARE(declaredFailures, 3);
    // One test case per check.
    QCOMPARE(cases.at(0).name, QStringLiteral("reachable"));
    QCOMPARE(cases.at(0).classname, QStringLiteral("orders"));
    QVERIFY(cases.at(0).failureType.isEmpty());
    const Case &tls = cases.at(2);
    QCOMPARE(tls.name, QStringLiteral("tls-versions"));
    QCOMPARE(tls.failureType, QStringLiteral("warning"));
    QCOMPARE(tls.failureMessage, QStringLiteral("The server accepts TLS 1.0 and 1.1."));
    QVERIFY(tls.failureText.contains(QLatin1String("tls_version = TLSv1.2")));
    QCOMPARE(cases.at(4).name, QStringLiteral("verification"));
    QCOMPARE(cases.at(4).failureType, QStringLiteral("failure"));
    // A notice is no failure: its text is in system-out.
    const Case &changed = cases.at(5);
    QCOMPARE(changed.name, QStringLiteral("certificate-changed"));
    QVERIFY(changed.failureType.isEmpty());
    QVERIFY(changed.out.contains(QLatin1String("changed since the last audit")));
    QVERIFY(cases.at(6).skipped);
}

void tst_AuditFormats::junitHostileNames()
{
    const QString name = QStringLiteral("<prod> & \"co\" 'x' ]]> \x01\x1f end ✓ 🐬");
    AuditResult r = weak(name);
    r.findings.first().summary = QStringLiteral("</failure><x>&amp;");
    const QByteArray xml = AuditFormats::junit({r}, now);
    QXmlStreamReader reader(xml);
    QString suiteName;
    QString firstMessage;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("testsuite"))
            suiteName = reader.attributes().value(QLatin1String("name")).toString();
        if (reader.isStartElement() && reader.name() == QLatin1String("failure")
            && firstMessage.isEmpty())
            firstMessage = reader.attributes().value(QLatin1String("message")).toString();
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString() + QString::fromUtf8(xml)));
    // Characters XML cannot carry became U+FFFD; everything else is as it was.
    QString expected = name;
    expected.replace(QChar(0x01), QChar::ReplacementCharacter);
    expected.replace(QChar(0x1f), QChar::ReplacementCharacter);
    QCOMPARE(suiteName, expected);
    QCOMPARE(firstMessage, QStringLiteral("</failure><x>&amp;"));
}

void tst_AuditFormats::writeAtomicallyReplacesWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sslcm.prom"));
    const QByteArray first = AuditFormats::prometheus({healthy(QStringLiteral("a"))}, 30, now);
    QCOMPARE(AuditFormats::writeAtomically(path, first), QString());
    QCOMPARE(readAll(path), first);
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0644));

    // Replaced, also when the old file had other permissions: 0644 again, the new content, and
    // no temporary file left behind.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QByteArray second = AuditFormats::prometheus({weak(QStringLiteral("b"))}, 30, now);
    QCOMPARE(AuditFormats::writeAtomically(path, second), QString());
    QCOMPARE(readAll(path), second);
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0644));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList {QStringLiteral("sslcm.prom")});
}

void tst_AuditFormats::writeAtomicallyKeepsTheOldFileInAReadOnlyFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.xml"));
    const QByteArray old = "<old/>\n";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(old);
    }
    // The file itself is writable: only the folder stops a write, and a write straight into
    // the file (no temporary file, no rename) would be caught.
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0666) == 0);
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0555) == 0);
    const QByteArray xml = AuditFormats::junit({weak(QStringLiteral("b"))}, now);
    // Exit codes: 0 the write was refused with a message naming the file; 1 it was not.
    const int code = runUnprivileged([&] {
        const QString error = AuditFormats::writeAtomically(path, xml);
        return (!error.isEmpty() && error.contains(QLatin1String("report.xml"))) ? 0 : 1;
    });
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0700) == 0);
    QCOMPARE(code, 0);
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList {QStringLiteral("report.xml")});
}

void tst_AuditFormats::writeAtomicallyRefusesAMissingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/sslcm.prom"));
    const QString error = AuditFormats::writeAtomically(path, "x 1\n");
    QVERIFY(error.contains(QLatin1String("missing")));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
    QVERIFY(!AuditFormats::writeAtomically(dir.path(), "x 1\n").isEmpty());
}

QTEST_GUILESS_MAIN(tst_AuditFormats)
#include "tst_auditformats.moc"
