// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountRequirement.h"

#include <QRegularExpression>

namespace {
// mysql.user's x509_issuer/x509_subject are BLOBs and ssl_cipher too; the server accepts long
// values, but a distinguished name this long is certainly a mistake.
constexpr int maxRequireValueLength = 1024;
} // namespace

std::optional<AccountRequirement::Type> AccountRequirement::typeFromKey(const QString &key)
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

QString AccountRequirement::typeKey(Type type)
{
    switch (type) {
    case Type::None:
        return QStringLiteral("none");
    case Type::Ssl:
        return QStringLiteral("ssl");
    case Type::X509:
        return QStringLiteral("x509");
    case Type::Specified:
        return QStringLiteral("specified");
    }
    return {};
}

QString AccountRequirement::typeText(Type type)
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

QStringList AccountRequirement::problems() const
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

QString AccountRequirement::clause(SqlQuoting::Backslash backslash) const
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

QString AccountRequirement::explanation() const
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

bool AccountRequirement::needsClientCertificate() const
{
    return type == Type::X509
            || (type == Type::Specified && (!issuer.isEmpty() || !subject.isEmpty()));
}

AccountRequirement AccountRequirement::fromUserTable(const QString &sslType, const QString &issuer,
                                                     const QString &subject, const QString &cipher)
{
    AccountRequirement r;
    const QString t = sslType.trimmed().toUpper();
    if (t == QLatin1String("ANY"))
        r.type = Type::Ssl;
    else if (t == QLatin1String("X509"))
        r.type = Type::X509;
    else if (t == QLatin1String("SPECIFIED"))
        r.type = Type::Specified;
    else
        r.type = Type::None;
    r.issuer = issuer;
    r.subject = subject;
    r.cipher = cipher;
    return r;
}

AccountRequirement AccountRequirement::fromGlobalPriv(const QJsonObject &priv)
{
    AccountRequirement r;
    switch (priv.value(QLatin1String("ssl_type")).toInt()) {
    case 1:
        r.type = Type::Ssl;
        break;
    case 2:
        r.type = Type::X509;
        break;
    case 3:
        r.type = Type::Specified;
        break;
    default:
        r.type = Type::None;
        break;
    }
    r.issuer = priv.value(QLatin1String("x509_issuer")).toString();
    r.subject = priv.value(QLatin1String("x509_subject")).toString();
    r.cipher = priv.value(QLatin1String("ssl_cipher")).toString();
    return r;
}

namespace {

// Reads SHOW CREATE USER from `pos`: words, and string literals as the server quotes them
// ('' or a backslash escapes a quote).
class StatementReader
{
public:
    StatementReader(const QString &text, int pos)
        : m_text(text)
        , m_pos(pos)
    { }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }
    QString word()
    {
        skipSpace();
        const int start = m_pos;
        while (m_pos < m_text.size()
               && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_')))
            ++m_pos;
        return m_text.mid(start, m_pos - start).toUpper();
    }
    std::optional<QString> literal()
    {
        skipSpace();
        if (m_pos >= m_text.size() || m_text.at(m_pos) != QLatin1Char('\''))
            return std::nullopt;
        QString value;
        for (++m_pos; m_pos < m_text.size(); ++m_pos) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('\'') && m_pos + 1 < m_text.size()
                && m_text.at(m_pos + 1) == QLatin1Char('\'')) {
                value += c;
                ++m_pos;
            } else if (c == QLatin1Char('\'')) {
                ++m_pos;
                return value;
            } else if (c == QLatin1Char('\\') && m_pos + 1 < m_text.size()) {
                const QChar e = m_text.at(++m_pos);
                switch (e.unicode()) {
                case 'n':
                    value += QLatin1Char('\n');
                    break;
                case 't':
                    value += QLatin1Char('\t');
                    break;
                case 'r':
                    value += QLatin1Char('\r');
                    break;
                case '0':
                    value += QChar(0);
                    break;
                default:
                    value += e;
                }
            } else {
                value += c;
            }
        }
        return std::nullopt; // unterminated
    }

private:
    const QString &m_text;
    int m_pos;
};

// Where the REQUIRE keyword starts, outside quoted names and literals; -1 if there is none.
int requireKeyword(const QString &statement)
{
    static const QRegularExpression keyword(QStringLiteral("REQUIRE\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    QChar quote;
    for (int i = 0; i < statement.size(); ++i) {
        const QChar c = statement.at(i);
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\') && quote != QLatin1Char('`'))
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            quote = c;
            continue;
        }
        if ((i == 0 || statement.at(i - 1).isSpace())
            && keyword.match(statement, i, QRegularExpression::NormalMatch,
                             QRegularExpression::AnchorAtOffsetMatchOption)
                       .hasMatch())
            return i;
    }
    return -1;
}

} // namespace

std::optional<AccountRequirement> AccountRequirement::fromShowCreateUser(const QString &statement)
{
    AccountRequirement r;
    const int at = requireKeyword(statement);
    if (at < 0) {
        r.type = Type::None;
        return r;
    }
    StatementReader reader(statement, at + int(qstrlen("REQUIRE")));
    const QString first = reader.word();
    if (first == QLatin1String("NONE")) {
        r.type = Type::None;
        return r;
    }
    if (first == QLatin1String("SSL")) {
        r.type = Type::Ssl;
        return r;
    }
    if (first == QLatin1String("X509")) {
        r.type = Type::X509;
        return r;
    }
    r.type = Type::Specified;
    QString word = first;
    while (true) {
        QString *field = word == QLatin1String("ISSUER") ? &r.issuer
                : word == QLatin1String("SUBJECT")       ? &r.subject
                : word == QLatin1String("CIPHER")        ? &r.cipher
                                                         : nullptr;
        if (!field)
            break;
        const std::optional<QString> value = reader.literal();
        if (!value)
            return std::nullopt;
        *field = *value;
        if (reader.atEnd())
            break;
        word = reader.word();
        if (word == QLatin1String("AND"))
            word = reader.word();
    }
    if (r.issuer.isEmpty() && r.subject.isEmpty() && r.cipher.isEmpty())
        return std::nullopt;
    return r;
}
