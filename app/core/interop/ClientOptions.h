// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"
#include "profile/PasswordSource.h"
#include "profile/SslMode.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// The options of the `mysql` and `mariadb` clients that describe a connection, as found in an
// option-file group or on a command line, and the profile they amount to. Names are compared as
// the clients do: `-` and `_` are the same, `loose-` is dropped, `skip-x`/`disable-x` set x off
// and `enable-x` sets it on. A later setting replaces an earlier one.
class ClientOptions
{
    Q_DECLARE_TR_FUNCTIONS(ClientOptions)
public:
    // "Loose_SSL_CA" -> "ssl-ca"; "skip-ssl" stays (see set()).
    static QString normalizedName(QStringView name);
    // MySQL's --ssl-mode values, MariaDB Connector/J's and libpq's ("verify-full", "trust",
    // "require", "disable", "prefer").
    static std::optional<SslMode> modeFromAnySpelling(QStringView text);

    // `value` is empty for a bare flag (`ssl`, `--ssl-verify-server-cert`).
    void set(QStringView name, const QString &value);
    bool isEmpty() const { return m_values.isEmpty(); }
    bool contains(const QString &normalized) const { return m_values.contains(normalized); }
    QString value(const QString &normalized) const { return m_values.value(normalized); }
    // Merges `later` on top of this.
    void mergeFrom(const ClientOptions &later);
    // Where the password comes from when the source says so (a command substitution on a
    // command line). toConnection() uses it instead of any password, and a command's output is
    // a clear-text token when enable-cleartext-plugin is set.
    void setPasswordSource(const PasswordSource &source) { m_passwordSource = source; }

    // The profile these options describe. `name` becomes the profile name (the host if empty).
    // With enable-cleartext-plugin and no password source of its own, the profile asks for the
    // password every time (unless the options hold one) and a note says why.
    ImportResult::Connection toConnection(const QString &name, const QString &origin) const;

private:
    QMap<QString, QString> m_values; // normalized name -> value ("" for a bare flag)
    std::optional<PasswordSource> m_passwordSource;
};
