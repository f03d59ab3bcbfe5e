// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UtcDateTime.h"
#include "profile/ProfileStore.h"

#include "mysql/ConnectionReport.h"
#include "profile/MemorySecretStore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class tst_ProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultPathIsInConfigFolder();
    void firstStartHasNoFile();
    void saveAndLoadRoundTrip();
    void filePermissionsArePrivate();
    void previousVersionKeptAsBackup();
    void leftoverOfAKilledSaveIsReplaced();
    void storeThatIsASymbolicLinkStaysOne();
    void unknownFieldsSurviveRoundTrip();
    void parseReadsWhatLoadReads();
    void pieceByPieceReadsWhatTheWholeDocumentReads_data();
    void pieceByPieceReadsWhatTheWholeDocumentReads();
    void oneHugeProfileIsNotReadPieceByPiece();
    void serializeWritesWhatQtsWriterWrites();
    void dateThatCannotBeSavedIsRefused();
    void unusableFileMovedAside_data();
    void unusableFileMovedAside();
    void corruptFileRestoredFromBackup();
    void invalidProfilesSkippedOthersLoaded();
    void unreadableFileIsNeverOverwritten();
    void changeSignals();
    void duplicateNamesAllowedIdsUnique();
    void findByNameOrId();
    void changesFromAnotherProcessAreNotLost();
    void externalChangeIsPickedUp();
    void lastTestOfEarlierVersionsLoadsIntoTheField();
    void recordTestChangesOnlyThatProfilesResult();
    void cancelledTestRecordsNothing();
    void staleUpdateKeepsATestRecordedMeanwhile();
    void recordingTestsKeepsTheBackupOfTheLastEdit();
    void duplicateIsANewUntestedProfileWithoutSecrets();

private:
    QString storePath() const { return m_dir->filePath(QStringLiteral("sslcm/profiles.json")); }
    static Profile sample(const QString &name);
    static QByteArray readFile(const QString &path);
    static void writeFile(const QString &path, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Profile tst_ProfileStore::sample(const QString &name)
{
    Profile p = Profile::create();
    p.name = name;
    p.host = name.toLower() + QStringLiteral(".example.com");
    p.user = QStringLiteral("app");
    p.caFile = QStringLiteral("/etc/ssl/ca.pem");
    return p;
}

QByteArray tst_ProfileStore::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void tst_ProfileStore::writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

void tst_ProfileStore::defaultPathIsInConfigFolder()
{
    const QString path = ProfileStore::defaultFilePath();
    QVERIFY(path.endsWith(QLatin1String("/sslcm/profiles.json")));
    // Test mode keeps tests away from the user's real file.
    QVERIFY2(path.contains(QLatin1String(".qttest")), qPrintable(path));
}

void tst_ProfileStore::firstStartHasNoFile()
{
    ProfileStore store(storePath());
    const StoreLoadResult result = store.load();
    QCOMPARE(result.status, StoreLoadResult::Status::NoFile);
    QVERIFY(!result.needsAttention());
    QCOMPARE(store.count(), 0);
    QVERIFY(!QFileInfo::exists(storePath()));
}

void tst_ProfileStore::saveAndLoadRoundTrip()
{
    QList<Profile> added;
    {
        ProfileStore store(storePath());
        store.load();
        for (const QString &name :
             {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Γάμμα")}) {
            Profile p = sample(name);
            const StoreSaveResult saved = store.add(p);
            QVERIFY2(saved, qPrintable(saved.error));
            added << *store.profile(p.id);
        }
    }
    ProfileStore again(storePath());
    const StoreLoadResult result = again.load();
    QCOMPARE(result.status, StoreLoadResult::Status::Loaded);
    QCOMPARE(result.loadedCount, 3);
    QCOMPARE(again.profiles(), added);
    const QJsonObject root = QJsonDocument::fromJson(readFile(storePath())).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("sslcm-profiles"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), ProfileStore::formatVersion);
}

void tst_ProfileStore::filePermissionsArePrivate()
{
    ::umask(022);
    ProfileStore store(storePath());
    store.load();
    QVERIFY(store.add(sample(QStringLiteral("A"))));
    QVERIFY(store.add(sample(QStringLiteral("B")))); // the second save creates the backup
    for (const QString &path : {storePath(), store.backupFilePath()}) {
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }
    struct stat dir;
    QCOMPARE(::stat(QFile::encodeName(QFileInfo(storePath()).absolutePath()).constData(), &dir), 0);
    QCOMPARE(dir.st_mode & 0777, mode_t(0700));
}

void tst_ProfileStore::previousVersionKeptAsBackup()
{
    ProfileStore store(storePath());
    store.load();
    QVERIFY(store.add(sample(QStringLiteral("One"))));
    const QByteArray first = readFile(storePath());
    QVERIFY(!QFileInfo::exists(store.backupFilePath()));
    QVERIFY(store.add(sample(QStringLiteral("Two"))));
    QCOMPARE(readFile(store.backupFilePath()), first);
    const QByteArray second = readFile(storePath());
    QVERIFY(second != first);
    QVERIFY(store.remove(store.profiles().first().id));
    QCOMPARE(readFile(store.backupFilePath()), second);
}

// A save killed before its rename leaves profiles.json.tmp: the next save writes over it (never
// appends, never keeps its mode) and renames it into place, so nothing is left behind.
void tst_ProfileStore::leftoverOfAKilledSaveIsReplaced()
{
    QVERIFY(QDir().mkpath(QFileInfo(storePath()).absolutePath()));
    const QString leftover = storePath() + QStringLiteral(".tmp");
    {
        QFile f(leftover);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, 'x'));
    }
    QVERIFY(::chmod(QFile::encodeName(leftover).constData(), 0644) == 0);
    ProfileStore store(storePath());
    store.load();
    QVERIFY(store.add(sample(QStringLiteral("After the crash"))));
    QVERIFY(!QFileInfo::exists(leftover));
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(storePath()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    ProfileStore again(storePath());
    QCOMPARE(again.load().status, StoreLoadResult::Status::Loaded);
    QCOMPARE(again.count(), 1);
    QVERIFY(!readFile(storePath()).contains("xxxx"));
}

