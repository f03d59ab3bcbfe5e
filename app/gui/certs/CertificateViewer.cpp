// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certs/CertificateViewer.h"

#include "cert/CertificateChecks.h"
#include "cert/CertificateDisplay.h"
#include "cert/CertificateLoader.h"
#include "cert/ChainVerifier.h"
#include "cert/HostnameMatch.h"
#include "certs/CertificateChainModel.h"
#include "certs/CertificateDetailsModel.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QDir>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

CertificateViewer::CertificateViewer(QWidget *parent)
    : QWidget(parent)
    , m_chainModel(new CertificateChainModel(this))
    , m_detailsModel(new CertificateDetailsModel(this))
{
    setAcceptDrops(true);
    setWindowTitle(tr("Certificate"));

    auto *top = new QHBoxLayout;
    m_sourceLabel = selectableLabel(this);
    m_sourceLabel->setText(tr("Open a certificate file or drop one here."));
    m_open = new QPushButton(tr("&Open…"), this);
    m_open->setToolTip(tr("Open a certificate file (PEM, DER or PKCS#7)"));
    m_open->setShortcut(QKeySequence::Open);
    m_compare = new QPushButton(tr("Compare with CA &File…"), this);
    m_compare->setToolTip(tr("Check whether this chain leads to the CA certificates in a file"));
    m_compare->setAccessibleName(tr("Compare with CA file"));
    top->addWidget(m_sourceLabel, 1);
    top->addWidget(m_compare);
    top->addWidget(m_open);
    m_comparison = selectableLabel(this);
    m_comparison->setObjectName(QStringLiteral("caComparison"));
    m_comparison->setWordWrap(true);
    m_comparison->hide();

    // Summary: the badge, then the facts people ask about first.
    auto *summary = new QFrame(this);
    summary->setFrameShape(QFrame::StyledPanel);
    summary->setAccessibleName(tr("Summary"));
    auto *badge = new QHBoxLayout;
    m_badgeIcon = new QLabel(summary);
    m_badgeText = new QLabel(summary);
    m_badgeText->setObjectName(QStringLiteral("badgeText"));
    QFont bold = m_badgeText->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    m_badgeText->setFont(bold);
    m_badgeDetails = selectableLabel(summary);
    m_badgeDetails->setObjectName(QStringLiteral("badgeDetails"));
    badge->addWidget(m_badgeIcon);
    badge->addWidget(m_badgeText);
    badge->addWidget(m_badgeDetails, 1);

    auto *form = new QFormLayout;
    m_issuedTo = selectableLabel(summary);
    m_issuedBy = selectableLabel(summary);
    m_validity = selectableLabel(summary);
    m_timeLeft = new QProgressBar(summary);
    m_timeLeft->setRange(0, 1000);
    m_timeLeft->setObjectName(QStringLiteral("timeLeft"));
    m_timeLeft->setAccessibleName(tr("Time left until expiry"));
    m_fingerprint = new QLineEdit(summary);
    m_fingerprint->setReadOnly(true);
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setAccessibleName(tr("SHA-256 fingerprint"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_fingerprint->setFont(mono);
    m_copyFingerprint = new QPushButton(tr("Copy"), summary);
    m_copyFingerprint->setAccessibleName(tr("Copy SHA-256 fingerprint"));
    m_copyFingerprint->setToolTip(tr("Copy the SHA-256 fingerprint to the clipboard"));
    auto *fingerprintRow = new QHBoxLayout;
    fingerprintRow->addWidget(m_fingerprint, 1);
    fingerprintRow->addWidget(m_copyFingerprint);
    m_keyType = selectableLabel(summary);
    form->addRow(tr("Issued to:"), m_issuedTo);
    form->addRow(tr("Issued by:"), m_issuedBy);
    form->addRow(tr("Valid:"), m_validity);
    form->addRow(tr("Time left:"), m_timeLeft);
    form->addRow(tr("SHA-256:"), fingerprintRow);
    form->addRow(tr("Key:"), m_keyType);
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->addLayout(badge);
    summaryLayout->addLayout(form);

    // The chain and the details.
    m_chainView = new QTreeView(this);
    m_chainView->setModel(m_chainModel);
    m_chainView->setObjectName(QStringLiteral("chainView"));
    m_chainView->setAccessibleName(tr("Certification path"));
    m_chainView->header()->setAccessibleName(tr("Column headers"));
    m_chainView->setUniformRowHeights(true);
    m_chainView->setRootIsDecorated(true);
    m_chainView->setSelectionMode(QAbstractItemView::SingleSelection);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Certificate details"));
    m_detailsView = new QTreeView(m_tabs);
    m_detailsView->setModel(m_detailsModel);
    m_detailsView->setObjectName(QStringLiteral("detailsView"));
    m_detailsView->setAccessibleName(tr("Fields and extensions"));
    m_detailsView->header()->setAccessibleName(tr("Column headers"));
    m_detailsView->setAlternatingRowColors(true);
    m_detailsView->header()->setSectionResizeMode(CertificateDetailsModel::ValueColumn,
                                                  QHeaderView::Stretch);
    // "Critical" holds a word at most: the Value column gets the width.
    m_detailsView->header()->setSectionResizeMode(CertificateDetailsModel::CriticalColumn,
                                                  QHeaderView::ResizeToContents);
    m_detailsView->header()->setStretchLastSection(false);
    m_tabs->addTab(m_detailsView, tr("&Details"));

    auto *pemPage = new QWidget(m_tabs);
    m_pem = new QPlainTextEdit(pemPage);
    m_pem->setReadOnly(true);
    m_pem->setObjectName(QStringLiteral("pem"));
    m_pem->setFont(mono);
    m_pem->setAccessibleName(tr("Certificate in PEM format"));
    m_copyPem = new QPushButton(tr("Copy PEM"), pemPage);
    m_savePem = new QPushButton(tr("Save as…"), pemPage);
    m_savePem->setAccessibleName(tr("Save certificate as PEM file"));
    auto *pemButtons = new QHBoxLayout;
    pemButtons->addStretch();
    pemButtons->addWidget(m_copyPem);
    pemButtons->addWidget(m_savePem);
    auto *pemLayout = new QVBoxLayout(pemPage);
    pemLayout->addWidget(m_pem);
    pemLayout->addLayout(pemButtons);
    m_tabs->addTab(pemPage, tr("&PEM"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chainView);
    splitter->addWidget(m_tabs);
    // The chain holds short names; the fields' values are long.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_comparison);
    layout->addWidget(summary);
    layout->addWidget(splitter, 1);

    setTabOrder(m_open, m_chainView);
    setTabOrder(m_chainView, m_fingerprint);
    setTabOrder(m_fingerprint, m_copyFingerprint);
    setTabOrder(m_copyFingerprint, m_tabs);

    connect(m_open, &QPushButton::clicked, this, &CertificateViewer::chooseFile);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Compare with CA file"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters(
                {tr("Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c)"), tr("All files (*)")});
        connect(dialog, &QFileDialog::fileSelected, this,
                [this](const QString &path) { compareWithCaFile(path); });
        dialog->open();
    });
    connect(m_copyFingerprint, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_fingerprint->text()); });
    connect(m_copyPem, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_pem->toPlainText()); });
    connect(m_savePem, &QPushButton::clicked, this, &CertificateViewer::chooseSaveFile);
    connect(m_chainView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectCertificate(
                            current.data(CertificateChainModel::CertificateIndexRole).toInt());
            });
    rebuild();
}

