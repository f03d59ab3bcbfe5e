// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStore.h"

#include "JsonText.h"
#include "ProfileDocumentReader.h"
#include "SecretStore.h"
#include "mysql/ConnectionReport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <cerrno>
#include <fcntl.h>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcStore, "sslcm.store")

namespace {

const QLatin1String formatKey("format");
const QLatin1String versionKey("version");
const QLatin1String profilesKey("profiles");

// A save holds the lock for milliseconds. A lock file left by a process killed while it was
// still writing the lock's own contents (so its owner cannot be checked) counts as stale after
// lockStaleMs.
constexpr int lockTimeoutMs = 10000;
constexpr int lockStaleMs = 5000;

// The caller of update() edited a copy it read some time ago (an editor dialog left open,
// `sslcm-cli trust` during its probe): a test recorded meanwhile by recordTest() must survive,
// unless the caller brings a result of a later test.
void keepNewerLastTest(Profile &edited, const Profile &stored)
{
    const QLatin1String field(LastTestResult::fieldName);
    const bool editedIsNewer = edited.lastTest
            && (!stored.lastTest || !stored.lastTest->whenUtc.isValid()
                || edited.lastTest->whenUtc > stored.lastTest->whenUtc);
    if (editedIsNewer) {
        edited.unknownFields.remove(field);
        return;
    }
    edited.lastTest = stored.lastTest;
    if (stored.unknownFields.contains(field))
        edited.unknownFields.insert(field, stored.unknownFields.value(field));
    else
        edited.unknownFields.remove(field);
}

QString nowStamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
}

} // namespace

ProfileStore::FileStamp ProfileStore::FileStamp::of(const QString &path)
{
    FileStamp s;
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return s;
    s.exists = true;
    s.inode = st.st_ino;
    s.size = st.st_size;
    s.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    return s;
}

QString StoreLoadResult::message() const
{
    const QString file = QDir::toNativeSeparators(filePath);
    const QString aside = QDir::toNativeSeparators(movedTo);
    QString what;
    switch (problem) {
    case Problem::None:
        break;
    case Problem::Corrupt:
        what = ProfileStore::tr("The profile file %1 is damaged and could not be read (%2).")
                       .arg(file, detail);
        break;
    case Problem::Truncated:
        what = ProfileStore::tr("The profile file %1 ends too early; it was probably cut off "
                                "while being written by another program (%2).")
                       .arg(file, detail);
        break;
    case Problem::NewerFormat:
        what = ProfileStore::tr("The profile file %1 was written by a newer version of sslcm "
                                "(%2), which this version cannot read safely.")
                       .arg(file, detail);
        break;
    case Problem::InvalidValues:
        what = ProfileStore::tr("%n profile(s) in %1 hold values this version of sslcm cannot use "
                                "and were not loaded: %2.",
                                nullptr, int(skippedProfiles.size()))
                       .arg(file, skippedProfiles.join(QStringLiteral("; ")));
        break;
    }

    switch (status) {
    case Status::Loaded:
        return what;
    case Status::NoFile:
        return ProfileStore::tr("No profiles yet: %1 will be created when you save the first one.")
                .arg(file);
    case Status::Unreadable:
        return ProfileStore::tr("The profile file %1 cannot be read (%2). sslcm will not change "
                                "it; fix its permissions and start sslcm again.")
                .arg(file, detail);
    case Status::MovedAside:
        break;
    }

    QStringList parts {what};
    parts << ProfileStore::tr("The original file was kept unchanged as %1.").arg(aside);
    if (problem == Problem::NewerFormat)
        parts << ProfileStore::tr("To use it with the newer sslcm again, move it back to %1.")
                         .arg(file);
    if (restoredFromBackup)
        parts << ProfileStore::tr("%n profile(s) were restored from the backup of the previous "
                                  "save (%1).",
                                  nullptr, loadedCount)
                         .arg(QDir::toNativeSeparators(backupPath));
    else if (problem == Problem::InvalidValues)
        parts << ProfileStore::tr("The other %n profile(s) were loaded.", nullptr, loadedCount);
    else
        parts << ProfileStore::tr("sslcm starts with an empty profile list.");
    return parts.join(QLatin1Char(' '));
}

