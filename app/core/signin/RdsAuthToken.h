// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signin/AwsCredentials.h"

#include <QDateTime>
#include <QString>

#include <optional>

// Amazon RDS IAM database authentication: the token a MySQL/MariaDB client sends as its password
// (over verified TLS only, with mysql_clear_password), computed locally — a SigV4-presigned
// "connect" request for the service rds-db. Computing it needs no network.
namespace RdsAuthToken {

// "{host}:{port}/?Action=connect&DBUser={user}&X-Amz-Algorithm=...&X-Amz-Signature=...", exactly
// as `aws rds generate-db-auth-token --hostname H --port P --username U --region R` prints it.
// The token is a secret: never logged. An IPv6 address is written in brackets.
QString generate(const QString &host, quint16 port, const QString &user, const QString &region,
                 const AwsCredentials &credentials, const QDateTime &nowUtc,
                 int expiresSeconds = 900);

// The region of an RDS endpoint: "eu-west-1" from "db1.abcdefghij.eu-west-1.rds.amazonaws.com"
// (also proxy and cluster endpoints and *.rds.amazonaws.com.cn); nullopt for any other name.
std::optional<QString> regionFromHost(const QString &host);

} // namespace RdsAuthToken
