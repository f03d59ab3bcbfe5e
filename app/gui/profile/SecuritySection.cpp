// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecuritySection.h"

#include "CertificateFilePicker.h"
#include "SslModeIcon.h"
#include "cert/CertificateDisplay.h"
#include "interop/CaDownloadDialog.h"
#include "interop/CloudCaSource.h"
#include "profile/Profile.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

SecuritySection::SecuritySection(QWidget *parent)
    : QWidget(parent)
    , m_modes(new QButtonGroup(this))
    , m_caFile(new CertificateFilePicker(CertificateFilePicker::Kind::CaFile,
                                         tr("CA certificate file"), this))
    , m_caDirectory(new CertificateFilePicker(CertificateFilePicker::Kind::CaDirectory,
                                              tr("CA certificate folder"), this))
    , m_clientCertificate(new CertificateFilePicker(CertificateFilePicker::Kind::ClientCertificate,
                                                    tr("Client certificate"), this))
    , m_clientKey(new CertificateFilePicker(CertificateFilePicker::Kind::ClientKey,
                                            tr("Client key"), this))
    , m_passphrase(new QLineEdit(this))
    , m_passphraseLabel(new QLabel(tr("Key &passphrase:"), this))
    , m_fetch(new QPushButton(tr("&Fetch Server Certificate…"), this))
    , m_downloadCa(new QPushButton(tr("&Download CA Certificate…"), this))
    , m_pinned(new QLabel(this))
    , m_modeNote(new QLabel(this))
{
    auto *modeBox = new QGroupBox(tr("How strictly the server is checked"), this);
    auto *modeGrid = new QGridLayout(modeBox);
    const QList<SslMode> order = {SslMode::VerifyIdentity, SslMode::VerifyCa, SslMode::Required,
                                  SslMode::Preferred, SslMode::Disabled};
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
            + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    int row = 0;
    for (SslMode mode : order) {
        auto *button = new QRadioButton(SslModes::displayName(mode), modeBox);
        button->setObjectName(QStringLiteral("mode-") + SslModes::key(mode));
        button->setIcon(SslModeIcon::forMode(mode, style()));
        button->setAccessibleDescription(SslModes::consequence(mode));
        auto *consequence = new QLabel(SslModes::consequence(mode), modeBox);
        consequence->setWordWrap(true);
        consequence->setContentsMargins(indent, 0, 0, 0);
        consequence->setForegroundRole(QPalette::PlaceholderText);
        m_modes->addButton(button, int(mode));
        m_modeButtons.insert(int(mode), button);
        modeGrid->addWidget(button, row++, 0);
        modeGrid->addWidget(consequence, row++, 0);
    }
    m_modeButtons.value(int(SslMode::VerifyIdentity))->setChecked(true);

    m_passphrase->setObjectName(QStringLiteral("keyPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Key passphrase"));
    m_passphrase->setPlaceholderText(tr("Used for this test only; asked for when connecting"));
    m_passphraseLabel->setBuddy(m_passphrase);
    m_fetch->setObjectName(QStringLiteral("fetchServerCertificate"));
    m_fetch->setAccessibleName(tr("Fetch server certificate"));
    m_fetch->setToolTip(tr("Shows the certificate the server presents, without logging in, so "
                           "that you can decide whether to trust it."));
    m_downloadCa->setObjectName(QStringLiteral("downloadCaCertificate"));
    m_downloadCa->setAccessibleName(tr("Download the provider's CA certificate"));
    m_downloadCa->setToolTip(tr("Fetches the CA certificate a cloud provider publishes, shows it, "
                                "and uses it as the CA file once you accept it."));
    m_pinned->setWordWrap(true);
    m_pinned->setObjectName(QStringLiteral("pinned"));
    m_pinned->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pinned->setVisible(false);
    m_modeNote->setWordWrap(true);
    m_modeNote->setObjectName(QStringLiteral("modeNote"));

    auto *files = new QGroupBox(tr("Certificates"), this);
    auto *form = new QFormLayout(files);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&CA file:"), m_caFile);
    form->addRow(tr("CA f&older:"), m_caDirectory);
    form->addRow(tr("Client &certificate:"), m_clientCertificate);
    form->addRow(tr("Client &key:"), m_clientKey);
    form->addRow(m_passphraseLabel, m_passphrase);
    // Buddies for the mnemonics: the labels point at the path fields.
    const QList<CertificateFilePicker *> pickers
            = {m_caFile, m_caDirectory, m_clientCertificate, m_clientKey};
    for (CertificateFilePicker *picker : pickers) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(picker)))
            label->setBuddy(picker->lineEdit());
        connect(picker, &CertificateFilePicker::changed, this, [this] {
            updateState();
            Q_EMIT changed();
        });
    }
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caDirectory->setObjectName(QStringLiteral("caDirectory"));
    m_clientCertificate->setObjectName(QStringLiteral("clientCertificate"));
    m_clientKey->setObjectName(QStringLiteral("clientKey"));

    auto *fetchRow = new QHBoxLayout;
    fetchRow->addWidget(m_fetch);
    fetchRow->addWidget(m_downloadCa);
    fetchRow->addWidget(m_pinned, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(modeBox);
    layout->addWidget(m_modeNote);
    layout->addWidget(files);
    layout->addLayout(fetchRow);
    layout->addStretch(1);

    connect(m_modes, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        updateState();
        Q_EMIT changed();
    });
    connect(m_fetch, &QPushButton::clicked, this, &SecuritySection::fetchRequested);
    connect(m_downloadCa, &QPushButton::clicked, this, &SecuritySection::downloadCaCertificate);
    updateState();
}

