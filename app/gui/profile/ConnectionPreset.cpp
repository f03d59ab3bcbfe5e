// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionPreset.h"

namespace {

// The password source of PasswordSource's ready-made command `id`.
PasswordSource commandPreset(const QString &id)
{
    PasswordSource source;
    source.kind = PasswordSource::Kind::Command;
    const QList<PasswordSource::Preset> presets = PasswordSource::presets();
    for (const PasswordSource::Preset &preset : presets) {
        if (preset.id == id) {
            source.command = preset.command;
            source.clearTextToken = preset.clearTextToken;
        }
    }
    return source;
}

} // namespace

QList<ConnectionPreset> ConnectionPreset::all()
{
    QList<ConnectionPreset> presets;
    ConnectionPreset p;
    p.id = Id::Custom;
    //: Preset: no provider, everything entered by hand
    p.name = tr("Other server");
    p.hostPlaceholder = tr("db.example.com");
    p.caveat = tr("Ask the server's administrator for the CA certificate that signed the "
                  "server's certificate, and use the host name that certificate names.");
    presets << p;

    p = {};
    p.id = Id::Rackspace;
    p.caSource = QStringLiteral("rackspace");
    p.name = tr("Rackspace Cloud Databases");
    p.hostPlaceholder = tr("abc123.rackspaceclouddb.com");
    p.caveat = tr("Download the CA certificate Rackspace provides for Cloud Databases and pick it "
                  "as the CA file; connect with the instance's host name, not its IP address.");
    presets << p;

    p = {};
    p.id = Id::AwsRds;
    p.caSource = QStringLiteral("aws-rds");
    p.name = tr("Amazon RDS / Aurora");
    p.hostPlaceholder = tr("mydb.abc123.eu-west-1.rds.amazonaws.com");
    p.caveat = tr("Pick AWS's global CA bundle (global-bundle.pem) as the CA file; the server "
                  "certificate names the instance endpoint, so connect to that name, not to an "
                  "IP address or a CNAME of your own.");
    p.signIn = PasswordSource();
    p.signIn->kind = PasswordSource::Kind::AwsIam;
    //: Check box under the Amazon RDS preset
    p.signInName = tr("Sign in with AWS &IAM instead of a password");
    presets << p;

    p = {};
    p.id = Id::Azure;
    p.caSource = QStringLiteral("azure");
    p.name = tr("Azure Database for MySQL");
    p.hostPlaceholder = tr("myserver.mysql.database.azure.com");
    p.caveat = tr("Flexible Server certificates chain to DigiCert and Microsoft roots that are "
                  "in the system's trust store, so no CA file is needed; connect to "
                  "<server>.mysql.database.azure.com.");
    p.signIn = commandPreset(QStringLiteral("azure-entra"));
    //: Check box under the Azure preset
    p.signInName = tr("Sign in with Microsoft Entra &ID instead of a password");
    presets << p;

    p = {};
    p.id = Id::GoogleCloudSql;
    p.caSource = QStringLiteral("google-cloud-sql");
    p.name = tr("Google Cloud SQL");
    p.hostPlaceholder = tr("203.0.113.10");
    p.mode = SslMode::VerifyCa;
    p.caveat = tr("Download the instance's server CA (server-ca.pem) from the console; its "
                  "server certificate names the instance connection name, not the IP address "
                  "you connect to, so “Verify CA” is the usual choice.");
    p.signIn = commandPreset(QStringLiteral("cloud-sql-iam"));
    //: Check box under the Google Cloud SQL preset
    p.signInName = tr("Sign in with &IAM instead of a password");
    presets << p;

    p = {};
    p.id = Id::DigitalOcean;
    p.caSource = QStringLiteral("digitalocean");
    p.name = tr("DigitalOcean Managed MySQL");
    p.hostPlaceholder = tr("db-mysql-fra1-12345-do-user-1-0.b.db.ondigitalocean.com");
    p.port = 25060;
    p.caveat = tr("Download the cluster's CA certificate (ca-certificate.crt) from its "
                  "connection details; each cluster has its own CA, and the certificate names "
                  "the cluster's host name.");
    presets << p;

    p = {};
    p.id = Id::Local;
    p.name = tr("Server on this computer");
    p.host = QStringLiteral("127.0.0.1");
    p.hostPlaceholder = QStringLiteral("127.0.0.1");
    p.caveat = tr("Use the CA that signed the server's own certificate (the file --ssl-ca points "
                  "to on the server) and the address it names; 127.0.0.1 connects over TCP, "
                  "which is what TLS needs.");
    presets << p;
    return presets;
}

ConnectionPreset ConnectionPreset::byId(Id id)
{
    const QList<ConnectionPreset> presets = all();
    for (const ConnectionPreset &p : presets) {
        if (p.id == id)
            return p;
    }
    return presets.first();
}
