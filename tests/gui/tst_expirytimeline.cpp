// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DarkPalette.h"
#include "AuditFixtures.h"
#include "audit/ExpiryTimeline.h"
#include "audit/KnownCertificates.h"
#include "StatusColors.h"
#include "certs/CertificateViewer.h"

#include <QDialog>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace AuditFixtures;

class tst_ExpiryTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void lanesPerConnectionFromAuditAndFiles();
    void markersOnTheTimeAxis();
    void colourSaysExpiredSoonOrValid();
    void keyboardMovesBetweenCertificates();
    void enterOpensTheViewer();
    void clickOpensTheViewer();
    void emptyTimelineSaysWhy();

private:
    CertificateViewer *openViewer() const;

    QTemporaryDir m_dir;
    Profile m_prod;
    Profile m_stage;
    CertificateInfo m_server;      // 20 days
    CertificateInfo m_ca;          // 400 days
    CertificateInfo m_client;      // 90 days
    CertificateInfo m_stageServer; // 200 days
};

void tst_ExpiryTimeline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_server = makeCertificate(m_dir.path(), QStringLiteral("db.prod.example"), 20);
    m_ca = makeCertificate(m_dir.path(), QStringLiteral("Prod CA"), 400);
    m_client = makeCertificate(m_dir.path(), QStringLiteral("app-client"), 90);
    m_stageServer = makeCertificate(m_dir.path(), QStringLiteral("db.stage.example"), 200);
    m_prod = profile(QStringLiteral("Production"), QStringLiteral("db.prod.example"));
    m_prod.caFile = m_dir.filePath(QStringLiteral("Prod CA.pem"));
    m_prod.clientCertificate = m_dir.filePath(QStringLiteral("app-client.pem"));
    m_stage = profile(QStringLiteral("Staging"), QStringLiteral("db.stage.example"));
}

void tst_ExpiryTimeline::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w))
            delete w;
    }
}

CertificateViewer *tst_ExpiryTimeline::openViewer() const
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String("certificatePreview") && w->isVisible())
            return w->findChild<CertificateViewer *>();
    }
    return nullptr;
}

void tst_ExpiryTimeline::lanesPerConnectionFromAuditAndFiles()
{
    // Production: its server's certificate from the audit, its CA file and client certificate
    // from the files. Staging has no audit and no files: no lane. The audit's result of the
    // staging server is used when there is one.
    const AuditResult prod = result(
            m_prod, {}, {AuditCertificate::from(m_server, AuditCertificate::Source::ServerChain)});
    QList<KnownCertificate> known = KnownCertificates::collect({m_prod, m_stage}, {prod});
    QCOMPARE(known.size(), 3);
    QCOMPARE(known.at(0).certificate.subject, m_server.subjectLine());
    QCOMPARE(known.at(1).certificate.source, AuditCertificate::Source::CaFile);
    QCOMPARE(known.at(1).certificate.file, m_prod.caFile);
    QCOMPARE(known.at(2).certificate.source, AuditCertificate::Source::ClientCertificate);

    const AuditResult stage = result(
            m_stage, {},
            {AuditCertificate::from(m_stageServer, AuditCertificate::Source::ServerChain)});
    known = KnownCertificates::collect({m_prod, m_stage}, {prod, stage});
    ExpiryTimeline timeline;
    timeline.setCertificates(known);
    QCOMPARE(timeline.laneNames(),
             QStringList({QStringLiteral("Production"), QStringLiteral("Staging")}));
    QCOMPARE(timeline.laneOf(0), 0);
    QCOMPARE(timeline.laneOf(3), 1);
    QVERIFY(!timeline.accessibleName().isEmpty());
}

void tst_ExpiryTimeline::markersOnTheTimeAxis()
{
    const AuditResult prod = result(
            m_prod, {}, {AuditCertificate::from(m_server, AuditCertificate::Source::ServerChain)});
    ExpiryTimeline timeline;
    timeline.resize(1000, 300);
    timeline.setCertificates(KnownCertificates::collect({m_prod}, {prod}));
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    // Sooner is further left: 20 days < 90 days < 400 days.
    const QRect server = timeline.markerRect(0);
    const QRect ca = timeline.markerRect(1);
    const QRect client = timeline.markerRect(2);
    QVERIFY(server.center().x() < client.center().x());
    QVERIFY(client.center().x() < ca.center().x());
    // One lane: the same height.
    QCOMPARE(server.center().y(), ca.center().y());
    QVERIFY(timeline.rect().contains(ca));
    QCOMPARE(timeline.certificateAt(client.center()), 2);
}

