// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <memory>

class QSslServer;

// A certificate and key for 127.0.0.1, self-signed, made by openssl.
struct HttpsIdentity
{
    QSslCertificate certificate;
    QSslKey key;

    bool isNull() const { return certificate.isNull() || key.isNull(); }
    // Writes `name`.crt and `name`.key into `dir`; a null identity when openssl fails.
    static HttpsIdentity make(const QString &dir, const QString &name);
};

// An HTTPS server on 127.0.0.1 for CA download tests: serves a body, stalls, sends too much, or
// redirects to plain HTTP. Runs on the thread it was made on.
class LocalHttpsServer : public QObject
{
    Q_OBJECT
public:
    enum class Behaviour { Serve, Stall, Huge, HugeNoLength, RedirectToHttp };

    LocalHttpsServer();
    ~LocalHttpsServer() override;

    // `body` is what Serve sends; Huge and HugeNoLength send 3,000,000 bytes.
    bool start(const HttpsIdentity &identity, Behaviour behaviour, const QByteArray &body = {});
    QUrl url(const QString &path = QStringLiteral("/ca.pem")) const;
    // Complete requests received.
    int requests() const { return m_requests; }

private:
    std::unique_ptr<QSslServer> m_server;
    int m_requests = 0;
};
