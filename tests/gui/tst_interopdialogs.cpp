// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import, export and the provider CA download as a user drives them: real option files and
// store files in temporary folders, a real HTTPS server on 127.0.0.1 for the download (with a
// certificate the dialog was told to trust, and one it was not), and the in-memory secret store
// standing in for the keychain (the keychain itself is tested in tst_keychainsecretstore).
#include "MainWindow.h"
#include "certs/CertificateViewer.h"
#include "interop/CaDownloadDialog.h"
#include "interop/ExportDialog.h"
#include "interop/ImportDialog.h"
#include "interop/ProfileExporter.h"
#include "profile/CertificateFilePicker.h"
#include "profile/MemorySecretStore.h"
#include "profile/ProfileStore.h"
#include "profile/SecuritySection.h"

#include "LocalHttpsServer.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <sys/stat.h>

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Profile makeProfile(const QString &name, const QString &host, const QString &user = {})
{
    Profile p = Profile::create();
    p.name = name;
    p.host = host;
    p.user = user;
    return p;
}

QStringList detailsOf(const QTreeWidgetItem *item)
{
    QStringList lines;
    for (int i = 0; i < item->childCount(); ++i)
        lines << item->child(i)->text(0);
    return lines;
}

} // namespace

class tst_InteropDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importPreviewsThenStoresOnlyWhatIsTicked();
    void tickedDuplicateBecomesACopy();
    void pastedUriAndCommandLine();
    void previewSaysWhatHappensToVerifyCaWithoutCa();
    void ambiguousAddressCannotBeTicked();
    void brokenFileChangesNothing();
    void includeOutsideTheFolderIsAWarning();
    void droppedFileAndText();
    void mainWindowImportSelectsTheNewConnection();

    void exportPreviewNeverHoldsThePassword();
    void passwordOnlyIntoA0600File();
    void noStoredPasswordSaysSo();
    void exportAllWritesABundleWithoutSecrets();

    void caDownloadShowsThenStoresOnlyWhenAccepted();
    void caDownloadFromUntrustedServerIsRefused();
    void caDownloadCancel();
    void securitySectionUsesTheDownloadedCa();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    HttpsIdentity m_good;
    HttpsIdentity m_bad;
    QTemporaryDir m_pki;
};

void tst_InteropDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_pki.isValid());
    m_good = HttpsIdentity::make(m_pki.path(), QStringLiteral("good"));
    m_bad = HttpsIdentity::make(m_pki.path(), QStringLiteral("bad"));
    QVERIFY(!m_good.isNull() && !m_bad.isNull());
}

void tst_InteropDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(path(QStringLiteral("profiles.json")));
    m_store->load();
    m_secrets = std::make_unique<MemorySecretStore>();
}

void tst_InteropDialogs::cleanup()
{
    m_store.reset();
    m_secrets.reset();
    m_dir.reset();
}

