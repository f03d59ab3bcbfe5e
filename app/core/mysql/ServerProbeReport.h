// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/ConnectionReport.h"
#include "mysql/GatewaySession.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// What a server probe found, as text for people and JSON for scripts (`sslcm-cli probe`).
class ServerProbeReport
{
    Q_DECLARE_TR_FUNCTIONS(ServerProbeReport)
public:
    // `profile`: the host, port and trust anchors the probe was made with.
    ServerProbeReport(const Profile &profile, const GatewaySession &session);

    QString toText() const;
    QJsonObject toJson() const; // stable field names, documented in the README
    // What is wrong and what to do, as a connection test would explain it at verify-identity
    // with the probe's trust anchors; empty when the server's TLS was verified.
    ConnectionReport::Explanation explanation() const;

private:
    QString verificationText() const;

    Profile m_profile;
    GatewaySession m_session;
};
