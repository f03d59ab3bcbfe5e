// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerdictIcon.h"

#include <QStyle>

QIcon VerdictIcon::forVerdict(ConnectionVerdict verdict, const QStyle *style)
{
    switch (verdict) {
    case ConnectionVerdict::SecureVerified:
        return QIcon::fromTheme(QStringLiteral("security-high"),
                                style->standardIcon(QStyle::SP_DialogApplyButton));
    case ConnectionVerdict::EncryptedUnverified:
        return QIcon::fromTheme(QStringLiteral("security-medium"),
                                style->standardIcon(QStyle::SP_MessageBoxWarning));
    case ConnectionVerdict::Plaintext:
        return QIcon::fromTheme(QStringLiteral("security-low"),
                                style->standardIcon(QStyle::SP_MessageBoxWarning));
    case ConnectionVerdict::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ConnectionVerdict::Cancelled:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}
