// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildInfo.h"
#include "MainWindow.h"
#include "ProcessHardening.h"
#include "Settings.h"
#include "audit/AuditHistory.h"
#include "audit/ExpiryNotifier.h"
#include "profile/KeychainSecretStore.h"
#include "profile/ProfileStore.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace {

// Prints "<what> epoch_ms=<wall-clock time> vmhwm_kb=<peak memory>" on one line, then quits.
void reportAndQuit(const char *what)
{
    QFile status(QStringLiteral("/proc/self/status"));
    QByteArray peak = "0";
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed().split(' ').value(0);
        }
    }
    std::printf("%s epoch_ms=%lld vmhwm_kb=%s\n", what,
                static_cast<long long>(QDateTime::currentMSecsSinceEpoch()), peak.constData());
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

// SSLCM_REPORT_FIRST_PAINT=1 (tests/bench/bench_mainwindow): on the main window's first paint,
// print the wall-clock time and peak memory on one line, then quit. SSLCM_REPORT_LOADED=1: the
// same once the store is loaded and the list filled.
class FirstPaintReporter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            // After this paint has finished.
            QTimer::singleShot(0, this, [] { reportAndQuit("first-paint"); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_reported = false;
};

} // namespace

int main(int argc, char *argv[])
{
    // Before anything can hold a secret.
    ProcessHardening::disableCoreDumps();
    QApplication app(argc, argv);
    // No organization name: settings and profiles stay in ~/.config/sslcm.
    QCoreApplication::setApplicationName(QStringLiteral("sslcm"));
    QCoreApplication::setApplicationVersion(BuildInfo::sslcmVersion());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sslcm.sslcm"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sslcm.svg")));
    // The language chosen in Settings, or the system's.
    Settings::applyLanguage(Settings::load().language);
    //: Appended to window titles
    QGuiApplication::setApplicationDisplayName(
            QCoreApplication::translate("main", "SSL Connection Manager"));

    KeychainSecretStore secrets;
    ProfileStore store(ProfileStore::defaultFilePath());
    store.setSecretStore(&secrets);

    // The window is painted first, saying that the connections are loading; the store is read
    // on another thread meanwhile (10,000 profiles took most of the time to the first paint).
    MainWindow window(store);
    window.setSecretStore(&secrets);
    window.loadAfterFirstPaint([&store, path = store.filePath()] {
        auto read = std::make_shared<ProfileStore::Read>(ProfileStore::read(path));
        return MainWindow::StoreLoader([&store, read] {
            const StoreLoadResult loaded = store.load(std::move(*read));
            store.watchForExternalChanges();
            store.reloadIfChanged(); // saved by another program while it was read
            return loaded;
        });
    });
    if (qEnvironmentVariableIntValue("SSLCM_REPORT_FIRST_PAINT") == 1)
        window.installEventFilter(new FirstPaintReporter(&window));
    if (qEnvironmentVariableIntValue("SSLCM_REPORT_LOADED") == 1) {
        QObject::connect(&window, &MainWindow::loaded, &window, [] {
            // After the filled list has been painted.
            QTimer::singleShot(0, qApp, [] { reportAndQuit("loaded"); });
        });
    }
    window.show();

    // Expiring certificates, without opening any window: once loaded, and once a day.
    ExpiryNotifier notifier(&store);
    QObject::connect(&window, &MainWindow::lastAuditChanged, &notifier,
                     &ExpiryNotifier::setLastAudit);
    if (qEnvironmentVariableIntValue("SSLCM_REPORT_FIRST_PAINT") != 1
        && qEnvironmentVariableIntValue("SSLCM_REPORT_LOADED") != 1) {
        QObject::connect(&window, &MainWindow::loaded, &notifier, [&notifier] {
            notifier.setLastAudit(AuditHistory().load().results);
            notifier.start();
        });
    }
    return app.exec();
}
