// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CaDownloader against a local HTTPS server started by the test: a certificate the client was
// told to trust, one it was not, a server that stalls, one that sends too much, a redirect to
// plain HTTP. Verification stays on throughout; the test only chooses the trusted CA.
#include "interop/CaDownloader.h"
#include "interop/CloudCaSource.h"

#include "LocalHttpsServer.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(CaDownloadResult)

class tst_CaDownloader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
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
    using Behaviour = LocalHttpsServer::Behaviour;
    void startServer(const HttpsIdentity &identity, Behaviour behaviour)
    {
        m_server = std::make_unique<LocalHttpsServer>();
        QVERIFY(m_server->start(identity, behaviour, m_good.certificate.toPem()));
    }
    QUrl url() const { return m_server->url(); }
    CaDownloadResult download(CaDownloader &downloader, int timeoutMs = 20000);

    QTemporaryDir m_dir;
    HttpsIdentity m_good;
    HttpsIdentity m_bad;
    std::unique_ptr<LocalHttpsServer> m_server;
};

void tst_CaDownloader::initTestCase()
{
    qRegisterMetaType<CaDownloadResult>();
    QVERIFY(m_dir.isValid());
    m_good = HttpsIdentity::make(m_dir.path(), QStringLiteral("good"));
    m_bad = HttpsIdentity::make(m_dir.path(), QStringLiteral("bad"));
    QVERIFY(!m_good.certificate.isNull() && !m_good.key.isNull());
    QVERIFY(!m_bad.certificate.isNull());
}

void tst_CaDownloader::cleanup()
{
    m_server.reset();
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

    // Saving the same certificates again reuses the file; other certificates under the same
    // name never overwrite it (another profile may trust it) but get a numbered name.
    QCOMPARE(CaDownloader::save(r, folder, QStringLiteral("aws-rds.pem")).path, saved.path);
    CaDownloadResult other = r;
    other.certificates = {m_bad.certificate};
    const CaDownloader::Saved second
            = CaDownloader::save(other, folder, QStringLiteral("aws-rds.pem"));
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(QFileInfo(second.path).fileName(), QStringLiteral("aws-rds-2.pem"));
    QFile first(saved.path);
    QVERIFY(first.open(QIODevice::ReadOnly));
    QCOMPARE(QSslCertificate::fromData(first.readAll()).value(0), m_good.certificate);
    QFile numbered(second.path);
    QVERIFY(numbered.open(QIODevice::ReadOnly));
    QCOMPARE(QSslCertificate::fromData(numbered.readAll()).value(0), m_bad.certificate);
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
    QCOMPARE(m_server->requests(), 0); // the request never reached the server
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
    QCOMPARE(m_server->requests(), 1);
}

void tst_CaDownloader::cancel()
{
    startServer(m_good, Behaviour::Stall);
    CaDownloader downloader;
    downloader.setTrustedCertificates({m_good.certificate});
    QSignalSpy finished(&downloader, &CaDownloader::finished);
    downloader.start(url());
    QTRY_COMPARE(m_server->requests(), 1);
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

    // The provider is recognised from the endpoint names it hands out.
    QCOMPARE(CloudCaSource::forHost(QStringLiteral("mydb.abc123.eu-west-1.rds.amazonaws.com"))
                     ->provider,
             CloudCaSource::Provider::AwsRds);
    QCOMPARE(CloudCaSource::forHost(QStringLiteral("MyServer.MySQL.Database.Azure.com "))->provider,
             CloudCaSource::Provider::Azure);
    QCOMPARE(CloudCaSource::forHost(
                     QStringLiteral("db-mysql-fra1-1-do-user-1-0.b.db.ondigitalocean.com"))
                     ->provider,
             CloudCaSource::Provider::DigitalOcean);
    QVERIFY(!CloudCaSource::forHost(QStringLiteral("rds.amazonaws.com.evil.example")));
    QVERIFY(!CloudCaSource::forHost(QStringLiteral("127.0.0.1")));
}

QTEST_GUILESS_MAIN(tst_CaDownloader)
#include "tst_cadownloader.moc"
