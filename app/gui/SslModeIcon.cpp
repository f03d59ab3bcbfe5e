// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SslModeIcon.h"

#include <QStyle>

QIcon SslModeIcon::forMode(SslMode mode, const QStyle *style)
{
    if (SslModes::authenticatesServer(mode)) {
        return QIcon::fromTheme(QStringLiteral("security-high"),
                                style->standardIcon(QStyle::SP_DialogApplyButton));
    }
    return QIcon::fromTheme(QStringLiteral("dialog-warning"),
                            style->standardIcon(QStyle::SP_MessageBoxWarning));
}
