// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditResult.h"
#include "audit/KnownCertificates.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class ProfileStore;
class QSystemTrayIcon;
class QTimer;

// Warns about expiring certificates without opening any window: on start() and once a day
// after, one desktop notification listing every certificate of the saved connections (the last
// audit's server chains, the CA files and client certificates) that expires within the
// threshold (Settings: "Warn about expiring certificates", 30 days). Sent as a freedesktop
// notification over D-Bus; where no notification service answers but there is a system tray,
// as a tray message. Never blocks: the D-Bus call is asynchronous.
class ExpiryNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ExpiryNotifier(ProfileStore *store, QObject *parent = nullptr);
    ~ExpiryNotifier() override;

    // The last audit's results (AuditHistory), whose server chains are checked too.
    void setLastAudit(const QList<AuditResult> &results);
    // Checks now and then every 24 hours.
    void start();
    // Checks now: sends a notification if something expires within the threshold and the
    // setting is on. The certificate files are read off the GUI thread; checked() follows.
    void check();

    // The clock (tests); the current time unless set.
    void setNow(const QDateTime &nowUtc);

Q_SIGNALS:
    // After each check: the notification's text, empty when there was nothing to send.
    void checked(const QString &text);
    // After the notification service (or the tray) took it, or failed to.
    void notified(bool delivered, const QString &via);

private:
    void notify(const QList<KnownCertificate> &soon, int warnDays, const QDateTime &now);
    void sendOverDBus(const QString &title, const QString &body);
    bool showInTray(const QString &title, const QString &body);

    QPointer<ProfileStore> m_store;
    QList<AuditResult> m_lastAudit;
    QTimer *m_daily;
    QDateTime m_now;
    uint m_lastNotificationId = 0;
    QSystemTrayIcon *m_tray = nullptr;
};
