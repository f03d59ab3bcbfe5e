// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaDownloadDialog.h"
#include "WindowGeometry.h"

#include "cert/CertificateLoader.h"
#include "certs/CertificateViewer.h"
#include "interop/CloudCaSource.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// The provider box's entry for an address the user types.
const QString otherAddressKey = QStringLiteral("other");
} // namespace

CaDownloadDialog::CaDownloadDialog(const QString &providerKey, QWidget *parent)
    : QDialog(parent)
    , m_downloader(new CaDownloader(this))
    , m_folder(CaDownloader::defaultFolder())
    , m_provider(new QComboBox(this))
    , m_howTo(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_download(new QPushButton(tr("&Download"), this))
    , m_cancel(new QPushButton(tr("Cancel Download"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_viewer(new CertificateViewer(this))
    , m_placeholder(new QLabel(this))
    , m_use(new QPushButton(tr("&Use This CA Certificate"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("CaDownloadDialog"));
    setWindowTitle(tr("Download CA Certificate"));

    m_provider->setObjectName(QStringLiteral("provider"));
    m_provider->setAccessibleName(tr("Provider"));
    const QList<CloudCaSource> sources = CloudCaSource::all();
    for (const CloudCaSource &s : sources)
        m_provider->addItem(s.displayName, s.key);
    //: Download a CA certificate from an address that is not one of the known providers
    m_provider->addItem(tr("Another HTTPS address"), otherAddressKey);
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(providerKey)));

    m_howTo->setObjectName(QStringLiteral("howToGet"));
    m_howTo->setWordWrap(true);
    m_howTo->setTextFormat(Qt::RichText);
    m_howTo->setOpenExternalLinks(true);
    m_howTo->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setAccessibleName(tr("Address of the CA certificate"));
    m_url->setPlaceholderText(QStringLiteral("https://…"));
    m_download->setObjectName(QStringLiteral("download"));
    m_download->setAccessibleName(tr("Download the CA certificate"));
    m_cancel->setObjectName(QStringLiteral("cancelDownload"));
    m_cancel->setAccessibleName(tr("Cancel the download"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Download progress"));
    m_progress->setTextVisible(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_viewer->setObjectName(QStringLiteral("viewer"));
    m_viewer->setOpeningFilesAllowed(false);
    m_placeholder->setText(tr("The downloaded certificates are shown here. Nothing is stored "
                              "until you have looked at them and chosen to use them."));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_use->setObjectName(QStringLiteral("useCertificate"));
    m_use->setAccessibleName(tr("Use the downloaded CA certificate as the CA file"));
    m_use->setToolTip(tr("Saves the certificates in sslcm's data folder and makes the file this "
                         "connection's CA file."));
    m_close->setAccessibleName(tr("Close"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(m_howTo);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_download);
    urlRow->addWidget(m_cancel);
    form->addRow(tr("&Address:"), urlRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(urlRow)))
        label->setBuddy(m_url);
    form->addRow(QString(), m_progress);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_use);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_viewer, 1);
    layout->addWidget(m_placeholder, 1);
    layout->addLayout(buttons);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &CaDownloadDialog::providerChanged);
    connect(m_url, &QLineEdit::textChanged, this, &CaDownloadDialog::updateState);
    connect(m_url, &QLineEdit::returnPressed, this, &CaDownloadDialog::startDownload);
    connect(m_download, &QPushButton::clicked, this, &CaDownloadDialog::startDownload);
    connect(m_cancel, &QPushButton::clicked, this, &CaDownloadDialog::cancelDownload);
    connect(m_use, &QPushButton::clicked, this, &CaDownloadDialog::useDownloaded);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_downloader, &CaDownloader::progress, this, [this](qint64 received, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(received * 1000 / total));
        m_progress->setFormat(QLocale().formattedDataSize(received));
    });
    connect(m_downloader, &CaDownloader::finished, this, &CaDownloadDialog::finished);
    // Closing the window stops a download still running.
    connect(this, &QDialog::finished, m_downloader, &CaDownloader::cancel);

    providerChanged();
    WindowGeometry::remember(this, QStringLiteral("caDownloadDialog"), QSize(860, 640));
}

void CaDownloadDialog::setTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    m_downloader->setTrustedCertificates(certificates);
}

