// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvancedSection.h"

#include "profile/Profile.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

AdvancedSection::AdvancedSection(QWidget *parent)
    : QWidget(parent)
    , m_minTls(new QComboBox(this))
    , m_ciphers(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_pin(new QLineEdit(this))
    , m_pinProblem(new QLabel(this))
{
    m_minTls->setObjectName(QStringLiteral("minTls"));
    m_minTls->setAccessibleName(tr("Minimum TLS version"));
    m_minTls->addItem(tr("TLS 1.2 (recommended)"), int(TlsVersion::Tls1_2));
    m_minTls->addItem(tr("TLS 1.3"), int(TlsVersion::Tls1_3));
    m_ciphers->setObjectName(QStringLiteral("ciphers"));
    m_ciphers->setAccessibleName(tr("Allowed ciphers"));
    m_ciphers->setPlaceholderText(tr("OpenSSL's secure defaults"));
    m_ciphers->setToolTip(tr("An OpenSSL cipher list for TLS 1.2, e.g. ECDHE+AESGCM. Leave it "
                             "empty unless the server's administrator asks for it."));
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setAccessibleName(tr("Connect timeout in seconds"));
    m_timeout->setRange(1, Profile::maxConnectTimeoutSeconds);
    //: Unit after the connect timeout
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(Profile::defaultConnectTimeoutSeconds);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setAccessibleName(tr("Pinned server certificate SHA-256 fingerprint"));
    m_pin->setPlaceholderText(tr("None"));
    m_pin->setToolTip(tr("When set, the server must present exactly this certificate, in every "
                         "TLS mode."));
    m_pinProblem->setWordWrap(true);
    m_pinProblem->setVisible(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Minimum TLS version:"), m_minTls);
    form->addRow(tr("C&iphers:"), m_ciphers);
    form->addRow(tr("Connect &timeout:"), m_timeout);
    form->addRow(tr("Pinned &certificate:"), m_pin);
    form->addRow(QString(), m_pinProblem);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_minTls, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &AdvancedSection::changed);
    connect(m_ciphers, &QLineEdit::textChanged, this, &AdvancedSection::changed);
    connect(m_timeout, qOverload<int>(&QSpinBox::valueChanged), this, &AdvancedSection::changed);
    connect(m_pin, &QLineEdit::textChanged, this, [this] {
        const QStringList list = problems();
        m_pinProblem->setText(list.isEmpty() ? QString() : tr("⚠ %1").arg(list.first()));
        m_pinProblem->setVisible(!list.isEmpty());
        Q_EMIT changed();
    });
}

void AdvancedSection::load(const Profile &profile)
{
    m_minTls->setCurrentIndex(m_minTls->findData(int(profile.minTlsVersion)));
    m_ciphers->setText(profile.cipherList);
    m_timeout->setValue(profile.connectTimeoutSeconds);
    setPinned(profile.pinnedSha256);
}

void AdvancedSection::apply(Profile &profile) const
{
    profile.minTlsVersion = TlsVersion(m_minTls->currentData().toInt());
    profile.cipherList = m_ciphers->text().trimmed();
    profile.connectTimeoutSeconds = m_timeout->value();
    if (const std::optional<QByteArray> pin = Profile::parseSha256(m_pin->text()))
        profile.pinnedSha256 = *pin;
}

void AdvancedSection::setPinned(const QByteArray &sha256)
{
    Profile p;
    p.pinnedSha256 = sha256;
    m_pin->setText(p.pinnedSha256Text());
}

QStringList AdvancedSection::problems() const
{
    if (!Profile::parseSha256(m_pin->text()))
        return {tr("The pinned fingerprint must be 64 hexadecimal digits (SHA-256), with or "
                   "without colons.")};
    return {};
}
