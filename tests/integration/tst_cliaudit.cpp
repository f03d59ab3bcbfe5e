// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `sslcm-cli audit` end to end: real processes against the fixture's real servers (a healthy TLS
// server, one presenting an expired certificate, one that still accepts TLS 1.0 and 1.1, one
// without TLS), the exit codes, --json, the Prometheus textfile read back by a strict parser,
// JUnit read back, --hosts files with junk lines, the kept last audit, and Ctrl-C.
#include "CliRunner.h"
#include "PrometheusText.h"
#include "TestServers.h"
#include "audit/AuditHistory.h"
#include "cert/CertificateDisplay.h"
#include "cert/CertificateLoader.h"
#include "profile/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <csignal>
#include <sys/stat.h>

using Server = TestServers::Server;
using Pki = TestServers::Pki;

class tst_CliAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void healthyProfileExitsZero();
    void jsonHasTheFacts();
    void exitCodes_data();
    void exitCodes();
    void worstTargetDecidesAndOrderIsKept();
    void namedProfilesOnly();
    void allReportsInOneRun();
    void prometheusWriteFailureIsAFailure();
    void hostsFileWithJunkLines();
    void hostsFileVerifiesAgainstTheGivenCa();
    void usageErrors_data();
    void usageErrors();
    void changedCertificateIsFound();
    void partialAuditKeepsTheOthers();
    void damagedHistoryIsKeptAside();
    void progressOnATerminal();
    void interruptCancels();
    void loginReadsTheKeychain();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {}) const;
    Profile addProfile(const QString &name, const TestServers &servers, SslMode mode,
                       const QString &ca, int port = 0);
    QString storePath() const
    {
        return m_home->filePath(QStringLiteral("config/sslcm/profiles.json"));
    }
    QString historyPath() const
    {
        return m_home->filePath(QStringLiteral("data/sslcm/last-audit.json"));
    }
    QString writeHosts(const QByteArray &content) const;
    static QJsonObject json(const CliRun &run);
    static QJsonObject targetNamed(const QJsonObject &run, const QString &profile);
    QByteArray serverLeafSha256() const;
    int closedPort() const;

    TestServers m_servers;
    TestServers m_expired;
    TestServers m_legacy;
    std::unique_ptr<QTemporaryDir> m_home;
};

void tst_CliAudit::initTestCase()
{
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
    m_expired = TestServers::fromFile(qEnvironmentVariable("SSLCM_TEST_SERVERS_EXPIRED"));
    QVERIFY2(m_expired.isValid(), qPrintable(m_expired.errorString()));
    m_legacy = TestServers::fromFile(qEnvironmentVariable("SSLCM_TEST_SERVERS_LEGACY"));
    QVERIFY2(m_legacy.isValid(), qPrintable(m_legacy.errorString()));
}

void tst_CliAudit::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

CliRun tst_CliAudit::cli(const QStringList &arguments, const QByteArray &input) const
{
    CliRunner runner(QStringLiteral(SSLCM_CLI_PATH));
    runner.setHome(m_home->path());
    return runner.run(arguments, input);
}

Profile tst_CliAudit::addProfile(const QString &name, const TestServers &servers, SslMode mode,
                                 const QString &ca, int port)
{
    ProfileStore store(storePath());
    store.load();
    Profile p = Profile::create();
    p.name = name;
    p.host = servers.host();
    p.port = quint16(port ? port : servers.tlsPort());
    p.user = m_servers.credentials(TestServers::Account::Plain).user;
    p.sslMode = mode;
    p.caFile = ca;
    p.connectTimeoutSeconds = 5;
    if (!store.add(p))
        qWarning("could not add the profile %s", qPrintable(name));
    return p;
}

