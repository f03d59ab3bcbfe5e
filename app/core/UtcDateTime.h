// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QtGlobal>
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QTimeZone>
#endif

// A date and time in UTC whose timeSpec() is Qt::UTC on every supported Qt. Qt 6.5 added
// QTimeZone::UTC and Qt 6.8 deprecates the Qt::TimeSpec constructor (warnings are errors in CI);
// QTimeZone::utc() would work on both but gives Qt::TimeZone, not Qt::UTC, before Qt 6.5.
inline QDateTime utcDateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}
