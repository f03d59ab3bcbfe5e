// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cert/CertificateInfo.h"
#include "cert/CertificateStatus.h"

#include <QDateTime>
#include <QWidget>

class CertificateChainModel;
class CertificateDetailsModel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeView;

// Shows certificates the way people read them: a summary first (a status badge with icon and
// words, issued to / by, validity with a time-left bar, SHA-256 fingerprint, key type), the chain
// as a tree with a badge per certificate, and on demand every field and the PEM text. Opens files
// (also dropped ones), a profile's CA / client certificate, or a chain a server presented.
class CertificateViewer : public QWidget
{
    Q_OBJECT
public:
    explicit CertificateViewer(QWidget *parent = nullptr);
    ~CertificateViewer() override;

    // Reads `path`; false (and the reason in the summary) if it holds no certificate.
    bool openFile(const QString &path);
    // Shows `certificates`; the first is the one the checks are about (a server's leaf).
    void setCertificates(const QList<CertificateInfo> &certificates,
                         const QString &source = QString());
    // The host the leaf must match ("name mismatch" badge otherwise); empty: no host check.
    void setHost(const QString &host);
    // Verify the chain against this CA file ("untrusted" badge when it does not lead there).
    void setCaFile(const QString &caFile);
    // Compares the chain with `caFile` and shows whether it leads there and, if not, which
    // issuer the chain names and which CAs the file holds ("Compare with CA file…").
    void compareWithCaFile(const QString &caFile);
    // The comparison as shown (empty before any CA file is known).
    QString comparisonText() const;
    // Whether "Open…" and dropping files are offered (not where the viewer shows certificates
    // the user is about to accept: what is shown must stay what would be accepted).
    void setOpeningFilesAllowed(bool allowed);
    // The clock the badges use; the current time unless set (tests, screenshots).
    void setNow(const QDateTime &now);

    // What is shown: the certificates given, plus the trust anchor from the CA file when the chain
    // verifies. Index 0 is always the first certificate given.
    int certificateCount() const;
    const CertificateInfo *selectedCertificate() const;
    void selectCertificate(int index);
    CertificateStatus statusOf(int index) const;
    QString problem() const { return m_problem; }

    CertificateChainModel *chainModel() const { return m_chainModel; }
    CertificateDetailsModel *detailsModel() const { return m_detailsModel; }

    // Writes the selected certificate as PEM; the reason when it could not.
    QString savePem(const QString &path) const;

Q_SIGNALS:
    void certificatesChanged();
    void selectionChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void rebuild();
    void showSelected();
    void chooseFile();
    void chooseSaveFile();
    QDateTime now() const;

    QList<CertificateInfo> m_certificates;
    QString m_source;
    QString m_host;
    QString m_caFile;
    QDateTime m_now;
    QString m_problem;
    int m_selected = -1;

    CertificateChainModel *m_chainModel;
    CertificateDetailsModel *m_detailsModel;
    QLabel *m_sourceLabel;
    QLabel *m_badgeIcon;
    QLabel *m_badgeText;
    QLabel *m_badgeDetails;
    QLabel *m_issuedTo;
    QLabel *m_issuedBy;
    QLabel *m_validity;
    QProgressBar *m_timeLeft;
    QLineEdit *m_fingerprint;
    QPushButton *m_copyFingerprint;
    QLabel *m_keyType;
    QTreeView *m_chainView;
    QTabWidget *m_tabs;
    QTreeView *m_detailsView;
    QPlainTextEdit *m_pem;
    QPushButton *m_copyPem;
    QPushButton *m_savePem;
    QPushButton *m_open;
    QPushButton *m_compare;
    QLabel *m_comparison;
};
