// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditFixtures.h"
#include "Settings.h"
#include "audit/ExpiryNotifier.h"
#include "profile/ProfileStore.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace AuditFixtures;

namespace {

// Runs one check and returns its notification text (empty: nothing was sent).
QString checkNow(ExpiryNotifier &notifier)
{
    QSignalSpy checked(&notifier, &ExpiryNotifier::checked);
    notifier.check();
    if (!checked.wait(20000))
        return QStringLiteral("(no answer)");
    return checked.first().at(0).toString();
}

// Stands in for the desktop's notification service on a private session bus: records every
// Notify call.
class NotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString appName;
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(timeout)
        calls.append({appName, summary, body, hints});
        return uint(calls.size());
    }
};

QProcess *g_bus = nullptr;

} // namespace

class tst_ExpiryNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void notifiesAboutACertificateExpiringSoon();
    void notifiesAboutTheLastAuditsServerCertificate();
    void silentWhenTheSettingIsOff();
    void silentWhenNothingExpires();
    void withoutANotificationServiceNothingIsLost();

private:
    // Sends a notification that must arrive and waits for it: D-Bus keeps a sender's messages
    // in order, so anything sent before it has arrived by then.
    void flush();

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    NotificationService m_service;
    QDBusConnection m_receiver {QString()};
    CertificateInfo m_soon;   // 10 days
    CertificateInfo m_later;  // 400 days
    CertificateInfo m_server; // 5 days
};

void tst_ExpiryNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").startsWith(QLatin1String("unix:")),
             "the private session bus did not start");
    m_receiver = QDBusConnection::connectToBus(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"),
                                               QStringLiteral("notification-service"));
    QVERIFY(m_receiver.isConnected());
    QVERIFY(m_receiver.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_service,
                                      QDBusConnection::ExportAllSlots));
    QVERIFY(m_receiver.registerService(QStringLiteral("org.freedesktop.Notifications")));
    m_soon = makeCertificate(m_dir.path(), QStringLiteral("Expiring Soon CA"), 10);
    m_later = makeCertificate(m_dir.path(), QStringLiteral("Long Lived CA"), 400);
    m_server = makeCertificate(m_dir.path(), QStringLiteral("db.soon.example"), 5);
}

void tst_ExpiryNotifier::init()
{
    QSettings().clear();
    m_service.calls.clear();
    m_store = std::make_unique<ProfileStore>(
            QDir(m_dir.path())
                    .filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)
                              + QStringLiteral(".json")));
    m_store->load();
}

void tst_ExpiryNotifier::cleanup()
{
    m_store.reset();
}

void tst_ExpiryNotifier::cleanupTestCase()
{
    m_receiver.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    QDBusConnection::disconnectFromBus(QStringLiteral("notification-service"));
}

void tst_ExpiryNotifier::flush()
{
    Profile p = profile(QStringLiteral("Flush"), QStringLiteral("flush.example"));
    p.caFile = m_dir.filePath(QStringLiteral("Expiring Soon CA.pem"));
    ProfileStore store(m_dir.filePath(QStringLiteral("flush.json")));
    store.load();
    QVERIFY(store.add(p));
    const int before = int(m_service.calls.size());
    Settings s = Settings::load();
    const bool was = s.warnAboutExpiry;
    s.warnAboutExpiry = true;
    s.save();
    ExpiryNotifier notifier(&store);
    QSignalSpy notified(&notifier, &ExpiryNotifier::notified);
    QVERIFY(!checkNow(notifier).isEmpty());
    QVERIFY(notified.wait());
    QCOMPARE(m_service.calls.size(), before + 1);
    s.warnAboutExpiry = was;
    s.save();
}

void tst_ExpiryNotifier::notifiesAboutACertificateExpiringSoon()
{
    Profile p = profile(QStringLiteral("Billing DB"), QStringLiteral("billing.example"));
    p.caFile = m_dir.filePath(QStringLiteral("Expiring Soon CA.pem"));
    Profile q = profile(QStringLiteral("Reporting DB"), QStringLiteral("reports.example"));
    q.caFile = m_dir.filePath(QStringLiteral("Long Lived CA.pem"));
    QVERIFY(m_store->add(p));
    QVERIFY(m_store->add(q));
    // The default: on, 30 days.
    QVERIFY(Settings::load().warnAboutExpiry);
    QCOMPARE(Settings::load().expiryWarnDays, 30);

    ExpiryNotifier notifier(m_store.get());
    QSignalSpy notified(&notifier, &ExpiryNotifier::notified);
    notifier.start();
    QVERIFY(notified.wait());
    QCOMPARE(notified.first().at(0).toBool(), true);
    QCOMPARE(notified.first().at(1).toString(), QStringLiteral("dbus"));
    QCOMPARE(m_service.calls.size(), 1);
    const NotificationService::Call &call = m_service.calls.first();
    QVERIFY2(call.summary.contains(QLatin1String("1 certificate")), qPrintable(call.summary));
    QVERIFY2(call.body.contains(QLatin1String("Billing DB")), qPrintable(call.body));
    QVERIFY(call.body.contains(QLatin1String("CN=Expiring Soon CA")));
    QVERIFY(call.body.contains(QLatin1String("CA file")));
    QVERIFY2(call.body.contains(QLatin1String("in 9 day"))
                     || call.body.contains(QLatin1String("in 10 day")),
             qPrintable(call.body));
    // The one that lasts is not named.
    QVERIFY(!call.body.contains(QLatin1String("Long Lived")));
    QVERIFY(!call.body.contains(QLatin1String("Reporting DB")));
}

