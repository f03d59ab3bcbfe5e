// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cert/PrivateKeyInfo.h"

#include "cert/CertificateDisplay.h"

QString PrivateKeyInfo::keyDescription() const
{
    if (!isDecoded())
        return algorithm.isEmpty() ? tr("encrypted key") : tr("encrypted %1 key").arg(algorithm);
    return CertificateDisplay::keyDescription(algorithm, bits, curve);
}

QString PrivateKeyInfo::formatName(Format format)
{
    switch (format) {
    case Format::Unknown:
        break;
    case Format::Pkcs1:
        return tr("PKCS#1 (PEM)");
    case Format::Sec1:
        return tr("SEC1 EC (PEM)");
    case Format::Pkcs8:
        return tr("PKCS#8 (PEM)");
    case Format::EncryptedPkcs8:
        return tr("encrypted PKCS#8 (PEM)");
    case Format::LegacyEncryptedPem:
        return tr("legacy encrypted PEM");
    case Format::Der:
        return tr("DER");
    case Format::EncryptedDer:
        return tr("encrypted PKCS#8 (DER)");
    }
    return tr("unknown");
}
