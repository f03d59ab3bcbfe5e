// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertCorpus.h"
#include "cert/CertificateDisplay.h"
#include "cert/CertificateLoader.h"
#include "certs/CertificateChainModel.h"
#include "certs/CertificateDetailsModel.h"
#include "Translations.h"
#include "certs/CertificateViewer.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

Q_DECLARE_METATYPE(CertificateStatus::Kind)

// The viewer on real corpus files: its models pass QAbstractItemModelTester, the chain is a tree
// with the root on top, every badge says in words what is wrong, and everything is named.
class tst_CertificateViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelsPassTheTester_data();
    void modelsPassTheTester();
    void chainIsATreeWithRootOnTop();
    void badges_data();
    void badges();
    void selectingANodeShowsItsDetails();
    void detailsShowCriticalFlagAndUtcOnHover();
    void copyAndSave();
    void dropOpensTheFile();
    void notACertificate();
    void compareWithCaFile();
    void everyInteractiveWidgetIsNamed();
    void screenshots();

private:
    static QString path(const char *name) { return CertCorpus::path(QString::fromLatin1(name)); }
};

void tst_CertificateViewer::initTestCase()
{
    QVERIFY2(!CertCorpus::dir().isEmpty(), "the certificate corpus could not be made");
}

void tst_CertificateViewer::modelsPassTheTester_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f :
         {"bundle-system-ca.pem", "bundle-chain-long.pem", "bundle-chain-shuffled.pem",
          "bundle-pkcs7.p7b", "cert-utf8-names.pem", "cert-root-with-text.pem"})
        QTest::newRow(f) << path(f);
}

