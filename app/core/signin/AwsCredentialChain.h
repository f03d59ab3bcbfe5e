// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signin/AwsCredentials.h"

#include <QProcessEnvironment>
#include <QString>

#include <atomic>
#include <chrono>
#include <optional>

// Finds AWS credentials the way the aws CLI does, as far as that works without the network:
// environment variables, then a profile of the shared credentials and config files with static
// keys or a credential_process. A profile that needs AWS itself (an assumed role, SSO, web
// identity) gives a problem that says how to hand sslcm its credentials instead.
namespace AwsCredentialChain {

struct Result
{
    std::optional<AwsCredentials> credentials;
    QString problem; // translated, when there are none: what is missing and what to do
};

// profileName empty: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (+AWS_SESSION_TOKEN) when set, else
// the profile AWS_PROFILE names, else "default". A profile given by name is used even when those
// variables are set. The files are AWS_SHARED_CREDENTIALS_FILE (or ~/.aws/credentials, section
// [name]) and AWS_CONFIG_FILE (or ~/.aws/config, section [profile name] or [default]); `~` is the
// HOME of `environment`, which is also the environment a credential_process runs in (within
// `timeout`, cancelled through `cancelled`).
Result resolve(const QString &profileName, const QProcessEnvironment &environment,
               std::chrono::milliseconds timeout, const std::atomic<bool> *cancelled = nullptr);

} // namespace AwsCredentialChain
