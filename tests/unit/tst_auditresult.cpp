// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UtcDateTime.h"
#include "audit/AuditResult.h"

#include <QtTest>

class tst_AuditResult : public QObject
{
    Q_OBJECT

private:
    static AuditFinding finding(const char *check, AuditSeverity severity)
    {
        return AuditFinding {QString::fromLatin1(check), severity, QStringLiteral("summary"), {}};
    }
    static AuditCertificate certificate(AuditCertificate::Source source, const QDateTime &notAfter)
    {
        AuditCertificate c;
        c.source = source;
        c.notBefore = notAfter.addYears(-1);
        c.notAfter = notAfter;
        return c;
    }
    const QDateTime m_now = utcDateTime(QDate(2030, 6, 1), QTime(12, 0));

private Q_SLOTS:
    void severityKeys_data();
    void severityKeys();
    void unknownSeverityKey();
    void severityIsOrdered();
    void severityIsTheWorstFinding();
    void findingByCheck();
    void certificateSourceKeys();
    void nextExpiryIsTheSoonestOfAnySource();
    void nextExpiryIsInvalidWithoutCertificates();
    void targetKeyAndName();
    void summaryCounts();
    void summaryText();
    void summaryOfNothing();
};

void tst_AuditResult::severityKeys_data()
{
    QTest::addColumn<AuditSeverity>("severity");
    QTest::addColumn<QString>("key");
    QTest::newRow("ok") << AuditSeverity::Ok << "ok";
    QTest::newRow("notice") << AuditSeverity::Notice << "notice";
    QTest::newRow("warning") << AuditSeverity::Warning << "warning";
    QTest::newRow("failure") << AuditSeverity::Failure << "failure";
}

void tst_AuditResult::severityKeys()
{
    QFETCH(AuditSeverity, severity);
    QFETCH(QString, key);
    QCOMPARE(AuditSeverities::key(severity), key);
    QCOMPARE(AuditSeverities::fromKey(key), std::optional<AuditSeverity>(severity));
    QVERIFY(!AuditSeverities::displayName(severity).isEmpty());
}

void tst_AuditResult::unknownSeverityKey()
{
    QCOMPARE(AuditSeverities::fromKey(u"error"), std::nullopt);
    QCOMPARE(AuditSeverities::fromKey(u"Warning"), std::nullopt); // keys are exact
    QCOMPARE(AuditSeverities::fromKey(u""), std::nullopt);
}

void tst_AuditResult::severityIsOrdered()
{
    QVERIFY(AuditSeverity::Ok < AuditSeverity::Notice);
    QVERIFY(AuditSeverity::Notice < AuditSeverity::Warning);
    QVERIFY(AuditSeverity::Warning < AuditSeverity::Failure);
}

void tst_AuditResult::severityIsTheWorstFinding()
{
    AuditResult r;
    QCOMPARE(r.severity(), AuditSeverity::Ok);
    r.findings << finding("reachable", AuditSeverity::Ok);
    QCOMPARE(r.severity(), AuditSeverity::Ok);
    r.findings << finding("certificate-changed", AuditSeverity::Notice);
    QCOMPARE(r.severity(), AuditSeverity::Notice);
    r.findings << finding("tls-versions", AuditSeverity::Warning)
               << finding("protocol", AuditSeverity::Ok);
    QCOMPARE(r.severity(), AuditSeverity::Warning);
    r.findings.prepend(finding("pin", AuditSeverity::Failure));
    QCOMPARE(r.severity(), AuditSeverity::Failure);
}

void tst_AuditResult::findingByCheck()
{
    AuditResult r;
    r.findings << finding("reachable", AuditSeverity::Ok) << finding("tls", AuditSeverity::Failure);
    QVERIFY(r.finding(u"tls"));
    QCOMPARE(r.finding(u"tls")->severity, AuditSeverity::Failure);
    QCOMPARE(r.finding(u"reachable")->check, QStringLiteral("reachable"));
    QCOMPARE(r.finding(u"pin"), nullptr);
}

