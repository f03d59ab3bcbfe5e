// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Proves the CTest fixture "mariadb" (tests/fixtures/servers.sh): the servers, accounts and PKI
// are what the other integration tests rely on. Everything is checked by its effect: what the
// server reports about the session, what the server's greeting offers, what the files contain.

#include "TestServers.h"

#include <QDateTime>
#include <QFile>
#include <QMultiMap>
#include <QSqlDatabase>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QtTest>

namespace {

using Server = TestServers::Server;
using Account = TestServers::Account;
using Pki = TestServers::Pki;

// What the client offers for TLS through QMYSQL's connect options.
enum class ClientTls {
    None,         // no SSL_* option: libmariadb 3.3 does not even ask for TLS
    CaOnly,       // SSL_CA
    ClientCert,   // SSL_CA, SSL_CERT, SSL_KEY: the RSA client certificate
    ClientEcCert, // ... the EC client certificate (same CA, other subject)
    OtherCaCert,  // ... the client certificate from the unrelated CA
};

enum class Outcome { Tls, Plaintext, Refused };

enum class Validity { Valid, Expired, NotYetValid };

constexpr int accessDenied = 1045; // ER_ACCESS_DENIED_ERROR
constexpr int anyError = 0;

// The server's HandshakeV10 greeting, read without logging in.
struct Greeting
{
    QString error; // empty when a greeting was read
    QString serverVersion;
    quint32 capabilities = 0;
};

Greeting readGreeting(const QString &host, int port)
{
    Greeting greeting;
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    if (!socket.waitForConnected(10000)) {
        greeting.error = socket.errorString();
        return greeting;
    }
    QByteArray data;
    qsizetype needed = 4;
    while (data.size() < needed) {
        if (!socket.waitForReadyRead(10000)) {
            greeting.error = QStringLiteral("no complete greeting: %1").arg(socket.errorString());
            return greeting;
        }
        data += socket.readAll();
        if (data.size() >= 4) {
            needed = 4 + (quint8(data[0]) | quint8(data[1]) << 8 | quint32(quint8(data[2])) << 16);
        }
    }
    const QByteArray payload = data.mid(4, needed - 4);
    if (payload.isEmpty() || quint8(payload[0]) != 10) {
        greeting.error = QStringLiteral("not a HandshakeV10 greeting: %1")
                                 .arg(QString::fromLatin1(payload.toHex()));
        return greeting;
    }
    const qsizetype versionEnd = payload.indexOf('\0', 1);
    // version, NUL, connection id (4), auth data (8), filler (1), capabilities low (2), charset
    // (1), status (2), capabilities high (2)
    if (versionEnd < 0 || payload.size() < versionEnd + 1 + 4 + 8 + 1 + 2 + 1 + 2 + 2) {
        greeting.error = QStringLiteral("truncated greeting");
        return greeting;
    }
    greeting.serverVersion = QString::fromLatin1(payload.mid(1, versionEnd - 1));
    const qsizetype low = versionEnd + 1 + 4 + 8 + 1;
    const qsizetype high = low + 2 + 1 + 2;
    greeting.capabilities = quint8(payload[low]) | quint8(payload[low + 1]) << 8
            | quint32(quint8(payload[high])) << 16 | quint32(quint8(payload[high + 1])) << 24;
    return greeting;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class tst_MariadbFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void serverSide_data();
    void serverSide();
    void login_data();
    void login();
    void greeting_data();
    void greeting();
    void secondHostNotInCertificate();
    void certificates_data();
    void certificates();
    void encryptedKeys_data();
    void encryptedKeys();

private:
    QString tlsOptions(ClientTls tls) const;

    TestServers m_servers;
};

void tst_MariadbFixture::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QMYSQL")),
             "Qt's QMYSQL driver plugin is missing (Debian: libqt6sql6-mysql)");
    m_servers = TestServers::fromEnvironment();
    QVERIFY2(m_servers.isValid(), qPrintable(m_servers.errorString()));
    QVERIFY2(m_servers.hasServer(Server::Tls), "servers.env describes no TLS server");
    QVERIFY2(m_servers.hasServer(Server::Plain), "servers.env describes no plaintext server");
}

QString tst_MariadbFixture::tlsOptions(ClientTls tls) const
{
    const QString ca = m_servers.path(Pki::CaCert);
    switch (tls) {
    case ClientTls::None:
        return {};
    case ClientTls::CaOnly:
        return TestServers::sslOptions(ca);
    case ClientTls::ClientCert:
        return TestServers::sslOptions(ca, m_servers.path(Pki::ClientCert),
                                       m_servers.path(Pki::ClientKey));
    case ClientTls::ClientEcCert:
        return TestServers::sslOptions(ca, m_servers.path(Pki::ClientEcCert),
                                       m_servers.path(Pki::ClientEcKey));
    case ClientTls::OtherCaCert:
        return TestServers::sslOptions(ca, m_servers.path(Pki::ClientOtherCaCert),
                                       m_servers.path(Pki::ClientOtherCaKey));
    }
    return {};
}

