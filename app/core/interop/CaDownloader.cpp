// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaDownloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QStandardPaths>

Q_DECLARE_LOGGING_CATEGORY(lcInterop)

CaDownloader::CaDownloader(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

CaDownloader::~CaDownloader()
{
    if (m_reply)
        m_reply->abort();
}

void CaDownloader::setTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    m_trusted = certificates;
}

void CaDownloader::start(const QUrl &url)
{
    cancel();
    m_body.clear();
    m_tooLarge = false;
    m_cancelled = false;
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        CaDownloadResult result;
        result.error = tr("Only https:// addresses are downloaded.");
        // Always asynchronous, like a real download.
        QMetaObject::invokeMethod(
                this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("sslcm"));
    if (m_trusted) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(*m_trusted);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(tls);
    }
    qCInfo(lcInterop) << "downloading CA certificate from" << url.toDisplayString();
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64 total) {
                if (reply != m_reply)
                    return;
                Q_EMIT progress(received, total);
                if (received > m_maxBytes || total > m_maxBytes) {
                    m_tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply != m_reply || m_tooLarge)
            return;
        m_body += reply->read(m_maxBytes + 1 - m_body.size());
        if (m_body.size() > m_maxBytes) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply != m_reply)
            return;
        CaDownloadResult result;
        result.finalUrl = reply->url();
        if (!m_tooLarge && reply->error() == QNetworkReply::NoError)
            m_body += reply->read(m_maxBytes + 1 - m_body.size());
        if (m_tooLarge || m_body.size() > m_maxBytes) {
            result.error = tr("The download is larger than %1 KiB: that is not a CA certificate "
                              "bundle.")
                                   .arg(m_maxBytes / 1024);
        } else if (m_cancelled) {
            result.error = tr("The download was cancelled.");
        } else if (reply->error() == QNetworkReply::OperationCanceledError) {
            result.error = tr("The server did not answer in time.");
        } else if (reply->error() != QNetworkReply::NoError) {
            result.error = tr("The download failed: %1").arg(reply->errorString());
        } else if (result.finalUrl.scheme() != QLatin1String("https")) {
            result.error = tr("The download was redirected away from HTTPS.");
        } else {
            result.body = m_body;
            result.certificates = QSslCertificate::fromData(m_body, QSsl::Pem);
            if (result.certificates.isEmpty())
                result.certificates = QSslCertificate::fromData(m_body, QSsl::Der);
            if (result.certificates.isEmpty())
                result.error = tr("The download holds no certificate.");
            else
                result.ok = true;
        }
        m_reply.clear();
        finish(result);
    });
}

void CaDownloader::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort();
}

void CaDownloader::finish(CaDownloadResult result)
{
    if (!result.ok)
        qCInfo(lcInterop) << "CA download failed:" << result.error;
    Q_EMIT finished(result);
}

QString CaDownloader::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/ca-certificates");
}

CaDownloader::Saved CaDownloader::save(const CaDownloadResult &accepted, const QString &folder,
                                       const QString &fileName)
{
    Saved saved;
    if (!accepted.ok || accepted.certificates.isEmpty()) {
        saved.error = tr("There is no certificate to save.");
        return saved;
    }
    if (fileName.isEmpty() || fileName.contains(QLatin1Char('/'))
        || fileName.startsWith(QLatin1Char('.'))) {
        saved.error = tr("\"%1\" is not a file name.").arg(fileName);
        return saved;
    }
    QDir dir(folder);
    if (!dir.exists()) {
        if (!QDir().mkpath(folder)) {
            saved.error = tr("Cannot create the folder \"%1\".").arg(folder);
            return saved;
        }
        QFile::setPermissions(
                folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QByteArray pem;
    for (const QSslCertificate &c : accepted.certificates)
        pem += c.toPem();
    QString path = dir.filePath(fileName);
    const QFileInfo wanted(path);
    for (int n = 2; QFileInfo::exists(path); ++n) {
        QFile existing(path);
        if (existing.size() == pem.size() && existing.open(QIODevice::ReadOnly)
            && existing.readAll() == pem) {
            saved.path = path;
            return saved;
        }
        const QString suffix = wanted.completeSuffix();
        path = dir.filePath(wanted.baseName() + QLatin1Char('-') + QString::number(n)
                            + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit()) {
        saved.error = tr("Cannot write \"%1\": %2").arg(file.fileName(), file.errorString());
        return saved;
    }
    saved.path = file.fileName();
    return saved;
}
