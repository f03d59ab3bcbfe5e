// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusColors.h"

#include <QPalette>

#include <cmath>

namespace {
double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
            + 0.0722 * channel(rgb.blueF());
}
} // namespace

bool StatusColors::isDark(const QColor &base)
{
    return luminance(base) < 0.18;
}

double StatusColors::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor StatusColors::forStatus(Status status, const QColor &base)
{
    QColor color;
    switch (status) {
    case Status::Bad:
        color = QColor(0xd3, 0x2f, 0x2f);
        break;
    case Status::Warning:
        color = QColor(0xf5, 0x7c, 0x00);
        break;
    case Status::Good:
        color = QColor(0x2e, 0x9d, 0x4f);
        break;
    }
    // Same hue, lightness moved away from the base's until the contrast is enough.
    const bool darkBase = isDark(base);
    float hue = 0, saturation = 0, lightness = 0, alpha = 1;
    color.getHslF(&hue, &saturation, &lightness, &alpha);
    while (contrastRatio(color, base) < 4.5 && lightness > 0.0f && lightness < 1.0f) {
        lightness
                = darkBase ? std::min(1.0f, lightness + 0.02f) : std::max(0.0f, lightness - 0.02f);
        color = QColor::fromHslF(hue, saturation, lightness, alpha);
    }
    return color;
}

QColor StatusColors::forStatus(Status status, const QPalette &palette)
{
    return forStatus(status, palette.color(QPalette::Base));
}