// A dotfile manager keeps profiles.json as a link into its own folder: a save replaces the file
// the link points to and leaves the link as it is.
void tst_ProfileStore::storeThatIsASymbolicLinkStaysOne()
{
    QVERIFY(QDir().mkpath(QFileInfo(storePath()).absolutePath()));
    const QString real = m_dir->filePath(QStringLiteral("dotfiles/sslcm-profiles.json"));
    QVERIFY(QDir().mkpath(QFileInfo(real).absolutePath()));
    ProfileStore first(real);
    first.load();
    QVERIFY(first.add(sample(QStringLiteral("One"))));
    QVERIFY(QFile::link(real, storePath()));

    ProfileStore store(storePath());
    QCOMPARE(store.load().status, StoreLoadResult::Status::Loaded);
    QVERIFY(store.add(sample(QStringLiteral("Two"))));
    QVERIFY(QFileInfo(storePath()).isSymLink());
    QCOMPARE(QFileInfo(storePath()).symLinkTarget(), real);
    ProfileStore again(real);
    QCOMPARE(again.load().status, StoreLoadResult::Status::Loaded);
    QCOMPARE(again.count(), 2);
    QVERIFY(!QFileInfo::exists(real + QStringLiteral(".tmp")));
}

void tst_ProfileStore::unknownFieldsSurviveRoundTrip()
{
    // What a newer sslcm might write: extra fields at both levels.
    QJsonObject profile = sample(QStringLiteral("Future")).toJson();
    profile.insert(QStringLiteral("lastTest"),
                   QJsonObject {{QStringLiteral("verdict"), QStringLiteral("verified")}});
    const QJsonObject root {
            {QStringLiteral("format"), QStringLiteral("sslcm-profiles")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("profiles"), QJsonArray {profile}},
            {QStringLiteral("settingsOfTomorrow"), QJsonArray {1, 2, 3}},
    };
    writeFile(storePath(), QJsonDocument(root).toJson());

    ProfileStore store(storePath());
    QCOMPARE(store.load().status, StoreLoadResult::Status::Loaded);
    Profile p = store.profiles().first();
    p.notes = QStringLiteral("edited by an older sslcm");
    QVERIFY(store.update(p));
    QVERIFY(store.add(sample(QStringLiteral("Other"))));

    const QJsonObject saved = QJsonDocument::fromJson(readFile(storePath())).object();
    QCOMPARE(saved.value(QLatin1String("settingsOfTomorrow")).toArray(), (QJsonArray {1, 2, 3}));
    const QJsonObject savedProfile
            = saved.value(QLatin1String("profiles")).toArray().at(0).toObject();
    QCOMPARE(savedProfile.value(QLatin1String("lastTest")),
             profile.value(QLatin1String("lastTest")));
    QCOMPARE(savedProfile.value(QLatin1String("notes")).toString(), p.notes);
}

void tst_ProfileStore::parseReadsWhatLoadReads()
{
    ProfileStore writer(storePath());
    QVERIFY(writer.add(sample(QStringLiteral("One"))));
    QVERIFY(writer.add(sample(QStringLiteral("Two"))));
    const QByteArray bytes = readFile(storePath());

    const ProfileStore::Parsed parsed = ProfileStore::parse(bytes);
    QCOMPARE(parsed.problem, StoreLoadResult::Problem::None);
    QVERIFY(parsed.detail.isEmpty());
    ProfileStore reader(storePath());
    QCOMPARE(reader.load().status, StoreLoadResult::Status::Loaded);
    QCOMPARE(parsed.profiles, reader.profiles());
    // What save() writes for them is what was read.
    QCOMPARE(ProfileStore::serialize(parsed.profiles, parsed.unknownTopLevel), bytes);
}

namespace {

// A buffer that counts seeks: the piece-by-piece reading goes back to the start only to read the
// document whole.
class CountingBuffer : public QBuffer
{
public:
    using QBuffer::QBuffer;
    bool seek(qint64 position) override
    {
        ++seeks;
        return QBuffer::seek(position);
    }
    int seeks = 0;
    int reads = 0;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        ++reads;
        return QBuffer::readData(data, maxSize);
    }
};

QByteArray profileText(const QString &id, const QString &name)
{
    return QStringLiteral(R"({"id": "%1", "name": "%2", "host": "db.example", "port": 3306,
        "sslMode": "verify-identity", "created": "2026-01-02T03:04:05.000Z",
        "modified": "2026-01-02T03:04:05.000Z"})")
            .arg(id, name)
            .toUtf8();
}

} // namespace

