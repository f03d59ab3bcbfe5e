// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cert/PrivateKeyLoader.h"

#include "OpenSslPtr.h"
#include "cert/CertificateLoader.h"
#include "cert/PemReader.h"

#include <openssl/asn1t.h>
#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstring>
#include <memory>

namespace {

// A file can ask for any number of key-derivation rounds; beyond this, decrypting it would hang
// the caller for minutes. Real keys use 2048 (OpenSSL) to 600,000 (OWASP's advice).
constexpr long maxKdfIterations = 5'000'000;

struct Passphrase
{
    QByteArray value;
    bool asked = false;
};

int passphraseCallback(char *buffer, int size, int, void *userData)
{
    auto *passphrase = static_cast<Passphrase *>(userData);
    passphrase->asked = true;
    if (passphrase->value.isEmpty() || passphrase->value.size() > size)
        return -1;
    std::memcpy(buffer, passphrase->value.constData(), size_t(passphrase->value.size()));
    return int(passphrase->value.size());
}

void describeKey(EVP_PKEY *key, PrivateKeyInfo &info)
{
    const char *type = EVP_PKEY_get0_type_name(key);
    info.algorithm = type ? QString::fromLatin1(type).toUpper() : QStringLiteral("?");
    info.bits = EVP_PKEY_get_bits(key);
    char group[80] = {};
    size_t groupLength = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       &groupLength)
        == 1)
        info.curve = QString::fromUtf8(group, int(groupLength));
    unsigned char *out = nullptr;
    const int length = i2d_PUBKEY(key, &out);
    const OpenSslBytesPtr spki(out);
    if (length > 0)
        info.subjectPublicKeyInfo = QByteArray(reinterpret_cast<const char *>(spki.get()), length);
    ERR_clear_error();
}

// The iteration count an encrypted PKCS#8 structure asks for (PBES2/PBKDF2 or PKCS#12 PBE); 0
// when it cannot be told.
long kdfIterations(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509SigPtr sig(d2i_X509_SIG(nullptr, &p, der.size()));
    if (!sig)
        return 0;
    const X509_ALGOR *algorithm = nullptr;
    X509_SIG_get0(sig.get(), &algorithm, nullptr);
    const ASN1_OBJECT *oid = nullptr;
    int parameterType = 0;
    const void *parameter = nullptr;
    X509_ALGOR_get0(&oid, &parameterType, &parameter, algorithm);
    if (parameterType != V_ASN1_SEQUENCE || !parameter)
        return 0;
    const auto *sequence = static_cast<const ASN1_STRING *>(parameter);
    if (OBJ_obj2nid(oid) == NID_pbes2) {
        Pbe2ParamPtr pbe2(
                static_cast<PBE2PARAM *>(ASN1_item_unpack(sequence, ASN1_ITEM_rptr(PBE2PARAM))));
        if (!pbe2 || !pbe2->keyfunc || OBJ_obj2nid(pbe2->keyfunc->algorithm) != NID_id_pbkdf2
            || !pbe2->keyfunc->parameter || pbe2->keyfunc->parameter->type != V_ASN1_SEQUENCE)
            return 0;
        Pbkdf2ParamPtr kdf(static_cast<PBKDF2PARAM *>(ASN1_item_unpack(
                pbe2->keyfunc->parameter->value.sequence, ASN1_ITEM_rptr(PBKDF2PARAM))));
        return kdf && kdf->iter ? ASN1_INTEGER_get(kdf->iter) : 0;
    }
    PbeParamPtr pbe(static_cast<PBEPARAM *>(ASN1_item_unpack(sequence, ASN1_ITEM_rptr(PBEPARAM))));
    return pbe && pbe->iter ? ASN1_INTEGER_get(pbe->iter) : 0;
}

PrivateKeyInfo::Format pemFormat(const PemReader::Block &block)
{
    using Format = PrivateKeyInfo::Format;
    if (block.label == "ENCRYPTED PRIVATE KEY")
        return Format::EncryptedPkcs8;
    if (block.headers.value("Proc-Type").contains("ENCRYPTED"))
        return Format::LegacyEncryptedPem;
    if (block.label == "PRIVATE KEY")
        return Format::Pkcs8;
    if (block.label == "EC PRIVATE KEY")
        return Format::Sec1;
    return Format::Pkcs1;
}

QString legacyAlgorithm(const QByteArray &label)
{
    if (label == "RSA PRIVATE KEY")
        return QStringLiteral("RSA");
    if (label == "EC PRIVATE KEY")
        return QStringLiteral("EC");
    if (label == "DSA PRIVATE KEY")
        return QStringLiteral("DSA");
    return {};
}

// Overwrites bytes that held key material before they are released. (A copy shared with someone
// else is detached first and only the copy is wiped: callers pass data they own.)
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
}

// The decoded PEM blocks of a key file hold the key (or its encrypted form): wiped on every way
// out of load().
struct WipedBlocks
{
    QList<PemReader::Block> blocks;
    ~WipedBlocks()
    {
        for (PemReader::Block &block : blocks) {
            wipe(block.der);
            wipe(block.text);
        }
    }
};

bool isBlank(const QByteArray &data)
{
    return data.trimmed().isEmpty();
}

} // namespace

