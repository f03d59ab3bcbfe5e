// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/KeychainSecretStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstdio>
#include <memory>
#include <optional>

Q_DECLARE_METATYPE(SecretKind)

// The keychain store against a real gnome-keyring on a private session bus (ctest runs this
// through tests/fixtures/with-keyring.sh), and against machines without one: for each of those
// this executable runs again as a child ("probe") in the environment under test, since a process
// connects to its session bus only once.
namespace {

constexpr auto probeVariable = "SSLCM_KEYCHAIN_PROBE"; // "plain" or "never-answers"
constexpr auto probeTimeoutVariable = "SSLCM_KEYCHAIN_PROBE_TIMEOUT_MS";
const QString probeSecret = QStringLiteral("probe-secret-7f3a9c");

// Owns org.freedesktop.secrets on the bus and swallows every call without ever answering: a
// keychain that hangs.
class NeverAnsweringKeychain : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &) override
    {
        if (message.type() == QDBusMessage::MethodCallMessage)
            ++calls;
        return true;
    }

    // Method calls received (on the D-Bus thread).
    std::atomic<int> calls {0};
};

int runProbe()
{
    const QByteArray mode = qgetenv(probeVariable);
    NeverAnsweringKeychain neverAnswering;
    const QString fakeName = QStringLiteral("fake-keychain");
    // Unregistered before `neverAnswering` goes away.
    const auto dropFake = qScopeGuard([&] { QDBusConnection::disconnectFromBus(fakeName); });
    if (mode == "never-answers") {
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, fakeName);
        if (!bus.registerService(QStringLiteral("org.freedesktop.secrets"))
            || !bus.registerVirtualObject(QStringLiteral("/"), &neverAnswering,
                                          QDBusConnection::SubPath)) {
            std::fprintf(stderr, "probe: cannot play a hanging keychain: %s\n",
                         qPrintable(bus.lastError().message()));
            return 3;
        }
    } else if (mode != "plain") {
        std::fprintf(stderr, "probe: unknown mode\n");
        return 3;
    }

    KeychainSecretStore store(QStringLiteral("sslcm-probe"));
    store.setTimeout(std::chrono::milliseconds(qEnvironmentVariableIntValue(probeTimeoutVariable)));
    QJsonArray notices;
    QObject::connect(&store, &SecretStore::serviceUnavailable, &store,
                     [&](const QString &message) { notices.append(message); });

    QJsonArray operations;
    const auto record
            = [&](const char *name, const QElapsedTimer &timer, const SecretResult &result) {
                  operations.append(QJsonObject {
                          {QStringLiteral("op"), QLatin1String(name)},
                          {QStringLiteral("ms"), timer.elapsed()},
                          // Calls the hanging keychain received so far.
                          {QStringLiteral("keychainCalls"), neverAnswering.calls.load()},
                          {QStringLiteral("status"), int(result.status)},
                          {QStringLiteral("message"), result.message},
                          {QStringLiteral("secret"), result.secret},
                  });
              };
    const QUuid id = QUuid::createUuid();
    QElapsedTimer timer;
    timer.start();
    record("write", timer, store.writeBlocking(id, SecretKind::Password, probeSecret));
    timer.start();
    record("read", timer, store.readBlocking(id, SecretKind::Password));
    timer.start();
    record("remove", timer, store.removeBlocking(id, SecretKind::KeyPassphrase));
    timer.start();
    QEventLoop loop;
    std::optional<SecretResult> removedAll;
    store.removeAll(id, &loop, [&](const SecretResult &result) {
        removedAll = result;
        loop.quit();
    });
    loop.exec();
    record("removeAll", timer, *removedAll);

    const QJsonObject report {{QStringLiteral("operations"), operations},
                              {QStringLiteral("notices"), notices}};
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

// Spelled out rather than SecretStore::allKinds(), which is under test.
const QList<SecretKind> bothKinds {SecretKind::Password, SecretKind::KeyPassphrase};

// Every file below `dir` that holds `secret` in any of the usual encodings.
QStringList filesHolding(const QString &dir, const QString &secret)
{
    const QList<QByteArray> needles {
            secret.toUtf8(), secret.toUtf8().toBase64(),
            QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)};
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles) {
            if (content.contains(needle)) {
                found.append(path);
                break;
            }
        }
    }
    return found;
}

} // namespace

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadOverwriteRemove_data();
    void writeReadOverwriteRemove();
    void readMissingIsNotFound();
    void removeAllRemovesBothKinds();
    void operationsRunInOrder();
    void secretsNeverReachAFile();
    void unavailable_data();
    void unavailable();

