// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientOptions.h"

#include <QSet>

namespace {

std::optional<bool> boolValue(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v.isEmpty() || v == QLatin1String("1") || v == QLatin1String("true")
        || v == QLatin1String("on") || v == QLatin1String("yes"))
        return true;
    if (v == QLatin1String("0") || v == QLatin1String("false") || v == QLatin1String("off")
        || v == QLatin1String("no"))
        return false;
    return std::nullopt;
}

} // namespace

QString ClientOptions::normalizedName(QStringView name)
{
    QString n = name.trimmed().toString().toLower();
    n.replace(QLatin1Char('_'), QLatin1Char('-'));
    while (n.startsWith(QLatin1String("--")))
        n = n.mid(2);
    if (n.startsWith(QLatin1String("loose-")))
        n = n.mid(6);
    return n;
}

std::optional<SslMode> ClientOptions::modeFromAnySpelling(QStringView text)
{
    QString t = text.trimmed().toString().toLower();
    t.replace(QLatin1Char('_'), QLatin1Char('-'));
    if (const auto mode = SslModes::fromString(t))
        return mode;
    if (t == QLatin1String("disable") || t == QLatin1String("false") || t == QLatin1String("none"))
        return SslMode::Disabled;
    if (t == QLatin1String("prefer") || t == QLatin1String("allow"))
        return SslMode::Preferred;
    if (t == QLatin1String("require") || t == QLatin1String("trust") || t == QLatin1String("true"))
        return SslMode::Required;
    if (t == QLatin1String("verify-full") || t == QLatin1String("verifyfull"))
        return SslMode::VerifyIdentity;
    if (t == QLatin1String("verifyca"))
        return SslMode::VerifyCa;
    return std::nullopt;
}

void ClientOptions::set(QStringView name, const QString &value)
{
    QString n = normalizedName(name);
    if (n.isEmpty())
        return;
    // The one option whose own name starts with "enable-": its switches share one key.
    const auto key = [](const QString &k) {
        return k == QLatin1String("cleartext-plugin") ? QStringLiteral("enable-cleartext-plugin")
                                                      : k;
    };
    for (const auto prefix : {QLatin1String("skip-"), QLatin1String("disable-")}) {
        if (n.startsWith(prefix) && value.isEmpty()) {
            m_values.insert(key(n.mid(prefix.size())), QStringLiteral("0"));
            return;
        }
    }
    if (n.startsWith(QLatin1String("enable-")) && value.isEmpty()) {
        m_values.insert(key(n.mid(7)), QStringLiteral("1"));
        return;
    }
    if (n == QLatin1String("pass"))
        n = QStringLiteral("password");
    if (n == QLatin1String("db"))
        n = QStringLiteral("database");
    m_values.insert(n, value);
}

void ClientOptions::mergeFrom(const ClientOptions &later)
{
    for (auto it = later.m_values.constBegin(); it != later.m_values.constEnd(); ++it)
        m_values.insert(it.key(), it.value());
    if (later.m_passwordSource)
        m_passwordSource = later.m_passwordSource;
}