void tst_ProfileStore::pieceByPieceReadsWhatTheWholeDocumentReads_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("readWhole"); // the piece-by-piece reading must hand it over

    QList<Profile> profiles {sample(QStringLiteral("One")), sample(QStringLiteral("Two — ü ☃"))};
    profiles[1].notes
            = QStringLiteral("quotes \" and brackets ]}{[ and a backslash \\ at the end\\");
    const QByteArray saved = ProfileStore::serialize(
            profiles, QJsonObject {{QStringLiteral("future"), QJsonArray {1, QJsonObject {}}}});
    const QByteArray a = profileText(QStringLiteral("6f1c3a0e-0000-4000-8000-000000000001"),
                                     QStringLiteral("A"));
    const QByteArray b = profileText(QStringLiteral("6f1c3a0e-0000-4000-8000-000000000002"),
                                     QStringLiteral(R"(B \"]}\\)"));
    QTest::newRow("as saved") << saved << false;
    QTest::newRow("compact, other order")
            << QByteArray(R"({"version":1,"x":{"y":[1,2,{"z":"]"}]},"profiles":[)" + a + "," + b
                          + R"(],"format":"sslcm-profiles"})")
            << false;
    QTest::newRow("no profile list")
            << QByteArray(R"({"format": "sslcm-profiles", "version": 1})") << false;
    QTest::newRow("empty profile list") << QByteArray(
            "\r\n\t {\"format\":\"sslcm-profiles\",\"profiles\":[ ],\"version\":1} \n")
                                        << false;
    QTest::newRow("profile list not a list")
            << QByteArray(R"({"format": "sslcm-profiles", "profiles": {"a": 1}, "version": 1})")
            << false;
    QTest::newRow("profile list a string")
            << QByteArray(R"({"format": "sslcm-profiles", "profiles": "[]", "version": 1})")
            << false;
    QTest::newRow("not a profile file")
            << QByteArray(R"({"format": "other", "profiles": [)" + a + R"(], "version": 1})")
            << false;
    QTest::newRow("newer format") << QByteArray(R"({"format": "sslcm-profiles", "profiles": [1, )"
                                                + a + R"(], "version": 7})")
                                  << false;
    QTest::newRow("version missing")
            << QByteArray(R"({"format": "sslcm-profiles", "profiles": [)" + a + "]}") << false;
    QTest::newRow("elements that are no profiles and a taken id") << QByteArray(
            R"({"format": "sslcm-profiles", "profiles": [1, "x", null, true, -2.5e3, [],
                          )"
            + a + "," + b + "," + a + R"(, {"name": "bad", "port": "x"}], "version": 1.0})")
                                                                  << false;
    QTest::newRow("escaped characters") << QByteArray(
            R"({"format": "sslcm-\u0070rofiles", "profiles": [{"id": "6f1c3a0e-0000-4000-8000-000000000003", "name": "\ud83d\ude00 \/ \b\f\n\r\t", "host": "h"}], "version": 1, "\"q\"": "\\"})")
                                        << false;
    // Handed over to the whole-document reading, which says what is wrong or reads it.
    QTest::newRow("empty file") << QByteArray() << true;
    QTest::newRow("only whitespace") << QByteArray(" \n ") << true;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF" + saved) << true;
    QTest::newRow("a list, not an object") << QByteArray("[" + a + "]") << true;
    QTest::newRow("truncated in a profile") << saved.left(saved.size() / 2) << true;
    QTest::newRow("truncated at the end") << saved.left(saved.size() - 2) << true;
    QTest::newRow("something after the document") << QByteArray(saved + "x") << true;
    QTest::newRow("a missing comma") << QByteArray(R"({"format": "sslcm-profiles", "profiles": [)"
                                                   + a + b + R"(], "version": 1})")
                                     << true;
    QTest::newRow("a comma too many") << QByteArray(R"({"format": "sslcm-profiles", "profiles": [)"
                                                    + a + R"(,], "version": 1})")
                                      << true;
    QTest::newRow("a broken profile")
            << QByteArray(R"({"format": "sslcm-profiles", "profiles": [{"id": }], "version": 1})")
            << true;
    QTest::newRow("a name twice") << QByteArray(
            R"({"format": "x", "format": "sslcm-profiles", "profiles": [], "version": 1})")
                                  << true;
    QTest::newRow("the profile list twice")
            << QByteArray(R"({"format": "sslcm-profiles", "profiles": [)" + a
                          + R"(], "profiles": [], "version": 1})")
            << true;
    QTest::newRow("a NUL escape in a name") << QByteArray(
            R"({"format": "sslcm-profiles", "profiles": [{"na\u0000me": 1}], "version": 1})")
                                            << true;
    QTest::newRow("a NUL byte") << QByteArray(saved).replace("One", QByteArray("O\0e", 3)) << true;
    QByteArray deep
            = R"({"format": "sslcm-profiles", "profiles": [{"id": "6f1c3a0e-0000-4000-8000-000000000004", "deep": )";
    deep += QByteArray(600, '[') + QByteArray(600, ']') + "}], \"version\": 1}";
    QTest::newRow("nesting deeper than the reader takes apart") << deep << true;
}

// The piece-by-piece reading (ProfileStore::read(), reloadIfChanged()) gives exactly what the
// whole-document reading gives, for every document and wherever the pieces end; what it cannot
// take apart with certainty it hands over to the whole-document reading.
void tst_ProfileStore::pieceByPieceReadsWhatTheWholeDocumentReads()
{
    QFETCH(QByteArray, document);
    QFETCH(bool, readWhole);
    const ProfileStore::Parsed whole = ProfileStore::parse(document);
    for (const qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(7), qsizetype(64),
                                  qsizetype(4096), qsizetype(256 * 1024)}) {
        CountingBuffer device;
        device.setData(document);
        QVERIFY(device.open(QIODevice::ReadOnly));
        device.seeks = 0;
        const ProfileStore::Parsed pieces = ProfileStore::parse(device, chunk);
        const QByteArray where = "chunks of " + QByteArray::number(chunk);
        QVERIFY2(pieces.problem == whole.problem, where);
        QVERIFY2(pieces.detail == whole.detail, where + ": " + pieces.detail.toUtf8());
        QVERIFY2(pieces.skipped == whole.skipped, where);
        QVERIFY2(pieces.profiles == whole.profiles, where);
        QVERIFY2(pieces.unknownTopLevel == whole.unknownTopLevel, where);
        QVERIFY2((device.seeks > 0) == readWhole,
                 where + (readWhole ? ": not handed over" : ": handed over"));
    }
    if (!readWhole && whole.problem == StoreLoadResult::Problem::None)
        QVERIFY(!whole.profiles.isEmpty() || !document.contains("\"id\""));
}

// A profile far larger than a piece (a note of 8 MB) is read in growing pieces: the reader makes a
// step that ran out of text again from its start, and reading it a chunk at a time would scan it
// once per chunk (8,192 times here).
void tst_ProfileStore::oneHugeProfileIsNotReadPieceByPiece()
{
    Profile p = sample(QStringLiteral("Huge"));
    p.notes = QString(8 * 1024 * 1024, QLatin1Char('x'));
    const QByteArray document = ProfileStore::serialize({p}, {});
    CountingBuffer device;
    device.setData(document);
    QVERIFY(device.open(QIODevice::ReadOnly));
    device.seeks = 0;
    const ProfileStore::Parsed parsed = ProfileStore::parse(device, 1024);
    QCOMPARE(parsed.problem, StoreLoadResult::Problem::None);
    QCOMPARE(parsed.profiles.size(), 1);
    QCOMPARE(parsed.profiles.first().notes.size(), p.notes.size());
    QCOMPARE(device.seeks, 0); // read piece by piece, not handed over
    QVERIFY2(device.reads < 64, QByteArray::number(device.reads));
}

