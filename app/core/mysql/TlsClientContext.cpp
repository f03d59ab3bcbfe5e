// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsClientContext.h"

#include "OpenSslErrors.h"
#include "OpenSslPtr.h"
#include "mysql/TlsClientContext_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <sys/stat.h>

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A file problem in words a person can act on, or empty if the file can be read.
QString fileProblem(const QString &path, bool directory)
{
    const QFileInfo info(path);
    if (!info.exists())
        return TlsClientContext::tr("%1 does not exist.").arg(shown(path));
    if (directory != info.isDir())
        return directory ? TlsClientContext::tr("%1 is not a folder.").arg(shown(path))
                         : TlsClientContext::tr("%1 is a folder, not a file.").arg(shown(path));
    if (!info.isReadable())
        return TlsClientContext::tr("%1 cannot be read; check its permissions.").arg(shown(path));
    return {};
}

// What tells a file's versions apart: size, modification and change times to the nanosecond,
// inode. A plain stat(): QFileInfo::lastModified() converts to local time, which costs more than
// the rest of obtain() when contexts are obtained for every connection of a fleet audit.
QByteArray fileStamp(const QString &path)
{
    if (path.isEmpty())
        return {};
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QByteArrayLiteral("-");
    return QByteArray::number(qint64(st.st_size)) + ' '
            + QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.'
            + QByteArray::number(qint64(st.st_mtim.tv_nsec)) + ' '
            + QByteArray::number(qint64(st.st_ctim.tv_sec)) + '.'
            + QByteArray::number(qint64(st.st_ctim.tv_nsec)) + ' '
            + QByteArray::number(quint64(st.st_ino)) + ' ' + QByteArray::number(quint64(st.st_dev));
}

int passphraseCallback(char *buffer, int size, int, void *userdata)
{
    const QByteArray *pass = static_cast<const QByteArray *>(userdata);
    if (!pass || pass->isEmpty())
        return -1;
    const int n = qMin(size, int(pass->size()));
    memcpy(buffer, pass->constData(), size_t(n));
    return n;
}

// What the context cache remembers of a passphrase: an HMAC-SHA256 under a key that exists only
// in this process's memory. It tells "the same passphrase" apart from any other without being
// the passphrase, and is useless outside this process.
QByteArray passphraseMarker(const QString &passphrase)
{
    if (passphrase.isEmpty())
        return {};
    static const QByteArray processKey = [] {
        QByteArray key(32, '\0');
        RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), int(key.size()));
        return key;
    }();
    QByteArray utf8 = passphrase.toUtf8();
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    HMAC(EVP_sha256(), processKey.constData(), int(processKey.size()),
         reinterpret_cast<const unsigned char *>(utf8.constData()), size_t(utf8.size()), mac,
         &macLength);
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    return QByteArray(reinterpret_cast<const char *>(mac), int(macLength));
}

} // namespace

TlsClientContext::Settings TlsClientContext::Settings::fromProfile(const Profile &profile,
                                                                   const QString &keyPassphrase)
{
    Settings s;
    s.caFile = profile.caFile;
    s.caDirectory = profile.caDirectory;
    s.clientCertificate = profile.clientCertificate;
    s.clientKey = profile.clientKey;
    s.keyPassphrase = keyPassphrase;
    s.minVersion = profile.minTlsVersion;
    s.cipherList = profile.cipherList;
    return s;
}

bool TlsClientContext::Settings::operator==(const Settings &o) const
{
    return caFile == o.caFile && caDirectory == o.caDirectory
            && clientCertificate == o.clientCertificate && clientKey == o.clientKey
            && keyPassphrase == o.keyPassphrase && minVersion == o.minVersion
            && cipherList == o.cipherList && scanVersions == o.scanVersions;
}

QList<TlsProtocolVersion> TlsProtocolVersions::all()
{
    return {TlsProtocolVersion::Tls1_0, TlsProtocolVersion::Tls1_1, TlsProtocolVersion::Tls1_2,
            TlsProtocolVersion::Tls1_3};
}

