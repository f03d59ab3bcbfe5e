// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientCertificateSubject.h"

#include "OpenSslPtr.h"
#include "cert/CertificateLoader.h"
#include "cert/ChainVerifier.h"

#include <openssl/crypto.h>
#include <openssl/x509.h>

#include <memory>

QString ClientCertificateSubject::oneLine(const QByteArray &der, bool issuer)
{
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    const X509Ptr cert(d2i_X509(nullptr, &data, long(der.size())));
    if (!cert)
        return {};
    const X509_NAME *name
            = issuer ? X509_get_issuer_name(cert.get()) : X509_get_subject_name(cert.get());
    // The same call the servers make (length 0: allocate), so the text matches byte for byte,
    // including the \xHH escapes it writes for bytes outside printable ASCII.
    const OpenSslCharsPtr text(X509_NAME_oneline(name, nullptr, 0));
    return text ? QString::fromLatin1(text.get()) : QString();
}

ClientCertificateSubject
ClientCertificateSubject::fromCertificate(const CertificateInfo &certificate)
{
    ClientCertificateSubject r;
    r.certificate = certificate;
    r.subject = oneLine(certificate.der, false);
    r.issuer = oneLine(certificate.der, true);
    r.ok = !r.subject.isEmpty();
    if (!r.ok)
        r.error = tr("The certificate's names could not be read.");
    return r;
}

ClientCertificateSubject ClientCertificateSubject::fromFile(const QString &path)
{
    const CertificateLoadResult loaded = CertificateLoader::loadFile(path);
    if (!loaded.ok() || loaded.certificates.isEmpty()) {
        ClientCertificateSubject r;
        r.error = loaded.message.isEmpty() ? tr("%1 holds no certificate.").arg(path)
                                           : loaded.message;
        return r;
    }
    return fromCertificate(loaded.certificates.first());
}

void ClientCertificateSubject::checkAgainstCa(const QString &caFile, const QDateTime &now)
{
    caChecked = false;
    caAccepts = false;
    if (!ok || caFile.isEmpty())
        return;
    const ChainVerification v = ChainVerifier::verify({certificate}, caFile, QString(), now);
    caChecked = true;
    caAccepts = v.verified;
    if (v.verified) {
        caVerdict = tr("A server that trusts this CA file accepts the certificate.");
    } else {
        QStringList reasons;
        for (const ChainVerification::Problem &p : v.problems)
            reasons << p.reason;
        caVerdict
                = tr("A server that trusts this CA file refuses the certificate: %1")
                          .arg(reasons.isEmpty() ? v.message : reasons.join(QStringLiteral("; ")));
    }
}