void tst_AuditResult::certificateSourceKeys()
{
    const QList<std::pair<AuditCertificate::Source, QString>> expected {
            {AuditCertificate::Source::ServerChain, QStringLiteral("server-chain")},
            {AuditCertificate::Source::Anchor, QStringLiteral("anchor")},
            {AuditCertificate::Source::CaFile, QStringLiteral("ca-file")},
            {AuditCertificate::Source::ClientCertificate, QStringLiteral("client-certificate")},
    };
    for (const auto &[source, key] : expected) {
        QCOMPARE(AuditCertificateSources::key(source), key);
        QCOMPARE(AuditCertificateSources::fromKey(key), std::optional(source));
    }
    QCOMPARE(AuditCertificateSources::fromKey(u"server"), std::nullopt);
}

void tst_AuditResult::nextExpiryIsTheSoonestOfAnySource()
{
    AuditResult r;
    r.certificates << certificate(AuditCertificate::Source::ServerChain, m_now.addDays(300))
                   << certificate(AuditCertificate::Source::ClientCertificate, m_now.addDays(20))
                   << certificate(AuditCertificate::Source::Anchor, m_now.addYears(10));
    QCOMPARE(r.nextExpiry(), m_now.addDays(20));
    // An expired one is the soonest of all.
    r.certificates << certificate(AuditCertificate::Source::CaFile, m_now.addDays(-3));
    QCOMPARE(r.nextExpiry(), m_now.addDays(-3));
    // A certificate without dates does not count.
    AuditCertificate undated;
    r.certificates.prepend(undated);
    QCOMPARE(r.nextExpiry(), m_now.addDays(-3));
}

void tst_AuditResult::nextExpiryIsInvalidWithoutCertificates()
{
    AuditResult r;
    QVERIFY(!r.nextExpiry().isValid());
}

void tst_AuditResult::targetKeyAndName()
{
    AuditTarget saved;
    saved.profile.id = QUuid(QStringLiteral("{6f1c2f6e-8a59-4b7e-9d0e-2c4a3b1e5f70}"));
    saved.profile.name = QStringLiteral("Production");
    saved.profile.host = QStringLiteral("db.example.com");
    QCOMPARE(saved.key(), QStringLiteral("profile:6f1c2f6e-8a59-4b7e-9d0e-2c4a3b1e5f70"));
    QCOMPARE(saved.displayName(), QStringLiteral("Production"));

    AuditTarget host;
    host.saved = false;
    host.sourceLine = 3;
    host.profile.host = QStringLiteral("db.example.com");
    host.profile.port = 3307;
    QCOMPARE(host.key(), QStringLiteral("host:db.example.com:3307"));
    QCOMPARE(host.displayName(), QStringLiteral("db.example.com:3307"));
}

