// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"
#include "WindowGeometry.h"

#include "interop/ProfileExporter.h"
#include "profile/CertificateFilePicker.h"
#include "profile/SecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
const QString lastFormatKey = QStringLiteral("export/lastFormat");
constexpr int formatRole = Qt::UserRole + 1;
} // namespace

ExportDialog::ExportDialog(const Profile &profile, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_secrets(secrets)
    , m_formats(new QListWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_warnings(new QLabel(this))
    , m_withPassword(new QCheckBox(tr("&Write the password into the saved file"), this))
    , m_status(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_save(new QPushButton(tr("&Save As…"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("ExportDialog"));
    //: Window title; %1 is the profile's name
    setWindowTitle(tr("Export “%1”").arg(profile.name));

    m_formats->setObjectName(QStringLiteral("formats"));
    m_formats->setAccessibleName(tr("Export format"));
    const auto addHeading = [this](const QString &text) {
        auto *heading = new QListWidgetItem(text, m_formats);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setFlags(Qt::ItemIsEnabled);
    };
    //: Heading of the export formats that are not application code
    addHeading(tr("Clients and files"));
    const QList<ExportFormat> formats = ExportFormats::all();
    for (bool snippets : {false, true}) {
        if (snippets)
            //: Heading of the export formats that are connection code for applications
            addHeading(tr("Use in your application"));
        for (ExportFormat f : formats) {
            if (ExportFormats::isApplicationSnippet(f) != snippets)
                continue;
            auto *item = new QListWidgetItem(ExportFormats::displayName(f), m_formats);
            item->setData(formatRole, int(f));
        }
    }

    m_text->setObjectName(QStringLiteral("exportText"));
    m_text->setAccessibleName(tr("Exported text"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_withPassword->setObjectName(QStringLiteral("withPassword"));
    m_withPassword->setAccessibleName(tr("Write the password into the saved file"));
    m_withPassword->setToolTip(
            tr("Only the saved file gets the password from the keychain, and it is created "
               "readable only by you. The preview and Copy never contain it."));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_copy->setAccessibleName(tr("Copy the exported text"));
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setAccessibleName(tr("Save the export as a file"));
    m_close->setAccessibleName(tr("Close"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_text, 1);
    rightLayout->addWidget(m_warnings);
    rightLayout->addWidget(m_withPassword);
    rightLayout->addWidget(m_status);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_formats);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 640});

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_formats, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(formatRole).isValid())
            setFormat(ExportFormat(item->data(formatRole).toInt()));
    });
    connect(m_withPassword, &QCheckBox::toggled, this, &ExportDialog::withPasswordToggled);
    connect(m_copy, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    // The password is forgotten with the dialog.
    connect(this, &QDialog::finished, this, [this] {
        m_password.fill(QChar(0));
        m_password.clear();
    });

    const std::optional<ExportFormat> last
            = ExportFormats::fromKey(QSettings().value(lastFormatKey).toString());
    setFormat(last.value_or(ExportFormat::MysqlCommand));
    WindowGeometry::remember(this, QStringLiteral("exportDialog"), QSize(900, 520));
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format = format;
    for (int i = 0; i < m_formats->count(); ++i) {
        QListWidgetItem *item = m_formats->item(i);
        if (item->data(formatRole).isValid()
            && ExportFormat(item->data(formatRole).toInt()) == format
            && m_formats->currentItem() != item) {
            const QSignalBlocker blocker(m_formats);
            m_formats->setCurrentItem(item);
        }
    }
    QSettings().setValue(lastFormatKey, ExportFormats::key(format));
    m_status->clear();
    refresh();
}

void ExportDialog::refresh()
{
    m_preview = ProfileExporter::exportProfile(m_profile, m_format);
    m_text->setPlainText(m_preview.text);
    QStringList lines;
    for (const QString &w : std::as_const(m_preview.warnings))
        lines << QStringLiteral("⚠ ") + w;
    m_warnings->setText(lines.join(QLatin1Char('\n')));
    m_warnings->setVisible(!lines.isEmpty());
    // sslcm's own export never holds secrets.
    const bool canHoldPassword = m_format != ExportFormat::SslcmJson && m_secrets;
    m_withPassword->setEnabled(canHoldPassword);
    if (!canHoldPassword)
        m_withPassword->setChecked(false);
}

void ExportDialog::withPasswordToggled(bool on)
{
    m_status->clear();
    if (!on) {
        m_password.clear();
        return;
    }
    if (!m_secrets || !m_password.isEmpty())
        return;
    m_withPassword->setEnabled(false);
    m_secrets->read(m_profile.id, SecretKind::Password, this, [this](const SecretResult &r) {
        m_withPassword->setEnabled(m_format != ExportFormat::SslcmJson);
        if (r.ok() && !r.secret.isEmpty()) {
            m_password = r.secret;
            m_status->setText(tr("The saved file will hold the password; it is created readable "
                                 "only by you (mode 0600)."));
            Q_EMIT passwordReady(true);
            return;
        }
        m_withPassword->setChecked(false);
        m_status->setText(
                QStringLiteral("⚠ ")
                + (r.status == SecretResult::Status::NotFound || r.ok()
                           ? tr("No password is stored for this connection.")
                           : tr("The keychain did not give the password: %1").arg(r.message)));
        Q_EMIT passwordReady(false);
    });
}

void ExportDialog::copyToClipboard()
{
    QApplication::clipboard()->setText(m_preview.text);
    m_status->setText(tr("Copied (without the password)."));
}

void ExportDialog::chooseFile()
{
    const QString start
            = QDir(CertificateFilePicker::lastFolder()).filePath(m_preview.suggestedFileName);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Export"), start);
    if (path.isEmpty())
        return;
    CertificateFilePicker::rememberFolder(QFileInfo(path).absolutePath());
    saveTo(path);
}

bool ExportDialog::saveTo(const QString &path)
{
    const bool withPassword = m_withPassword->isChecked() && !m_password.isEmpty();
    const ExportResult result = withPassword
            ? ProfileExporter::exportProfile(m_profile, m_format, m_password)
            : m_preview;
    const ProfileExporter::SaveResult saved = ProfileExporter::saveToFile(result, path);
    if (!saved.ok) {
        m_status->setText(QStringLiteral("✗ ") + saved.error);
        return false;
    }
    QStringList lines {tr("Saved to %1.").arg(QDir::toNativeSeparators(path))};
    for (const QString &w : saved.warnings)
        lines << QStringLiteral("⚠ ") + w;
    m_status->setText(lines.join(QLatin1Char('\n')));
    return true;
}
