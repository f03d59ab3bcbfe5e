// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the explanation of a refused login says, given the account's known TLS requirement; what
// an untrusted chain's explanation says it was checked against.
#include "mysql/ConnectionExplainer.h"

#include <QTest>

#include <openssl/x509_vfy.h>

using Type = AccountRequirement::Type;

class tst_ConnectionExplainer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusedLogin_data();
    void refusedLogin();
    void refusedPlainTextLogin_data();
    void refusedPlainTextLogin();
    void untrustedChainSaysWhatItWasCheckedAgainst_data();
    void untrustedChainSaysWhatItWasCheckedAgainst();
};

// A refused login that went in plain text (Preferred and a server without TLS, or Disabled):
// nothing about TLS "being fine"; an account that requires TLS is named as the cause.
void tst_ConnectionExplainer::refusedPlainTextLogin_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("require"); // the account's, "" when not known
    QTest::addColumn<QString>("causeMentions");
    QTest::addColumn<QString>("stepMentions");
    QTest::newRow("preferred, account unknown")
            << int(SslMode::Preferred) << QString() << QStringLiteral("did not offer TLS")
            << QStringLiteral("Enable TLS on the server");
    QTest::newRow("preferred, REQUIRE SSL")
            << int(SslMode::Preferred) << QStringLiteral("SSL")
            << QStringLiteral("The account requires TLS (REQUIRE SSL)")
            << QStringLiteral("Enable TLS on the server");
    QTest::newRow("preferred, REQUIRE NONE") << int(SslMode::Preferred) << QStringLiteral("NONE")
                                             << QStringLiteral("the password (or the user name")
                                             << QStringLiteral("Check the password");
    QTest::newRow("disabled") << int(SslMode::Disabled) << QString()
                              << QStringLiteral("TLS is disabled for this profile")
                              << QStringLiteral("Verify CA and host name");
}

void tst_ConnectionExplainer::refusedPlainTextLogin()
{
    QFETCH(int, mode);
    QFETCH(QString, require);
    QFETCH(QString, causeMentions);
    QFETCH(QString, stepMentions);
    Profile p = Profile::create();
    p.user = QStringLiteral("app");
    p.host = QStringLiteral("db.example.com");
    p.sslMode = SslMode(mode);
    ConnectionReport r = ConnectionReport::about(p);
    r.verdict = ConnectionReport::Verdict::Failed;
    r.gateway.tlsUsed = false;
    r.gateway.serverErrorCode = 1045;
    r.gateway.serverError = QStringLiteral("Access denied for user 'app'@'10.0.0.1'");
    if (!require.isEmpty()) {
        AccountRequirement a;
        a.type = require == QLatin1String("SSL") ? AccountRequirement::Type::Ssl
                                                 : AccountRequirement::Type::None;
        r.account = a;
    }
    const ConnectionReport::Explanation e = ConnectionExplainer::explain(r, p);
    QVERIFY2(e.summary.contains(QLatin1String("refused the login")), qPrintable(e.summary));
    QVERIFY2(e.cause.contains(causeMentions), qPrintable(e.cause));
    QVERIFY2(!e.cause.contains(QLatin1String("TLS was fine")), qPrintable(e.cause));
    QVERIFY2(!e.nextSteps.filter(stepMentions).isEmpty(), qPrintable(e.nextSteps.join(u'\n')));
}

void tst_ConnectionExplainer::untrustedChainSaysWhatItWasCheckedAgainst_data()
{
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("summary");
    QTest::newRow("a CA file") << QStringLiteral("/etc/ssl/provider-ca.pem")
                               << QStringLiteral("does not lead to the CA you chose");
    // No CA chosen: the system's trusted CAs were the anchors, and nothing was "chosen".
    QTest::newRow("the system's CAs")
            << QString() << QStringLiteral("does not lead to a CA this system trusts");
}

