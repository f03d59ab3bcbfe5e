// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How the windows read at their first size, on a 1366×768 screen (the offscreen platform, told
// its screen's size by a config file): every column of the list shown and none of its texts
// elided, short verdicts in the list with the sentence in the tooltip, one mark per cell or
// label, each stage's detail readable in a narrow details pane.
#include "MainWindow.h"
#include "ProfileDetailsPane.h"
#include "ProfileListModel.h"
#include "Translations.h"
#include "mysql/ConnectionReport.h"
#include "profile/LastTestResult.h"
#include "profile/ProfileStore.h"
#include "WrappingLabel.h"
#include "report/TestReportView.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

namespace {
const QList<QChar> glyphMarks = {u'✓', u'✗', u'⚠'};

bool hasGlyphMark(const QString &text)
{
    for (QChar mark : glyphMarks) {
        if (text.contains(mark))
            return true;
    }
    return false;
}
} // namespace

class tst_WindowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstWindowShowsEveryColumnUnelided();
    void listShowsShortVerdictsWithTheSentenceInTheTooltip();
    void noCellHasAnIconAndAGlyph();
    void stageDetailsWrapInANarrowPane();
    void reportSaysTheVerdictOnce();
    void namesStayWholeWhenTestsComeLater();
    void longWordsWrapInTheDetailsPane();

private:
    Profile addTested(const QString &name, const QString &host, ConnectionReport::Verdict verdict);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
};

void tst_WindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)),
             QLocale::English);
    QCOMPARE(QGuiApplication::primaryScreen()->size(), QSize(1366, 768));
}

void tst_WindowLayout::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings().clear();
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    m_store->load();
}

void tst_WindowLayout::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

Profile tst_WindowLayout::addTested(const QString &name, const QString &host,
                                    ConnectionReport::Verdict verdict)
{
    Profile p = Profile::create();
    p.name = name;
    p.host = host;
    p.user = QStringLiteral("sslcm_plain");
    ConnectionReport report;
    report.verdict = verdict;
    report.startedUtc = QDateTime::currentDateTimeUtc();
    report.explanation.summary = QStringLiteral("The server's certificate was not checked.");
    LastTestResult::record(p, report);
    if (!m_store->add(p))
        qFatal("could not add a profile");
    return p;
}

void tst_WindowLayout::firstWindowShowsEveryColumnUnelided()
{
    addTested(QStringLiteral("Local demo — server verified"), QStringLiteral("127.0.0.1"),
              ConnectionReport::Verdict::SecureVerified);
    addTested(QStringLiteral("Payments (client certificate)"),
              QStringLiteral("staging.db.example.com"),
              ConnectionReport::Verdict::EncryptedUnverified);
    addTested(QStringLiteral("Legacy reporting"), QStringLiteral("127.0.0.1"),
              ConnectionReport::Verdict::Plaintext);
    Profile missing = Profile::create();
    missing.name = QStringLiteral("Staging");
    missing.host = QStringLiteral("db.example.com");
    missing.caFile = m_dir->filePath(QStringLiteral("gone.pem"));
    QVERIFY(m_store->add(missing));

    MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<QTreeView *>(QStringLiteral("profileView"));
    QVERIFY(view);
    QCoreApplication::processEvents();

    QVERIFY(window.frameGeometry().width() <= 1366);
    QVERIFY2(!view->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("list %1 wide, its columns %2")
                                .arg(view->viewport()->width())
                                .arg(view->header()->length())));
    // Every text fits its column: the name's too, which gets the width left over.
    const QAbstractItemModel *model = view->model();
    const int iconRoom = view->iconSize().width() > 0
            ? view->iconSize().width()
            : view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QString text = index.data().toString();
            int needed = view->fontMetrics().horizontalAdvance(text);
            if (!index.data(Qt::DecorationRole).isNull())
                needed += iconRoom;
            QVERIFY2(needed < view->header()->sectionSize(column),
                     qPrintable(QStringLiteral("“%1” needs %2 px, its column has %3")
                                        .arg(text)
                                        .arg(needed)
                                        .arg(view->header()->sectionSize(column))));
        }
    }
    // The spare width goes to the name.
    QVERIFY(view->header()->sectionSize(ProfileListModel::NameColumn)
            >= view->header()->sectionSize(ProfileListModel::AddressColumn));
}

void tst_WindowLayout::listShowsShortVerdictsWithTheSentenceInTheTooltip()
{
    const QList<ConnectionReport::Verdict> verdicts
            = {ConnectionReport::Verdict::SecureVerified,
               ConnectionReport::Verdict::EncryptedUnverified, ConnectionReport::Verdict::Plaintext,
               ConnectionReport::Verdict::Failed};
    const QStringList shortTexts
            = {QStringLiteral("Verified"), QStringLiteral("Encrypted, not verified"),
               QStringLiteral("Plain text"), QStringLiteral("Failed")};
    for (int i = 0; i < verdicts.size(); ++i)
        addTested(QStringLiteral("p%1").arg(i), QStringLiteral("db"), verdicts.at(i));
    ProfileListModel model(m_store.get());
    for (int i = 0; i < verdicts.size(); ++i) {
        const QModelIndex cell = model.index(i, ProfileListModel::LastTestColumn);
        QCOMPARE(cell.data().toString(), shortTexts.at(i));
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(ConnectionReport::verdictText(verdicts.at(i))), qPrintable(tip));
        QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
    }
}

