// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window with 10,000 profiles next to an empty store, in the same run: the time from
// process start to the first painted window and the peak memory of the real sslcm process, the
// same once the store is loaded and the list filled (the window is painted before), and the
// model update for each keystroke of a search over 10,000 rows.
#include "BenchResult.h"
#include "ProfileFilterModel.h"
#include "ProfileListModel.h"
#include "profile/ProfileStore.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

struct Start
{
    double firstPaintMs = 0;
    double peakMb = 0;
};

// Median of `runs` starts of the real app on the store under `configHome`, until the report of
// `what`: "first-paint" or "loaded".
Start measureStart(const QString &configHome, int runs, const QString &what)
{
    QList<double> times;
    QList<double> peaks;
    for (int i = 0; i < runs; ++i) {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        env.insert(QStringLiteral("XDG_DATA_HOME"), configHome + QStringLiteral("/data"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(what == QLatin1String("loaded") ? QStringLiteral("SSLCM_REPORT_LOADED")
                                                   : QStringLiteral("SSLCM_REPORT_FIRST_PAINT"),
                   QStringLiteral("1"));
        app.setProcessEnvironment(env);
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        app.start(QStringLiteral(SSLCM_APP_PATH), {});
        if (!app.waitForFinished(60000)) {
            std::fprintf(stderr, "sslcm did not paint within a minute\n");
            std::exit(1);
        }
        const QString out = QString::fromLocal8Bit(app.readAllStandardOutput());
        const QRegularExpression line(what + QStringLiteral(" epoch_ms=(\\d+) vmhwm_kb=(\\d+)"));
        const QRegularExpressionMatch m = line.match(out);
        if (!m.hasMatch()) {
            std::fprintf(stderr, "no %s report: %s%s\n", qPrintable(what), qPrintable(out),
                         app.readAllStandardError().constData());
            std::exit(1);
        }
        times << double(m.captured(1).toLongLong() - started);
        peaks << m.captured(2).toDouble() / 1024.0;
    }
    std::sort(times.begin(), times.end());
    std::sort(peaks.begin(), peaks.end());
    return {times.at(times.size() / 2), peaks.at(peaks.size() / 2)};
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    constexpr int profileCount = 10000;
    constexpr int runs = 7;

    QTemporaryDir empty;
    QTemporaryDir full;
    {
        ProfileStore store(full.filePath(QStringLiteral("sslcm/profiles.json")));
        store.load();
        QList<Profile> profiles;
        for (int i = 0; i < profileCount; ++i) {
            Profile p = Profile::create();
            p.name = QStringLiteral("Customer %1 — production").arg(i);
            p.host = QStringLiteral("db-%1.eu-west-1.rds.amazonaws.com").arg(i);
            p.user = QStringLiteral("app_%1").arg(i % 97);
            p.notes = QStringLiteral("Ticket #%1").arg(i * 7);
            profiles << p;
        }
        if (!store.replaceAll(profiles)) {
            std::fprintf(stderr, "could not write the store\n");
            return 1;
        }
    }

    const QString firstPaint = QStringLiteral("first-paint");
    const QString loaded = QStringLiteral("loaded");
    const Start emptyStart = measureStart(empty.path(), runs, firstPaint);
    const Start fullStart = measureStart(full.path(), runs, firstPaint);
    const Start emptyLoaded = measureStart(empty.path(), runs, loaded);
    const Start fullLoaded = measureStart(full.path(), runs, loaded);
    std::printf("main window, real sslcm process (offscreen), median of %d starts\n", runs);
    std::printf("  %-44s %9s  %9s  %6s\n", "", "empty", "10,000", "ratio");
    std::printf("  %-44s %6.1f ms  %6.1f ms  %5.2fx\n", "process start to first painted window",
                emptyStart.firstPaintMs, fullStart.firstPaintMs,
                fullStart.firstPaintMs / emptyStart.firstPaintMs);
    std::printf("  %-44s %6.1f MB  %6.1f MB  %5.2fx\n", "peak memory (VmHWM)", emptyStart.peakMb,
                fullStart.peakMb, fullStart.peakMb / emptyStart.peakMb);
    std::printf("  %-44s %6.1f ms  %6.1f ms  %5.2fx\n", "process start to filled list",
                emptyLoaded.firstPaintMs, fullLoaded.firstPaintMs,
                fullLoaded.firstPaintMs / emptyLoaded.firstPaintMs);
    std::printf("  %-44s %6.1f MB  %6.1f MB  %5.2fx\n", "peak memory once filled (VmHWM)",
                emptyLoaded.peakMb, fullLoaded.peakMb, fullLoaded.peakMb / emptyLoaded.peakMb);
    printBenchResult("bench_mainwindow/startup",
                     "GUI start to first paint, 10,000 profiles vs an empty store", "ms",
                     emptyStart.firstPaintMs, fullStart.firstPaintMs, "<= 2x");
    printBenchResult("bench_mainwindow/peak_memory",
                     "GUI peak memory (VmHWM), 10,000 profiles vs an empty store", "MB",
                     emptyStart.peakMb, fullStart.peakMb, "<= 1.5x");

    printBenchResult("bench_mainwindow/startup_filled",
                     "GUI start to filled list, 10,000 profiles vs an empty store", "ms",
                     emptyLoaded.firstPaintMs, fullLoaded.firstPaintMs);
    printBenchResult("bench_mainwindow/peak_memory_filled",
                     "GUI peak memory once filled, 10,000 profiles vs an empty store", "MB",
                     emptyLoaded.peakMb, fullLoaded.peakMb, "<= 1.5x");

    // Search as you type over 10,000 rows, one keystroke at a time, then deleting it again.
    ProfileStore store(full.filePath(QStringLiteral("sslcm/profiles.json")));
    store.load();
    ProfileListModel model(&store);
    ProfileFilterModel filter;
    filter.setSourceModel(&model);
    const QString typed = QStringLiteral("customer 12 rds");
    QList<double> keystrokes;
    auto keystroke = [&](const QString &text) {
        QElapsedTimer timer;
        timer.start();
        filter.setFilterText(text);
        // The proxy filters lazily: the view asks for the rows right away, so do the same.
        const int rows = filter.rowCount();
        keystrokes << timer.nsecsElapsed() / 1e6;
        if (text.isEmpty() && rows != profileCount)
            std::exit(1);
    };
    for (int i = 1; i <= typed.size(); ++i)
        keystroke(typed.left(i));
    for (int i = typed.size() - 1; i >= 0; --i)
        keystroke(typed.left(i));
    std::sort(keystrokes.begin(), keystrokes.end());
    const double median = keystrokes.at(keystrokes.size() / 2);
    const double worst = keystrokes.last();
    std::printf("\nsearch as you type over %d profiles, %lld keystrokes\n", profileCount,
                static_cast<long long>(keystrokes.size()));
    std::printf("  %-44s %6.2f ms   (target < 16 ms: %s)\n", "median model update per keystroke",
                median, median < 16 ? "met" : "MISSED");
    std::printf("  %-44s %6.2f ms   (target < 16 ms: %s)\n", "slowest keystroke", worst,
                worst < 16 ? "met" : "MISSED");
    printBenchResult("bench_mainwindow/keystroke_median",
                     "filter keystroke over 10,000 profiles (median)", "ms", 0, median, "< 16 ms");
    printBenchResult("bench_mainwindow/keystroke_worst",
                     "filter keystroke over 10,000 profiles (slowest)", "ms", 0, worst, "< 16 ms");
    return 0;
}
