// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>

// Finds the "-----BEGIN X-----" ... "-----END X-----" blocks in text that may hold anything else
// around them (openssl's "Bag Attributes", comments, a certificate's text dump). Tolerates CRLF
// and CR line endings, indentation and trailing blanks. No OpenSSL here: the bytes are only
// located and Base64-decoded; what they mean is for the loaders to decide.
class PemReader
{
public:
    struct Block
    {
        QByteArray label;                     // "CERTIFICATE", "ENCRYPTED PRIVATE KEY"...
        QMap<QByteArray, QByteArray> headers; // RFC 1421 headers: "Proc-Type", "DEK-Info"
        QByteArray der;                       // the decoded body; empty when `valid` is false
        QByteArray text;    // the block normalised to "\n" line endings, BEGIN to END line
        bool valid = false; // matching END line and a body that is valid Base64
    };

    // True if `data` contains a BEGIN line at all (the data is meant to be PEM).
    static bool looksLikePem(const QByteArray &data);
    // Every block in order, including broken ones (valid == false). Never reads past `data`.
    static QList<Block> blocks(const QByteArray &data);
};
