// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivilegeGrant.h"

#include "accounts/SqlQuoting.h"

#include <QRegularExpression>

QStringList PrivilegeGrant::knownPrivileges()
{
    return {QStringLiteral("SELECT"),        QStringLiteral("INSERT"),
            QStringLiteral("UPDATE"),        QStringLiteral("DELETE"),
            QStringLiteral("CREATE"),        QStringLiteral("DROP"),
            QStringLiteral("ALTER"),         QStringLiteral("INDEX"),
            QStringLiteral("REFERENCES"),    QStringLiteral("CREATE VIEW"),
            QStringLiteral("SHOW VIEW"),     QStringLiteral("TRIGGER"),
            QStringLiteral("EXECUTE"),       QStringLiteral("CREATE ROUTINE"),
            QStringLiteral("ALTER ROUTINE"), QStringLiteral("CREATE TEMPORARY TABLES"),
            QStringLiteral("LOCK TABLES"),   QStringLiteral("EVENT"),
            QStringLiteral("USAGE"),         QStringLiteral("ALL PRIVILEGES")};
}

QStringList PrivilegeGrant::readOnlySet()
{
    return {QStringLiteral("SELECT")};
}

QStringList PrivilegeGrant::readWriteSet()
{
    return {QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
            QStringLiteral("DELETE")};
}

QStringList PrivilegeGrant::allSet()
{
    return {QStringLiteral("ALL PRIVILEGES")};
}

PrivilegeGrant::ParsedList PrivilegeGrant::parsePrivileges(const QString &text)
{
    ParsedList result;
    const QStringList known = knownPrivileges();
    QStringList list;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString word = item.simplified().toUpper();
        if (word.isEmpty())
            continue;
        if (word == QLatin1String("ALL"))
            word = QStringLiteral("ALL PRIVILEGES");
        if (!known.contains(word)) {
            result.unknown = item.trimmed();
            return result;
        }
        if (!list.contains(word))
            list << word;
    }
    result.privileges = list;
    return result;
}

std::optional<PrivilegeGrant> PrivilegeGrant::parseScope(const QString &text)
{
    // A part is `quoted` (backticks doubled inside) or a bare name without dots and backticks.
    static const QRegularExpression form(
            QStringLiteral("^\\s*(\\*|`((?:[^`]|``)+)`|([^.`*]+))\\s*\\.\\s*"
                           "(\\*|`((?:[^`]|``)+)`|([^.`*]+))\\s*$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    auto part = [&m](int whole, int quoted, int bare) -> std::optional<QString> {
        if (m.captured(whole) == QLatin1String("*"))
            return std::nullopt;
        if (m.capturedLength(quoted) > 0)
            return m.captured(quoted).replace(QLatin1String("``"), QLatin1String("`"));
        return m.captured(bare).trimmed();
    };
    const std::optional<QString> db = part(1, 2, 3);
    const std::optional<QString> table = part(4, 5, 6);
    PrivilegeGrant g;
    if (!db && !table) {
        g.scope = Scope::Global;
    } else if (db && !table) {
        g.scope = Scope::Database;
        g.database = *db;
    } else if (db && table) {
        g.scope = Scope::Table;
        g.database = *db;
        g.table = *table;
    } else {
        return std::nullopt; // "*.table" is not a scope
    }
    return g;
}

QStringList PrivilegeGrant::problems() const
{
    QStringList found;
    if (privileges.isEmpty())
        return found;
    const QStringList known = knownPrivileges();
    for (const QString &p : privileges)
        if (!known.contains(p))
            found << tr("\"%1\" is not a privilege sslcm knows.").arg(p);
    if (scope != Scope::Global) {
        if (database.isEmpty())
            found << tr("Name the database the privileges are for.");
        else if (const auto problem = SqlQuoting::problem(database, tr("database name"),
                                                          ServerDialect::maxIdentifierLength, true))
            found << *problem;
    }
    if (scope == Scope::Table) {
        if (table.isEmpty())
            found << tr("Name the table the privileges are for.");
        else if (const auto problem = SqlQuoting::problem(table, tr("table name"),
                                                          ServerDialect::maxIdentifierLength, true))
            found << *problem;
    }
    return found;
}

QString PrivilegeGrant::privilegeList() const
{
    if (privileges.contains(QLatin1String("ALL PRIVILEGES")))
        return QStringLiteral("ALL PRIVILEGES");
    // Keep the offered order, whatever order they were picked in.
    QStringList ordered;
    for (const QString &p : knownPrivileges())
        if (privileges.contains(p))
            ordered << p;
    return ordered.join(QStringLiteral(", "));
}

QString PrivilegeGrant::onClause() const
{
    switch (scope) {
    case Scope::Global:
        return QStringLiteral("*.*");
    case Scope::Database:
        return SqlQuoting::grantDatabase(database) + QStringLiteral(".*");
    case Scope::Table:
        // Table-level grants do not treat `_` and `%` as wildcards.
        return SqlQuoting::identifier(database) + QLatin1Char('.') + SqlQuoting::identifier(table);
    }
    return {};
}

QString PrivilegeGrant::scopeText() const
{
    switch (scope) {
    case Scope::Global:
        return tr("every database (*.*)");
    case Scope::Database:
        return tr("database %1").arg(database);
    case Scope::Table:
        return tr("table %1.%2").arg(database, table);
    }
    return {};
}