// serialize() writes the document itself, without building it as a QJsonObject: the bytes must
// be those Qt's writer makes of the QJsonObject of the same profiles (what earlier versions
// wrote), whatever the profiles hold.
void tst_ProfileStore::serializeWritesWhatQtsWriterWrites()
{
    auto qtWrites = [](const QList<Profile> &profiles, const QJsonObject &unknownTopLevel) {
        QJsonArray array;
        for (const Profile &p : profiles)
            array.append(p.toJson());
        QJsonObject root = unknownTopLevel;
        root.insert(QStringLiteral("format"), QStringLiteral("sslcm-profiles"));
        root.insert(QStringLiteral("version"), 1);
        root.insert(QStringLiteral("profiles"), array);
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    };

    // Every kind of character: control characters, quotes, backslashes, DEL, two- and
    // three-byte UTF-8, a surrogate pair, lone surrogates, non-characters.
    QString everything;
    for (char16_t c = 0; c < 0x80; ++c)
        everything.append(QChar(c));
    for (char16_t c : {u'\u00e9', u'\u07ff', u'\u0800', u'\u20ac', u'\ufffe', u'\uffff'})
        everything.append(QChar(c));
    everything.append(QString::fromUtf8("\xf0\x9f\x98\x80")); // U+1F600, a surrogate pair
    QString loneSurrogates = QStringLiteral("before ");
    loneSurrogates.append(QChar(0xd800)).append(QStringLiteral(" middle ")).append(QChar(0xdc00));

    Profile full = sample(QStringLiteral("Zürich — \"prod\" \\ back"));
    full.port = 3307;
    full.database = everything;
    full.sslMode = SslMode::VerifyCa;
    full.caDirectory = QStringLiteral("/etc/ssl/certs");
    full.clientCertificate = QStringLiteral("/home/u/client.pem");
    full.clientKey = QStringLiteral("/home/u/client.key");
    full.minTlsVersion = TlsVersion::Tls1_3;
    full.cipherList = loneSurrogates;
    full.pinnedSha256 = QByteArray(32, '\xab');
    full.connectTimeoutSeconds = 42;
    full.notes = QStringLiteral("line 1\nline 2\ttab");
    full.created = utcDateTime(QDate(5, 1, 2), QTime(3, 4, 5, 6)); // a year of one digit
    full.modified = QDateTime();                                   // written as ""
    full.passwordSource.kind = PasswordSource::Kind::Command;
    full.passwordSource.command = {QStringLiteral("pass"), QStringLiteral("show"), everything};
    SshJump jump;
    jump.host = QStringLiteral("bastion.example.com");
    jump.port = 2222;
    jump.user = QStringLiteral("deploy");
    full.ssh = jump;
    LastTestResult last;
    last.verdict = ConnectionVerdict::Plaintext;
    last.whenUtc = utcDateTime(QDate(2026, 1, 2), QTime(3, 4, 5));
    last.summary = QStringLiteral("No TLS.");
    full.lastTest = last;
    // Fields of a newer sslcm, sorting before, between and after the known ones.
    full.unknownFields = QJsonObject {
            {QStringLiteral("Zeta"), QJsonObject {{QStringLiteral("list"), QJsonArray {1, 2.5}}}},
            {QStringLiteral("aardvark"), 0.1},
            {QStringLiteral("big"), 1e300},
            {QStringLiteral("integer"), qint64(9007199254740993)},
            {QStringLiteral("negativeZero"), -0.0},
            {QStringLiteral("flag"), true},
            {QStringLiteral("nothing"), QJsonValue::Null},
            {QStringLiteral("hostAlias"), everything},
            {QStringLiteral("ünïcode key \"quoted\""), QStringLiteral("x")},
            {QStringLiteral("emptyObject"), QJsonObject {}},
            {QStringLiteral("emptyArray"), QJsonArray {}},
            {QStringLiteral("nested"),
             QJsonArray {QJsonObject {{QStringLiteral("a"), QJsonArray {QJsonArray {}}}}}},
            // Overridden by the profile's own values, as in toJson().
            {QStringLiteral("name"), QStringLiteral("not this one")},
    };

    // What this version cannot read of lastTest, passwordSource and ssh is kept as it is.
    Profile unreadable = sample(QStringLiteral("Unreadable"));
    unreadable.unknownFields = QJsonObject {
            {QStringLiteral("lastTest"), QStringLiteral("from the future")},
            {QStringLiteral("passwordSource"), QJsonObject {{QStringLiteral("kind"), 7}}},
            {QStringLiteral("ssh"), QJsonArray {QStringLiteral("jump")}},
    };
    Profile farFuture = sample(QStringLiteral("Far"));
    farFuture.created = utcDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999));
    farFuture.modified = utcDateTime(QDate(10000, 1, 1), QTime(0, 0)); // Qt writes ""
    const QList<Profile> profiles {full, sample(QStringLiteral("Plain")), unreadable, farFuture};
    const QJsonObject unknownTopLevel {
            {QStringLiteral("settingsOfTomorrow"), QJsonArray {1, 2, 3}},
            {QStringLiteral("a"), QStringLiteral("first")},
            {QStringLiteral("zz"), QJsonObject {{QStringLiteral("k"), 1.5}}},
    };

    QCOMPARE(ProfileStore::serialize(profiles, unknownTopLevel),
             qtWrites(profiles, unknownTopLevel));
    QCOMPARE(ProfileStore::serialize(profiles, {}), qtWrites(profiles, {}));
    QCOMPARE(ProfileStore::serialize({full}, {}), qtWrites({full}, {}));
    QCOMPARE(ProfileStore::serialize({}, {}), qtWrites({}, {}));
    QCOMPARE(ProfileStore::serialize({}, unknownTopLevel), qtWrites({}, unknownTopLevel));

    // And what is written reads back as the same profiles.
    const ProfileStore::Parsed parsed
            = ProfileStore::parse(ProfileStore::serialize(profiles, unknownTopLevel));
    QCOMPARE(parsed.problem, StoreLoadResult::Problem::None);
    QCOMPARE(parsed.profiles.size(), profiles.size());
    QCOMPARE(parsed.profiles.at(1), profiles.at(1));
    QCOMPARE(parsed.unknownTopLevel, unknownTopLevel);
}

