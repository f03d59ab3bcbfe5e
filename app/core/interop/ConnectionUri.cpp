// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionUri.h"

#include "ClientOptions.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

const QRegularExpression &schemePattern()
{
    static const QRegularExpression pattern(
            QStringLiteral("^(?:jdbc:)?(mysql|mysqlx|mariadb)(?:\\+[a-z0-9_]+)?://"),
            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString decode(QStringView text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// Query keys as they appear in the wild -> the client option they mean.
QString optionFor(const QString &key)
{
    QString k = key.toLower();
    k.replace(QLatin1Char('_'), QLatin1Char('-'));
    static const QHash<QString, QString> aliases {
            {QStringLiteral("sslmode"), QStringLiteral("ssl-mode")},
            {QStringLiteral("ssl-mode"), QStringLiteral("ssl-mode")},
            {QStringLiteral("sslca"), QStringLiteral("ssl-ca")},
            {QStringLiteral("ssl-ca"), QStringLiteral("ssl-ca")},
            {QStringLiteral("sslrootcert"), QStringLiteral("ssl-ca")},
            {QStringLiteral("serversslcert"), QStringLiteral("ssl-ca")},
            {QStringLiteral("sslcapath"), QStringLiteral("ssl-capath")},
            {QStringLiteral("ssl-capath"), QStringLiteral("ssl-capath")},
            {QStringLiteral("sslcert"), QStringLiteral("ssl-cert")},
            {QStringLiteral("ssl-cert"), QStringLiteral("ssl-cert")},
            {QStringLiteral("sslkey"), QStringLiteral("ssl-key")},
            {QStringLiteral("ssl-key"), QStringLiteral("ssl-key")},
            {QStringLiteral("sslcipher"), QStringLiteral("ssl-cipher")},
            {QStringLiteral("ssl-cipher"), QStringLiteral("ssl-cipher")},
            {QStringLiteral("tls-version"), QStringLiteral("tls-version")},
            {QStringLiteral("tls-versions"), QStringLiteral("tls-version")},
            {QStringLiteral("tlsversion"), QStringLiteral("tls-version")},
            {QStringLiteral("tlsversions"), QStringLiteral("tls-version")},
            {QStringLiteral("enabledsslprotocolsuites"), QStringLiteral("tls-version")},
            {QStringLiteral("ssl-verify-server-cert"), QStringLiteral("ssl-verify-server-cert")},
            {QStringLiteral("user"), QStringLiteral("user")},
            {QStringLiteral("password"), QStringLiteral("password")},
    };
    return aliases.value(k);
}

QString encode(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

} // namespace

QString ConnectionUri::formatName()
{
    return tr("connection URI");
}

bool ConnectionUri::looksLikeUri(const QString &text)
{
    return schemePattern().match(text.trimmed()).hasMatch();
}

ImportResult ConnectionUri::parse(const QString &input)
{
    if (input.size() > maxLength)
        return ImportResult::failure(formatName(), tr("the text is too long for a URI"));
    const QString text = input.trimmed();
    const auto scheme = schemePattern().match(text);
    if (!scheme.hasMatch())
        return ImportResult::failure(formatName(),
                                     tr("not a MySQL or MariaDB URI (mysql://, mariadb://)"));
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.isSpace())
            return ImportResult::failure(formatName(),
                                         tr("a URI cannot contain spaces or control characters"));
    }
    const QString rest = text.mid(scheme.capturedLength());
    const qsizetype authorityEnd = [&rest] {
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        const qsizetype question = rest.indexOf(QLatin1Char('?'));
        if (slash < 0)
            return question < 0 ? rest.size() : question;
        return question < 0 ? slash : std::min(slash, question);
    }();
    const QString authority = rest.left(authorityEnd);
    QString path;
    QString query;
    {
        const QString tail = rest.mid(authorityEnd);
        const qsizetype question = tail.indexOf(QLatin1Char('?'));
        path = question < 0 ? tail : tail.left(question);
        query = question < 0 ? QString() : tail.mid(question + 1);
    }

    ClientOptions options;
    QStringList notCarried;
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    QString hostPort = authority;
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        options.set(u"user",
                    decode(colon < 0 ? QStringView(userInfo) : QStringView(userInfo).left(colon)));
        if (colon >= 0)
            options.set(u"password", decode(QStringView(userInfo).mid(colon + 1)));
    }
    if (hostPort.contains(QLatin1Char(','))) {
        notCarried << tr("more than one host (%1): only the first is used").arg(hostPort);
        hostPort = hostPort.left(hostPort.indexOf(QLatin1Char(',')));
    }
    QString host = hostPort;
    QString port;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return ImportResult::failure(formatName(), tr("an IPv6 address without \"]\""));
        host = hostPort.mid(1, close - 1);
        const QString after = hostPort.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            port = after.mid(1);
        else if (!after.isEmpty())
            return ImportResult::failure(formatName(), tr("unexpected text after the address"));
    } else {
        const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            host = hostPort.left(colon);
            port = hostPort.mid(colon + 1);
        }
        host = decode(host);
    }
    if (host.isEmpty())
        return ImportResult::failure(formatName(), tr("the URI names no host"));
    options.set(u"host", host);
    if (!port.isEmpty())
        options.set(u"port", port);
    const QString database
            = decode(QStringView(path).mid(path.startsWith(QLatin1Char('/')) ? 1 : 0));
    if (!database.isEmpty())
        options.set(u"database", database);

    QString legacyUseSsl;
    QString legacyRequireSsl;
    QString legacyVerify;
    const QStringList pairs = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = decode(equals < 0 ? QStringView(pair) : QStringView(pair).left(equals));
        QString value = equals < 0 ? QString() : decode(QStringView(pair).mid(equals + 1));
        if (value.size() >= 2 && value.startsWith(QLatin1Char('('))
            && value.endsWith(QLatin1Char(')')))
            value = value.mid(1, value.size() - 2);
        const QString lower = key.toLower();
        if (lower == QLatin1String("connect-timeout") || lower == QLatin1String("connecttimeout")
            || lower == QLatin1String("connect_timeout")) {
            bool ok = false;
            const qint64 ms = value.toLongLong(&ok);
            if (ok && ms > 0)
                options.set(u"connect-timeout", QString::number((ms + 999) / 1000));
            else
                notCarried << tr("connect timeout \"%1\"").arg(value);
            continue;
        }
        if (lower == QLatin1String("usessl")) {
            legacyUseSsl = value;
            continue;
        }
        if (lower == QLatin1String("requiressl")) {
            legacyRequireSsl = value;
            continue;
        }
        if (lower == QLatin1String("verifyservercertificate")) {
            legacyVerify = value;
            continue;
        }
        const QString option = optionFor(key);
        if (option.isEmpty())
            notCarried << tr("parameter \"%1\" = \"%2\"").arg(key, value);
        else
            options.set(option, value);
    }
    if (!options.contains(QStringLiteral("ssl-mode")) && !legacyUseSsl.isEmpty()) {
        // Connector/J 5.1's spelling.
        const auto on = [](const QString &v) {
            return v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        };
        if (!on(legacyUseSsl))
            options.set(u"ssl-mode", QStringLiteral("DISABLED"));
        else if (on(legacyVerify))
            options.set(u"ssl-mode", QStringLiteral("VERIFY_CA"));
        else if (on(legacyRequireSsl))
            options.set(u"ssl-mode", QStringLiteral("REQUIRED"));
        else
            options.set(u"ssl-mode", QStringLiteral("PREFERRED"));
    }

    ImportResult result;
    result.format = formatName();
    ImportResult::Connection c = options.toConnection({}, tr("URI"));
    c.notCarried = notCarried + c.notCarried;
    if (!c.password.isEmpty())
        result.warnings << tr("The URI contains a password in clear text. Store it in the keychain "
                              "and keep it out of URIs.");
    result.connections << c;
    return result;
}

