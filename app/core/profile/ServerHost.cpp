// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/ServerHost.h"

#include <QRegularExpression>
#include <QUrl>

#include <arpa/inet.h>

namespace {

QString canonicalV4(const in_addr &address)
{
    char text[INET_ADDRSTRLEN] = {};
    ::inet_ntop(AF_INET, &address, text, sizeof text);
    return QString::fromLatin1(text);
}

// A last label that is a number (decimal, octal or hex) makes the text an address to some
// reader, whatever else it holds: no DNS name ends in one.
bool endsInNumber(QString text)
{
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    static const QRegularExpression number(QStringLiteral("(^|\\.)(0x[0-9a-f]*|[0-9]+)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return number.match(text).hasMatch();
}

} // namespace

ServerHost ServerHost::parse(QStringView input)
{
    ServerHost host;
    const QString original = input.trimmed().toString();
    QString text = original;
    auto refuse = [&host](const QString &problem) {
        host.m_kind = Kind::Invalid;
        host.m_problem = problem;
        return host;
    };
    if (text.isEmpty())
        return refuse(tr("Enter the server's host name or IP address."));
    if (const qsizetype scheme = text.indexOf(QLatin1String("://")); scheme >= 0)
        return refuse(tr("Enter only the host name, without “%1”.").arg(text.left(scheme + 3)));
    for (const QChar c : text) {
        if (c.isSpace())
            return refuse(tr("A host name cannot contain spaces."));
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return refuse(tr("The host name contains a control character."));
    }
    // Everything below reads the ASCII form, as the resolver will: an internationalised name in
    // its xn-- form, and Unicode look-alikes mapped (IDNA) to what they stand for, so that
    // "0177。0。0。2" is read as the address "0177.0.0.2" it becomes, not as a name.
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii) {
        text = QString::fromLatin1(QUrl::toAce(text));
        if (text.isEmpty())
            return refuse(tr("“%1” is not a valid host name: use letters, digits, hyphens and "
                             "dots.")
                                  .arg(original));
    }
    // "[2001:db8::1]", as in URLs: brackets hold an IPv6 address and nothing else.
    const bool bracketed = text.startsWith(QLatin1Char('['));
    if (bracketed) {
        if (!text.endsWith(QLatin1Char(']')) || !text.contains(QLatin1Char(':')))
            return refuse(tr("Enter an IPv6 address without brackets."));
        text = text.mid(1, text.size() - 2);
    }

    if (text.contains(QLatin1Char(':'))) {
        static const QRegularExpression hostPort(QStringLiteral("^[^:]+:(\\d+)$"));
        if (const auto m = hostPort.match(text); m.hasMatch() && !bracketed)
            return refuse(tr("Enter the port %1 in the Port field, not after the host name.")
                                  .arg(m.captured(1)));
        const qsizetype percent = text.indexOf(QLatin1Char('%'));
        const QString address = percent < 0 ? text : text.left(percent);
        const QString zone = percent < 0 ? QString() : text.mid(percent + 1);
        in6_addr bytes {};
        if (::inet_pton(AF_INET6, address.toLatin1().constData(), &bytes) != 1
            || address.contains(QLatin1Char('%')))
            return refuse(tr("“%1” is not a valid IPv6 address.").arg(original));
        static const QRegularExpression zoneName(QStringLiteral("^[A-Za-z0-9_.-]{1,15}$"));
        if (percent >= 0 && !zoneName.match(zone).hasMatch())
            return refuse(tr("“%1” is not a valid network interface for the IPv6 address %2.")
                                  .arg(zone, address));
        char canonical[INET6_ADDRSTRLEN] = {};
        ::inet_ntop(AF_INET6, &bytes, canonical, sizeof canonical);
        host.m_kind = Kind::Ipv6;
        host.m_identity = QString::fromLatin1(canonical);
        host.m_zone = zone;
        host.m_connect
                = zone.isEmpty() ? host.m_identity : host.m_identity + QLatin1Char('%') + zone;
        return host;
    }

    // The resolver (glibc's inet_aton) reads one to four parts, each decimal, octal (leading 0)
    // or hex (0x); OpenSSL and people read only the dotted-quad decimal form. Only that form is
    // accepted, so both sides mean the same address.
    in_addr v4 {};
    if (::inet_aton(text.toLatin1().constData(), &v4) != 0) {
        const QString canonical = canonicalV4(v4);
        if (canonical != original)
            return refuse(tr("“%1” is an unusual spelling of an IP address that programs read "
                             "differently; sslcm would connect to %2. Write %2 (or the address "
                             "you mean) as four decimal numbers.")
                                  .arg(original, canonical));
        host.m_kind = Kind::Ipv4;
        host.m_connect = canonical;
        host.m_identity = canonical;
        return host;
    }
    if (endsInNumber(text))
        return refuse(tr("“%1” is not a valid IP address: write four decimal numbers from 0 to "
                         "255, separated by dots.")
                              .arg(original));

    // A DNS name, in ASCII.
    static const QRegularExpression name(QStringLiteral(
            "^(?=.{1,253}$)([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)(\\.[A-Za-z0-9_]([A-Za-"
            "z0-9_-]{0,61}[A-Za-z0-9_])?)*\\.?$"));
    if (!name.match(text).hasMatch())
        return refuse(tr("“%1” is not a valid host name: use letters, digits, hyphens and dots.")
                              .arg(original));
    host.m_kind = Kind::DnsName;
    host.m_connect = text;
    host.m_identity = text.toLower();
    if (host.m_identity.endsWith(QLatin1Char('.')))
        host.m_identity.chop(1);
    return host;
}
