// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QScrollArea;

// Scrolling a long form with the mouse wheel must not change the choices the pointer passes
// over: a combo box or spin box inside the scroll area takes wheel events only once it has
// keyboard focus (clicked or tabbed to); otherwise the wheel scrolls the form. Without it, one
// turn of the wheel over the REQUIRE helper's form silently turned "REQUIRE SSL" into "NONE".
class ScrollWheelGuard : public QObject
{
    Q_OBJECT
public:
    // Guards every combo box and spin box in the area's widget, now; the guard lives as long as
    // the area.
    static void protect(QScrollArea *area);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ScrollWheelGuard(QScrollArea *area);
    QScrollArea *m_area;
};
