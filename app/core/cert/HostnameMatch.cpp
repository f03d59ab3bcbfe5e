// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cert/HostnameMatch.h"

#include "profile/ServerHost.h"

#include <QHostAddress>

namespace {

QString normalisedHost(QString host)
{
    host = host.trimmed().toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

} // namespace

bool HostnameMatch::dnsNameMatches(const QString &pattern, const QString &host)
{
    const QString p = normalisedHost(pattern);
    const QString h = normalisedHost(host);
    if (p.isEmpty() || h.isEmpty())
        return false;
    if (!p.startsWith(QLatin1String("*.")))
        return !p.contains(QLatin1Char('*')) && p == h;
    // "*.example.com": the rest must have at least two labels and no other wildcard.
    const QString suffix = p.mid(1); // ".example.com"
    if (suffix.contains(QLatin1Char('*')) || suffix.count(QLatin1Char('.')) < 2)
        return false;
    if (!h.endsWith(suffix))
        return false;
    const QString label = h.left(h.size() - suffix.size());
    return !label.isEmpty() && !label.contains(QLatin1Char('.'));
}

HostnameMatch HostnameMatch::check(const CertificateInfo &certificate, const QString &host)
{
    HostnameMatch result;
    // The same parse the gateway makes: what is shown here is what the handshake will check.
    const ServerHost parsed = ServerHost::parse(host);
    if (!parsed.isValid()) {
        result.message = parsed.problem();
        return result;
    }
    const QString name = parsed.identity();
    if (parsed.isAddress()) {
        const QHostAddress address(name);
        result.presentedNames = certificate.ipAddresses;
        for (const QString &entry : certificate.ipAddresses) {
            if (QHostAddress(entry).isEqual(address, QHostAddress::StrictConversion)) {
                result.matches = true;
                result.matchedName = entry;
                return result;
            }
        }
        result.message = certificate.ipAddresses.isEmpty()
                ? tr("The certificate names no IP address, so it cannot match %1.").arg(name)
                : tr("The certificate is for IP address %1, not %2.")
                          .arg(certificate.ipAddresses.join(QStringLiteral(", ")), name);
        return result;
    }

    result.presentedNames = certificate.dnsNames;
    if (result.presentedNames.isEmpty()) {
        const QString cn = certificate.subjectValue(QStringLiteral("CN"));
        if (!cn.isEmpty())
            result.presentedNames << cn;
    }
    for (const QString &pattern : std::as_const(result.presentedNames)) {
        if (dnsNameMatches(pattern, name)) {
            result.matches = true;
            result.matchedName = pattern;
            return result;
        }
    }
    result.message = result.presentedNames.isEmpty()
            ? tr("The certificate names no host, so it cannot match %1.").arg(name)
            : tr("The certificate is for %1, not %2.")
                      .arg(result.presentedNames.join(QStringLiteral(", ")), name);
    return result;
}
