// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/SslMode.h"

#include <QIcon>

class QStyle;

namespace SslModeIcon {
// A warning sign for modes that do not authenticate the server (a man in the middle can read or
// switch off the encryption), a check mark for modes that do. From the icon theme when there is
// one, otherwise from `style`.
QIcon forMode(SslMode mode, const QStyle *style);
} // namespace SslModeIcon
