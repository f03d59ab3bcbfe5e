// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileListModel.h"
#include "mysql/ConnectionReport.h"
#include "profile/ProfileStore.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The model follows every kind of store change, and QAbstractItemModelTester checks that it
// tells its views about each one correctly.
class tst_ProfileListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsProfilesInStoreOrder();
    void columns_data();
    void columns();
    void followsStoreChanges();
    void followsExternalReplacement();
    void renameThroughSetData();
    void renameRefusals_data();
    void renameRefusals();
    void showsTheRecordedLastTest();

private:
    static Profile makeProfile(const QString &name, const QString &host = QStringLiteral("db"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfileListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

Profile tst_ProfileListModel::makeProfile(const QString &name, const QString &host)
{
    Profile p = Profile::create();
    p.name = name;
    p.host = host;
    p.user = QStringLiteral("app");
    return p;
}

void tst_ProfileListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ProfileListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    m_store->load();
    m_model = std::make_unique<ProfileListModel>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_ProfileListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_ProfileListModel::showsProfilesInStoreOrder()
{
    QVERIFY(m_store->add(makeProfile(QStringLiteral("B"))));
    QVERIFY(m_store->add(makeProfile(QStringLiteral("A"))));
    // A model created over a filled store starts with its rows.
    ProfileListModel fresh(m_store.get());
    QAbstractItemModelTester tester(&fresh, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(fresh.rowCount(), 2);
    QCOMPARE(fresh.index(0, ProfileListModel::NameColumn).data().toString(), QStringLiteral("B"));
    QCOMPARE(fresh.index(1, ProfileListModel::NameColumn).data().toString(), QStringLiteral("A"));
    QCOMPARE(fresh.profileId(fresh.index(1, 0)), m_store->profiles().at(1).id);
    QCOMPARE(fresh.indexOfProfile(m_store->profiles().at(1).id).row(), 1);
    QVERIFY(!fresh.indexOfProfile(QUuid::createUuid()).isValid());
}

void tst_ProfileListModel::columns_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("sslMode");
    QTest::addColumn<QString>("address");

    QTest::newRow("name") << QStringLiteral("db.example.com") << 3306
                          << int(SslMode::VerifyIdentity) << QStringLiteral("db.example.com:3306");
    QTest::newRow("ipv4") << QStringLiteral("10.0.0.7") << 3307 << int(SslMode::VerifyCa)
                          << QStringLiteral("10.0.0.7:3307");
    QTest::newRow("ipv6") << QStringLiteral("2001:db8::1") << 3306 << int(SslMode::Disabled)
                          << QStringLiteral("[2001:db8::1]:3306");
}

void tst_ProfileListModel::columns()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(int, sslMode);
    QFETCH(QString, address);

    Profile p = makeProfile(QStringLiteral("Orders"), host);
    p.port = quint16(port);
    p.sslMode = SslMode(sslMode);
    QVERIFY(m_store->add(p));

    QCOMPARE(m_model->columnCount(), int(ProfileListModel::ColumnCount));
    const auto cell = [this](int column, int role = Qt::DisplayRole) {
        return m_model->index(0, column).data(role);
    };
    QCOMPARE(cell(ProfileListModel::NameColumn).toString(), QStringLiteral("Orders"));
    QCOMPARE(cell(ProfileListModel::AddressColumn).toString(), address);
    QCOMPARE(cell(ProfileListModel::UserColumn).toString(), QStringLiteral("app"));
    QCOMPARE(cell(ProfileListModel::SslModeColumn).toString(),
             SslModes::shortName(SslMode(sslMode)));
    QCOMPARE(cell(ProfileListModel::SslModeColumn, Qt::ToolTipRole).toString(),
             SslModes::consequence(SslMode(sslMode)));
    // The same facts through roles, for views that are not tables.
    QCOMPARE(cell(0, ProfileListModel::ProfileIdRole).toUuid(), p.id);
    QCOMPARE(cell(0, ProfileListModel::NameRole).toString(), QStringLiteral("Orders"));
    QCOMPARE(cell(0, ProfileListModel::AddressRole).toString(), address);
    QCOMPARE(cell(0, ProfileListModel::UserRole).toString(), QStringLiteral("app"));
    QCOMPARE(cell(0, ProfileListModel::SslModeRole).toInt(), sslMode);
    QVERIFY(m_model->roleNames().values().contains(QByteArrayLiteral("sslMode")));
    QVERIFY(!m_model->headerData(ProfileListModel::AddressColumn, Qt::Horizontal)
                     .toString()
                     .isEmpty());
    // Weak modes carry a different icon from verifying ones.
    const QIcon icon = cell(ProfileListModel::SslModeColumn, Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    Profile verifying = makeProfile(QStringLiteral("Verifying"));
    verifying.sslMode = SslMode::VerifyIdentity;
    QVERIFY(m_store->add(verifying));
    const QIcon verifyingIcon = m_model->index(1, ProfileListModel::SslModeColumn)
                                        .data(Qt::DecorationRole)
                                        .value<QIcon>();
    const bool weak = SslMode(sslMode) == SslMode::Disabled;
    QCOMPARE(icon.cacheKey() != verifyingIcon.cacheKey()
                     && icon.pixmap(16).toImage() != verifyingIcon.pixmap(16).toImage(),
             weak);
}

void tst_ProfileListModel::followsStoreChanges()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    Profile a = makeProfile(QStringLiteral("A"));
    Profile b = makeProfile(QStringLiteral("B"));
    Profile c = makeProfile(QStringLiteral("C"));
    QVERIFY(m_store->add(a));
    QVERIFY(m_store->add(b));
    QVERIFY(m_store->add(c));
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(m_model->rowCount(), 3);

    b.host = QStringLiteral("other.example.com");
    QVERIFY(m_store->update(b));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(m_model->index(1, ProfileListModel::AddressColumn).data().toString(),
             QStringLiteral("other.example.com:3306"));

    QVERIFY(m_store->remove(a.id));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("B"));

    QVERIFY(m_store->replaceAll({makeProfile(QStringLiteral("X"))}));
    QVERIFY(reset.size() >= 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("X"));
}

