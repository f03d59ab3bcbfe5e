// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/PasswordSource.h"
#include "profile/SslMode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Defaults and caveats for the places people keep their databases: the hosted services and a
// server on this machine.
struct ConnectionPreset
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionPreset)
public:
    enum class Id { Custom, Rackspace, AwsRds, Azure, GoogleCloudSql, DigitalOcean, Local };

    Id id = Id::Custom;
    QString name;            // translated
    QString hostPlaceholder; // an example of the host name the provider gives you
    QString host;            // filled in (only for the local server)
    quint16 port = 3306;
    SslMode mode = SslMode::VerifyIdentity;
    QString caveat;   // translated: where the CA comes from, what the certificate names
    QString caSource; // the CloudCaSource key of the provider's CA; empty for the others
    // The provider's sign-in without a stored password (AWS IAM, Microsoft Entra ID, Cloud SQL
    // IAM), offered with the preset; nullopt where there is none.
    std::optional<PasswordSource> signIn;
    QString signInName; // translated, a check box: "Sign in with AWS &IAM (no password)"

    static QList<ConnectionPreset> all();
    static ConnectionPreset byId(Id id);
};
