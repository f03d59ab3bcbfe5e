// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/CaDownloader.h"

#include <QDialog>

class CertificateViewer;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// "Download CA certificate": the provider's published CA bundle (or any HTTPS address), fetched
// with progress and Cancel, shown in the certificate viewer, and stored in sslcm's data folder
// only when the user accepts it. For providers whose CA is per instance it says where to get it.
class CaDownloadDialog : public QDialog
{
    Q_OBJECT
public:
    // `providerKey`: a CloudCaSource key to preselect; empty: the first provider.
    explicit CaDownloadDialog(const QString &providerKey, QWidget *parent = nullptr);

    // Where accepted certificates go; CaDownloader::defaultFolder() unless set (tests).
    void setFolder(const QString &folder) { m_folder = folder; }
    // The CAs that authenticate the download server, for tests and company proxies; the
    // system's trust store unless set. Verification is never switched off.
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);

    // The file the accepted certificates were saved to (after accept()).
    QString savedPath() const { return m_savedPath; }
    // The address to download from, as entered.
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *providerBox() const { return m_provider; }
    QPushButton *downloadButton() const { return m_download; }
    QPushButton *useButton() const { return m_use; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }
    CertificateViewer *viewer() const { return m_viewer; }
    bool isDownloading() const { return m_downloader->isRunning(); }

    void startDownload();
    void cancelDownload();
    void useDownloaded();

Q_SIGNALS:
    // A download ended (successfully or not); for tests.
    void downloadFinished(bool ok);

private:
    void providerChanged();
    void finished(const CaDownloadResult &result);
    void updateState();
    QString fileNameFor(const CaDownloadResult &result) const;

    CaDownloader *m_downloader;
    CaDownloadResult m_result;
    QString m_folder;
    QString m_savedPath;
    QComboBox *m_provider;
    QLabel *m_howTo;
    QLineEdit *m_url;
    QPushButton *m_download;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    CertificateViewer *m_viewer;
    QLabel *m_placeholder;
    QPushButton *m_use;
    QPushButton *m_close;
};
