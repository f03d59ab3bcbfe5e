// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Saves the profile store given as argument over and over, reporting each completed save on
// stdout, until it is killed. Used by tst_profilestoredurability.
#include "profile/ProfileStore.h"

#include <QCoreApplication>

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
        if (const StoreSaveResult saved = store.add(p); !saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error));
            return 2;
        }
        std::printf("saved %d\n", store.count());
        std::fflush(stdout);
    }
}
