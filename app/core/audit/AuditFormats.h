// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditResult.h"

#include <QJsonObject>
#include <QString>

// The audit's outputs: JSON (sslcm-cli audit --json and the kept last audit), the Prometheus
// node_exporter textfile-collector format, and JUnit XML. Field and metric names are stable and
// documented in the README.
namespace AuditFormats {
// Whether certificates carry their DER (base64, "der"): the kept last audit does, so the app can
// open them in the certificate viewer; sslcm-cli's --json does not (fingerprints identify them).
enum class Der { Omit, Include };

QJsonObject toJson(const AuditResult &result); // Der::Omit
QJsonObject toJson(const AuditResult &result, Der der);
// Reads what toJson() wrote (the last audit); nullopt when it is not such an object.
std::optional<AuditResult> fromJson(const QJsonObject &object);
// The whole run: {"version":1,"startedAt":…,"warnDays":…,"summary":{…},"targets":[…]}
QJsonObject runToJson(const QList<AuditResult> &results, int warnDays, const QDateTime &startedAt);
QJsonObject runToJson(const QList<AuditResult> &results, int warnDays, const QDateTime &startedAt,
                      Der der);

QByteArray prometheus(const QList<AuditResult> &results, int warnDays, const QDateTime &nowUtc);
QByteArray junit(const QList<AuditResult> &results, const QDateTime &startedAt);

// Writes atomically (a temporary file in the same folder, renamed over), mode 0644 for
// Prometheus/JUnit. Returns a translated error, or empty.
QString writeAtomically(const QString &path, const QByteArray &content);
} // namespace AuditFormats
