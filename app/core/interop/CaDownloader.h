// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// What a CA download brought: the certificates, for the user to look at before accepting.
struct CaDownloadResult
{
    bool ok = false;
    QString error; // translated
    QUrl finalUrl; // after redirects
    QByteArray body;
    QList<QSslCertificate> certificates;
};

// Fetches a provider's CA bundle over HTTPS: verified against the system's trust store, at most
// 5 redirects and never from HTTPS to HTTP, a size limit, a timeout, progress and cancel.
// Nothing is stored until save() is called with a result the user accepted.
class CaDownloader : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 defaultMaxBytes = 1024 * 1024;
    static constexpr int defaultTimeoutMs = 30000;
    static constexpr int maxRedirects = 5;

    explicit CaDownloader(QObject *parent = nullptr);
    ~CaDownloader() override;

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The CAs that authenticate the download server; unset: the system's. For tests and
    // company proxies — verification is never switched off.
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);

    // Only https URLs; a download still running is cancelled first.
    void start(const QUrl &url);
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }

    // Saves the accepted certificates as PEM in `folder` (created 0700 if needed) under
    // `fileName`; returns the path, or an empty path and a reason in `error`. A file of that name
    // holding other certificates is never overwritten (other profiles may trust it): the new one
    // gets a numbered name ("global-bundle-2.pem"); one holding the same certificates is reused.
    struct Saved
    {
        QString path;
        QString error; // translated
    };
    static Saved save(const CaDownloadResult &accepted, const QString &folder,
                      const QString &fileName);
    // sslcm's data folder for downloaded CA certificates.
    static QString defaultFolder();

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void finished(const CaDownloadResult &result);

private:
    void finish(CaDownloadResult result);

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    qint64 m_maxBytes = defaultMaxBytes;
    int m_timeoutMs = defaultTimeoutMs;
    std::optional<QList<QSslCertificate>> m_trusted;
    QByteArray m_body;
    bool m_tooLarge = false;
    bool m_cancelled = false;
};