// Red, orange and green markers, each standing out from the background in a light and in a
// dark theme (a dark Fusion palette): not colours made for a white page only.
void tst_ExpiryTimeline::colourSaysExpiredSoonOrValid()
{
    const AuditResult prod = result(
            m_prod, {}, {AuditCertificate::from(m_server, AuditCertificate::Source::ServerChain)});
    // A widget does not own the style it is given.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    for (const bool dark : {false, true}) {
        ExpiryTimeline timeline;
        timeline.setStyle(fusion.get());
        const QPalette palette = dark ? darkPalette() : timeline.style()->standardPalette();
        timeline.setPalette(palette);
        timeline.resize(1000, 300);
        timeline.setCertificates(KnownCertificates::collect({m_prod}, {prod}));
        timeline.setWarnDays(30);
        // Seen 60 days from now: the server certificate has expired (red), the client
        // certificate expires within 30 days (orange), the CA is fine (green).
        timeline.setNow(QDateTime::currentDateTimeUtc().addDays(60));
        const QImage image = timeline.grab().toImage();
        const QColor base = image.pixelColor(2, 2);
        QCOMPARE(base, palette.color(QPalette::Base));
        const auto check = [&](int index, int hueFrom, int hueTo) {
            const QColor colour = image.pixelColor(timeline.markerRect(index).center());
            const int hue = colour.hslHue();
            const double contrast = StatusColors::contrastRatio(colour, base);
            const QString what
                    = QStringLiteral("%1 theme, marker %2: %3, contrast %4")
                              .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
                              .arg(index)
                              .arg(colour.name())
                              .arg(contrast, 0, 'f', 1);
            QVERIFY2(hueFrom <= hueTo ? hue >= hueFrom && hue <= hueTo
                                      : hue >= hueFrom || hue <= hueTo,
                     qPrintable(what));
            QVERIFY2(contrast >= 4.5, qPrintable(what));
        };
        check(0, 345, 15); // expired: red
        check(2, 20, 45);  // soon: orange
        check(1, 90, 160); // valid: green
    }
    // The words say so too.
    ExpiryTimeline timeline;
    timeline.setCertificates(KnownCertificates::collect({m_prod}, {prod}));
    timeline.setWarnDays(30);
    timeline.setNow(QDateTime::currentDateTimeUtc().addDays(60));
    timeline.setCurrentIndex(0);
    QVERIFY2(timeline.accessibleDescription().contains(QLatin1String("expired")),
             qPrintable(timeline.accessibleDescription()));
    QVERIFY(timeline.accessibleDescription().contains(QLatin1String("Production")));
}

void tst_ExpiryTimeline::keyboardMovesBetweenCertificates()
{
    const AuditResult prod = result(
            m_prod, {}, {AuditCertificate::from(m_server, AuditCertificate::Source::ServerChain)});
    const AuditResult stage = result(
            m_stage, {},
            {AuditCertificate::from(m_stageServer, AuditCertificate::Source::ServerChain)});
    ExpiryTimeline timeline;
    timeline.resize(1000, 300);
    timeline.setCertificates(KnownCertificates::collect({m_prod, m_stage}, {prod, stage}));
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    timeline.setFocus();
    QCOMPARE(timeline.focusPolicy(), Qt::StrongFocus);
    // Starts at the first lane's soonest: the server certificate (20 days).
    QCOMPARE(timeline.currentIndex(), 0);
    QTest::keyClick(&timeline, Qt::Key_Right); // client certificate (90 days)
    QCOMPARE(timeline.currentIndex(), 2);
    QTest::keyClick(&timeline, Qt::Key_Right); // CA (400 days)
    QCOMPARE(timeline.currentIndex(), 1);
    QTest::keyClick(&timeline, Qt::Key_Right); // the lane's last: stays
    QCOMPARE(timeline.currentIndex(), 1);
    QTest::keyClick(&timeline, Qt::Key_Left);
    QCOMPARE(timeline.currentIndex(), 2);
    QTest::keyClick(&timeline, Qt::Key_Down); // Staging's only one
    QCOMPARE(timeline.currentIndex(), 3);
    QVERIFY(timeline.accessibleDescription().contains(QLatin1String("db.stage.example")));
    QTest::keyClick(&timeline, Qt::Key_Up);
    QCOMPARE(timeline.laneOf(timeline.currentIndex()), 0);
    QTest::keyClick(&timeline, Qt::Key_End);
    QCOMPARE(timeline.currentIndex(), 3);
    QTest::keyClick(&timeline, Qt::Key_Home);
    QCOMPARE(timeline.currentIndex(), 0);
}

void tst_ExpiryTimeline::enterOpensTheViewer()
{
    const AuditResult prod = result(
            m_prod, {}, {AuditCertificate::from(m_server, AuditCertificate::Source::ServerChain)});
    QWidget window;
    auto *timeline = new ExpiryTimeline(&window);
    timeline->resize(1000, 300);
    timeline->setCertificates(KnownCertificates::collect({m_prod}, {prod}));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    timeline->setFocus();
    QSignalSpy opened(timeline, &ExpiryTimeline::certificateOpened);
    QTest::keyClick(timeline, Qt::Key_Right); // the client certificate
    QTest::keyClick(timeline, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    CertificateViewer *viewer = openViewer();
    QVERIFY(viewer);
    QVERIFY(viewer->selectedCertificate());
    QCOMPARE(viewer->selectedCertificate()->sha256, m_client.sha256);
}

void tst_ExpiryTimeline::clickOpensTheViewer()
{
    const AuditResult prod = result(
            m_prod, {}, {AuditCertificate::from(m_server, AuditCertificate::Source::ServerChain)});
    QWidget window;
    auto *timeline = new ExpiryTimeline(&window);
    timeline->resize(1000, 300);
    timeline->setCertificates(KnownCertificates::collect({m_prod}, {prod}));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->markerRect(1).center());
    QCOMPARE(timeline->currentIndex(), 1);
    CertificateViewer *viewer = openViewer();
    QVERIFY(viewer);
    QCOMPARE(viewer->selectedCertificate()->sha256, m_ca.sha256);
}

void tst_ExpiryTimeline::emptyTimelineSaysWhy()
{
    ExpiryTimeline timeline;
    timeline.setCertificates(KnownCertificates::collect({m_stage}, {}));
    QCOMPARE(timeline.currentIndex(), -1);
    QVERIFY(timeline.laneNames().isEmpty());
    QVERIFY(!timeline.accessibleDescription().isEmpty());
    // Keys do nothing harmful.
    QTest::keyClick(&timeline, Qt::Key_Right);
    QTest::keyClick(&timeline, Qt::Key_Return);
    QCOMPARE(openViewer(), nullptr);
}

QTEST_MAIN(tst_ExpiryTimeline)
#include "tst_expirytimeline.moc"
