// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cert/PrivateKeyInfo.h"

#include <QCoreApplication>

struct PrivateKeyLoadResult
{
    enum class Status {
        Ok,
        NeedsPassphrase, // encrypted and no passphrase was given; `key` says what is known
        WrongPassphrase,
        NotFound,
        Unreadable,
        TooLarge,
        Empty,
        NoKey,       // readable, but no private key in it (a certificate, perhaps)
        Unsupported, // a key format sslcm cannot use (OpenSSH), with advice
        Malformed,
    };
    Status status = Status::Empty;
    QString message; // translated; empty when Ok
    PrivateKeyInfo key;
    int certificates = 0; // certificate blocks seen next to (or instead of) the key

    bool ok() const { return status == Status::Ok; }
};

// Reads the first private key of a file: PKCS#1, SEC1, PKCS#8, encrypted PKCS#8 and legacy
// encrypted PEM, or DER. Never prompts: without a passphrase an encrypted key is reported as
// needing one.
class PrivateKeyLoader
{
    Q_DECLARE_TR_FUNCTIONS(PrivateKeyLoader)
public:
    static PrivateKeyLoadResult loadFile(const QString &path, const QByteArray &passphrase = {});
    static PrivateKeyLoadResult load(const QByteArray &data, const QByteArray &passphrase = {});
};
