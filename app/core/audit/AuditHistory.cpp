// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditHistory.h"

#include "audit/AuditFormats.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

// A last audit of many thousand targets with their chains is a few megabytes; anything far
// larger is not ours.
constexpr qint64 maxFileSize = 256 * 1024 * 1024;

struct Inspected
{
    enum class State { Missing, Good, Damaged, Unreadable };
    State state = State::Missing;
    AuditHistory::Loaded loaded;
    QString detail; // Damaged, Unreadable: why (not translated when it comes from the system)
};

Inspected inspect(const QString &path)
{
    Inspected result;
    const QFileInfo info(path);
    if (!info.exists())
        return result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.state = Inspected::State::Unreadable;
        result.detail = file.errorString();
        return result;
    }
    result.state = Inspected::State::Damaged;
    if (file.size() > maxFileSize) {
        result.detail = AuditHistory::tr("it is larger than %n MB", nullptr,
                                         int(maxFileSize / (1024 * 1024)));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.detail = parseError.errorString();
        return result;
    }
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QLatin1String("version"));
    const QDateTime startedAt
            = QDateTime::fromString(root.value(QLatin1String("startedAt")).toString(), Qt::ISODate);
    const QJsonValue targets = root.value(QLatin1String("targets"));
    if (!document.isObject() || !version.isDouble() || version.toInt() < 1 || !startedAt.isValid()
        || !targets.isArray()) {
        result.detail = AuditHistory::tr("it is not an audit saved by sslcm");
        return result;
    }
    AuditHistory::Loaded &loaded = result.loaded;
    loaded.startedAt = startedAt.toUTC();
    loaded.warnDays = root.value(QLatin1String("warnDays")).toInt(30);
    const QJsonArray array = targets.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const std::optional<AuditResult> target = array.at(i).isObject()
                ? AuditFormats::fromJson(array.at(i).toObject())
                : std::nullopt;
        if (!target) {
            result.detail = AuditHistory::tr("target %1 of %2 cannot be read")
                                    .arg(i + 1)
                                    .arg(array.size());
            loaded = {};
            return result;
        }
        loaded.results.append(*target);
    }
    result.state = Inspected::State::Good;
    return result;
}

// Renames `path` aside, keeping its bytes: "last-audit.json.damaged-20261207T110000Z".
QString moveAside(const QString &path, QString &error)
{
    const QString stamp
            = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(n);
    if (std::rename(QFile::encodeName(path).constData(), QFile::encodeName(target).constData())
        != 0) {
        error = QString::fromLocal8Bit(std::strerror(errno));
        return {};
    }
    return target;
}

} // namespace

AuditHistory::AuditHistory(QString path)
    : m_path(path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                             + QStringLiteral("/last-audit.json")
                            : std::move(path))
{ }

QString AuditHistory::path() const
{
    return m_path;
}

AuditHistory::Loaded AuditHistory::load() const
{
    Inspected inspected = inspect(m_path);
    const QString shown = QDir::toNativeSeparators(m_path);
    switch (inspected.state) {
    case Inspected::State::Missing:
    case Inspected::State::Good:
        return inspected.loaded;
    case Inspected::State::Unreadable: {
        Loaded loaded;
        loaded.error = tr("The last audit %1 could not be read: %2. It is left as it is, and "
                          "no new audit replaces it until it can be read or is removed.")
                               .arg(shown, inspected.detail);
        return loaded;
    }
    case Inspected::State::Damaged:
        break;
    }
    Loaded loaded;
    QString renameError;
    const QString aside = moveAside(m_path, renameError);
    if (aside.isEmpty())
        loaded.error = tr("The last audit %1 is damaged (%2) and could not be moved aside (%3). "
                          "It is left as it is, and no new audit replaces it until it is "
                          "removed.")
                               .arg(shown, inspected.detail, renameError);
    else
        loaded.error = tr("The last audit %1 is damaged (%2). It was kept as %3; the next audit "
                          "writes a new one.")
                               .arg(shown, inspected.detail, QDir::toNativeSeparators(aside));
    return loaded;
}

QString AuditHistory::save(const QList<AuditResult> &results, int warnDays,
                           const QDateTime &startedAt) const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    // A file that is there but not a readable audit is never replaced unseen: it goes aside
    // first (load() normally did that already), or the save is refused.
    const Inspected existing = inspect(m_path);
    if (existing.state == Inspected::State::Unreadable)
        return tr("The last audit %1 could not be read (%2), so sslcm does not overwrite it.")
                .arg(shown, existing.detail);
    if (existing.state == Inspected::State::Damaged) {
        QString renameError;
        if (moveAside(m_path, renameError).isEmpty())
            return tr("The last audit %1 is damaged (%2) and could not be moved aside (%3), so "
                      "sslcm does not overwrite it.")
                    .arg(shown, existing.detail, renameError);
    }

    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir))
        return tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir));
    const QByteArray bytes = QJsonDocument(AuditFormats::runToJson(results, warnDays, startedAt,
                                                                   AuditFormats::Der::Include))
                                     .toJson(QJsonDocument::Compact);
    QSaveFile file(m_path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(shown, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return tr("Could not write %1: %2").arg(shown, error);
    }
    if (!file.commit())
        return tr("Could not write %1: %2").arg(shown, file.errorString());
    return {};
}

QHash<QString, QByteArray> AuditHistory::leafFingerprints(const QList<AuditResult> &results)
{
    QHash<QString, QByteArray> fingerprints;
    for (const AuditResult &r : results) {
        if (!r.leafSha256.isEmpty())
            fingerprints.insert(r.target.key(), r.leafSha256);
    }
    return fingerprints;
}

QList<AuditResult> AuditHistory::merge(const QList<AuditResult> &previous,
                                       const QList<AuditResult> &current,
                                       const QSet<QUuid> &stillSaved)
{
    QList<AuditResult> kept;
    QSet<QUuid> covered;
    for (const AuditResult &r : current) {
        if (!r.target.saved || r.cancelled || !stillSaved.contains(r.target.profile.id))
            continue;
        covered.insert(r.target.profile.id);
        kept.append(r);
    }
    for (const AuditResult &r : previous) {
        const QUuid id = r.target.profile.id;
        if (r.target.saved && stillSaved.contains(id) && !covered.contains(id)) {
            covered.insert(id);
            kept.append(r);
        }
    }
    return kept;
}