QString ConnectionUri::format(const Profile &p, const QString &password)
{
    QString uri = QStringLiteral("mysql://");
    if (!p.user.isEmpty()) {
        uri += encode(p.user);
        if (!password.isEmpty())
            uri += QLatin1Char(':') + encode(password);
        uri += QLatin1Char('@');
    }
    uri += p.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + p.host + QLatin1Char(']')
                                             : encode(p.host);
    uri += QLatin1Char(':') + QString::number(p.port);
    if (!p.database.isEmpty())
        uri += QLatin1Char('/') + encode(p.database);
    QStringList query;
    query << QStringLiteral("ssl-mode=")
                    + SslModes::key(p.sslMode).toUpper().replace(QLatin1Char('-'),
                                                                 QLatin1Char('_'));
    const auto add = [&query](const char *key, const QString &value) {
        if (!value.isEmpty())
            query << QLatin1String(key) + QLatin1Char('=') + encode(value);
    };
    add("ssl-ca", p.caFile);
    add("ssl-capath", p.caDirectory);
    add("ssl-cert", p.clientCertificate);
    add("ssl-key", p.clientKey);
    add("ssl-cipher", p.cipherList);
    add("tls-version",
        p.minTlsVersion == TlsVersion::Tls1_3 ? QStringLiteral("TLSv1.3")
                                              : QStringLiteral("TLSv1.2,TLSv1.3"));
    add("connect-timeout", QString::number(qint64(p.connectTimeoutSeconds) * 1000));
    return uri + QLatin1Char('?') + query.join(QLatin1Char('&'));
}
