// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// AWS credentials as the signer needs them, and where they came from. The secret key and the
// session token are secrets: never logged, never written anywhere.
struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // empty for long-term keys
    std::optional<QDateTime> expiration;
    // Translated, for the user: "environment variables", "profile prod in ~/.aws/credentials"...
    QString source;
};
