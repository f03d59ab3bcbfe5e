// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionVerdict.h"

QString ConnectionVerdicts::key(ConnectionVerdict verdict)
{
    switch (verdict) {
    case ConnectionVerdict::SecureVerified:
        return QStringLiteral("secure-verified");
    case ConnectionVerdict::EncryptedUnverified:
        return QStringLiteral("encrypted-unverified");
    case ConnectionVerdict::Plaintext:
        return QStringLiteral("plaintext");
    case ConnectionVerdict::Failed:
        return QStringLiteral("failed");
    case ConnectionVerdict::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ConnectionVerdict> ConnectionVerdicts::fromKey(QStringView key)
{
    for (ConnectionVerdict v : ConnectionVerdicts::all()) {
        if (ConnectionVerdicts::key(v) == key)
            return v;
    }
    return std::nullopt;
}