void tst_AuditResult::summaryCounts()
{
    QList<AuditResult> results;

    AuditResult healthy; // verified, far from expiry, refuses old TLS
    healthy.verified = true;
    healthy.findings << finding("verification", AuditSeverity::Ok);
    healthy.certificates << certificate(AuditCertificate::Source::ServerChain, m_now.addYears(2));
    healthy.protocols << AuditProtocolSupport {QStringLiteral("TLSv1"),
                                               AuditProtocolSupport::State::Refused,
                                               {}}
                      << AuditProtocolSupport {QStringLiteral("TLSv1.3"),
                                               AuditProtocolSupport::State::Accepted,
                                               {}};
    healthy.accountsWithoutTls = QList<AuditAccount> {};
    results << healthy;

    AuditResult expiring = healthy; // verified, the client certificate expires in 10 days
    expiring.findings << finding("client-certificate", AuditSeverity::Warning);
    expiring.certificates << certificate(AuditCertificate::Source::ClientCertificate,
                                         m_now.addDays(10));
    expiring.accountsWithoutTls
            = QList<AuditAccount> {{QStringLiteral("a"), QStringLiteral("%")},
                                   {QStringLiteral("b"), QStringLiteral("10.%")}};
    expiring.plainSessions = QList<AuditPlainSessions> {
            {QStringLiteral("a"), QStringLiteral("10.0.0.5"), QString(), 3},
            {QStringLiteral("b"), QStringLiteral("10.0.0.6"), QStringLiteral("TLSv1"), 2}};
    results << expiring;

    AuditResult old; // accepts TLS 1.1, expired CA file certificate, not verified
    old.findings << finding("tls-versions", AuditSeverity::Warning)
                 << finding("ca-file", AuditSeverity::Failure);
    old.protocols << AuditProtocolSupport {
            QStringLiteral("TLSv1.1"), AuditProtocolSupport::State::Accepted, {}};
    old.certificates << certificate(AuditCertificate::Source::CaFile, m_now.addSecs(-1))
                     << certificate(AuditCertificate::Source::ServerChain, m_now.addDays(31));
    old.accountsWithoutTls = QList<AuditAccount> {{QStringLiteral("c"), QStringLiteral("%")}};
    results << old;

    AuditResult unreachable;
    unreachable.findings << finding("reachable", AuditSeverity::Failure);
    unreachable.protocols << AuditProtocolSupport {
            QStringLiteral("TLSv1"), AuditProtocolSupport::State::NotTested, {}};
    results << unreachable;

    const AuditSummary s = AuditSummary::of(results, 30, m_now);
    QCOMPARE(s.targets, 4);
    QCOMPARE(s.verified, 2);
    QCOMPARE(s.failures, 2);
    QCOMPARE(s.warnings, 1);
    QCOMPARE(s.expiringSoon, 1); // 10 days: yes; 31 days: no; expired: counted as expired
    QCOMPARE(s.expired, 1);
    QCOMPARE(s.acceptsOldTls, 1); // accepted TLS 1.1 counts, refused or untested 1.0 does not
    QCOMPARE(s.accountsWithoutTls, 3);
    QCOMPARE(s.plainSessions, 5);

    // The threshold moves with warnDays.
    QCOMPARE(AuditSummary::of(results, 45, m_now).expiringSoon, 2);
    QCOMPARE(AuditSummary::of(results, 5, m_now).expiringSoon, 0);
}

void tst_AuditResult::summaryText()
{
    AuditSummary s;
    s.targets = 40;
    s.verified = 38;
    s.expiringSoon = 3;
    s.acceptsOldTls = 1;
    s.accountsWithoutTls = 5;
    const QString text = s.text(30);
    QVERIFY2(text.contains(QLatin1String("40")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("38 verified")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("3 expiring within 30 day")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("1 accept")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("TLS 1.0")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("5 account")), qPrintable(text));
    // What is zero is left out.
    QVERIFY2(!text.contains(QLatin1String("expired")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("session")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("failing")), qPrintable(text));
    // The order follows the counts' importance as the issue shows it.
    QVERIFY(text.indexOf(QLatin1String("verified")) < text.indexOf(QLatin1String("expiring")));
    QVERIFY(text.indexOf(QLatin1String("expiring")) < text.indexOf(QLatin1String("TLS 1.0")));

    s.expired = 2;
    s.plainSessions = 7;
    s.failures = 4;
    const QString more = s.text(14);
    QVERIFY2(more.contains(QLatin1String("within 14 day")), qPrintable(more));
    QVERIFY2(more.contains(QLatin1String("2 with an expired certificate")), qPrintable(more));
    QVERIFY2(more.contains(QLatin1String("7 session")), qPrintable(more));
    QVERIFY2(more.contains(QLatin1String("4 failing")), qPrintable(more));
}

void tst_AuditResult::summaryOfNothing()
{
    const AuditSummary s = AuditSummary::of({}, 30, m_now);
    QCOMPARE(s.targets, 0);
    QCOMPARE(s.verified, 0);
    const QString text = s.text(30);
    QVERIFY2(text.contains(QLatin1String("0 verified")), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_AuditResult)
#include "tst_auditresult.moc"
