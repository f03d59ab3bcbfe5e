// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerProbeReport.h"

#include "cert/CertificateDisplay.h"
#include "cert/CertificateLoader.h"
#include "mysql/ConnectionExplainer.h"
#include "ssh/SshFacts.h"

#include <QJsonArray>

ServerProbeReport::ServerProbeReport(const Profile &profile, const GatewaySession &session)
    : m_profile(profile)
    , m_session(session)
{ }

QString ServerProbeReport::verificationText() const
{
    using Failure = GatewaySession::Failure;
    const GatewaySession &s = m_session;
    if (!s.tlsUsed)
        return {};
    const QString anchors = !m_profile.caFile.isEmpty() || !m_profile.caDirectory.isEmpty()
            ? tr("the given CA")
            : tr("the system's trusted CAs");
    switch (s.failure) {
    case Failure::None:
        return tr("verified: the chain leads to %1 and the certificate names %2")
                .arg(anchors, m_profile.host);
    case Failure::HostnameMismatch:
        return tr("FAILED: the certificate does not name %1").arg(m_profile.host);
    case Failure::PinMismatch:
        return tr("FAILED: the fingerprint differs from the pinned one");
    default:
        return tr("FAILED against %1: %2 (certificate %3 in the chain)")
                .arg(anchors, s.verifyMessage.isEmpty() ? s.detail : s.verifyMessage)
                .arg(qMax(0, s.verifyErrorDepth));
    }
}

ConnectionReport::Explanation ServerProbeReport::explanation() const
{
    if (m_session.tlsUsed && m_session.failure == GatewaySession::Failure::None)
        return {};
    // The probe judges as a verify-identity connection with its trust anchors would.
    Profile judged = m_profile;
    judged.sslMode = SslMode::VerifyIdentity;
    ConnectionReport r = ConnectionReport::about(judged);
    r.verdict = ConnectionReport::Verdict::Failed;
    r.gateway = m_session;
    return ConnectionExplainer::explain(r, judged);
}

QString ServerProbeReport::toText() const
{
    const GatewaySession &s = m_session;
    QStringList lines;
    lines << tr("Server: %1:%2").arg(m_profile.host).arg(m_profile.port);
    lines << SshFacts::toText(s.ssh, m_profile.ssh ? m_profile.ssh->summary() : QString());
    if (s.greeting)
        lines << tr("Version: %1 (connection id %2)")
                         .arg(s.greeting->displayVersion())
                         .arg(s.greeting->connectionId);
    if (!s.tlsUsed) {
        lines << tr("TLS: not established: %1").arg(s.detail);
        lines << explanation().lines();
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    lines << tr("TLS: %1, cipher %2").arg(s.tlsProtocol, s.cipher);
    lines << tr("Verification: %1").arg(verificationText());
    lines << tr("Chain presented by the server (%n certificate(s)):", nullptr,
                int(s.peerChain.size()));
    int depth = 0;
    for (const QByteArray &der : s.peerChain) {
        const std::optional<CertificateInfo> cert = CertificateLoader::fromDer(der);
        if (!cert) {
            lines << tr("  %1: (not readable)").arg(depth++);
            continue;
        }
        lines << QStringLiteral("  %1: %2")
                         .arg(depth++)
                         .arg(CertificateDisplay::name(cert->subject));
        lines << tr("     issuer:  %1").arg(CertificateDisplay::name(cert->issuer));
        lines << tr("     valid:   %1 to %2")
                         .arg(CertificateDisplay::dateTimeUtc(cert->notBefore),
                              CertificateDisplay::dateTimeUtc(cert->notAfter));
        if (!cert->dnsNames.isEmpty() || !cert->ipAddresses.isEmpty())
            lines << tr("     names:   %1")
                             .arg((cert->dnsNames + cert->ipAddresses).join(QStringLiteral(", ")));
        lines << tr("     key:     %1")
                         .arg(CertificateDisplay::keyDescription(cert->publicKeyAlgorithm,
                                                                 cert->publicKeyBits,
                                                                 cert->publicKeyCurve));
        lines << QStringLiteral("     SHA-256: %1")
                         .arg(CertificateDisplay::fingerprint(cert->sha256));
    }
    lines << explanation().lines();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject ServerProbeReport::toJson() const
{
    const GatewaySession &s = m_session;
    QJsonArray chain;
    for (const QByteArray &der : s.peerChain) {
        QJsonObject c {{QStringLiteral("derBase64"), QString::fromLatin1(der.toBase64())}};
        if (const std::optional<CertificateInfo> cert = CertificateLoader::fromDer(der)) {
            c.insert(QStringLiteral("subject"), CertificateDisplay::name(cert->subject));
            c.insert(QStringLiteral("issuer"), CertificateDisplay::name(cert->issuer));
            c.insert(QStringLiteral("notBefore"), cert->notBefore.toString(Qt::ISODate));
            c.insert(QStringLiteral("notAfter"), cert->notAfter.toString(Qt::ISODate));
            c.insert(QStringLiteral("sha256"), CertificateDisplay::fingerprint(cert->sha256));
            c.insert(QStringLiteral("sha1"), CertificateDisplay::fingerprint(cert->sha1));
            c.insert(QStringLiteral("dnsNames"), QJsonArray::fromStringList(cert->dnsNames));
            c.insert(QStringLiteral("ipAddresses"), QJsonArray::fromStringList(cert->ipAddresses));
        }
        chain.append(c);
    }
    return {
            {QStringLiteral("host"), m_profile.host},
            {QStringLiteral("port"), int(m_profile.port)},
            {QStringLiteral("serverVersion"),
             s.greeting ? s.greeting->displayVersion() : QString()},
            {QStringLiteral("tls"), s.tlsUsed},
            {QStringLiteral("protocol"), s.tlsProtocol},
            {QStringLiteral("cipher"), s.cipher},
            {QStringLiteral("verified"), s.tlsUsed && s.failure == GatewaySession::Failure::None},
            {QStringLiteral("verification"), verificationText()},
            {QStringLiteral("verifyResult"), s.verifyResult},
            {QStringLiteral("error"),
             s.failure == GatewaySession::Failure::None ? QString() : s.detail},
            {QStringLiteral("chain"), chain},
            {QStringLiteral("explanation"), explanation().toJson()},
            {QStringLiteral("ssh"),
             s.ssh.used || m_profile.ssh ? QJsonValue(
                     SshFacts::toJson(s.ssh, m_profile.ssh ? m_profile.ssh->summary() : QString()))
                                         : QJsonValue()},
    };
}
