// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenSslErrors.h"

#include <QStringList>

#include <openssl/err.h>

QString OpenSslErrors::take()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        const char *reason = ERR_reason_error_string(code);
        const QString text = reason ? QString::fromLatin1(reason)
                                    : QStringLiteral("error %1").arg(code, 0, 16);
        if (!reasons.contains(text))
            reasons << text;
    }
    return reasons.join(QStringLiteral("; "));
}
