// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileBundle.h"

#include "profile/ProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

QString ProfileBundle::formatName()
{
    return tr("sslcm profiles");
}

QByteArray ProfileBundle::serialize(const QList<Profile> &profiles)
{
    QJsonArray array;
    for (const Profile &p : profiles)
        array.append(p.toJson());
    QJsonObject root;
    root.insert(QLatin1String("format"), QLatin1String(ProfileStore::formatName));
    root.insert(QLatin1String("version"), ProfileStore::formatVersion);
    root.insert(QLatin1String("profiles"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ProfileBundle::looksLikeBundle(const QByteArray &head)
{
    return head.contains(ProfileStore::formatName);
}

ImportResult ProfileBundle::parse(const QByteArray &json, const QString &origin)
{
    if (json.size() > maxBytes)
        return ImportResult::failure(formatName(), tr("the file is too large"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return ImportResult::failure(
                formatName(),
                tr("not valid JSON (at byte %1): %2").arg(error.offset).arg(error.errorString()));
    const QJsonObject root = doc.object();
    if (!doc.isObject()
        || root.value(QLatin1String("format")).toString()
                != QLatin1String(ProfileStore::formatName))
        return ImportResult::failure(formatName(), tr("not an sslcm profile export"));
    const int version = root.value(QLatin1String("version")).toInt(0);
    if (version > ProfileStore::formatVersion)
        return ImportResult::failure(formatName(),
                                     tr("written by a newer sslcm (format version %1); update "
                                        "sslcm to import it")
                                             .arg(version));
    ImportResult result;
    result.format = formatName();
    const QJsonArray profiles = root.value(QLatin1String("profiles")).toArray();
    for (const QJsonValue &value : profiles) {
        const Profile::Parsed parsed = Profile::fromJson(value.toObject());
        if (!parsed.profile) {
            result.notCarried
                    << tr("profile \"%1\": %2")
                               .arg(value.toObject().value(QLatin1String("name")).toString(),
                                    parsed.problem);
            continue;
        }
        ImportResult::Connection c;
        c.profile = *parsed.profile;
        c.origin = origin;
        result.connections << c;
    }
    if (result.connections.isEmpty() && result.notCarried.isEmpty())
        result.error = tr("the file holds no profiles");
    return result;
}
