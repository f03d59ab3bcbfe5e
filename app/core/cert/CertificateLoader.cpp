// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UtcDateTime.h"
#include "cert/CertificateLoader.h"

#include "OpenSslPtr.h"
#include "cert/PemReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QtEndian>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

// Extension values longer than this are cut: a certificate can carry megabytes in one extension.
constexpr int maxExtensionText = 16 * 1024;

QString asn1StringToQString(const ASN1_STRING *s)
{
    if (!s)
        return {};
    unsigned char *out = nullptr;
    const int length = ASN1_STRING_to_UTF8(&out, s);
    const OpenSslBytesPtr utf8(out);
    if (length < 0) {
        ERR_clear_error();
        return QString::fromLatin1(
                QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                           ASN1_STRING_length(s))
                        .toHex());
    }
    return QString::fromUtf8(reinterpret_cast<const char *>(utf8.get()), length);
}

QByteArray asn1Bytes(const ASN1_STRING *s)
{
    if (!s)
        return {};
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                      ASN1_STRING_length(s));
}

QString objectOid(const ASN1_OBJECT *object)
{
    char buffer[128];
    const int length = OBJ_obj2txt(buffer, sizeof buffer, object, 1);
    if (length <= 0)
        return {};
    return QString::fromLatin1(buffer, qMin(length, int(sizeof buffer) - 1));
}

QString objectShortName(const ASN1_OBJECT *object)
{
    const int nid = OBJ_obj2nid(object);
    if (nid != NID_undef)
        if (const char *sn = OBJ_nid2sn(nid))
            return QString::fromLatin1(sn);
    return objectOid(object);
}

QString objectLongName(const ASN1_OBJECT *object)
{
    const int nid = OBJ_obj2nid(object);
    if (nid != NID_undef)
        if (const char *ln = OBJ_nid2ln(nid))
            return QString::fromLatin1(ln);
    return objectOid(object);
}

CertificateInfo::Name readName(const X509_NAME *name)
{
    CertificateInfo::Name result;
    const int count = X509_NAME_entry_count(name);
    for (int i = 0; i < count; ++i) {
        const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, i);
        CertificateInfo::NameAttribute a;
        const ASN1_OBJECT *object = X509_NAME_ENTRY_get_object(entry);
        a.shortName = objectShortName(object);
        a.oid = objectOid(object);
        a.value = asn1StringToQString(X509_NAME_ENTRY_get_data(entry));
        a.rdn = X509_NAME_ENTRY_set(entry);
        result << a;
    }
    return result;
}

QDateTime asn1Time(const ASN1_TIME *time)
{
    struct tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1) {
        ERR_clear_error();
        return {};
    }
    return utcDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                       QTime(tm.tm_hour, tm.tm_min, tm.tm_sec));
}

QString serialHex(const ASN1_INTEGER *serial)
{
    const QByteArray bytes = asn1Bytes(serial);
    QString text
            = bytes.isEmpty() ? QStringLiteral("00") : QString::fromLatin1(bytes.toHex().toUpper());
    if (serial && ASN1_STRING_type(serial) == V_ASN1_NEG_INTEGER)
        text.prepend(QLatin1Char('-'));
    return text;
}

// IA5String (DNS names, e-mail addresses, URIs) should be ASCII; some certificates carry UTF-8
// bytes anyway. Show those bytes as UTF-8, as `openssl x509 -text` does on a UTF-8 terminal.
QString ia5String(const ASN1_STRING *s)
{
    return QString::fromUtf8(asn1Bytes(s));
}

QString generalNameUri(const GENERAL_NAME *name)
{
    if (name->type == GEN_URI)
        return ia5String(name->d.uniformResourceIdentifier);
    return {};
}