CertificateViewer::~CertificateViewer() = default;

QDateTime CertificateViewer::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

bool CertificateViewer::openFile(const QString &path)
{
    const CertificateLoadResult loaded = CertificateLoader::loadFile(path);
    m_source = QFileInfo(path).fileName();
    if (!loaded.ok()) {
        m_certificates.clear();
        m_problem = loaded.message;
        rebuild();
        return false;
    }
    m_problem.clear();
    m_certificates = CertificateChecks::orderChain(loaded.certificates);
    // A bundle of CAs keeps its order; a chain is shown leaf first.
    if (m_certificates.first().canIssueCertificates())
        m_certificates = loaded.certificates;
    rebuild();
    return true;
}

void CertificateViewer::setCertificates(const QList<CertificateInfo> &certificates,
                                        const QString &source)
{
    m_certificates = certificates;
    m_source = source;
    m_problem.clear();
    rebuild();
}

void CertificateViewer::setOpeningFilesAllowed(bool allowed)
{
    m_open->setVisible(allowed);
    setAcceptDrops(allowed);
}

void CertificateViewer::setHost(const QString &host)
{
    m_host = host;
    rebuild();
}

void CertificateViewer::setCaFile(const QString &caFile)
{
    m_caFile = caFile;
    rebuild();
}