void tst_InteropDialogs::importPreviewsThenStoresOnlyWhatIsTicked()
{
    Profile existing = makeProfile(QStringLiteral("Shop"), QStringLiteral("db.example.com"),
                                   QStringLiteral("app"));
    QVERIFY(m_store->add(existing));

    const QString cnf = path(QStringLiteral("my.cnf"));
    QVERIFY(writeFile(cnf,
                      "[client]\nhost=db.example.com\nuser=app\n"
                      "[clientreport]\nhost=report.example.com\nuser=report\n"
                      "password=s3cret-in-clear\nssl-mode=VERIFY_CA\nssl-ca=/etc/ca.pem\n"
                      "ssl-crl=/etc/crl.pem\n"));
    ImportDialog dialog(*m_store, m_secrets.get());
    dialog.show();
    dialog.previewFile(cnf);

    // The preview: the duplicate flagged and not ticked, the new one ticked, what was lost said.
    QTreeWidget *preview = dialog.preview();
    QCOMPARE(preview->topLevelItemCount(), 2);
    QTreeWidgetItem *duplicate = nullptr;
    QTreeWidgetItem *fresh = nullptr;
    for (int i = 0; i < 2; ++i) {
        QTreeWidgetItem *item = preview->topLevelItem(i);
        (item->text(1).contains(QLatin1String("report.example.com")) ? fresh : duplicate) = item;
    }
    QVERIFY(duplicate && fresh);
    QCOMPARE(duplicate->checkState(0), Qt::Unchecked);
    QVERIFY2(duplicate->text(3).contains(QLatin1String("Shop")), qPrintable(duplicate->text(3)));
    QCOMPARE(fresh->checkState(0), Qt::Checked);
    const QString freshDetails = detailsOf(fresh).join(QLatin1Char('\n'));
    QVERIFY2(freshDetails.contains(QLatin1String("ssl-crl")), qPrintable(freshDetails));
    QVERIFY2(freshDetails.contains(QLatin1String("clear text")), qPrintable(freshDetails));
    QVERIFY(dialog.storePasswordsBox()->isVisible());
    QVERIFY(dialog.storePasswordsBox()->isChecked());
    QVERIFY2(dialog.messageLabel()->text().contains(cnf),
             qPrintable(dialog.messageLabel()->text()));
    QVERIFY(dialog.importButton()->isEnabled());
    // Nothing is stored before "Import".
    QCOMPARE(m_store->count(), 1);

    QSignalSpy stored(&dialog, &ImportDialog::passwordsStored);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QTRY_COMPARE(stored.size(), 1);
    QVERIFY(stored.first().first().toStringList().isEmpty());
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));

    // Exactly the new connection was added, in the store file too, with its password in the
    // keychain only.
    QCOMPARE(m_store->count(), 2);
    QCOMPARE(dialog.importedIds().size(), 1);
    const std::optional<Profile> added = m_store->profile(dialog.importedIds().first());
    QVERIFY(added);
    QCOMPARE(added->host, QStringLiteral("report.example.com"));
    QCOMPARE(added->sslMode, SslMode::VerifyCa);
    QCOMPARE(added->caFile, QStringLiteral("/etc/ca.pem"));
    const SecretResult secret = m_secrets->readBlocking(added->id, SecretKind::Password);
    QVERIFY(secret.ok());
    QCOMPARE(secret.secret, QStringLiteral("s3cret-in-clear"));
    const QByteArray file = readFile(m_store->filePath());
    QVERIFY(file.contains("report.example.com"));
    QVERIFY(!file.contains("s3cret-in-clear"));
    ProfileStore reread(m_store->filePath());
    reread.load();
    QCOMPARE(reread.count(), 2);
}

void tst_InteropDialogs::tickedDuplicateBecomesACopy()
{
    Profile existing = makeProfile(QStringLiteral("Shop"), QStringLiteral("db.example.com"),
                                   QStringLiteral("app"));
    QVERIFY(m_store->add(existing));
    // An sslcm export of the same profile keeps its id: a duplicate by id.
    const QString bundle = path(QStringLiteral("export.json"));
    QVERIFY(ProfileExporter::saveToFile(ProfileExporter::exportProfiles({existing}), bundle).ok);

    ImportDialog dialog(*m_store, m_secrets.get());
    dialog.previewFile(bundle);
    QCOMPARE(dialog.preview()->topLevelItemCount(), 1);
    QTreeWidgetItem *item = dialog.preview()->topLevelItem(0);
    QCOMPARE(item->checkState(0), Qt::Unchecked);
    QVERIFY(!dialog.importButton()->isEnabled());
    item->setCheckState(0, Qt::Checked);
    QVERIFY(dialog.importButton()->isEnabled());
    dialog.importSelected();
    QCOMPARE(m_store->count(), 2);
    QCOMPARE(dialog.importedIds().size(), 1);
    QVERIFY(dialog.importedIds().first() != existing.id);
    QCOMPARE(m_store->profile(dialog.importedIds().first())->host, existing.host);
    QCOMPARE(m_store->profile(existing.id)->name, existing.name);
}

