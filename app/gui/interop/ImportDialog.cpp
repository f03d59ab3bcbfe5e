// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"
#include "WindowGeometry.h"

#include "SslModeIcon.h"
#include "interop/ConnectionImporter.h"
#include "profile/CertificateFilePicker.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace {
// The index of the connection in ImportResult::connections, on each top-level item.
constexpr int connectionRole = Qt::UserRole + 1;
} // namespace

QList<ImportDialog::KnownSource> ImportDialog::knownSources()
{
    const QString home = QDir::homePath();
    const QString dataHome = qEnvironmentVariableIsEmpty("XDG_DATA_HOME")
            ? home + QStringLiteral("/.local/share")
            : qEnvironmentVariable("XDG_DATA_HOME");
    const QList<KnownSource> candidates = {
            {tr("Option file ~/.my.cnf"), home + QStringLiteral("/.my.cnf")},
            {tr("MySQL Workbench connections"),
             home + QStringLiteral("/.mysql/workbench/connections.xml")},
            {tr("DBeaver connections"),
             dataHome
                     + QStringLiteral(
                             "/DBeaverData/workspace6/General/.dbeaver/data-sources.json")},
    };
    QList<KnownSource> found;
    for (const KnownSource &s : candidates) {
        if (QFileInfo(s.path).isFile())
            found << s;
    }
    return found;
}

ImportDialog::ImportDialog(ProfileStore &store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_text(new QLineEdit(this))
    , m_paste(new QPushButton(tr("&Paste"), this))
    , m_readText(new QPushButton(tr("&Read"), this))
    , m_openFile(new QPushButton(tr("Open &File…"), this))
    , m_source(new QLabel(this))
    , m_preview(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_storePasswords(new QCheckBox(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("ImportDialog"));
    setWindowTitle(tr("Import Connections"));
    setAcceptDrops(true);

    auto *intro = new QLabel(
            tr("Bring in connections from a MySQL option file (~/.my.cnf), MySQL Workbench, "
               "DBeaver or an sslcm export, or paste a connection URI "
               "(mysql://user@host:3306/db?ssl-mode=VERIFY_IDENTITY) or a mysql / mariadb "
               "command line, or drop a file here. You see everything before it is stored."),
            this);
    intro->setWordWrap(true);

    m_text->setObjectName(QStringLiteral("importText"));
    m_text->setAccessibleName(tr("Connection URI or command line"));
    m_text->setPlaceholderText(tr("mysql://user@db.example.com:3306/app?ssl-mode=VERIFY_IDENTITY"));
    m_paste->setObjectName(QStringLiteral("paste"));
    m_paste->setAccessibleName(tr("Paste from the clipboard and read it"));
    m_readText->setObjectName(QStringLiteral("readText"));
    m_readText->setAccessibleName(tr("Read the URI or command line"));
    m_openFile->setObjectName(QStringLiteral("openFile"));
    m_openFile->setAccessibleName(tr("Open a connection file"));
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Connections found"));
    m_preview->setHeaderLabels({tr("Connection"), tr("Server"), tr("Security"), tr("Status")});
    m_preview->header()->setAccessibleName(tr("Column headers"));
    m_preview->header()->setStretchLastSection(true);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(true);

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storePasswords->setObjectName(QStringLiteral("storePasswords"));
    m_storePasswords->setAccessibleName(tr("Store the passwords found in the keychain"));
    m_storePasswords->setChecked(true);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setAccessibleName(tr("Import the selected connections"));
    m_import->setDefault(true);
    m_cancel->setAccessibleName(tr("Cancel"));

    auto *textRow = new QHBoxLayout;
    auto *textLabel = new QLabel(tr("&URI or command line:"), this);
    textLabel->setBuddy(m_text);
    textRow->addWidget(textLabel);
    textRow->addWidget(m_text, 1);
    textRow->addWidget(m_paste);
    textRow->addWidget(m_readText);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_openFile);
    const QList<KnownSource> known = knownSources();
    for (const KnownSource &s : known) {
        auto *button = new QPushButton(s.label, this);
        button->setAccessibleName(tr("Read %1").arg(s.label));
        button->setToolTip(QDir::toNativeSeparators(s.path));
        const QString path = s.path;
        connect(button, &QPushButton::clicked, this, [this, path] { previewFile(path); });
        fileRow->addWidget(button);
    }
    fileRow->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_storePasswords, 1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(textRow);
    layout->addLayout(fileRow);
    layout->addWidget(m_source);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_text, &QLineEdit::returnPressed, this, [this] { previewText(m_text->text()); });
    connect(m_readText, &QPushButton::clicked, this, [this] { previewText(m_text->text()); });
    connect(m_text, &QLineEdit::textChanged, this, &ImportDialog::updateState);
    connect(m_paste, &QPushButton::clicked, this, [this] {
        m_text->setText(QApplication::clipboard()->text().trimmed());
        previewText(m_text->text());
    });
    connect(m_openFile, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_preview, &QTreeWidget::itemChanged, this, &ImportDialog::updateState);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importSelected);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    updateState();
    WindowGeometry::remember(this, QStringLiteral("importDialog"), QSize(900, 560));
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QList<QUrl> urls = mime->urls();
    if ((!urls.isEmpty() && urls.first().isLocalFile()) || (urls.isEmpty() && mime->hasText()))
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QList<QUrl> urls = mime->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        previewFile(urls.first().toLocalFile());
    } else if (mime->hasText()) {
        m_text->setText(mime->text().trimmed());
        previewText(m_text->text());
    } else {
        return;
    }
    event->acceptProposedAction();
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Connections"), CertificateFilePicker::lastFolder(),
            tr("Connection files (*.cnf *.ini *.xml *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    CertificateFilePicker::rememberFolder(QFileInfo(path).absolutePath());
    previewFile(path);
}