void CertificateViewer::compareWithCaFile(const QString &caFile)
{
    setCaFile(caFile);
}

QString CertificateViewer::comparisonText() const
{
    return m_comparison->isHidden() ? QString() : m_comparison->text();
}

void CertificateViewer::setNow(const QDateTime &now)
{
    m_now = now;
    rebuild();
}

int CertificateViewer::certificateCount() const
{
    return m_chainModel->certificateCount();
}

const CertificateInfo *CertificateViewer::selectedCertificate() const
{
    if (m_selected < 0 || m_selected >= m_chainModel->certificateCount())
        return nullptr;
    return &m_chainModel->certificate(m_selected);
}

CertificateStatus CertificateViewer::statusOf(int index) const
{
    return m_chainModel->status(index);
}

void CertificateViewer::rebuild()
{
    CertificateStatus::Context context;
    context.now = now();
    QList<CertificateInfo> shown = m_certificates;
    if (!m_certificates.isEmpty()) {
        if (!m_host.isEmpty()) {
            const HostnameMatch match = HostnameMatch::check(m_certificates.first(), m_host);
            context.host = m_host;
            context.hostMatches = match.matches;
            context.hostProblem = match.message;
        }
        if (!m_caFile.isEmpty()) {
            const ChainVerification v
                    = ChainVerifier::verify(m_certificates, m_caFile, QString(), context.now);
            context.trustChecked = true;
            context.trusted = v.verified;
            context.trustProblem = v.message;
            const QString file = QDir::toNativeSeparators(m_caFile);
            if (v.verified) {
                //: ✓ is shown with the text, never colour alone
                m_comparison->setText(
                        tr("✓ The chain leads to “%1” in %2.")
                                .arg(CertificateDisplay::name(v.chain.last().subject), file));
            } else {
                const CertificateLoadResult cas = CertificateLoader::loadFile(m_caFile);
                QStringList held;
                for (const CertificateInfo &ca : cas.certificates)
                    held << QStringLiteral("“%1”").arg(CertificateDisplay::name(ca.subject));
                const CertificateInfo &top = m_certificates.last();
                m_comparison->setText(
                        tr("✗ The chain does not lead to the CA in %1: it names the issuer “%2”, "
                           "and the file holds %3. %4")
                                .arg(file, CertificateDisplay::name(top.issuer),
                                     held.isEmpty() ? tr("no certificate")
                                                    : held.join(QStringLiteral(", ")),
                                     v.message));
            }
            m_comparison->show();
            // When the chain verifies, show it up to the trust anchor from the CA file.
            if (v.verified)
                for (const CertificateInfo &c : v.chain)
                    if (!shown.contains(c))
                        shown << c;
        }
    }
    if (m_caFile.isEmpty() || m_certificates.isEmpty())
        m_comparison->hide();
    m_chainModel->setCertificates(shown, context);
    m_chainView->expandAll();
    m_sourceLabel->setText(
            m_source.isEmpty() ? tr("Open a certificate file or drop one here.")
                               : tr("%1 — %n certificate(s)", nullptr, int(m_certificates.size()))
                                         .arg(m_source));
    m_selected = -1;
    selectCertificate(m_certificates.isEmpty() ? -1 : 0);
    Q_EMIT certificatesChanged();
}

void CertificateViewer::selectCertificate(int index)
{
    if (index == m_selected && index >= 0)
        return;
    m_selected = index < m_chainModel->certificateCount() ? index : -1;
    const QModelIndex modelIndex = m_chainModel->indexOfCertificate(m_selected);
    if (modelIndex.isValid() && m_chainView->currentIndex() != modelIndex)
        m_chainView->setCurrentIndex(modelIndex);
    showSelected();
    Q_EMIT selectionChanged();
}

