// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "profile/Profile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_sslMode(new QComboBox(this))
    , m_consequence(new QLabel(this))
    , m_timeout(new QSpinBox(this))
    , m_warnExpiry(new QCheckBox(this))
    , m_warnDays(new QSpinBox(this))
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    //: Language choice: follow the desktop's language
    m_language->addItem(tr("System default"), int(Settings::Language::System));
    // Language names in their own language, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), int(Settings::Language::English));
    m_language->addItem(QStringLiteral("Deutsch"), int(Settings::Language::German));
    m_language->addItem(QStringLiteral("Français"), int(Settings::Language::French));

    m_sslMode->setObjectName(QStringLiteral("defaultSslMode"));
    m_sslMode->setAccessibleName(tr("Default SSL mode for new connections"));
    for (SslMode mode : {SslMode::VerifyIdentity, SslMode::VerifyCa, SslMode::Required,
                         SslMode::Preferred, SslMode::Disabled})
        m_sslMode->addItem(SslModes::displayName(mode), int(mode));
    m_consequence->setObjectName(QStringLiteral("consequence"));
    m_consequence->setWordWrap(true);
    m_consequence->setForegroundRole(QPalette::PlaceholderText);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateConsequence);

    m_timeout->setObjectName(QStringLiteral("defaultTimeout"));
    m_timeout->setAccessibleName(tr("Default connect timeout in seconds"));
    m_timeout->setRange(1, Profile::maxConnectTimeoutSeconds);
    //: Unit after the connect timeout
    m_timeout->setSuffix(tr(" s"));

    m_warnExpiry->setObjectName(QStringLiteral("warnAboutExpiry"));
    m_warnExpiry->setText(tr("&Warn about expiring certificates"));
    m_warnExpiry->setAccessibleName(tr("Warn about expiring certificates"));
    m_warnExpiry->setToolTip(tr("On start-up and once a day, a desktop notification for every "
                                "certificate of your connections that expires soon"));
    m_warnDays->setObjectName(QStringLiteral("expiryWarnDays"));
    m_warnDays->setAccessibleName(tr("Warn this many days before a certificate expires"));
    m_warnDays->setRange(1, Settings::maxExpiryWarnDays);
    //: Unit after the number of days before expiry that warnings start
    m_warnDays->setSuffix(tr(" days"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Default &SSL mode:"), m_sslMode);
    form->addRow(QString(), m_consequence);
    form->addRow(tr("Default connect &timeout:"), m_timeout);
    form->addRow(QString(), m_warnExpiry);
    form->addRow(tr("Warn &before expiry:"), m_warnDays);

    auto *note = new QLabel(tr("The defaults apply to connections created from now on."), this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setSettings(Settings::load());
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

SettingsDialog::~SettingsDialog() = default;

Settings SettingsDialog::settings() const
{
    Settings s;
    s.language = Settings::Language(m_language->currentData().toInt());
    s.defaultSslMode = SslMode(m_sslMode->currentData().toInt());
    s.defaultConnectTimeoutSeconds = m_timeout->value();
    s.warnAboutExpiry = m_warnExpiry->isChecked();
    s.expiryWarnDays = m_warnDays->value();
    return s;
}

void SettingsDialog::setSettings(const Settings &settings)
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(int(settings.language))));
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(int(settings.defaultSslMode))));
    m_timeout->setValue(settings.defaultConnectTimeoutSeconds);
    m_warnExpiry->setChecked(settings.warnAboutExpiry);
    m_warnDays->setValue(settings.expiryWarnDays);
    updateConsequence();
}

void SettingsDialog::accept()
{
    const Settings chosen = settings();
    const bool languageChanged = chosen.language != Settings::load().language;
    chosen.save();
    if (languageChanged)
        Settings::applyLanguage(chosen.language);
    QDialog::accept();
}

void SettingsDialog::updateConsequence()
{
    m_consequence->setText(SslModes::consequence(SslMode(m_sslMode->currentData().toInt())));
}
