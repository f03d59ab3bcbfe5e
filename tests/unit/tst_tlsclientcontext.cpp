// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenSslPtr.h"
#include "mysql/TlsClientContext.h"
#include "mysql/TlsClientContext_p.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <csignal>
#include <memory>
#include <thread>

#include <sys/socket.h>
#include <unistd.h>

namespace {

const char passphrase[] = "correct horse";

QByteArray pemOf(const BioPtr &bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Two ends of a connected stream socket, closed when the test is done.
struct SocketPair
{
    int fd[2] = {-1, -1};
    SocketPair() { ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fd); }
    ~SocketPair()
    {
        for (int f : fd)
            if (f >= 0)
                ::close(f);
    }
};

} // namespace

class tst_TlsClientContext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passphraseIsNotKept();
    void cachedContextNeedsThePassphrase();
    void refusesServerRenegotiation();
    void scanOffersOnlyItsVersions_data();
    void scanOffersOnlyItsVersions();
    void scanHandshakeEndsAtServerCertificate_data();
    void scanHandshakeEndsAtServerCertificate();

private:
    TlsClientContext::Settings withClientKey(const QString &keyPassphrase) const;

    QTemporaryDir m_dir;
    EvpPkeyPtr m_key;
    X509Ptr m_cert;
};

void tst_TlsClientContext::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A refused handshake closes one end while the other may still write its alert.
    ::signal(SIGPIPE, SIG_IGN);
    m_key.reset(EVP_EC_gen("P-256"));
    m_cert.reset(X509_new());
    QVERIFY(m_key && m_cert);
    X509_set_version(m_cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(m_cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(m_cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(m_cert.get()), 3600);
    X509_NAME *name = X509_get_subject_name(m_cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("tst_tlsclientcontext"), -1,
                               -1, 0);
    X509_set_issuer_name(m_cert.get(), name);
    X509_set_pubkey(m_cert.get(), m_key.get());
    QVERIFY(X509_sign(m_cert.get(), m_key.get(), EVP_sha256()) > 0);

    BioPtr cert(BIO_new(BIO_s_mem()));
    QVERIFY(PEM_write_bio_X509(cert.get(), m_cert.get()) == 1);
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("client.pem")), pemOf(cert)));
    BioPtr key(BIO_new(BIO_s_mem()));
    QVERIFY(PEM_write_bio_PKCS8PrivateKey(key.get(), m_key.get(), EVP_aes_256_cbc(), passphrase,
                                          int(sizeof passphrase - 1), nullptr, nullptr)
            == 1);
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("client-encrypted.key")), pemOf(key)));
}

TlsClientContext::Settings tst_TlsClientContext::withClientKey(const QString &keyPassphrase) const
{
    TlsClientContext::Settings s;
    s.clientCertificate = m_dir.filePath(QStringLiteral("client.pem"));
    s.clientKey = m_dir.filePath(QStringLiteral("client-encrypted.key"));
    s.keyPassphrase = keyPassphrase;
    return s;
}

// The context lives as long as a profile is in use (and in the cache): its passphrase must not.
void tst_TlsClientContext::passphraseIsNotKept()
{
    const TlsClientContext::Created created
            = TlsClientContext::obtain(withClientKey(QString::fromLatin1(passphrase)));
    QVERIFY2(created.context, qPrintable(created.error));
    QVERIFY(created.context->hasClientCertificate());
    QVERIFY(created.context->settings().keyPassphrase.isEmpty());
}

// A context holds the decrypted key. A caller who does not know the passphrase must not be handed
// the context that someone who knew it unlocked; the one who knows it still gets the cached one.
void tst_TlsClientContext::cachedContextNeedsThePassphrase()
{
    const TlsClientContext::Created unlocked
            = TlsClientContext::obtain(withClientKey(QString::fromLatin1(passphrase)));
    QVERIFY2(unlocked.context, qPrintable(unlocked.error));

    for (const QString &guess :
         {QString(), QStringLiteral("wrong"), QString::fromLatin1(passphrase) + QLatin1Char(' ')}) {
        const TlsClientContext::Created other = TlsClientContext::obtain(withClientKey(guess));
        QVERIFY2(!other.context, qPrintable(guess));
        QVERIFY(other.needsPassphrase);
    }

    const TlsClientContext::Created again
            = TlsClientContext::obtain(withClientKey(QString::fromLatin1(passphrase)));
    QCOMPARE(again.context, unlocked.context);
}

