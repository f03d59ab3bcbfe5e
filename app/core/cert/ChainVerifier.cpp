// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cert/ChainVerifier.h"

#include "OpenSslPtr.h"
#include "cert/CertificateLoader.h"

#include <QFileInfo>

#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>

namespace {

X509Ptr toX509(const CertificateInfo &info)
{
    const auto *p = reinterpret_cast<const unsigned char *>(info.der.constData());
    X509Ptr x509(d2i_X509(nullptr, &p, info.der.size()));
    ERR_clear_error();
    return x509;
}

QString subjectOf(X509 *x509)
{
    if (!x509)
        return {};
    unsigned char *out = nullptr;
    const int length = i2d_X509(x509, &out);
    const OpenSslBytesPtr der(out);
    if (length <= 0)
        return {};
    const QByteArray bytes(reinterpret_cast<const char *>(der.get()), length);
    const auto info = CertificateLoader::fromDer(bytes);
    return info ? info->subjectLine() : QString();
}

// Records every failure and lets OpenSSL carry on, so the report lists them all.
int collectEveryProblem(int ok, X509_STORE_CTX *ctx)
{
    if (ok)
        return 1;
    auto *result = static_cast<ChainVerification *>(X509_STORE_CTX_get_app_data(ctx));
    ChainVerification::Problem problem;
    problem.code = X509_STORE_CTX_get_error(ctx);
    problem.depth = X509_STORE_CTX_get_error_depth(ctx);
    problem.reason = QString::fromLatin1(X509_verify_cert_error_string(problem.code));
    problem.subject = subjectOf(X509_STORE_CTX_get_current_cert(ctx));
    for (const ChainVerification::Problem &p : std::as_const(result->problems))
        if (p.code == problem.code && p.depth == problem.depth)
            return 1;
    result->problems << problem;
    return 1;
}

ChainVerification run(X509_STORE *store, const QList<CertificateInfo> &chain, const QDateTime &now)
{
    ChainVerification result;
    if (chain.isEmpty()) {
        result.message = ChainVerifier::tr("There is no certificate to verify.");
        return result;
    }
    X509Ptr leaf = toX509(chain.first());
    X509StackPtr untrusted(sk_X509_new_null());
    if (!leaf || !untrusted) {
        result.message = ChainVerifier::tr("The certificate could not be decoded.");
        return result;
    }
    for (qsizetype i = 1; i < chain.size(); ++i)
        if (X509Ptr x509 = toX509(chain.at(i)))
            if (sk_X509_push(untrusted.get(), x509.get()) > 0)
                x509.release();

    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store, leaf.get(), untrusted.get()) != 1) {
        ERR_clear_error();
        result.message = ChainVerifier::tr("OpenSSL could not start the verification.");
        return result;
    }
    X509_STORE_CTX_set_time(ctx.get(), 0, time_t(now.toSecsSinceEpoch()));
    X509_STORE_CTX_set_verify_cb(ctx.get(), &collectEveryProblem);
    X509_STORE_CTX_set_app_data(ctx.get(), &result);
    const int ok = X509_verify_cert(ctx.get());
    ERR_clear_error();

    if (STACK_OF(X509) *built = X509_STORE_CTX_get0_chain(ctx.get())) {
        for (int i = 0; i < sk_X509_num(built); ++i) {
            X509 *x509 = sk_X509_value(built, i);
            unsigned char *out = nullptr;
            const int length = i2d_X509(x509, &out);
            const OpenSslBytesPtr der(out);
            if (length <= 0)
                continue;
            const QByteArray bytes(reinterpret_cast<const char *>(der.get()), length);
            if (auto info = CertificateLoader::fromDer(bytes))
                result.chain << *info;
        }
    }
    if (ok != 1 && result.problems.isEmpty()) {
        ChainVerification::Problem problem;
        problem.code = X509_STORE_CTX_get_error(ctx.get());
        problem.depth = X509_STORE_CTX_get_error_depth(ctx.get());
        problem.reason = QString::fromLatin1(X509_verify_cert_error_string(problem.code));
        result.problems << problem;
    }
    result.verified = ok == 1 && result.problems.isEmpty();
    if (!result.verified) {
        QStringList reasons;
        for (const ChainVerification::Problem &p : std::as_const(result.problems))
            reasons << p.reason;
        reasons.removeDuplicates();
        result.message = ChainVerifier::tr("The chain does not verify: %1.")
                                 .arg(reasons.join(QStringLiteral("; ")));
    }
    return result;
}

} // namespace

bool ChainVerification::hasProblem(int code) const
{
    for (const Problem &p : problems)
        if (p.code == code)
            return true;
    return false;
}

ChainVerification ChainVerifier::verify(const QList<CertificateInfo> &chain, const QString &caFile,
                                        const QString &caDirectory, const QDateTime &now)
{
    X509StorePtr store(X509_STORE_new());
    ChainVerification failed;
    if (!store) {
        failed.message = tr("OpenSSL could not start the verification.");
        return failed;
    }
    if (!caFile.isEmpty()) {
        // Read through our loader first: it gives precise reasons and applies the size limit.
        const CertificateLoadResult loaded = CertificateLoader::loadFile(caFile);
        if (!loaded.ok()) {
            failed.message = tr("The CA file cannot be used: %1").arg(loaded.message);
            return failed;
        }
        for (const CertificateInfo &ca : loaded.certificates)
            if (X509Ptr x509 = toX509(ca))
                X509_STORE_add_cert(store.get(), x509.get());
        ERR_clear_error();
    }
    if (!caDirectory.isEmpty()) {
        if (!QFileInfo(caDirectory).isDir()) {
            failed.message = tr("The CA folder %1 does not exist.").arg(caDirectory);
            return failed;
        }
        if (X509_STORE_load_path(store.get(), QFile::encodeName(caDirectory).constData()) != 1) {
            ERR_clear_error();
            failed.message = tr("The CA folder %1 cannot be used.").arg(caDirectory);
            return failed;
        }
    }
    return run(store.get(), chain, now);
}

ChainVerification ChainVerifier::verify(const QList<CertificateInfo> &chain,
                                        const QList<CertificateInfo> &trusted, const QDateTime &now)
{
    X509StorePtr store(X509_STORE_new());
    if (!store) {
        ChainVerification failed;
        failed.message = tr("OpenSSL could not start the verification.");
        return failed;
    }
    for (const CertificateInfo &ca : trusted)
        if (X509Ptr x509 = toX509(ca))
            X509_STORE_add_cert(store.get(), x509.get());
    ERR_clear_error();
    return run(store.get(), chain, now);
}

ChainVerification ChainVerifier::verifyWithSystemCas(const QList<CertificateInfo> &chain,
                                                     const QDateTime &now)
{
    X509StorePtr store(X509_STORE_new());
    if (!store || X509_STORE_set_default_paths(store.get()) != 1) {
        ERR_clear_error();
        ChainVerification failed;
        failed.message = tr("The system's trusted CA certificates could not be loaded.");
        return failed;
    }
    ERR_clear_error();
    return run(store.get(), chain, now);
}