void tst_InteropDialogs::pastedUriAndCommandLine()
{
    ImportDialog dialog(*m_store, m_secrets.get());
    dialog.show();
    QApplication::clipboard()->setText(QStringLiteral(
            "  mysql://ops@db.example.net:3307/sales?ssl-mode=VERIFY_IDENTITY&ssl-ca=/ca.pem "));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("paste")), Qt::LeftButton);
    QCOMPARE(dialog.preview()->topLevelItemCount(), 1);
    QCOMPARE(dialog.importResult().connections.first().profile.port, 3307);
    QCOMPARE(dialog.importResult().connections.first().profile.sslMode, SslMode::VerifyIdentity);
    QVERIFY(!dialog.storePasswordsBox()->isVisible());

    dialog.textEdit()->setText(
            QStringLiteral("mariadb -h db2.example.net -u app --ssl-verify-server-cert "
                           "--ssl-ca=/ca.pem shop"));
    QTest::keyClick(dialog.textEdit(), Qt::Key_Return);
    QCOMPARE(dialog.preview()->topLevelItemCount(), 1);
    const Profile &p = dialog.importResult().connections.first().profile;
    QCOMPARE(p.host, QStringLiteral("db2.example.net"));
    QCOMPARE(p.sslMode, SslMode::VerifyIdentity);
    QCOMPARE(p.database, QStringLiteral("shop"));
}

// The source asks for Verify CA but names no CA: the preview shows the mode sslcm will use and
// why, before anything is stored, and that is what is stored.
void tst_InteropDialogs::previewSaysWhatHappensToVerifyCaWithoutCa()
{
    ImportDialog dialog(*m_store, m_secrets.get());
    dialog.previewText(QStringLiteral("mysql://app@ca.example.com/shop?ssl-mode=VERIFY_CA"));
    QCOMPARE(dialog.preview()->topLevelItemCount(), 1);
    QTreeWidgetItem *item = dialog.preview()->topLevelItem(0);
    QCOMPARE(item->text(2), SslModes::displayName(SslMode::VerifyIdentity));
    QVERIFY(item->isExpanded());
    bool explained = false;
    for (int i = 0; i < item->childCount(); ++i)
        explained = explained || item->child(i)->text(0).contains(QStringLiteral("system's CAs"));
    QVERIFY(explained);
    QVERIFY(item->toolTip(2).contains(QStringLiteral("any host")));
    QCOMPARE(item->checkState(0), Qt::Checked);
    dialog.importSelected();
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(m_store->profiles().first().sslMode, SslMode::VerifyIdentity);
}

// An address that programs read differently is shown with its canonical form and cannot be
// ticked: nothing is stored.
void tst_InteropDialogs::ambiguousAddressCannotBeTicked()
{
    ImportDialog dialog(*m_store, m_secrets.get());
    dialog.previewText(QStringLiteral("mysql -h 2130706434 -u app --ssl-mode=VERIFY_IDENTITY"));
    QCOMPARE(dialog.preview()->topLevelItemCount(), 1);
    QTreeWidgetItem *item = dialog.preview()->topLevelItem(0);
    QVERIFY2(item->text(3).contains(QStringLiteral("Write 127.0.0.2")), qPrintable(item->text(3)));
    QVERIFY(!(item->flags() & Qt::ItemIsUserCheckable));
    QVERIFY(item->data(0, Qt::CheckStateRole).isNull());
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.importSelected();
    QCOMPARE(m_store->count(), 0);
}

void tst_InteropDialogs::brokenFileChangesNothing()
{
    Profile existing = makeProfile(QStringLiteral("Keep me"), QStringLiteral("db.example.com"));
    QVERIFY(m_store->add(existing));
    const QByteArray before = readFile(m_store->filePath());

    const QString junk = path(QStringLiteral("connections.xml"));
    QVERIFY(writeFile(
            junk, QByteArray("<?xml version=\"1.0\"?><data><value type=\"list\">\x01\x02", 40)));
    ImportDialog dialog(*m_store, m_secrets.get());
    dialog.previewFile(junk);
    QCOMPARE(dialog.preview()->topLevelItemCount(), 0);
    QVERIFY(!dialog.importResult().ok());
    QVERIFY2(dialog.messageLabel()->text().startsWith(QStringLiteral("✗ ")),
             qPrintable(dialog.messageLabel()->text()));
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.importSelected();
    QCOMPARE(readFile(m_store->filePath()), before);

    dialog.previewFile(path(QStringLiteral("does-not-exist.cnf")));
    QVERIFY(!dialog.importResult().ok());
    QVERIFY(!dialog.messageLabel()->text().isEmpty());
}

