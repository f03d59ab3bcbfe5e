// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTrust.h"

#include "cert/CertificateLoader.h"
#include "cert/ChainVerifier.h"

#include <QDir>
#include <QSaveFile>
#include <QStandardPaths>

std::optional<QByteArray> ServerTrust::chainCaCertificate(const GatewaySession &session)
{
    if (session.peerChain.isEmpty())
        return std::nullopt;
    std::optional<QByteArray> topCa;
    for (const QByteArray &der : session.peerChain) {
        const std::optional<CertificateInfo> cert = CertificateLoader::fromDer(der);
        if (!cert)
            continue;
        if (cert->isCa && cert->selfSigned)
            return der;
        if (cert->isCa)
            topCa = der;
    }
    if (topCa)
        return topCa;
    const std::optional<CertificateInfo> leaf
            = CertificateLoader::fromDer(session.peerChain.first());
    if (leaf && leaf->selfSigned)
        return session.peerChain.first();
    return std::nullopt;
}

QString ServerTrust::caFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/sslcm/ca");
}

bool ServerTrust::systemTrusts(const QByteArray &der, const QDateTime &now)
{
    const std::optional<CertificateInfo> cert = CertificateLoader::fromDer(der);
    return cert && ChainVerifier::verifyWithSystemCas({*cert}, now).verified;
}

ServerTrust::Adopted ServerTrust::adoptCaCertificate(Profile &profile, const QByteArray &der,
                                                     const QDateTime &now)
{
    Adopted result;
    const std::optional<CertificateInfo> cert = CertificateLoader::fromDer(der);
    if (!cert) {
        result.error = tr("The server's certificate could not be read.");
        return result;
    }
    if (!QDir().mkpath(caFolder())) {
        result.error
                = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(caFolder()));
        return result;
    }
    const QString path = caFolder() + QLatin1Char('/') + profile.id.toString(QUuid::WithoutBraces)
            + QStringLiteral(".pem");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(cert->pem().toLatin1()) < 0
        || !file.commit()) {
        result.error = tr("Could not write %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    profile.caFile = path;
    profile.caDirectory.clear();
    result.systemTrusted = systemTrusts(der, now);
    if (result.systemTrusted)
        profile.sslMode = SslMode::VerifyIdentity;
    else if (!SslModes::authenticatesServer(profile.sslMode))
        profile.sslMode = SslMode::VerifyCa;
    result.ok = true;
    result.caFile = path;
    return result;
}

bool ServerTrust::pinServerCertificate(Profile &profile, const GatewaySession &session)
{
    if (session.peerSha256.size() != 32)
        return false;
    profile.pinnedSha256 = session.peerSha256;
    if (profile.sslMode == SslMode::Disabled || profile.sslMode == SslMode::Preferred)
        profile.sslMode = SslMode::Required;
    return true;
}