ProfileStore::ProfileStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(QFileInfo(filePath).absoluteFilePath())
{ }

ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + QStringLiteral("/sslcm/profiles.json");
}

void ProfileStore::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
}

std::optional<Profile> ProfileStore::profile(const QUuid &id) const
{
    const int i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return m_profiles.at(i);
}

QList<Profile> ProfileStore::find(const QString &nameOrId) const
{
    const QUuid id = QUuid::fromString(nameOrId.trimmed());
    if (!id.isNull()) {
        if (auto p = profile(id))
            return {*p};
    }
    QList<Profile> found;
    for (const Profile &p : m_profiles) {
        if (p.name == nameOrId)
            found << p;
    }
    return found;
}

void ProfileStore::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_profiles.size());
    for (int i = 0; i < m_profiles.size(); ++i)
        m_index.insert(m_profiles.at(i).id, i);
}

namespace {

bool hasNulInFieldName(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [](const QJsonValue &v) { return hasNulInFieldName(v); });
    }
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().contains(QChar(u'\0')) || hasNulInFieldName(it.value()))
            return true;
    }
    return false;
}

} // namespace

ProfileStore::Parsed ProfileStore::parse(const QByteArray &bytes)
{
    // A shared copy: releasing it leaves the caller's bytes alone.
    return parse(QByteArray(bytes));
}

namespace {

// The root's members other than the profile list, checked in the order a whole-document reading
// checks them. `list` is the root's "profiles" value (undefined when there is none). True when
// the document is refused; `result` then says why.
bool refuseRoot(const QJsonObject &root, const QJsonValue &list, ProfileStore::Parsed &result)
{
    using Problem = StoreLoadResult::Problem;
    if (root.value(formatKey).toString() != QLatin1String(ProfileStore::formatName)) {
        result.problem = Problem::Corrupt;
        result.detail = ProfileStore::tr("it is not an sslcm profile file");
        return true;
    }
    const QJsonValue version = root.value(versionKey);
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != version.toInt()) {
        result.problem = Problem::Corrupt;
        result.detail = ProfileStore::tr("its format version is missing or invalid");
        return true;
    }
    if (version.toInt() > ProfileStore::formatVersion) {
        result.problem = Problem::NewerFormat;
        result.detail = ProfileStore::tr("format version %1; this version reads up to %2")
                                .arg(version.toInt())
                                .arg(ProfileStore::formatVersion);
        return true;
    }
    if (!list.isUndefined() && !list.isArray()) {
        result.problem = Problem::Corrupt;
        result.detail = ProfileStore::tr("the profile list is not a list");
        return true;
    }
    return false;
}

// The elements of the profile list, one at a time, into `result`.
class ProfileCollector
{
public:
    explicit ProfileCollector(ProfileStore::Parsed &result)
        : m_result(result)
    { }

    void add(const QJsonValue &value)
    {
        ++m_position;
        const QJsonObject object = value.toObject();
        // How a skipped profile is named (only then: this runs once per profile).
        auto label = [&] {
            const QString name = object.value(QLatin1String("name")).toString();
            return name.isEmpty() ? ProfileStore::tr("profile #%1").arg(m_position) : name;
        };
        if (!value.isObject()) {
            m_result.skipped << ProfileStore::tr("%1: not a profile object").arg(label());
            return;
        }
        Profile::Parsed parsed = Profile::fromJson(object);
        if (!parsed.profile) {
            m_result.skipped << ProfileStore::tr("%1: %2").arg(label(), parsed.problem);
            return;
        }
        if (m_seen.contains(parsed.profile->id)) {
            m_result.skipped
                    << ProfileStore::tr("%1: its id is used by another profile").arg(label());
            return;
        }
        m_seen.insert(parsed.profile->id);
        m_result.profiles << std::move(*parsed.profile);
    }

