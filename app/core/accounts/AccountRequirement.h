// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/ServerDialect.h"
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
    // A client certificate is needed on every server: X509, or an ISSUER or SUBJECT to match.
    // CIPHER alone does not need one on MariaDB.
    bool needsClientCertificate() const;
    // Whether `server` wants a client certificate: MySQL also asks for one for CIPHER alone (its
    // check takes the peer certificate for every specified requirement before comparing).
    bool needsClientCertificate(const ServerDialect &server) const;

    // Reading what a server states. The grant tables below are exact; SHOW CREATE USER is what
    // an account without access to them can read, and it is not always readable:
    // - MariaDB writes the ISSUER/SUBJECT/CIPHER values escaped ('' and \\, whatever the
    //   sql_mode); no REQUIRE clause means NONE.
    // - MySQL appends the values as stored, between quotes and unescaped, so a value holding a
    //   quote cannot be told from what follows; it always writes a REQUIRE clause. The password
    //   hash before it is quoted for the session's sql_mode (`sessionBackslash`, nullopt when
    //   unknown).
    // nullopt whenever the clause is ambiguous or cannot be read: unknown, never a guessed value
    // and never a NONE that was not stated. With no dialect both readings must agree.
    static std::optional<AccountRequirement>
    fromShowCreateUser(const QString &statement, const std::optional<ServerDialect> &server,
                       std::optional<SqlQuoting::Backslash> sessionBackslash = std::nullopt);
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
