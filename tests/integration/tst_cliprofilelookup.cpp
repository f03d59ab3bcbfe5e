// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every sslcm-cli command that takes a profile finds it the same way and says the same thing
// when it cannot: one message for "no such profile", one for "several have that name" (with
// their ids), exit status 2, nothing changed.
#include "CliRunner.h"
#include "profile/ProfileStore.h"

#include <QTemporaryDir>
#include <QTest>

class tst_CliProfileLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void unknownProfile_data();
    void unknownProfile();
    void ambiguousProfile_data();
    void ambiguousProfile();

private:
    CliRun cli(const QStringList &arguments) const;
    QString storePath() const
    {
        return m_home->filePath(QStringLiteral("config/sslcm/profiles.json"));
    }
    void commands();

    std::unique_ptr<QTemporaryDir> m_home;
    QStringList m_ids;
};

void tst_CliProfileLookup::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    ProfileStore store(storePath());
    store.load();
    m_ids.clear();
    for (int i = 0; i < 2; ++i) {
        Profile p = Profile::create();
        p.name = QStringLiteral("Twin");
        p.host = QStringLiteral("192.0.2.%1").arg(i + 1);
        QVERIFY(store.add(p));
        m_ids << p.id.toString(QUuid::WithoutBraces);
    }
}

CliRun tst_CliProfileLookup::cli(const QStringList &arguments) const
{
    CliRunner runner(QStringLiteral(SSLCM_CLI_PATH));
    runner.setHome(m_home->path());
    return runner.run(arguments);
}

// Every command that looks a profile up; NAME stands for it.
void tst_CliProfileLookup::commands()
{
    QTest::addColumn<QStringList>("arguments");
    const QString name = QStringLiteral("NAME");
    QTest::newRow("test") << QStringList {QStringLiteral("test"), name};
    QTest::newRow("trust") << QStringList {QStringLiteral("trust"), name, QStringLiteral("--pin")};
    QTest::newRow("export") << QStringList {QStringLiteral("export"), name, QStringLiteral("--as"),
                                            QStringLiteral("mysql")};
    QTest::newRow("require --apply") << QStringList {
            QStringLiteral("require"),     QStringLiteral("--user"),  QStringLiteral("app"),
            QStringLiteral("--no-create"), QStringLiteral("--apply"), name};
    QTest::newRow("profiles remove")
            << QStringList {QStringLiteral("profiles"), QStringLiteral("remove"), name};
}

void tst_CliProfileLookup::unknownProfile_data()
{
    commands();
}

void tst_CliProfileLookup::unknownProfile()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(QStringLiteral("NAME"), QStringLiteral("ghost"));
    const CliRun run = cli(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(run.output()));
    QCOMPARE(run.err, QStringLiteral("sslcm-cli: no profile is named or has the id \"ghost\"\n"));
    QVERIFY(run.out.isEmpty());
}

void tst_CliProfileLookup::ambiguousProfile_data()
{
    commands();
}

void tst_CliProfileLookup::ambiguousProfile()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(QStringLiteral("NAME"), QStringLiteral("Twin"));
    const CliRun run = cli(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(run.output()));
    QCOMPARE(run.err,
             QStringLiteral("sslcm-cli: 2 profiles are named \"Twin\"; give the id of one: %1\n")
                     .arg(m_ids.join(QStringLiteral(", "))));
    QVERIFY(run.out.isEmpty());
    // Nothing was chosen for the user: both profiles are still there, unchanged.
    ProfileStore store(storePath());
    store.load();
    QCOMPARE(store.count(), 2);
}

QTEST_GUILESS_MAIN(tst_CliProfileLookup)
#include "tst_cliprofilelookup.moc"