    void finish(QJsonObject unknownTopLevel)
    {
        if (!m_result.skipped.isEmpty()) {
            m_result.problem = StoreLoadResult::Problem::InvalidValues;
            m_result.detail = m_result.skipped.first();
        }
        for (QLatin1String key : {formatKey, versionKey, profilesKey})
            unknownTopLevel.remove(key);
        m_result.unknownTopLevel = std::move(unknownTopLevel);
    }

private:
    ProfileStore::Parsed &m_result;
    QSet<QUuid> m_seen;
    int m_position = 0;
};

} // namespace

ProfileStore::Parsed ProfileStore::parse(QByteArray &&bytes)
{
    using Problem = StoreLoadResult::Problem;
    Parsed result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // An error at the very end of the data means the text stopped early.
        const bool atEnd = error.offset >= bytes.trimmed().size() || bytes.trimmed().isEmpty();
        result.problem = atEnd ? Problem::Truncated : Problem::Corrupt;
        result.detail = bytes.trimmed().isEmpty()
                ? tr("the file is empty")
                : tr("%1 at byte %2").arg(error.errorString()).arg(error.offset);
        return result;
    }
    const bool nulPossible = ProfileDocumentReader::mayHoldNul(bytes.constData(), bytes.size());
    bytes = QByteArray();
    const QJsonObject root = doc.object();
    // No sslcm writes a field name holding U+0000, and Qt's JSON reader can take two names that
    // differ only in such characters for one (Qt 6.8): such a file could not be saved as it was
    // read. It is refused as damaged, never half read. U+0000 gets into a name only as the escape
    // \u0000 or as a NUL byte (Qt refuses overlong UTF-8): without either, there is nothing to
    // look for in 10,000 profiles.
    if (nulPossible && hasNulInFieldName(root)) {
        result.problem = Problem::Corrupt;
        result.detail = tr("a field name holds a NUL character");
        return result;
    }
    if (!doc.isObject()) {
        result.problem = Problem::Corrupt;
        result.detail = tr("it is not an sslcm profile file");
        return result;
    }
    const QJsonValue list = root.value(profilesKey);
    if (refuseRoot(root, list, result))
        return result;
    const QJsonArray array = list.toArray();
    result.profiles.reserve(array.size());
    ProfileCollector collector(result);
    for (const QJsonValue &value : array)
        collector.add(value);
    collector.finish(root);
    return result;
}

ProfileStore::Parsed ProfileStore::parse(QIODevice &device, qsizetype chunkSize)
{
    ProfileDocumentReader reader(device, chunkSize);
    Parsed result;
    ProfileCollector collector(result);
    QJsonObject root;
    QJsonValue list(QJsonValue::Undefined);
    using Next = ProfileDocumentReader::Next;
    for (Next next; (next = reader.next()) != Next::End;) {
        if (next == Next::Member) {
            if (reader.name() == profilesKey)
                list = reader.value(); // not a list
            else
                root.insert(reader.name(), reader.value());
        } else if (next == Next::Profile) {
            collector.add(reader.value());
        } else {
            // Damaged, or unusual enough to be read whole: the whole-document reading decides,
            // and says precisely what is wrong.
            if (!device.seek(0)) {
                result = Parsed();
                result.problem = StoreLoadResult::Problem::Corrupt;
                result.detail = device.errorString();
                return result;
            }
            return parse(device.readAll());
        }
    }
    if (reader.sawProfileList())
        list = QJsonArray();
    Parsed refused;
    if (refuseRoot(root, list, refused))
        return refused;
    collector.finish(root);
    return result;
}

