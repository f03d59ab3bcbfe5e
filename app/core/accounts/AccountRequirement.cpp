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

bool AccountRequirement::needsClientCertificate(const ServerDialect &server) const
{
    if (!server.isMariaDb() && type == Type::Specified)
        return true;
    return needsClientCertificate();
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

// How the REQUIRE values are written in SHOW CREATE USER.
enum class ValueQuoting {
    Escaped, // MariaDB: '' for a quote, \\ \0 \n \r \Z as in any escaped literal
    Raw,     // MySQL: the stored value between quotes, nothing escaped
};

// Reads SHOW CREATE USER from `pos`: words, and the REQUIRE values as the server wrote them.
class StatementReader
{
public:
    StatementReader(const QString &text, int pos)
        : m_text(text)
        , m_pos(pos)
    { }

    int pos() const { return m_pos; }
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
    std::optional<QString> literal(ValueQuoting quoting)
    {
        skipSpace();
        if (m_pos >= m_text.size() || m_text.at(m_pos) != QLatin1Char('\''))
            return std::nullopt;
        return quoting == ValueQuoting::Raw ? raw() : escaped();
    }

private:
    std::optional<QString> raw()
    {
        const int end = m_text.indexOf(QLatin1Char('\''), m_pos + 1);
        if (end < 0)
            return std::nullopt;
        // The value ends at the first quote only if a separator follows; otherwise the value
        // held a quote and where it ends cannot be known.
        if (end + 1 < m_text.size() && !m_text.at(end + 1).isSpace())
            return std::nullopt;
        const QString value = m_text.mid(m_pos + 1, end - m_pos - 1);
        m_pos = end + 1;
        return value;
    }
    std::optional<QString> escaped()
    {
        QString value;
        for (++m_pos; m_pos < m_text.size(); ++m_pos) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('\'')) {
                if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('\'')) {
                    value += c;
                    ++m_pos;
                    continue;
                }
                ++m_pos;
                return value;
            }
            if (c != QLatin1Char('\\')) {
                value += c;
                continue;
            }
            if (++m_pos >= m_text.size())
                return std::nullopt;
            // Only what MariaDB's escaping writes; anything else is not its output.
            switch (m_text.at(m_pos).unicode()) {
            case '\\':
                value += QLatin1Char('\\');
                break;
            case '0':
                value += QChar(0);
                break;
            case 'n':
                value += QLatin1Char('\n');
                break;
            case 'r':
                value += QLatin1Char('\r');
                break;
            case 'Z':
                value += QChar(0x1a);
                break;
            default:
                return std::nullopt;
            }
        }
        return std::nullopt; // unterminated
    }

    const QString &m_text;
    int m_pos;
};

// Where the REQUIRE keyword starts, outside quoted names and literals (the literals before it,
// such as a password hash, read with or without backslash escapes); -1 if there is none.
int requireKeyword(const QString &statement, SqlQuoting::Backslash backslash)
{
    static const QRegularExpression keyword(QStringLiteral("REQUIRE\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    QChar quote;
    for (int i = 0; i < statement.size(); ++i) {
        const QChar c = statement.at(i);
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\') && quote != QLatin1Char('`')
                && backslash == SqlQuoting::Backslash::IsEscape)
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

// REQUIRE's position; nullopt when the two readings of backslashes disagree and the session's
// is not known.
std::optional<int> requirePosition(const QString &statement,
                                   std::optional<SqlQuoting::Backslash> backslash)
{
    if (backslash)
        return requireKeyword(statement, *backslash);
    const int escaped = requireKeyword(statement, SqlQuoting::Backslash::IsEscape);
    if (escaped != requireKeyword(statement, SqlQuoting::Backslash::IsLiteral))
        return std::nullopt;
    return escaped;
}

std::optional<AccountRequirement> readShowCreateUser(const QString &statement, bool mariaDb,
                                                     std::optional<SqlQuoting::Backslash> hash)
{
    using Type = AccountRequirement::Type;
    AccountRequirement r;
    const std::optional<int> at = requirePosition(statement, hash);
    if (!at)
        return std::nullopt;
    if (*at < 0) {
        // MySQL always states the requirement; without one, the statement was misread.
        if (!mariaDb)
            return std::nullopt;
        r.type = Type::None;
        return r;
    }
    StatementReader reader(statement, *at + int(qstrlen("REQUIRE")));
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
    const ValueQuoting quoting = mariaDb ? ValueQuoting::Escaped : ValueQuoting::Raw;
    r.type = Type::Specified;
    QString word = first;
    int fields = 0;
    int clauseEnd = reader.pos();
    while (true) {
        QString *field = word == QLatin1String("ISSUER") ? &r.issuer
                : word == QLatin1String("SUBJECT")       ? &r.subject
                : word == QLatin1String("CIPHER")        ? &r.cipher
                                                         : nullptr;
        if (!field)
            break;
        const std::optional<QString> value = reader.literal(quoting);
        if (!value || value->isEmpty() || !field->isEmpty())
            return std::nullopt;
        *field = *value;
        ++fields;
        clauseEnd = reader.pos();
        if (reader.atEnd())
            break;
        word = reader.word();
        if (word == QLatin1String("AND"))
            word = reader.word();
    }
    if (fields == 0)
        return std::nullopt;
    // MySQL's values are unescaped: a quote after them may have been part of one.
    if (quoting == ValueQuoting::Raw && statement.indexOf(QLatin1Char('\''), clauseEnd) >= 0)
        return std::nullopt;
    return r;
}

} // namespace

std::optional<AccountRequirement>
AccountRequirement::fromShowCreateUser(const QString &statement,
                                       const std::optional<ServerDialect> &server,
                                       std::optional<SqlQuoting::Backslash> sessionBackslash)
{
    if (server) {
        // MariaDB escapes every literal it writes there with backslashes, whatever the sql_mode;
        // both readings still have to find the same REQUIRE.
        return readShowCreateUser(statement, server->isMariaDb(),
                                  server->isMariaDb() ? std::nullopt : sessionBackslash);
    }
    const auto asMariaDb = readShowCreateUser(statement, true, std::nullopt);
    const auto asMySql = readShowCreateUser(statement, false, sessionBackslash);
    if (asMariaDb && asMySql && *asMariaDb == *asMySql)
        return asMariaDb;
    return std::nullopt;
}
