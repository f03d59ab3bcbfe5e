// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionReport.h"

#include "ssh/SshFacts.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

QString hexColons(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

} // namespace

QList<TestStage::Id> TestStage::all(bool throughSsh)
{
    if (throughSsh)
        return {Id::Resolve,          Id::SignIn, Id::SshConnect,   Id::SshHostKey,
                Id::SshLogin,         Id::Tunnel, Id::Greeting,     Id::TlsHandshake,
                Id::CertificateCheck, Id::Login,  Id::SessionChecks};
    return {Id::Resolve,      Id::SignIn,           Id::Connect, Id::Greeting,
            Id::TlsHandshake, Id::CertificateCheck, Id::Login,   Id::SessionChecks};
}

QString TestStage::title(Id id)
{
    switch (id) {
    case Id::Resolve:
        return tr("Resolve host name");
    case Id::Connect:
        return tr("Connect (TCP)");
    case Id::Greeting:
        return tr("Server greeting");
    case Id::TlsHandshake:
        return tr("TLS handshake");
    case Id::CertificateCheck:
        return tr("Certificate check");
    case Id::Login:
        return tr("Log in");
    case Id::SessionChecks:
        return tr("Session checks");
    case Id::SignIn:
        return tr("Sign-in token");
    case Id::SshConnect:
        return tr("SSH connect");
    case Id::SshHostKey:
        return tr("SSH host key");
    case Id::SshLogin:
        return tr("SSH login");
    case Id::Tunnel:
        return tr("Tunnel to database");
    }
    return {};
}

QString TestStage::key(Id id)
{
    static const char *const keys[]
            = {"resolve",           "connect",      "greeting",       "tls-handshake",
               "certificate-check", "login",        "session-checks", "sign-in",
               "ssh-connect",       "ssh-host-key", "ssh-login",      "tunnel"};
    return QString::fromLatin1(keys[int(id)]);
}

QString TestStage::statusKey(Status status)
{
    static const char *const keys[]
            = {"pending", "running", "passed", "warning", "failed", "skipped"};
    return QString::fromLatin1(keys[int(status)]);
}

TestStage &ConnectionReport::stage(TestStage::Id id)
{
    for (TestStage &s : stages) {
        if (s.id == id)
            return s;
    }
    stages.append(TestStage {id, TestStage::Status::Pending, -1, {}});
    return stages.last();
}

TestStage ConnectionReport::stage(TestStage::Id id) const
{
    for (const TestStage &s : stages) {
        if (s.id == id)
            return s;
    }
    return TestStage {id, TestStage::Status::Pending, -1, {}};
}

const TestStage *ConnectionReport::failedStage() const
{
    for (const TestStage &s : stages) {
        if (s.status == TestStage::Status::Failed)
            return &s;
    }
    return nullptr;
}

QString ConnectionReport::verdictKey(Verdict verdict)
{
    return ConnectionVerdicts::key(verdict);
}

ConnectionReport ConnectionReport::about(const Profile &profile)
{
    ConnectionReport r;
    r.profileName = profile.name;
    r.host = profile.host;
    r.port = profile.port;
    r.user = profile.user;
    r.mode = profile.sslMode;
    r.pinned = !profile.pinnedSha256.isEmpty();
    r.clientCertificateConfigured = !profile.clientCertificate.isEmpty();
    return r;
}

QString ConnectionReport::passwordGivenKey(PasswordGiven given)
{
    switch (given) {
    case PasswordGiven::BySource:
        return QStringLiteral("source");
    case PasswordGiven::StandardInput:
        return QStringLiteral("stdin");
    case PasswordGiven::Typed:
        return QStringLiteral("typed");
    case PasswordGiven::None:
        return QStringLiteral("none");
    }
    return {};
}

QString ConnectionReport::passwordGivenText(PasswordGiven given, const PasswordSource &source)
{
    switch (given) {
    case PasswordGiven::BySource:
        return source.summary();
    case PasswordGiven::StandardInput:
        return tr("Standard input (--password-stdin)");
    case PasswordGiven::Typed:
        return tr("Typed in for this test, not saved");
    case PasswordGiven::None:
        return tr("None given: an empty password");
    }
    return {};
}

