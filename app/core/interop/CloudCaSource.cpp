// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CloudCaSource.h"

// The facts, one row per provider, taken from the providers' own documentation (the
// `documentation` URL of each row); check them there when a provider rotates its CA:
// - AWS: "Using SSL/TLS to encrypt a connection to a DB instance or cluster", Amazon RDS User
//   Guide — the global bundle for all commercial regions.
// - Azure: "Connect to Azure Database for MySQL - Flexible Server with encrypted connections" —
//   DigiCert Global Root CA (Azure is adding DigiCert Global Root G2 and Microsoft RSA Root CA
//   2017; the page lists the current set).
// - Google Cloud SQL: "Configure SSL/TLS certificates" — the server CA is per instance (console
//   or `gcloud sql instances describe INSTANCE --format="value(serverCaCert.cert)"`).
// - DigitalOcean: "How to Connect to MySQL Database Clusters" — per cluster, "Download CA
//   certificate" in the control panel or GET /v2/databases/{id}/ca.
// - Rackspace Cloud Databases: the CA is handed out with the instance's SSL setup (Cloud Control
//   Panel / support), not at a public URL.
// sslcm never ships these certificates: they are fetched over HTTPS and shown before use.
QList<CloudCaSource> CloudCaSource::all()
{
    QList<CloudCaSource> sources;
    CloudCaSource s;

    s = {};
    s.provider = Provider::Rackspace;
    s.key = QStringLiteral("rackspace");
    s.displayName = QStringLiteral("Rackspace Cloud Databases");
    s.howToGet = tr("Rackspace provides the CA certificate for each Cloud Databases instance "
                    "when SSL is set up for it: download it from the Cloud Control Panel or ask "
                    "Rackspace support, then choose the file here.");
    s.documentation = QUrl(QStringLiteral("https://docs.rackspace.com/docs/cloud-databases"));
    sources << s;

    s = {};
    s.provider = Provider::AwsRds;
    s.key = QStringLiteral("aws-rds");
    s.displayName = QStringLiteral("Amazon RDS / Aurora");
    s.bundleUrl = QUrl(
            QStringLiteral("https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem"));
    s.howToGet = tr("Amazon publishes one bundle of the RDS CA certificates for all commercial "
                    "regions (GovCloud and China regions have their own bundles).");
    s.documentation = QUrl(QStringLiteral(
            "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL.html"));
    sources << s;

    s = {};
    s.provider = Provider::Azure;
    s.key = QStringLiteral("azure");
    s.displayName = QStringLiteral("Azure Database for MySQL");
    s.bundleUrl
            = QUrl(QStringLiteral("https://dl.cacerts.digicert.com/DigiCertGlobalRootCA.crt.pem"));
    s.howToGet = tr("Azure Database for MySQL servers chain to DigiCert Global Root CA; check "
                    "Microsoft's page for the roots currently in use (DigiCert Global Root G2, "
                    "Microsoft RSA Root CA 2017).");
    s.documentation = QUrl(QStringLiteral(
            "https://learn.microsoft.com/azure/mysql/flexible-server/how-to-connect-tls-ssl"));
    sources << s;

    s = {};
    s.provider = Provider::GoogleCloudSql;
    s.key = QStringLiteral("google-cloud-sql");
    s.displayName = QStringLiteral("Google Cloud SQL");
    s.howToGet = tr("Each Cloud SQL instance has its own server CA: download server-ca.pem from "
                    "the instance's Connections > Security page in the Google Cloud console, or "
                    "run: gcloud sql instances describe INSTANCE "
                    "--format=\"value(serverCaCert.cert)\"");
    s.documentation = QUrl(
            QStringLiteral("https://cloud.google.com/sql/docs/mysql/configure-ssl-instance"));
    sources << s;

    s = {};
    s.provider = Provider::DigitalOcean;
    s.key = QStringLiteral("digitalocean");
    s.displayName = QStringLiteral("DigitalOcean Managed MySQL");
    s.howToGet = tr("Each DigitalOcean database cluster has its own CA: use \"Download CA "
                    "certificate\" in the cluster's Connection Details, or the API "
                    "(GET /v2/databases/CLUSTER_ID/ca).");
    s.documentation = QUrl(QStringLiteral(
            "https://docs.digitalocean.com/products/databases/mysql/how-to/connect/"));
    sources << s;
    return sources;
}

std::optional<CloudCaSource> CloudCaSource::byKey(const QString &key)
{
    for (const CloudCaSource &s : all()) {
        if (s.key == key)
            return s;
    }
    return std::nullopt;
}

std::optional<CloudCaSource> CloudCaSource::forHost(const QString &host)
{
    // The endpoint names each provider hands out (see the documentation pages above).
    static const struct
    {
        const char *suffix;
        Provider provider;
    } suffixes[] = {
            {".rds.amazonaws.com", Provider::AwsRds},
            {".rds.amazonaws.com.cn", Provider::AwsRds},
            {".mysql.database.azure.com", Provider::Azure},
            {".db.ondigitalocean.com", Provider::DigitalOcean},
            {".rackspaceclouddb.com", Provider::Rackspace},
    };
    const QString name = host.trimmed().toLower();
    for (const auto &s : suffixes) {
        if (name.endsWith(QLatin1String(s.suffix)))
            return forProvider(s.provider);
    }
    return std::nullopt;
}

CloudCaSource CloudCaSource::forProvider(Provider provider)
{
    for (const CloudCaSource &s : all()) {
        if (s.provider == provider)
            return s;
    }
    return {};
}