QString tst_CliAudit::writeHosts(const QByteArray &content) const
{
    const QString path = m_home->filePath(QStringLiteral("hosts.txt"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

QJsonObject tst_CliAudit::json(const CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(run.output()));
    return doc.object();
}

QJsonObject tst_CliAudit::targetNamed(const QJsonObject &run, const QString &profile)
{
    for (const QJsonValue &t : run.value(QStringLiteral("targets")).toArray()) {
        if (t.toObject().value(QStringLiteral("profile")).toString() == profile)
            return t.toObject();
    }
    return {};
}

QByteArray tst_CliAudit::serverLeafSha256() const
{
    const CertificateLoadResult loaded = CertificateLoader::loadFile(m_servers.tlsServerCert());
    return loaded.certificates.isEmpty() ? QByteArray() : loaded.certificates.first().sha256;
}

int tst_CliAudit::closedPort() const
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

void tst_CliAudit::healthyProfileExitsZero()
{
    const Profile orders = addProfile(QStringLiteral("Orders"), m_servers, SslMode::VerifyIdentity,
                                      m_servers.path(Pki::CaCert));
    const CliRun r = cli({QStringLiteral("audit")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    QVERIFY2(r.out.contains(QLatin1String("Orders")), qPrintable(r.out));
    QVERIFY2(r.out.contains(orders.addressText()), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("1 verified")), qPrintable(r.out));
    // Not a terminal: one progress line per finished target, on standard error only.
    QVERIFY2(r.err.contains(QStringLiteral("[1/1] Orders %1").arg(orders.addressText())),
             qPrintable(r.err));
    QVERIFY(!r.out.contains(QLatin1String("[1/1]")));

    // The run is kept as the last audit, private to the user.
    QVERIFY(QFileInfo::exists(historyPath()));
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(historyPath()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
    const AuditHistory::Loaded kept = AuditHistory(historyPath()).load();
    QVERIFY2(kept.error.isEmpty(), qPrintable(kept.error));
    QCOMPARE(kept.results.size(), 1);
    QCOMPARE(kept.results.first().target.profile.id, orders.id);
    QCOMPARE(kept.results.first().leafSha256, serverLeafSha256());
}

void tst_CliAudit::jsonHasTheFacts()
{
    addProfile(QStringLiteral("Orders"), m_servers, SslMode::VerifyIdentity,
               m_servers.path(Pki::CaCert));
    const CliRun r = cli({QStringLiteral("audit"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    const QJsonObject run = json(r);
    QCOMPARE(run.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(run.value(QStringLiteral("warnDays")).toInt(), 30);
    QVERIFY(QDateTime::fromString(run.value(QStringLiteral("startedAt")).toString(), Qt::ISODate)
                    .isValid());
    const QJsonObject summary = run.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("targets")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("verified")).toInt(), 1);

    const QJsonObject t = targetNamed(run, QStringLiteral("Orders"));
    QCOMPARE(t.value(QStringLiteral("host")).toString(), m_servers.host());
    QCOMPARE(t.value(QStringLiteral("port")).toInt(), m_servers.tlsPort());
    const QString severity = t.value(QStringLiteral("severity")).toString();
    QVERIFY2(severity == QLatin1String("ok") || severity == QLatin1String("notice"),
             qPrintable(severity));
    QCOMPARE(t.value(QStringLiteral("reachable")).toBool(), true);
    QCOMPARE(t.value(QStringLiteral("tlsOffered")).toBool(), true);
    QCOMPARE(t.value(QStringLiteral("verified")).toBool(), true);
    QVERIFY(t.value(QStringLiteral("protocol")).toString().startsWith(QLatin1String("TLSv1.")));
    QVERIFY(!t.value(QStringLiteral("cipher")).toString().isEmpty());
    // The server certificate as the fixture made it.
    const CertificateLoadResult leaf = CertificateLoader::loadFile(m_servers.tlsServerCert());
    QVERIFY(!leaf.certificates.isEmpty());
    QCOMPARE(t.value(QStringLiteral("leafSha256")).toString(),
             CertificateDisplay::fingerprint(leaf.certificates.first().sha256));
    bool foundLeaf = false;
    for (const QJsonValue &v : t.value(QStringLiteral("certificates")).toArray()) {
        const QJsonObject c = v.toObject();
        QVERIFY(!c.contains(QStringLiteral("der")));
        if (c.value(QStringLiteral("source")).toString() == QLatin1String("server-chain")
            && c.value(QStringLiteral("depth")).toInt() == 0) {
            foundLeaf = true;
            QCOMPARE(QDateTime::fromString(c.value(QStringLiteral("notAfter")).toString(),
                                           Qt::ISODate),
                     leaf.certificates.first().notAfter.toUTC());
        }
    }
    QVERIFY(foundLeaf);
    // Each finding has a check and one of the four severities.
    const QJsonArray findings = t.value(QStringLiteral("findings")).toArray();
    QVERIFY(!findings.isEmpty());
    for (const QJsonValue &v : findings) {
        const QString s = v.toObject().value(QStringLiteral("severity")).toString();
        QVERIFY2(QStringList({QStringLiteral("ok"), QStringLiteral("notice"),
                              QStringLiteral("warning"), QStringLiteral("failure")})
                         .contains(s),
                 qPrintable(s));
        QVERIFY(!v.toObject().value(QStringLiteral("check")).toString().isEmpty());
    }
    // Progress still goes to standard error, never into the JSON.
    QVERIFY(r.err.contains(QLatin1String("[1/1]")));
}

void tst_CliAudit::exitCodes_data()
{
    QTest::addColumn<QString>("server"); // which fixture server
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("check"); // the finding that decides
    QTest::newRow("verified") << "tls" << 0 << ""
                              << "";
    QTest::newRow("accepts TLS 1.0 and 1.1") << "legacy" << 1 << "warning"
                                             << "tls-versions";
    QTest::newRow("expired certificate") << "expired" << 2 << "failure"
                                         << "";
    QTest::newRow("no TLS") << "plain" << 2 << "failure"
                            << "";
    QTest::newRow("unreachable") << "closed" << 2 << "failure"
                                 << "reachable";
}

void tst_CliAudit::exitCodes()
{
    QFETCH(QString, server);
    QFETCH(int, exitCode);
    QFETCH(QString, severity);
    QFETCH(QString, check);
    const QString ca = m_servers.path(Pki::CaCert);
    if (server == QLatin1String("tls"))
        addProfile(QStringLiteral("Target"), m_servers, SslMode::VerifyIdentity, ca);
    else if (server == QLatin1String("legacy"))
        addProfile(QStringLiteral("Target"), m_legacy, SslMode::VerifyIdentity, ca);
    else if (server == QLatin1String("expired"))
        addProfile(QStringLiteral("Target"), m_expired, SslMode::VerifyIdentity, ca);
    else if (server == QLatin1String("plain"))
        addProfile(QStringLiteral("Target"), m_servers, SslMode::VerifyIdentity, ca,
                   m_servers.plainPort());
    else
        addProfile(QStringLiteral("Target"), m_servers, SslMode::VerifyIdentity, ca, closedPort());
    const CliRun r = cli({QStringLiteral("audit"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.output()));
    const QJsonObject t = targetNamed(json(r), QStringLiteral("Target"));
    if (!severity.isEmpty())
        QCOMPARE(t.value(QStringLiteral("severity")).toString(), severity);
    if (!check.isEmpty()) {
        bool found = false;
        for (const QJsonValue &v : t.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("check")).toString() == check) {
                found = true;
                QCOMPARE(f.value(QStringLiteral("severity")).toString(), severity);
                QVERIFY(!f.value(QStringLiteral("summary")).toString().isEmpty());
            }
        }
        QVERIFY2(found, qPrintable(r.out));
    }
}

void tst_CliAudit::worstTargetDecidesAndOrderIsKept()
{
    const QString ca = m_servers.path(Pki::CaCert);
    addProfile(QStringLiteral("Orders"), m_servers, SslMode::VerifyIdentity, ca);
    addProfile(QStringLiteral("Legacy"), m_legacy, SslMode::VerifyIdentity, ca);
    addProfile(QStringLiteral("Expired"), m_expired, SslMode::VerifyIdentity, ca);
    // All at once: they finish in any order, and are listed in the store's.
    const CliRun r = cli({QStringLiteral("audit"), QStringLiteral("--json"),
                          QStringLiteral("--concurrency"), QStringLiteral("3")});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject run = json(r);
    QStringList names;
    QStringList severities;
    for (const QJsonValue &t : run.value(QStringLiteral("targets")).toArray()) {
        names << t.toObject().value(QStringLiteral("profile")).toString();
        severities << t.toObject().value(QStringLiteral("severity")).toString();
    }
    QCOMPARE(names,
             (QStringList {QStringLiteral("Orders"), QStringLiteral("Legacy"),
                           QStringLiteral("Expired")}));
    QCOMPARE(severities.at(1), QStringLiteral("warning"));
    QCOMPARE(severities.at(2), QStringLiteral("failure"));
    const QJsonObject summary = run.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("severity")).toString(), QStringLiteral("failure"));
    QCOMPARE(summary.value(QStringLiteral("targets")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("failures")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("warnings")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("acceptsOldTls")).toInt(), 1);

    // Without the failing one: the warning decides.
    const CliRun two
            = cli({QStringLiteral("audit"), QStringLiteral("Orders"), QStringLiteral("Legacy")});
    QVERIFY2(two.exitCode == 1, qPrintable(two.output()));
    // A threshold beyond the certificates' lifetime makes the healthy server's expiry a warning.
    const CliRun soon = cli({QStringLiteral("audit"), QStringLiteral("Orders"),
                             QStringLiteral("--warn-days"), QStringLiteral("36500")});
    QVERIFY2(soon.exitCode == 1, qPrintable(soon.output()));
    QVERIFY2(soon.out.contains(QLatin1String("certificate-expiry")), qPrintable(soon.out));
}

void tst_CliAudit::namedProfilesOnly()
{
    const QString ca = m_servers.path(Pki::CaCert);
    addProfile(QStringLiteral("Orders"), m_servers, SslMode::VerifyIdentity, ca);
    addProfile(QStringLiteral("Expired"), m_expired, SslMode::VerifyIdentity, ca);
    const CliRun r
            = cli({QStringLiteral("audit"), QStringLiteral("Orders"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    QCOMPARE(json(r).value(QStringLiteral("targets")).toArray().size(), 1);

    const CliRun missing = cli({QStringLiteral("audit"), QStringLiteral("Nope")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(QLatin1String("Nope")), qPrintable(missing.err));
    QVERIFY(missing.out.isEmpty());
    // Nothing was audited, so the last audit is untouched.
    const AuditHistory::Loaded kept = AuditHistory(historyPath()).load();
    QCOMPARE(kept.results.size(), 1);
}

void tst_CliAudit::allReportsInOneRun()
{
    const QString ca = m_servers.path(Pki::CaCert);
    addProfile(QStringLiteral("Orders"), m_servers, SslMode::VerifyIdentity, ca);
    addProfile(QStringLiteral("Expired \"old\""), m_expired, SslMode::VerifyIdentity, ca);
    const QString prom = m_home->filePath(QStringLiteral("textfile/sslcm.prom"));
    const QString junit = m_home->filePath(QStringLiteral("junit.xml"));
    QVERIFY(QDir().mkpath(QFileInfo(prom).absolutePath()));
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const CliRun r
            = cli({QStringLiteral("audit"), QStringLiteral("--all"), QStringLiteral("--json"),
                   QStringLiteral("--prometheus"), prom, QStringLiteral("--junit"), junit});
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(json(r).value(QStringLiteral("targets")).toArray().size(), 2);

    // Prometheus: well formed, and the values are the servers'.
    QFile promFile(prom);
    QVERIFY(promFile.open(QIODevice::ReadOnly));
    const PrometheusText metrics = PrometheusText::parse(promFile.readAll());
    QVERIFY2(metrics.error.isEmpty(), qPrintable(metrics.error));
    const QMap<QString, QString> orders {
            {QStringLiteral("profile"), QStringLiteral("Orders")},
            {QStringLiteral("host"), m_servers.host()},
            {QStringLiteral("port"), QString::number(m_servers.tlsPort())}};
    const QMap<QString, QString> expired {
            {QStringLiteral("profile"), QStringLiteral("Expired \"old\"")},
            {QStringLiteral("port"), QString::number(m_expired.tlsPort())}};
    QCOMPARE(metrics.value(QStringLiteral("sslcm_tls_verified"), orders).value_or(-1), 1.0);
    QCOMPARE(metrics.value(QStringLiteral("sslcm_tls_verified"), expired).value_or(-1), 0.0);
    QCOMPARE(metrics.value(QStringLiteral("sslcm_audit_severity"), expired).value_or(-1), 3.0);
    QVERIFY(*metrics.value(QStringLiteral("sslcm_audit_severity"), orders) <= 1.0);
    QCOMPARE(metrics.value(QStringLiteral("sslcm_audit_reachable"), orders).value_or(-1), 1.0);
    const CertificateLoadResult leaf = CertificateLoader::loadFile(m_servers.tlsServerCert());
    QMap<QString, QString> leafLabels = orders;
    leafLabels.insert(QStringLiteral("source"), QStringLiteral("server-chain"));
    leafLabels.insert(QStringLiteral("depth"), QStringLiteral("0"));
    QCOMPARE(metrics.value(QStringLiteral("sslcm_certificate_not_after_seconds"), leafLabels)
                     .value_or(-1),
             double(leaf.certificates.first().notAfter.toSecsSinceEpoch()));
    const CertificateLoadResult expiredLeaf
            = CertificateLoader::loadFile(m_servers.path(Pki::ServerExpiredCert));
    QMap<QString, QString> expiredLeafLabels = expired;
    expiredLeafLabels.insert(QStringLiteral("source"), QStringLiteral("server-chain"));
    expiredLeafLabels.insert(QStringLiteral("depth"), QStringLiteral("0"));
    const std::optional<double> expiredNotAfter = metrics.value(
            QStringLiteral("sslcm_certificate_not_after_seconds"), expiredLeafLabels);
    QVERIFY(expiredNotAfter);
    QCOMPARE(*expiredNotAfter,
             double(expiredLeaf.certificates.first().notAfter.toSecsSinceEpoch()));
    QVERIFY(*expiredNotAfter < double(before));
    // Only the versions the audit tested, each 0 or 1.
    for (const PrometheusText::Sample &s :
         metrics.find(QStringLiteral("sslcm_tls_protocol_accepted"), orders)) {
        QVERIFY(s.value == 0.0 || s.value == 1.0);
        QVERIFY(s.labels.value(QStringLiteral("version")).startsWith(QLatin1String("TLSv1.")));
    }
    QCOMPARE(metrics.value(QStringLiteral("sslcm_tls_protocol_accepted"),
                           {{QStringLiteral("profile"), QStringLiteral("Orders")},
                            {QStringLiteral("version"), QStringLiteral("TLSv1.2")}})
                     .value_or(-1),
             1.0);
    const double lastRun = *metrics.value(QStringLiteral("sslcm_audit_last_run_timestamp_seconds"));
    QVERIFY(lastRun >= double(before) && lastRun <= double(after + 1));
    QVERIFY(metrics.value(QStringLiteral("sslcm_audit_duration_seconds")));
    // No login: nothing is claimed about accounts.
    QVERIFY(metrics.find(QStringLiteral("sslcm_accounts_without_tls")).isEmpty());
    // Readable by node_exporter, and nothing else left in its folder.
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(prom).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0644));
    QCOMPARE(QDir(QFileInfo(prom).absolutePath())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList {QStringLiteral("sslcm.prom")});

    // JUnit: one suite per target, one case per check, the expired server's failure.
    QFile junitFile(junit);
    QVERIFY(junitFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&junitFile);
    QString suite;
    QHash<QString, int> casesBySuite;
    QHash<QString, int> failuresBySuite;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("testsuite"))
            suite = xml.attributes().value(QLatin1String("name")).toString();
        else if (xml.name() == QLatin1String("testcase"))
            ++casesBySuite[suite];
        else if (xml.name() == QLatin1String("failure"))
            ++failuresBySuite[suite];
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(casesBySuite.size(), 2);
    QVERIFY(casesBySuite.value(QStringLiteral("Orders")) > 0);
    QCOMPARE(failuresBySuite.value(QStringLiteral("Orders")), 0);
    QVERIFY(failuresBySuite.value(QStringLiteral("Expired \"old\"")) > 0);
}

void tst_CliAudit::prometheusWriteFailureIsAFailure()
{
    addProfile(QStringLiteral("Orders"), m_servers, SslMode::VerifyIdentity,
               m_servers.path(Pki::CaCert));
    // A folder that is not there: refused before anything is audited.
    const CliRun missing = cli({QStringLiteral("audit"), QStringLiteral("--prometheus"),
                                m_home->filePath(QStringLiteral("none/sslcm.prom"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(QLatin1String("none")), qPrintable(missing.err));
    QVERIFY(missing.out.isEmpty());
    QVERIFY(!QFileInfo::exists(historyPath()));
    // A folder given as the file: a usage error.
    const CliRun folder = cli({QStringLiteral("audit"), QStringLiteral("--junit"), m_home->path()});
    QCOMPARE(folder.exitCode, 3);
}

void tst_CliAudit::hostsFileWithJunkLines()
{
    const QByteArray content = QStringLiteral("# fleet\n"
                                              "127.0.0.1:%1\n"
                                              "127.0.0.1:%2   # still on TLS 1.0\n"
                                              "127.1:%1\n"
                                              "\n"
                                              "junk line here\n"
                                              "[::1:%1\n"
                                              "127.0.0.1:99999\n")
                                       .arg(m_servers.tlsPort())
                                       .arg(m_legacy.tlsPort())
                                       .toUtf8();
    const QString hosts = writeHosts(content);
    const CliRun r = cli({QStringLiteral("audit"), QStringLiteral("--hosts"), hosts,
                          QStringLiteral("--ssl-ca"), m_servers.path(Pki::CaCert),
                          QStringLiteral("--json")});
    // The good lines were audited (a warning at worst); the bad ones make the run a failure.
    QVERIFY2(r.exitCode == 2, qPrintable(r.output()));
    for (const int line : {4, 6, 7, 8}) {
        QVERIFY2(r.err.contains(QStringLiteral("hosts.txt:%1:").arg(line)), qPrintable(r.err));
    }
    QVERIFY2(r.err.contains(QLatin1String("127.0.0.1")), qPrintable(r.err)); // 127.1's form
    QVERIFY(!r.err.contains(QLatin1String("hosts.txt:2:")));
    QVERIFY(!r.err.contains(QLatin1String("hosts.txt:3:")));
    const QJsonArray targets = json(r).value(QStringLiteral("targets")).toArray();
    QCOMPARE(targets.size(), 2);
    const QJsonObject tls = targets.at(0).toObject();
    QCOMPARE(tls.value(QStringLiteral("profile")).toString(),
             QStringLiteral("127.0.0.1:%1").arg(m_servers.tlsPort()));
    QCOMPARE(tls.value(QStringLiteral("saved")).toBool(), false);
    QCOMPARE(tls.value(QStringLiteral("sourceLine")).toInt(), 2);
    QCOMPARE(tls.value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(tls.value(QStringLiteral("sslMode")).toString(), QStringLiteral("verify-identity"));
    const QJsonObject legacy = targets.at(1).toObject();
    QCOMPARE(legacy.value(QStringLiteral("sourceLine")).toInt(), 3);
    QCOMPARE(legacy.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    // A --hosts run is not kept as the last audit.
    QVERIFY(!QFileInfo::exists(historyPath()));
}

void tst_CliAudit::hostsFileVerifiesAgainstTheGivenCa()
{
    const QString hosts
            = writeHosts(QStringLiteral("127.0.0.1:%1\n").arg(m_servers.tlsPort()).toUtf8());
    const CliRun withCa = cli({QStringLiteral("audit"), QStringLiteral("--hosts"), hosts,
                               QStringLiteral("--ssl-ca"), m_servers.path(Pki::CaCert)});
    QVERIFY2(withCa.exitCode == 0, qPrintable(withCa.output()));
    // The system's CAs do not know the fixture's CA.
    const CliRun system = cli(
            {QStringLiteral("audit"), QStringLiteral("--hosts"), hosts, QStringLiteral("--json")});
    QVERIFY2(system.exitCode == 2, qPrintable(system.output()));
    QCOMPARE(json(system)
                     .value(QStringLiteral("targets"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("verified"))
                     .toBool(),
             false);
    // From standard input.
    const CliRun stdinRun
            = cli({QStringLiteral("audit"), QStringLiteral("--hosts"), QStringLiteral("-"),
                   QStringLiteral("--ssl-ca"), m_servers.path(Pki::CaCert)},
                  QStringLiteral("127.0.0.1:%1\n").arg(m_servers.tlsPort()).toUtf8());
    QVERIFY2(stdinRun.exitCode == 0, qPrintable(stdinRun.output()));
    // A CA file that is not there: nothing is audited.
    const CliRun missingCa
            = cli({QStringLiteral("audit"), QStringLiteral("--hosts"), hosts,
                   QStringLiteral("--ssl-ca"), m_home->filePath(QStringLiteral("none.pem"))});
    QCOMPARE(missingCa.exitCode, 2);
    QVERIFY(missingCa.out.isEmpty());
    const CliRun missingFile = cli({QStringLiteral("audit"), QStringLiteral("--hosts"),
                                    m_home->filePath(QStringLiteral("none.txt"))});
    QCOMPARE(missingFile.exitCode, 2);
    QVERIFY2(missingFile.err.contains(QLatin1String("none.txt")), qPrintable(missingFile.err));
}

void tst_CliAudit::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--bogus")};
    QTest::newRow("concurrency 0")
            << QStringList {QStringLiteral("--concurrency"), QStringLiteral("0")};
    QTest::newRow("concurrency too high")
            << QStringList {QStringLiteral("--concurrency"), QStringLiteral("257")};
    QTest::newRow("warn-days not a number")
            << QStringList {QStringLiteral("--warn-days"), QStringLiteral("soon")};
    QTest::newRow("warn-days negative")
            << QStringList {QStringLiteral("--warn-days"), QStringLiteral("-1")};
    QTest::newRow("connect-timeout 0")
            << QStringList {QStringLiteral("--connect-timeout"), QStringLiteral("0")};
    QTest::newRow("--ssl-ca without --hosts")
            << QStringList {QStringLiteral("--ssl-ca"), QStringLiteral("/etc/hosts")};
    QTest::newRow("--all and a profile")
            << QStringList {QStringLiteral("--all"), QStringLiteral("Orders")};
    QTest::newRow("--login with --hosts only") << QStringList {
            QStringLiteral("--login"), QStringLiteral("--hosts"), QStringLiteral("/etc/hosts")};
    QTest::newRow("--prometheus twice")
            << QStringList {QStringLiteral("--prometheus"), QStringLiteral("a.prom"),
                            QStringLiteral("--prometheus"), QStringLiteral("b.prom")};
    QTest::newRow("--prometheus without a file") << QStringList {QStringLiteral("--prometheus")};
    QTest::newRow("same file twice")
            << QStringList {QStringLiteral("--prometheus"), QStringLiteral("x"),
                            QStringLiteral("--junit"), QStringLiteral("x")};
}

void tst_CliAudit::usageErrors()
{
    QFETCH(QStringList, arguments);
    addProfile(QStringLiteral("Orders"), m_servers, SslMode::VerifyIdentity,
               m_servers.path(Pki::CaCert));
    CliRunner runner(QStringLiteral(SSLCM_CLI_PATH));
    runner.setHome(m_home->path());
    const CliRun r = runner.run(QStringList {QStringLiteral("audit")} + arguments);
    QVERIFY2(r.exitCode == 3, qPrintable(r.output()));
    QVERIFY2(r.err.contains(QLatin1String("--help")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // Nothing was audited.
    QVERIFY(!QFileInfo::exists(historyPath()));
}

void tst_CliAudit::changedCertificateIsFound()
{
    addProfile(QStringLiteral("Orders"), m_servers, SslMode::VerifyIdentity,
               m_servers.path(Pki::CaCert));
    QCOMPARE(cli({QStringLiteral("audit")}).exitCode, 0);
    // The last audit saw another certificate there.
    const AuditHistory history(historyPath());
    AuditHistory::Loaded kept = history.load();
    QCOMPARE(kept.results.size(), 1);
    const QByteArray other(32, '\x42');
    kept.results.first().leafSha256 = other;
    QCOMPARE(history.save(kept.results, kept.warnDays, kept.startedAt), QString());

    const CliRun r = cli({QStringLiteral("audit"), QStringLiteral("--json")});
    const QJsonObject t = targetNamed(json(r), QStringLiteral("Orders"));
    QCOMPARE(t.value(QStringLiteral("previousLeafSha256")).toString(),
             CertificateDisplay::fingerprint(other));
    bool changed = false;
    for (const QJsonValue &v : t.value(QStringLiteral("findings")).toArray())
        changed = changed
                || v.toObject().value(QStringLiteral("check")).toString()
                        == QLatin1String("certificate-changed");
    QVERIFY2(changed, qPrintable(r.out));
    // A change is no error (the profile pins nothing).
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.output()));

    // The new certificate is now the one on record: no change the next time.
    QCOMPARE(AuditHistory(historyPath()).load().results.first().leafSha256, serverLeafSha256());
    const CliRun again = cli({QStringLiteral("audit"), QStringLiteral("--json")});
    QVERIFY(!targetNamed(json(again), QStringLiteral("Orders"))
                     .contains(QStringLiteral("previousLeafSha256")));
}

void tst_CliAudit::partialAuditKeepsTheOthers()
{
    const QString ca = m_servers.path(Pki::CaCert);
    const Profile orders
            = addProfile(QStringLiteral("Orders"), m_servers, SslMode::VerifyIdentity, ca);
    const Profile legacy
            = addProfile(QStringLiteral("Legacy"), m_legacy, SslMode::VerifyIdentity, ca);
    QCOMPARE(cli({QStringLiteral("audit")}).exitCode, 1);
    const QDateTime first = AuditHistory(historyPath()).load().startedAt;
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("Orders")}).exitCode, 0);
    const AuditHistory::Loaded kept = AuditHistory(historyPath()).load();
    QVERIFY(kept.startedAt >= first);
    QSet<QUuid> ids;
    for (const AuditResult &r : kept.results)
        ids.insert(r.target.profile.id);
    QCOMPARE(ids, (QSet<QUuid> {orders.id, legacy.id}));
}

void tst_CliAudit::damagedHistoryIsKeptAside()
{
    addProfile(QStringLiteral("Orders"), m_servers, SslMode::VerifyIdentity,
               m_servers.path(Pki::CaCert));
    QVERIFY(QDir().mkpath(QFileInfo(historyPath()).absolutePath()));
    {
        QFile f(historyPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not an audit");
    }
    const CliRun r = cli({QStringLiteral("audit")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    QVERIFY2(r.err.contains(QLatin1String("damaged")), qPrintable(r.err));
    const QStringList files
            = QDir(QFileInfo(historyPath()).absolutePath()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.first(), QStringLiteral("last-audit.json"));
    QVERIFY(files.last().startsWith(QLatin1String("last-audit.json.damaged-")));
    QFile aside(QFileInfo(historyPath()).absolutePath() + QLatin1Char('/') + files.last());
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), QByteArray("{ not an audit"));
    QCOMPARE(AuditHistory(historyPath()).load().results.size(), 1);
}

void tst_CliAudit::progressOnATerminal()
{
    addProfile(QStringLiteral("Orders"), m_servers, SslMode::VerifyIdentity,
               m_servers.path(Pki::CaCert));
    CliRunner runner(QStringLiteral(SSLCM_CLI_PATH));
    runner.setHome(m_home->path());
    const CliRun r = runner.runOnTerminal({QStringLiteral("audit")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output()));
    // A live line, rewritten in place, instead of a line per target.
    QVERIFY2(r.out.contains(QLatin1String("\r\033[K")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("1/1")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QLatin1String("[1/1] Orders")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("1 verified")), qPrintable(r.out));
}

void tst_CliAudit::interruptCancels()
{
    addProfile(QStringLiteral("Orders"), m_servers, SslMode::VerifyIdentity,
               m_servers.path(Pki::CaCert));
    // A server that accepts and then says nothing: the audit waits for its greeting.
    QTcpServer stall;
    QVERIFY(stall.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&stall, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = stall.nextPendingConnection())
            held << s;
    });
    const QString hosts
            = writeHosts(QStringLiteral("127.0.0.1:%1\n").arg(stall.serverPort()).toUtf8());
    const QString prom = m_home->filePath(QStringLiteral("sslcm.prom"));

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDir home(m_home->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SSLCM_CLI_PATH),
                  {QStringLiteral("audit"), QStringLiteral("--all"), QStringLiteral("--hosts"),
                   hosts, QStringLiteral("--connect-timeout"), QStringLiteral("120"),
                   QStringLiteral("--prometheus"), prom, QStringLiteral("--junit"),
                   m_home->filePath(QStringLiteral("junit.xml"))});
    QVERIFY(process.waitForStarted());
    // Interrupted while it waits on the stalling server.
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 60000);
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 130, qPrintable(out + err));
    QVERIFY2(err.contains(QLatin1String("interrupted")), qPrintable(err));
    QVERIFY2(out.isEmpty(), qPrintable(out));
    // Nothing half done was written.
    QVERIFY(!QFileInfo::exists(prom));
    QVERIFY(!QFileInfo::exists(m_home->filePath(QStringLiteral("junit.xml"))));
    QVERIFY(!QFileInfo::exists(historyPath()));
    qDeleteAll(held);
}

void tst_CliAudit::loginReadsTheKeychain()
{
    // One profile with its password in the (real) keychain, one without.
    const TestServers::Credentials plain = m_servers.credentials(TestServers::Account::Plain);
    const CliRun added
            = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("Orders"), QStringLiteral("--host"), m_servers.host(),
                   QStringLiteral("--port"), QString::number(m_servers.tlsPort()),
                   QStringLiteral("--user"), plain.user, QStringLiteral("--ssl-ca"),
                   m_servers.path(Pki::CaCert), QStringLiteral("--password-stdin")},
                  plain.password.toUtf8() + '\n');
    QVERIFY2(added.exitCode == 0, qPrintable(added.output()));
    addProfile(QStringLiteral("NoPassword"), m_servers, SslMode::VerifyIdentity,
               m_servers.path(Pki::CaCert));

    // Without --login nothing logs in.
    const CliRun probeOnly = cli({QStringLiteral("audit"), QStringLiteral("--json")});
    QVERIFY2(probeOnly.exitCode == 0, qPrintable(probeOnly.output()));
    QCOMPARE(targetNamed(json(probeOnly), QStringLiteral("Orders"))
                     .value(QStringLiteral("loginAttempted"))
                     .toBool(),
             false);

    const CliRun r
            = cli({QStringLiteral("audit"), QStringLiteral("--login"), QStringLiteral("--json")});
    // The shared test server has require_secure_transport off: a warning, found by logging in.
    // The profile without a password is audited without login: a notice, not a failure.
    QVERIFY2(r.exitCode == 1, qPrintable(r.output()));
    const QJsonObject run = json(r);
    const QJsonObject orders = targetNamed(run, QStringLiteral("Orders"));
    QVERIFY2(orders.value(QStringLiteral("loggedIn")).toBool(), qPrintable(r.out));
    QCOMPARE(orders.value(QStringLiteral("serverSettings"))
                     .toObject()
                     .value(QStringLiteral("haveSsl"))
                     .toString(),
             QStringLiteral("YES"));
    QCOMPARE(orders.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QVERIFY2(r.out.contains(QLatin1String("require_secure_transport")), qPrintable(r.out));
    const QJsonObject none = targetNamed(run, QStringLiteral("NoPassword"));
    QCOMPARE(none.value(QStringLiteral("loggedIn")).toBool(), false);
    bool notice = false;
    for (const QJsonValue &v : none.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("check")).toString() == QLatin1String("login")) {
            notice = f.value(QStringLiteral("severity")).toString() == QLatin1String("notice");
            QVERIFY2(f.value(QStringLiteral("summary"))
                             .toString()
                             .contains(QLatin1String("keychain")),
                     qPrintable(f.value(QStringLiteral("summary")).toString()));
        }
    }
    QVERIFY2(notice, qPrintable(r.out));
    // No keychain at all: every profile is audited without login, each with a notice.
    CliRunner noKeychain(QStringLiteral(SSLCM_CLI_PATH));
    noKeychain.setHome(m_home->path());
    noKeychain.unsetEnvironmentVariable(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    const CliRun without = noKeychain.run(
            {QStringLiteral("audit"), QStringLiteral("--login"), QStringLiteral("--json")});
    QVERIFY2(without.exitCode == 0, qPrintable(without.output()));
    for (const QJsonValue &t : json(without).value(QStringLiteral("targets")).toArray()) {
        QCOMPARE(t.toObject().value(QStringLiteral("loggedIn")).toBool(), false);
        QCOMPARE(t.toObject().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("notice"));
    }

    // The password is nowhere in what the audit wrote.
    QVERIFY(!r.output().contains(plain.password));
    QFile kept(historyPath());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(!kept.readAll().contains(plain.password.toUtf8()));
}

QTEST_GUILESS_MAIN(tst_CliAudit)
#include "tst_cliaudit.moc"
