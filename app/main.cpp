// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildInfo.h"
#include "MainWindow.h"
#include "Translations.h"
#include "profile/KeychainSecretStore.h"
#include "profile/ProfileStore.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // No organization name: settings and profiles stay in ~/.config/sslcm.
    QCoreApplication::setApplicationName(QStringLiteral("sslcm"));
    QCoreApplication::setApplicationVersion(BuildInfo::sslcmVersion());
    QGuiApplication::setDesktopFileName(QStringLiteral("sslcm"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sslcm.svg")));
    Translations::install();
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
    window.show();
    return app.exec();
}
