// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/KnownCertificates.h"

#include <QDateTime>
#include <QWidget>

// Every certificate sslcm knows on a horizontal time axis, one lane per connection, with today
// and the warning threshold marked; expired ones red, those expiring within the threshold
// orange. Keyboard: Left/Right move between a lane's certificates, Up/Down between lanes,
// Home/End to the first and last, Enter opens the focused one in the certificate viewer (as a
// click does).
class ExpiryTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit ExpiryTimeline(QWidget *parent = nullptr);
    ~ExpiryTimeline() override;

    void setCertificates(const QList<KnownCertificate> &certificates);
    const QList<KnownCertificate> &certificates() const { return m_certificates; }
    void setWarnDays(int days);
    // The clock; the current time unless set (tests, screenshots).
    void setNow(const QDateTime &nowUtc);

    QStringList laneNames() const;
    int laneOf(int certificate) const;
    // The focused certificate; -1 when there are none.
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    // Where a certificate's marker is drawn (widget coordinates).
    QRect markerRect(int index) const;
    int certificateAt(const QPoint &pos) const;
    // The focused certificate in words (also its accessible description).
    QString describe(int index) const;
    // Opens a certificate in the certificate viewer (window-modal, returns at once).
    void open(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void currentChanged(int index);
    void certificateOpened(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QDateTime now() const;
    void updateRange();
    void updateAccessibleText();
    int laneHeight() const;
    int headerHeight() const;
    int labelWidth() const;
    QRect plotRect() const;
    int xFor(const QDateTime &when) const;
    QColor colorFor(const AuditCertificate &certificate) const;
    // The certificate of lane `lane` whose expiry is nearest to `x`.
    int nearestInLane(int lane, int x) const;

    QList<KnownCertificate> m_certificates;
    QList<int> m_lane;         // per certificate
    QStringList m_laneNames;   // per lane
    QList<QList<int>> m_order; // per lane: certificates by expiry
    int m_warnDays = 30;
    QDateTime m_now;
    QDateTime m_start;
    QDateTime m_end;
    QDateTime m_break; // where the compressed far part begins; invalid: none
    int m_current = -1;
};
