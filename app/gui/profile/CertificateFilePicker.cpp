// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateFilePicker.h"

#include "CertificatePreview.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

namespace {
const auto lastFolderKey = QLatin1String("files/lastFolder");
}

CertificateFilePicker::CertificateFilePicker(Kind kind, const QString &accessibleName,
                                             QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_edit(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_view(new QPushButton(tr("View…"), this))
    , m_icon(new QLabel(this))
    , m_summary(new QLabel(this))
{
    m_edit->setAccessibleName(accessibleName);
    setCaRequired(false);
    //: %1 is the field, e.g. "CA certificate file"
    m_browse->setAccessibleName(tr("Choose %1").arg(accessibleName));
    m_view->setAccessibleName(tr("View %1").arg(accessibleName));
    m_view->setVisible(kind != Kind::CaDirectory && kind != Kind::ClientKey);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_icon->setAlignment(Qt::AlignTop);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_browse);
    row->addWidget(m_view);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->setContentsMargins(0, 0, 0, 0);
    summaryRow->addWidget(m_icon);
    summaryRow->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addLayout(summaryRow);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    connect(m_browse, &QPushButton::clicked, this, &CertificateFilePicker::browse);
    connect(m_view, &QPushButton::clicked, this,
            [this] { CertificatePreview::openFile(this, path(), m_host); });
    refresh();
}

QString CertificateFilePicker::path() const
{
    const QString text = m_edit->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

void CertificateFilePicker::setPath(const QString &path)
{
    m_edit->setText(QDir::toNativeSeparators(path));
}

QString CertificateFilePicker::summaryText() const
{
    return m_summary->text();
}

QString CertificateFilePicker::lastFolder()
{
    const QString folder = QSettings().value(lastFolderKey).toString();
    return QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void CertificateFilePicker::rememberFolder(const QString &folder)
{
    QSettings().setValue(lastFolderKey, folder);
}

void CertificateFilePicker::browse()
{
    const QString start = path().isEmpty() ? lastFolder() : QFileInfo(path()).absolutePath();
    auto *dialog = new QFileDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDirectory(start);
    if (m_kind == Kind::CaDirectory) {
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setWindowTitle(tr("Choose a CA Certificate Folder"));
    } else {
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setWindowTitle(m_kind == Kind::ClientKey ? tr("Choose a Private Key")
                                                         : tr("Choose a Certificate File"));
        dialog->setNameFilters(
                {m_kind == Kind::ClientKey
                         ? tr("Keys (*.pem *.key *.der *.p8)")
                         : tr("Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c *.ca-bundle)"),
                 tr("All files (*)")});
    }
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        setPath(file);
        rememberFolder(m_kind == Kind::CaDirectory ? file : QFileInfo(file).absolutePath());
    });
    dialog->open();
}

void CertificateFilePicker::setCaRequired(bool required)
{
    m_caRequired = required && (m_kind == Kind::CaFile || m_kind == Kind::CaDirectory);
    if (m_kind == Kind::CaDirectory)
        m_edit->setPlaceholderText(m_caRequired
                                           ? tr("A folder of hashed CA certificates, or the CA "
                                                "file above")
                                           : tr("Optional: a folder of hashed CA certificates"));
    else if (m_kind == Kind::CaFile)
        m_edit->setPlaceholderText(m_caRequired ? tr("Required: your provider's CA certificate")
                                                : tr("Optional"));
    else
        m_edit->setPlaceholderText(tr("Optional"));
    refresh();
}

void CertificateFilePicker::refresh()
{
    m_problem.clear();
    m_needsPassphrase = false;
    const QString file = path();
    QString text;
    bool good = true;
    if (file.isEmpty()) {
        if (m_kind == Kind::CaFile)
            text = m_caRequired
                    ? tr("No CA file yet: this mode checks the server against your provider's "
                         "CA certificate, so choose it here (or a CA folder below).")
                    : tr("No CA file: the system's trusted certificate authorities are used.");
    } else if (m_kind == Kind::CaDirectory) {
        const QFileInfo info(file);
        if (!info.exists()) {
            m_problem = tr("This folder does not exist.");
        } else if (!info.isDir()) {
            m_problem = tr("This is a file, not a folder; choose it as the CA file instead.");
        } else {
            const int count = int(QDir(file).entryList(QDir::Files).size());
            text = tr("This folder holds %n file(s).", nullptr, count);
        }
    } else {
        using Role = CertificateFileSummary::Role;
        const Role role = m_kind == Kind::CaFile ? Role::CaCertificates
                : m_kind == Kind::ClientKey      ? Role::PrivateKey
                                                 : Role::ClientCertificate;
        const CertificateFileSummary summary
                = CertificateFileSummary::inspect(file, role, QDateTime::currentDateTimeUtc());
        if (summary.ok())
            text = summary.text;
        else
            m_problem = summary.text;
        m_needsPassphrase = summary.problem == CertificateFileSummary::Problem::PassphraseNeeded;
    }
    if (!m_problem.isEmpty()) {
        good = false;
        text = m_problem;
    }
    const int size = m_summary->fontMetrics().height();
    const QIcon icon = style()->standardIcon(good ? QStyle::SP_DialogApplyButton
                                                  : QStyle::SP_MessageBoxWarning);
    m_icon->setPixmap(text.isEmpty() || file.isEmpty() ? QPixmap() : icon.pixmap(size, size));
    m_summary->setText(text);
    m_summary->setVisible(!text.isEmpty());
    m_view->setEnabled(!file.isEmpty() && m_problem.isEmpty());
}