void readAltNames(X509 *x509, CertificateInfo &info)
{
    GeneralNamesPtr names(static_cast<GENERAL_NAMES *>(
            X509_get_ext_d2i(x509, NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return;
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
        switch (name->type) {
        case GEN_DNS:
            info.dnsNames << ia5String(name->d.dNSName);
            break;
        case GEN_EMAIL:
            info.emailAddresses << ia5String(name->d.rfc822Name);
            break;
        case GEN_URI:
            info.uris << ia5String(name->d.uniformResourceIdentifier);
            break;
        case GEN_IPADD: {
            const QByteArray bytes = asn1Bytes(name->d.iPAddress);
            if (bytes.size() == 4) {
                info.ipAddresses
                        << QHostAddress(qFromBigEndian<quint32>(bytes.constData())).toString();
            } else if (bytes.size() == 16) {
                Q_IPV6ADDR address;
                memcpy(address.c, bytes.constData(), 16);
                info.ipAddresses << QHostAddress(address).toString();
            } else {
                info.ipAddresses << QString::fromLatin1(bytes.toHex(':'));
            }
            break;
        }
        default:
            break;
        }
    }
}

void readKeyUsage(X509 *x509, CertificateInfo &info)
{
    // Names as `openssl x509 -text` prints them.
    static const struct
    {
        uint32_t bit;
        const char *name;
    } bits[] = {
            {KU_DIGITAL_SIGNATURE, "Digital Signature"},
            {KU_NON_REPUDIATION, "Non Repudiation"},
            {KU_KEY_ENCIPHERMENT, "Key Encipherment"},
            {KU_DATA_ENCIPHERMENT, "Data Encipherment"},
            {KU_KEY_AGREEMENT, "Key Agreement"},
            {KU_KEY_CERT_SIGN, "Certificate Sign"},
            {KU_CRL_SIGN, "CRL Sign"},
            {KU_ENCIPHER_ONLY, "Encipher Only"},
            {KU_DECIPHER_ONLY, "Decipher Only"},
    };
    const uint32_t flags = X509_get_extension_flags(x509);
    info.hasKeyUsage = flags & EXFLAG_KUSAGE;
    if (info.hasKeyUsage) {
        const uint32_t usage = X509_get_key_usage(x509);
        for (const auto &b : bits)
            if (usage & b.bit)
                info.keyUsage << QString::fromLatin1(b.name);
        info.keyCertSign = usage & KU_KEY_CERT_SIGN;
    }
    ExtendedKeyUsagePtr eku(static_cast<EXTENDED_KEY_USAGE *>(
            X509_get_ext_d2i(x509, NID_ext_key_usage, nullptr, nullptr)));
    if (eku)
        for (int i = 0; i < sk_ASN1_OBJECT_num(eku.get()); ++i)
            info.extendedKeyUsage << objectLongName(sk_ASN1_OBJECT_value(eku.get(), i));
    BasicConstraintsPtr bc(static_cast<BASIC_CONSTRAINTS *>(
            X509_get_ext_d2i(x509, NID_basic_constraints, nullptr, nullptr)));
    if (bc) {
        info.hasBasicConstraints = true;
        info.isCa = bc->ca;
        long pathLength = -1;
        if (bc->pathlen)
            pathLength = ASN1_INTEGER_get(bc->pathlen);
        info.pathLength = pathLength < 0 || pathLength > 1000000 ? -1 : int(pathLength);
    }
}

void readLocations(X509 *x509, CertificateInfo &info)
{
    CrlDistPointsPtr points(static_cast<CRL_DIST_POINTS *>(
            X509_get_ext_d2i(x509, NID_crl_distribution_points, nullptr, nullptr)));
    if (points) {
        for (int i = 0; i < sk_DIST_POINT_num(points.get()); ++i) {
            const DIST_POINT *point = sk_DIST_POINT_value(points.get(), i);
            if (!point->distpoint || point->distpoint->type != 0)
                continue;
            const GENERAL_NAMES *names = point->distpoint->name.fullname;
            for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
                const QString uri = generalNameUri(sk_GENERAL_NAME_value(names, j));
                if (!uri.isEmpty())
                    info.crlDistributionPoints << uri;
            }
        }
    }
    AuthorityInfoAccessPtr access(static_cast<AUTHORITY_INFO_ACCESS *>(
            X509_get_ext_d2i(x509, NID_info_access, nullptr, nullptr)));
    if (access) {
        for (int i = 0; i < sk_ACCESS_DESCRIPTION_num(access.get()); ++i) {
            const ACCESS_DESCRIPTION *d = sk_ACCESS_DESCRIPTION_value(access.get(), i);
            const QString uri = generalNameUri(d->location);
            if (uri.isEmpty())
                continue;
            const int nid = OBJ_obj2nid(d->method);
            if (nid == NID_ad_OCSP)
                info.ocspUrls << uri;
            else if (nid == NID_ad_ca_issuers)
                info.caIssuerUrls << uri;
        }
    }
}

void readExtensions(X509 *x509, CertificateInfo &info)
{
    const int count = X509_get_ext_count(x509);
    for (int i = 0; i < count; ++i) {
        X509_EXTENSION *ext = X509_get_ext(x509, i);
        CertificateInfo::Extension e;
        const ASN1_OBJECT *object = X509_EXTENSION_get_object(ext);
        e.oid = objectOid(object);
        e.name = objectLongName(object);
        e.critical = X509_EXTENSION_get_critical(ext) > 0;
        BioPtr bio(BIO_new(BIO_s_mem()));
        if (bio && X509V3_EXT_print(bio.get(), ext, 0, 0) == 1) {
            char *data = nullptr;
            const long length = BIO_get_mem_data(bio.get(), &data);
            e.value = QString::fromUtf8(data, int(qMin<long>(length, maxExtensionText)));
        } else {
            const QByteArray raw = asn1Bytes(X509_EXTENSION_get_data(ext));
            e.value = QString::fromLatin1(raw.left(maxExtensionText / 3).toHex(':').toUpper());
        }
        ERR_clear_error();
        info.extensions << e;
    }
}

void readPublicKey(X509 *x509, CertificateInfo &info)
{
    EVP_PKEY *key = X509_get0_pubkey(x509);
    if (!key) {
        ERR_clear_error();
        const X509_ALGOR *algorithm = nullptr;
        X509_PUBKEY_get0_param(nullptr, nullptr, nullptr, const_cast<X509_ALGOR **>(&algorithm),
                               X509_get_X509_PUBKEY(x509));
        const ASN1_OBJECT *object = nullptr;
        if (algorithm)
            X509_ALGOR_get0(&object, nullptr, nullptr, algorithm);
        info.publicKeyAlgorithm = object ? objectShortName(object) : QStringLiteral("?");
    } else {
        const char *type = EVP_PKEY_get0_type_name(key);
        info.publicKeyAlgorithm = type ? QString::fromLatin1(type).toUpper() : QStringLiteral("?");
        info.publicKeyBits = EVP_PKEY_get_bits(key);
        char group[80] = {};
        size_t groupLength = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                           &groupLength)
            == 1)
            info.publicKeyCurve = QString::fromUtf8(group, int(groupLength));
    }
    unsigned char *out = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509), &out);
    const OpenSslBytesPtr spki(out);
    if (length > 0)
        info.subjectPublicKeyInfo = QByteArray(reinterpret_cast<const char *>(spki.get()), length);
    ERR_clear_error();
}

