// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/MemorySecretStore.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <optional>

Q_DECLARE_METATYPE(SecretKind)

// Covers SecretStore's shared parts (keys, blocking forms, removeAll, delivery of results) through
// the in-memory store, which has no dependencies.
class tst_MemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyFor_data();
    void keyFor();
    void writeReadOverwriteRemove_data();
    void writeReadOverwriteRemove();
    void readMissingIsNotFound();
    void removeMissingIsOk();
    void kindsAndProfilesAreSeparate();
    void removeAllRemovesEveryKindOfOneProfile();
    void removeAllReportsToContext();
    void removeAllWithoutCallback();
    void resultsComeLaterOnTheContext();
    void resultIsDroppedWhenContextIsGone();
    void nullContextMeansTheStore();
    void unavailableIsReportedOnce();
};

namespace {

QList<SecretKind> everyKind()
{
    return {SecretKind::Password, SecretKind::KeyPassphrase, SecretKind::SshPassword,
            SecretKind::SshKeyPassphrase};
}

} // namespace

void tst_MemorySecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_MemorySecretStore::keyFor_data()
{
    QTest::addColumn<SecretKind>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("password") << SecretKind::Password
                              << QStringLiteral("0b5e8f6a-3c44-4bd0-9a9e-5d1c2b7e8f10/password");
    QTest::newRow("key passphrase")
            << SecretKind::KeyPassphrase
            << QStringLiteral("0b5e8f6a-3c44-4bd0-9a9e-5d1c2b7e8f10/key-passphrase");
    QTest::newRow("ssh password") << SecretKind::SshPassword
                                  << QStringLiteral(
                                             "0b5e8f6a-3c44-4bd0-9a9e-5d1c2b7e8f10/ssh-password");
    QTest::newRow("ssh key passphrase")
            << SecretKind::SshKeyPassphrase
            << QStringLiteral("0b5e8f6a-3c44-4bd0-9a9e-5d1c2b7e8f10/ssh-key-passphrase");
}

void tst_MemorySecretStore::keyFor()
{
    QFETCH(SecretKind, kind);
    QFETCH(QString, expected);
    const QUuid id(QStringLiteral("{0b5e8f6a-3c44-4bd0-9a9e-5d1c2b7e8f10}"));
    QCOMPARE(SecretStore::keyFor(id, kind), expected);
    QCOMPARE(SecretStore::allKinds(), everyKind());
}

void tst_MemorySecretStore::writeReadOverwriteRemove_data()
{
    QTest::addColumn<SecretKind>("kind");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("password") << SecretKind::Password << QStringLiteral("s3cret")
                              << QStringLiteral("n3w s3cret");
    QTest::newRow("key passphrase, unicode and quotes")
            << SecretKind::KeyPassphrase << QStringLiteral("pässwörd ' \" ` \\ ; --")
            << QStringLiteral("\u00e9\u4e2d\U0001F511");
    QTest::newRow("empty password") << SecretKind::Password << QString() << QStringLiteral("x");
}

void tst_MemorySecretStore::writeReadOverwriteRemove()
{
    QFETCH(SecretKind, kind);
    QFETCH(QString, first);
    QFETCH(QString, second);
    MemorySecretStore store;
    QSignalSpy unavailable(&store, &SecretStore::serviceUnavailable);
    const QUuid id = QUuid::createUuid();

    QCOMPARE(store.writeBlocking(id, kind, first).status, SecretResult::Status::Ok);
    QCOMPARE(store.keys(), QStringList {SecretStore::keyFor(id, kind)});
    SecretResult read = store.readBlocking(id, kind);
    QCOMPARE(read.status, SecretResult::Status::Ok);
    QCOMPARE(read.secret, first);
    QVERIFY(read.message.isEmpty());

    QCOMPARE(store.writeBlocking(id, kind, second).status, SecretResult::Status::Ok);
    read = store.readBlocking(id, kind);
    QCOMPARE(read.status, SecretResult::Status::Ok);
    QCOMPARE(read.secret, second);
    QCOMPARE(store.keys().size(), 1);

    QCOMPARE(store.removeBlocking(id, kind).status, SecretResult::Status::Ok);
    QVERIFY(store.keys().isEmpty());
    read = store.readBlocking(id, kind);
    QCOMPARE(read.status, SecretResult::Status::NotFound);
    QVERIFY(read.secret.isEmpty());
    QCOMPARE(unavailable.count(), 0);
}

