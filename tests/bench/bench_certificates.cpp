// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Loading the operating system's CA bundle into the certificate viewer's model (read, decode every
// certificate with all its fields, build the chain tree, render every node's text and badge) next
// to `openssl crl2pkcs7 -nocrl -certfile BUNDLE | openssl pkcs7 -print_certs -text -noout` on
// the same file, measured in the same run. Target: ratio <= 1.0.
#include "BenchResult.h"
#include "cert/CertificateLoader.h"
#include "certs/CertificateChainModel.h"
#include "certs/CertificateDetailsModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

int touchAll(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int count = 0;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex index = model.index(r, 0, parent);
        for (const int role : {int(Qt::DisplayRole), int(Qt::DecorationRole), int(Qt::ToolTipRole)})
            if (!index.data(role).isValid())
                std::abort();
        count += 1 + touchAll(model, index);
    }
    return count;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString bundle = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                    : QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
    if (!QFileInfo::exists(bundle)) {
        std::printf("no CA bundle at %s: skipped\n", qPrintable(bundle));
        return 0;
    }
    constexpr int runs = 7;
    int certificates = 0;

    const QString pipeline = QStringLiteral("openssl crl2pkcs7 -nocrl -certfile '%1' | openssl "
                                            "pkcs7 -print_certs -text -noout >/dev/null")
                                     .arg(bundle);
    const double opensslMs = medianMs(runs, [&] {
        if (QProcess::execute(QStringLiteral("sh"), {QStringLiteral("-c"), pipeline}) != 0)
            std::abort();
    });
    const double modelMs = medianMs(runs, [&] {
        const CertificateLoadResult loaded = CertificateLoader::loadFile(bundle);
        if (!loaded.ok())
            std::abort();
        CertificateChainModel model;
        CertificateStatus::Context context;
        context.now = QDateTime::currentDateTimeUtc();
        model.setCertificates(loaded.certificates, context);
        certificates = touchAll(model);
        if (certificates != loaded.certificates.size())
            std::abort();
    });
    // Details of every certificate, as if the user clicked through all of them.
    const CertificateLoadResult loaded = CertificateLoader::loadFile(bundle);
    const double detailsMs = medianMs(runs, [&] {
        CertificateDetailsModel details;
        for (const CertificateInfo &c : loaded.certificates)
            details.setCertificate(c);
    });

    std::printf("system CA bundle %s: %d certificates, median of %d runs\n", qPrintable(bundle),
                certificates, runs);
    std::printf("  %-58s %8.2f ms   1.00x (baseline)\n",
                "openssl crl2pkcs7 | openssl pkcs7 -print_certs -text", opensslMs);
    std::printf("  %-58s %8.2f ms   %.2fx (target <= 1.0)\n",
                "load + viewer chain model (every node rendered)", modelMs, modelMs / opensslMs);
    std::printf("  %-58s %8.2f ms   %.2fx\n", "details model for every certificate", detailsMs,
                detailsMs / opensslMs);
    printBenchResult("bench_certificates/bundle",
                     "CA bundle into the viewer's chain model vs `openssl crl2pkcs7 | openssl "
                     "pkcs7 -print_certs -text`",
                     "ms", opensslMs, modelMs, "<= 1.00x");
    printBenchResult("bench_certificates/details",
                     "details model for every CA bundle certificate vs the same openssl", "ms",
                     opensslMs, detailsMs);
    return 0;
}
