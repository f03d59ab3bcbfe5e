// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/SslMode.h"

#include <QLocale>

// The user's preferences, kept in QSettings ("preferences/..."). A value type: load(), change,
// save().
struct Settings
{
    enum class Language { System, English, German, French };

    Language language = Language::System;
    // What the connection wizard starts with.
    SslMode defaultSslMode = SslMode::VerifyIdentity;
    int defaultConnectTimeoutSeconds;
    // Desktop notifications for certificates that expire within `expiryWarnDays` (ExpiryNotifier);
    // the same threshold marks "expiring soon" in the Fleet Health view.
    bool warnAboutExpiry = true;
    int expiryWarnDays = defaultExpiryWarnDays;

    static constexpr int defaultExpiryWarnDays = 30;
    static constexpr int maxExpiryWarnDays = 365;

    Settings();
    static Settings load();
    void save() const;

    // The locale whose translations `language` stands for.
    static QLocale localeFor(Language language);
    // Installs the translations of `language` (Translations::install); open windows that listen
    // for QEvent::LanguageChange retranslate themselves.
    static void applyLanguage(Language language);
};
