// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// A server's host as a person wrote it, read once. What sslcm connects to and what the server's
// certificate must name both come from this one parse (DESIGN.md, rule 9): a DNS name, or an IP
// address in canonical form. Spellings that programs read differently (`127.1`, `2130706434`,
// `0x7f.0.0.1`, `0177.0.0.1`) are refused with the canonical form in the message: the resolver
// reads them as one address and OpenSSL as another address or none at all, which once let
// verify-identity pass without any check.
class ServerHost
{
    Q_DECLARE_TR_FUNCTIONS(ServerHost)
public:
    enum class Kind { Invalid, DnsName, Ipv4, Ipv6 };

    static ServerHost parse(QStringView text);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    bool isAddress() const { return m_kind == Kind::Ipv4 || m_kind == Kind::Ipv6; }
    // What the resolver gets: the name as written (in ASCII), or the canonical address, an IPv6
    // address with its zone ("fe80::1%eth0"). Addresses are never looked up as names.
    QString connectHost() const { return m_connect; }
    // What the certificate must name: the name in ASCII, lower case, without a trailing dot; or
    // the canonical address without a zone. Also the name sent as SNI (names only).
    QString identity() const { return m_identity; }
    QString zone() const { return m_zone; }
    // Translated: what is wrong and how to write it instead; empty when valid.
    QString problem() const { return m_problem; }

private:
    Kind m_kind = Kind::Invalid;
    QString m_connect;
    QString m_identity;
    QString m_zone;
    QString m_problem;
};
