// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpiryTimeline.h"

#include "audit/AuditResultsModel.h"
#include "StatusColors.h"
#include "UtcDateTime.h"
#include "cert/CertificateDisplay.h"
#include "profile/CertificatePreview.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace {

constexpr qint64 day = 86400;

// "db.example.com" of "CN=db.example.com, O=Example"; the whole line without a CN.
QString shortName(const QString &subject)
{
    const int cn = subject.indexOf(QLatin1String("CN="));
    if (cn < 0)
        return subject;
    const int end = subject.indexOf(QLatin1Char(','), cn);
    return subject.mid(cn + 3, end < 0 ? -1 : end - cn - 3);
}

} // namespace

ExpiryTimeline::ExpiryTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("expiryTimeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAccessibleName(tr("Certificate expiry timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    updateRange();
    updateAccessibleText();
}

ExpiryTimeline::~ExpiryTimeline() = default;

QDateTime ExpiryTimeline::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void ExpiryTimeline::setCertificates(const QList<KnownCertificate> &certificates)
{
    m_certificates = certificates;
    m_lane.clear();
    m_laneNames.clear();
    m_order.clear();
    QList<QUuid> laneIds;
    for (const KnownCertificate &c : m_certificates) {
        int lane = int(laneIds.indexOf(c.profileId));
        if (lane < 0) {
            lane = int(laneIds.size());
            laneIds.append(c.profileId);
            m_laneNames.append(c.profileName);
            m_order.append(QList<int>());
        }
        m_lane.append(lane);
        m_order[lane].append(int(m_lane.size()) - 1);
    }
    for (QList<int> &order : m_order) {
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            return m_certificates.at(a).certificate.notAfter
                    < m_certificates.at(b).certificate.notAfter;
        });
    }
    m_current = m_certificates.isEmpty() ? -1 : (m_order.isEmpty() ? -1 : m_order.first().first());
    updateRange();
    updateGeometry();
    updateAccessibleText();
    update();
    Q_EMIT currentChanged(m_current);
}

void ExpiryTimeline::setWarnDays(int days)
{
    m_warnDays = days;
    updateRange();
    updateAccessibleText();
    update();
}

void ExpiryTimeline::setNow(const QDateTime &nowUtc)
{
    m_now = nowUtc;
    updateRange();
    updateAccessibleText();
    update();
}

void ExpiryTimeline::updateRange()
{
    const QDateTime today = now();
    // From a little before today (or the oldest expiry) to the last expiry. The near future is
    // what matters: beyond a year (or twice the threshold) the axis is compressed, so that a
    // root CA's 25 years do not squeeze the next months into a few pixels.
    QDateTime start = today.addDays(-30);
    QDateTime end = today.addDays(qMax(2 * m_warnDays, 180));
    for (const KnownCertificate &c : m_certificates) {
        start = std::min(start, c.certificate.notAfter.addDays(-15));
        end = std::max(end, c.certificate.notAfter.addDays(60));
    }
    m_start = std::max(start, today.addYears(-2));
    m_end = std::min(end, today.addYears(30));
    const QDateTime breakAt = today.addDays(qMax(2 * m_warnDays, 365));
    m_break = m_end > breakAt.addDays(90) ? breakAt : QDateTime();
}

QStringList ExpiryTimeline::laneNames() const
{
    return m_laneNames;
}

int ExpiryTimeline::laneOf(int certificate) const
{
    return m_lane.value(certificate, -1);
}

int ExpiryTimeline::laneHeight() const
{
    return fontMetrics().height() * 2;
}

int ExpiryTimeline::headerHeight() const
{
    return fontMetrics().height() * 3;
}

int ExpiryTimeline::labelWidth() const
{
    int widest = 0;
    for (const QString &name : m_laneNames)
        widest = qMax(widest, fontMetrics().horizontalAdvance(name));
    // +1: an advance is rounded, and a name exactly as wide as its rounded advance was elided.
    return qMin(widest + 1 + fontMetrics().averageCharWidth() * 2, qMax(80, width() / 4));
}

QRect ExpiryTimeline::plotRect() const
{
    const int margin = fontMetrics().averageCharWidth() * 2;
    const int left = labelWidth();
    return QRect(left, headerHeight(), qMax(10, width() - left - margin),
                 int(m_laneNames.size()) * laneHeight());
}

int ExpiryTimeline::xFor(const QDateTime &when) const
{
    const QRect plot = plotRect();
    const auto scale = [](const QDateTime &from, const QDateTime &to, const QDateTime &t, int left,
                          int width) {
        const qint64 span = qMax<qint64>(1, from.secsTo(to));
        const qint64 offset = std::clamp<qint64>(from.secsTo(t), 0, span);
        return left + int(double(offset) / double(span) * width);
    };
    if (!m_break.isValid())
        return scale(m_start, m_end, when, plot.left(), plot.width());
    const int nearWidth = plot.width() * 2 / 3;
    if (when <= m_break)
        return scale(m_start, m_break, when, plot.left(), nearWidth);
    return scale(m_break, m_end, when, plot.left() + nearWidth, plot.width() - nearWidth);
}

