// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshFacts.h"

#include "ssh/SshKnownHosts.h"

namespace {

QString fingerprintOrEmpty(const QByteArray &sha256)
{
    return sha256.isEmpty() ? QString() : SshKnownHosts::fingerprint(sha256);
}

} // namespace

QStringList SshFacts::toText(const GatewaySession::Ssh &facts, const QString &jump)
{
    QStringList lines;
    if (!facts.used && jump.isEmpty())
        return lines;
    //: %1 is user@host:port of the SSH jump host and how sslcm logs in to it
    lines << tr("Through the SSH jump host: %1").arg(jump.isEmpty() ? facts.destination : jump);
    if (!facts.serverBanner.isEmpty())
        lines << tr("SSH server: %1").arg(facts.serverBanner);
    if (!facts.hostKeySha256.isEmpty())
        //: %1 is the key type (ssh-ed25519), %2 its SHA256 fingerprint
        lines << tr("SSH host key: %1 %2")
                         .arg(facts.hostKeyType, SshKnownHosts::fingerprint(facts.hostKeySha256));
    if (!facts.recordedKeySha256.isEmpty())
        //: %1 is the key type, %2 its SHA256 fingerprint, %3 the file that holds it
        lines << tr("SSH host key on record: %1 %2 (%3)")
                         .arg(facts.recordedKeyType,
                              SshKnownHosts::fingerprint(facts.recordedKeySha256),
                              facts.hostKeySource);
    if (!facts.authMethod.isEmpty())
        lines << tr("SSH login: %1%2")
                         .arg(facts.authMethod,
                              facts.reused ? tr(" (an SSH session already up was shared)")
                                           : QString());
    return lines;
}

QJsonObject SshFacts::toJson(const GatewaySession::Ssh &facts, const QString &jump)
{
    return {
            {QStringLiteral("jump"), jump},
            {QStringLiteral("destination"), facts.destination},
            {QStringLiteral("serverBanner"), facts.serverBanner},
            {QStringLiteral("hostKeyType"), facts.hostKeyType},
            {QStringLiteral("hostKeyFingerprint"), fingerprintOrEmpty(facts.hostKeySha256)},
            {QStringLiteral("recordedKeyType"), facts.recordedKeyType},
            {QStringLiteral("recordedKeyFingerprint"), fingerprintOrEmpty(facts.recordedKeySha256)},
            {QStringLiteral("hostKeySource"), facts.hostKeySource},
            {QStringLiteral("authMethod"), facts.authMethod},
            {QStringLiteral("sessionReused"), facts.reused},
            {QStringLiteral("keyNeedsPassphrase"), facts.keyNeedsPassphrase},
            {QStringLiteral("connectMs"), facts.connectMs},
            {QStringLiteral("hostKeyMs"), facts.hostKeyMs},
            {QStringLiteral("loginMs"), facts.loginMs},
            {QStringLiteral("channelMs"), facts.channelMs},
    };
}