void tst_MariadbFixture::serverSide_data()
{
    QTest::addColumn<Server>("server");
    QTest::addColumn<QString>("haveSsl");

    QTest::newRow("TLS server") << Server::Tls << QStringLiteral("YES");
    QTest::newRow("plaintext server") << Server::Plain << QStringLiteral("DISABLED");
}

// Root logs in over the Unix socket; the server itself says whether it has TLS and which
// certificate it presents.
void tst_MariadbFixture::serverSide()
{
    QFETCH(Server, server);
    QFETCH(QString, haveSsl);

    const auto root = m_servers.openAsRoot(server);
    QVERIFY2(root.isOpen(), qPrintable(root.lastError().text()));
    QCOMPARE(root.queryValue(QStringLiteral("SELECT CURRENT_USER()")).toString(),
             m_servers.rootUser() + QLatin1String("@localhost"));
    QCOMPARE(root.queryValue(QStringLiteral("SELECT @@have_ssl")).toString(), haveSsl);
    QCOMPARE(root.queryValue(QStringLiteral("SELECT @@port")).toInt(), m_servers.port(server));
    if (server == Server::Tls) {
        QCOMPARE(root.queryValue(QStringLiteral("SELECT @@ssl_cert")).toString(),
                 m_servers.tlsServerCert());
        QCOMPARE(root.queryValue(QStringLiteral("SELECT @@ssl_ca")).toString(),
                 m_servers.path(Pki::CaCert));
    }
}

void tst_MariadbFixture::login_data()
{
    QTest::addColumn<Server>("server");
    QTest::addColumn<Account>("account");
    QTest::addColumn<ClientTls>("tls");
    QTest::addColumn<bool>("wrongPassword");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<int>("error");

    // clang-format off
    QTest::newRow("plain user, TLS server, SSL_CA")
            << Server::Tls << Account::Plain << ClientTls::CaOnly << false << Outcome::Tls << 0;
    QTest::newRow("plain user, TLS server, wrong password")
            << Server::Tls << Account::Plain << ClientTls::CaOnly << true << Outcome::Refused
            << accessDenied;
    // libmariadb 3.3 silently falls back to plaintext even though SSL_CA is set.
    QTest::newRow("plain user, plaintext server, SSL_CA")
            << Server::Plain << Account::Plain << ClientTls::CaOnly << false << Outcome::Plaintext
            << 0;
    QTest::newRow("plain user, plaintext server, no TLS options")
            << Server::Plain << Account::Plain << ClientTls::None << false << Outcome::Plaintext
            << 0;

    QTest::newRow("REQUIRE SSL, TLS server, SSL_CA")
            << Server::Tls << Account::RequireSsl << ClientTls::CaOnly << false << Outcome::Tls
            << 0;
    QTest::newRow("REQUIRE SSL, plaintext server, SSL_CA")
            << Server::Plain << Account::RequireSsl << ClientTls::CaOnly << false
            << Outcome::Refused << accessDenied;
    QTest::newRow("REQUIRE SSL, plaintext server, no TLS options")
            << Server::Plain << Account::RequireSsl << ClientTls::None << false
            << Outcome::Refused << accessDenied;
    // Refused by the server without TLS (libmariadb 3.3); newer libraries that request TLS by
    // default refuse the unknown CA themselves.
    QTest::newRow("REQUIRE SSL, TLS server, no TLS options")
            << Server::Tls << Account::RequireSsl << ClientTls::None << false << Outcome::Refused
            << anyError;

    QTest::newRow("REQUIRE X509, TLS server, client certificate")
            << Server::Tls << Account::RequireX509 << ClientTls::ClientCert << false
            << Outcome::Tls << 0;
    QTest::newRow("REQUIRE X509, TLS server, EC client certificate")
            << Server::Tls << Account::RequireX509 << ClientTls::ClientEcCert << false
            << Outcome::Tls << 0;
    QTest::newRow("REQUIRE X509, TLS server, no client certificate")
            << Server::Tls << Account::RequireX509 << ClientTls::CaOnly << false
            << Outcome::Refused << accessDenied;
    // The server rejects the certificate during the handshake (2013 "Lost connection").
    QTest::newRow("REQUIRE X509, TLS server, client certificate from the unrelated CA")
            << Server::Tls << Account::RequireX509 << ClientTls::OtherCaCert << false
            << Outcome::Refused << anyError;
    QTest::newRow("REQUIRE X509, plaintext server, client certificate")
            << Server::Plain << Account::RequireX509 << ClientTls::ClientCert << false
            << Outcome::Refused << accessDenied;

    QTest::newRow("REQUIRE SUBJECT AND ISSUER, TLS server, matching client certificate")
            << Server::Tls << Account::RequireSubject << ClientTls::ClientCert << false
            << Outcome::Tls << 0;
    QTest::newRow("REQUIRE SUBJECT AND ISSUER, TLS server, other subject")
            << Server::Tls << Account::RequireSubject << ClientTls::ClientEcCert << false
            << Outcome::Refused << accessDenied;
    QTest::newRow("REQUIRE SUBJECT AND ISSUER, TLS server, no client certificate")
            << Server::Tls << Account::RequireSubject << ClientTls::CaOnly << false
            << Outcome::Refused << accessDenied;

    QTest::newRow("admin, TLS server, SSL_CA")
            << Server::Tls << Account::Admin << ClientTls::CaOnly << false << Outcome::Tls << 0;
    // clang-format on
}

