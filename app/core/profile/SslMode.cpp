// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SslMode.h"

#include <QCoreApplication>

QList<SslMode> SslModes::all()
{
    return {SslMode::Disabled, SslMode::Preferred, SslMode::Required, SslMode::VerifyCa,
            SslMode::VerifyIdentity};
}

QString SslModes::key(SslMode mode)
{
    switch (mode) {
    case SslMode::Disabled:
        return QStringLiteral("disabled");
    case SslMode::Preferred:
        return QStringLiteral("preferred");
    case SslMode::Required:
        return QStringLiteral("required");
    case SslMode::VerifyCa:
        return QStringLiteral("verify-ca");
    case SslMode::VerifyIdentity:
        return QStringLiteral("verify-identity");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<SslMode> SslModes::fromString(QStringView text)
{
    // The keys as stored, without the normalising copies below (10,000 profiles at a load).
    for (SslMode mode : {SslMode::Disabled, SslMode::Preferred, SslMode::Required,
                         SslMode::VerifyCa, SslMode::VerifyIdentity}) {
        if (text == key(mode))
            return mode;
    }
    QString normalized = text.trimmed().toString().toLower();
    normalized.replace(QLatin1Char('_'), QLatin1Char('-'));
    for (SslMode mode : all()) {
        if (normalized == key(mode))
            return mode;
    }
    return std::nullopt;
}

QString SslModes::displayName(SslMode mode)
{
    switch (mode) {
    case SslMode::Disabled:
        return QCoreApplication::translate("SslMode", "Disabled (no encryption)");
    case SslMode::Preferred:
        return QCoreApplication::translate("SslMode",
                                           "Preferred (encrypt if the server offers it)");
    case SslMode::Required:
        return QCoreApplication::translate("SslMode", "Required (encrypt, do not verify)");
    case SslMode::VerifyCa:
        return QCoreApplication::translate("SslMode", "Verify CA");
    case SslMode::VerifyIdentity:
        return QCoreApplication::translate("SslMode", "Verify CA and host name");
    }
    Q_UNREACHABLE();
    return {};
}

QString SslModes::shortName(SslMode mode)
{
    switch (mode) {
    case SslMode::Disabled:
        //: Short SSL mode name for list columns
        return QCoreApplication::translate("SslMode", "Disabled");
    case SslMode::Preferred:
        //: Short SSL mode name for list columns
        return QCoreApplication::translate("SslMode", "Preferred");
    case SslMode::Required:
        //: Short SSL mode name for list columns
        return QCoreApplication::translate("SslMode", "Required");
    case SslMode::VerifyCa:
        //: Short SSL mode name for list columns
        return QCoreApplication::translate("SslMode", "Verify CA");
    case SslMode::VerifyIdentity:
        //: Short SSL mode name for list columns
        return QCoreApplication::translate("SslMode", "Verify CA and name");
    }
    Q_UNREACHABLE();
    return {};
}

QString SslModes::consequence(SslMode mode)
{
    switch (mode) {
    case SslMode::Disabled:
        return QCoreApplication::translate(
                "SslMode",
                "Password and data travel in plain text; anyone on the network can read them.");
    case SslMode::Preferred:
        return QCoreApplication::translate(
                "SslMode",
                "Falls back to plain text when the server offers no encryption, so an attacker can "
                "switch it off.");
    case SslMode::Required:
        return QCoreApplication::translate(
                "SslMode", "Encrypted, but anyone in the middle could pose as the server.");
    case SslMode::VerifyCa:
        return QCoreApplication::translate("SslMode",
                                           "Encrypted to a server holding a certificate from your "
                                           "CA, whatever its host name.");
    case SslMode::VerifyIdentity:
        return QCoreApplication::translate(
                "SslMode",
                "Encrypted to exactly this server: the certificate must come from your CA and name "
                "this host.");
    }
    Q_UNREACHABLE();
    return {};
}
