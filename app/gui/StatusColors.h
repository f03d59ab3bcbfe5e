// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

// Red, orange and green for a status, made readable on the palette's Base colour: darker on
// a light base, lighter on a dark one (a dark theme), so that text in them and marks drawn
// in them stand out from the background in either.
namespace StatusColors {
enum class Status { Bad, Warning, Good };

// The status's colour with a contrast of at least 4.5:1 (WCAG, normal text) against `base`.
QColor forStatus(Status status, const QColor &base);
QColor forStatus(Status status, const QPalette &palette);

// Whether `base` is a dark background (a dark theme): light colours read on it, dark ones do not.
bool isDark(const QColor &base);

// The WCAG contrast ratio of two colours, 1 (same luminance) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
} // namespace StatusColors
