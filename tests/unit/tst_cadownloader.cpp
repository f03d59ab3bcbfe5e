// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CaDownloader against a local HTTPS server started by the test: a certificate the client was
// told to trust, one it was not, a server that stalls, one that sends too much, a redirect to
// plain HTTP. Verification stays on throughout; the test only chooses the trusted CA.
#include "interop/CaDownloader.h"
#include "interop/CloudCaSource.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(CaDownloadResult)

namespace {

struct Identity
{
    QSslCertificate certificate;
    QSslKey key;
};

// A self-signed certificate for 127.0.0.1 made by openssl in `dir`.
Identity makeIdentity(const QString &dir, const QString &name)
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
        return Identity();
    QFile c(cert);
    QFile k(key);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
        return Identity();
    return {QSslCertificate(c.readAll(), QSsl::Pem), QSslKey(k.readAll(), QSsl::Ec, QSsl::Pem)};
}

} // namespace

class tst_CaDownloader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void goodCertificateDownloadsAndSaves();
    void untrustedServerIsRefused();
    void stallingServerTimesOut();
    void cancel();
    void oversizedBodyIsRefused_data();
    void oversizedBodyIsRefused();
    void redirectToHttpIsRefused();
    void notHttps();
    void providerTable();

private:
    enum class Behaviour { Serve, Stall, Huge, HugeNoLength, RedirectToHttp };
    void startServer(const Identity &identity, Behaviour behaviour);
    QUrl url() const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1/ca.pem").arg(m_server->serverPort()));
    }
    CaDownloadResult download(CaDownloader &downloader, int timeoutMs = 20000);

    QTemporaryDir m_dir;
    Identity m_good;
    Identity m_bad;
    std::unique_ptr<QSslServer> m_server;
    int m_requests = 0;
};

void tst_CaDownloader::initTestCase()
{
    qRegisterMetaType<CaDownloadResult>();
    QVERIFY(m_dir.isValid());
    m_good = makeIdentity(m_dir.path(), QStringLiteral("good"));
    m_bad = makeIdentity(m_dir.path(), QStringLiteral("bad"));
    QVERIFY(!m_good.certificate.isNull() && !m_good.key.isNull());
    QVERIFY(!m_bad.certificate.isNull());
}

void tst_CaDownloader::init()
{
    m_requests = 0;
}

void tst_CaDownloader::cleanup()
{
    m_server.reset();
}

void tst_CaDownloader::startServer(const Identity &identity, Behaviour behaviour)
{
    m_server = std::make_unique<QSslServer>();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(identity.certificate);
    tls.setPrivateKey(identity.key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->setSslConfiguration(tls);
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
    const QByteArray pem = m_good.certificate.toPem();
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this, behaviour, pem] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, behaviour, pem] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                ++m_requests;
                switch (behaviour) {
                case Behaviour::Serve:
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/x-pem-file\r\n"
                                  "Connection: close\r\nContent-Length: "
                                  + QByteArray::number(pem.size()) + "\r\n\r\n" + pem);
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
}

CaDownloadResult tst_CaDownloader::download(CaDownloader &downloader, int timeoutMs)
{
    QSignalSpy finished(&downloader, &CaDownloader::finished);
    downloader.start(url());
    if (!finished.wait(timeoutMs) || finished.size() != 1)
        return {};
    return finished.first().first().value<CaDownloadResult>();
}

void tst_CaDownloader::goodCertificateDownloadsAndSaves()
{
    startServer(m_good, Behaviour::Serve);
    CaDownloader downloader;
    downloader.setTrustedCertificates({m_good.certificate});
    QSignalSpy progress(&downloader, &CaDownloader::progress);
    const CaDownloadResult r = download(downloader);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.certificates.size(), 1);
    QCOMPARE(r.certificates.first(), m_good.certificate);
    QVERIFY(!progress.isEmpty());

    // Nothing is stored until saved.
    const QString folder = m_dir.filePath(QStringLiteral("data/ca"));
    QVERIFY(!QFile::exists(folder));
    const CaDownloader::Saved saved = CaDownloader::save(r, folder, QStringLiteral("aws-rds.pem"));
    QVERIFY2(saved.error.isEmpty(), qPrintable(saved.error));
    QFile file(saved.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QSslCertificate::fromData(file.readAll()).value(0), m_good.certificate);
    QVERIFY(!CaDownloader::save(r, folder, QStringLiteral("../x.pem")).error.isEmpty());
}

