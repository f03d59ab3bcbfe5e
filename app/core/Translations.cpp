// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <memory>

namespace {

QPointer<QTranslator> qtTranslator;
QPointer<QTranslator> sslcmTranslator;

// Replaces the translator in `slot` with `name`'s translation for `locale` from `folder`.
bool installInto(QPointer<QTranslator> &slot, const QLocale &locale, const QString &name,
                 const QString &folder)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), folder))
        return false;
    slot = translator.release();
    QCoreApplication::installTranslator(slot);
    return true;
}

} // namespace

QLocale::Language Translations::install(const QLocale &locale)
{
    Q_ASSERT(QCoreApplication::instance());
    const QString ours = QStringLiteral(":/i18n");
    const QString sslcm = QStringLiteral("sslcm");
    installInto(qtTranslator, locale, QStringLiteral("qtbase"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (installInto(sslcmTranslator, locale, sslcm, ours))
        return QLocale(sslcmTranslator->language()).language();
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    installInto(sslcmTranslator, english, sslcm, ours);
    return QLocale::English;
}
