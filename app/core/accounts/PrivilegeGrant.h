// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/ServerDialect.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Privileges to grant and where they apply: `*.*`, `db.*` or `db.table`.
struct PrivilegeGrant
{
    Q_DECLARE_TR_FUNCTIONS(PrivilegeGrant)
public:
    enum class Scope { Global, Database, Table };

    Scope scope = Scope::Database;
    QString database;
    QString table;
    QStringList privileges; // upper case keywords from knownPrivileges(), "ALL PRIVILEGES"

    // The privilege keywords offered, in the order they are shown. Only these are accepted: a
    // privilege list is SQL keywords, never quoted input.
    static QStringList knownPrivileges();
    static QStringList readOnlySet();  // SELECT
    static QStringList readWriteSet(); // SELECT, INSERT, UPDATE, DELETE
    static QStringList allSet();       // ALL PRIVILEGES
    // "SELECT, insert ,Update" -> {SELECT, INSERT, UPDATE}; nullopt and the unknown word on error.
    struct ParsedList
    {
        std::optional<QStringList> privileges;
        QString unknown;
    };
    static ParsedList parsePrivileges(const QString &text);
    // "*.*", "db.*", "db.table", "`my.db`.`t`"; nullopt when it is none of these.
    static std::optional<PrivilegeGrant> parseScope(const QString &text);

    bool isEmpty() const { return privileges.isEmpty(); }
    // Translated problems: names too long or with control characters, missing database...
    QStringList problems() const;
    // "SELECT, INSERT" (ALL PRIVILEGES alone when present).
    QString privilegeList() const;
    // "*.*", "`shop`.*", "`shop`.`orders`" with `_`/`%` in database names escaped, so the grant
    // applies to exactly that database.
    QString onClause() const;
    // For people: "every database", "database shop", "table shop.orders".
    QString scopeText() const;
};