void tst_ExpiryNotifier::notifiesAboutTheLastAuditsServerCertificate()
{
    Profile p = profile(QStringLiteral("Orders"), QStringLiteral("db.soon.example"));
    QVERIFY(m_store->add(p));
    ExpiryNotifier notifier(m_store.get());
    QSignalSpy notified(&notifier, &ExpiryNotifier::notified);
    // No audit, no files: nothing to say.
    QVERIFY(checkNow(notifier).isEmpty());
    notifier.setLastAudit({result(
            p, {}, {AuditCertificate::from(m_server, AuditCertificate::Source::ServerChain)})});
    QVERIFY(!checkNow(notifier).isEmpty());
    QVERIFY(notified.wait());
    QCOMPARE(m_service.calls.size(), 1);
    QVERIFY(m_service.calls.first().body.contains(QLatin1String("Orders")));
    QVERIFY(m_service.calls.first().body.contains(QLatin1String("CN=db.soon.example")));
    QVERIFY(m_service.calls.first().body.contains(QLatin1String("server certificate")));
}

void tst_ExpiryNotifier::silentWhenTheSettingIsOff()
{
    Profile p = profile(QStringLiteral("Billing DB"), QStringLiteral("billing.example"));
    p.caFile = m_dir.filePath(QStringLiteral("Expiring Soon CA.pem"));
    QVERIFY(m_store->add(p));
    Settings s = Settings::load();
    s.warnAboutExpiry = false;
    s.save();
    ExpiryNotifier notifier(m_store.get());
    notifier.start();
    QVERIFY(checkNow(notifier).isEmpty());
    flush();
    // Only the flush's own notification arrived.
    QCOMPARE(m_service.calls.size(), 1);
    QVERIFY(m_service.calls.first().body.contains(QLatin1String("Flush")));
}

void tst_ExpiryNotifier::silentWhenNothingExpires()
{
    Profile q = profile(QStringLiteral("Reporting DB"), QStringLiteral("reports.example"));
    q.caFile = m_dir.filePath(QStringLiteral("Long Lived CA.pem"));
    QVERIFY(m_store->add(q));
    ExpiryNotifier notifier(m_store.get());
    notifier.start();
    QVERIFY(checkNow(notifier).isEmpty());
    flush();
    QCOMPARE(m_service.calls.size(), 1);
    QVERIFY(m_service.calls.first().body.contains(QLatin1String("Flush")));
    // A longer threshold takes it in.
    Settings s = Settings::load();
    s.expiryWarnDays = 365;
    s.save();
    QVERIFY(checkNow(notifier).isEmpty());
    s.expiryWarnDays = Settings::maxExpiryWarnDays;
    s.save();
    // 400 days is beyond the longest threshold: still silent.
    QVERIFY(checkNow(notifier).isEmpty());
    notifier.setNow(QDateTime::currentDateTimeUtc().addDays(380));
    QSignalSpy notified(&notifier, &ExpiryNotifier::notified);
    QVERIFY(checkNow(notifier).contains(QLatin1String("Long Lived CA")));
    QVERIFY(notified.wait());
    QCOMPARE(m_service.calls.size(), 2);
}

void tst_ExpiryNotifier::withoutANotificationServiceNothingIsLost()
{
    Profile p = profile(QStringLiteral("Billing DB"), QStringLiteral("billing.example"));
    p.caFile = m_dir.filePath(QStringLiteral("Expiring Soon CA.pem"));
    QVERIFY(m_store->add(p));
    QVERIFY(m_receiver.unregisterService(QStringLiteral("org.freedesktop.Notifications")));
    ExpiryNotifier notifier(m_store.get());
    QSignalSpy notified(&notifier, &ExpiryNotifier::notified);
    QVERIFY(!checkNow(notifier).isEmpty());
    QVERIFY(notified.wait());
    // Offscreen has no system tray either: not delivered, and said so.
    QCOMPARE(notified.first().at(0).toBool(), false);
    QVERIFY(m_service.calls.isEmpty());
    QVERIFY(m_receiver.registerService(QStringLiteral("org.freedesktop.Notifications")));
}

int main(int argc, char *argv[])
{
    // A private session bus, before anything in this process connects to one.
    QProcess bus;
    bus.start(QStringLiteral("dbus-daemon"),
              {QStringLiteral("--session"), QStringLiteral("--nofork"),
               QStringLiteral("--print-address=1")});
    if (!bus.waitForStarted(10000) || !bus.waitForReadyRead(10000))
        qFatal("dbus-daemon did not start");
    const QByteArray address = bus.readLine().trimmed();
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    g_bus = &bus;
    int status = 0;
    {
        QApplication app(argc, argv);
        tst_ExpiryNotifier test;
        status = QTest::qExec(&test, argc, argv);
    }
    bus.terminate();
    bus.waitForFinished(5000);
    return status;
}

#include "tst_expirynotifier.moc"
