// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Load and save times of a store with 10,000 profiles, next to the time to merely read and parse
// the same file with QJsonDocument, measured in the same run.
#include "BenchResult.h"
#include "profile/ProfileStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int profileCount = 10000;
    constexpr int runs = 9;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));

    QList<Profile> profiles;
    profiles.reserve(profileCount);
    for (int i = 0; i < profileCount; ++i) {
        Profile p = Profile::create();
        p.name = QStringLiteral("Customer %1 — production").arg(i);
        p.host = QStringLiteral("db-%1.eu-west-1.rds.amazonaws.com").arg(i);
        p.user = QStringLiteral("app_%1").arg(i);
        p.database = QStringLiteral("shop");
        p.caFile = QStringLiteral("/home/user/.local/share/sslcm/ca/rds-global-bundle.pem");
        p.notes = QStringLiteral("Ticket #%1, owner: ops team").arg(i);
        profiles << p;
    }
    ProfileStore writer(path);
    writer.load();
    if (!writer.replaceAll(profiles)) {
        std::fprintf(stderr, "could not write the store\n");
        return 1;
    }
    const qint64 fileSize = QFile(path).size();

    const double parseMs = medianMs(runs, [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        if (doc.isNull())
            std::abort();
    });
    const double loadMs = medianMs(runs, [&] {
        ProfileStore store(path);
        if (store.load().loadedCount != profileCount)
            std::abort();
    });
    const double saveMs = medianMs(runs, [&] {
        if (!writer.save())
            std::abort();
    });
    // What of the save is making the bytes; the rest is the atomic write itself (temporary
    // file, write, fdatasync, rename, backup link).
    const double serializeMs = medianMs(runs, [&] {
        if (ProfileStore::serialize(writer.profiles(), {}).size() != fileSize)
            std::abort();
    });

    std::printf("profile store with %d profiles (%.1f MB), median of %d runs\n", profileCount,
                fileSize / 1e6, runs);
    std::printf("  %-44s %8.2f ms   1.00x (baseline)\n", "read + QJsonDocument::fromJson", parseMs);
    std::printf("  %-44s %8.2f ms   %.2fx\n", "ProfileStore::load (parse + validate)", loadMs,
                loadMs / parseMs);
    std::printf("  %-44s %8.2f ms   %.2fx\n", "ProfileStore::save (atomic, backup)", saveMs,
                saveMs / parseMs);
    std::printf("  %-44s %8.2f ms   %.2fx\n", "  of which ProfileStore::serialize", serializeMs,
                serializeMs / parseMs);
    printBenchResult("bench_profilestore/load",
                     "store load, 10,000 profiles, vs read + QJsonDocument::fromJson", "ms",
                     parseMs, loadMs, "<= 2x");
    printBenchResult("bench_profilestore/save",
                     "store save, 10,000 profiles, vs read + QJsonDocument::fromJson", "ms",
                     parseMs, saveMs, "<= 2x");
    return 0;
}
