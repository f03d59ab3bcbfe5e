// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UtcDateTime.h"
#include "audit/AuditHistory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// The last audit, kept in sslcm's data folder: private to the user, written whole, and a file
// that cannot be read is kept aside, never overwritten unseen.
class tst_AuditHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultPathIsTheDataFolder();
    void missingFileIsNoAudit();
    void saveAndLoad();
    void fileIsPrivate();
    void damagedFileIsKeptAside_data();
    void damagedFileIsKeptAside();
    void saveMovesADamagedFileAsideFirst();
    void leafFingerprints();
    void mergeKeepsTheOthers();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("data/last-audit.json")); }
    QStringList filesInDataFolder() const
    {
        return QDir(m_dir->filePath(QStringLiteral("data")))
                .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }
    void writeFile(const QByteArray &bytes) const
    {
        QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    QByteArray readFile(const QString &file) const
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QDateTime started = utcDateTime(QDate(2026, 12, 7), QTime(9, 30));

AuditResult result(const QString &name, const QByteArray &leaf, bool saved = true)
{
    AuditResult r;
    r.target.profile = Profile::create(started);
    r.target.profile.name = name;
    r.target.profile.host = name + QStringLiteral(".example.com");
    r.target.saved = saved;
    r.target.sourceLine = saved ? 0 : 3;
    r.startedAt = started;
    r.elapsedMs = 20;
    r.reachable = true;
    r.tlsOffered = true;
    r.verified = true;
    AuditCertificate c;
    c.subject = QStringLiteral("CN=") + r.target.profile.host;
    c.notBefore = started.addDays(-10);
    c.notAfter = started.addDays(80);
    c.der = leaf;
    c.sha256 = QCryptographicHash::hash(leaf, QCryptographicHash::Sha256);
    r.certificates << c;
    r.leafSha256 = c.sha256;
    r.findings << AuditFinding {
            QStringLiteral("verification"), AuditSeverity::Ok, QStringLiteral("Verified."), {}};
    return r;
}

} // namespace

