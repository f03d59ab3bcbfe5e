// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cert/CertificateInfo.h"

#include <QCoreApplication>

#include <optional>

// What reading a file (or bytes) for certificates produced. `certificates` may be non-empty even
// when some blocks were broken: those are listed in `warnings`.
struct CertificateLoadResult
{
    enum class Status {
        Ok,             // at least one certificate
        NotFound,       // the file does not exist
        Unreadable,     // exists but cannot be opened (permissions, a directory...)
        TooLarge,       // larger than CertificateLoader::maxFileSize; not read
        Empty,          // zero bytes, or only blanks
        NoCertificates, // readable, but holds no certificate (see privateKeys / otherBlocks)
        Malformed,      // looks like certificates, but none could be decoded
    };
    enum class Format { Unknown, Pem, Der, Pkcs7Pem, Pkcs7Der };

    Status status = Status::Empty;
    Format format = Format::Unknown;
    QString message; // translated; why the file could not be used (empty when Ok)
    QList<CertificateInfo> certificates;
    int privateKeys = 0;     // private key blocks seen (PEM or a whole DER key)
    QStringList otherBlocks; // labels of PEM blocks that are neither certificates nor keys
    QStringList warnings;    // translated; blocks that were skipped and why

    bool ok() const { return status == Status::Ok; }
};

// Raw bytes of a file, read with the size limit applied before reading.
struct FileBytes
{
    CertificateLoadResult::Status status = CertificateLoadResult::Status::Ok;
    QString message;
    QByteArray data;
};

// Reads certificates from PEM (any number of blocks, with any text around them), DER and PKCS#7
// (.p7b/.p7c, PEM or DER). Broken input gives an error value, never a crash; work is bounded by
// the input size.
class CertificateLoader
{
    Q_DECLARE_TR_FUNCTIONS(CertificateLoader)
public:
    static constexpr qint64 maxFileSize = 10 * 1024 * 1024;

    static CertificateLoadResult loadFile(const QString &path);
    static CertificateLoadResult load(const QByteArray &data);
    // One DER-encoded certificate; nullopt if it is not exactly that.
    static std::optional<CertificateInfo> fromDer(const QByteArray &der);

    // Reads `path` unless it is missing, unreadable or larger than `maxFileSize` (checked before
    // reading, and again while reading in case the file grows).
    static FileBytes readFile(const QString &path);
};