QString ConnectionReport::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::SecureVerified:
        return tr("Secure: encrypted, and the server proved its identity.");
    case Verdict::EncryptedUnverified:
        return tr("Encrypted, but the server's identity was not verified: anyone in the middle "
                  "could pose as the server.");
    case Verdict::Plaintext:
        return tr("Not encrypted: the password and all data crossed the network in plain text.");
    case Verdict::Failed:
        return tr("The connection failed.");
    case Verdict::Cancelled:
        return tr("The test was cancelled.");
    }
    return {};
}

QString ConnectionReport::verdictShortText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::SecureVerified:
        //: Short verdict of a connection test, for a list cell: encrypted and the server proved
        //: its identity
        return tr("Verified");
    case Verdict::EncryptedUnverified:
        //: Short verdict: encrypted, but the server's identity was not checked
        return tr("Encrypted, not verified");
    case Verdict::Plaintext:
        //: Short verdict: the connection was not encrypted
        return tr("Plain text");
    case Verdict::Failed:
        //: Short verdict: the connection could not be made
        return tr("Failed");
    case Verdict::Cancelled:
        //: Short verdict: the test was stopped before it finished
        return tr("Cancelled");
    }
    return {};
}

QString ConnectionReport::toText() const
{
    QStringList lines;
    lines << tr("sslcm connection test: %1").arg(profileName);
    lines << tr("Server: %1:%2, user %3, SSL mode %4%5")
                     .arg(host)
                     .arg(port)
                     .arg(user, SslModes::key(mode),
                          pinned ? tr(", pinned certificate") : QString());
    lines << tr("Started: %1 UTC, took %2 ms")
                     .arg(startedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                     .arg(totalMs);
    lines << tr("Verdict: %1").arg(verdictText(verdict));
    lines << QString();
    for (const TestStage &s : stages) {
        QString line = QStringLiteral("  [%1] %2")
                               .arg(TestStage::statusKey(s.status), -7)
                               .arg(TestStage::title(s.id));
        if (s.elapsedMs >= 0)
            line += tr(" (%1 ms)").arg(s.elapsedMs);
        if (!s.detail.isEmpty())
            line += QStringLiteral(": ") + s.detail;
        lines << line;
    }
    lines << QString();
    if (gateway.greeting)
        lines << tr("Server version: %1, connection id %2")
                         .arg(gateway.greeting->displayVersion())
                         .arg(gateway.greeting->connectionId);
    if (!clientLibrary.isEmpty())
        //: %1 is a library and its version, "libmariadb 3.3.14"
        lines << tr("Client library: %1").arg(clientLibrary);
    lines << SshFacts::toText(gateway.ssh, sshJump);
    if (!passwordSource.isEmpty())
        //: %1 says where the password came from ("password from: pass show db")
        lines << tr("Password source: %1").arg(passwordSource);
    if (!signInErrorOutput.isEmpty())
        lines << tr("The password command said: %1").arg(signInErrorOutput);
    if (gateway.tlsUsed)
        lines << tr("TLS: %1, cipher %2").arg(gateway.tlsProtocol, gateway.cipher);
    if (!serverTlsVersion.isEmpty() || !currentUser.isEmpty())
        lines << tr("Server's view of the session: TLS %1, cipher %2")
                         .arg(serverTlsVersion.isEmpty() ? tr("none") : serverTlsVersion,
                              serverCipher.isEmpty() ? tr("none") : serverCipher);
    if (!currentUser.isEmpty())
        lines << tr("Logged in as: %1").arg(currentUser);
    if (account)
        lines << tr("Account TLS requirement: %1").arg(account->displayClause());
    if (!gateway.peerChain.isEmpty()) {
        lines << tr("Server certificate SHA-256: %1").arg(hexColons(gateway.peerSha256));
        lines << tr("Certificates presented by the server: %1").arg(gateway.peerChain.size());
    }
    if (!gateway.verifyMessage.isEmpty())
        lines << tr("Verification: %1 (depth %2)")
                         .arg(gateway.verifyMessage)
                         .arg(gateway.verifyErrorDepth);
    if (!loginError.isEmpty())
        lines << tr("Login error %1: %2").arg(loginErrorCode).arg(loginError);
    lines << explanation.lines();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject ConnectionReport::toJson() const
{
    QJsonArray stageArray;
    for (const TestStage &s : stages)
        stageArray.append(QJsonObject {
                {QStringLiteral("stage"), TestStage::key(s.id)},
                {QStringLiteral("status"), TestStage::statusKey(s.status)},
                {QStringLiteral("ms"), s.elapsedMs},
                {QStringLiteral("detail"), s.detail},
        });
    QJsonArray chain;
    for (const QByteArray &der : gateway.peerChain)
        chain.append(QString::fromLatin1(der.toBase64()));
    QJsonObject tls {
            {QStringLiteral("used"), gateway.tlsUsed},
            {QStringLiteral("protocol"), gateway.tlsProtocol},
            {QStringLiteral("cipher"), gateway.cipher},
            {QStringLiteral("sniSent"), gateway.sniSent},
            {QStringLiteral("hostnameChecked"), gateway.hostnameChecked},
            {QStringLiteral("clientCertificateSent"), gateway.clientCertificateSent},
            {QStringLiteral("verifyResult"), gateway.verifyResult},
            {QStringLiteral("verifyMessage"), gateway.verifyMessage},
            {QStringLiteral("peerSha256"), hexColons(gateway.peerSha256)},
            {QStringLiteral("peerChainDerBase64"), chain},
    };
    QJsonObject server {
            {QStringLiteral("version"),
             serverVersion.isEmpty() && gateway.greeting ? gateway.greeting->displayVersion()
                                                         : serverVersion},
            {QStringLiteral("connectionId"),
             gateway.greeting ? qint64(gateway.greeting->connectionId) : -1},
            {QStringLiteral("sessionTlsVersion"), serverTlsVersion},
            {QStringLiteral("sessionCipher"), serverCipher},
            {QStringLiteral("tlsFactsAgree"), tlsFactsAgree},
            {QStringLiteral("currentUser"), currentUser},
            {QStringLiteral("accountRequirement"),
             account ? AccountRequirement::typeKey(account->type) : QStringLiteral("unknown")},
            {QStringLiteral("accountRequirementClause"),
             account ? account->displayClause() : QString()},
    };
    const QJsonValue ssh = !gateway.ssh.used && sshJump.isEmpty()
            ? QJsonValue()
            : QJsonValue(SshFacts::toJson(gateway.ssh, sshJump));
    return {
            {QStringLiteral("profile"), profileName},
            {QStringLiteral("host"), host},
            {QStringLiteral("port"), int(port)},
            {QStringLiteral("user"), user},
            {QStringLiteral("sslMode"), SslModes::key(mode)},
            {QStringLiteral("pinned"), pinned},
            {QStringLiteral("started"), startedUtc.toString(Qt::ISODateWithMs)},
            {QStringLiteral("totalMs"), totalMs},
            {QStringLiteral("clientLibrary"), clientLibrary},
            {QStringLiteral("passwordSource"),
             QJsonObject {{QStringLiteral("kind"), PasswordSource::key(passwordSourceKind)},
                          {QStringLiteral("given"), passwordGivenKey(passwordGiven)},
                          {QStringLiteral("description"), passwordSource},
                          {QStringLiteral("problem"), signInProblem},
                          {QStringLiteral("errorOutput"), signInErrorOutput}}},
            {QStringLiteral("verdict"), verdictKey(verdict)},
            {QStringLiteral("stages"), stageArray},
            {QStringLiteral("ssh"), ssh},
            {QStringLiteral("tls"), tls},
            {QStringLiteral("server"), server},
            {QStringLiteral("failure"),
             QJsonObject {{QStringLiteral("gateway"), int(gateway.failure)},
                          {QStringLiteral("detail"), gateway.detail},
                          {QStringLiteral("loginErrorCode"), loginErrorCode},
                          {QStringLiteral("loginError"), loginError}}},
            {QStringLiteral("explanation"), explanation.toJson()},
    };
}

QStringList ConnectionReport::Explanation::lines() const
{
    if (summary.isEmpty())
        return {};
    QStringList out {QString(), summary};
    if (!cause.isEmpty())
        out << cause;
    for (const QString &step : nextSteps)
        out << QStringLiteral("  - ") + step;
    return out;
}

QJsonObject ConnectionReport::Explanation::toJson() const
{
    return {{QStringLiteral("summary"), summary},
            {QStringLiteral("cause"), cause},
            {QStringLiteral("nextSteps"), QJsonArray::fromStringList(nextSteps)}};
}