QString ProfileStore::moveAside(const QString &reason, QString *error) const
{
    QString target = m_filePath + QLatin1Char('.') + reason + QLatin1Char('-') + nowStamp();
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_filePath + QLatin1Char('.') + reason + QLatin1Char('-') + nowStamp()
                + QLatin1Char('-') + QString::number(n);
    // A rename in the same directory keeps the bytes exactly as they were.
    if (::rename(QFile::encodeName(m_filePath).constData(), QFile::encodeName(target).constData())
        != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return {};
    }
    qCWarning(lcStore) << "moved unusable store" << m_filePath << "to" << target;
    return target;
}

StoreLoadResult ProfileStore::load()
{
    return load(read(m_filePath));
}

ProfileStore::Read ProfileStore::read(const QString &filePath)
{
    Read read;
    read.filePath = filePath;
    read.stamp = FileStamp::of(filePath);
    QFile file(filePath);
    read.exists = file.exists();
    if (!read.exists)
        return read;
    read.opened = file.open(QIODevice::ReadOnly);
    if (!read.opened) {
        read.openError = file.errorString();
        return read;
    }
    read.parsed = parse(file);
    return read;
}

StoreLoadResult ProfileStore::load(Read read)
{
    using Status = StoreLoadResult::Status;
    using Problem = StoreLoadResult::Problem;
    Q_ASSERT(read.filePath == m_filePath);
    StoreLoadResult result;
    result.filePath = m_filePath;
    m_writable = true;

    QList<Profile> loaded;
    QJsonObject unknownTopLevel;
    if (!read.exists) {
        result.status = Status::NoFile;
    } else if (!read.opened) {
        result.status = Status::Unreadable;
        result.detail = read.openError;
        m_writable = false;
    } else {
        Parsed &parsed = read.parsed;
        result.problem = parsed.problem;
        result.detail = parsed.detail;
        result.skippedProfiles = parsed.skipped;
        loaded = std::move(parsed.profiles);
        unknownTopLevel = parsed.unknownTopLevel;
        result.status = Status::Loaded;

        if (parsed.problem != Problem::None) {
            static const QHash<Problem, QString> reasons {
                    {Problem::Corrupt, QStringLiteral("corrupt")},
                    {Problem::Truncated, QStringLiteral("truncated")},
                    {Problem::NewerFormat, QStringLiteral("newer-format")},
                    {Problem::InvalidValues, QStringLiteral("invalid")},
            };
            QString error;
            result.movedTo = moveAside(reasons.value(parsed.problem), &error);
            if (result.movedTo.isEmpty()) {
                result.status = Status::Unreadable;
                result.detail = tr("%1; moving it aside failed: %2").arg(parsed.detail, error);
                m_writable = false;
                loaded.clear();
            } else {
                result.status = Status::MovedAside;
            }
        }
        if (result.status == Status::MovedAside
            && (parsed.problem == Problem::Corrupt || parsed.problem == Problem::Truncated)) {
            QFile backup(backupFilePath());
            if (backup.open(QIODevice::ReadOnly)) {
                Parsed fromBackup = parse(backup.readAll());
                if (fromBackup.problem == Problem::None) {
                    loaded = std::move(fromBackup.profiles);
                    unknownTopLevel = fromBackup.unknownTopLevel;
                    result.restoredFromBackup = true;
                    result.backupPath = backupFilePath();
                }
            }
        }
    }

    m_profiles = std::move(loaded);
    m_unknownTopLevel = unknownTopLevel;
    rebuildIndex();
    result.loadedCount = count();
    // The file as it was read: a change made since then is one reloadIfChanged() picks up.
    m_stamp = result.status == Status::Loaded ? read.stamp : FileStamp::of(m_filePath);

    // What was salvaged becomes the store at once, so the next start finds it in place.
    if (result.status == Status::MovedAside && count() > 0) {
        if (const StoreSaveResult saved = save(); !saved)
            qCWarning(lcStore) << "could not write the recovered store:" << saved.error;
    }
    Q_EMIT profilesReset();
    return result;
}

