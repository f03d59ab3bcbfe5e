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

// SSLCM_REPORT_FIRST_PAINT=1 (tests/bench/bench_mainwindow): on the main window's first paint,
// print the wall-clock time and peak memory on one line, then quit.
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
            QTimer::singleShot(0, this, [] {
                QFile status(QStringLiteral("/proc/self/status"));
                QByteArray peak = "0";
                if (status.open(QIODevice::ReadOnly)) {
                    for (const QByteArray &line : status.readAll().split('\n')) {
                        if (line.startsWith("VmHWM:"))
                            peak = line.mid(6).trimmed().split(' ').value(0);
                    }
                }
                std::printf("first-paint epoch_ms=%lld vmhwm_kb=%s\n",
                            static_cast<long long>(QDateTime::currentMSecsSinceEpoch()),
                            peak.constData());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
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
    const StoreLoadResult loaded = store.load();
    store.watchForExternalChanges();

    MainWindow window(store);
    window.setSecretStore(&secrets);
    window.showLoadResult(loaded);
    if (qEnvironmentVariableIntValue("SSLCM_REPORT_FIRST_PAINT") == 1)
        window.installEventFilter(new FirstPaintReporter(&window));
    window.show();

    // Expiring certificates, without opening any window: now and once a day.
    ExpiryNotifier notifier(&store);
    QObject::connect(&window, &MainWindow::lastAuditChanged, &notifier,
                     &ExpiryNotifier::setLastAudit);
    if (qEnvironmentVariableIntValue("SSLCM_REPORT_FIRST_PAINT") != 1) {
        QTimer::singleShot(0, &notifier, [&notifier] {
            notifier.setLastAudit(AuditHistory().load().results);
            notifier.start();
        });
    }
    return app.exec();
}
