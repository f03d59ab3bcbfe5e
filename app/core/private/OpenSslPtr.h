// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Core-private: owning pointers for OpenSSL objects. Included by sslcm_core's .cpp files and its
// core-internal *_p.h headers only — never by a header that app/gui or app/cli can reach, so no
// OpenSSL type leaves the core.
//
// Ownership follows OpenSSL's naming: what a get0/get_ function returns (SSL_get0_peer_certificate,
// SSL_get_peer_cert_chain, X509_get0_pubkey, SSL_get_session) is borrowed and must not go into one
// of these; what new/get1/d2i/dup return is owned and should go into one at once.

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pkcs7.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace OpenSsl {

template<auto Free> struct Deleter
{
    template<typename T> void operator()(T *p) const { Free(p); }
};

// OPENSSL_free and sk_X509_pop_free are macros: give them addresses.
inline void freeMemory(void *p)
{
    OPENSSL_free(p);
}
inline void freeX509Stack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}

} // namespace OpenSsl

template<typename T, auto Free> using OpenSslPtr = std::unique_ptr<T, OpenSsl::Deleter<Free>>;

using SslCtxPtr = OpenSslPtr<SSL_CTX, SSL_CTX_free>;
using SslPtr = OpenSslPtr<SSL, SSL_free>;
using SslSessionPtr = OpenSslPtr<SSL_SESSION, SSL_SESSION_free>;
using BioPtr = OpenSslPtr<BIO, BIO_free_all>;
using EvpPkeyPtr = OpenSslPtr<EVP_PKEY, EVP_PKEY_free>;
using EvpCipherCtxPtr = OpenSslPtr<EVP_CIPHER_CTX, EVP_CIPHER_CTX_free>;
using X509Ptr = OpenSslPtr<X509, X509_free>;
// A stack that owns its certificates (not SSL_get_peer_cert_chain's, which the SSL object owns).
using X509StackPtr = OpenSslPtr<STACK_OF(X509), OpenSsl::freeX509Stack>;
using X509StorePtr = OpenSslPtr<X509_STORE, X509_STORE_free>;
using X509StoreCtxPtr = OpenSslPtr<X509_STORE_CTX, X509_STORE_CTX_free>;
using X509SigPtr = OpenSslPtr<X509_SIG, X509_SIG_free>;
using Pkcs7Ptr = OpenSslPtr<PKCS7, PKCS7_free>;
using GeneralNamesPtr = OpenSslPtr<GENERAL_NAMES, GENERAL_NAMES_free>;
using BasicConstraintsPtr = OpenSslPtr<BASIC_CONSTRAINTS, BASIC_CONSTRAINTS_free>;
using ExtendedKeyUsagePtr = OpenSslPtr<EXTENDED_KEY_USAGE, EXTENDED_KEY_USAGE_free>;
using CrlDistPointsPtr = OpenSslPtr<CRL_DIST_POINTS, CRL_DIST_POINTS_free>;
using AuthorityInfoAccessPtr = OpenSslPtr<AUTHORITY_INFO_ACCESS, AUTHORITY_INFO_ACCESS_free>;
using PbeParamPtr = OpenSslPtr<PBEPARAM, PBEPARAM_free>;
using Pbe2ParamPtr = OpenSslPtr<PBE2PARAM, PBE2PARAM_free>;
using Pbkdf2ParamPtr = OpenSslPtr<PBKDF2PARAM, PBKDF2PARAM_free>;
// Memory OpenSSL allocated for the caller: i2d_* output, X509_NAME_oneline, ASN1_STRING_to_UTF8.
using OpenSslBytesPtr = OpenSslPtr<unsigned char, OpenSsl::freeMemory>;
using OpenSslCharsPtr = OpenSslPtr<char, OpenSsl::freeMemory>;