void ImportDialog::previewFile(const QString &path)
{
    showResult(ConnectionImporter::importFile(path));
}

void ImportDialog::previewText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    showResult(ConnectionImporter::importText(text));
}

void ImportDialog::showResult(ImportResult result)
{
    result.markDuplicates(m_store.profiles());
    m_result = std::move(result);
    m_imported.clear();

    const QSignalBlocker blocker(m_preview);
    m_preview->clear();
    QStringList messages;
    if (!m_result.ok()) {
        m_source->setText(m_result.format);
        messages << QStringLiteral("✗ ") + m_result.error;
    } else {
        //: %1 is a format ("MySQL option file"), %n the number of connections found
        m_source->setText(
                tr("%1: %n connection(s) found.", nullptr, int(m_result.connections.size()))
                        .arg(m_result.format));
        const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        for (int i = 0; i < m_result.connections.size(); ++i) {
            const ImportResult::Connection &c = m_result.connections.at(i);
            const Profile &p = c.profile;
            auto *item = new QTreeWidgetItem(m_preview);
            item->setData(0, connectionRole, i);
            item->setText(0, p.name);
            item->setText(1,
                          p.user.isEmpty() ? p.addressText()
                                           : p.user + QLatin1Char('@') + p.addressText());
            item->setText(2, SslModes::displayName(p.sslMode));
            item->setIcon(2, SslModeIcon::forMode(p.sslMode, style()));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            if (!c.isImportable()) {
                // Not offered at all: ticking it must not be possible.
                item->setIcon(3, style()->standardIcon(QStyle::SP_MessageBoxCritical));
                //: %1 says what is wrong and how to write it
                item->setText(3,
                              tr("Cannot be imported: %1").arg(c.problems.join(QLatin1Char(' '))));
                item->setToolTip(3, item->text(3));
                item->setData(0, Qt::CheckStateRole, QVariant());
                item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            } else if (c.isDuplicate()) {
                item->setIcon(3, warning);
                //: The connection is not imported unless ticked; %1 says why it is a duplicate
                item->setText(
                        3, tr("Already stored (%1): tick to import a copy").arg(c.duplicateReason));
                item->setToolTip(3, item->text(3));
                item->setCheckState(0, Qt::Unchecked);
            } else {
                item->setText(3, tr("New"));
                item->setCheckState(0, Qt::Checked);
            }
            const auto addDetail = [item](const QString &text, const QIcon &icon = {}) {
                auto *detail = new QTreeWidgetItem(item);
                detail->setFirstColumnSpanned(true);
                detail->setText(0, text);
                detail->setIcon(0, icon);
                detail->setFlags(Qt::ItemIsEnabled);
            };
            addDetail(tr("From %1").arg(c.origin));
            for (const QString &n : c.notCarried)
                addDetail(tr("Not carried over: %1").arg(n), warning);
            for (const QString &n : c.securityChanges)
                addDetail(n, style()->standardIcon(QStyle::SP_MessageBoxInformation));
            if (!c.securityChanges.isEmpty())
                item->setToolTip(2, c.securityChanges.join(QLatin1Char('\n')));
            for (const QString &n : c.notes)
                addDetail(n);
            if (!c.password.isEmpty())
                addDetail(tr("A password was found in clear text."), warning);
            item->setExpanded(!c.notCarried.isEmpty() || c.isDuplicate()
                              || !c.securityChanges.isEmpty() || !c.isImportable());
        }
        for (const QString &w : std::as_const(m_result.warnings))
            messages << QStringLiteral("⚠ ") + w;
        for (const QString &n : std::as_const(m_result.notCarried))
            messages << QStringLiteral("⚠ ") + tr("Not carried over: %1").arg(n);
    }
    m_preview->resizeColumnToContents(0);
    m_preview->resizeColumnToContents(1);
    m_preview->resizeColumnToContents(2);
    m_message->setText(messages.join(QLatin1Char('\n')));

    int passwords = 0;
    for (const ImportResult::Connection &c : std::as_const(m_result.connections))
        passwords += int(c.secrets().size());
    m_storePasswords->setText(
            tr("Store the %n password(s) found in the keychain", nullptr, passwords));
    m_storePasswords->setVisible(passwords > 0);
    m_storePasswords->setEnabled(m_secrets != nullptr);
    if (!m_secrets)
        m_storePasswords->setChecked(false);
    updateState();
}