private:
    // What `secret-tool` (libsecret, outside sslcm) finds under that key; nullopt: nothing.
    std::optional<QString> lookup(const QString &key);
    QString m_service;
};

void tst_KeychainSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(qgetenv("SSLCM_PRIVATE_KEYRING") == "1",
             "run this test through tests/fixtures/with-keyring.sh (ctest does): it writes to the "
             "session's keychain and must never touch a real one");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
             "secret-tool (libsecret-tools) is needed to check the keychain from outside");
    QVERIFY2(QDBusConnection::sessionBus().interface()->isServiceRegistered(
                     QStringLiteral("org.freedesktop.secrets")),
             "the private session bus has no Secret Service");
    m_service = QStringLiteral("sslcm-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
}

std::optional<QString> tst_KeychainSecretStore::lookup(const QString &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"),
                m_service});
    if (!tool.waitForFinished(20000)) {
        tool.kill();
        tool.waitForFinished();
        qWarning("secret-tool did not finish");
        return QStringLiteral("<secret-tool hung>");
    }
    // secret-tool exits with 1 and prints nothing when there is no such item.
    if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(tool.readAllStandardOutput());
}

void tst_KeychainSecretStore::writeReadOverwriteRemove_data()
{
    QTest::addColumn<SecretKind>("kind");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("password") << SecretKind::Password << QStringLiteral("s3cret-pw")
                              << QStringLiteral("an0ther-pw");
    QTest::newRow("key passphrase, unicode and quotes")
            << SecretKind::KeyPassphrase << QStringLiteral("pässwörd ' \" ` \\ ; -- ")
            << QStringLiteral("\u00e9\u4e2d\U0001F511");
}

void tst_KeychainSecretStore::writeReadOverwriteRemove()
{
    QFETCH(SecretKind, kind);
    QFETCH(QString, first);
    QFETCH(QString, second);
    KeychainSecretStore store(m_service);
    QSignalSpy unavailable(&store, &SecretStore::serviceUnavailable);
    const QUuid id = QUuid::createUuid();
    const QString key = SecretStore::keyFor(id, kind);
    QCOMPARE(lookup(key), std::nullopt);

    SecretResult result = store.writeBlocking(id, kind, first);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(lookup(key), first);
    {
        KeychainSecretStore another(m_service);
        result = another.readBlocking(id, kind);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.secret, first);
        QVERIFY(result.message.isEmpty());
    }

    result = store.writeBlocking(id, kind, second);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(lookup(key), second);
    result = KeychainSecretStore(m_service).readBlocking(id, kind);
    QCOMPARE(result.status, SecretResult::Status::Ok);
    QCOMPARE(result.secret, second);

    result = store.removeBlocking(id, kind);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(lookup(key), std::nullopt);
    result = store.readBlocking(id, kind);
    QCOMPARE(result.status, SecretResult::Status::NotFound);
    QVERIFY(result.secret.isEmpty());
    // Removing what is gone is fine.
    QCOMPARE(store.removeBlocking(id, kind).status, SecretResult::Status::Ok);
    QCOMPARE(unavailable.count(), 0);
}

void tst_KeychainSecretStore::readMissingIsNotFound()
{
    KeychainSecretStore store(m_service);
    const SecretResult result = store.readBlocking(QUuid::createUuid(), SecretKind::Password);
    QCOMPARE(result.status, SecretResult::Status::NotFound);
    QVERIFY(result.secret.isEmpty());
    QVERIFY(!result.message.isEmpty());
}

