// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

// What a test of a connection concluded (ConnectionReport::Verdict). Here, next to the profile,
// because a profile keeps the verdict of its last test (LastTestResult).
enum class ConnectionVerdict {
    SecureVerified,      // TLS, and the server proved who it is (CA chain and name, or a pin)
    EncryptedUnverified, // TLS, but anyone in the middle could pose as the server
    Plaintext,           // connected without TLS
    Failed,
    Cancelled,
};

namespace ConnectionVerdicts {
// Stable spelling used in the store and in JSON output: "secure-verified".
QString key(ConnectionVerdict verdict);
std::optional<ConnectionVerdict> fromKey(QStringView key);
// Every verdict, in declaration order.
constexpr std::array<ConnectionVerdict, 5> all()
{
    return {ConnectionVerdict::SecureVerified, ConnectionVerdict::EncryptedUnverified,
            ConnectionVerdict::Plaintext, ConnectionVerdict::Failed, ConnectionVerdict::Cancelled};
}
} // namespace ConnectionVerdicts