QRect ExpiryTimeline::markerRect(int index) const
{
    if (index < 0 || index >= m_certificates.size())
        return {};
    const int size = fontMetrics().height();
    const int x = xFor(m_certificates.at(index).certificate.notAfter);
    const int y = plotRect().top() + m_lane.at(index) * laneHeight() + laneHeight() / 2;
    return QRect(x - size / 2, y - size / 2, size, size);
}

int ExpiryTimeline::certificateAt(const QPoint &pos) const
{
    // The nearest marker under the point (markers may overlap: the focused one wins).
    if (markerRect(m_current).contains(pos))
        return m_current;
    int best = -1;
    int bestDistance = 0;
    for (int i = 0; i < m_certificates.size(); ++i) {
        const QRect r = markerRect(i);
        if (!r.adjusted(-2, -2, 2, 2).contains(pos))
            continue;
        const int distance = (r.center() - pos).manhattanLength();
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QColor ExpiryTimeline::colorFor(const AuditCertificate &certificate) const
{
    const QDateTime today = now();
    if (certificate.notAfter < today)
        return StatusColors::forStatus(StatusColors::Status::Bad, palette());
    if (today.secsTo(certificate.notAfter) < m_warnDays * day)
        return StatusColors::forStatus(StatusColors::Status::Warning, palette());
    return StatusColors::forStatus(StatusColors::Status::Good, palette());
}

QString ExpiryTimeline::describe(int index) const
{
    if (index < 0 || index >= m_certificates.size())
        return {};
    const KnownCertificate &c = m_certificates.at(index);
    //: The focused certificate of the expiry timeline: %1 connection, %2 the certificate's
    //: name, %3 "server certificate" / "CA file"..., %4 date, %5 "in 12 days"
    return tr("%1: %2 (%3), expires %4, %5")
            .arg(c.profileName, c.certificate.subject, KnownCertificates::sourceName(c.certificate),
                 CertificateDisplay::date(c.certificate.notAfter),
                 AuditResultsModel::daysText(c.certificate.notAfter, now()));
}

void ExpiryTimeline::updateAccessibleText()
{
    if (m_certificates.isEmpty())
        setAccessibleDescription(tr("No certificates known yet"));
    else
        setAccessibleDescription(describe(m_current));
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void ExpiryTimeline::setCurrentIndex(int index)
{
    if (index < -1 || index >= m_certificates.size() || index == m_current)
        return;
    m_current = index;
    updateAccessibleText();
    update();
    Q_EMIT currentChanged(index);
}

void ExpiryTimeline::open(int index)
{
    if (index < 0 || index >= m_certificates.size())
        return;
    const KnownCertificate &known = m_certificates.at(index);
    const AuditCertificate &c = known.certificate;
    // A server certificate with the chain above it, so the viewer can show the path.
    QList<QByteArray> chain {c.der};
    if (c.source == AuditCertificate::Source::ServerChain) {
        QList<const AuditCertificate *> above;
        for (const KnownCertificate &other : m_certificates) {
            if (other.profileId == known.profileId
                && other.certificate.source == AuditCertificate::Source::ServerChain
                && other.certificate.depth > c.depth)
                above.append(&other.certificate);
        }
        std::sort(above.begin(), above.end(),
                  [](const auto *a, const auto *b) { return a->depth < b->depth; });
        for (const AuditCertificate *a : above)
            chain.append(a->der);
    }
    //: Window title of the certificate viewer opened from the timeline: %1 connection,
    //: %2 "server certificate" / "CA file"...
    CertificatePreview::openCertificates(
            this, chain, tr("%1: %2").arg(known.profileName, KnownCertificates::sourceName(c)),
            c.file.isEmpty() ? KnownCertificates::sourceName(c) : c.file,
            c.source == AuditCertificate::Source::ServerChain && c.depth == 0 ? known.host
                                                                              : QString());
    Q_EMIT certificateOpened(index);
}

int ExpiryTimeline::nearestInLane(int lane, int x) const
{
    int best = -1;
    int bestDistance = 0;
    for (int i : m_order.value(lane)) {
        const int distance = qAbs(markerRect(i).center().x() - x);
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

void ExpiryTimeline::keyPressEvent(QKeyEvent *event)
{
    if (m_current < 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int lane = m_lane.at(m_current);
    const QList<int> &order = m_order.at(lane);
    const int position = int(order.indexOf(m_current));
    switch (event->key()) {
    case Qt::Key_Left:
        if (position > 0)
            setCurrentIndex(order.at(position - 1));
        break;
    case Qt::Key_Right:
        if (position + 1 < order.size())
            setCurrentIndex(order.at(position + 1));
        break;
    case Qt::Key_Up:
        if (lane > 0)
            setCurrentIndex(nearestInLane(lane - 1, markerRect(m_current).center().x()));
        break;
    case Qt::Key_Down:
        if (lane + 1 < m_order.size())
            setCurrentIndex(nearestInLane(lane + 1, markerRect(m_current).center().x()));
        break;
    case Qt::Key_Home:
        setCurrentIndex(m_order.first().first());
        break;
    case Qt::Key_End:
        setCurrentIndex(m_order.last().last());
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        open(m_current);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ExpiryTimeline::mousePressEvent(QMouseEvent *event)
{
    const int index = certificateAt(event->position().toPoint());
    if (index < 0 || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    setCurrentIndex(index);
    open(index);
    event->accept();
}

bool ExpiryTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = certificateAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), describe(index), this, markerRect(index));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ExpiryTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Certificate expiry timeline"));
        updateAccessibleText();
    }
    QWidget::changeEvent(event);
}

QSize ExpiryTimeline::sizeHint() const
{
    const int lanes = qMax(1, int(m_laneNames.size()));
    return QSize(fontMetrics().averageCharWidth() * 100,
                 headerHeight() + lanes * laneHeight() + fontMetrics().height() * 2);
}

QSize ExpiryTimeline::minimumSizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 40, headerHeight() + laneHeight());
}

void ExpiryTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    p.fillRect(rect(), pal.color(QPalette::Base));

    if (m_certificates.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No certificates known yet. Add a CA file to a connection, or run an "
                      "audit to see the servers' certificates."));
        return;
    }

    const QRect plot = plotRect();
    const QDateTime today = now();

    // Lanes: alternate backgrounds, names on the left.
    for (int lane = 0; lane < m_laneNames.size(); ++lane) {
        const QRect band(0, plot.top() + lane * laneHeight(), width(), laneHeight());
        if (lane % 2 == 1)
            p.fillRect(band, pal.color(QPalette::AlternateBase));
        p.setPen(pal.color(QPalette::Text));
        const QRect label
                = band.adjusted(fm.averageCharWidth(), 0, 0, 0)
                          .intersected(QRect(0, band.top(), plot.left() - fm.averageCharWidth(),
                                             band.height()));
        p.drawText(label, Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(m_laneNames.at(lane), Qt::ElideRight, label.width()));
    }

    // The axis: months in the near part, years in the compressed far part.
    struct Tick
    {
        QDateTime when;
        QString text;
    };
    QList<Tick> ticks;
    const QDateTime nearEnd = m_break.isValid() ? m_break : m_end;
    const qint64 nearDays = m_start.daysTo(nearEnd);
    const int monthStep = nearDays > 900 ? 6 : (nearDays > 400 ? 3 : 1);
    for (QDate tick(m_start.date().year(), m_start.date().month(), 1);;) {
        tick = tick.addMonths(1);
        while ((tick.month() - 1) % monthStep != 0)
            tick = tick.addMonths(1);
        const QDateTime when = utcDateTime(tick, QTime(0, 0));
        if (when > nearEnd)
            break;
        ticks.append({when,
                      tick.month() == 1 || monthStep > 1
                              ? QLocale().toString(tick, QStringLiteral("MMM yyyy"))
                              : QLocale().toString(tick, QStringLiteral("MMM"))});
    }
    if (m_break.isValid()) {
        const int years = m_end.date().year() - m_break.date().year();
        const int yearStep = years > 12 ? 5 : (years > 6 ? 2 : 1);
        for (int year = m_break.date().year() + 1; year <= m_end.date().year(); ++year) {
            if (year % yearStep != 0)
                continue;
            ticks.append({utcDateTime(QDate(year, 1, 1), QTime(0, 0)), QString::number(year)});
        }
    }
    int lastLabelRight = -1;
    for (const Tick &tick : ticks) {
        const int x = xFor(tick.when);
        p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
        p.drawLine(x, plot.top() - fm.height() / 2, x, plot.bottom());
        const int w = fm.horizontalAdvance(tick.text);
        if (x - w / 2 > lastLabelRight + fm.averageCharWidth() && x + w / 2 < width()) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(QRect(x - w / 2, plot.top() - fm.height() * 3 / 2, w, fm.height()),
                       Qt::AlignCenter, tick.text);
            lastLabelRight = x + w / 2;
        }
    }
    if (m_break.isValid()) {
        // Where the scale changes: a double line across the lanes.
        const int x = xFor(m_break);
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.drawLine(x - 2, plot.top(), x - 2, plot.bottom());
        p.drawLine(x + 1, plot.top(), x + 1, plot.bottom());
    }

    // The warning threshold: a band from today to today + warnDays.
    const int todayX = xFor(today);
    const int warnX = xFor(today.addDays(m_warnDays));
    const QColor soon = StatusColors::forStatus(StatusColors::Status::Warning, pal);
    QColor band = soon;
    band.setAlpha(40);
    p.fillRect(QRect(QPoint(todayX, plot.top()), QPoint(warnX, plot.bottom())), band);
    p.setPen(QPen(soon, 1, Qt::DashLine));
    p.drawLine(warnX, plot.top() - fm.height() / 2, warnX, plot.bottom());
    p.setPen(QPen(pal.color(QPalette::Highlight), 2));
    p.drawLine(todayX, plot.top() - fm.height() / 2, todayX, plot.bottom());
    // Their names above the axis labels.
    p.setPen(pal.color(QPalette::Text));
    const QString todayText = tr("Today");
    //: Marks the warning threshold on the expiry timeline
    const QString warnText = tr("+%n day(s)", nullptr, m_warnDays);
    const int top = plot.top() - fm.height() * 3;
    p.drawText(QRect(todayX - fm.horizontalAdvance(todayText) - 3, top,
                     fm.horizontalAdvance(todayText), fm.height()),
               Qt::AlignRight, todayText);
    p.setPen(soon);
    p.drawText(QRect(warnX + 3, top, fm.horizontalAdvance(warnText) + 2, fm.height()),
               Qt::AlignLeft, warnText);

    // Markers: a diamond at each expiry; the focused one ringed.
    for (int i = 0; i < m_certificates.size(); ++i) {
        const QRect r = markerRect(i);
        const QColor color = colorFor(m_certificates.at(i).certificate);
        QPainterPath diamond;
        const QPointF c = QRectF(r).center();
        const qreal h = r.height() / 2.0 - 1;
        diamond.moveTo(c.x(), c.y() - h);
        diamond.lineTo(c.x() + h, c.y());
        diamond.lineTo(c.x(), c.y() + h);
        diamond.lineTo(c.x() - h, c.y());
        diamond.closeSubpath();
        p.setPen(QPen(pal.color(QPalette::Base), 1));
        p.setBrush(color);
        p.drawPath(diamond);
        // Beyond the axis: an arrow says "later than shown".
        if (m_certificates.at(i).certificate.notAfter > m_end) {
            p.setPen(QPen(color, 2));
            p.drawLine(QPointF(c.x() + h + 2, c.y() - h / 2),
                       QPointF(c.x() + h + 2 + h / 2, c.y()));
            p.drawLine(QPointF(c.x() + h + 2 + h / 2, c.y()),
                       QPointF(c.x() + h + 2, c.y() + h / 2));
        }
    }
    // Short names beside the markers: after a marker where they fit before the next one,
    // otherwise before it where that is free (the last ones sit at the right edge).
    p.setPen(pal.color(QPalette::Text));
    for (const QList<int> &order : m_order) {
        int usedRight = plot.left();
        for (int k = 0; k < order.size(); ++k) {
            const QRect r = markerRect(order.at(k));
            const int limit
                    = k + 1 < order.size() ? markerRect(order.at(k + 1)).left() - 4 : plot.right();
            const QRect after(r.right() + 4, r.top() - 2, limit - r.right() - 4, r.height() + 4);
            const QString name = shortName(m_certificates.at(order.at(k)).certificate.subject);
            const int full = fm.horizontalAdvance(name);
            if (after.width() >= fm.horizontalAdvance(name.left(6)) + fm.averageCharWidth()) {
                const QString shown = fm.elidedText(name, Qt::ElideRight, after.width());
                p.drawText(after, Qt::AlignLeft | Qt::AlignVCenter, shown);
                usedRight = after.left() + fm.horizontalAdvance(shown);
                continue;
            }
            const QRect before(QPoint(usedRight + 4, r.top() - 2),
                               QPoint(r.left() - 4, r.bottom() + 2));
            if (before.width() >= full)
                p.drawText(before, Qt::AlignRight | Qt::AlignVCenter, name);
            usedRight = r.right();
        }
    }

    if (m_current >= 0) {
        const QRect r = markerRect(m_current).adjusted(-3, -3, 3, 3);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(hasFocus() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Text), 2));
        p.drawEllipse(r);
        // The focused certificate in words, under the lanes.
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(fm.averageCharWidth(), plot.bottom() + fm.height() / 2,
                         width() - 2 * fm.averageCharWidth(), fm.height() * 3 / 2),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(describe(m_current), Qt::ElideMiddle,
                                 width() - 2 * fm.averageCharWidth()));
    }
}
