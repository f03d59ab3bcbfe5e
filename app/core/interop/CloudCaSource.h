// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// Where each cloud provider publishes the CA certificate its MySQL servers chain to: a bundle
// sslcm can download, or (per-instance CAs) where the user gets it.
struct CloudCaSource
{
    Q_DECLARE_TR_FUNCTIONS(CloudCaSource)
public:
    enum class Provider { Rackspace, AwsRds, Azure, GoogleCloudSql, DigitalOcean };

    Provider provider = Provider::AwsRds;
    QString key;         // stable: "aws-rds"
    QString displayName; // "Amazon RDS"
    QUrl bundleUrl;      // HTTPS; empty when the CA is per instance
    QString howToGet;    // translated: where the certificate comes from
    QUrl documentation;  // the provider's page this entry was taken from

    bool isDownloadable() const { return bundleUrl.isValid() && !bundleUrl.isEmpty(); }

    static QList<CloudCaSource> all();
    static std::optional<CloudCaSource> byKey(const QString &key);
    // The provider whose host names look like `host` ("….rds.amazonaws.com"), if any.
    static std::optional<CloudCaSource> forHost(const QString &host);
    static CloudCaSource forProvider(Provider provider);
};
