// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LastTestResult.h"

#include "Profile.h"
#include "cert/CertificateLoader.h"
#include "mysql/ConnectionReport.h"

namespace {

namespace Key {
const QLatin1String verdict("verdict");
const QLatin1String time("time");
const QLatin1String summary("summary");
const QLatin1String sslMode("sslMode");
const QLatin1String tlsVersion("tlsVersion");
const QLatin1String cipher("cipher");
const QLatin1String serverCertificateNotAfter("serverCertificateNotAfter");
} // namespace Key

// Whole seconds, as the first versions wrote "time".
QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime fromIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

} // namespace

std::optional<LastTestResult> LastTestResult::of(const ConnectionReport &report)
{
    if (report.verdict == ConnectionVerdict::Cancelled)
        return std::nullopt;
    LastTestResult result;
    result.verdict = report.verdict;
    result.whenUtc
            = (report.startedUtc.isValid() ? report.startedUtc : QDateTime::currentDateTimeUtc())
                      .toUTC();
    result.summary = report.explanation.summary;
    result.mode = report.mode;
    const GatewaySession &gateway = report.gateway;
    // The gateway's facts come from the session that carried the login; the server's own view
    // (Ssl_version) is there only when the login worked.
    result.tlsVersion = gateway.tlsUsed ? gateway.tlsProtocol : report.serverTlsVersion;
    result.cipher = gateway.tlsUsed ? gateway.cipher : report.serverCipher;
    if (!gateway.peerChain.isEmpty()) {
        if (const auto leaf = CertificateLoader::fromDer(gateway.peerChain.first()))
            result.serverCertificateNotAfter = leaf->notAfter.toUTC();
    }
    return result;
}

void LastTestResult::record(Profile &profile, const ConnectionReport &report)
{
    if (std::optional<LastTestResult> result = of(report)) {
        profile.lastTest = std::move(result);
        // A result an older or newer sslcm kept in a form this one could not read is outdated.
        profile.unknownFields.remove(QLatin1String(fieldName));
    }
}

QJsonObject LastTestResult::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(Key::verdict, ConnectionVerdicts::key(verdict));
    if (whenUtc.isValid())
        o.insert(Key::time, isoUtc(whenUtc));
    o.insert(Key::summary, summary);
    // Only what is known, so that a result kept by an older sslcm is written back as it was.
    if (mode)
        o.insert(Key::sslMode, SslModes::key(*mode));
    if (!tlsVersion.isEmpty())
        o.insert(Key::tlsVersion, tlsVersion);
    if (!cipher.isEmpty())
        o.insert(Key::cipher, cipher);
    if (serverCertificateNotAfter.isValid())
        o.insert(Key::serverCertificateNotAfter, isoUtc(serverCertificateNotAfter));
    return o;
}

std::optional<LastTestResult> LastTestResult::fromJson(const QJsonObject &object)
{
    const std::optional<ConnectionVerdict> verdict
            = ConnectionVerdicts::fromKey(object.value(Key::verdict).toString());
    if (!verdict || *verdict == ConnectionVerdict::Cancelled)
        return std::nullopt;
    LastTestResult result;
    result.verdict = *verdict;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (key == Key::verdict)
            continue;
        const QString text = it.value().toString();
        bool known = it.value().isString();
        if (known && key == Key::time) {
            result.whenUtc = fromIso(text);
            known = result.whenUtc.isValid();
        } else if (known && key == Key::summary) {
            result.summary = text;
        } else if (known && key == Key::sslMode) {
            result.mode = SslModes::fromString(text);
            known = result.mode.has_value();
        } else if (known && key == Key::tlsVersion) {
            result.tlsVersion = text;
        } else if (known && key == Key::cipher) {
            result.cipher = text;
        } else if (known && key == Key::serverCertificateNotAfter) {
            result.serverCertificateNotAfter = fromIso(text);
            known = result.serverCertificateNotAfter.isValid();
        } else {
            known = false;
        }
        // Anything not understood stays as it was written.
        if (!known)
            result.unknownFields.insert(key, it.value());
    }
    return result;
}

bool operator==(const LastTestResult &a, const LastTestResult &b)
{
    return a.verdict == b.verdict && a.whenUtc == b.whenUtc && a.summary == b.summary
            && a.mode == b.mode && a.tlsVersion == b.tlsVersion && a.cipher == b.cipher
            && a.serverCertificateNotAfter == b.serverCertificateNotAfter
            && a.unknownFields == b.unknownFields;
}