void tst_CaDownloader::untrustedServerIsRefused()
{
    startServer(m_bad, Behaviour::Serve);
    CaDownloader downloader;
    downloader.setTrustedCertificates({m_good.certificate});
    const CaDownloadResult r = download(downloader);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(r.body.isEmpty());
    QCOMPARE(m_requests, 0); // the request never reached the server
}

void tst_CaDownloader::stallingServerTimesOut()
{
    startServer(m_good, Behaviour::Stall);
    CaDownloader downloader;
    downloader.setTrustedCertificates({m_good.certificate});
    downloader.setTimeoutMs(500);
    const CaDownloadResult r = download(downloader);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("in time")), qPrintable(r.error));
    QCOMPARE(m_requests, 1);
}

void tst_CaDownloader::cancel()
{
    startServer(m_good, Behaviour::Stall);
    CaDownloader downloader;
    downloader.setTrustedCertificates({m_good.certificate});
    QSignalSpy finished(&downloader, &CaDownloader::finished);
    downloader.start(url());
    QTRY_COMPARE(m_requests, 1);
    QVERIFY(downloader.isRunning());
    downloader.cancel();
    QTRY_COMPARE(finished.size(), 1);
    const auto r = finished.first().first().value<CaDownloadResult>();
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("cancelled")), qPrintable(r.error));
    QVERIFY(!downloader.isRunning());
}

void tst_CaDownloader::oversizedBodyIsRefused_data()
{
    QTest::addColumn<bool>("withLength");
    QTest::newRow("announced") << true;
    QTest::newRow("unannounced") << false;
}

void tst_CaDownloader::oversizedBodyIsRefused()
{
    QFETCH(bool, withLength);
    startServer(m_good, withLength ? Behaviour::Huge : Behaviour::HugeNoLength);
    CaDownloader downloader;
    downloader.setTrustedCertificates({m_good.certificate});
    const CaDownloadResult r = download(downloader);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("larger")), qPrintable(r.error));
    QVERIFY(r.body.isEmpty());
}

void tst_CaDownloader::redirectToHttpIsRefused()
{
    startServer(m_good, Behaviour::RedirectToHttp);
    CaDownloader downloader;
    downloader.setTrustedCertificates({m_good.certificate});
    const CaDownloadResult r = download(downloader);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(r.certificates.isEmpty());
}

void tst_CaDownloader::notHttps()
{
    CaDownloader downloader;
    QSignalSpy finished(&downloader, &CaDownloader::finished);
    downloader.start(QUrl(QStringLiteral("http://example.com/ca.pem")));
    QCOMPARE(finished.size(), 0); // never from inside start()
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.first().first().value<CaDownloadResult>().ok);
}

void tst_CaDownloader::providerTable()
{
    const QList<CloudCaSource> all = CloudCaSource::all();
    QCOMPARE(all.size(), 5);
    for (const CloudCaSource &s : all) {
        QVERIFY(!s.howToGet.isEmpty());
        QCOMPARE(s.documentation.scheme(), QStringLiteral("https"));
        if (s.isDownloadable())
            QCOMPARE(s.bundleUrl.scheme(), QStringLiteral("https"));
        QCOMPARE(CloudCaSource::byKey(s.key)->provider, s.provider);
    }
    QVERIFY(CloudCaSource::forProvider(CloudCaSource::Provider::AwsRds).isDownloadable());
    QVERIFY(!CloudCaSource::forProvider(CloudCaSource::Provider::GoogleCloudSql).isDownloadable());
}

QTEST_GUILESS_MAIN(tst_CaDownloader)
#include "tst_cadownloader.moc"