// A TLS 1.2 server that asks for a new handshake in the middle of the session (HelloRequest) is
// refused: the renegotiation never happens.
void tst_TlsClientContext::scanOffersOnlyItsVersions_data()
{
    QTest::addColumn<int>("oldest"); // TlsProtocolVersion
    QTest::addColumn<int>("newest");
    QTest::addColumn<int>("openSslOldest");
    QTest::addColumn<int>("openSslNewest");
    QTest::addColumn<QString>("name");
    const auto row = [](const char *tag, TlsProtocolVersion v, int openSsl, const char *name) {
        QTest::newRow(tag) << int(v) << int(v) << openSsl << openSsl << QString::fromLatin1(name);
    };
    row("1.0", TlsProtocolVersion::Tls1_0, TLS1_VERSION, "TLSv1");
    row("1.1", TlsProtocolVersion::Tls1_1, TLS1_1_VERSION, "TLSv1.1");
    row("1.2", TlsProtocolVersion::Tls1_2, TLS1_2_VERSION, "TLSv1.2");
    row("1.3", TlsProtocolVersion::Tls1_3, TLS1_3_VERSION, "TLSv1.3");
    QTest::newRow("1.0-1.1") << int(TlsProtocolVersion::Tls1_0) << int(TlsProtocolVersion::Tls1_1)
                             << TLS1_VERSION << TLS1_1_VERSION << "TLSv1";
}

// The protocol scan's contexts: exactly their versions, and for 1.0/1.1 a security level at
// which OpenSSL 3 can offer them. A context for the scan is never the one a login gets.
void tst_TlsClientContext::scanOffersOnlyItsVersions()
{
    QFETCH(int, oldest);
    QFETCH(int, newest);
    QFETCH(int, openSslOldest);
    QFETCH(int, openSslNewest);
    QFETCH(QString, name);
    QCOMPARE(TlsProtocolVersions::name(TlsProtocolVersion(oldest)), name);

    TlsClientContext::Settings settings;
    settings.scanVersions = TlsClientContext::Settings::ScanVersions {TlsProtocolVersion(oldest),
                                                                      TlsProtocolVersion(newest)};
    const TlsClientContext::Created exact = TlsClientContext::obtain(settings);
    QVERIFY2(exact.context, qPrintable(exact.error));
    QVERIFY(exact.context->isProtocolScan());
    SSL_CTX *ctx = exact.context->internal().handle();
    QCOMPARE(int(SSL_CTX_get_min_proto_version(ctx)), openSslOldest);
    QCOMPARE(int(SSL_CTX_get_max_proto_version(ctx)), openSslNewest);
    if (openSslOldest < TLS1_2_VERSION)
        QCOMPARE(SSL_CTX_get_security_level(ctx), 0);

    const TlsClientContext::Created normal = TlsClientContext::obtain({});
    QVERIFY2(normal.context, qPrintable(normal.error));
    QVERIFY(normal.context != exact.context);
    QVERIFY(!normal.context->isProtocolScan());
    QCOMPARE(int(SSL_CTX_get_min_proto_version(normal.context->internal().handle())),
             TLS1_2_VERSION);
    QVERIFY(SSL_CTX_get_security_level(normal.context->internal().handle()) > 0);
}

void tst_TlsClientContext::refusesServerRenegotiation()
{
    const TlsClientContext::Created client = TlsClientContext::obtain({});
    QVERIFY2(client.context, qPrintable(client.error));

    SslCtxPtr serverCtx(SSL_CTX_new(TLS_server_method()));
    QVERIFY(serverCtx);
    QVERIFY(SSL_CTX_use_certificate(serverCtx.get(), m_cert.get()) == 1);
    QVERIFY(SSL_CTX_use_PrivateKey(serverCtx.get(), m_key.get()) == 1);
    SSL_CTX_set_max_proto_version(serverCtx.get(), TLS1_2_VERSION); // TLS 1.3 has none

    SocketPair sockets;
    QVERIFY(sockets.fd[0] >= 0);
    bool serverAccepted = false;
    int serverRead = 0;
    unsigned long serverError = 0;
    std::thread server([&] {
        SslPtr ssl(SSL_new(serverCtx.get()));
        SSL_set_fd(ssl.get(), sockets.fd[1]);
        serverAccepted = SSL_accept(ssl.get()) == 1;
        // The HelloRequest goes out at once; the client answers it (or refuses it) while it
        // reads the byte written after it.
        if (serverAccepted && SSL_renegotiate(ssl.get()) == 1 && SSL_do_handshake(ssl.get()) == 1
            && SSL_write(ssl.get(), "x", 1) == 1) {
            char byte = 0;
            serverRead = SSL_read(ssl.get(), &byte, 1);
            // The whole queue: after the alert, OpenSSL 3.5 also queues the socket's EPIPE.
            while (const unsigned long error = ERR_get_error()) {
                if (ERR_GET_REASON(error) == SSL_R_NO_RENEGOTIATION)
                    serverError = error;
            }
        }
        ERR_clear_error();
        ::shutdown(sockets.fd[1], SHUT_RDWR);
    });

    SslPtr ssl(SSL_new(client.context->internal().handle()));
    SSL_set_fd(ssl.get(), sockets.fd[0]);
    const bool connected = SSL_connect(ssl.get()) == 1;
    char byte = 0;
    const int clientRead = connected ? SSL_read(ssl.get(), &byte, 1) : -1;
    // Writing finishes a renegotiation the client agreed to.
    if (clientRead == 1)
        SSL_write(ssl.get(), "y", 1);
    ERR_clear_error();
    ::shutdown(sockets.fd[0], SHUT_RDWR);
    server.join();

    QVERIFY(connected);
    QVERIFY(serverAccepted);
    QCOMPARE(QByteArray(SSL_get_version(ssl.get())), QByteArray("TLSv1.2"));
    QCOMPARE(clientRead, 1);
    // The server's new handshake was refused: it gets the client's no_renegotiation alert
    // instead of a ClientHello, and never the byte written after it.
    QVERIFY2(serverRead <= 0, "the client renegotiated at the server's request");
    QCOMPARE(ERR_GET_REASON(serverError), SSL_R_NO_RENEGOTIATION);
}