// An option file that pulls in a file from elsewhere: the preview names that file before anything
// is imported.
void tst_InteropDialogs::includeOutsideTheFolderIsAWarning()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("home")));
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("elsewhere")));
    const QString outside = path(QStringLiteral("elsewhere/extra.cnf"));
    QVERIFY(writeFile(outside, "[client]\nuser=from-elsewhere\n"));
    const QString cnf = path(QStringLiteral("home/my.cnf"));
    QVERIFY(writeFile(cnf, "[client]\nhost=db.example.com\n!include ../elsewhere/extra.cnf\n"));

    ImportDialog dialog(*m_store, m_secrets.get());
    dialog.show();
    dialog.previewFile(cnf);
    QCOMPARE(dialog.preview()->topLevelItemCount(), 1);
    const QString message = dialog.messageLabel()->text();
    const QString warning = message.section(QLatin1Char('\n'), -1);
    QVERIFY2(warning.startsWith(QStringLiteral("⚠ ")), qPrintable(message));
    QVERIFY2(warning.contains(QFileInfo(outside).canonicalFilePath()), qPrintable(message));
    QVERIFY2(warning.contains(QLatin1String("outside the folder")), qPrintable(message));
}

void tst_InteropDialogs::droppedFileAndText()
{
    ImportDialog dialog(*m_store, m_secrets.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString cnf = path(QStringLiteral("dropped.cnf"));
    QVERIFY(writeFile(cnf, "[client]\nhost=dropped.example.com\nuser=app\n"));
    const auto drop = [&dialog](QMimeData *mime) {
        const QPoint at = dialog.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&dialog, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&dialog, &dropped);
        return dropped.isAccepted();
    };
    QMimeData file;
    file.setUrls({QUrl::fromLocalFile(cnf)});
    QVERIFY(drop(&file));
    QCOMPARE(dialog.preview()->topLevelItemCount(), 1);
    QCOMPARE(dialog.importResult().connections.first().profile.host,
             QStringLiteral("dropped.example.com"));

    QMimeData text;
    text.setText(QStringLiteral("mysql://ops@uri.example.com:3307/sales?ssl-mode=VERIFY_CA"));
    QVERIFY(drop(&text));
    QCOMPARE(dialog.importResult().connections.first().profile.host,
             QStringLiteral("uri.example.com"));
    QCOMPARE(dialog.textEdit()->text(), text.text());

    // A remote address is not read.
    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://example.com/my.cnf"))});
    QVERIFY(!drop(&remote));
    QCOMPARE(m_store->count(), 0);
}

void tst_InteropDialogs::mainWindowImportSelectsTheNewConnection()
{
    MainWindow window(*m_store);
    window.setSecretStore(m_secrets.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionImport"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    // The empty window offers import next to "New Connection…".
    auto *emptyImport = window.findChild<QPushButton *>(QStringLiteral("emptyImportButton"));
    QVERIFY(emptyImport && emptyImport->isVisible());
    QTest::mouseClick(emptyImport, Qt::LeftButton);
    ImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ImportDialog *>()) && dialog->isVisible());
    dialog->previewText(QStringLiteral("mysql://app@db.example.org/shop?ssl-mode=REQUIRED"));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_COMPARE(m_store->count(), 1);
    QTRY_VERIFY(!window.currentProfileId().isNull());
    QCOMPARE(m_store->profile(window.currentProfileId())->host, QStringLiteral("db.example.org"));
    QTRY_VERIFY(!window.findChild<ImportDialog *>());
}