void tst_ProfileStore::dateThatCannotBeSavedIsRefused()
{
    // Found by fuzz_profilestore (corpus/profilestore/offset-dates.json): a valid ISO date whose
    // UTC form lies beyond year 9999 was accepted, and the next save wrote it as "".
    QJsonObject profile = sample(QStringLiteral("Far future")).toJson();
    profile.insert(QStringLiteral("modified"), QStringLiteral("9999-12-31T23:59:59-01:00"));
    const QByteArray bytes
            = QJsonDocument(QJsonObject {
                                    {QStringLiteral("format"), QStringLiteral("sslcm-profiles")},
                                    {QStringLiteral("version"), 1},
                                    {QStringLiteral("profiles"), QJsonArray {profile}},
                            })
                      .toJson();
    const ProfileStore::Parsed parsed = ProfileStore::parse(bytes);
    QCOMPARE(parsed.problem, StoreLoadResult::Problem::InvalidValues);
    QVERIFY(parsed.profiles.isEmpty());
    QVERIFY2(parsed.detail.contains(QLatin1String("modified")), qPrintable(parsed.detail));

    // Loading keeps the original bytes aside instead of saving the profile without its date.
    writeFile(storePath(), bytes);
    ProfileStore store(storePath());
    const StoreLoadResult result = store.load();
    QCOMPARE(result.status, StoreLoadResult::Status::MovedAside);
    QCOMPARE(readFile(result.movedTo), bytes);
}

void tst_ProfileStore::unusableFileMovedAside_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("suffix");
    const QByteArray good
            = QJsonDocument(QJsonObject {
                                    {QStringLiteral("format"), QStringLiteral("sslcm-profiles")},
                                    {QStringLiteral("version"), 1},
                                    {QStringLiteral("profiles"),
                                     QJsonArray {sample(QStringLiteral("A")).toJson()}},
                            })
                      .toJson();
    using P = StoreLoadResult::Problem;
    QTest::newRow("binary junk") << QByteArray("\x00\xff\x13garbage{{", 12) << int(P::Corrupt)
                                 << "corrupt";
    QTest::newRow("truncated") << good.left(good.size() / 2) << int(P::Truncated) << "truncated";
    QTest::newRow("empty") << QByteArray() << int(P::Truncated) << "truncated";
    QTest::newRow("other json") << QByteArray("[1, 2, 3]") << int(P::Corrupt) << "corrupt";
    QTest::newRow("wrong format") << QByteArray(R"({"format":"keepass","version":1})")
                                  << int(P::Corrupt) << "corrupt";
    // Found by fuzz_profilestore on Qt 6.8: "profiles" and "profiles\u0000…" read as one
    // field the second time, so such a file could not be saved as it was read.
    QTest::newRow("NUL in a field name")
            << QByteArray(R"({"format":"sslcm-profiles","version":1,"profiles":[],)"
                          R"("profiles\u0000\u0000":[{"id":"x"}]})")
            << int(P::Corrupt) << "corrupt";
    // Looked for only where the text holds one (\u0000 or a NUL byte): deep in a profile too,
    // and after an escaped backslash.
    QTest::newRow("NUL in a field name of a profile")
            << QByteArray(R"({"format":"sslcm-profiles","version":1,"profiles":[)"
                          R"({"id":"0f8fad5b-d9cb-469f-a165-70867728950e","notes":"a\\",)"
                          R"("x":{"y\u0000":1}}]})")
            << int(P::Corrupt) << "corrupt";
    QTest::newRow("newer format") << QByteArray(
            R"({"format":"sslcm-profiles","version":7,"profiles":[]})")
                                  << int(P::NewerFormat) << "newer-format";
}

void tst_ProfileStore::unusableFileMovedAside()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, problem);
    QFETCH(QString, suffix);
    writeFile(storePath(), bytes);

    ProfileStore store(storePath());
    const StoreLoadResult result = store.load();
    QCOMPARE(result.status, StoreLoadResult::Status::MovedAside);
    QCOMPARE(int(result.problem), problem);
    QVERIFY(result.needsAttention());
    QVERIFY2(QFileInfo(result.movedTo)
                     .fileName()
                     .startsWith(QStringLiteral("profiles.json.") + suffix + QLatin1Char('-')),
             qPrintable(result.movedTo));
    QCOMPARE(readFile(result.movedTo), bytes); // byte for byte
    QVERIFY(!QFileInfo::exists(storePath()));  // nothing was written over it either
    QCOMPARE(store.count(), 0);
    const QString message = result.message();
    QVERIFY2(message.contains(result.movedTo), qPrintable(message));
    // The store is usable again, and saving does not touch the moved file.
    QVERIFY(store.add(sample(QStringLiteral("Fresh"))));
    QCOMPARE(readFile(result.movedTo), bytes);
}

void tst_ProfileStore::corruptFileRestoredFromBackup()
{
    Profile first = sample(QStringLiteral("First"));
    {
        ProfileStore store(storePath());
        store.load();
        QVERIFY(store.add(first));
        first = store.profiles().first();
        QVERIFY(store.add(sample(QStringLiteral("Second"))));
    }
    const QByteArray damaged = readFile(storePath()).left(100);
    writeFile(storePath(), damaged);

    ProfileStore store(storePath());
    const StoreLoadResult result = store.load();
    QCOMPARE(result.status, StoreLoadResult::Status::MovedAside);
    QVERIFY(result.restoredFromBackup);
    QCOMPARE(store.profiles(), QList<Profile> {first});
    QCOMPARE(readFile(result.movedTo), damaged);
    QVERIFY(result.message().contains(QLatin1String("backup")));
    // The recovered list is in place for the next start.
    ProfileStore next(storePath());
    QCOMPARE(next.load().status, StoreLoadResult::Status::Loaded);
    QCOMPARE(next.profiles(), QList<Profile> {first});
}

