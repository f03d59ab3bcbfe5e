// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Everything sslcm shows about one X.509 certificate, read once by CertificateLoader. A plain
// value: no OpenSSL types, cheap to copy, safe to pass between threads. `der` keeps the original
// encoding for the checks that need OpenSSL again (chain verification).
class CertificateInfo
{
public:
    // One attribute of a distinguished name, in encoding order. Attributes with the same `rdn`
    // index form one multi-valued RDN ("CN=a + UID=b").
    struct NameAttribute
    {
        QString shortName; // "CN", "O"; the dotted OID when OpenSSL has no name for it
        QString oid;       // "2.5.4.3"
        QString value;     // UTF-8 decoded
        int rdn = 0;
        bool operator==(const NameAttribute &other) const
        {
            return shortName == other.shortName && oid == other.oid && value == other.value
                    && rdn == other.rdn;
        }
    };
    using Name = QList<NameAttribute>;

    struct Extension
    {
        QString oid;
        QString name; // OpenSSL's long name, or the OID
        bool critical = false;
        QString value; // OpenSSL's text rendering, or a hex dump when it has none
    };

    QByteArray der;
    Name subject;
    Name issuer;
    QString serialHex;   // upper case, two digits per byte, as `openssl x509 -serial` prints it
    int version = 0;     // 1..3
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    QString signatureAlgorithm; // "sha256WithRSAEncryption"
    QString publicKeyAlgorithm; // "RSA", "EC", "ED25519", "RSA-PSS"...
    int publicKeyBits = 0;
    QString publicKeyCurve;          // "prime256v1" for EC keys, empty otherwise
    QByteArray subjectPublicKeyInfo; // DER, to match private keys and pins
    QByteArray sha256;               // fingerprints: raw digests of `der`
    QByteArray sha1;

    QStringList dnsNames;
    QStringList ipAddresses; // canonical text form
    QStringList emailAddresses;
    QStringList uris;

    bool hasKeyUsage = false;
    QStringList keyUsage; // "Digital Signature", "Certificate Sign"... (OpenSSL's names)
    bool keyCertSign = false;
    QStringList extendedKeyUsage; // "TLS Web Server Authentication" or the OID
    bool hasBasicConstraints = false;
    bool isCa = false;
    int pathLength = -1; // -1: no limit
    QByteArray subjectKeyId;
    QByteArray authorityKeyId;
    QStringList crlDistributionPoints;
    QStringList ocspUrls;
    QStringList caIssuerUrls;
    // Subject == issuer and (when present) the key identifiers agree; the signature itself is
    // checked by ChainVerifier.
    bool selfSigned = false;
    QList<Extension> extensions;

    bool isNull() const { return der.isEmpty(); }
    QString pem() const;

    // The first value of an attribute ("CN") in the subject; empty if absent.
    QString subjectValue(const QString &shortName) const;
    // A short name for lists and titles: the subject CN, else O, else the whole subject line.
    QString displayName() const;
    QString subjectLine() const; // one-line form, see CertificateDisplay::name()
    QString issuerLine() const;
    // "RSA 2048", "EC P-256", "Ed25519".
    QString keyDescription() const;

    bool isExpiredAt(const QDateTime &now) const { return now > notAfter; }
    bool isNotYetValidAt(const QDateTime &now) const { return now < notBefore; }
    bool isValidAt(const QDateTime &now) const
    {
        return !isExpiredAt(now) && !isNotYetValidAt(now);
    }
    // Seconds from `now` until notAfter; negative once expired.
    qint64 secondsLeft(const QDateTime &now) const { return now.secsTo(notAfter); }
    // CA:TRUE and, when a key usage is present, keyCertSign.
    bool canIssueCertificates() const
    {
        return hasBasicConstraints && isCa && (!hasKeyUsage || keyCertSign);
    }

    bool operator==(const CertificateInfo &other) const { return der == other.der; }
    bool operator!=(const CertificateInfo &other) const { return der != other.der; }
};