void SecuritySection::load(const Profile &profile)
{
    setMode(profile.sslMode);
    m_caFile->setPath(profile.caFile);
    m_caDirectory->setPath(profile.caDirectory);
    m_clientCertificate->setPath(profile.clientCertificate);
    m_clientKey->setPath(profile.clientKey);
    setHost(profile.host);
    setPinned(profile.pinnedSha256);
    updateState();
}

void SecuritySection::apply(Profile &profile) const
{
    profile.sslMode = mode();
    profile.caFile = m_caFile->path();
    profile.caDirectory = m_caDirectory->path();
    profile.clientCertificate = m_clientCertificate->path();
    profile.clientKey = m_clientKey->path();
}

SslMode SecuritySection::mode() const
{
    return SslMode(m_modes->checkedId());
}

void SecuritySection::setMode(SslMode mode)
{
    if (QAbstractButton *button = m_modeButtons.value(int(mode)))
        button->setChecked(true);
}

QString SecuritySection::keyPassphrase() const
{
    return m_passphrase->text();
}

void SecuritySection::downloadCaCertificate()
{
    QString key = m_caSourceHint;
    if (key.isEmpty()) {
        if (const std::optional<CloudCaSource> guessed = CloudCaSource::forHost(m_host))
            key = guessed->key;
    }
    auto *dialog = new CaDownloadDialog(key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->savedPath().isEmpty())
            m_caFile->setPath(dialog->savedPath());
    });
    dialog->open();
}

void SecuritySection::setHost(const QString &host)
{
    m_host = host;
    for (CertificateFilePicker *picker :
         {m_caFile, m_caDirectory, m_clientCertificate, m_clientKey})
        picker->setHost(host);
}

void SecuritySection::setPinned(const QByteArray &sha256)
{
    m_pinned->setText(sha256.isEmpty() ? QString()
                                       : tr("🔒 The server certificate is pinned: SHA-256 %1")
                                                 .arg(CertificateDisplay::fingerprint(sha256)));
    m_pinned->setVisible(!sha256.isEmpty());
}

QStringList SecuritySection::problems() const
{
    QStringList list;
    if (mode() == SslMode::Disabled)
        return list;
    if (mode() == SslMode::VerifyCa && m_caFile->path().isEmpty()
        && m_caDirectory->path().isEmpty())
        list << Profile::verifyCaNeedsCaProblem();
    for (const CertificateFilePicker *picker :
         {m_caFile, m_caDirectory, m_clientCertificate, m_clientKey}) {
        if (!picker->problem().isEmpty())
            list << picker->lineEdit()->accessibleName() + QStringLiteral(": ") + picker->problem();
    }
    if (!m_clientCertificate->path().isEmpty() && m_clientKey->path().isEmpty())
        list << tr("Choose the private key that belongs to the client certificate.");
    if (m_clientCertificate->path().isEmpty() && !m_clientKey->path().isEmpty())
        list << tr("Choose the client certificate that belongs to the key.");
    return list;
}

void SecuritySection::updateState()
{
    const SslMode m = mode();
    const bool tls = m != SslMode::Disabled;
    for (CertificateFilePicker *picker :
         {m_caFile, m_caDirectory, m_clientCertificate, m_clientKey})
        picker->setEnabled(tls);
    m_fetch->setEnabled(tls);
    m_downloadCa->setEnabled(tls);
    const bool passphrase = tls && m_clientKey->needsPassphrase();
    m_passphrase->setVisible(passphrase);
    m_passphraseLabel->setVisible(passphrase);

    for (CertificateFilePicker *picker : {m_caFile, m_caDirectory})
        picker->setCaRequired(m == SslMode::VerifyCa);
    QString note;
    // Verify CA without a CA is a problem (problems()), shown where the owner lists them.
    if (m == SslMode::VerifyIdentity && m_caFile->path().isEmpty()
        && m_caDirectory->path().isEmpty())
        note = tr("ℹ Without a CA file or folder, the server's certificate must chain to one of "
                  "the system's trusted certificate authorities and name this host, as with "
                  "hosted services that use public CAs.");
    else if (!tls)
        note = tr("⚠ Without TLS, the password and all data cross the network readable by "
                  "anyone on the way.");
    m_modeNote->setText(note);
    m_modeNote->setVisible(!note.isEmpty());
}