void tst_MemorySecretStore::readMissingIsNotFound()
{
    MemorySecretStore store;
    const SecretResult result = store.readBlocking(QUuid::createUuid(), SecretKind::Password);
    QCOMPARE(result.status, SecretResult::Status::NotFound);
    QVERIFY(!result.ok());
    QVERIFY(result.secret.isEmpty());
    QVERIFY(!result.message.isEmpty());
}

void tst_MemorySecretStore::removeMissingIsOk()
{
    MemorySecretStore store;
    const QUuid other = QUuid::createUuid();
    QVERIFY(store.writeBlocking(other, SecretKind::Password, QStringLiteral("keep")).ok());
    QVERIFY(store.removeBlocking(QUuid::createUuid(), SecretKind::Password).ok());
    QCOMPARE(store.readBlocking(other, SecretKind::Password).secret, QStringLiteral("keep"));
}

void tst_MemorySecretStore::kindsAndProfilesAreSeparate()
{
    MemorySecretStore store;
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    QVERIFY(store.writeBlocking(a, SecretKind::Password, QStringLiteral("a-pw")).ok());
    QVERIFY(store.writeBlocking(a, SecretKind::KeyPassphrase, QStringLiteral("a-pass")).ok());
    QVERIFY(store.writeBlocking(b, SecretKind::Password, QStringLiteral("b-pw")).ok());

    QCOMPARE(store.readBlocking(a, SecretKind::Password).secret, QStringLiteral("a-pw"));
    QCOMPARE(store.readBlocking(a, SecretKind::KeyPassphrase).secret, QStringLiteral("a-pass"));
    QCOMPARE(store.readBlocking(b, SecretKind::Password).secret, QStringLiteral("b-pw"));
    QCOMPARE(store.readBlocking(b, SecretKind::KeyPassphrase).status,
             SecretResult::Status::NotFound);

    QVERIFY(store.removeBlocking(a, SecretKind::Password).ok());
    QCOMPARE(store.readBlocking(a, SecretKind::KeyPassphrase).secret, QStringLiteral("a-pass"));
    QCOMPARE(store.readBlocking(b, SecretKind::Password).secret, QStringLiteral("b-pw"));
}

void tst_MemorySecretStore::removeAllRemovesEveryKindOfOneProfile()
{
    MemorySecretStore store;
    const QUuid doomed = QUuid::createUuid();
    const QUuid kept = QUuid::createUuid();
    for (const SecretKind kind : everyKind()) {
        QVERIFY(store.writeBlocking(doomed, kind, QStringLiteral("gone")).ok());
        QVERIFY(store.writeBlocking(kept, kind, QStringLiteral("kept")).ok());
    }
    QCOMPARE(store.keys().size(), 2 * everyKind().size());

    store.removeAll(doomed);

    for (const SecretKind kind : everyKind()) {
        QCOMPARE(store.readBlocking(doomed, kind).status, SecretResult::Status::NotFound);
        QCOMPARE(store.readBlocking(kept, kind).secret, QStringLiteral("kept"));
    }
    QStringList expected;
    for (const SecretKind kind : everyKind())
        expected << SecretStore::keyFor(kept, kind);
    expected.sort();
    QCOMPARE(store.keys(), expected);
}

void tst_MemorySecretStore::removeAllReportsToContext()
{
    MemorySecretStore store;
    const QUuid id = QUuid::createUuid();
    QVERIFY(store.writeBlocking(id, SecretKind::KeyPassphrase, QStringLiteral("x")).ok());
    QObject context;
    int calls = 0;
    std::optional<SecretResult> result;
    store.removeAll(id, &context, [&](const SecretResult &r) {
        ++calls;
        result = r;
    });
    QVERIFY(!result); // never from inside the call
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->status, SecretResult::Status::Ok);
    QVERIFY(store.keys().isEmpty());
    // Exactly one report for both kinds.
    QCoreApplication::processEvents();
    QCOMPARE(calls, 1);

    // A failing kind makes the whole removeAll fail, with that kind's message.
    store.setUnavailable(true);
    result.reset();
    store.removeAll(id, &context, [&](const SecretResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->status, SecretResult::Status::Unavailable);
    QVERIFY(!result->message.isEmpty());
}

