// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LastTest.h"

#include <QJsonObject>

std::optional<LastTest> LastTest::of(const Profile &profile)
{
    const QJsonObject object = profile.unknownFields.value(QLatin1String(fieldName)).toObject();
    if (object.isEmpty())
        return std::nullopt;
    const QString key = object.value(QLatin1String("verdict")).toString();
    using Verdict = ConnectionReport::Verdict;
    for (Verdict v : {Verdict::SecureVerified, Verdict::EncryptedUnverified, Verdict::Plaintext,
                      Verdict::Failed}) {
        if (ConnectionReport::verdictKey(v) == key) {
            LastTest test;
            test.verdict = v;
            test.whenUtc = QDateTime::fromString(object.value(QLatin1String("time")).toString(),
                                                 Qt::ISODate);
            test.summary = object.value(QLatin1String("summary")).toString();
            return test;
        }
    }
    return std::nullopt;
}

void LastTest::record(Profile &profile, const ConnectionReport &report)
{
    // A cancelled test says nothing about the connection: keep the previous result.
    if (report.verdict == ConnectionReport::Verdict::Cancelled)
        return;
    QJsonObject object;
    object.insert(QLatin1String("verdict"), ConnectionReport::verdictKey(report.verdict));
    const QDateTime when
            = report.startedUtc.isValid() ? report.startedUtc : QDateTime::currentDateTimeUtc();
    object.insert(QLatin1String("time"), when.toUTC().toString(Qt::ISODate));
    object.insert(QLatin1String("summary"), report.explanation.summary);
    profile.unknownFields.insert(QLatin1String(fieldName), object);
}