bool ProfileStore::reloadIfChanged()
{
    if (!m_writable || FileStamp::of(m_filePath) == m_stamp)
        return false;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    Parsed parsed = parse(file);
    if (parsed.problem != StoreLoadResult::Problem::None) {
        // Someone else wrote something we cannot use: keep what we have, do not overwrite it.
        qCWarning(lcStore) << "ignoring an unusable store written by another program:"
                           << parsed.detail;
        return false;
    }
    m_profiles = std::move(parsed.profiles);
    m_unknownTopLevel = parsed.unknownTopLevel;
    rebuildIndex();
    m_stamp = FileStamp::of(m_filePath);
    Q_EMIT profilesReset();
    return true;
}

void ProfileStore::watchForExternalChanges()
{
    if (m_watcher)
        return;
    m_watcher = new QFileSystemWatcher(this);
    // Saves replace the file, so the directory is what changes.
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    m_watcher->addPath(QFileInfo(m_filePath).absolutePath());
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { reloadIfChanged(); });
}

QByteArray ProfileStore::serialize() const
{
    return serialize(m_profiles, m_unknownTopLevel);
}

QByteArray ProfileStore::serialize(const QList<Profile> &profiles,
                                   const QJsonObject &unknownTopLevel)
{
    // The bytes QJsonDocument(root).toJson(QJsonDocument::Indented) writes for the document of
    // format, version, profiles and unknownTopLevel, written directly: building that document
    // as QJsonObjects first took most of the time of a save.
    QByteArray out;
    out.reserve(1024 + profiles.size() * qsizetype(1024));
    out.append("{\n", 2);
    QJsonObject keys = unknownTopLevel; // the top level in QJsonObject's key order
    for (QLatin1String key : {formatKey, versionKey, profilesKey})
        keys.insert(key, QJsonValue());
    bool first = true;
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
        const QString key = it.key();
        if (!first)
            out.append(",\n", 2);
        first = false;
        JsonText::appendIndent(out, 1);
        JsonText::appendString(out, key);
        out.append(": ", 2);
        if (key == formatKey) {
            JsonText::appendString(out, QString::fromLatin1(formatName));
        } else if (key == versionKey) {
            out.append(QByteArray::number(formatVersion));
        } else if (key == profilesKey) {
            out.append("[\n", 2);
            for (qsizetype i = 0; i < profiles.size(); ++i) {
                JsonText::appendIndent(out, 2);
                profiles.at(i).appendJsonText(out, 2);
                out.append(i + 1 < profiles.size() ? ",\n" : "\n");
            }
            JsonText::appendIndent(out, 1);
            out.append(']');
        } else {
            JsonText::appendValue(out, unknownTopLevel.value(key), 1);
        }
    }
    out.append("\n}\n", 3);
    return out;
}

StoreSaveResult ProfileStore::save()
{
    QLockFile lock(m_filePath + QStringLiteral(".lock"));
    if (std::optional<StoreSaveResult> busy = takeLock(lock))
        return *busy;
    return save(Backup::Rotate);
}

// The store's lock: one sslcm (the GUI, sslcm-cli) changes the file at a time.
std::optional<StoreSaveResult> ProfileStore::takeLock(QLockFile &lock) const
{
    lock.setStaleLockTime(lockStaleMs);
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    if (lock.tryLock(lockTimeoutMs))
        return std::nullopt;
    qint64 pid = 0;
    QString host, app;
    lock.getLockInfo(&pid, &host, &app);
    return StoreSaveResult {false,
                            tr("The profile file is being changed by another program (%1, "
                               "process %2). Try again in a moment.")
                                    .arg(app.isEmpty() ? tr("unknown") : app)
                                    .arg(pid)};
}