void tst_MariadbFixture::login()
{
    QFETCH(Server, server);
    QFETCH(Account, account);
    QFETCH(ClientTls, tls);
    QFETCH(bool, wrongPassword);
    QFETCH(Outcome, outcome);
    QFETCH(int, error);

    TestServers::Credentials credentials = m_servers.credentials(account);
    QVERIFY(!credentials.user.isEmpty());
    QVERIFY(!credentials.password.isEmpty());
    if (wrongPassword)
        credentials.password += QLatin1String("-wrong");

    const auto connection = m_servers.open(server, credentials, tlsOptions(tls));
    if (outcome == Outcome::Refused) {
        QVERIFY2(!connection.isOpen(), "the server accepted a login it should have refused");
        if (error != anyError)
            QCOMPARE(connection.lastError().nativeErrorCode(), QString::number(error));
        return;
    }

    QVERIFY2(connection.isOpen(), qPrintable(connection.lastError().text()));
    QCOMPARE(connection.queryValue(QStringLiteral("SELECT CURRENT_USER()")).toString(),
             credentials.user + QLatin1String("@%"));
    const QVariant version = connection.sessionStatus(QStringLiteral("Ssl_version"));
    QVERIFY2(version.isValid(), qPrintable(connection.lastQueryError()));
    const QVariant cipher = connection.sessionStatus(QStringLiteral("Ssl_cipher"));
    QVERIFY2(cipher.isValid(), qPrintable(connection.lastQueryError()));
    if (outcome == Outcome::Tls) {
        QVERIFY2(version.toString().startsWith(QLatin1String("TLSv1.")),
                 qPrintable(version.toString()));
        QVERIFY(!cipher.toString().isEmpty());
    } else {
        QCOMPARE(version.toString(), QString());
        QCOMPARE(cipher.toString(), QString());
    }
}

void tst_MariadbFixture::greeting_data()
{
    QTest::addColumn<Server>("server");
    QTest::addColumn<bool>("secondHost");
    QTest::addColumn<bool>("listening");
    QTest::addColumn<bool>("offersTls");

    QTest::newRow("TLS server") << Server::Tls << false << true << true;
    QTest::newRow("TLS server, second address") << Server::Tls << true << true << true;
    QTest::newRow("plaintext server") << Server::Plain << false << true << false;
    QTest::newRow("plaintext server, second address") << Server::Plain << true << false << false;
}

// What a client sees before it sends anything: who listens where, and who offers TLS.
void tst_MariadbFixture::greeting()
{
    QFETCH(Server, server);
    QFETCH(bool, secondHost);
    QFETCH(bool, listening);
    QFETCH(bool, offersTls);

    const QString host = secondHost ? m_servers.secondHost() : m_servers.host();
    QVERIFY(!host.isEmpty());
    const Greeting greeting = readGreeting(host, m_servers.port(server));
    if (!listening) {
        QVERIFY2(!greeting.error.isEmpty(), "a server answered where none should listen");
        return;
    }
    QVERIFY2(greeting.error.isEmpty(), qPrintable(greeting.error));
    QVERIFY2(greeting.serverVersion.contains(QLatin1String("MariaDB")),
             qPrintable(greeting.serverVersion));
    constexpr quint32 clientSsl = 0x800;
    QCOMPARE(bool(greeting.capabilities & clientSsl), offersTls);
}