void tst_CertificateViewer::modelsPassTheTester()
{
    QFETCH(QString, file);
    if (!QFileInfo::exists(file))
        QSKIP("not in this corpus");
    CertificateChainModel chain;
    QAbstractItemModelTester chainTester(&chain,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    CertificateDetailsModel details;
    QAbstractItemModelTester detailsTester(&details,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<CertificateInfo> certs = CertificateLoader::loadFile(file).certificates;
    QVERIFY(!certs.isEmpty());
    CertificateStatus::Context context;
    context.now = QDateTime::currentDateTimeUtc();
    chain.setCertificates(certs, context);
    int total = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < chain.rowCount(parent); ++r) {
            const QModelIndex i = chain.index(r, 0, parent);
            ++total;
            QCOMPARE(chain.indexOfCertificate(
                             i.data(CertificateChainModel::CertificateIndexRole).toInt()),
                     i);
            QVERIFY(!i.data(Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY(!i.data(CertificateChainModel::StatusTextRole).toString().isEmpty());
            walk(i);
        }
    };
    walk({});
    QCOMPARE(total, certs.size());
    for (const CertificateInfo &c : certs) {
        details.setCertificate(c);
        QVERIFY(details.rowCount() > 8);
    }
    chain.setCertificates({}, context);
    QCOMPARE(chain.rowCount(), 0);
    details.clear();
    QCOMPARE(details.rowCount(), 0);
}

void tst_CertificateViewer::chainIsATreeWithRootOnTop()
{
    CertificateViewer viewer;
    QVERIFY(viewer.openFile(path("bundle-chain-shuffled.pem")));
    CertificateChainModel *model = viewer.chainModel();
    QCOMPARE(model->rowCount(), 1);
    QModelIndex node = model->index(0, 0);
    QVERIFY(node.data().toString().startsWith(QLatin1String("EC Root CA")));
    int depth = 1;
    while (model->rowCount(node) == 1) {
        node = model->index(0, 0, node);
        ++depth;
    }
    QCOMPARE(depth, 7);
    QVERIFY(node.data().toString().startsWith(QLatin1String("chain.example.com")));
    // The leaf is selected (highlighted) and summarised.
    auto *view = viewer.findChild<QTreeView *>(QStringLiteral("chainView"));
    QCOMPARE(view->currentIndex(), node);
    QVERIFY(view->selectionModel()->isSelected(node));
    QCOMPARE(viewer.selectedCertificate()->displayName(), QStringLiteral("chain.example.com"));

    // A CA bundle is a flat list of roots.
    QVERIFY(viewer.openFile(path("bundle-roots.pem")));
    QCOMPARE(model->rowCount(), 3);
    for (int r = 0; r < 3; ++r)
        QCOMPARE(model->rowCount(model->index(r, 0)), 0);
}

void tst_CertificateViewer::badges_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<CertificateStatus::Kind>("kind");
    QTest::addColumn<QString>("text");
    using K = CertificateStatus::Kind;
    const QDateTime today = QDateTime::currentDateTimeUtc();
    QTest::newRow("valid") << path("bundle-server-chain.pem") << "db.example.com"
                           << path("cert-root-rsa4096.pem") << today << K::Valid << "Valid";
    // Ten days and an hour before the end of the certificate's validity.
    const QDateTime soon = CertificateLoader::loadFile(path("cert-server-p256.pem"))
                                   .certificates.value(0)
                                   .notAfter.addDays(-10)
                                   .addSecs(-3600);
    QTest::newRow("expires soon") << path("cert-server-p256.pem") << ""
                                  << "" << soon << K::ExpiresSoon << "Expires in 10 day(s)";
    QTest::newRow("expired") << path("cert-expired.pem") << ""
                             << "" << today << K::Expired << "Expired";
    QTest::newRow("not yet valid") << path("cert-not-yet-valid.pem") << ""
                                   << "" << today << K::NotYetValid << "Not yet valid";
    QTest::newRow("self-signed") << path("cert-selfsigned-p256.pem") << ""
                                 << "" << today << K::SelfSigned << "Self-signed";
    QTest::newRow("untrusted") << path("bundle-server-chain.pem") << ""
                               << path("cert-root-rsa2048.pem") << today << K::Untrusted
                               << "Untrusted";
    QTest::newRow("name mismatch") << path("cert-server-p256.pem") << "db.example.com"
                                   << "" << today << K::NameMismatch << "Name mismatch";
}

void tst_CertificateViewer::badges()
{
    QFETCH(QString, file);
    QFETCH(QString, host);
    QFETCH(QString, caFile);
    QFETCH(QDateTime, now);
    QFETCH(CertificateStatus::Kind, kind);
    QFETCH(QString, text);
    CertificateViewer viewer;
    viewer.setNow(now);
    viewer.setHost(host);
    viewer.setCaFile(caFile);
    QVERIFY(viewer.openFile(file));
    QCOMPARE(viewer.statusOf(0).kind, kind);
    QCOMPARE(viewer.statusOf(0).text, text);
    QVERIFY(!viewer.statusOf(0).details.isEmpty() || kind == CertificateStatus::Kind::Untrusted);
    if (kind == CertificateStatus::Kind::Valid) {
        // Verified: the root from the CA file tops the tree.
        QCOMPARE(viewer.certificateCount(), 3);
        QCOMPARE(viewer.chainModel()->index(0, 0).data(CertificateChainModel::CertificateIndexRole),
                 QVariant(2));
        QVERIFY(viewer.chainModel()->index(0, 0).data().toString().startsWith(
                QLatin1String("sslcm Test Root CA")));
    }
    // Words, not only colour: the badge text is on screen and in the chain node.
    bool shown = false;
    for (QLabel *label : viewer.findChildren<QLabel *>())
        shown = shown || label->text() == text;
    QVERIFY(shown);
    const QModelIndex node = viewer.chainModel()->indexOfCertificate(0);
    QVERIFY(node.data().toString().contains(text));
    QVERIFY(node.data(Qt::AccessibleTextRole).toString().contains(text));
}

void tst_CertificateViewer::selectingANodeShowsItsDetails()
{
    CertificateViewer viewer;
    QVERIFY(viewer.openFile(path("bundle-server-chain.pem")));
    QCOMPARE(viewer.certificateCount(), 2);
    auto *fingerprint = viewer.findChild<QLineEdit *>(QStringLiteral("fingerprint"));
    const CertificateInfo leaf = viewer.chainModel()->certificate(0);
    QCOMPARE(fingerprint->text(), CertificateDisplay::fingerprint(leaf.sha256));

    auto *view = viewer.findChild<QTreeView *>(QStringLiteral("chainView"));
    QSignalSpy selected(&viewer, &CertificateViewer::selectionChanged);
    view->setCurrentIndex(viewer.chainModel()->index(0, 0)); // the intermediate, at the top
    QCOMPARE(selected.count(), 1);
    const CertificateInfo *shown = viewer.selectedCertificate();
    QVERIFY(shown);
    QCOMPARE(shown->displayName(), QStringLiteral("sslcm Test Intermediate CA"));
    QCOMPARE(fingerprint->text(), CertificateDisplay::fingerprint(shown->sha256));
    auto *pem = viewer.findChild<QPlainTextEdit *>(QStringLiteral("pem"));
    QCOMPARE(pem->toPlainText(), shown->pem());

    // Keyboard: Down moves to the leaf.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(viewer.selectedCertificate()->displayName(), QStringLiteral("db.example.com"));
}

void tst_CertificateViewer::detailsShowCriticalFlagAndUtcOnHover()
{
    CertificateViewer viewer;
    QVERIFY(viewer.openFile(path("cert-root-rsa4096.pem")));
    CertificateDetailsModel *model = viewer.detailsModel();
    QModelIndex extensions;
    QModelIndex validity;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString field = model->index(r, 0).data().toString();
        if (field == QLatin1String("Extensions"))
            extensions = model->index(r, 0);
        if (field == QLatin1String("Validity"))
            validity = model->index(r, 0);
    }
    QVERIFY(extensions.isValid() && validity.isValid());
    QStringList critical;
    for (int r = 0; r < model->rowCount(extensions); ++r)
        critical << model->index(r, 0, extensions).data().toString() + QLatin1Char('=')
                        + model->index(r, CertificateDetailsModel::CriticalColumn, extensions)
                                  .data()
                                  .toString();
    QVERIFY(critical.contains(QStringLiteral("X509v3 Basic Constraints=critical")));
    QVERIFY(critical.contains(QStringLiteral("X509v3 Subject Key Identifier=not critical")));
    const QModelIndex notAfter = model->index(1, CertificateDetailsModel::ValueColumn, validity);
    QVERIFY(notAfter.data(Qt::ToolTipRole).toString().endsWith(QLatin1String(" UTC")));
    QVERIFY(notAfter.data().toString().contains(QLatin1String("+00:00"))); // TZ=UTC in tests
}

