// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

// Writes JSON text exactly as QJsonDocument::toJson(QJsonDocument::Indented) lays it out, piece by
// piece, so the profile store can write its document without building it as a QJsonObject first
// (10,000 profiles: most of the time of a save). `depth` is the nesting level of the line a value
// starts on: 1 for a value of the document's top-level object.
namespace JsonText {

// 4 spaces per level, as Qt indents.
void appendIndent(QByteArray &out, int depth);
// A string, quoted and escaped as Qt escapes it.
void appendString(QByteArray &out, QStringView text);
// Any value (objects, arrays, numbers...), by Qt's own writer, indented for `depth`.
void appendValue(QByteArray &out, const QJsonValue &value, int depth);

} // namespace JsonText
