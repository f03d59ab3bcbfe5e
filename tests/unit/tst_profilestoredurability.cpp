// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/ProfileStore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>

// Kills a process that saves the store in a loop with SIGKILL inside its saves (at random points
// of them), and checks that the store and its backup always load completely afterwards.
class tst_ProfileStoreDurability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killDuringSavesNeverCorrupts();
};

void tst_ProfileStoreDurability::killDuringSavesNeverCorrupts()
{
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
    // The writer says "saving" right before each save and "saved" after it: the kill follows a
    // "saving" line after a random part of the time a save takes, and it landed inside the save
    // when no "saved" line came after. Rounds go on until enough kills landed there; the round
    // limit only guards against a writer that always finishes first.
    constexpr int midSaveKillsWanted = 60;
    constexpr int maxRounds = 600;
    int killedMidSave = 0;
    qint64 saveMicroseconds = 1000;
    int round = 0;
    for (; round < maxRounds && killedMidSave < midSaveKillsWanted; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(STORE_WRITER_PATH), {path});
        QVERIFY(writer.waitForStarted());
        const int savesToWait = 1 + int(random.bounded(3));
        int saves = 0;
        bool saving = false;
        // A hang guard: a writer that stops reporting fails the round.
        const QDeadlineTimer giveUp(60000);
        while (!(saves >= savesToWait && saving) && !giveUp.hasExpired()) {
            if (!writer.canReadLine())
                writer.waitForReadyRead(100);
            while (writer.canReadLine() && !(saves >= savesToWait && saving)) {
                const QList<QByteArray> words = writer.readLine().trimmed().split(' ');
                saving = words.first() == "saving";
                if (words.first() == "saved") {
                    ++saves;
                    saveMicroseconds = std::max<qint64>(1, words.value(2).toLongLong());
                }
            }
        }
        QVERIFY2(saves >= savesToWait && saving,
                 qPrintable(QStringLiteral("round %1: the writer did not save: %2")
                                    .arg(round)
                                    .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        // Somewhere inside the save that has just begun.
        const QDeadlineTimer spin(
                std::chrono::microseconds(random.bounded(quint32(saveMicroseconds))));
        while (!spin.hasExpired()) { }
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(60000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        if (!writer.readAllStandardOutput().contains("saved"))
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
    qInfo("%d rounds, %d kills landed inside a save, %d profiles at the end", round, killedMidSave,
          lastCount);
    QVERIFY2(killedMidSave >= midSaveKillsWanted,
             qPrintable(QStringLiteral("only %1 of %2 kills landed inside a save")
                                .arg(killedMidSave)
                                .arg(round)));
    // Nothing but the store, its backup, the lock and the one temporary file of each that a
    // killed save may leave (reused by the next save) is left: no temporary files pile up.
    const QStringList leftovers = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : leftovers)
        QVERIFY2(name == QLatin1String("profiles.json")
                         || name == QLatin1String("profiles.json.bak")
                         || name == QLatin1String("profiles.json.lock")
                         || name == QLatin1String("profiles.json.bak.tmp")
                         || name == QLatin1String("profiles.json.tmp"),
                 qPrintable(name));
}

QTEST_GUILESS_MAIN(tst_ProfileStoreDurability)
#include "tst_profilestoredurability.moc"
