// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScrollWheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QScrollArea>

ScrollWheelGuard::ScrollWheelGuard(QScrollArea *area)
    : QObject(area)
    , m_area(area)
{ }

void ScrollWheelGuard::protect(QScrollArea *area)
{
    auto *guard = new ScrollWheelGuard(area);
    QWidget *form = area->widget();
    if (!form)
        return;
    QList<QWidget *> fields;
    for (QComboBox *combo : form->findChildren<QComboBox *>())
        fields << combo;
    for (QAbstractSpinBox *spin : form->findChildren<QAbstractSpinBox *>())
        fields << spin;
    for (QWidget *field : std::as_const(fields)) {
        // Focus by click or Tab only: the wheel alone neither focuses nor changes it.
        field->setFocusPolicy(Qt::StrongFocus);
        field->installEventFilter(guard);
    }
}

bool ScrollWheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return false;
    auto *field = qobject_cast<QWidget *>(watched);
    if (!field || field->hasFocus())
        return false;
    // The form scrolls instead.
    QApplication::sendEvent(m_area->viewport(), event);
    return true;
}