int ImportDialog::checkedCount() const
{
    int n = 0;
    for (int i = 0; i < m_preview->topLevelItemCount(); ++i)
        n += m_preview->topLevelItem(i)->checkState(0) == Qt::Checked ? 1 : 0;
    return n;
}

void ImportDialog::updateState()
{
    const int n = m_result.ok() ? checkedCount() : 0;
    m_import->setText(n > 0 ? tr("&Import %n Connection(s)", nullptr, n) : tr("&Import"));
    m_import->setEnabled(n > 0 && m_store.isWritable());
    m_readText->setEnabled(!m_text->text().trimmed().isEmpty());
}

void ImportDialog::importSelected()
{
    if (!m_result.ok() || !m_store.isWritable())
        return;
    QList<Profile> all = m_store.profiles();
    struct PendingPassword
    {
        QUuid id;
        QString name;
        SecretKind kind;
        QString password;
    };
    QList<PendingPassword> passwords;
    QList<QUuid> added;
    for (int i = 0; i < m_preview->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_preview->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked)
            continue;
        const ImportResult::Connection &c
                = m_result.connections.at(item->data(0, connectionRole).toInt());
        Profile p = c.profile;
        // A copy the user asked for gets an id of its own; ids stay unique.
        if (p.id.isNull() || m_store.indexOf(p.id) >= 0 || added.contains(p.id))
            p.id = QUuid::createUuid();
        all << p;
        added << p.id;
        // The database's password and the SSH jump host's password or key passphrase.
        if (m_storePasswords->isChecked() && m_secrets) {
            for (const ImportResult::Secret &secret : c.secrets())
                passwords.append({p.id, p.name, secret.kind, secret.value});
        }
    }
    if (added.isEmpty())
        return;
    const StoreSaveResult saved = m_store.replaceAll(all);
    if (!saved) {
        m_message->setText(QStringLiteral("✗ ") + tr("Nothing was imported: %1").arg(saved.error));
        return;
    }
    m_imported = added;
    if (passwords.isEmpty()) {
        Q_EMIT passwordsStored({});
        accept();
        return;
    }
    // The profiles are in; the dialog stays until the keychain has answered for every password.
    m_import->setEnabled(false);
    m_preview->setEnabled(false);
    m_message->setText(tr("Storing the passwords in the keychain…"));
    auto remaining = std::make_shared<int>(int(passwords.size()));
    auto failures = std::make_shared<QStringList>();
    for (const PendingPassword &pending : std::as_const(passwords)) {
        const QString name = pending.name;
        m_secrets->write(pending.id, pending.kind, pending.password, this,
                         [this, remaining, failures, name](const SecretResult &r) {
                             if (!r.ok())
                                 *failures << tr("The password of “%1” was not stored: %2")
                                                      .arg(name, r.message);
                             if (--*remaining > 0)
                                 return;
                             Q_EMIT passwordsStored(*failures);
                             if (failures->isEmpty()) {
                                 accept();
                                 return;
                             }
                             m_message->setText(QStringLiteral("⚠ ")
                                                + tr("The connections were imported, but:")
                                                + QLatin1Char('\n')
                                                + failures->join(QLatin1Char('\n')));
                             m_cancel->setText(tr("Close"));
                         });
    }
}