std::optional<CertificateInfo> infoFromX509(X509 *x509)
{
    unsigned char *out = nullptr;
    const int length = i2d_X509(x509, &out);
    const OpenSslBytesPtr der(out);
    if (length <= 0) {
        ERR_clear_error();
        return std::nullopt;
    }
    CertificateInfo info;
    info.der = QByteArray(reinterpret_cast<const char *>(der.get()), length);

    info.subject = readName(X509_get_subject_name(x509));
    info.issuer = readName(X509_get_issuer_name(x509));
    info.serialHex = serialHex(X509_get0_serialNumber(x509));
    info.version = int(X509_get_version(x509)) + 1;
    info.notBefore = asn1Time(X509_get0_notBefore(x509));
    info.notAfter = asn1Time(X509_get0_notAfter(x509));
    info.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(X509_get_signature_nid(x509)));
    readPublicKey(x509, info);
    info.sha256 = QCryptographicHash::hash(info.der, QCryptographicHash::Sha256);
    info.sha1 = QCryptographicHash::hash(info.der, QCryptographicHash::Sha1);
    readAltNames(x509, info);
    readKeyUsage(x509, info);
    if (const ASN1_OCTET_STRING *ski = X509_get0_subject_key_id(x509))
        info.subjectKeyId = asn1Bytes(ski);
    if (const ASN1_OCTET_STRING *aki = X509_get0_authority_key_id(x509))
        info.authorityKeyId = asn1Bytes(aki);
    readLocations(x509, info);
    readExtensions(x509, info);
    // Self-issued with matching key identifiers, as OpenSSL decides before it looks at the
    // signature. Verifying the signature here would double the time to load a CA bundle; the
    // signature is ChainVerifier's business, where it matters.
    info.selfSigned = X509_self_signed(x509, 0) == 1;
    ERR_clear_error();
    return info;
}