void tst_ProfileListModel::followsExternalReplacement()
{
    QVERIFY(m_store->add(makeProfile(QStringLiteral("Mine"))));
    // Another program (sslcm-cli, a second window) writes the same file.
    ProfileStore other(m_store->filePath());
    other.load();
    QVERIFY(other.add(makeProfile(QStringLiteral("Theirs"))));

    QVERIFY(m_store->reloadIfChanged());
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("Theirs"));
}

void tst_ProfileListModel::renameThroughSetData()
{
    Profile p = makeProfile(QStringLiteral("Old"));
    QVERIFY(m_store->add(p));
    const QModelIndex name = m_model->index(0, ProfileListModel::NameColumn);
    QVERIFY(m_model->flags(name).testFlag(Qt::ItemIsEditable));
    QVERIFY(!m_model->flags(m_model->index(0, ProfileListModel::AddressColumn))
                     .testFlag(Qt::ItemIsEditable));

    QSignalSpy failed(m_model.get(), &ProfileListModel::editFailed);
    QVERIFY(m_model->setData(name, QStringLiteral("  New  ")));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_store->profile(p.id)->name, QStringLiteral("New"));
    QCOMPARE(name.data().toString(), QStringLiteral("New"));

    // A second store reading the file sees the new name: it was saved, not just shown.
    ProfileStore reread(m_store->filePath());
    reread.load();
    QCOMPARE(reread.profile(p.id)->name, QStringLiteral("New"));
}

void tst_ProfileListModel::renameRefusals_data()
{
    QTest::addColumn<QString>("newName");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QString() << QStringLiteral("needs a name");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("needs a name");
    QTest::newRow("taken") << QStringLiteral("Other") << QStringLiteral("“Other”");
}

void tst_ProfileListModel::renameRefusals()
{
    QFETCH(QString, newName);
    QFETCH(QString, messagePart);

    Profile p = makeProfile(QStringLiteral("Mine"));
    QVERIFY(m_store->add(p));
    QVERIFY(m_store->add(makeProfile(QStringLiteral("Other"))));
    QSignalSpy failed(m_model.get(), &ProfileListModel::editFailed);
    QVERIFY(!m_model->setData(m_model->index(0, ProfileListModel::NameColumn), newName));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(messagePart),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(m_store->profile(p.id)->name, QStringLiteral("Mine"));
}

void tst_ProfileListModel::showsTheRecordedLastTest()
{
    QVERIFY(m_store->add(makeProfile(QStringLiteral("Orders"))));
    const QUuid id = m_store->profiles().first().id;
    const QModelIndex cell = m_model->index(0, ProfileListModel::LastTestColumn);
    QCOMPARE(cell.data(ProfileListModel::LastVerdictRole).toInt(), -1);
    QCOMPARE(cell.data().toString(), QStringLiteral("never tested"));

    ConnectionReport report;
    report.verdict = ConnectionReport::Verdict::Plaintext;
    report.startedUtc = QDateTime::currentDateTimeUtc();
    report.explanation.summary = QStringLiteral("The server offers no TLS.");
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_store->recordTest(id, report));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell.data(ProfileListModel::LastVerdictRole).toInt(),
             int(ConnectionReport::Verdict::Plaintext));
    QCOMPARE(cell.data().toString(),
             ConnectionReport::verdictShortText(ConnectionReport::Verdict::Plaintext));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(report.explanation.summary));
    QVERIFY(cell.data(Qt::ToolTipRole)
                    .toString()
                    .contains(ConnectionReport::verdictText(ConnectionReport::Verdict::Plaintext)));
    QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
}

QTEST_MAIN(tst_ProfileListModel)
#include "tst_profilelistmodel.moc"
