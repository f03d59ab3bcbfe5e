// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include "Translations.h"
#include "profile/Profile.h"

#include <QSettings>

namespace {

const QString languageKey = QStringLiteral("preferences/language");
const QString sslModeKey = QStringLiteral("preferences/defaultSslMode");
const QString timeoutKey = QStringLiteral("preferences/defaultConnectTimeout");
const QString warnExpiryKey = QStringLiteral("preferences/warnAboutExpiry");
const QString warnDaysKey = QStringLiteral("preferences/expiryWarnDays");

QString languageCode(Settings::Language language)
{
    switch (language) {
    case Settings::Language::English:
        return QStringLiteral("en");
    case Settings::Language::German:
        return QStringLiteral("de");
    case Settings::Language::French:
        return QStringLiteral("fr");
    case Settings::Language::System:
        break;
    }
    return QString();
}

} // namespace

Settings::Settings()
    : defaultConnectTimeoutSeconds(Profile::defaultConnectTimeoutSeconds)
{ }

Settings Settings::load()
{
    QSettings stored;
    Settings s;
    const QString code = stored.value(languageKey).toString();
    if (code == languageCode(Language::English))
        s.language = Language::English;
    else if (code == languageCode(Language::German))
        s.language = Language::German;
    else if (code == languageCode(Language::French))
        s.language = Language::French;
    if (const std::optional<SslMode> mode
        = SslModes::fromString(stored.value(sslModeKey).toString()))
        s.defaultSslMode = *mode;
    bool ok = false;
    const int timeout = stored.value(timeoutKey).toInt(&ok);
    if (ok && timeout >= 1 && timeout <= Profile::maxConnectTimeoutSeconds)
        s.defaultConnectTimeoutSeconds = timeout;
    s.warnAboutExpiry = stored.value(warnExpiryKey, true).toBool();
    const int days = stored.value(warnDaysKey).toInt(&ok);
    if (ok && days >= 1 && days <= maxExpiryWarnDays)
        s.expiryWarnDays = days;
    return s;
}

void Settings::save() const
{
    QSettings stored;
    stored.setValue(languageKey, languageCode(language));
    stored.setValue(sslModeKey, SslModes::key(defaultSslMode));
    stored.setValue(timeoutKey, defaultConnectTimeoutSeconds);
    stored.setValue(warnExpiryKey, warnAboutExpiry);
    stored.setValue(warnDaysKey, expiryWarnDays);
}

QLocale Settings::localeFor(Language language)
{
    switch (language) {
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::German:
        return QLocale(QLocale::German, QLocale::Germany);
    case Language::French:
        return QLocale(QLocale::French, QLocale::France);
    case Language::System:
        break;
    }
    return QLocale::system();
}

void Settings::applyLanguage(Language language)
{
    Translations::install(localeFor(language));
}
