// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/ConnectionReport.h"
#include "profile/Profile.h"

#include <QDateTime>
#include <QString>

#include <optional>

// The outcome of a profile's last test, kept with the profile (in its "lastTest" field, which the
// store keeps as a field this version of Profile does not model) so the list can show it after a
// restart.
struct LastTest
{
    ConnectionReport::Verdict verdict = ConnectionReport::Verdict::Failed;
    QDateTime whenUtc;
    QString summary; // the explanation's one sentence, translated when it was made

    static constexpr auto fieldName = "lastTest";

    static std::optional<LastTest> of(const Profile &profile);
    static void record(Profile &profile, const ConnectionReport &report);
};
