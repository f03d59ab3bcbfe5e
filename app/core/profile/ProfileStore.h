// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Profile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

class QFileSystemWatcher;
class QIODevice;
class QLockFile;
class SecretStore;
struct ConnectionReport;

// What happened when the store file was loaded. Loading never loses data: a file that cannot be
// used as it is gets moved aside byte for byte, and this says where.
struct StoreLoadResult
{
    enum class Status {
        Loaded,     // the file was read as it is
        NoFile,     // first start: no store yet
        MovedAside, // the file could not be used as it is and was moved to `movedTo`
        Unreadable, // the file exists but cannot be read (permissions); the store is read-only
    };
    enum class Problem {
        None,
        Corrupt,       // not valid JSON, or not an sslcm store
        Truncated,     // JSON that ends early (an interrupted write by something else)
        NewerFormat,   // written by a newer sslcm
        InvalidValues, // some profiles hold values this version cannot use; the rest loaded
    };
    Status status = Status::NoFile;
    Problem problem = Problem::None;
    QString filePath;
    QString movedTo; // where the original bytes now are (MovedAside)
    QString detail;  // parser message, format version, or the first invalid field
    int loadedCount = 0;
    QStringList skippedProfiles;     // "name: reason" of profiles that were not loaded
    bool restoredFromBackup = false; // profiles came from the backup of the previous save
    QString backupPath;

    bool needsAttention() const
    {
        return status == Status::MovedAside || status == Status::Unreadable;
    }
    // The whole story in plain, translated words, for a message box or stderr.
    QString message() const;
};

struct StoreSaveResult
{
    bool ok = true;
    QString error; // translated

    explicit operator bool() const { return ok; }
};

// The profiles, kept in one versioned JSON document (mode 0600) in the user's config folder.
// Every change is written at once and atomically; the file it replaces is kept as a backup.
// Recording a test result does not replace the backup, so a monitoring loop running
// `sslcm-cli test` cannot push the user's last edit out of it.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int formatVersion = 1;
    static constexpr auto formatName = "sslcm-profiles";

    explicit ProfileStore(const QString &filePath = defaultFilePath(), QObject *parent = nullptr);
    ~ProfileStore() override;

    // ~/.config/sslcm/profiles.json (honours XDG_CONFIG_HOME and Qt's test mode).
    static QString defaultFilePath();

    QString filePath() const { return m_filePath; }
    QString backupFilePath() const { return m_filePath + QStringLiteral(".bak"); }

    // Deleting a profile deletes its secrets from here.
    void setSecretStore(SecretStore *secrets);

    StoreLoadResult load();
    // load() in two steps, so that the slow one can run on another thread: read() reads and
    // parses the file without touching any store; load(Read) makes that the store's content
    // (moving an unusable file aside, as load() does).
    struct Read;
    static Read read(const QString &filePath);
    StoreLoadResult load(Read read);

    // What a store document holds, as load() and reloadIfChanged() read it.
    struct Parsed
    {
        StoreLoadResult::Problem problem = StoreLoadResult::Problem::None;
        QString detail; // translated
        QList<Profile> profiles;
        QStringList skipped; // "name: reason" of the profiles left out
        QJsonObject unknownTopLevel;
    };
    static Parsed parse(const QByteArray &bytes);
    // The same, letting go of `bytes` as soon as they are parsed (a 7 MB file of 10,000
    // profiles need not stay in memory while the profiles are built).
    static Parsed parse(QByteArray &&bytes);
    // The same, read from `device` (seekable) a piece at a time (ProfileDocumentReader): neither
    // the whole text nor the whole document is held while the profiles are built. A document it
    // cannot take apart with certainty is read whole, as above. `chunkSize`: bytes per read.
    static Parsed parse(QIODevice &device, qsizetype chunkSize = 256 * 1024);
    // The document save() writes.
    static QByteArray serialize(const QList<Profile> &profiles, const QJsonObject &unknownTopLevel);

    // False after a load that found an unreadable file: nothing may overwrite it.
    bool isWritable() const { return m_writable; }

    const QList<Profile> &profiles() const { return m_profiles; }
    int count() const { return int(m_profiles.size()); }
    int indexOf(const QUuid &id) const { return m_index.value(id, -1); }
    std::optional<Profile> profile(const QUuid &id) const;
    // Profiles whose id (with or without braces) or name equals `nameOrId`.
    QList<Profile> find(const QString &nameOrId) const;

    // Each mutation saves immediately. On a failed save the change is rolled back in memory.
    // add() assigns a new id if the profile has none and refuses an id that is taken.
    StoreSaveResult add(Profile profile);
    // update() keeps the stored last test unless `profile` brings the result of a later test:
    // a caller that edited an older copy does not undo a test recorded meanwhile.
    StoreSaveResult update(Profile profile);
    StoreSaveResult remove(const QUuid &id);
    // Replaces everything at once (import, tests, benchmarks): one save, one reset signal.
    StoreSaveResult replaceAll(QList<Profile> profiles);

    // Keeps the outcome of a test of profile `id` as its last test (LastTestResult), the one way
    // every front end records a test. Changes nothing else of the profile, on top of what other
    // programs saved meanwhile, and does not count as a modification. A cancelled test records
    // nothing.
    StoreSaveResult recordTest(const QUuid &id, const ConnectionReport &report);

    struct Duplicated
    {
        StoreSaveResult saved;
        QUuid id; // the copy's; null when nothing was added
    };
    // Adds a copy of profile `id` with a new id, named "<name> (copy)" (or "(copy 2)", ...), and
    // without the original's last test. Secrets are not copied: the copy asks for its password
    // until one is saved for it.
    Duplicated duplicate(const QUuid &id);

    StoreSaveResult save();

    // Re-reads the file if another program (sslcm-cli, a second window) replaced it since this
    // object last read or wrote it. Returns true and emits profilesReset() if it did.
    bool reloadIfChanged();
    // Calls reloadIfChanged() whenever the store's folder changes.
    void watchForExternalChanges();

