// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AwsSigV4.h"

#include <QMap>

#include <algorithm>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace AwsSigV4 {

namespace {

constexpr char algorithm[] = "AWS4-HMAC-SHA256";

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.' || c == '_' || c == '~';
}

QByteArray encode(const QByteArray &bytes, bool keepSlash)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray encoded;
    encoded.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            encoded += c;
        } else {
            const auto u = static_cast<unsigned char>(c);
            encoded += '%';
            encoded += hex[u >> 4];
            encoded += hex[u & 0xf];
        }
    }
    return encoded;
}

// Trimmed, every run of spaces and tabs made one space.
QByteArray trimAll(const QByteArray &value)
{
    QByteArray out;
    bool space = false;
    for (const char c : value.trimmed()) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = true;
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

} // namespace

QByteArray sha256Hex(const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(data.constData(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()),
         reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), mac,
         &length);
    return QByteArray(reinterpret_cast<const char *>(mac), int(length));
}

QByteArray uriEncode(const QByteArray &bytes)
{
    return encode(bytes, false);
}

QByteArray canonicalUri(const QByteArray &path)
{
    return path.isEmpty() ? QByteArray("/") : encode(path, true);
}

QByteArray canonicalQueryString(const Pairs &query)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto &[name, value] : query)
        encoded.append({uriEncode(name), uriEncode(value)});
    std::sort(encoded.begin(), encoded.end());
    QByteArrayList parts;
    parts.reserve(encoded.size());
    for (const auto &[name, value] : encoded)
        parts << name + '=' + value;
    return parts.join('&');
}

CanonicalHeaders canonicalHeaders(const Pairs &headers)
{
    QMap<QByteArray, QByteArrayList> byName; // sorted by name, values in the order given
    for (const auto &[name, value] : headers)
        byName[name.trimmed().toLower()] << trimAll(value);
    CanonicalHeaders canonical;
    QByteArrayList names;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        canonical.headers += it.key() + ':' + it.value().join(',') + '\n';
        names << it.key();
    }
    canonical.signedHeaders = names.join(';');
    return canonical;
}

QByteArray canonicalRequest(const QByteArray &method, const QByteArray &path, const Pairs &query,
                            const Pairs &headers, const QByteArray &payloadHash)
{
    const CanonicalHeaders canonical = canonicalHeaders(headers);
    return method + '\n' + canonicalUri(path) + '\n' + canonicalQueryString(query) + '\n'
            + canonical.headers + '\n' + canonical.signedHeaders + '\n' + payloadHash;
}

QByteArray amzDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray credentialScope(QDate date, const QByteArray &region, const QByteArray &service)
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1() + '/' + region + '/' + service
            + "/aws4_request";
}

QByteArray stringToSign(const QDateTime &time, const QByteArray &scope,
                        const QByteArray &canonicalRequest)
{
    return QByteArray(algorithm) + '\n' + amzDate(time) + '\n' + scope + '\n'
            + sha256Hex(canonicalRequest);
}

QByteArray signingKey(const QByteArray &secretAccessKey, QDate date, const QByteArray &region,
                      const QByteArray &service)
{
    const QByteArray kDate = hmacSha256("AWS4" + secretAccessKey,
                                        date.toString(QStringLiteral("yyyyMMdd")).toLatin1());
    const QByteArray kRegion = hmacSha256(kDate, region);
    const QByteArray kService = hmacSha256(kRegion, service);
    return hmacSha256(kService, "aws4_request");
}

QByteArray signature(const QByteArray &signingKey, const QByteArray &stringToSign)
{
    return hmacSha256(signingKey, stringToSign).toHex();
}

Presigned presign(const Request &request, const AwsCredentials &credentials,
                  const QByteArray &region, const QByteArray &service, const QDateTime &time,
                  int expiresSeconds)
{
    const QDate date = time.toUTC().date();
    const QByteArray scope = credentialScope(date, region, service);
    Pairs authentication {
            {"X-Amz-Algorithm", algorithm},
            {"X-Amz-Credential", credentials.accessKeyId.toUtf8() + '/' + scope},
            {"X-Amz-Date", amzDate(time)},
            {"X-Amz-Expires", QByteArray::number(expiresSeconds)},
            {"X-Amz-SignedHeaders", canonicalHeaders(request.headers).signedHeaders},
    };
    if (!credentials.sessionToken.isEmpty())
        authentication.append({"X-Amz-Security-Token", credentials.sessionToken.toUtf8()});
    const Pairs query = request.query + authentication;

    Presigned presigned;
    presigned.canonicalRequest = canonicalRequest(request.method, request.path, query,
                                                  request.headers, request.payloadHash);
    presigned.stringToSign = stringToSign(time, scope, presigned.canonicalRequest);
    presigned.signature
            = signature(signingKey(credentials.secretAccessKey.toUtf8(), date, region, service),
                        presigned.stringToSign);
    QByteArrayList parts;
    for (const auto &[name, value] : query + Pairs {{"X-Amz-Signature", presigned.signature}})
        parts << uriEncode(name) + '=' + uriEncode(value);
    presigned.query = parts.join('&');
    return presigned;
}

} // namespace AwsSigV4
