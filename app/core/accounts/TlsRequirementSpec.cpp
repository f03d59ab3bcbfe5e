// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsRequirementSpec.h"

namespace {
// mysql.user's x509_issuer/x509_subject are BLOBs and ssl_cipher too; the server accepts long
// values, but a distinguished name this long is certainly a mistake.
constexpr int maxRequireValueLength = 1024;
} // namespace

std::optional<TlsRequirementSpec::Type> TlsRequirementSpec::typeFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("none"))
        return Type::None;
    if (k == QLatin1String("ssl") || k == QLatin1String("tls"))
        return Type::Ssl;
    if (k == QLatin1String("x509"))
        return Type::X509;
    if (k == QLatin1String("spec") || k == QLatin1String("specified"))
        return Type::Specified;
    return std::nullopt;
}

QString TlsRequirementSpec::typeKey(Type type)
{
    switch (type) {
    case Type::None:
        return QStringLiteral("none");
    case Type::Ssl:
        return QStringLiteral("ssl");
    case Type::X509:
        return QStringLiteral("x509");
    case Type::Specified:
        return QStringLiteral("spec");
    }
    return {};
}

QString TlsRequirementSpec::typeText(Type type)
{
    switch (type) {
    case Type::None:
        return tr("NONE: no TLS required");
    case Type::Ssl:
        return tr("SSL: any encrypted connection");
    case Type::X509:
        return tr("X509: encrypted, with a trusted client certificate");
    case Type::Specified:
        return tr("Specific issuer, subject or cipher");
    }
    return {};
}

QStringList TlsRequirementSpec::problems() const
{
    QStringList found;
    if (type != Type::Specified)
        return found;
    if (issuer.isEmpty() && subject.isEmpty() && cipher.isEmpty())
        found << tr("A specific requirement needs an issuer, a subject or a cipher.");
    const struct
    {
        const QString &value;
        QString what;
    } fields[] = {{issuer, tr("issuer")}, {subject, tr("subject")}, {cipher, tr("cipher")}};
    for (const auto &field : fields)
        if (const auto problem
            = SqlQuoting::problem(field.value, field.what, maxRequireValueLength, false))
            found << *problem;
    return found;
}

QString TlsRequirementSpec::clause(SqlQuoting::Backslash backslash) const
{
    switch (type) {
    case Type::None:
        return QStringLiteral("REQUIRE NONE");
    case Type::Ssl:
        return QStringLiteral("REQUIRE SSL");
    case Type::X509:
        return QStringLiteral("REQUIRE X509");
    case Type::Specified:
        break;
    }
    QStringList parts;
    if (!issuer.isEmpty())
        parts << QStringLiteral("ISSUER ") + SqlQuoting::stringLiteral(issuer, backslash);
    if (!subject.isEmpty())
        parts << QStringLiteral("SUBJECT ") + SqlQuoting::stringLiteral(subject, backslash);
    if (!cipher.isEmpty())
        parts << QStringLiteral("CIPHER ") + SqlQuoting::stringLiteral(cipher, backslash);
    return QStringLiteral("REQUIRE ") + parts.join(QStringLiteral(" AND "));
}

QString TlsRequirementSpec::explanation() const
{
    switch (type) {
    case Type::None:
        return tr("The account may log in without TLS: passwords and data can cross the network "
                  "in plain text.");
    case Type::Ssl:
        return tr("The account can only log in over TLS. The server does not check who the "
                  "client is beyond the password.");
    case Type::X509:
        return tr("The account can only log in over TLS with a client certificate issued by a "
                  "CA the server trusts (its ssl_ca).");
    case Type::Specified:
        break;
    }
    QStringList needs;
    if (!issuer.isEmpty())
        needs << tr("issued by exactly \"%1\"").arg(issuer);
    if (!subject.isEmpty())
        needs << tr("with the subject exactly \"%1\"").arg(subject);
    QString text = needs.isEmpty()
            ? tr("The account can only log in over TLS.")
            : tr("The account can only log in over TLS with a client certificate %1.")
                      .arg(needs.join(tr(" and ")));
    if (!cipher.isEmpty())
        text += QLatin1Char(' ') + tr("The connection must use the cipher %1.").arg(cipher);
    return text;
}