Q_SIGNALS:
    void profileAdded(const QUuid &id);
    void profileUpdated(const QUuid &id);
    void profileRemoved(const QUuid &id);
    void profilesReset();

private:
    // The identity of the file as last read or written by this object. A save replaces the
    // inode, so any write by another process changes it.
    struct FileStamp
    {
        bool exists = false;
        quint64 inode = 0;
        qint64 size = 0;
        qint64 mtimeNs = 0;

        static FileStamp of(const QString &path);
        bool operator==(const FileStamp &o) const
        {
            return exists == o.exists && inode == o.inode && size == o.size && mtimeNs == o.mtimeNs;
        }
    };
    // Runs `change` under the store's lock file, on top of the latest data on disk, then saves;
    // `change` returns a reason to refuse. `notify` emits the fine-grained signal.
    // What a save does with the backup (profiles.json.bak).
    enum class Backup {
        Rotate,       // the file being replaced becomes the backup: the user changed something
        KeepExisting, // only test results changed: the backup of the last edit stays as it is
    };
    StoreSaveResult mutate(const std::function<std::optional<QString>()> &change,
                           const std::function<void()> &notify, Backup backup = Backup::Rotate);
    StoreSaveResult save(Backup backup);                            // the caller holds the lock
    std::optional<StoreSaveResult> takeLock(QLockFile &lock) const; // a refusal when busy
    QByteArray serialize() const;
    StoreSaveResult writeFile(const QByteArray &bytes, Backup backup);
    QString moveAside(const QString &reason, QString *error) const;
    void rebuildIndex();

    QString m_filePath;
    QList<Profile> m_profiles;
    QHash<QUuid, int> m_index;
    QJsonObject m_unknownTopLevel;
    QPointer<SecretStore> m_secrets;
    bool m_writable = true;
    FileStamp m_stamp;
    QFileSystemWatcher *m_watcher = nullptr;
};

struct ProfileStore::Read
{
    QString filePath;
    bool exists = false;
    bool opened = false;
    QString openError;
    Parsed parsed;
    FileStamp stamp; // of the file as it was before it was read
};
