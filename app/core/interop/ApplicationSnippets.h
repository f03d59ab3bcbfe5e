// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportFormat.h"
#include "ExportResult.h"
#include "profile/Profile.h"

#include <QCoreApplication>

// "Use in your application": connection code for the common drivers that keeps the profile's
// verification level. The password is read from the MYSQL_PWD environment variable unless one
// is given. Each snippet names, in one line, what its driver cannot express.
class ApplicationSnippets
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationSnippets)
public:
    // `format` must be one of ExportFormats::isApplicationSnippet().
    static ExportResult snippet(const Profile &profile, ExportFormat format,
                                const QString &password = {});
};
