// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Saves the profile store given as argument over and over until it is killed, and says on stdout
// where it is: "saving <n>" right before a save begins, "saved <count> <microseconds>" when it is
// done. Used by tst_profilestoredurability, which kills it inside a save.
#include "profile/ProfileStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 3;
    ProfileStore store(QString::fromLocal8Bit(argv[1]));
    store.load();
    for (int n = 1;; ++n) {
        Profile p = Profile::create();
        p.name = QStringLiteral("Profile %1").arg(n);
        p.host = QStringLiteral("db%1.example.com").arg(n);
        p.notes = QString(200, QLatin1Char('x'));
        std::printf("saving %d\n", n);
        std::fflush(stdout);
        QElapsedTimer timer;
        timer.start();
        if (const StoreSaveResult saved = store.add(p); !saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error));
            return 2;
        }
        std::printf("saved %d %lld\n", store.count(), timer.nsecsElapsed() / 1000);
        std::fflush(stdout);
    }
}
