// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalHttpsServer.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>

HttpsIdentity HttpsIdentity::make(const QString &dir, const QString &name)
{
    const QString cert = dir + QLatin1Char('/') + name + QStringLiteral(".crt");
    const QString key = dir + QLatin1Char('/') + name + QStringLiteral(".key");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=") + name, QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return HttpsIdentity();
    QFile c(cert);
    QFile k(key);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
        return HttpsIdentity();
    return {QSslCertificate(c.readAll(), QSsl::Pem), QSslKey(k.readAll(), QSsl::Ec, QSsl::Pem)};
}

LocalHttpsServer::LocalHttpsServer() = default;
LocalHttpsServer::~LocalHttpsServer() = default;

bool LocalHttpsServer::start(const HttpsIdentity &identity, Behaviour behaviour,
                             const QByteArray &body)
{
    m_server = std::make_unique<QSslServer>();
    m_requests = 0;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(identity.certificate);
    tls.setPrivateKey(identity.key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->setSslConfiguration(tls);
    if (!m_server->listen(QHostAddress::LocalHost))
        return false;
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this, behaviour, body] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, behaviour, body] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                ++m_requests;
                switch (behaviour) {
                case Behaviour::Serve:
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/x-pem-file\r\n"
                                  "Connection: close\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                    break;
                case Behaviour::Stall:
                    break;
                case Behaviour::Huge:
                    socket->write("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: "
                                  "3000000\r\n\r\n");
                    socket->write(QByteArray(3000000, 'A'));
                    break;
                case Behaviour::HugeNoLength:
                    socket->write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
                    socket->write(QByteArray(3000000, 'A'));
                    socket->disconnectFromHost();
                    break;
                case Behaviour::RedirectToHttp:
                    socket->write("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:"
                                  + QByteArray::number(m_server->serverPort())
                                  + "/ca.pem\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                    break;
                }
            });
        }
    });
    return true;
}

QUrl LocalHttpsServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_server->serverPort()).arg(path));
}
