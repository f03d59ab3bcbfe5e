// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

private:
    QString verificationText() const;

    Profile m_profile;
    GatewaySession m_session;
};
