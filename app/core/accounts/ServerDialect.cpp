// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerDialect.h"

#include <QRegularExpression>

ServerDialect::ServerDialect(Kind kind, int major, int minor, int patch)
    : m_kind(kind)
    , m_major(major)
    , m_minor(minor)
    , m_patch(patch)
{ }

std::optional<ServerDialect> ServerDialect::fromVersion(const QString &version)
{
    QString text = version.trimmed();
    const bool mariaDb = text.contains(QLatin1String("mariadb"), Qt::CaseInsensitive);
    // MariaDB announces itself as "5.5.5-10.11.6-MariaDB" in the greeting so that old
    // replication code accepts it; the real version follows the prefix.
    if (mariaDb && text.startsWith(QLatin1String("5.5.5-")))
        text = text.mid(6);
    static const QRegularExpression numbers(QStringLiteral("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch m = numbers.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int major = m.captured(1).toInt();
    const int minor = m.captured(2).toInt();
    const int patch = m.captured(3).toInt();
    if (mariaDb) {
        if (major < 10)
            return std::nullopt;
        return ServerDialect(Kind::MariaDb, major, minor, patch);
    }
    if (major == 5 && minor == 7)
        return ServerDialect(Kind::MySql57, major, minor, patch);
    if (major >= 8)
        return ServerDialect(Kind::MySql8, major, minor, patch);
    return std::nullopt;
}

std::optional<ServerDialect> ServerDialect::fromKey(const QString &key)
{
    QString k = key.trimmed().toLower();
    k.remove(QLatin1Char('-'));
    k.remove(QLatin1Char('.'));
    k.remove(QLatin1Char(' '));
    if (k == QLatin1String("mysql8") || k == QLatin1String("mysql80")
        || k == QLatin1String("mysql9") || k == QLatin1String("mysql"))
        return ServerDialect(Kind::MySql8);
    if (k == QLatin1String("mysql57") || k == QLatin1String("mysql5"))
        return ServerDialect(Kind::MySql57);
    if (k == QLatin1String("mariadb") || k == QLatin1String("mariadb10")
        || k == QLatin1String("mariadb11"))
        return ServerDialect(Kind::MariaDb);
    return std::nullopt;
}

QList<ServerDialect::Kind> ServerDialect::allKinds()
{
    return {Kind::MySql8, Kind::MySql57, Kind::MariaDb};
}

QString ServerDialect::key() const
{
    switch (m_kind) {
    case Kind::MySql57:
        return QStringLiteral("mysql57");
    case Kind::MySql8:
        return QStringLiteral("mysql8");
    case Kind::MariaDb:
        return QStringLiteral("mariadb");
    }
    return {};
}

QString ServerDialect::displayName() const
{
    if (versionKnown()) {
        const QString version = QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_patch);
        return (isMariaDb() ? QStringLiteral("MariaDB %1") : QStringLiteral("MySQL %1"))
                .arg(version);
    }
    switch (m_kind) {
    case Kind::MySql57:
        return tr("MySQL 5.7");
    case Kind::MySql8:
        return tr("MySQL 8.x / 9.x");
    case Kind::MariaDb:
        return tr("MariaDB 10.x / 11.x");
    }
    return {};
}

bool ServerDialect::hasGlobalPriv() const
{
    if (!isMariaDb())
        return false;
    return !versionKnown() || m_major > 10 || (m_major == 10 && m_minor >= 4);
}

int ServerDialect::maxUserLength() const
{
    return isMariaDb() ? 128 : 32;
}

int ServerDialect::maxHostLength() const
{
    // MySQL 5.7's mysql.user.Host is CHAR(60); MySQL 8.0.17+ and MariaDB allow 255.
    return m_kind == Kind::MySql57 ? 60 : 255;
}
