// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace WindowGeometry {
// Gives `window` the size and position it had when last hidden, and its named splitters
// (QSplitter children with an object name) their sizes, from QSettings under `key`; the first
// time, `defaultSize`. Saves them again whenever the window is hidden (closed, accepted or
// rejected). Returns true when a saved geometry was restored. Call at the end of the window's
// constructor, once its splitters have their initial sizes.
bool remember(QWidget *window, const QString &key, const QSize &defaultSize);
} // namespace WindowGeometry