void tst_KeychainSecretStore::removeAllRemovesBothKinds()
{
    KeychainSecretStore store(m_service);
    const QUuid doomed = QUuid::createUuid();
    const QUuid kept = QUuid::createUuid();
    for (const SecretKind kind : bothKinds) {
        QVERIFY(store.writeBlocking(doomed, kind, QStringLiteral("doomed")).ok());
        QVERIFY(store.writeBlocking(kept, kind, QStringLiteral("kept")).ok());
        QCOMPARE(lookup(SecretStore::keyFor(doomed, kind)), QStringLiteral("doomed"));
    }

    QObject context;
    std::optional<SecretResult> result;
    store.removeAll(doomed, &context, [&](const SecretResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY2(result->ok(), qPrintable(result->message));
    for (const SecretKind kind : bothKinds) {
        QCOMPARE(lookup(SecretStore::keyFor(doomed, kind)), std::nullopt);
        QCOMPARE(lookup(SecretStore::keyFor(kept, kind)), QStringLiteral("kept"));
    }

    // The fire-and-forget form ProfileStore uses; a read queued behind it sees its effect.
    store.removeAll(kept);
    for (const SecretKind kind : bothKinds) {
        QCOMPARE(store.readBlocking(kept, kind).status, SecretResult::Status::NotFound);
        QCOMPARE(lookup(SecretStore::keyFor(kept, kind)), std::nullopt);
    }
}

void tst_KeychainSecretStore::operationsRunInOrder()
{
    KeychainSecretStore store(m_service);
    const QUuid id = QUuid::createUuid();
    QObject context;
    QStringList order;
    std::optional<SecretResult> firstRead;
    std::optional<SecretResult> secondRead;
    store.write(id, SecretKind::Password, QStringLiteral("one"), &context,
                [&](const SecretResult &) { order.append(QStringLiteral("write one")); });
    store.read(id, SecretKind::Password, &context, [&](const SecretResult &r) {
        order.append(QStringLiteral("read"));
        firstRead = r;
    });
    store.write(id, SecretKind::Password, QStringLiteral("two"), &context,
                [&](const SecretResult &) { order.append(QStringLiteral("write two")); });
    store.remove(id, SecretKind::Password, &context,
                 [&](const SecretResult &) { order.append(QStringLiteral("remove")); });
    store.read(id, SecretKind::Password, &context, [&](const SecretResult &r) {
        order.append(QStringLiteral("read"));
        secondRead = r;
    });
    QVERIFY(order.isEmpty()); // never from inside the calls
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 20000);
    QCOMPARE(order,
             (QStringList {QStringLiteral("write one"), QStringLiteral("read"),
                           QStringLiteral("write two"), QStringLiteral("remove"),
                           QStringLiteral("read")}));
    QCOMPARE(firstRead->secret, QStringLiteral("one"));
    QCOMPARE(secondRead->status, SecretResult::Status::NotFound);
}

void tst_KeychainSecretStore::secretsNeverReachAFile()
{
    // The keyring's own file is encrypted; a plaintext fallback (QSettings) would show up here.
    const QString secret
            = QStringLiteral("needle-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    KeychainSecretStore store(m_service);
    const QUuid id = QUuid::createUuid();
    QVERIFY(store.writeBlocking(id, SecretKind::KeyPassphrase, secret).ok());
    QCOMPARE(lookup(SecretStore::keyFor(id, SecretKind::KeyPassphrase)), secret);

    const QString home = QDir::homePath();
    QVERIFY2(home.contains(QLatin1String("sslcm-keyring")), qPrintable(home));
    QStringList places {home};
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        places.append(qEnvironmentVariable(variable));
    for (const QString &place : places) {
        QVERIFY(!place.isEmpty());
        QCOMPARE(filesHolding(place, secret), QStringList());
    }
    // The check itself works: a file holding the secret is found.
    QTemporaryDir control;
    QFile planted(control.filePath(QStringLiteral("sslcm-probe.conf")));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("password=@ByteArray(" + secret.toUtf8() + ")\n");
    planted.close();
    QCOMPARE(filesHolding(control.path(), secret), QStringList {planted.fileName()});

    QVERIFY(store.removeBlocking(id, SecretKind::KeyPassphrase).ok());
}

void tst_KeychainSecretStore::unavailable_data()
{
    QTest::addColumn<QString>("environment");     // how the child's session looks
    QTest::addColumn<int>("timeoutMs");           // the store's timeout in the child
    QTest::addColumn<QString>("expectedMessage"); // a fragment of the message
    QTest::addColumn<int>("firstMinMs"); // the first operation must take at least this long

    QTest::newRow("bus address leads nowhere") << QStringLiteral("dead-bus") << 20000
                                               << QStringLiteral("there is no D-Bus session") << 0;
    QTest::newRow("no bus at all, no display") << QStringLiteral("no-bus") << 20000
                                               << QStringLiteral("there is no D-Bus session") << 0;
    QTest::newRow("bus without a keychain service")
            << QStringLiteral("bus-without-keychain") << 20000
            << QStringLiteral("no keychain service such as GNOME Keyring or KWallet is running")
            << 0;
    QTest::newRow("keychain never answers")
            << QStringLiteral("never-answers") << 1500
            << QStringLiteral("did not answer within 2 second") << 1500;
}

void tst_KeychainSecretStore::unavailable()
{
    QFETCH(QString, environment);
    QFETCH(int, timeoutMs);
    QFETCH(QString, expectedMessage);
    QFETCH(int, firstMinMs);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *sub : {"home", "config", "data", "cache", "run"})
        QVERIFY(QDir(dir.path()).mkdir(QLatin1String(sub)));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(probeVariable),
               environment == QLatin1String("never-answers") ? QStringLiteral("never-answers")
                                                             : QStringLiteral("plain"));
    env.insert(QLatin1String(probeTimeoutVariable), QString::number(timeoutMs));
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("run")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("SSLCM_PRIVATE_KEYRING"));

    // Outlives the probe, and is stopped also when a check below fails.
    QProcess bus;
    const auto stopBus = qScopeGuard([&bus] {
        if (bus.state() == QProcess::NotRunning)
            return;
        bus.terminate();
        if (!bus.waitForFinished(10000)) {
            bus.kill();
            bus.waitForFinished();
        }
    });
    if (environment == QLatin1String("dead-bus")) {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus-here")));
    } else if (environment == QLatin1String("no-bus")) {
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    } else {
        // A bus of its own that knows no services at all: nothing to activate.
        QFile config(dir.filePath(QStringLiteral("bus.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
                QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus "
                               "Configuration 1.0//EN\"\n"
                               " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                               "<busconfig>\n"
                               "  <type>session</type>\n"
                               "  <listen>unix:dir=%1</listen>\n"
                               "  <auth>EXTERNAL</auth>\n"
                               "  <policy context=\"default\">\n"
                               "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                               "    <allow eavesdrop=\"true\"/>\n"
                               "    <allow own=\"*\"/>\n"
                               "  </policy>\n"
                               "</busconfig>\n")
                        .arg(dir.filePath(QStringLiteral("run")))
                        .toUtf8());
        config.close();
        bus.start(QStringLiteral("dbus-daemon"),
                  {QStringLiteral("--nofork"), QStringLiteral("--print-address"),
                   QStringLiteral("--config-file=") + config.fileName()});
        QVERIFY2(bus.waitForStarted(), qPrintable(bus.errorString()));
        while (!bus.canReadLine() && bus.waitForReadyRead(10000)) { }
        const QString address = QString::fromUtf8(bus.readLine()).trimmed();
        QVERIFY2(address.startsWith(QLatin1String("unix:")),
                 bus.readAllStandardError().constData());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
    }

    QProcess probe;
    probe.setProcessEnvironment(env);
    probe.start(QCoreApplication::applicationFilePath(), QStringList());
    QVERIFY2(probe.waitForStarted(), qPrintable(probe.errorString()));
    QVERIFY2(probe.waitForFinished(60000), "the probe did not end");
    const QByteArray errors = probe.readAllStandardError();
    QVERIFY2(probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0,
             errors.constData());

    QJsonParseError parseError;
    const QJsonObject report
            = QJsonDocument::fromJson(probe.readAllStandardOutput(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, errors.constData());

    const QJsonArray operations = report.value(QStringLiteral("operations")).toArray();
    QCOMPARE(operations.size(), 4);
    QString firstMessage;
    int firstCalls = -1;
    for (int i = 0; i < operations.size(); ++i) {
        const QJsonObject op = operations.at(i).toObject();
        const QString what = op.value(QStringLiteral("op")).toString();
        const QString message = op.value(QStringLiteral("message")).toString();
        const qint64 ms = op.value(QStringLiteral("ms")).toInteger();
        const int calls = op.value(QStringLiteral("keychainCalls")).toInt();
        QVERIFY2(op.value(QStringLiteral("status")).toInt()
                         == int(SecretResult::Status::Unavailable),
                 qPrintable(what + QLatin1String(": ") + message));
        QVERIFY(op.value(QStringLiteral("secret")).toString().isEmpty());
        QVERIFY2(message.contains(QLatin1String("sslcm will ask for them when connecting")),
                 qPrintable(message));
        if (i == 0) {
            firstMessage = message;
            QVERIFY2(message.contains(expectedMessage), qPrintable(message));
            // When it waits at all, it waits for the store's timeout, never less.
            QVERIFY2(ms >= firstMinMs,
                     qPrintable(QStringLiteral("%1 took %2 ms").arg(what).arg(ms)));
            firstCalls = calls;
            // The hanging keychain was really asked (and left the store waiting).
            if (environment == QLatin1String("never-answers"))
                QVERIFY2(firstCalls >= 1, qPrintable(QString::number(firstCalls)));
        } else {
            // Known by then: the keychain is not asked, so nothing waits for it again.
            QVERIFY2(calls == firstCalls,
                     qPrintable(QStringLiteral("%1: %2 calls to the keychain, %3 after the first "
                                               "operation")
                                        .arg(what)
                                        .arg(calls)
                                        .arg(firstCalls)));
        }
    }

    const QJsonArray notices = report.value(QStringLiteral("notices")).toArray();
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().toString(), firstMessage);

    // Nothing fell back to a file.
    QCOMPARE(filesHolding(dir.path(), probeSecret), QStringList());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(probeVariable))
        return runProbe();
    tst_KeychainSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
