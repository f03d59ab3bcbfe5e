// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportFormat.h"
#include "ExportResult.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QList>

// Writes a profile in another client's terms, keeping its verification level where the target
// can express it and saying so in one line where it cannot. Passwords are written only when
// given (the caller asked for them explicitly); the result is then marked as holding a secret.
class ProfileExporter
{
    Q_DECLARE_TR_FUNCTIONS(ProfileExporter)
public:
    static ExportResult exportProfile(const Profile &profile, ExportFormat format,
                                      const QString &password = {});
    // The whole store (or a selection) as sslcm JSON; never with secrets.
    static ExportResult exportProfiles(const QList<Profile> &profiles);

    // MySQL's `mysql` arguments and MariaDB's `mariadb` arguments, without the program name:
    // the integration test runs them.
    static QStringList mysqlArguments(const Profile &profile, const QString &password,
                                      QStringList *warnings = nullptr);
    static QStringList mariadbArguments(const Profile &profile, const QString &password,
                                        QStringList *warnings = nullptr);

    struct SaveResult
    {
        bool ok = false;
        QString error; // translated
        QStringList warnings;
    };
    // Writes atomically; a file holding a secret is created with mode 0600 from the start and
    // the result says so.
    static SaveResult saveToFile(const ExportResult &result, const QString &path);

private:
    // One per format; the application snippets are ApplicationSnippets'.
    static ExportResult commandLine(const Profile &profile, ExportFormat format,
                                    const QString &password);
    static ExportResult optionFile(const Profile &profile, const QString &password);
    static ExportResult uri(const Profile &profile, const QString &password);
};