void tst_ProfileStore::invalidProfilesSkippedOthersLoaded()
{
    QJsonObject bad = sample(QStringLiteral("Broken")).toJson();
    bad.insert(QStringLiteral("port"), 0);
    const QJsonObject root {
            {QStringLiteral("format"), QStringLiteral("sslcm-profiles")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("profiles"),
             QJsonArray {sample(QStringLiteral("Good1")).toJson(), bad,
                         sample(QStringLiteral("Good2")).toJson(),
                         QStringLiteral("not an object")}},
    };
    const QByteArray bytes = QJsonDocument(root).toJson();
    writeFile(storePath(), bytes);

    ProfileStore store(storePath());
    const StoreLoadResult result = store.load();
    QCOMPARE(result.status, StoreLoadResult::Status::MovedAside);
    QCOMPARE(result.problem, StoreLoadResult::Problem::InvalidValues);
    QCOMPARE(store.count(), 2);
    QCOMPARE(result.skippedProfiles.size(), 2);
    QVERIFY2(result.skippedProfiles.first().startsWith(QLatin1String("Broken: ")),
             qPrintable(result.skippedProfiles.first()));
    QVERIFY(result.skippedProfiles.first().contains(QLatin1String("port")));
    QCOMPARE(readFile(result.movedTo), bytes);
    ProfileStore next(storePath());
    QCOMPARE(next.load().status, StoreLoadResult::Status::Loaded);
    QCOMPARE(next.count(), 2);
}

void tst_ProfileStore::unreadableFileIsNeverOverwritten()
{
    // A directory where the file should be cannot be opened even by root.
    QVERIFY(QDir().mkpath(storePath()));
    ProfileStore store(storePath());
    const StoreLoadResult result = store.load();
    QCOMPARE(result.status, StoreLoadResult::Status::Unreadable);
    QVERIFY(!store.isWritable());
    QVERIFY(result.message().contains(storePath()));
    const StoreSaveResult saved = store.add(sample(QStringLiteral("X")));
    QVERIFY(!saved);
    QVERIFY(!saved.error.isEmpty());
    QVERIFY(QFileInfo(storePath()).isDir());
    QCOMPARE(store.count(), 0);
}

void tst_ProfileStore::changeSignals()
{
    ProfileStore store(storePath());
    store.load();
    QSignalSpy added(&store, &ProfileStore::profileAdded);
    QSignalSpy updated(&store, &ProfileStore::profileUpdated);
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);
    QSignalSpy reset(&store, &ProfileStore::profilesReset);

    Profile p = sample(QStringLiteral("A"));
    QVERIFY(store.add(p));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().first().value<QUuid>(), p.id);
    p.host = QStringLiteral("changed.example.com");
    QVERIFY(store.update(p));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(store.profile(p.id)->host, p.host);
    QVERIFY(store.profile(p.id)->modified >= store.profile(p.id)->created);
    QVERIFY(store.remove(p.id));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!store.remove(p.id)); // already gone: a clear refusal, no signal
    QCOMPARE(removed.size(), 1);
    QVERIFY(store.replaceAll({sample(QStringLiteral("B")), sample(QStringLiteral("C"))}));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(store.count(), 2);
}

void tst_ProfileStore::duplicateNamesAllowedIdsUnique()
{
    ProfileStore store(storePath());
    store.load();
    const Profile a = sample(QStringLiteral("Same"));
    QVERIFY(store.add(a));
    QVERIFY(store.add(sample(QStringLiteral("Same"))));
    Profile clash = sample(QStringLiteral("Clash"));
    clash.id = a.id;
    const StoreSaveResult refused = store.add(clash);
    QVERIFY(!refused);
    QVERIFY(refused.error.contains(a.id.toString(QUuid::WithoutBraces)));
    QCOMPARE(store.count(), 2);
    ProfileStore reread(storePath());
    reread.load();
    QCOMPARE(reread.count(), 2);
}

void tst_ProfileStore::findByNameOrId()
{
    ProfileStore store(storePath());
    store.load();
    const Profile a = sample(QStringLiteral("Twin"));
    QVERIFY(store.add(a));
    QVERIFY(store.add(sample(QStringLiteral("Twin"))));
    QCOMPARE(store.find(QStringLiteral("Twin")).size(), 2);
    QCOMPARE(store.find(a.id.toString()).size(), 1);
    QCOMPARE(store.find(a.id.toString(QUuid::WithoutBraces)).first().id, a.id);
    QCOMPARE(store.find(QStringLiteral("nobody")).size(), 0);
}

void tst_ProfileStore::changesFromAnotherProcessAreNotLost()
{
    // Two store objects on one file stand for the GUI and sslcm-cli.
    ProfileStore gui(storePath());
    ProfileStore cli(storePath());
    gui.load();
    cli.load();
    QVERIFY(cli.add(sample(QStringLiteral("FromCli"))));
    QVERIFY(gui.add(sample(QStringLiteral("FromGui"))));
    ProfileStore reread(storePath());
    reread.load();
    QStringList names;
    for (const Profile &p : reread.profiles())
        names << p.name;
    QCOMPARE(names, (QStringList {QStringLiteral("FromCli"), QStringLiteral("FromGui")}));
}

void tst_ProfileStore::externalChangeIsPickedUp()
{
    ProfileStore gui(storePath());
    gui.load();
    gui.watchForExternalChanges();
    QSignalSpy reset(&gui, &ProfileStore::profilesReset);
    ProfileStore cli(storePath());
    cli.load();
    QVERIFY(cli.add(sample(QStringLiteral("FromCli"))));
    QTRY_COMPARE(gui.count(), 1);
    QVERIFY(reset.size() >= 1);
    QCOMPARE(gui.profiles().first().name, QStringLiteral("FromCli"));
}