void tst_WindowLayout::noCellHasAnIconAndAGlyph()
{
    addTested(QStringLiteral("Orders"), QStringLiteral("db"),
              ConnectionReport::Verdict::SecureVerified);
    Profile missing = Profile::create();
    missing.name = QStringLiteral("Staging");
    missing.caFile = m_dir->filePath(QStringLiteral("gone.pem"));
    QVERIFY(m_store->add(missing));
    ProfileListModel model(m_store.get());
    int withIcon = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            if (index.data(Qt::DecorationRole).isNull())
                continue;
            ++withIcon;
            QVERIFY2(!hasGlyphMark(index.data().toString()), qPrintable(index.data().toString()));
        }
    }
    QVERIFY(withIcon >= 5); // SSL mode ×2, last test ×2, the missing CA file

    // The report: stage results and the banner carry their icon, and no glyph beside it.
    ConnectionReport report;
    report.verdict = ConnectionReport::Verdict::Failed;
    for (TestStage::Id id : TestStage::all()) {
        TestStage stage;
        stage.id = id;
        stage.status = id == TestStage::Id::CertificateCheck ? TestStage::Status::Failed
                : id > TestStage::Id::CertificateCheck       ? TestStage::Status::Skipped
                                                             : TestStage::Status::Passed;
        stage.elapsedMs = 3;
        report.stages << stage;
    }
    TestReportView view;
    view.setReport(report);
    int icons = 0;
    for (const TestReportView::ShownStage &row : view.shownStages()) {
        const bool icon = !row.icon->pixmap().isNull();
        icons += icon ? 1 : 0;
        QVERIFY2(!hasGlyphMark(row.result->text()), qPrintable(row.result->text()));
        QVERIFY(!row.icon->accessibleName().isEmpty() || !icon);
    }
    QCOMPARE(icons, 5); // four passed, one failed
    QVERIFY(!view.bannerIcon()->pixmap().isNull());
    QVERIFY2(!hasGlyphMark(view.bannerTitle()->text()), qPrintable(view.bannerTitle()->text()));
    QCOMPARE(view.bannerIcon()->accessibleName(), view.bannerTitle()->text());
}

void tst_WindowLayout::stageDetailsWrapInANarrowPane()
{
    ConnectionReport report;
    report.verdict = ConnectionReport::Verdict::SecureVerified;
    const QString longDetail = QStringLiteral(
            "the chain verified against /etc/ssl/private/sslcm/ca-bundle-for-production.pem, and "
            "the server's name matched its certificate");
    for (TestStage::Id id : TestStage::all()) {
        TestStage stage;
        stage.id = id;
        stage.status = TestStage::Status::Passed;
        stage.elapsedMs = 12;
        stage.detail = id == TestStage::Id::CertificateCheck ? longDetail : QString();
        report.stages << stage;
    }
    QWidget pane;
    pane.resize(360, 700);
    auto *view = new TestReportView(&pane);
    view->setGeometry(0, 0, 360, 700);
    view->setReport(report);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCoreApplication::processEvents();
    // Nothing wider than the pane; the detail wraps under its stage and is whole.
    QVERIFY2(view->stageList()->width() <= 360, qPrintable(QString::number(view->width())));
    for (const TestReportView::ShownStage &row : view->shownStages()) {
        for (const QLabel *label : {row.title, row.result, row.time}) {
            QVERIFY2(label->geometry().right() < view->stageList()->width(),
                     qPrintable(label->text()));
            if (!label->wordWrap())
                QVERIFY2(label->fontMetrics().horizontalAdvance(label->text())
                                 <= label->contentsRect().width(),
                         qPrintable(label->text()));
        }
        if (row.id != TestStage::Id::CertificateCheck) {
            QVERIFY(!row.detail->isVisible());
            continue;
        }
        QVERIFY(row.detail->isVisible());
        QCOMPARE(row.detail->fullText(), longDetail);
        QVERIFY(row.detail->wordWrap());
        QVERIFY(row.detail->geometry().right() < view->stageList()->width());
        QVERIFY(row.detail->geometry().top() > row.title->geometry().top());
        QVERIFY(row.detail->height() >= row.detail->heightForWidth(row.detail->width()));
    }
}

