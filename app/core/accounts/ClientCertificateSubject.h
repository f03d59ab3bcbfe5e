// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cert/CertificateInfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// ISSUER and SUBJECT for REQUIRE, taken from a client certificate, in the exact form the server
// compares: OpenSSL's X509_NAME_oneline() ("/O=Example/CN=app"), which MySQL and MariaDB build
// from the certificate the client presents and compare byte for byte.
struct ClientCertificateSubject
{
    Q_DECLARE_TR_FUNCTIONS(ClientCertificateSubject)
public:
    bool ok = false;
    QString error; // translated, when !ok
    QString subject;
    QString issuer;
    CertificateInfo certificate;
    // Filled by checkAgainstCa(): whether a server trusting that CA file accepts the certificate.
    bool caChecked = false;
    bool caAccepts = false;
    QString caVerdict; // translated

    // The first certificate in `path` (PEM, DER or a bundle whose first block is the client's).
    static ClientCertificateSubject fromFile(const QString &path);
    static ClientCertificateSubject fromCertificate(const CertificateInfo &certificate);
    // The one-line form of a DER-encoded certificate's subject and issuer.
    static QString oneLine(const QByteArray &der, bool issuer);

    // Verifies the certificate against the CA the server trusts (its ssl_ca file) at `now`.
    void checkAgainstCa(const QString &caFile,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());
};