void tst_ProfileStore::lastTestOfEarlierVersionsLoadsIntoTheField()
{
    // Exactly what sslcm wrote before the last test was a field of Profile.
    const QJsonObject lastTest {
            {QStringLiteral("verdict"), QStringLiteral("encrypted-unverified")},
            {QStringLiteral("time"), QStringLiteral("2026-03-04T05:06:07Z")},
            {QStringLiteral("summary"), QStringLiteral("Anyone in the middle could pose.")},
    };
    QJsonObject profile = sample(QStringLiteral("Orders")).toJson();
    profile.insert(QStringLiteral("lastTest"), lastTest);
    writeFile(
            storePath(),
            QJsonDocument(QJsonObject {{QStringLiteral("format"), QStringLiteral("sslcm-profiles")},
                                       {QStringLiteral("version"), 1},
                                       {QStringLiteral("profiles"), QJsonArray {profile}}})
                    .toJson());

    ProfileStore store(storePath());
    QCOMPARE(store.load().status, StoreLoadResult::Status::Loaded);
    Profile p = store.profiles().first();
    QVERIFY(p.lastTest);
    QCOMPARE(p.lastTest->verdict, ConnectionVerdict::EncryptedUnverified);
    QCOMPARE(p.lastTest->whenUtc, utcDateTime(QDate(2026, 3, 4), QTime(5, 6, 7)));
    QCOMPARE(p.lastTest->summary, QStringLiteral("Anyone in the middle could pose."));
    QVERIFY(!p.lastTest->mode); // not recorded then
    QVERIFY(p.unknownFields.isEmpty());

    // Saving again writes it back as it was.
    p.notes = QStringLiteral("edited");
    QVERIFY(store.update(p));
    const QJsonObject saved = QJsonDocument::fromJson(readFile(storePath()))
                                      .object()
                                      .value(QLatin1String("profiles"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
    QCOMPARE(saved.value(QLatin1String("lastTest")).toObject(), lastTest);
    ProfileStore again(storePath());
    again.load();
    QCOMPARE(again.profiles().first().lastTest, p.lastTest);
}

void tst_ProfileStore::recordTestChangesOnlyThatProfilesResult()
{
    // Two store objects on one file stand for the GUI and sslcm-cli.
    ProfileStore gui(storePath());
    gui.load();
    QVERIFY(gui.add(sample(QStringLiteral("Orders"))));
    const Profile orders = gui.profiles().first();
    ProfileStore cli(storePath());
    cli.load();

    // While the CLI tests, the GUI edits the profile and adds another.
    Profile edited = orders;
    edited.notes = QStringLiteral("edited in the app");
    QVERIFY(gui.update(edited));
    QVERIFY(gui.add(sample(QStringLiteral("Billing"))));
    const QDateTime modified = gui.profile(orders.id)->modified;

    ConnectionReport report;
    report.verdict = ConnectionReport::Verdict::SecureVerified;
    report.startedUtc = utcDateTime(QDate(2026, 5, 6), QTime(7, 8, 9));
    report.mode = SslMode::VerifyIdentity;
    report.explanation.summary = QStringLiteral("All good.");
    report.gateway.tlsUsed = true;
    report.gateway.tlsProtocol = QStringLiteral("TLSv1.3");
    report.gateway.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    QSignalSpy updated(&cli, &ProfileStore::profileUpdated);
    QSignalSpy reset(&cli, &ProfileStore::profilesReset);
    QVERIFY(cli.recordTest(orders.id, report));
    QVERIFY(updated.size() + reset.size() > 0);

    ProfileStore reread(storePath());
    reread.load();
    QCOMPARE(reread.count(), 2);
    const Profile after = *reread.profile(orders.id);
    QCOMPARE(after.notes, edited.notes);
    QCOMPARE(after.modified, modified); // a test is not an edit
    QVERIFY(after.lastTest);
    QCOMPARE(after.lastTest->verdict, ConnectionVerdict::SecureVerified);
    QCOMPARE(after.lastTest->whenUtc, report.startedUtc);
    QCOMPARE(after.lastTest->summary, QStringLiteral("All good."));
    QCOMPARE(after.lastTest->mode, std::optional<SslMode>(SslMode::VerifyIdentity));
    QCOMPARE(after.lastTest->tlsVersion, QStringLiteral("TLSv1.3"));
    QCOMPARE(after.lastTest->cipher, QStringLiteral("TLS_AES_256_GCM_SHA384"));
    QVERIFY(!reread.find(QStringLiteral("Billing")).first().lastTest);

    // A profile deleted meanwhile is not brought back.
    QVERIFY(gui.remove(orders.id));
    QVERIFY(!cli.recordTest(orders.id, report));
    reread.load();
    QCOMPARE(reread.count(), 1);
}

void tst_ProfileStore::cancelledTestRecordsNothing()
{
    ProfileStore store(storePath());
    store.load();
    QVERIFY(store.add(sample(QStringLiteral("Orders"))));
    const QUuid id = store.profiles().first().id;
    ConnectionReport report;
    report.verdict = ConnectionReport::Verdict::Failed;
    QVERIFY(store.recordTest(id, report));
    report.verdict = ConnectionReport::Verdict::Cancelled;
    QVERIFY(store.recordTest(id, report));
    ProfileStore reread(storePath());
    reread.load();
    QCOMPARE(reread.profiles().first().lastTest->verdict, ConnectionVerdict::Failed);
}

void tst_ProfileStore::staleUpdateKeepsATestRecordedMeanwhile()
{
    // The app opens the editor on a profile tested earlier; meanwhile `sslcm-cli test` records
    // a newer result; then the editor saves the copy it read when it opened.
    ProfileStore gui(storePath());
    gui.load();
    Profile orders = sample(QStringLiteral("Orders"));
    ConnectionReport earlier;
    earlier.verdict = ConnectionReport::Verdict::EncryptedUnverified;
    earlier.startedUtc = utcDateTime(QDate(2026, 5, 6), QTime(7, 0, 0));
    LastTestResult::record(orders, earlier);
    QVERIFY(gui.add(orders));
    const Profile openedInEditor = *gui.profile(orders.id);

    ProfileStore cli(storePath());
    cli.load();
    ConnectionReport fromCli;
    fromCli.verdict = ConnectionReport::Verdict::SecureVerified;
    fromCli.startedUtc = utcDateTime(QDate(2026, 5, 6), QTime(8, 0, 0));
    QVERIFY(cli.recordTest(orders.id, fromCli));

    Profile edited = openedInEditor;
    edited.notes = QStringLiteral("edited in the app");
    QVERIFY(gui.update(edited));

    ProfileStore reread(storePath());
    reread.load();
    Profile after = *reread.profile(orders.id);
    QCOMPARE(after.notes, edited.notes);
    QVERIFY(after.lastTest);
    QCOMPARE(after.lastTest->verdict, ConnectionVerdict::SecureVerified);
    QCOMPARE(after.lastTest->whenUtc, fromCli.startedUtc);

    // The same when the edited copy had no result at all (a profile never tested before).
    ProfileStore cli2(storePath());
    cli2.load();
    Profile untested = sample(QStringLiteral("Billing"));
    QVERIFY(gui.add(untested));
    const Profile billingInEditor = *gui.profile(untested.id);
    cli2.load();
    QVERIFY(cli2.recordTest(untested.id, fromCli));
    QVERIFY(gui.update(billingInEditor));
    reread.load();
    QVERIFY(reread.profile(untested.id)->lastTest);

    // A caller that brings the result of a later test of its own keeps it.
    ConnectionReport later;
    later.verdict = ConnectionReport::Verdict::Failed;
    later.startedUtc = utcDateTime(QDate(2026, 5, 6), QTime(9, 0, 0));
    LastTestResult::record(after, later);
    QVERIFY(gui.update(after));
    reread.load();
    QCOMPARE(reread.profile(orders.id)->lastTest->verdict, ConnectionVerdict::Failed);
    QCOMPARE(reread.profile(orders.id)->lastTest->whenUtc, later.startedUtc);
}

void tst_ProfileStore::recordingTestsKeepsTheBackupOfTheLastEdit()
{
    ProfileStore gui(storePath());
    gui.load();
    Profile orders = sample(QStringLiteral("Orders"));
    QVERIFY(gui.add(orders));
    orders = *gui.profile(orders.id);
    orders.notes = QStringLiteral("edited");
    QVERIFY(gui.update(orders));
    const QByteArray backup = readFile(gui.backupFilePath());
    QVERIFY(!backup.isEmpty());

    // A monitoring loop: `sslcm-cli test Orders` over and over.
    ProfileStore cli(storePath());
    ConnectionReport report;
    report.explanation.summary = QStringLiteral("All good.");
    for (int run = 0; run < 4; ++run) {
        cli.load();
        report.verdict = run % 2 ? ConnectionReport::Verdict::Failed
                                 : ConnectionReport::Verdict::SecureVerified;
        report.startedUtc = utcDateTime(QDate(2026, 5, 6), QTime(7, run, 0));
        QVERIFY(cli.recordTest(orders.id, report));
        QCOMPARE(readFile(cli.backupFilePath()), backup);
    }
    // The results are in the store itself, and the backup still loads as a whole store.
    ProfileStore reread(storePath());
    QCOMPARE(reread.load().status, StoreLoadResult::Status::Loaded);
    QCOMPARE(reread.profile(orders.id)->lastTest->whenUtc, report.startedUtc);
    ProfileStore fromBackup(gui.backupFilePath());
    QCOMPARE(fromBackup.load().status, StoreLoadResult::Status::Loaded);
    QCOMPARE(fromBackup.profile(orders.id)->name, orders.name);

    // The next edit keeps the file it replaces, as before.
    const QByteArray beforeEdit = readFile(storePath());
    QVERIFY(gui.remove(orders.id));
    QCOMPARE(readFile(gui.backupFilePath()), beforeEdit);
}

void tst_ProfileStore::duplicateIsANewUntestedProfileWithoutSecrets()
{
    MemorySecretStore secrets;
    ProfileStore store(storePath());
    store.setSecretStore(&secrets);
    store.load();
    Profile original = sample(QStringLiteral("Orders"));
    original.notes = QStringLiteral("notes");
    ConnectionReport report;
    report.verdict = ConnectionReport::Verdict::SecureVerified;
    LastTestResult::record(original, report);
    QVERIFY(store.add(original));
    QVERIFY(secrets.writeBlocking(original.id, SecretKind::Password, QStringLiteral("pw")).ok());

    QSignalSpy added(&store, &ProfileStore::profileAdded);
    const ProfileStore::Duplicated first = store.duplicate(original.id);
    QVERIFY2(first.saved, qPrintable(first.saved.error));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().first().toUuid(), first.id);
    const ProfileStore::Duplicated second = store.duplicate(original.id);
    QVERIFY(second.saved);

    ProfileStore reread(storePath());
    reread.load();
    QCOMPARE(reread.count(), 3);
    const Profile copy = *reread.profile(first.id);
    QCOMPARE(copy.name, QStringLiteral("Orders (copy)"));
    QCOMPARE(reread.profile(second.id)->name, QStringLiteral("Orders (copy 2)"));
    QVERIFY(copy.id != original.id && second.id != first.id);
    QCOMPARE(copy.host, original.host);
    QCOMPARE(copy.caFile, original.caFile);
    QCOMPARE(copy.notes, original.notes);
    QVERIFY(!copy.lastTest);
    QVERIFY(reread.profile(original.id)->lastTest);
    // As in the app until now: the copy asks for its own password.
    QCOMPARE(secrets.readBlocking(first.id, SecretKind::Password).status,
             SecretResult::Status::NotFound);

    const ProfileStore::Duplicated gone = store.duplicate(QUuid::createUuid());
    QVERIFY(!gone.saved);
    QVERIFY(gone.id.isNull());
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
