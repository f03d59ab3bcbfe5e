// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// What sslcm knows about a private key without keeping it: its type, its container format and
// its public half (SubjectPublicKeyInfo DER) to match it with a certificate. The key material
// itself never leaves PrivateKeyLoader.
class PrivateKeyInfo
{
    Q_DECLARE_TR_FUNCTIONS(PrivateKeyInfo)
public:
    enum class Format {
        Unknown,
        Pkcs1,              // "RSA PRIVATE KEY" (or DSA)
        Sec1,               // "EC PRIVATE KEY"
        Pkcs8,              // "PRIVATE KEY"
        EncryptedPkcs8,     // "ENCRYPTED PRIVATE KEY"
        LegacyEncryptedPem, // "RSA/EC PRIVATE KEY" with Proc-Type: 4,ENCRYPTED
        Der,                // unencrypted binary (PKCS#1, SEC1 or PKCS#8)
        EncryptedDer,       // encrypted PKCS#8, binary
    };

    Format format = Format::Unknown;
    bool encrypted = false;
    QString algorithm; // "RSA", "EC", "ED25519"; empty while still encrypted (unless the label
                       // says)
    int bits = 0;
    QString curve;
    QByteArray subjectPublicKeyInfo; // DER; empty while still encrypted

    bool isDecoded() const { return !subjectPublicKeyInfo.isEmpty(); }
    // "RSA 2048"; "encrypted key" before decryption.
    QString keyDescription() const;
    // "PKCS#8 (encrypted)", for people.
    static QString formatName(Format format);
};
