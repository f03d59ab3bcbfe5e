// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RdsAuthToken.h"

#include "signin/AwsSigV4.h"

#include <QRegularExpression>

namespace RdsAuthToken {

QString generate(const QString &host, quint16 port, const QString &user, const QString &region,
                 const AwsCredentials &credentials, const QDateTime &nowUtc, int expiresSeconds)
{
    QString name = host;
    if (name.contains(QLatin1Char(':')) && !name.startsWith(QLatin1Char('[')))
        name = QLatin1Char('[') + name + QLatin1Char(']');
    const QString portSuffix = QLatin1Char(':') + QString::number(port);
    AwsSigV4::Request request;
    request.query = {{"Action", "connect"}, {"DBUser", user.toUtf8()}};
    // As the aws CLI signs it: the host from an https URL, in lower case, without the default
    // port 443.
    request.headers
            = {{"host", (name.toLower() + (port == 443 ? QString() : portSuffix)).toUtf8()}};
    const AwsSigV4::Presigned presigned = AwsSigV4::presign(request, credentials, region.toUtf8(),
                                                            "rds-db", nowUtc, expiresSeconds);
    return name + portSuffix + QStringLiteral("/?") + QString::fromLatin1(presigned.query);
}

std::optional<QString> regionFromHost(const QString &host)
{
    // name.id.region.rds.amazonaws.com; clusters and proxies have "cluster-id", "cluster-ro-id",
    // "cluster-custom-id", "proxy-id" in place of the id, a proxy's own endpoints one more label
    // in front ("name.endpoint.proxy-id"). China: .amazonaws.com.cn.
    static const QRegularExpression endpoint(
            QStringLiteral("^(?:[a-z0-9-]+\\.){2,}([a-z]{2}(?:-[a-z]+)+-[0-9]+)"
                           "\\.rds\\.amazonaws\\.com(?:\\.cn)?\\.?$"),
            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = endpoint.match(host.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLower();
}

} // namespace RdsAuthToken
