// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/GatewaySession.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

// What a session learnt about its SSH jump host, as the connection test's and the probe's reports
// show it: the same lines and the same JSON fields in both.
class SshFacts
{
    Q_DECLARE_TR_FUNCTIONS(SshFacts)
public:
    // Translated lines for a text report; empty when the session used no jump host. `jump` is the
    // profile's summary of the jump ("deploy@bastion (SSH agent)"), if known.
    static QStringList toText(const GatewaySession::Ssh &facts, const QString &jump = {});
    // The report's "ssh" object (README: "JSON reports"); stable field names.
    static QJsonObject toJson(const GatewaySession::Ssh &facts, const QString &jump = {});
};
