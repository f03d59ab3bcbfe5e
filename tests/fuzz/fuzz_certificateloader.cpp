// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: whatever bytes a user's file holds, reading it as certificates or as a key
// must neither crash, hang nor leak. Built with -DSSLCM_FUZZ=ON (clang, the asan-ubsan preset).
#include "UtcDateTime.h"
#include "cert/CertificateChecks.h"
#include "cert/CertificateFileSummary.h"
#include "cert/CertificateLoader.h"
#include "cert/PemReader.h"
#include "cert/PrivateKeyLoader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime now = utcDateTime(QDate(2026, 1, 1), QTime(0, 0));
    PemReader::blocks(bytes);
    const CertificateLoadResult loaded = CertificateLoader::load(bytes);
    if (loaded.ok()) {
        const QList<CertificateInfo> ordered = CertificateChecks::orderChain(loaded.certificates);
        for (const CertificateInfo &c : ordered) {
            c.pem();
            c.keyDescription();
            CertificateChecks::isCertificateAuthority(c);
            CertificateChecks::isValidAt(c, now);
            if (!CertificateLoader::fromDer(c.der))
                __builtin_trap(); // what we decoded once must decode again
        }
    }
    // Without a passphrase: encrypted keys are only recognised, never decrypted, so a hostile
    // key-derivation cost cannot slow the fuzzer down.
    PrivateKeyLoader::load(bytes);
    CertificateFileSummary::inspectData(bytes, CertificateFileSummary::Role::CaCertificates, now);
    return 0;
}