void tst_InteropDialogs::exportPreviewNeverHoldsThePassword()
{
    Profile profile = makeProfile(QStringLiteral("Orders"), QStringLiteral("db.example.com"),
                                  QStringLiteral("app"));
    profile.caFile = QStringLiteral("/etc/ca.pem");
    profile.sslMode = SslMode::VerifyIdentity;
    QVERIFY(m_store->add(profile));
    QVERIFY(m_secrets->writeBlocking(profile.id, SecretKind::Password, QStringLiteral("hunter2"))
                    .ok());

    ExportDialog dialog(profile, m_secrets.get());
    dialog.show();
    // Every format is offered.
    int formats = 0;
    for (int i = 0; i < dialog.formatList()->count(); ++i)
        formats += dialog.formatList()->item(i)->data(Qt::UserRole + 1).isValid() ? 1 : 0;
    QCOMPARE(formats, int(ExportFormats::all().size()));

    // Picking a format in the list shows exactly what the exporter writes for it.
    for (int i = 0; i < dialog.formatList()->count(); ++i) {
        QListWidgetItem *item = dialog.formatList()->item(i);
        if (!item->data(Qt::UserRole + 1).isValid())
            continue;
        dialog.formatList()->setCurrentItem(item);
        const auto format = ExportFormat(item->data(Qt::UserRole + 1).toInt());
        QCOMPARE(dialog.format(), format);
        QCOMPARE(dialog.textView()->toPlainText(),
                 ProfileExporter::exportProfile(profile, format).text);
        QVERIFY(!dialog.textView()->toPlainText().contains(QLatin1String("hunter2")));
    }
    dialog.setFormat(ExportFormat::MariadbCommand);
    QVERIFY(dialog.textView()->toPlainText().contains(QLatin1String("--ssl-verify-server-cert")));
    // A driver that cannot check host names says so.
    dialog.setFormat(ExportFormat::MysqlClient);
    QCOMPARE(dialog.warningsLabel()->isVisibleTo(&dialog), !dialog.preview().warnings.isEmpty());

    // Even with "Write the password" ticked, the preview and Copy leave it out.
    dialog.setFormat(ExportFormat::OptionFile);
    QSignalSpy ready(&dialog, &ExportDialog::passwordReady);
    dialog.withPasswordBox()->setChecked(true);
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(ready.first().first().toBool());
    QVERIFY(!dialog.textView()->toPlainText().contains(QLatin1String("hunter2")));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copy")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), dialog.preview().text);
    QVERIFY(!QApplication::clipboard()->text().contains(QLatin1String("hunter2")));
}

void tst_InteropDialogs::passwordOnlyIntoA0600File()
{
    Profile profile = makeProfile(QStringLiteral("Orders"), QStringLiteral("db.example.com"),
                                  QStringLiteral("app"));
    QVERIFY(m_store->add(profile));
    QVERIFY(m_secrets->writeBlocking(profile.id, SecretKind::Password, QStringLiteral("hunter2"))
                    .ok());
    ExportDialog dialog(profile, m_secrets.get());
    dialog.setFormat(ExportFormat::OptionFile);

    // Without the box ticked the file has no password.
    const QString plain = path(QStringLiteral("plain.cnf"));
    QVERIFY(dialog.saveTo(plain));
    QVERIFY(!readFile(plain).contains("hunter2"));
    QVERIFY(readFile(plain).contains("[client]"));

    QSignalSpy ready(&dialog, &ExportDialog::passwordReady);
    dialog.withPasswordBox()->setChecked(true);
    QTRY_COMPARE(ready.size(), 1);
    const QString secret = path(QStringLiteral("with-password.cnf"));
    QVERIFY(dialog.saveTo(secret));
    QVERIFY(readFile(secret).contains("hunter2"));
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(secret).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("⚠")),
             qPrintable(dialog.statusLabel()->text()));

    // sslcm's own format never holds a password.
    dialog.setFormat(ExportFormat::SslcmJson);
    QVERIFY(!dialog.withPasswordBox()->isEnabled());
    QVERIFY(!dialog.withPasswordBox()->isChecked());
}

