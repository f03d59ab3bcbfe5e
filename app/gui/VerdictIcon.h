// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/ConnectionVerdict.h"

#include <QIcon>

class QStyle;

namespace VerdictIcon {
// The icon of a test's verdict, for the report's banner and for lists: from the icon theme when
// there is one, otherwise from `style`.
QIcon forVerdict(ConnectionVerdict verdict, const QStyle *style);
} // namespace VerdictIcon