// d2i of exactly one certificate filling all of `der`.
X509Ptr parseCertificate(const QByteArray &der, bool trusted = false)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    const auto *start = p;
    X509Ptr x509(trusted ? d2i_X509_AUX(nullptr, &p, der.size())
                         : d2i_X509(nullptr, &p, der.size()));
    if (!x509 || (!trusted && p - start != der.size())) {
        ERR_clear_error();
        return nullptr;
    }
    return x509;
}

// The certificates of a PKCS#7 SignedData structure; nullopt if `der` is not PKCS#7.
std::optional<QList<CertificateInfo>> parsePkcs7(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    Pkcs7Ptr pkcs7(d2i_PKCS7(nullptr, &p, der.size()));
    if (!pkcs7) {
        ERR_clear_error();
        return std::nullopt;
    }
    QList<CertificateInfo> result;
    STACK_OF(X509) *certs = nullptr;
    const int type = OBJ_obj2nid(pkcs7->type);
    if (type == NID_pkcs7_signed && pkcs7->d.sign)
        certs = pkcs7->d.sign->cert;
    else if (type == NID_pkcs7_signedAndEnveloped && pkcs7->d.signed_and_enveloped)
        certs = pkcs7->d.signed_and_enveloped->cert;
    for (int i = 0; certs && i < sk_X509_num(certs); ++i)
        if (auto info = infoFromX509(sk_X509_value(certs, i)))
            result << *info;
    return result;
}

bool isCertificateLabel(const QByteArray &label)
{
    return label == "CERTIFICATE" || label == "X509 CERTIFICATE" || label == "TRUSTED CERTIFICATE";
}

bool isPkcs7Label(const QByteArray &label)
{
    return label == "PKCS7" || label == "PKCS #7 SIGNED DATA" || label == "CMS";
}

bool isPrivateKeyLabel(const QByteArray &label)
{
    return label.endsWith("PRIVATE KEY");
}

bool isBlank(const QByteArray &data)
{
    for (const char c : data)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != '\0')
            return false;
    return true;
}

// A DER private key (PKCS#1, SEC1, PKCS#8, or encrypted PKCS#8) with nothing after it.
bool isDerPrivateKey(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    if (const EvpPkeyPtr key {d2i_AutoPrivateKey(nullptr, &p, der.size())})
        return true;
    ERR_clear_error();
    p = reinterpret_cast<const unsigned char *>(der.constData());
    if (const X509SigPtr sig {d2i_X509_SIG(nullptr, &p, der.size())})
        return p - reinterpret_cast<const unsigned char *>(der.constData()) == der.size();
    ERR_clear_error();
    return false;
}

} // namespace

std::optional<CertificateInfo> CertificateLoader::fromDer(const QByteArray &der)
{
    if (der.isEmpty())
        return std::nullopt;
    X509Ptr x509 = parseCertificate(der);
    if (!x509)
        return std::nullopt;
    return infoFromX509(x509.get());
}

FileBytes CertificateLoader::readFile(const QString &path)
{
    using Status = CertificateLoadResult::Status;
    FileBytes result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.status = Status::NotFound;
        result.message = tr("The file %1 does not exist.").arg(path);
        return result;
    }
    if (info.isDir()) {
        result.status = Status::Unreadable;
        result.message = tr("%1 is a folder, not a file.").arg(path);
        return result;
    }
    if (info.size() > maxFileSize) {
        result.status = Status::TooLarge;
        result.message = tr("The file %1 is too large (%2 MB); certificate and key files are "
                            "smaller than %3 MB.")
                                 .arg(path)
                                 .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                                 .arg(maxFileSize / (1024 * 1024));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = Status::Unreadable;
        result.message = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    result.data = file.read(maxFileSize + 1);
    if (result.data.size() > maxFileSize) {
        result.data.clear();
        result.status = Status::TooLarge;
        result.message = tr("The file %1 is too large; certificate and key files are smaller "
                            "than %2 MB.")
                                 .arg(path)
                                 .arg(maxFileSize / (1024 * 1024));
        return result;
    }
    if (file.error() != QFileDevice::NoError) {
        result.data.clear();
        result.status = Status::Unreadable;
        result.message = tr("Cannot read %1: %2").arg(path, file.errorString());
    }
    return result;
}

