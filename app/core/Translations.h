// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

// sslcm's own translations are compiled into the program (":/i18n/sslcm_<language>.qm"); Qt's
// come from Qt's translations folder.
namespace Translations {
// Installs sslcm's and Qt's translations for the first of `locale`'s UI languages that sslcm has,
// replacing any installed earlier. Without a match sslcm speaks English, its source language,
// with proper English plural forms ("1 profile", "2 profiles"). Returns the language used.
QLocale::Language install(const QLocale &locale = QLocale::system());
} // namespace Translations