QString TlsProtocolVersions::name(TlsProtocolVersion version)
{
    switch (version) {
    case TlsProtocolVersion::Tls1_0:
        return QStringLiteral("TLSv1");
    case TlsProtocolVersion::Tls1_1:
        return QStringLiteral("TLSv1.1");
    case TlsProtocolVersion::Tls1_2:
        return QStringLiteral("TLSv1.2");
    case TlsProtocolVersion::Tls1_3:
        return QStringLiteral("TLSv1.3");
    }
    return {};
}

namespace {

int stopAtServerCertificate(X509_STORE_CTX *store, void *)
{
    X509_STORE_CTX_set_error(store, X509_V_ERR_APPLICATION_VERIFICATION);
    return 0;
}

int openSslVersion(TlsProtocolVersion version)
{
    switch (version) {
    case TlsProtocolVersion::Tls1_0:
        return TLS1_VERSION;
    case TlsProtocolVersion::Tls1_1:
        return TLS1_1_VERSION;
    case TlsProtocolVersion::Tls1_2:
        return TLS1_2_VERSION;
    case TlsProtocolVersion::Tls1_3:
        return TLS1_3_VERSION;
    }
    return TLS1_3_VERSION;
}

} // namespace

TlsClientContext::TlsClientContext(std::unique_ptr<Private> d, const Settings &settings)
    : d(std::move(d))
    , m_settings(settings)
{
    m_settings.keyPassphrase.clear();
}

TlsClientContext::~TlsClientContext() = default;

