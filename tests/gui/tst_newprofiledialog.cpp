// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewProfileDialog.h"
#include "profile/ProfileStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestNewProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaults();
    void consequenceFollowsMode();
    void refusesIncompleteInput_data();
    void refusesIncompleteInput();
    void createsProfile();

private:
    template<class T> T *field(NewProfileDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
};

void TestNewProfileDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNewProfileDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    m_store->load();
}

void TestNewProfileDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestNewProfileDialog::defaults()
{
    NewProfileDialog dialog(*m_store);
    QCOMPARE(field<QSpinBox>(dialog, "port")->value(), 3306);
    QCOMPARE(SslMode(field<QComboBox>(dialog, "sslMode")->currentData().toInt()),
             SslMode::VerifyIdentity);
    QCOMPARE(field<QComboBox>(dialog, "sslMode")->count(), int(SslModes::all().size()));
    QCOMPARE(field<QLabel>(dialog, "consequence")->text(),
             SslModes::consequence(SslMode::VerifyIdentity));
    QVERIFY(field<QWidget>(dialog, "problemBox")->isHidden());
}

void TestNewProfileDialog::consequenceFollowsMode()
{
    NewProfileDialog dialog(*m_store);
    auto *mode = field<QComboBox>(dialog, "sslMode");
    for (SslMode m : SslModes::all()) {
        mode->setCurrentIndex(mode->findData(int(m)));
        QCOMPARE(field<QLabel>(dialog, "consequence")->text(), SslModes::consequence(m));
        QCOMPARE(mode->currentText(), SslModes::displayName(m));
    }
}

void TestNewProfileDialog::refusesIncompleteInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("focused");

    QTest::newRow("no name") << QString() << QStringLiteral("db.example.com")
                             << QStringLiteral("name");
    QTest::newRow("blank name") << QStringLiteral("  ") << QStringLiteral("db.example.com")
                                << QStringLiteral("name");
    QTest::newRow("taken name") << QStringLiteral("Existing") << QStringLiteral("db.example.com")
                                << QStringLiteral("name");
    QTest::newRow("no host") << QStringLiteral("New") << QString() << QStringLiteral("host");
    QTest::newRow("host with space")
            << QStringLiteral("New") << QStringLiteral("db example.com") << QStringLiteral("host");
}

void TestNewProfileDialog::refusesIncompleteInput()
{
    QFETCH(QString, name);
    QFETCH(QString, host);
    QFETCH(QString, focused);

    Profile existing = Profile::create();
    existing.name = QStringLiteral("Existing");
    existing.host = QStringLiteral("old.example.com");
    QVERIFY(m_store->add(existing));

    NewProfileDialog dialog(*m_store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy created(&dialog, &NewProfileDialog::profileCreated);
    field<QLineEdit>(dialog, "name")->setText(name);
    field<QLineEdit>(dialog, "host")->setText(host);
    dialog.accept();

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(created.size(), 0);
    QCOMPARE(m_store->count(), 1);
    QVERIFY(field<QWidget>(dialog, "problemBox")->isVisible());
    QVERIFY(!field<QLabel>(dialog, "problems")->text().isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), field<QWidget>(dialog, qPrintable(focused)));
}

void TestNewProfileDialog::createsProfile()
{
    NewProfileDialog dialog(*m_store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy created(&dialog, &NewProfileDialog::profileCreated);
    field<QLineEdit>(dialog, "name")->setText(QStringLiteral("  Reports  "));
    field<QLineEdit>(dialog, "host")->setText(QStringLiteral(" 10.0.0.7 "));
    field<QSpinBox>(dialog, "port")->setValue(13306);
    field<QLineEdit>(dialog, "user")->setText(QStringLiteral("reporter"));
    field<QLineEdit>(dialog, "database")->setText(QStringLiteral("reports"));
    auto *mode = field<QComboBox>(dialog, "sslMode");
    mode->setCurrentIndex(mode->findData(int(SslMode::VerifyCa)));
    dialog.accept();

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(created.size(), 1);
    const QUuid id = created.first().first().toUuid();

    // Read back from disk, not from memory.
    ProfileStore reread(m_store->filePath());
    reread.load();
    const std::optional<Profile> p = reread.profile(id);
    QVERIFY(p);
    QCOMPARE(p->name, QStringLiteral("Reports"));
    QCOMPARE(p->host, QStringLiteral("10.0.0.7"));
    QCOMPARE(p->port, quint16(13306));
    QCOMPARE(p->user, QStringLiteral("reporter"));
    QCOMPARE(p->database, QStringLiteral("reports"));
    QCOMPARE(p->sslMode, SslMode::VerifyCa);
}

QTEST_MAIN(TestNewProfileDialog)
#include "tst_newprofiledialog.moc"