StoreSaveResult ProfileStore::save(Backup backup)
{
    if (!m_writable)
        return {false,
                tr("The profile file %1 could not be read, so sslcm will not overwrite it.")
                        .arg(QDir::toNativeSeparators(m_filePath))};
    return writeFile(serialize(), backup);
}

StoreSaveResult ProfileStore::writeFile(const QByteArray &bytes, Backup backup)
{
    const QString dir = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(dir))
        return {false, tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir))};
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // Written whole to profiles.json.tmp (mode 0600), flushed to disk, then renamed over the
    // store: a crash at any moment leaves the old file or the new one, never a mix. The name is
    // fixed and the caller holds the store's lock, so a write that was killed leaves at most
    // that one file, which the next save reuses. A store that is a symbolic link (a dotfile
    // manager's) stays one: the file it points to is replaced.
    const QFileInfo info(m_filePath);
    const QString target = info.isSymLink() ? info.symLinkTarget() : m_filePath;
    const QByteArray targetPath = QFile::encodeName(target);
    const QByteArray tmpPath = targetPath + ".tmp";
    const auto failed = [this](int error) {
        return StoreSaveResult {false,
                                tr("Could not write %1: %2")
                                        .arg(QDir::toNativeSeparators(m_filePath),
                                             QString::fromLocal8Bit(std::strerror(error)))};
    };
    const int fd = ::open(tmpPath.constData(),
                          O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return failed(errno);
    int error = ::fchmod(fd, 0600) == 0 ? 0 : errno;
    for (qsizetype done = 0; error == 0 && done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0)
            done += n;
        else if (n < 0 && errno != EINTR)
            error = errno;
    }
    if (error == 0 && ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error != 0) {
        ::unlink(tmpPath.constData());
        return failed(error);
    }

    // Keep the file being replaced as the backup: a hard link, renamed into place, so the backup
    // is always a whole file and costs no copy. A save of test results only leaves an existing
    // backup alone: it stays the state before the user's last edit, whatever ran since.
    const QByteArray &current = targetPath;
    const QByteArray backupPath = QFile::encodeName(backupFilePath());
    if (backup == Backup::Rotate || !QFileInfo::exists(backupFilePath())) {
        const QByteArray backupTmp = backupPath + ".tmp";
        ::unlink(backupTmp.constData());
        if (::link(current.constData(), backupTmp.constData()) == 0) {
            if (::rename(backupTmp.constData(), backupPath.constData()) != 0)
                ::unlink(backupTmp.constData());
        }
    }

    if (::rename(tmpPath.constData(), targetPath.constData()) != 0) {
        error = errno;
        ::unlink(tmpPath.constData());
        return failed(error);
    }
    // The rename itself reaches the disk with the folder.
    if (const int dirFd = ::open(QFile::encodeName(QFileInfo(target).absolutePath()).constData(),
                                 O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    m_stamp = FileStamp::of(m_filePath);
    return {};
}

StoreSaveResult ProfileStore::mutate(const std::function<std::optional<QString>()> &change,
                                     const std::function<void()> &notify, Backup backup)
{
    if (!m_writable)
        return save(backup);
    QLockFile lock(m_filePath + QStringLiteral(".lock"));
    if (std::optional<StoreSaveResult> busy = takeLock(lock))
        return *busy;
    // Another sslcm (the GUI or sslcm-cli) may have written since we read: start from its data.
    const bool reloaded = reloadIfChanged();

    const QList<Profile> before = m_profiles;
    if (const std::optional<QString> refused = change())
        return {false, *refused};
    rebuildIndex();
    StoreSaveResult saved = save(backup);
    if (!saved) {
        m_profiles = before;
        rebuildIndex();
        return saved;
    }
    if (!reloaded)
        notify();
    return saved;
}

StoreSaveResult ProfileStore::add(Profile profile)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (profile.id.isNull())
        profile.id = QUuid::createUuid();
    if (!profile.created.isValid())
        profile.created = now;
    profile.modified = now;
    const QUuid id = profile.id;
    return mutate(
            [&]() -> std::optional<QString> {
                if (indexOf(id) >= 0)
                    return tr("A profile with the id %1 already exists.")
                            .arg(id.toString(QUuid::WithoutBraces));
                m_profiles.append(profile);
                return std::nullopt;
            },
            [&] { Q_EMIT profileAdded(id); });
}

