// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// sslcm's own profiles as one JSON document, for moving them to another machine. The document
// has the shape of the store file, so either can be imported. Secrets are never part of a
// profile, so never part of a bundle. Profiles keep their ids: importing a bundle twice finds
// every profile a duplicate.
class ProfileBundle
{
    Q_DECLARE_TR_FUNCTIONS(ProfileBundle)
public:
    static constexpr qint64 maxBytes = 64 * 1024 * 1024;
    static QByteArray serialize(const QList<Profile> &profiles);
    static bool looksLikeBundle(const QByteArray &head);
    static ImportResult parse(const QByteArray &json, const QString &origin);
    static QString formatName();
};
