// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/SqlQuoting.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// An account's TLS requirement: what follows REQUIRE in CREATE/ALTER USER (and, in the legacy
// form, GRANT). One type both ways: the REQUIRE helper writes it, and the connection report and
// the helper's read-back read it from what the server states.
struct AccountRequirement
{
    Q_DECLARE_TR_FUNCTIONS(AccountRequirement)
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

    // "none", "ssl", "x509", "specified" (also "spec").
    static std::optional<Type> typeFromKey(const QString &key);
    static QString typeKey(Type type);  // stable: "none", "ssl", "x509", "specified"
    static QString typeText(Type type); // translated, for lists

    // Problems that make the requirement impossible to write, translated; empty if none.
    QStringList problems() const;
    // "REQUIRE SSL", "REQUIRE ISSUER '/CN=ca' AND SUBJECT '/CN=app'", literals quoted for the
    // session's mode.
    QString clause(SqlQuoting::Backslash backslash) const;
    // The clause for people to read (reports, explanations): literals quoted as standard SQL.
    QString displayClause() const { return clause(SqlQuoting::Backslash::IsEscape); }
    // One sentence: what a client must bring to log in.
    QString explanation() const;
    // A client certificate is needed: X509, or an ISSUER or SUBJECT to match.
    bool needsClientCertificate() const;

    // Reading what a server states. SHOW CREATE USER (MySQL and MariaDB); no REQUIRE clause
    // means NONE. nullopt when the clause cannot be read.
    static std::optional<AccountRequirement> fromShowCreateUser(const QString &statement);
    // mysql.user's ssl_type ('', ANY, X509, SPECIFIED), x509_issuer, x509_subject, ssl_cipher.
    static AccountRequirement fromUserTable(const QString &sslType, const QString &issuer,
                                            const QString &subject, const QString &cipher);
    // MariaDB 10.4+: mysql.global_priv's JSON (ssl_type 1 = SSL, 2 = X509, 3 = specified).
    static AccountRequirement fromGlobalPriv(const QJsonObject &priv);

    bool operator==(const AccountRequirement &o) const
    {
        return type == o.type && issuer == o.issuer && subject == o.subject && cipher == o.cipher;
    }
    bool operator!=(const AccountRequirement &o) const { return !(*this == o); }
};