void tst_AuditHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_AuditHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_AuditHistory::defaultPathIsTheDataFolder()
{
    const AuditHistory history;
    QCOMPARE(history.path(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                     + QStringLiteral("/last-audit.json"));
    // Not the profile store's folder.
    QVERIFY(!history.path().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
}

void tst_AuditHistory::missingFileIsNoAudit()
{
    const AuditHistory::Loaded loaded = AuditHistory(path()).load();
    QVERIFY(!loaded.exists());
    QVERIFY(loaded.error.isEmpty());
    QVERIFY(loaded.results.isEmpty());
    QVERIFY(filesInDataFolder().isEmpty());
}

void tst_AuditHistory::saveAndLoad()
{
    const AuditHistory history(path());
    const QList<AuditResult> results {result(QStringLiteral("orders"), "leaf-orders"),
                                      result(QStringLiteral("billing"), "leaf-billing")};
    QCOMPARE(history.save(results, 21, started), QString());
    const AuditHistory::Loaded loaded = history.load();
    QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    QVERIFY(loaded.exists());
    QCOMPARE(loaded.startedAt, started);
    QCOMPARE(loaded.warnDays, 21);
    QCOMPARE(loaded.results.size(), 2);
    QCOMPARE(loaded.results.at(0).target.key(), results.at(0).target.key());
    QCOMPARE(loaded.results.at(1).target.profile.name, QStringLiteral("billing"));
    QCOMPARE(loaded.results.at(1).leafSha256, results.at(1).leafSha256);
    // The certificates themselves are kept, for the viewer.
    QCOMPARE(loaded.results.at(0).certificates.first().der, QByteArray("leaf-orders"));
    QCOMPARE(loaded.results.at(0).certificates.first().notAfter, started.addDays(80));

    // A second save replaces it whole.
    QCOMPARE(history.save({result(QStringLiteral("one"), "x")}, 30, started.addDays(1)), QString());
    const AuditHistory::Loaded again = history.load();
    QCOMPARE(again.results.size(), 1);
    QCOMPARE(again.startedAt, started.addDays(1));
    QCOMPARE(filesInDataFolder(), QStringList {QStringLiteral("last-audit.json")});
}

void tst_AuditHistory::fileIsPrivate()
{
    const AuditHistory history(path());
    QCOMPARE(history.save({result(QStringLiteral("orders"), "leaf")}, 30, started), QString());
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
    // Also when it replaces a file that had wider permissions.
    QVERIFY(QFile::setPermissions(path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(history.save({result(QStringLiteral("orders"), "leaf")}, 30, started), QString());
    QCOMPARE(::stat(QFile::encodeName(path()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
}

void tst_AuditHistory::damagedFileIsKeptAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("garbage") << QByteArray("\x00\x01garbage", 9);
    QTest::newRow("not JSON") << QByteArray("last audit: fine");
    QTest::newRow("cut off") << QByteArray("{\"version\":1,\"startedAt\":\"2026-12-07T09:30:00Z\","
                                           "\"targets\":[{\"key\":");
    QTest::newRow("someone else's JSON") << QByteArray("{\"profiles\":[]}");
    QTest::newRow("a list") << QByteArray("[1,2,3]");
    QTest::newRow("a target that is not ours")
            << QByteArray("{\"version\":1,\"startedAt\":\"2026-12-07T09:30:00Z\",\"warnDays\":30,"
                          "\"targets\":[{\"saved\":true,\"profileId\":\"x\"}]}");
    QTest::newRow("empty file") << QByteArray();
}

void tst_AuditHistory::damagedFileIsKeptAside()
{
    QFETCH(QByteArray, content);
    writeFile(content);
    const AuditHistory history(path());
    const AuditHistory::Loaded loaded = history.load();
    QVERIFY(!loaded.exists());
    QVERIFY(loaded.results.isEmpty());
    // The error names the file and where it went.
    QVERIFY2(loaded.error.contains(QDir::toNativeSeparators(path())), qPrintable(loaded.error));
    QStringList files = filesInDataFolder();
    QCOMPARE(files.size(), 1);
    QVERIFY2(files.first().startsWith(QLatin1String("last-audit.json.damaged-")),
             qPrintable(files.first()));
    QVERIFY2(loaded.error.contains(files.first()), qPrintable(loaded.error));
    const QString aside = m_dir->filePath(QStringLiteral("data/") + files.first());
    QCOMPARE(readFile(aside), content);

    // The next audit writes a new one, and the damaged one stays.
    QCOMPARE(history.save({result(QStringLiteral("orders"), "leaf")}, 30, started), QString());
    files = filesInDataFolder();
    QCOMPARE(files.size(), 2);
    QVERIFY(files.contains(QStringLiteral("last-audit.json")));
    QCOMPARE(readFile(aside), content);
    QVERIFY(history.load().exists());
}

void tst_AuditHistory::saveMovesADamagedFileAsideFirst()
{
    // The app saves without having loaded (or the file was damaged since): it is not lost.
    writeFile("{ damaged");
    const AuditHistory history(path());
    QCOMPARE(history.save({result(QStringLiteral("orders"), "leaf")}, 30, started), QString());
    const QStringList files = filesInDataFolder();
    QCOMPARE(files.size(), 2);
    QString aside;
    for (const QString &f : files) {
        if (f != QLatin1String("last-audit.json"))
            aside = f;
    }
    QVERIFY(aside.startsWith(QLatin1String("last-audit.json.damaged-")));
    QCOMPARE(readFile(m_dir->filePath(QStringLiteral("data/") + aside)), QByteArray("{ damaged"));
    QCOMPARE(history.load().results.size(), 1);
}

void tst_AuditHistory::leafFingerprints()
{
    const AuditResult a = result(QStringLiteral("orders"), "leaf-a");
    const AuditResult b = result(QStringLiteral("hosts"), "leaf-b", false);
    AuditResult none = result(QStringLiteral("down"), "leaf-c");
    none.leafSha256.clear();
    const QHash<QString, QByteArray> fingerprints = AuditHistory::leafFingerprints({a, b, none});
    QCOMPARE(fingerprints.size(), 2);
    QCOMPARE(fingerprints.value(a.target.key()),
             QCryptographicHash::hash("leaf-a", QCryptographicHash::Sha256));
    QCOMPARE(fingerprints.value(b.target.key()),
             QCryptographicHash::hash("leaf-b", QCryptographicHash::Sha256));
    QVERIFY(!fingerprints.contains(none.target.key()));
}

void tst_AuditHistory::mergeKeepsTheOthers()
{
    const AuditResult orders = result(QStringLiteral("orders"), "old-orders");
    const AuditResult billing = result(QStringLiteral("billing"), "old-billing");
    const AuditResult removed = result(QStringLiteral("removed"), "old-removed");
    AuditResult ordersNow = orders;
    ordersNow.leafSha256 = "new";
    AuditResult billingCancelled = billing;
    billingCancelled.cancelled = true;
    billingCancelled.leafSha256.clear();
    const AuditResult hostLine = result(QStringLiteral("host"), "h", false);
    const AuditResult added = result(QStringLiteral("added"), "added");

    const QSet<QUuid> saved {orders.target.profile.id, billing.target.profile.id,
                             added.target.profile.id};
    const QList<AuditResult> kept = AuditHistory::merge(
            {orders, billing, removed}, {ordersNow, billingCancelled, hostLine, added}, saved);
    // orders: this audit's; billing: cancelled now, so the last one's; added: new; removed and
    // the --hosts line: not kept.
    QCOMPARE(kept.size(), 3);
    QHash<QString, QByteArray> byName;
    for (const AuditResult &r : kept)
        byName.insert(r.target.profile.name, r.leafSha256);
    QCOMPARE(byName.value(QStringLiteral("orders")), QByteArray("new"));
    QCOMPARE(byName.value(QStringLiteral("billing")), billing.leafSha256);
    QCOMPARE(byName.value(QStringLiteral("added")), added.leafSha256);
    QVERIFY(!byName.contains(QStringLiteral("removed")));
    QVERIFY(!byName.contains(QStringLiteral("host")));
}

QTEST_GUILESS_MAIN(tst_AuditHistory)
#include "tst_audithistory.moc"