void tst_CertificateViewer::copyAndSave()
{
    CertificateViewer viewer;
    QVERIFY(viewer.openFile(path("cert-server-ed25519-crlf.pem")));
    const CertificateInfo leaf = *viewer.selectedCertificate();
    QPushButton *copy = nullptr;
    for (QPushButton *b : viewer.findChildren<QPushButton *>())
        if (b->accessibleName() == QLatin1String("Copy SHA-256 fingerprint"))
            copy = b;
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), CertificateDisplay::fingerprint(leaf.sha256));

    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("saved.pem"));
    QCOMPARE(viewer.savePem(target), QString());
    const CertificateLoadResult saved = CertificateLoader::loadFile(target);
    QVERIFY(saved.ok());
    QCOMPARE(saved.certificates.first().sha256, leaf.sha256);
    QVERIFY(!viewer.savePem(dir.filePath(QStringLiteral("no/such/folder/x.pem"))).isEmpty());
}

void tst_CertificateViewer::dropOpensTheFile()
{
    CertificateViewer viewer;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path("bundle-pkcs7.p7b"))});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&viewer, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QSignalSpy changed(&viewer, &CertificateViewer::certificatesChanged);
    QApplication::sendEvent(&viewer, &drop);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(viewer.certificateCount(), 3);

    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://example.com/ca.pem"))});
    QDragEnterEvent refused(QPoint(5, 5), Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&viewer, &refused);
    QVERIFY(!refused.isAccepted());
}