void CertificateViewer::showSelected()
{
    const CertificateInfo *c = selectedCertificate();
    const bool has = c != nullptr;
    for (QWidget *w : {static_cast<QWidget *>(m_copyFingerprint), static_cast<QWidget *>(m_copyPem),
                       static_cast<QWidget *>(m_savePem)})
        w->setEnabled(has);
    if (!has) {
        m_badgeIcon->setPixmap(
                m_problem.isEmpty()
                        ? QPixmap()
                        : style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(32, 32));
        m_badgeText->setText(m_problem.isEmpty() ? tr("No certificate") : tr("Not a certificate"));
        m_badgeDetails->setText(m_problem);
        for (QLabel *label : {m_issuedTo, m_issuedBy, m_validity, m_keyType})
            label->clear();
        m_fingerprint->clear();
        m_timeLeft->setValue(0);
        m_timeLeft->setFormat(QString());
        m_detailsModel->clear();
        m_pem->clear();
        return;
    }
    const CertificateStatus status = m_chainModel->status(m_selected);
    m_badgeIcon->setPixmap(CertificateChainModel::iconFor(status.kind).pixmap(32, 32));
    m_badgeIcon->setAccessibleName(status.text);
    m_badgeText->setText(status.text);
    m_badgeDetails->setText(status.details);
    m_issuedTo->setText(c->displayName());
    m_issuedTo->setToolTip(c->subjectLine());
    m_issuedBy->setText(c->selfSigned ? tr("%1 (itself)").arg(c->issuerLine()) : c->issuerLine());
    m_validity->setText(tr("%1 to %2")
                                .arg(CertificateDisplay::dateTimeLocal(c->notBefore),
                                     CertificateDisplay::dateTimeLocal(c->notAfter)));
    m_validity->setToolTip(tr("%1 to %2")
                                   .arg(CertificateDisplay::dateTimeUtc(c->notBefore),
                                        CertificateDisplay::dateTimeUtc(c->notAfter)));
    const qint64 total = qMax<qint64>(1, c->notBefore.secsTo(c->notAfter));
    const qint64 left = qBound<qint64>(0, c->secondsLeft(now()), total);
    m_timeLeft->setValue(int(left * 1000 / total));
    m_timeLeft->setFormat(
            c->isExpiredAt(now())
                    ? tr("expired %1 ago").arg(CertificateDisplay::duration(c->secondsLeft(now())))
                    : c->isNotYetValidAt(now())
                    ? tr("starts in %1")
                              .arg(CertificateDisplay::duration(now().secsTo(c->notBefore)))
                    : tr("%1 left").arg(CertificateDisplay::duration(c->secondsLeft(now()))));
    m_timeLeft->setAccessibleDescription(m_timeLeft->format());
    m_fingerprint->setText(CertificateDisplay::fingerprint(c->sha256));
    m_fingerprint->setCursorPosition(0);
    m_keyType->setText(c->keyDescription());
    m_detailsModel->setCertificate(*c);
    m_detailsView->expandToDepth(0);
    m_detailsView->resizeColumnToContents(CertificateDetailsModel::FieldColumn);
    m_pem->setPlainText(c->pem());
}

QString CertificateViewer::savePem(const QString &path) const
{
    const CertificateInfo *c = selectedCertificate();
    if (!c)
        return tr("No certificate is selected.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(c->pem().toLatin1());
    if (!file.commit())
        return file.errorString();
    return {};
}

void CertificateViewer::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Open certificate"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(
            {tr("Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { openFile(path); });
    dialog->open();
}

void CertificateViewer::chooseSaveFile()
{
    const CertificateInfo *c = selectedCertificate();
    if (!c)
        return;
    auto *dialog = new QFileDialog(this, tr("Save certificate as"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pem"));
    dialog->selectFile(c->displayName().replace(QLatin1Char('/'), QLatin1Char('_'))
                       + QStringLiteral(".pem"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QString problem = savePem(path);
        if (!problem.isEmpty())
            m_badgeDetails->setText(tr("Could not save %1: %2").arg(path, problem));
    });
    dialog->open();
}

void CertificateViewer::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void CertificateViewer::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openFile(urls.first().toLocalFile());
}