void tst_MemorySecretStore::removeAllWithoutCallback()
{
    MemorySecretStore store;
    const QUuid id = QUuid::createUuid();
    QVERIFY(store.writeBlocking(id, SecretKind::Password, QStringLiteral("x")).ok());
    store.setUnavailable(true);
    // Without a callback the only trace of a failed removal is the log.
    QLoggingCategory::setFilterRules(QStringLiteral("sslcm.secrets.debug=true"));
    const auto restoreRules = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
    QTest::ignoreMessage(QtDebugMsg,
                         QRegularExpression(QStringLiteral("could not remove %1/password")
                                                    .arg(id.toString(QUuid::WithoutBraces))));
    QTest::ignoreMessage(QtDebugMsg,
                         QRegularExpression(QStringLiteral("could not remove %1/key-passphrase")
                                                    .arg(id.toString(QUuid::WithoutBraces))));
    store.removeAll(id);
    // Results come in the order asked for: once this one is back, both removals have reported.
    QCOMPARE(store.readBlocking(id, SecretKind::Password).status,
             SecretResult::Status::Unavailable);
    store.setUnavailable(false);
    QCOMPARE(store.keys(), QStringList {SecretStore::keyFor(id, SecretKind::Password)});
    store.removeAll(id);
    QVERIFY(store.keys().isEmpty());
}

void tst_MemorySecretStore::resultsComeLaterOnTheContext()
{
    MemorySecretStore store;
    const QUuid id = QUuid::createUuid();
    QObject context;
    std::optional<SecretResult> written;
    std::optional<SecretResult> read;
    store.write(id, SecretKind::Password, QStringLiteral("pw"), &context,
                [&](const SecretResult &r) { written = r; });
    store.read(id, SecretKind::Password, &context, [&](const SecretResult &r) {
        QVERIFY(written.has_value()); // in the order asked for
        read = r;
    });
    QVERIFY(!written);
    QVERIFY(!read);
    QTRY_VERIFY(read.has_value());
    QCOMPARE(written->status, SecretResult::Status::Ok);
    QCOMPARE(read->secret, QStringLiteral("pw"));
}

void tst_MemorySecretStore::resultIsDroppedWhenContextIsGone()
{
    MemorySecretStore store;
    const QUuid id = QUuid::createUuid();
    auto context = std::make_unique<QObject>();
    bool called = false;
    store.write(id, SecretKind::Password, QStringLiteral("pw"), context.get(),
                [&](const SecretResult &) { called = true; });
    context.reset();
    // A later operation's result arriving proves the earlier one had its turn.
    QCOMPARE(store.readBlocking(id, SecretKind::Password).secret, QStringLiteral("pw"));
    QVERIFY(!called);
}

void tst_MemorySecretStore::nullContextMeansTheStore()
{
    auto store = std::make_unique<MemorySecretStore>();
    const QUuid id = QUuid::createUuid();
    std::optional<SecretResult> result;
    store->write(id, SecretKind::Password, QStringLiteral("pw"), nullptr,
                 [&](const SecretResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok());

    bool called = false;
    store->read(id, SecretKind::Password, nullptr, [&](const SecretResult &) { called = true; });
    store.reset();
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void tst_MemorySecretStore::unavailableIsReportedOnce()
{
    MemorySecretStore store;
    QSignalSpy unavailable(&store, &SecretStore::serviceUnavailable);
    const QUuid id = QUuid::createUuid();
    QVERIFY(store.writeBlocking(id, SecretKind::Password, QStringLiteral("kept")).ok());
    store.setUnavailable(true);
    QVERIFY(store.isUnavailable());

    const SecretResult read = store.readBlocking(id, SecretKind::Password);
    QCOMPARE(read.status, SecretResult::Status::Unavailable);
    QVERIFY(read.secret.isEmpty());
    QVERIFY(read.message.contains(QLatin1String("ask for them when connecting")));
    QCOMPARE(store.writeBlocking(id, SecretKind::Password, QStringLiteral("new")).status,
             SecretResult::Status::Unavailable);
    QCOMPARE(store.removeBlocking(id, SecretKind::Password).status,
             SecretResult::Status::Unavailable);
    QCOMPARE(unavailable.count(), 1);
    QCOMPARE(unavailable.first().first().toString(), read.message);

    store.setUnavailable(false);
    QCOMPARE(store.readBlocking(id, SecretKind::Password).secret, QStringLiteral("kept"));
    store.setUnavailable(true);
    QCOMPARE(store.readBlocking(id, SecretKind::Password).status,
             SecretResult::Status::Unavailable);
    QCOMPARE(unavailable.count(), 1);
}

QTEST_GUILESS_MAIN(tst_MemorySecretStore)
#include "tst_memorysecretstore.moc"