StoreSaveResult ProfileStore::update(Profile profile)
{
    const QUuid id = profile.id;
    return mutate(
            [&]() -> std::optional<QString> {
                const int i = indexOf(id);
                if (i < 0)
                    return tr("The profile no longer exists; it may have been deleted elsewhere.");
                const Profile &stored = m_profiles.at(i);
                profile.created = stored.created;
                profile.modified = QDateTime::currentDateTimeUtc();
                keepNewerLastTest(profile, stored);
                m_profiles[i] = profile;
                return std::nullopt;
            },
            [&] { Q_EMIT profileUpdated(id); });
}

StoreSaveResult ProfileStore::remove(const QUuid &id)
{
    StoreSaveResult result = mutate(
            [&]() -> std::optional<QString> {
                const int i = indexOf(id);
                if (i < 0)
                    return tr("The profile no longer exists; it may have been deleted elsewhere.");
                m_profiles.removeAt(i);
                return std::nullopt;
            },
            [&] { Q_EMIT profileRemoved(id); });
    if (result && m_secrets)
        m_secrets->removeAll(id);
    return result;
}

StoreSaveResult ProfileStore::replaceAll(QList<Profile> profiles)
{
    QSet<QUuid> seen;
    for (Profile &p : profiles) {
        if (p.id.isNull() || seen.contains(p.id))
            p.id = QUuid::createUuid();
        seen.insert(p.id);
    }
    return mutate(
            [&]() -> std::optional<QString> {
                m_profiles = std::move(profiles);
                return std::nullopt;
            },
            [&] { Q_EMIT profilesReset(); });
}

StoreSaveResult ProfileStore::recordTest(const QUuid &id, const ConnectionReport &report)
{
    const std::optional<LastTestResult> result = LastTestResult::of(report);
    if (!result)
        return {};
    return mutate(
            [&]() -> std::optional<QString> {
                const int i = indexOf(id);
                if (i < 0)
                    return tr("The profile no longer exists; it may have been deleted elsewhere.");
                Profile &profile = m_profiles[i];
                profile.lastTest = result;
                profile.unknownFields.remove(QLatin1String(LastTestResult::fieldName));
                return std::nullopt;
            },
            [&] { Q_EMIT profileUpdated(id); }, Backup::KeepExisting);
}

ProfileStore::Duplicated ProfileStore::duplicate(const QUuid &id)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QUuid copyId = QUuid::createUuid();
    const StoreSaveResult saved = mutate(
            [&]() -> std::optional<QString> {
                // Named after the latest data, which mutate() has just read.
                const int i = indexOf(id);
                if (i < 0)
                    return tr("The profile no longer exists; it may have been deleted elsewhere.");
                Profile copy = m_profiles.at(i);
                copy.id = copyId;
                copy.created = now;
                copy.modified = now;
                // The copy has not been tested.
                copy.lastTest.reset();
                copy.unknownFields.remove(QLatin1String(LastTestResult::fieldName));
                const QString original = copy.name;
                //: Name of a duplicated connection; %1 is the original's name
                copy.name = tr("%1 (copy)").arg(original);
                for (int n = 2; !find(copy.name).isEmpty(); ++n)
                    //: Name of a duplicated connection; %1 is the original's name, %2 a number
                    copy.name = tr("%1 (copy %2)").arg(original).arg(n);
                m_profiles.append(copy);
                return std::nullopt;
            },
            [&] { Q_EMIT profileAdded(copyId); });
    return {saved, saved ? copyId : QUuid()};
}