void tst_ConnectionExplainer::untrustedChainSaysWhatItWasCheckedAgainst()
{
    QFETCH(QString, caFile);
    QFETCH(QString, summary);
    Profile p = Profile::create();
    p.host = QStringLiteral("db.example.com");
    p.port = 3306;
    p.sslMode = SslMode::VerifyIdentity;
    p.caFile = caFile;
    ConnectionReport r = ConnectionReport::about(p);
    r.verdict = ConnectionReport::Verdict::Failed;
    r.gateway.tlsUsed = true;
    r.gateway.failure = GatewaySession::Failure::CertificateUntrusted;
    r.gateway.verifyResult = X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN;
    r.gateway.verifyErrorDepth = 1;
    const ConnectionReport::Explanation e = ConnectionExplainer::explain(r, p);
    QVERIFY2(e.summary.contains(summary), qPrintable(e.summary));
    QVERIFY(!e.nextSteps.isEmpty());
    QVERIFY2(caFile.isEmpty() ? e.cause.contains(QLatin1String("this system's trusted CAs"))
                              : e.cause.contains(QLatin1String("not in your CA file")),
             qPrintable(e.cause));
}

void tst_ConnectionExplainer::refusedLogin_data()
{
    QTest::addColumn<QString>("serverVersion");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("cipher");
    QTest::addColumn<QString>("negotiated");
    QTest::addColumn<bool>("certificateSent");
    QTest::addColumn<QString>("causeMentions");
    QTest::addColumn<QString>("causeOmits");
    const QString aes = QStringLiteral("TLS_AES_256_GCM_SHA384");
    const QString mariaDb = QStringLiteral("10.11.19-MariaDB-0+deb12u1");
    // MariaDB lets a CIPHER-only account in without a certificate (checked against 10.11): the
    // requirement is met, so it is the password, not "a particular certificate".
    QTest::newRow("mariadb, cipher only, met")
            << mariaDb << QString() << aes << aes << false
            << QStringLiteral("password (or the user name") << QStringLiteral("certificate");
    QTest::newRow("mariadb, cipher only, other cipher")
            << mariaDb << QString() << QStringLiteral("AES128-SHA") << aes << false
            << QStringLiteral("requires the cipher AES128-SHA") << QStringLiteral("certificate");
    // MySQL takes the peer certificate for every specified requirement.
    QTest::newRow("mysql, cipher only, no certificate")
            << QStringLiteral("8.0.36") << QString() << aes << aes << false
            << QStringLiteral("requires a client certificate") << QString();
    QTest::newRow("issuer, no certificate")
            << mariaDb << QStringLiteral("/CN=CA") << QString() << aes << false
            << QStringLiteral("requires a client certificate") << QString();
    QTest::newRow("issuer, certificate sent")
            << mariaDb << QStringLiteral("/CN=CA") << QString() << aes << true
            << QStringLiteral("accepts only a particular certificate") << QString();
}

void tst_ConnectionExplainer::refusedLogin()
{
    QFETCH(QString, serverVersion);
    QFETCH(QString, issuer);
    QFETCH(QString, cipher);
    QFETCH(QString, negotiated);
    QFETCH(bool, certificateSent);
    QFETCH(QString, causeMentions);
    QFETCH(QString, causeOmits);

    Profile p = Profile::create();
    p.user = QStringLiteral("app");
    ConnectionReport r;
    r.verdict = ConnectionReport::Verdict::Failed;
    r.loginErrorCode = 1045;
    r.loginError = QStringLiteral("Access denied for user 'app'@'127.0.0.1'");
    r.serverVersion = serverVersion;
    r.gateway.tlsUsed = true;
    r.gateway.cipher = negotiated;
    r.gateway.clientCertificateSent = certificateSent;
    AccountRequirement account;
    account.type = Type::Specified;
    account.issuer = issuer;
    account.cipher = cipher;
    r.account = account;

    const ConnectionReport::Explanation e = ConnectionExplainer::explain(r, p);
    QVERIFY2(e.cause.contains(causeMentions), qPrintable(e.cause));
    if (!causeOmits.isEmpty())
        QVERIFY2(!e.cause.contains(causeOmits), qPrintable(e.cause));
}

QTEST_GUILESS_MAIN(tst_ConnectionExplainer)
#include "tst_connectionexplainer.moc"