void tst_WindowLayout::reportSaysTheVerdictOnce()
{
    ConnectionReport report;
    report.verdict = ConnectionReport::Verdict::Failed;
    report.explanation.summary = QStringLiteral("The server offers no TLS.");
    report.explanation.cause = QStringLiteral("It was started without a certificate.");
    TestReportView view;
    view.setReport(report);
    const QString banner = view.bannerText();
    QCOMPARE(view.bannerTitle()->text(),
             ConnectionReport::verdictShortText(ConnectionReport::Verdict::Failed));
    QCOMPARE(banner.count(report.explanation.summary), 1);
    const QLabel *explanation = view.findChild<QLabel *>(QStringLiteral("explanation"));
    QVERIFY(explanation);
    QVERIFY(!explanation->text().contains(report.explanation.summary));
    QVERIFY(explanation->text().contains(report.explanation.cause));

    report.verdict = ConnectionReport::Verdict::SecureVerified;
    report.totalMs = 19;
    view.setReport(report);
    // "Secure: encrypted, and the server proved its identity." once, not again in other words.
    QCOMPARE(view.bannerText().count(QStringLiteral("encrypted"), Qt::CaseInsensitive), 1);
}

// The first window is sized before any test: when the tests come, their verdicts ("Encrypted,
// not verified") are wider than "never tested", and the Name column, which gets the width left
// over, must still show every name whole.
void tst_WindowLayout::namesStayWholeWhenTestsComeLater()
{
    QList<QUuid> ids;
    for (const QString &name :
         {QStringLiteral("Analytics warehouse"), QStringLiteral("Payments (client certificate)"),
          QStringLiteral("Legacy reporting")}) {
        Profile p = Profile::create();
        p.name = name;
        p.host = QStringLiteral("127.0.0.1");
        p.port = 3306;
        p.user = QStringLiteral("sslcm_plain");
        QVERIFY(m_store->add(p));
        ids << p.id;
    }
    MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<QTreeView *>(QStringLiteral("profileView"));
    QVERIFY(view);
    for (const QUuid &id : std::as_const(ids)) {
        ConnectionReport report;
        report.verdict = ConnectionReport::Verdict::EncryptedUnverified;
        report.startedUtc = QDateTime::currentDateTimeUtc();
        QVERIFY(m_store->recordTest(id, report).ok);
    }
    QCoreApplication::processEvents();
    const QAbstractItemModel *model = view->model();
    const int lastTest = ProfileListModel::LastTestColumn;
    QCOMPARE(model->index(0, lastTest).data().toString(),
             ConnectionReport::verdictShortText(ConnectionReport::Verdict::EncryptedUnverified));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex name = model->index(row, ProfileListModel::NameColumn);
        QVERIFY2(view->sizeHintForIndex(name).width()
                         <= view->header()->sectionSize(ProfileListModel::NameColumn),
                 qPrintable(name.data().toString()));
        const QModelIndex verdict = model->index(row, lastTest);
        QVERIFY2(view->sizeHintForIndex(verdict).width() <= view->header()->sectionSize(lastTest),
                 qPrintable(verdict.data().toString()));
    }
    QVERIFY(!view->horizontalScrollBar()->isVisible());
}

// A long path has no spaces to wrap at: the details pane still fits a narrow width (its long
// words break), and what is copied from it is the path as it is.
void tst_WindowLayout::longWordsWrapInTheDetailsPane()
{
    Profile p = Profile::create();
    p.name = QStringLiteral("Orders");
    p.host = QStringLiteral("db.example.com");
    p.caFile = QStringLiteral("/srv/certificates/production-databases/orders-eu-west-1/"
                              "rds-combined-ca-bundle-2026.pem");
    ProfileDetailsPane pane;
    pane.resize(260, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showProfile(p);
    QCoreApplication::processEvents();
    QVERIFY2(pane.minimumSizeHint().width() <= 260,
             qPrintable(QString::number(pane.minimumSizeHint().width())));
    WrappingLabel *path = nullptr;
    const auto labels = pane.findChildren<WrappingLabel *>();
    for (WrappingLabel *label : labels) {
        if (label->fullText() == p.caFile)
            path = label;
    }
    QVERIFY(path);
    QVERIFY(path->isVisible());
    QVERIFY2(path->geometry().right() < pane.width(), qPrintable(QString::number(path->width())));
    QVERIFY(path->height() >= path->heightForWidth(path->width()));
    QVERIFY(path->height() > 2 * path->fontMetrics().height()); // wrapped

    path->setSelection(0, int(path->text().size()));
    QApplication::clipboard()->clear();
    path->setFocus();
    QTest::keySequence(path, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), p.caFile);
}

int main(int argc, char **argv)
{
    // A 1366×768 screen, the size sslcm is laid out for (the offscreen default is 800×600).
    QTemporaryDir config;
    const QString file = config.filePath(QStringLiteral("screen.json"));
    QFile json(file);
    if (!json.open(QIODevice::WriteOnly)
        || json.write(R"({"screens": [{"name": "screen", "x": 0, "y": 0, "width": 1366,
                          "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                < 0)
        return 1;
    json.close();
    qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(file).toLocal8Bit());
    QApplication app(argc, argv);
    tst_WindowLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowlayout.moc"
