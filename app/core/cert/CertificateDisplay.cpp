// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cert/CertificateDisplay.h"

namespace {

QString hexWithColons(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

} // namespace

QString CertificateDisplay::fingerprint(const QByteArray &digest)
{
    return hexWithColons(digest);
}

QString CertificateDisplay::hexBytes(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QStringLiteral("-") : hexWithColons(bytes);
}

QString CertificateDisplay::name(const CertificateInfo::Name &name)
{
    QString text;
    int previousRdn = -1;
    for (const CertificateInfo::NameAttribute &a : name) {
        if (!text.isEmpty())
            text += a.rdn == previousRdn ? QStringLiteral(" + ") : QStringLiteral(", ");
        text += a.shortName + QLatin1Char('=') + a.value;
        previousRdn = a.rdn;
    }
    return text;
}

QString CertificateDisplay::date(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

QString CertificateDisplay::dateTimeUtc(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString CertificateDisplay::dateTimeLocal(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const int offset = local.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int minutes = qAbs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + sign
            + QStringLiteral("%1:%2")
                      .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                      .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString CertificateDisplay::duration(qint64 seconds)
{
    const qint64 s = qAbs(seconds);
    constexpr qint64 hour = 3600;
    constexpr qint64 day = 24 * hour;
    constexpr qint64 month = 30 * day;
    constexpr qint64 year = 365 * day;
    if (s >= year)
        return tr("%n year(s)", nullptr, int(s / year));
    if (s >= 2 * month)
        return tr("%n month(s)", nullptr, int(s / month));
    if (s >= day)
        return tr("%n day(s)", nullptr, int(s / day));
    if (s >= hour)
        return tr("%n hour(s)", nullptr, int(s / hour));
    return tr("less than an hour");
}

QString CertificateDisplay::keyDescription(const QString &algorithm, int bits, const QString &curve)
{
    const QString upper = algorithm.toUpper();
    if (upper == QLatin1String("EC")) {
        if (curve == QLatin1String("prime256v1") || curve == QLatin1String("P-256"))
            return QStringLiteral("EC P-256");
        if (curve == QLatin1String("secp384r1") || curve == QLatin1String("P-384"))
            return QStringLiteral("EC P-384");
        if (curve == QLatin1String("secp521r1") || curve == QLatin1String("P-521"))
            return QStringLiteral("EC P-521");
        return curve.isEmpty() ? QStringLiteral("EC %1").arg(bits)
                               : QStringLiteral("EC %1").arg(curve);
    }
    if (upper == QLatin1String("ED25519"))
        return QStringLiteral("Ed25519");
    if (upper == QLatin1String("ED448"))
        return QStringLiteral("Ed448");
    if (bits > 0)
        return QStringLiteral("%1 %2").arg(algorithm).arg(bits);
    return algorithm;
}
