// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/ConnectionReport.h"
#include "profile/Profile.h"

#include <QCoreApplication>

// Turns what a connection test found into a cause and next steps a person can act on, using
// everything sslcm knows: the profile, the gateway's facts (which stage, the chain, OpenSSL's
// reason) and the account's TLS requirement when known.
class ConnectionExplainer
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionExplainer)
public:
    static ConnectionReport::Explanation
    explain(const ConnectionReport &report, const Profile &profile,
            const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
};