PrivateKeyLoadResult PrivateKeyLoader::loadFile(const QString &path, const QByteArray &passphrase)
{
    FileBytes bytes = CertificateLoader::readFile(path);
    PrivateKeyLoadResult result;
    using FileStatus = CertificateLoadResult::Status;
    switch (bytes.status) {
    case FileStatus::Ok:
        result = load(bytes.data, passphrase);
        wipe(bytes.data);
        return result;
    case FileStatus::NotFound:
        result.status = PrivateKeyLoadResult::Status::NotFound;
        break;
    case FileStatus::TooLarge:
        result.status = PrivateKeyLoadResult::Status::TooLarge;
        break;
    default:
        result.status = PrivateKeyLoadResult::Status::Unreadable;
        break;
    }
    result.message = bytes.message;
    return result;
}

PrivateKeyLoadResult PrivateKeyLoader::load(const QByteArray &data, const QByteArray &passphrase)
{
    using Status = PrivateKeyLoadResult::Status;
    using Format = PrivateKeyInfo::Format;
    PrivateKeyLoadResult result;
    if (isBlank(data)) {
        result.status = Status::Empty;
        result.message = tr("The file is empty.");
        return result;
    }
    if (data.size() > CertificateLoader::maxFileSize) {
        result.status = Status::TooLarge;
        result.message = tr("The data is too large; key files are smaller than %1 MB.")
                                 .arg(CertificateLoader::maxFileSize / (1024 * 1024));
        return result;
    }
    Passphrase pass {passphrase, false};
    ERR_clear_error();

    auto finish = [&](EvpPkeyPtr key, const QByteArray &encryptedDer) {
        if (result.key.encrypted && !encryptedDer.isEmpty()
            && kdfIterations(encryptedDer) > maxKdfIterations) {
            result.status = Status::Unsupported;
            result.message = tr("The key asks for more than %1 key-derivation rounds; sslcm "
                                "refuses to spend minutes decrypting it.")
                                     .arg(maxKdfIterations);
            return result;
        }
        if (key) {
            describeKey(key.get(), result.key);
            result.status = Status::Ok;
        } else if (result.key.encrypted && passphrase.isEmpty()) {
            result.status = Status::NeedsPassphrase;
            result.message = tr("The private key is encrypted: a passphrase is needed.");
        } else if (result.key.encrypted) {
            result.status = Status::WrongPassphrase;
            result.message = tr("The passphrase does not decrypt the private key.");
        } else {
            result.status = Status::Malformed;
            result.message = tr("The private key is damaged.");
        }
        ERR_clear_error();
        return result;
    };

    if (PemReader::looksLikePem(data)) {
        const WipedBlocks wiped {PemReader::blocks(data)};
        const QList<PemReader::Block> &blocks = wiped.blocks;
        for (const PemReader::Block &block : blocks) {
            if (block.label.endsWith("CERTIFICATE"))
                ++result.certificates;
        }
        for (const PemReader::Block &block : blocks) {
            if (block.label == "OPENSSH PRIVATE KEY") {
                result.status = Status::Unsupported;
                result.message = tr("This is an OpenSSH key. Convert it with \"ssh-keygen -p -m "
                                    "PKCS8 -f FILE\" (on a copy) to use it for TLS.");
                return result;
            }
            if (!block.label.endsWith("PRIVATE KEY"))
                continue;
            result.key.format = pemFormat(block);
            result.key.encrypted = result.key.format == Format::EncryptedPkcs8
                    || result.key.format == Format::LegacyEncryptedPem;
            result.key.algorithm = legacyAlgorithm(block.label);
            if (!block.valid) {
                result.status = Status::Malformed;
                result.message = tr("The private key is damaged.");
                return result;
            }
            if (result.key.encrypted && passphrase.isEmpty())
                return finish(nullptr, {});
            if (result.key.format == Format::EncryptedPkcs8
                && kdfIterations(block.der) > maxKdfIterations)
                return finish(nullptr, block.der);
            BioPtr bio(BIO_new_mem_buf(block.text.constData(), int(block.text.size())));
            EvpPkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, &passphraseCallback, &pass));
            return finish(std::move(key), {});
        }
        result.status = Status::NoKey;
        result.message = result.certificates > 0
                ? tr("The file holds a certificate, not a private key.")
                : tr("The file holds no private key.");
        return result;
    }

    // DER: unencrypted PKCS#8, PKCS#1 or SEC1 first, then encrypted PKCS#8.
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    EvpPkeyPtr key(d2i_AutoPrivateKey(nullptr, &p, data.size()));
    if (key) {
        result.key.format = Format::Der;
        return finish(std::move(key), {});
    }
    ERR_clear_error();
    p = reinterpret_cast<const unsigned char *>(data.constData());
    X509SigPtr sig(d2i_X509_SIG(nullptr, &p, data.size()));
    if (sig) {
        result.key.format = Format::EncryptedDer;
        result.key.encrypted = true;
        if (passphrase.isEmpty() || kdfIterations(data) > maxKdfIterations)
            return finish(nullptr, data);
        BioPtr bio(BIO_new_mem_buf(data.constData(), int(data.size())));
        EvpPkeyPtr decrypted(
                d2i_PKCS8PrivateKey_bio(bio.get(), nullptr, &passphraseCallback, &pass));
        return finish(std::move(decrypted), {});
    }
    ERR_clear_error();
    if (CertificateLoader::load(data).ok()) {
        result.certificates = 1;
        result.status = Status::NoKey;
        result.message = tr("The file holds a certificate, not a private key.");
        return result;
    }
    result.status = Status::NoKey;
    result.message = tr("This is not a private key file (neither PEM nor DER).");
    return result;
}