ImportResult::Connection ClientOptions::toConnection(const QString &name,
                                                     const QString &origin) const
{
    ImportResult::Connection c;
    c.origin = origin;
    Profile &p = c.profile;
    p = Profile::create();
    p.sslMode = SslMode::Preferred;

    // Options that do not describe a connection (pager, prompt, ...) are not worth a word;
    // connection options sslcm cannot keep are listed.
    static const QSet<QString> silent {
            QStringLiteral("pager"),
            QStringLiteral("prompt"),
            QStringLiteral("auto-rehash"),
            QStringLiteral("default-character-set"),
            QStringLiteral("show-warnings"),
            QStringLiteral("no-auto-rehash"),
            QStringLiteral("safe-updates"),
            QStringLiteral("i-am-a-dummy"),
            QStringLiteral("auto-vertical-output"),
            QStringLiteral("silent"),
            QStringLiteral("batch"),
            QStringLiteral("table"),
            QStringLiteral("vertical"),
            QStringLiteral("execute"),
            QStringLiteral("ssl"),
            QStringLiteral("ssl-verify-server-cert"),
            QStringLiteral("ssl-mode"),
            QStringLiteral("enable-cleartext-plugin"), // see below
    };

    std::optional<SslMode> mode;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        const QString &key = it.key();
        const QString &value = it.value();
        if (key == QLatin1String("host")) {
            p.host = value.trimmed();
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const uint port = value.trimmed().toUInt(&ok);
            if (ok && port >= 1 && port <= 65535)
                p.port = quint16(port);
            else
                c.notCarried << tr("port \"%1\" is not a port number").arg(value);
        } else if (key == QLatin1String("user")) {
            p.user = value;
        } else if (key == QLatin1String("database")) {
            p.database = value;
        } else if (key == QLatin1String("password")) {
            c.password = value;
        } else if (key == QLatin1String("ssl-ca")) {
            p.caFile = value;
        } else if (key == QLatin1String("ssl-capath")) {
            p.caDirectory = value;
        } else if (key == QLatin1String("ssl-cert")) {
            p.clientCertificate = value;
        } else if (key == QLatin1String("ssl-key")) {
            p.clientKey = value;
        } else if (key == QLatin1String("ssl-cipher")) {
            p.cipherList = value;
        } else if (key == QLatin1String("tls-version")) {
            std::optional<TlsVersion> lowest;
            bool older = false;
            for (const QString &v : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto version = TlsVersions::fromString(v);
                if (!version) {
                    older = true;
                    continue;
                }
                if (!lowest || *version < *lowest)
                    lowest = version;
            }
            if (lowest)
                p.minTlsVersion = *lowest;
            if (older)
                c.notCarried << tr("TLS versions older than 1.2 in \"%1\" (sslcm requires TLS "
                                   "1.2 or newer)")
                                        .arg(value);
        } else if (key == QLatin1String("connect-timeout")) {
            bool ok = false;
            const int seconds = value.trimmed().toInt(&ok);
            if (ok && seconds >= 1 && seconds <= Profile::maxConnectTimeoutSeconds)
                p.connectTimeoutSeconds = seconds;
            else
                c.notCarried << tr("connect timeout \"%1\"").arg(value);
        } else if (key == QLatin1String("ssl-mode")) {
            mode = modeFromAnySpelling(value);
            if (!mode)
                c.notCarried << tr("unknown SSL mode \"%1\"").arg(value);
        } else if (key == QLatin1String("socket")) {
            c.notCarried << tr("Unix socket \"%1\" (sslcm connects over TCP)").arg(value);
        } else if (key == QLatin1String("protocol")) {
            if (value.compare(QLatin1String("tcp"), Qt::CaseInsensitive) != 0)
                c.notCarried << tr("protocol \"%1\" (sslcm connects over TCP)").arg(value);
        } else if (!silent.contains(key)) {
            c.notCarried << (value.isEmpty() ? tr("option \"%1\"").arg(key)
                                             : tr("option \"%1\" = \"%2\"").arg(key, value));
        }
    }

    // -1 not given (or not a boolean), 0 off, 1 on. (Plain ints: GCC's -O2 flow analysis
    // misreads comparisons of std::optional<bool> as uninitialised reads.)
    const auto tristate = [this](const QString &key) {
        if (!m_values.contains(key))
            return -1;
        const std::optional<bool> value = boolValue(m_values.value(key));
        return value ? int(*value) : -1;
    };
    const int ssl = tristate(QStringLiteral("ssl"));
    const int verifyServer = tristate(QStringLiteral("ssl-verify-server-cert"));
    const bool hasCa = !p.caFile.isEmpty() || !p.caDirectory.isEmpty();
    if (mode) {
        p.sslMode = *mode;
    } else if (ssl == 0) {
        p.sslMode = SslMode::Disabled;
    } else if (verifyServer == 1) {
        p.sslMode = SslMode::VerifyIdentity;
    } else if (hasCa) {
        p.sslMode = SslMode::VerifyCa;
        c.notes << tr("No SSL mode was given; a CA is, so the connection is imported as \"%1\".")
                           .arg(SslModes::displayName(SslMode::VerifyCa));
    } else if (ssl == 1) {
        p.sslMode = SslMode::Required;
    } else {
        p.sslMode = SslMode::Preferred;
        c.notes << tr("No TLS settings were given; imported as \"%1\", the clients' default. "
                      "Consider \"%2\".")
                           .arg(SslModes::displayName(SslMode::Preferred),
                                SslModes::displayName(SslMode::VerifyIdentity));
    }
    const bool clearTextPlugin = tristate(QStringLiteral("enable-cleartext-plugin")) == 1;
    if (m_passwordSource) {
        p.passwordSource = *m_passwordSource;
        if (p.passwordSource.kind == PasswordSource::Kind::Command)
            p.passwordSource.clearTextToken = clearTextPlugin;
        c.password.clear();
    } else if (clearTextPlugin) {
        // A password the server takes in clear text is often a sign-in token that changes
        // every time (or one from PAM or LDAP): nothing here says which command makes it.
        if (c.password.isEmpty())
            p.passwordSource.kind = PasswordSource::Kind::Ask;
        //: %1 is the password source "Ask every time" or "Saved in the keychain"
        c.notes << tr("The account signs in with a password the server takes in clear text "
                      "(enable-cleartext-plugin): a sign-in token (AWS RDS IAM, Azure, Cloud "
                      "SQL), or a PAM or LDAP password. Imported as “%1”; if a command or AWS "
                      "makes it, choose that password source after importing. sslcm sends it "
                      "only to a server whose identity it verified.")
                           .arg(PasswordSource::displayName(p.passwordSource.kind));
    }
    if (p.host.isEmpty()) {
        p.host = QStringLiteral("localhost");
        c.notes << tr("No host was given; the clients' default \"localhost\" is used.");
    }
    p.name = name.isEmpty() ? p.host : name;
    return c;
}
