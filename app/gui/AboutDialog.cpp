// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace {

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : AboutDialog(BuildInfo::runtimeVersions(), parent)
{ }

AboutDialog::AboutDialog(const RuntimeVersions &versions, QWidget *parent)
    : QDialog(parent)
    , m_versions(versions)
    , m_copyButton(new QPushButton(this))
    , m_copied(new QLabel(this))
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About sslcm"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/sslcm.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *title = new QLabel(tr("sslcm %1").arg(m_versions.sslcm), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *subtitle = new QLabel(tr("SSL Connection Manager for MySQL and MariaDB"), this);
    auto *description
            = new QLabel(tr("Connects to MySQL and MariaDB servers over verified TLS, shows their "
                            "certificates, and helps you require TLS for database accounts."),
                         this);
    description->setWordWrap(true);
    auto *license = new QLabel(
            tr("Free software under the GNU General Public License, version 3 or later."), this);
    license->setWordWrap(true);

    auto *versionsBox = new QGroupBox(tr("Versions in use"), this);
    auto *form = new QFormLayout(versionsBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &[what, version] : versionRows())
        form->addRow(what, selectableLabel(version, versionsBox));

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(subtitle);
    text->addSpacing(fontMetrics().height() / 2);
    text->addWidget(description);
    text->addWidget(license);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(fontMetrics().averageCharWidth() * 2);
    top->addLayout(text, 1);

    //: Copies the version list to the clipboard, e.g. for a support ticket
    m_copyButton->setText(tr("&Copy Versions"));
    m_copyButton->setObjectName(QStringLiteral("copyVersions"));
    m_copyButton->setAccessibleName(tr("Copy version information"));
    m_copyButton->setToolTip(tr("Copy the versions to the clipboard, for a bug report or support "
                                "ticket"));
    m_copyButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    connect(m_copyButton, &QPushButton::clicked, this, &AboutDialog::copyVersions);

    m_copied->setObjectName(QStringLiteral("copiedNote"));
    m_copied->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_copied, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(versionsBox);
    layout->addLayout(bottom);

    setMinimumWidth(fontMetrics().averageCharWidth() * 92);
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

AboutDialog::~AboutDialog() = default;

QList<std::pair<QString, QString>> AboutDialog::versionRows() const
{
    QList<std::pair<QString, QString>> rows = m_versions.rows();
    //: %1 is Qt's version, %2 the windowing system plugin in use (xcb, wayland...)
    rows[1].second = tr("%1 (%2)").arg(m_versions.qt, QGuiApplication::platformName());
    return rows;
}

QString AboutDialog::versionText() const
{
    return RuntimeVersions::text(versionRows());
}

void AboutDialog::copyVersions()
{
    QGuiApplication::clipboard()->setText(versionText());
    m_copied->setText(tr("Copied to the clipboard."));
    m_copied->show();
}