// The second address is the "name not in the certificate" case: the presented certificate names
// localhost and 127.0.0.1 only.
void tst_MariadbFixture::secondHostNotInCertificate()
{
    const auto certificates = QSslCertificate::fromPath(m_servers.tlsServerCert(), QSsl::Pem);
    QCOMPARE(certificates.size(), 1);
    const auto names = certificates.first().subjectAlternativeNames();
    QCOMPARE(names.values(QSsl::DnsEntry), QList<QString> {QStringLiteral("localhost")});
    QCOMPARE(names.values(QSsl::IpAddressEntry), QList<QString> {m_servers.host()});
    QVERIFY(!names.values(QSsl::IpAddressEntry).contains(m_servers.secondHost()));
    QVERIFY(m_servers.secondHost() != m_servers.host());
}

void tst_MariadbFixture::certificates_data()
{
    QTest::addColumn<Pki>("item");
    QTest::addColumn<Pki>("issuer");
    QTest::addColumn<Validity>("validity");
    QTest::addColumn<QSsl::KeyAlgorithm>("algorithm");

    QTest::newRow("CA") << Pki::CaCert << Pki::CaCert << Validity::Valid << QSsl::Rsa;
    QTest::newRow("unrelated CA") << Pki::OtherCaCert << Pki::OtherCaCert << Validity::Valid
                                  << QSsl::Rsa;
    QTest::newRow("server") << Pki::ServerCert << Pki::CaCert << Validity::Valid << QSsl::Rsa;
    QTest::newRow("server, expired")
            << Pki::ServerExpiredCert << Pki::CaCert << Validity::Expired << QSsl::Rsa;
    QTest::newRow("server, not yet valid")
            << Pki::ServerFutureCert << Pki::CaCert << Validity::NotYetValid << QSsl::Rsa;
    QTest::newRow("server, EC") << Pki::ServerEcCert << Pki::CaCert << Validity::Valid << QSsl::Ec;
    QTest::newRow("client") << Pki::ClientCert << Pki::CaCert << Validity::Valid << QSsl::Rsa;
    QTest::newRow("client, EC") << Pki::ClientEcCert << Pki::CaCert << Validity::Valid << QSsl::Ec;
    QTest::newRow("client, unrelated CA")
            << Pki::ClientOtherCaCert << Pki::OtherCaCert << Validity::Valid << QSsl::Rsa;
}

void tst_MariadbFixture::certificates()
{
    QFETCH(Pki, item);
    QFETCH(Pki, issuer);
    QFETCH(Validity, validity);
    QFETCH(QSsl::KeyAlgorithm, algorithm);

    const auto certificates = QSslCertificate::fromPath(m_servers.path(item), QSsl::Pem);
    QCOMPARE(certificates.size(), 1);
    const QSslCertificate certificate = certificates.first();
    const auto issuers = QSslCertificate::fromPath(m_servers.path(issuer), QSsl::Pem);
    QCOMPARE(issuers.size(), 1);
    QCOMPARE(certificate.issuerInfo(QSslCertificate::CommonName),
             issuers.first().subjectInfo(QSslCertificate::CommonName));
    QCOMPARE(certificate.publicKey().algorithm(), algorithm);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (validity) {
    case Validity::Valid:
        QVERIFY(certificate.effectiveDate() < now);
        QVERIFY(certificate.expiryDate() > now.addYears(1));
        break;
    case Validity::Expired:
        QVERIFY(certificate.expiryDate() < now);
        break;
    case Validity::NotYetValid:
        QVERIFY(certificate.effectiveDate() > now.addYears(1));
        break;
    }
}

void tst_MariadbFixture::encryptedKeys_data()
{
    QTest::addColumn<Pki>("item");

    QTest::newRow("PKCS#8") << Pki::ClientEncryptedKey;
    QTest::newRow("traditional PEM") << Pki::ClientEncryptedTraditionalKey;
}

// Both encrypted files hold the client key, and only the passphrase opens them.
void tst_MariadbFixture::encryptedKeys()
{
    QFETCH(Pki, item);

    const QSslKey plain(readFile(m_servers.path(Pki::ClientKey)), QSsl::Rsa);
    QVERIFY(!plain.isNull());
    const QByteArray encrypted = readFile(m_servers.path(item));
    QVERIFY(encrypted.contains("ENCRYPTED"));
    QVERIFY(!m_servers.clientKeyPassphrase().isEmpty());

    const QSslKey opened(encrypted, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey,
                         m_servers.clientKeyPassphrase().toUtf8());
    QVERIFY(!opened.isNull());
    QVERIFY(opened == plain);
    const QSslKey wrong(encrypted, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey, "wrong");
    QVERIFY(wrong.isNull());
}

QTEST_GUILESS_MAIN(tst_MariadbFixture)
#include "tst_mariadbfixture.moc"
