// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signin/AwsCredentials.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>

#include <utility>

// AWS Signature Version 4 (AWS4-HMAC-SHA256): the canonical request, the string to sign, the
// signing key and the signature, and a presigned URL query built from them — what an RDS IAM
// authentication token is.
namespace AwsSigV4 {

// Names and values as they are, not percent-encoded; the order is kept where it matters.
using Pairs = QList<std::pair<QByteArray, QByteArray>>;

// SHA-256 of an empty payload, in hex: what a presigned GET signs as its body.
inline constexpr char emptyPayloadHash[]
        = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

QByteArray sha256Hex(const QByteArray &data);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);

// RFC 3986: unreserved characters (A-Z a-z 0-9 - . _ ~) stay, every other byte becomes %XX with
// upper-case hex. The path keeps its slashes; a query name or value does not.
QByteArray uriEncode(const QByteArray &bytes);
QByteArray canonicalUri(const QByteArray &path);
// Encoded names and values, sorted by name, then by value; "name=" for an empty value.
QByteArray canonicalQueryString(const Pairs &query);

struct CanonicalHeaders
{
    QByteArray headers; // "name:value\n" each: lower-case names, sorted, values trimmed, runs of
                        // spaces made one, repeated headers joined with ","
    QByteArray signedHeaders; // "host;x-amz-date"
};
CanonicalHeaders canonicalHeaders(const Pairs &headers);

QByteArray canonicalRequest(const QByteArray &method, const QByteArray &path, const Pairs &query,
                            const Pairs &headers, const QByteArray &payloadHash);

// "20150830T123600Z"
QByteArray amzDate(const QDateTime &time);
// "20150830/us-east-1/service/aws4_request"
QByteArray credentialScope(QDate date, const QByteArray &region, const QByteArray &service);
QByteArray stringToSign(const QDateTime &time, const QByteArray &scope,
                        const QByteArray &canonicalRequest);
QByteArray signingKey(const QByteArray &secretAccessKey, QDate date, const QByteArray &region,
                      const QByteArray &service);
// Hex.
QByteArray signature(const QByteArray &signingKey, const QByteArray &stringToSign);

struct Request
{
    QByteArray method = "GET";
    QByteArray path = "/";
    Pairs query;
    Pairs headers; // at least the Host header (with the port unless it is the scheme's default)
    QByteArray payloadHash = emptyPayloadHash;
};

struct Presigned
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature;
    // The encoded query of the URL: the request's parameters, then X-Amz-Algorithm,
    // X-Amz-Credential, X-Amz-Date, X-Amz-Expires, X-Amz-SignedHeaders, X-Amz-Security-Token (with
    // a session token) and X-Amz-Signature — the order AWS's own tools write.
    QByteArray query;
};

// Signs all of the request's headers; the session token is part of what is signed.
Presigned presign(const Request &request, const AwsCredentials &credentials,
                  const QByteArray &region, const QByteArray &service, const QDateTime &time,
                  int expiresSeconds);

} // namespace AwsSigV4
