// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/ProfileStore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// Kills a process that saves the store in a loop with SIGKILL at random moments, and checks that
// the store and its backup always load completely afterwards.
class tst_ProfileStoreDurability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killDuringSavesNeverCorrupts();
};

void tst_ProfileStoreDurability::killDuringSavesNeverCorrupts()
{
    constexpr int rounds = 120;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    // A few hundred profiles make each save take long enough to be interrupted in the middle.
    {
        ProfileStore seed(path);
        seed.load();
        QList<Profile> many;
        for (int i = 0; i < 400; ++i) {
            Profile p = Profile::create();
            p.name = QStringLiteral("Seed %1").arg(i);
            p.host = QStringLiteral("seed.example.com");
            p.notes = QString(300, QLatin1Char('n'));
            many << p;
        }
        QVERIFY(seed.replaceAll(many));
    }

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator random(seed);
    int lastCount = 400;
    int killedMidSave = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(STORE_WRITER_PATH), {path});
        QVERIFY(writer.waitForStarted());
        const int savesToWait = 1 + int(random.bounded(3));
        int saves = 0;
        QDeadlineTimer giveUp(20000);
        while (saves < savesToWait && !giveUp.hasExpired()) {
            if (!writer.canReadLine())
                writer.waitForReadyRead(100);
            while (writer.canReadLine()) {
                writer.readLine();
                ++saves;
            }
        }
        QVERIFY2(saves >= savesToWait,
                 qPrintable(QStringLiteral("round %1: the writer did not save in time: %2")
                                    .arg(round)
                                    .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        // Somewhere inside the next save.
        const QDeadlineTimer spin(std::chrono::microseconds(random.bounded(4000)));
        while (!spin.hasExpired()) { }
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(5000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        const QByteArray rest = writer.readAllStandardOutput();
        if (rest.isEmpty())
            ++killedMidSave;

        ProfileStore check(path);
        const StoreLoadResult loaded = check.load();
        QVERIFY2(loaded.status == StoreLoadResult::Status::Loaded,
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(loaded.message())));
        QVERIFY2(check.count() >= lastCount, qPrintable(QString::number(round)));
        lastCount = check.count();
        ProfileStore backup(check.backupFilePath());
        QCOMPARE(backup.load().status, StoreLoadResult::Status::Loaded);
    }
    qInfo("%d rounds, %d kills landed with no further save reported, %d profiles at the end",
          rounds, killedMidSave, lastCount);
    // Nothing but the store, its backup and the lock is left: no temporary files pile up.
    const QStringList leftovers = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : leftovers)
        QVERIFY2(name == QLatin1String("profiles.json")
                         || name == QLatin1String("profiles.json.bak")
                         || name == QLatin1String("profiles.json.lock")
                         || name == QLatin1String("profiles.json.bak.tmp"),
                 qPrintable(name));
}

QTEST_GUILESS_MAIN(tst_ProfileStoreDurability)
#include "tst_profilestoredurability.moc"