void tst_InteropDialogs::noStoredPasswordSaysSo()
{
    Profile profile = makeProfile(QStringLiteral("No secret"), QStringLiteral("db.example.com"));
    ExportDialog dialog(profile, m_secrets.get());
    QSignalSpy ready(&dialog, &ExportDialog::passwordReady);
    dialog.withPasswordBox()->setChecked(true);
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(!ready.first().first().toBool());
    QVERIFY(!dialog.withPasswordBox()->isChecked());
    QVERIFY(!dialog.statusLabel()->text().isEmpty());
}

void tst_InteropDialogs::exportAllWritesABundleWithoutSecrets()
{
    for (const char *name : {"One", "Two", "Three"}) {
        Profile p = Profile::create();
        p.name = QString::fromLatin1(name);
        p.host = QStringLiteral("db.example.com");
        QVERIFY(m_store->add(p));
        QVERIFY(m_secrets->writeBlocking(p.id, SecretKind::Password, QStringLiteral("pw-") + p.name)
                        .ok());
    }
    MainWindow window(*m_store);
    window.setSecretStore(m_secrets.get());
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("actionExportAll"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = window.findChild<QFileDialog *>()) && files->isVisible());
    const QString target = path(QStringLiteral("all.json"));
    Q_EMIT files->fileSelected(target);
    const QByteArray bytes = readFile(target);
    QVERIFY(!bytes.contains("pw-"));

    // The bundle imports into an empty store on "another computer" with every profile.
    ProfileStore other(path(QStringLiteral("other.json")));
    other.load();
    ImportDialog dialog(other, nullptr);
    dialog.previewFile(target);
    QCOMPARE(dialog.preview()->topLevelItemCount(), 3);
    dialog.importSelected();
    QCOMPARE(other.count(), 3);
    for (const Profile &p : other.profiles())
        QCOMPARE(m_store->profile(p.id)->name, p.name);
}

void tst_InteropDialogs::caDownloadShowsThenStoresOnlyWhenAccepted()
{
    LocalHttpsServer server;
    QVERIFY(server.start(m_good, LocalHttpsServer::Behaviour::Serve, m_good.certificate.toPem()));
    const QString folder = path(QStringLiteral("data/ca"));
    CaDownloadDialog dialog(QStringLiteral("other"));
    dialog.setTrustedCertificates({m_good.certificate});
    dialog.setFolder(folder);
    dialog.show();
    QVERIFY(!dialog.useButton()->isEnabled());
    dialog.urlEdit()->setText(server.url(QStringLiteral("/bundles/global-bundle.pem")).toString());
    QSignalSpy finished(&dialog, &CaDownloadDialog::downloadFinished);
    QTest::mouseClick(dialog.downloadButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.statusLabel()->text()));

    // Shown in the viewer, not yet stored.
    QVERIFY(dialog.viewer()->isVisible());
    QVERIFY(!dialog.viewer()->acceptDrops()); // what is shown stays what would be accepted
    QCOMPARE(dialog.viewer()->certificateCount(), 1);
    QCOMPARE(dialog.viewer()->selectedCertificate()->sha256,
             m_good.certificate.digest(QCryptographicHash::Sha256));
    QVERIFY(!QDir(folder).exists());
    QVERIFY(dialog.useButton()->isEnabled());

    QTest::mouseClick(dialog.useButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(QFileInfo(dialog.savedPath()).fileName(), QStringLiteral("global-bundle.pem"));
    QCOMPARE(QFileInfo(dialog.savedPath()).absolutePath(), QFileInfo(folder).absoluteFilePath());
    QCOMPARE(QSslCertificate::fromData(readFile(dialog.savedPath())).value(0), m_good.certificate);
}