void tst_TlsClientContext::scanHandshakeEndsAtServerCertificate_data()
{
    QTest::addColumn<int>("serverMax");
    QTest::addColumn<bool>("asksForClientCertificate");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("endState");
    QTest::newRow("TLS 1.3") << TLS1_3_VERSION << false << QByteArray("TLSv1.3")
                             << int(TLS_ST_CR_CERT);
    QTest::newRow("TLS 1.2") << TLS1_2_VERSION << false << QByteArray("TLSv1.2")
                             << int(TLS_ST_CR_CERT);
    // TLS 1.3 sends CertificateRequest before its Certificate; TLS 1.2 after it.
    QTest::newRow("TLS 1.3, asks for a client certificate")
            << TLS1_3_VERSION << true << QByteArray("TLSv1.3") << int(TLS_ST_CR_CERT_REQ);
    QTest::newRow("TLS 1.2, asks for a client certificate")
            << TLS1_2_VERSION << true << QByteArray("TLSv1.2") << int(TLS_ST_CR_CERT);
}

// A scan handshake learns the server's choice of version and cipher and never becomes a TLS
// session: the server never sees the client's Finished, so nothing could be sent through it.
void tst_TlsClientContext::scanHandshakeEndsAtServerCertificate()
{
    QFETCH(int, serverMax);
    QFETCH(bool, asksForClientCertificate);
    QFETCH(QByteArray, expected);
    QFETCH(int, endState);
    TlsClientContext::Settings settings;
    settings.scanVersions = TlsClientContext::Settings::ScanVersions {TlsProtocolVersion::Tls1_2,
                                                                      TlsProtocolVersion::Tls1_3};
    const TlsClientContext::Created scan = TlsClientContext::obtain(settings);
    QVERIFY2(scan.context, qPrintable(scan.error));

    SslCtxPtr serverCtx(SSL_CTX_new(TLS_server_method()));
    QVERIFY(serverCtx);
    QVERIFY(SSL_CTX_use_certificate(serverCtx.get(), m_cert.get()) == 1);
    QVERIFY(SSL_CTX_use_PrivateKey(serverCtx.get(), m_key.get()) == 1);
    SSL_CTX_set_max_proto_version(serverCtx.get(), serverMax);
    if (asksForClientCertificate)
        SSL_CTX_set_verify(serverCtx.get(), SSL_VERIFY_PEER, nullptr);

    SocketPair sockets;
    QVERIFY(sockets.fd[0] >= 0);
    bool serverAccepted = true;
    std::thread server([&] {
        SslPtr ssl(SSL_new(serverCtx.get()));
        SSL_set_fd(ssl.get(), sockets.fd[1]);
        serverAccepted = SSL_accept(ssl.get()) == 1;
        ERR_clear_error();
        ::shutdown(sockets.fd[1], SHUT_RDWR);
    });
    SslPtr ssl(SSL_new(scan.context->internal().handle()));
    SSL_set_fd(ssl.get(), sockets.fd[0]);
    SSL_set_verify(ssl.get(), SSL_VERIFY_PEER, nullptr);
    const int rc = SSL_connect(ssl.get());
    const unsigned long lastError = ERR_peek_last_error();
    ERR_clear_error();
    ::shutdown(sockets.fd[0], SHUT_RDWR);
    server.join();

    QVERIFY(rc != 1);
    QVERIFY2(!serverAccepted, "the scan's handshake was completed");
    QVERIFY(TlsClientContext::Private::scanReachedServerChoice(ssl.get(), lastError));
    // It ended at the header of the server's Certificate (or CertificateRequest), before any
    // certificate was decoded, let alone verified.
    QCOMPARE(ERR_GET_REASON(lastError), SSL_R_EXCESSIVE_MESSAGE_SIZE);
    QCOMPARE(int(SSL_get_state(ssl.get())), endState);
    QVERIFY(!SSL_get0_peer_certificate(ssl.get()));
    QCOMPARE(SSL_get_verify_result(ssl.get()), long(X509_V_OK));
    QCOMPARE(QByteArray(SSL_get_version(ssl.get())), expected);
    const SSL_CIPHER *cipher = SSL_get_pending_cipher(ssl.get());
    if (!cipher)
        cipher = SSL_get_current_cipher(ssl.get());
    QVERIFY(cipher);
    QVERIFY(!QByteArray(SSL_CIPHER_get_name(cipher)).isEmpty());
}

QTEST_GUILESS_MAIN(tst_TlsClientContext)
#include "tst_tlsclientcontext.moc"
