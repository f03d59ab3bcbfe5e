// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cert/CertificateInfo.h"

#include "cert/CertificateDisplay.h"

QString CertificateInfo::pem() const
{
    if (der.isEmpty())
        return {};
    const QByteArray base64 = der.toBase64();
    QString text = QStringLiteral("-----BEGIN CERTIFICATE-----\n");
    for (qsizetype i = 0; i < base64.size(); i += 64)
        text += QString::fromLatin1(base64.mid(i, 64)) + QLatin1Char('\n');
    text += QStringLiteral("-----END CERTIFICATE-----\n");
    return text;
}

QString CertificateInfo::subjectValue(const QString &shortName) const
{
    for (const NameAttribute &a : subject)
        if (a.shortName == shortName)
            return a.value;
    return {};
}

QString CertificateInfo::displayName() const
{
    QString name = subjectValue(QStringLiteral("CN"));
    if (name.isEmpty())
        name = subjectValue(QStringLiteral("O"));
    if (name.isEmpty())
        name = subjectLine();
    return name;
}

QString CertificateInfo::subjectLine() const
{
    return CertificateDisplay::name(subject);
}

QString CertificateInfo::issuerLine() const
{
    return CertificateDisplay::name(issuer);
}

QString CertificateInfo::keyDescription() const
{
    return CertificateDisplay::keyDescription(publicKeyAlgorithm, publicKeyBits, publicKeyCurve);
}