int TlsClientContext::Private::resumptionSlotIndex()
{
    static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

bool TlsClientContext::Private::scanReachedServerChoice(const SSL *ssl, unsigned long lastError)
{
    // Stopped by the verify callback, should the certificate have been read.
    if (SSL_get_verify_result(ssl) == X509_V_ERR_APPLICATION_VERIFICATION)
        return true;
    // Stopped by the certificate list's limit of 0 bytes (SSL_CTX_set_max_cert_list) at the
    // header of the message after ServerHello: OpenSSL checks the size once it has moved to
    // that message's state, after ServerHello (and in TLS 1.3 EncryptedExtensions) was taken.
    if (ERR_GET_LIB(lastError) != ERR_LIB_SSL
        || ERR_GET_REASON(lastError) != SSL_R_EXCESSIVE_MESSAGE_SIZE)
        return false;
    const OSSL_HANDSHAKE_STATE state = SSL_get_state(ssl);
#if OPENSSL_VERSION_NUMBER >= 0x30200000L
    // A TLS 1.3 server may send its certificate compressed (RFC 8879, OpenSSL 3.2 and later).
    if (state == TLS_ST_CR_COMP_CERT)
        return true;
#endif
    return state == TLS_ST_CR_CERT || state == TLS_ST_CR_CERT_REQ;
}

namespace {

// TLS 1.3 delivers session tickets after the handshake, while the relay reads: keep them only
// for connections whose server passed verification.
int keepVerifiedSession(SSL *ssl, SSL_SESSION *session)
{
    auto *slot = static_cast<TlsResumptionSlot *>(
            SSL_get_ex_data(ssl, TlsClientContext::Private::resumptionSlotIndex()));
    if (slot && slot->verified && slot->context)
        slot->context->internal().storeSession(slot->key, session);
    return 0; // no reference taken: OpenSSL keeps owning `session`
}

} // namespace

SslSessionPtr TlsClientContext::Private::takeSession(const QString &key) const
{
    QMutexLocker lock(&sessionsMutex);
    const auto found = sessions.find(key);
    if (found == sessions.end() || !SSL_SESSION_is_resumable(found->second.get()))
        return nullptr;
    SSL_SESSION_up_ref(found->second.get());
    return SslSessionPtr(found->second.get());
}

void TlsClientContext::Private::storeSession(const QString &key, SSL_SESSION *session)
{
    // Keep a copy: OpenSSL marks a connection's own session unresumable when that connection
    // ends without a close_notify, as MySQL servers' connections do after COM_QUIT.
    SslSessionPtr copy(SSL_SESSION_dup(session));
    if (!copy)
        return;
    QMutexLocker lock(&sessionsMutex);
    sessions[key] = std::move(copy);
}

TlsClientContext::Created TlsClientContext::obtain(const Settings &settings)
{
    // Contexts are cached by settings; files that changed on disk since are picked up because
    // the cache key includes their modification time.
    struct CacheEntry
    {
        Settings settings; // without the passphrase
        QByteArray passphraseMarker;
        QByteArray stamps;
        std::weak_ptr<TlsClientContext> context;
    };
    static QMutex mutex;
    static QList<CacheEntry> cache;
    Settings withoutPassphrase = settings;
    withoutPassphrase.keyPassphrase.clear();
    const QByteArray marker = passphraseMarker(settings.keyPassphrase);
    const QByteArray stamps = fileStamp(settings.caFile) + '/' + fileStamp(settings.caDirectory)
            + '/' + fileStamp(settings.clientCertificate) + '/' + fileStamp(settings.clientKey);
    {
        QMutexLocker lock(&mutex);
        for (auto it = cache.begin(); it != cache.end();) {
            auto alive = it->context.lock();
            if (!alive) {
                it = cache.erase(it);
                continue;
            }
            if (it->settings == withoutPassphrase && it->passphraseMarker == marker
                && it->stamps == stamps)
                return {alive, {}, false};
            ++it;
        }
    }

    Created result;
    ERR_clear_error();
    SslCtxPtr owned(SSL_CTX_new(TLS_client_method()));
    if (!owned) {
        result.error = tr("OpenSSL could not create a TLS context: %1").arg(OpenSslErrors::take());
        return result;
    }
    SSL_CTX *const ctx = owned.get();
    std::shared_ptr<TlsClientContext> context(
            new TlsClientContext(std::make_unique<Private>(std::move(owned)), settings));
    if (settings.scanVersions) {
        const int oldest = openSslVersion(settings.scanVersions->oldest);
        SSL_CTX_set_min_proto_version(ctx, oldest);
        SSL_CTX_set_max_proto_version(ctx, openSslVersion(settings.scanVersions->newest));
        // Once the server has chosen version and cipher (ServerHello) the scan knows what it
        // came for, and the handshake ends at the header of the server's next message, its
        // Certificate (or, in TLS 1.3, a CertificateRequest before it): no certificate is
        // decoded, and it never becomes a session anyone could use.
        SSL_CTX_set_max_cert_list(ctx, 0);
        // Should a certificate ever be read all the same, the handshake still ends there, in
        // place of verifying the chain.
        SSL_CTX_set_cert_verify_callback(ctx, stopAtServerCertificate, nullptr);
        if (oldest < TLS1_2_VERSION) {
            // OpenSSL 3 offers TLS 1.0 and 1.1 only at security level 0 (their handshake
            // signatures use SHA-1 and MD5), and Debian's configuration raises the level to 2.
            SSL_CTX_set_security_level(ctx, 0);
            if (settings.cipherList.trimmed().isEmpty())
                SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0");
        }
    } else {
        SSL_CTX_set_min_proto_version(
                ctx, settings.minVersion == TlsVersion::Tls1_3 ? TLS1_3_VERSION : TLS1_2_VERSION);
    }
    SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    // A TLS 1.2 server may ask for a new handshake in the middle of the relay; nothing sslcm does
    // needs one, and renegotiation has a history of attacks (CVE-2009-3555, triple handshake).
    SSL_CTX_set_options(ctx, SSL_OP_NO_RENEGOTIATION);
    // Sessions are kept by the gateway itself, per verified server (see storeSession()).
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE);
    SSL_CTX_sess_set_new_cb(ctx, keepVerifiedSession);

    if (!settings.cipherList.trimmed().isEmpty()) {
        // TLS 1.3 suites (TLS_AES_...) and TLS 1.2 cipher names are configured separately.
        QStringList tls12, tls13;
        for (const QString &name : settings.cipherList.split(
                     QRegularExpression(QStringLiteral("[:,\\s]+")), Qt::SkipEmptyParts))
            (name.startsWith(QLatin1String("TLS_")) ? tls13 : tls12) << name;
        if (!tls12.isEmpty()
            && SSL_CTX_set_cipher_list(ctx, tls12.join(QLatin1Char(':')).toLatin1().constData())
                    != 1) {
            result.error = tr("None of the ciphers \"%1\" is known to OpenSSL.")
                                   .arg(tls12.join(QLatin1Char(':')));
            return result;
        }
        if (!tls13.isEmpty()
            && SSL_CTX_set_ciphersuites(ctx, tls13.join(QLatin1Char(':')).toLatin1().constData())
                    != 1) {
            result.error = tr("None of the TLS 1.3 cipher suites \"%1\" is known to OpenSSL.")
                                   .arg(tls13.join(QLatin1Char(':')));
            return result;
        }
    }

    if (!settings.caFile.isEmpty() || !settings.caDirectory.isEmpty()) {
        if (!settings.caFile.isEmpty()) {
            if (const QString problem = fileProblem(settings.caFile, false); !problem.isEmpty()) {
                result.error = tr("CA file: %1").arg(problem);
                return result;
            }
        }
        if (!settings.caDirectory.isEmpty()) {
            if (const QString problem = fileProblem(settings.caDirectory, true);
                !problem.isEmpty()) {
                result.error = tr("CA folder: %1").arg(problem);
                return result;
            }
        }
        const QByteArray file = QFile::encodeName(settings.caFile);
        const QByteArray dir = QFile::encodeName(settings.caDirectory);
        if (SSL_CTX_load_verify_locations(ctx, file.isEmpty() ? nullptr : file.constData(),
                                          dir.isEmpty() ? nullptr : dir.constData())
            != 1) {
            result.error = tr("The CA file %1 holds no certificate OpenSSL can read (%2). Choose "
                              "the PEM file your provider publishes.")
                                   .arg(shown(settings.caFile), OpenSslErrors::take());
            return result;
        }
    } else if (SSL_CTX_set_default_verify_paths(ctx) != 1) {
        result.error = tr("The system's trusted CA certificates could not be loaded: %1")
                               .arg(OpenSslErrors::take());
        return result;
    }

    if (!settings.clientCertificate.isEmpty() || !settings.clientKey.isEmpty()) {
        if (settings.clientCertificate.isEmpty() || settings.clientKey.isEmpty()) {
            result.error = tr("A client certificate needs its private key, and a key its "
                              "certificate.");
            return result;
        }
        if (const QString problem = fileProblem(settings.clientCertificate, false);
            !problem.isEmpty()) {
            result.error = tr("Client certificate: %1").arg(problem);
            return result;
        }
        if (const QString problem = fileProblem(settings.clientKey, false); !problem.isEmpty()) {
            result.error = tr("Client key: %1").arg(problem);
            return result;
        }
        if (SSL_CTX_use_certificate_chain_file(
                    ctx, QFile::encodeName(settings.clientCertificate).constData())
            != 1) {
            result.error = tr("The client certificate %1 could not be read (%2).")
                                   .arg(shown(settings.clientCertificate), OpenSslErrors::take());
            return result;
        }
        QFile keyFile(settings.clientKey);
        keyFile.open(QIODevice::ReadOnly);
        QByteArray keyBytes = keyFile.readAll();
        BioPtr bio(BIO_new_mem_buf(keyBytes.constData(), int(keyBytes.size())));
        QByteArray pass = settings.keyPassphrase.toUtf8();
        EvpPkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &pass));
        OPENSSL_cleanse(pass.data(), size_t(pass.size()));
        bio.reset();
        const bool encrypted = keyBytes.contains("ENCRYPTED");
        // An unencrypted key file is the key itself.
        OPENSSL_cleanse(keyBytes.data(), size_t(keyBytes.size()));
        if (!key) {
            if (encrypted) {
                result.needsPassphrase = true;
                result.error = settings.keyPassphrase.isEmpty()
                        ? tr("The client key %1 is protected by a passphrase; enter it to "
                             "connect.")
                                  .arg(shown(settings.clientKey))
                        : tr("The passphrase for the client key %1 is wrong.")
                                  .arg(shown(settings.clientKey));
            } else {
                result.error = tr("The client key %1 is not a private key OpenSSL can read (%2).")
                                       .arg(shown(settings.clientKey), OpenSslErrors::take());
            }
            ERR_clear_error();
            return result;
        }
        if (SSL_CTX_use_PrivateKey(ctx, key.get()) != 1 || SSL_CTX_check_private_key(ctx) != 1) {
            result.error
                    = tr("The client key %1 does not belong to the client certificate %2.")
                              .arg(shown(settings.clientKey), shown(settings.clientCertificate));
            ERR_clear_error();
            return result;
        }
    }

    {
        QMutexLocker lock(&mutex);
        cache.append({withoutPassphrase, marker, stamps, context});
    }
    result.context = context;
    return result;
}
