// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpiryNotifier.h"

#include "Settings.h"
#include "audit/AuditResultsModel.h"
#include "audit/KnownCertificates.h"
#include "cert/CertificateDisplay.h"
#include "profile/ProfileStore.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QIcon>
#include <QPointer>
#include <QLoggingCategory>
#include <QSystemTrayIcon>
#include <QThreadPool>
#include <QTimer>

Q_LOGGING_CATEGORY(lcExpiry, "sslcm.expiry")

namespace {

const QString notificationsService = QStringLiteral("org.freedesktop.Notifications");
const QString notificationsPath = QStringLiteral("/org/freedesktop/Notifications");
// At most this many certificates by name in one notification; the rest are counted.
constexpr int namedInNotification = 5;

} // namespace

ExpiryNotifier::ExpiryNotifier(ProfileStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_daily(new QTimer(this))
{
    m_daily->setInterval(std::chrono::hours(24));
    connect(m_daily, &QTimer::timeout, this, &ExpiryNotifier::check);
}

ExpiryNotifier::~ExpiryNotifier() = default;

void ExpiryNotifier::setLastAudit(const QList<AuditResult> &results)
{
    m_lastAudit = results;
}

void ExpiryNotifier::setNow(const QDateTime &nowUtc)
{
    m_now = nowUtc;
}

void ExpiryNotifier::start()
{
    m_daily->start();
    check();
}

void ExpiryNotifier::check()
{
    const Settings settings = Settings::load();
    if (!settings.warnAboutExpiry || !m_store) {
        QMetaObject::invokeMethod(
                this, [this] { Q_EMIT checked(QString()); }, Qt::QueuedConnection);
        return;
    }
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const int warnDays = settings.expiryWarnDays;
    // The profiles' certificate files are read on a worker thread.
    QPointer<ExpiryNotifier> self(this);
    QThreadPool::globalInstance()->start(
            [self, warnDays, now, profiles = m_store->profiles(), audit = m_lastAudit] {
                QList<KnownCertificate> soon = KnownCertificates::expiringWithin(
                        KnownCertificates::collect(profiles, audit), warnDays, now);
                QMetaObject::invokeMethod(
                        qApp,
                        [self, warnDays, now, soon = std::move(soon)] {
                            if (self)
                                self->notify(soon, warnDays, now);
                        },
                        Qt::QueuedConnection);
            });
}

void ExpiryNotifier::notify(const QList<KnownCertificate> &soon, int warnDays, const QDateTime &now)
{
    if (soon.isEmpty()) {
        Q_EMIT checked(QString());
        return;
    }
    QStringList lines;
    for (const KnownCertificate &c : soon.mid(0, namedInNotification)) {
        //: One line of the expiry notification: %1 connection, %2 the certificate's name,
        //: %3 "server certificate" / "CA file"..., %4 the date, %5 "in 12 days" / "expired 3 days ago"
        lines << tr("%1: %2 (%3) expires %4, %5")
                         .arg(c.profileName, c.certificate.subject,
                              KnownCertificates::sourceName(c.certificate),
                              CertificateDisplay::date(c.certificate.notAfter),
                              AuditResultsModel::daysText(c.certificate.notAfter, now));
    }
    if (soon.size() > namedInNotification)
        lines << tr("and %n more.", nullptr, int(soon.size() - namedInNotification));
    const QString title = tr("%n certificate(s) of your connections expire within %1 days", nullptr,
                             int(soon.size()))
                                  .arg(warnDays);
    const QString body = lines.join(QLatin1Char('\n'));
    sendOverDBus(title, body);
    Q_EMIT checked(title + QLatin1Char('\n') + body);
}

void ExpiryNotifier::sendOverDBus(const QString &title, const QString &body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        const bool shown = showInTray(title, body);
        Q_EMIT notified(shown, shown ? QStringLiteral("tray") : QString());
        return;
    }
    QDBusMessage call
            = QDBusMessage::createMethodCall(notificationsService, notificationsPath,
                                             notificationsService, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName());
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1))); // normal
    call << QCoreApplication::applicationName() << m_lastNotificationId
         << QStringLiteral("security-medium") << title << body << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, title, body] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (!reply.isError()) {
            m_lastNotificationId = reply.value();
            Q_EMIT notified(true, QStringLiteral("dbus"));
            return;
        }
        qCInfo(lcExpiry) << "no notification service:" << reply.error().name();
        const bool shown = showInTray(title, body);
        Q_EMIT notified(shown, shown ? QStringLiteral("tray") : QString());
    });
}

bool ExpiryNotifier::showInTray(const QString &title, const QString &body)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/sslcm.svg")), this);
        m_tray->setToolTip(QGuiApplication::applicationDisplayName());
    }
    m_tray->show();
    m_tray->showMessage(title, body, QSystemTrayIcon::Warning);
    return true;
}
