// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionVerdict.h"
#include "SslMode.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

struct ConnectionReport;
struct Profile;

// The outcome of a profile's last "Test connection", kept with the profile (the store's
// "lastTest" field) so that the list shows it after a restart, whichever front end ran the test:
// the app or `sslcm-cli test`. Holds no secret.
struct LastTestResult
{
    ConnectionVerdict verdict = ConnectionVerdict::Failed; // never Cancelled
    QDateTime whenUtc;
    QString summary; // the explanation's one sentence, translated when it was made
    // Recorded since tests also keep their facts; a result kept by an older sslcm lacks them.
    std::optional<SslMode> mode;         // the mode the profile had when it was tested
    QString tlsVersion;                  // "TLSv1.3" as negotiated; empty without TLS
    QString cipher;                      // "TLS_AES_256_GCM_SHA384"; empty without TLS
    QDateTime serverCertificateNotAfter; // UTC; invalid when no certificate was seen
    // Fields of the stored result this version does not know, kept for a newer sslcm.
    QJsonObject unknownFields;

    static constexpr auto fieldName = "lastTest"; // the profile's JSON key

    // The result a finished test leaves; nullopt for a cancelled test, which says nothing about
    // the connection.
    static std::optional<LastTestResult> of(const ConnectionReport &report);
    // Sets `profile`'s last test from `report`; a cancelled test keeps the previous result.
    static void record(Profile &profile, const ConnectionReport &report);

    QJsonObject toJson() const;
    // nullopt when `object` is not a result this version understands (no known verdict): the
    // caller keeps it as an unknown field.
    static std::optional<LastTestResult> fromJson(const QJsonObject &object);

    friend bool operator==(const LastTestResult &a, const LastTestResult &b);
    friend bool operator!=(const LastTestResult &a, const LastTestResult &b) { return !(a == b); }
};