void tst_CertificateViewer::notACertificate()
{
    CertificateViewer viewer;
    QVERIFY(!viewer.openFile(path("key-server-p256.pem")));
    QCOMPARE(viewer.certificateCount(), 0);
    QVERIFY(viewer.problem().contains(QLatin1String("private key, not a certificate")));
    QVERIFY(!viewer.selectedCertificate());
    bool shown = false;
    for (QLabel *label : viewer.findChildren<QLabel *>())
        shown = shown || label->text() == viewer.problem();
    QVERIFY(shown);
}

void tst_CertificateViewer::compareWithCaFile()
{
    CertificateViewer viewer;
    QVERIFY(viewer.openFile(path("bundle-server-chain.pem")));
    QVERIFY(viewer.comparisonText().isEmpty());
    // The right root: the chain leads there.
    viewer.compareWithCaFile(path("cert-root-rsa4096.pem"));
    QVERIFY2(viewer.comparisonText().contains(QLatin1String("leads to"))
                     && viewer.comparisonText().contains(QLatin1String("sslcm Test Root CA")),
             qPrintable(viewer.comparisonText()));
    QCOMPARE(viewer.statusOf(0).kind == CertificateStatus::Kind::Untrusted, false);
    // An unrelated root: it does not, and says which issuer the chain names and what the file
    // holds.
    viewer.compareWithCaFile(path("cert-root-rsa2048.pem"));
    const QString text = viewer.comparisonText();
    QVERIFY2(text.contains(QLatin1String("does not lead")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("CN=sslcm Test Root CA")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Unrelated Root CA")), qPrintable(text));
}

void tst_CertificateViewer::everyInteractiveWidgetIsNamed()
{
    CertificateViewer viewer;
    QVERIFY(viewer.openFile(path("bundle-server-chain.pem")));
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QStringList unnamed;
    for (QWidget *w : viewer.findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w)
                || qobject_cast<QProgressBar *>(w) || qobject_cast<QTabWidget *>(w);
        // Header sections are announced through their view's columns.
        if (!interactive || !w->isVisibleTo(&viewer) || qobject_cast<QHeaderView *>(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QString::fromLatin1(w->metaObject()->className());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

// Not a check: with SSLCM_SCREENSHOT_DIR set (under Xvfb) it saves the README's screenshots.
void tst_CertificateViewer::screenshots()
{
    const QString dir = qEnvironmentVariable("SSLCM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set SSLCM_SCREENSHOT_DIR to save screenshots");
    const struct
    {
        const char *file;
        const char *host;
        const char *name;
    } shots[] = {{"bundle-server-chain.pem", "db.example.com", "viewer-healthy.png"},
                 {"cert-expired.pem", "", "viewer-expired.png"}};
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
    for (const auto &shot : shots) {
        CertificateViewer viewer;
        viewer.resize(1000, 680);
        viewer.setHost(QString::fromLatin1(shot.host));
        viewer.setCaFile(path("cert-root-rsa4096.pem"));
        QVERIFY(viewer.openFile(path(shot.file)));
        viewer.setWindowTitle(QFileInfo(path(shot.file)).fileName());
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QTest::qWait(200); // let the window manager-less X server settle the first paint
        const QPixmap pixmap = viewer.screen()->grabWindow(viewer.winId());
        QVERIFY(pixmap.save(dir + QLatin1Char('/') + QString::fromLatin1(shot.name)));
    }
}

QTEST_MAIN(tst_CertificateViewer)
#include "tst_certificateviewer.moc"
