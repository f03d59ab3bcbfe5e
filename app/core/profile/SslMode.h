// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

// How strongly a connection protects itself; the names follow MySQL's --ssl-mode.
enum class SslMode {
    Disabled,       // plaintext
    Preferred,      // TLS if the server offers it, otherwise plaintext (reported loudly)
    Required,       // TLS or stop; encryption without authenticating the server (unless pinned)
    VerifyCa,       // TLS, chain must lead to the profile's CA
    VerifyIdentity, // VerifyCa plus the host name or IP address must match the certificate
};

namespace SslModes {
QList<SslMode> all();
// Stable spelling used in the store, JSON output and on the command line: "verify-identity".
QString key(SslMode mode);
// Accepts our keys and MySQL's spellings ("VERIFY_IDENTITY", "verify_ca"), case-insensitively.
std::optional<SslMode> fromString(QStringView text);
// Translated, for people: "Verify CA and host name".
QString displayName(SslMode mode);
// Translated, short, for lists and columns: "Verify CA and name".
QString shortName(SslMode mode);
// Translated one-line consequence of choosing the mode.
QString consequence(SslMode mode);
// True for the modes that prove who the server is (VerifyCa, VerifyIdentity). A pinned
// fingerprint also does, but that is a profile setting, not a mode.
constexpr bool authenticatesServer(SslMode mode)
{
    return mode == SslMode::VerifyCa || mode == SslMode::VerifyIdentity;
}
} // namespace SslModes