void CaDownloadDialog::providerChanged()
{
    cancelDownload();
    const QString key = m_provider->currentData().toString();
    const std::optional<CloudCaSource> source = CloudCaSource::byKey(key);
    if (source) {
        m_howTo->setText(source->howToGet.toHtmlEscaped() + QStringLiteral(" <a href=\"")
                         + source->documentation.toString(QUrl::FullyEncoded).toHtmlEscaped()
                         + QStringLiteral("\">")
                         //: Link to the provider's documentation page
                         + tr("Provider's documentation") + QStringLiteral("</a>"));
        m_url->setText(source->bundleUrl.toString());
    } else {
        m_howTo->setText(tr("Enter the HTTPS address where the CA certificate is published. The "
                            "server must have a certificate your system trusts.")
                                 .toHtmlEscaped());
        m_url->clear();
    }
    m_result = {};
    m_viewer->setCertificates({});
    m_status->clear();
    m_progress->reset();
    updateState();
}

void CaDownloadDialog::startDownload()
{
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty() || !url.isValid())
        return;
    m_result = {};
    m_viewer->setCertificates({});
    m_status->setText(tr("Downloading %1 …").arg(url.toDisplayString()));
    m_progress->setRange(0, 0);
    m_downloader->start(url);
    updateState();
}

void CaDownloadDialog::cancelDownload()
{
    if (!m_downloader->isRunning())
        return;
    m_downloader->cancel();
}

void CaDownloadDialog::finished(const CaDownloadResult &result)
{
    m_result = result;
    m_progress->setRange(0, 1);
    m_progress->setValue(result.ok ? 1 : 0);
    if (!result.ok) {
        m_status->setText(QStringLiteral("✗ ") + result.error);
        m_viewer->setCertificates({});
    } else {
        const CertificateLoadResult loaded = CertificateLoader::load(result.body);
        //: %n certificates were downloaded from %1 (an address)
        m_status->setText(QStringLiteral("✓ ")
                          + tr("%n certificate(s) downloaded from %1. Check them below; nothing "
                               "is stored until you choose “Use This CA Certificate”.",
                               nullptr, int(result.certificates.size()))
                                    .arg(result.finalUrl.toDisplayString()));
        //: Where the certificates shown came from; %1 is an address
        m_viewer->setCertificates(loaded.certificates,
                                  tr("Downloaded from %1").arg(result.finalUrl.toDisplayString()));
    }
    updateState();
    Q_EMIT downloadFinished(result.ok);
}

QString CaDownloadDialog::fileNameFor(const CaDownloadResult &result) const
{
    // "aws-rds-global-bundle.pem": the provider, then the name the provider gave the file.
    QString name = QFileInfo(result.finalUrl.path()).fileName();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("ca.pem");
    else if (!name.endsWith(QLatin1String(".pem")))
        name += QStringLiteral(".pem");
    const QString key = m_provider->currentData().toString();
    return key == otherAddressKey ? name : key + QLatin1Char('-') + name;
}

void CaDownloadDialog::useDownloaded()
{
    if (!m_result.ok)
        return;
    const CaDownloader::Saved saved = CaDownloader::save(m_result, m_folder, fileNameFor(m_result));
    if (!saved.error.isEmpty()) {
        m_status->setText(QStringLiteral("✗ ") + saved.error);
        return;
    }
    m_savedPath = saved.path;
    accept();
}

void CaDownloadDialog::updateState()
{
    const bool running = m_downloader->isRunning();
    m_download->setEnabled(!running && !m_url->text().trimmed().isEmpty());
    m_download->setDefault(!m_result.ok);
    m_cancel->setVisible(running);
    m_url->setReadOnly(running);
    m_provider->setEnabled(!running);
    m_use->setEnabled(!running && m_result.ok && !m_result.certificates.isEmpty());
    m_use->setDefault(m_use->isEnabled());
    m_viewer->setVisible(m_result.ok);
    m_placeholder->setVisible(!m_result.ok);
    m_progress->setVisible(running);
}