void tst_InteropDialogs::caDownloadFromUntrustedServerIsRefused()
{
    LocalHttpsServer server;
    QVERIFY(server.start(m_bad, LocalHttpsServer::Behaviour::Serve, m_good.certificate.toPem()));
    const QString folder = path(QStringLiteral("data/ca"));
    CaDownloadDialog dialog(QStringLiteral("other"));
    dialog.setTrustedCertificates({m_good.certificate});
    dialog.setFolder(folder);
    dialog.urlEdit()->setText(server.url().toString());
    QSignalSpy finished(&dialog, &CaDownloadDialog::downloadFinished);
    dialog.startDownload();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.first().first().toBool());
    QVERIFY2(dialog.statusLabel()->text().startsWith(QStringLiteral("✗ ")),
             qPrintable(dialog.statusLabel()->text()));
    QVERIFY(!dialog.useButton()->isEnabled());
    QCOMPARE(server.requests(), 0);
    dialog.useDownloaded();
    QVERIFY(!QDir(folder).exists());
}

void tst_InteropDialogs::caDownloadCancel()
{
    LocalHttpsServer server;
    QVERIFY(server.start(m_good, LocalHttpsServer::Behaviour::Stall));
    CaDownloadDialog dialog(QStringLiteral("other"));
    dialog.setTrustedCertificates({m_good.certificate});
    dialog.setFolder(path(QStringLiteral("data/ca")));
    dialog.show();
    dialog.urlEdit()->setText(server.url().toString());
    QSignalSpy finished(&dialog, &CaDownloadDialog::downloadFinished);
    dialog.startDownload();
    QTRY_COMPARE(server.requests(), 1);
    QVERIFY(dialog.isDownloading());
    QVERIFY(dialog.cancelButton()->isVisible());
    QVERIFY(!dialog.downloadButton()->isEnabled());
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.first().first().toBool());
    // Ended by the cancel, not by a timeout or the server (which still stalls).
    QVERIFY2(dialog.statusLabel()->text().contains(QLatin1String("cancelled")),
             qPrintable(dialog.statusLabel()->text()));
    QVERIFY(!dialog.isDownloading());
    QVERIFY(dialog.downloadButton()->isEnabled());
    QVERIFY(!dialog.useButton()->isEnabled());
}

void tst_InteropDialogs::securitySectionUsesTheDownloadedCa()
{
    LocalHttpsServer server;
    QVERIFY(server.start(m_good, LocalHttpsServer::Behaviour::Serve, m_good.certificate.toPem()));
    QWidget window;
    auto *section = new SecuritySection(&window);
    section->setHost(QStringLiteral("mydb.abc123.eu-west-1.rds.amazonaws.com"));
    window.show();
    QVERIFY(section->downloadCaButton()->isEnabled());
    QTest::mouseClick(section->downloadCaButton(), Qt::LeftButton);
    CaDownloadDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = section->findChild<CaDownloadDialog *>()) && dialog->isVisible());
    // The provider comes from the host name, with its published bundle's address.
    QCOMPARE(dialog->providerBox()->currentData().toString(), QStringLiteral("aws-rds"));
    QVERIFY(dialog->urlEdit()->text().startsWith(QLatin1String("https://truststore.pki.rds")));

    dialog->setTrustedCertificates({m_good.certificate});
    dialog->setFolder(path(QStringLiteral("data/ca")));
    dialog->urlEdit()->setText(server.url(QStringLiteral("/global-bundle.pem")).toString());
    QSignalSpy finished(dialog, &CaDownloadDialog::downloadFinished);
    dialog->startDownload();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().toBool());
    dialog->useDownloaded();
    const QString expected = path(QStringLiteral("data/ca/aws-rds-global-bundle.pem"));
    QCOMPARE(section->caFilePicker()->path(), expected);
    QVERIFY(section->caFilePicker()->problem().isEmpty());
    QVERIFY(QFile::exists(expected));

    // With the mode Disabled there is nothing to download for.
    section->setMode(SslMode::Disabled);
    QVERIFY(!section->downloadCaButton()->isEnabled());
}

QTEST_MAIN(tst_InteropDialogs)
#include "tst_interopdialogs.moc"