CertificateLoadResult CertificateLoader::loadFile(const QString &path)
{
    const FileBytes bytes = readFile(path);
    if (bytes.status != CertificateLoadResult::Status::Ok) {
        CertificateLoadResult result;
        result.status = bytes.status;
        result.message = bytes.message;
        return result;
    }
    return load(bytes.data);
}

CertificateLoadResult CertificateLoader::load(const QByteArray &data)
{
    using Status = CertificateLoadResult::Status;
    using Format = CertificateLoadResult::Format;
    CertificateLoadResult result;
    if (isBlank(data)) {
        result.status = Status::Empty;
        result.message = tr("The file is empty.");
        return result;
    }
    if (data.size() > maxFileSize) {
        result.status = Status::TooLarge;
        result.message = tr("The data is too large; certificate files are smaller than %1 MB.")
                                 .arg(maxFileSize / (1024 * 1024));
        return result;
    }

    int certificateBlocks = 0;
    if (PemReader::looksLikePem(data)) {
        result.format = Format::Pem;
        const QList<PemReader::Block> blocks = PemReader::blocks(data);
        int index = 0;
        for (const PemReader::Block &block : blocks) {
            ++index;
            const QString label = QString::fromLatin1(block.label);
            if (isCertificateLabel(block.label)) {
                ++certificateBlocks;
                X509Ptr x509 = block.valid
                        ? parseCertificate(block.der, block.label == "TRUSTED CERTIFICATE")
                        : nullptr;
                std::optional<CertificateInfo> info;
                if (x509)
                    info = infoFromX509(x509.get());
                if (info)
                    result.certificates << *info;
                else
                    result.warnings << tr("Block %1 (%2) is damaged and was skipped.")
                                               .arg(index)
                                               .arg(label);
            } else if (isPkcs7Label(block.label)) {
                ++certificateBlocks;
                const auto certs = block.valid ? parsePkcs7(block.der) : std::nullopt;
                if (certs) {
                    result.format = Format::Pkcs7Pem;
                    result.certificates << *certs;
                } else {
                    result.warnings << tr("Block %1 (%2) is damaged and was skipped.")
                                               .arg(index)
                                               .arg(label);
                }
            } else if (isPrivateKeyLabel(block.label)) {
                ++result.privateKeys;
            } else {
                result.otherBlocks << label;
            }
        }
    } else if (X509Ptr x509 = parseCertificate(data)) {
        result.format = Format::Der;
        certificateBlocks = 1;
        if (auto info = infoFromX509(x509.get()))
            result.certificates << *info;
    } else if (auto certs = parsePkcs7(data)) {
        result.format = Format::Pkcs7Der;
        certificateBlocks = 1;
        result.certificates << *certs;
    } else if (isDerPrivateKey(data)) {
        result.format = Format::Der;
        result.privateKeys = 1;
    }

    if (!result.certificates.isEmpty()) {
        result.status = Status::Ok;
        return result;
    }
    if (certificateBlocks > 0) {
        result.status = Status::Malformed;
        result.message = result.format == Format::Pkcs7Der || result.format == Format::Pkcs7Pem
                ? tr("The PKCS#7 bundle holds no certificates.")
                : tr("The file looks like a certificate file, but its certificates are damaged.");
        return result;
    }
    result.status = Status::NoCertificates;
    if (result.privateKeys > 0)
        result.message = tr("The file holds a private key, not a certificate.");
    else if (!result.otherBlocks.isEmpty())
        result.message = tr("The file holds no certificate, only: %1.")
                                 .arg(result.otherBlocks.join(QStringLiteral(", ")));
    else
        result.message = tr("This is not a certificate file (neither PEM, DER nor PKCS#7).");
    return result;
}
