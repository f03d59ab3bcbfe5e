// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/SqlQuoting.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The TLS requirement to give an account: what follows REQUIRE in CREATE/ALTER USER (and, in the
// legacy form, GRANT). AccountRequirement (mysql/ConnectionReport.h) is the other direction: the
// requirement as a server printed it.
struct TlsRequirementSpec
{
    Q_DECLARE_TR_FUNCTIONS(TlsRequirementSpec)
public:
    enum class Type {
        None,      // REQUIRE NONE: plaintext logins allowed
        Ssl,       // REQUIRE SSL: any TLS connection
        X509,      // REQUIRE X509: TLS with a client certificate from a CA the server trusts
        Specified, // REQUIRE ISSUER ... AND SUBJECT ... AND CIPHER ...: any of the three
    };

    Type type = Type::Ssl;
    QString issuer;  // OpenSSL one-line form, "/O=Example/CN=Example CA"
    QString subject; // "/O=Example/CN=app"
    QString cipher;  // an OpenSSL cipher name, "ECDHE-RSA-AES256-GCM-SHA384"

    // "none", "ssl", "x509", "spec" (also "specified").
    static std::optional<Type> typeFromKey(const QString &key);
    static QString typeKey(Type type);
    static QString typeText(Type type); // translated, for lists

    // Problems that make the requirement impossible to write, translated; empty if none.
    QStringList problems() const;
    // "REQUIRE SSL", "REQUIRE ISSUER '/CN=ca' AND SUBJECT '/CN=app'", literals quoted for the
    // session's mode.
    QString clause(SqlQuoting::Backslash backslash) const;
    // One sentence: what a client must bring to log in.
    QString explanation() const;

    bool operator==(const TlsRequirementSpec &o) const
    {
        return type == o.type && issuer == o.issuer && subject == o.subject && cipher == o.cipher;
    }
    bool operator!=(const TlsRequirementSpec &o) const { return !(*this == o); }
};
