// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeMysqlServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <functional>
#include <vector>

namespace {

constexpr quint32 commonCapabilities = FakeMysqlServer::ClientFoundRows | 0x4 /* LONG_FLAG */
        | FakeMysqlServer::ClientConnectWithDb | 0x100                        /* IGNORE_SPACE */
        | FakeMysqlServer::ClientProtocol41 | FakeMysqlServer::ClientInteractive
        | FakeMysqlServer::ClientSsl | 0x2000               /* TRANSACTIONS */
        | FakeMysqlServer::ClientSecureConnection | 0x10000 /* MULTI_STATEMENTS */
        | 0x20000 /* MULTI_RESULTS */ | 0x40000             /* PS_MULTI_RESULTS */
        | FakeMysqlServer::ClientPluginAuth | FakeMysqlServer::ClientConnectAttrs
        | FakeMysqlServer::ClientPluginAuthLenencData | 0x400000 /* CAN_HANDLE_EXPIRED */
        | FakeMysqlServer::ClientDeprecateEof;
// MariaDB's extended capabilities: progress, bulk operations, extended and cached metadata.
constexpr quint32 mariadbExtendedCapabilities = 0x1D;
constexpr quint8 utf8mb4GeneralCi = 45;
// The MariaDB extended capabilities that change how result sets look.
constexpr quint32 mariadbExtendedMetadata = 0x8; // MARIADB_CLIENT_EXTENDED_METADATA (1 << 35)
constexpr quint32 mariadbCacheMetadata = 0x10;   // MARIADB_CLIENT_CACHE_METADATA (1 << 36)
constexpr quint16 serverStatusAutocommit = 0x0002;

QByteArray le16(quint16 v)
{
    QByteArray b(2, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray encodePacket(quint8 sequence, const QByteArray &payload)
{
    QByteArray b = le32(quint32(payload.size()));
    b[3] = char(sequence);
    return b + payload;
}

QByteArray okPayload()
{
    // OK, 0 affected rows, no insert id, SERVER_STATUS_AUTOCOMMIT, no warnings.
    return QByteArrayLiteral("\x00\x00\x00\x02\x00\x00\x00");
}

QByteArray lengthEncoded(quint64 v)
{
    if (v < 0xFB)
        return QByteArray(1, char(v));
    QByteArray b;
    int width;
    if (v <= 0xFFFF) {
        b += char(0xFC);
        width = 2;
    } else if (v <= 0xFFFFFF) {
        b += char(0xFD);
        width = 3;
    } else {
        b += char(0xFE);
        width = 8;
    }
    for (int i = 0; i < width; ++i)
        b += char((v >> (8 * i)) & 0xFF);
    return b;
}

QByteArray lengthEncodedString(const QByteArray &s)
{
    return lengthEncoded(quint64(s.size())) + s;
}

// An OK packet after a statement; `header` 0xFE when it ends a result set (CLIENT_DEPRECATE_EOF).
QByteArray statementOkPayload(quint64 affectedRows, char header = '\x00')
{
    return QByteArray(1, header) + lengthEncoded(affectedRows) + lengthEncoded(0)
            + le16(serverStatusAutocommit) + le16(0);
}

// The EOF packet of the protocol before CLIENT_DEPRECATE_EOF: no warnings, autocommit.
QByteArray eofPayload()
{
    return QByteArray(1, char(0xFE)) + le16(0) + le16(serverStatusAutocommit);
}

QByteArray errorPayload(quint16 code, const QByteArray &sqlState, const QByteArray &message)
{
    return QByteArray(1, char(0xFF)) + le16(code) + '#' + sqlState + message;
}

QByteArray sha1(const QByteArray &b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha1);
}

QByteArray sha256(const QByteArray &b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256);
}

QByteArray exclusiveOr(const QByteArray &a, const QByteArray &b)
{
    QByteArray out(a.size(), '\0');
    for (qsizetype i = 0; i < a.size(); ++i)
        out[i] = char(a.at(i) ^ b.at(i % b.size()));
    return out;
}

// mysql_native_password: SHA1(password) XOR SHA1(scramble + SHA1(SHA1(password))).
QByteArray nativeScramble(const QByteArray &password, const QByteArray &scramble)
{
    const QByteArray stage1 = sha1(password);
    return exclusiveOr(stage1, sha1(scramble + sha1(stage1)));
}

// caching_sha2_password: SHA256(password) XOR SHA256(SHA256(SHA256(password)) + scramble).
QByteArray sha2Scramble(const QByteArray &password, const QByteArray &scramble)
{
    const QByteArray stage1 = sha256(password);
    return exclusiveOr(stage1, sha256(sha256(stage1) + scramble));
}

QByteArray randomScramble()
{
    // Printable and never NUL, as servers make them.
    QByteArray s(20, '\0');
    for (char &c : s)
        c = char(QRandomGenerator::global()->bounded(33, 127));
    return s;
}

// Reads a NUL-terminated string at `at`; false when there is no NUL.
bool readCString(const QByteArray &b, qsizetype &at, QByteArray &out)
{
    const qsizetype end = b.indexOf('\0', at);
    if (end < 0)
        return false;
    out = b.mid(at, end - at);
    at = end + 1;
    return true;
}

bool readLengthEncoded(const QByteArray &b, qsizetype &at, quint64 &value)
{
    if (at >= b.size())
        return false;
    const quint8 first = quint8(b.at(at));
    int width = 0;
    if (first < 0xFB) {
        value = first;
        at += 1;
        return true;
    }
    if (first == 0xFC)
        width = 2;
    else if (first == 0xFD)
        width = 3;
    else if (first == 0xFE)
        width = 8;
    else
        return false;
    if (b.size() < at + 1 + width)
        return false;
    value = 0;
    for (int i = 0; i < width; ++i)
        value |= quint64(quint8(b.at(at + 1 + i))) << (8 * i);
    at += 1 + width;
    return true;
}

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QString takeOpenSslErrors()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        const char *reason = ERR_reason_error_string(code);
        reasons << (reason ? QString::fromLatin1(reason) : QString::number(code, 16));
    }
    return reasons.join(QStringLiteral("; "));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

QByteArray pemOf(const std::function<int(BIO *)> &write)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (write(bio.get()) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

FakeMysqlServer::Identity makeIdentity(const QString &directory, const QString &name)
{
    FakeMysqlServer::Identity identity;
    KeyPtr key(EVP_EC_gen("P-256"));
    CertPtr cert(X509_new());
    if (!key || !cert) {
        identity.error = takeOpenSslErrors();
        return identity;
    }
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7F;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 7L * 24 * 3600);
    X509_NAME *subject = X509_get_subject_name(cert.get());
    const QByteArray organisation = QByteArrayLiteral("sslcm fake server ") + name.toUtf8();
    X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(organisation.constData()),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("localhost"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), subject);
    X509_set_pubkey(cert.get(), key.get());
    // Its own trust anchor; no IP address, so 127.0.0.1 is a name the certificate lacks.
    if (!addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign")
        || !addExtension(cert.get(), NID_subject_alt_name, "DNS:localhost")
        || X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0) {
        identity.error = takeOpenSslErrors();
        return identity;
    }
    unsigned char *der = nullptr;
    const int derSize = i2d_X509(cert.get(), &der);
    identity.certificateSha256 = sha256(QByteArray(reinterpret_cast<const char *>(der), derSize));
    OPENSSL_free(der);

    const QByteArray certificatePem
            = pemOf([&](BIO *b) { return PEM_write_bio_X509(b, cert.get()); });
    const QByteArray keyPem = pemOf([&](BIO *b) {
        return PEM_write_bio_PrivateKey(b, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    identity.certificateFile = directory + QLatin1Char('/') + name + QStringLiteral(".crt");
    identity.keyFile = directory + QLatin1Char('/') + name + QStringLiteral(".key");
    QFile certificate(identity.certificateFile);
    QFile keyFile(identity.keyFile);
    if (!certificate.open(QIODevice::WriteOnly) || certificate.write(certificatePem) <= 0
        || !keyFile.open(QIODevice::WriteOnly) || keyFile.write(keyPem) <= 0)
        identity.error
                = QStringLiteral("cannot write the fake server's identity to %1").arg(directory);
    return identity;
}

QTemporaryDir &identityDirectory()
{
    static QTemporaryDir directory;
    return directory;
}

} // namespace

FakeMysqlServer::Column FakeMysqlServer::Column::text(const QByteArray &name, quint32 length)
{
    Column c;
    c.name = name;
    c.length = length;
    return c;
}

FakeMysqlServer::Column FakeMysqlServer::Column::blob(const QByteArray &name)
{
    Column c;
    c.name = name;
    c.type = 0xFC;
    c.charset = 63;
    c.flags = 0x1 | 0x10 | 0x80; // NOT_NULL, BLOB, BINARY
    c.length = 65535;
    return c;
}

FakeMysqlServer::Column FakeMysqlServer::Column::enumeration(const QByteArray &name)
{
    Column c;
    c.name = name;
    c.type = 0xFE;
    c.flags = 0x1 | 0x100; // NOT_NULL, ENUM
    c.length = 36;
    return c;
}

FakeMysqlServer::Column FakeMysqlServer::Column::integer(const QByteArray &name, bool isUnsigned)
{
    Column c;
    c.name = name;
    c.type = 0x08;
    c.charset = 63;
    c.flags = 0x80 | (isUnsigned ? 0x20 : 0); // BINARY (numbers), UNSIGNED
    c.length = 21;
    return c;
}

FakeMysqlServer::Reply FakeMysqlServer::Reply::ok(quint64 affectedRows)
{
    Reply r;
    r.affectedRows = affectedRows;
    return r;
}

FakeMysqlServer::Reply FakeMysqlServer::Reply::resultSet(const QList<Column> &columns,
                                                         const QList<Row> &rows)
{
    Reply r;
    r.kind = Kind::ResultSet;
    r.columns = columns;
    r.rows = rows;
    return r;
}

FakeMysqlServer::Reply FakeMysqlServer::Reply::error(quint16 code, const QByteArray &sqlState,
                                                     const QByteArray &message)
{
    Reply r;
    r.kind = Kind::Error;
    r.errorCode = code;
    r.sqlState = sqlState;
    r.errorMessage = message;
    return r;
}

FakeMysqlServer::Answer FakeMysqlServer::Answer::exact(const QString &text, const Reply &reply)
{
    Answer a;
    a.text = text.trimmed();
    a.reply = reply;
    return a;
}

FakeMysqlServer::Answer FakeMysqlServer::Answer::matching(const QString &pattern,
                                                          const Reply &reply)
{
    Answer a;
    a.pattern = QRegularExpression(pattern,
                                   QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::DotMatchesEverythingOption);
    a.reply = reply;
    return a;
}

bool FakeMysqlServer::Answer::matches(const QString &query) const
{
    if (!text.isEmpty())
        return query.trimmed() == text;
    return !pattern.pattern().isEmpty() && pattern.match(query).hasMatch();
}

const FakeMysqlServer::Identity &FakeMysqlServer::identity()
{
    static const Identity identity
            = makeIdentity(identityDirectory().path(), QStringLiteral("fake"));
    return identity;
}

const FakeMysqlServer::Identity &FakeMysqlServer::unrelatedIdentity()
{
    static const Identity identity
            = makeIdentity(identityDirectory().path(), QStringLiteral("unrelated"));
    return identity;
}

// One accepted connection: a small state machine driven by the socket, on the fake's thread.
struct FakeMysqlServer::Connection
{
    enum class State {
        AwaitFirstPacket, // SSLRequest or handshake response
        AwaitResponse,    // the handshake response, inside TLS
        AwaitClearPassword,
        AwaitNativeAfterSwitch,
        Command,
        Stalled, // records, never answers
    };

    FakeMysqlServer &owner;
    const Script &script;
    int index;
    QTcpSocket *socket;
    SSL_CTX *context;
    SSL *ssl = nullptr;
    BIO *readBio = nullptr;  // bytes from the socket for OpenSSL
    BIO *writeBio = nullptr; // bytes from OpenSSL for the socket
    bool tlsEstablished = false;
    QByteArray plain; // unparsed client bytes, before TLS or decrypted
    State state = State::AwaitFirstPacket;
    quint8 nextSequence = 0;
    QByteArray scramble = randomScramble();
    QByteArray switchScramble;
    qint64 floodLeft = 0;
    bool closeAfterFlood = false;
    int tlsBytesLeft = -1; // >= 0: the TLS handshake output is cut after this many more bytes
    quint32 clientCapabilities = 0;         // from the handshake response
    quint32 clientExtendedCapabilities = 0; // MariaDB's, from the handshake response

    Connection(FakeMysqlServer &owner, int index, QTcpSocket *socket, SSL_CTX *context)
        : owner(owner)
        , script(owner.m_script)
        , index(index)
        , socket(socket)
        , context(context)
    { }
    ~Connection()
    {
        if (ssl)
            SSL_free(ssl); // frees both BIOs
    }

    void record(const std::function<void(Capture &)> &change)
    {
        QMutexLocker lock(&owner.m_mutex);
        change(owner.m_captures[index]);
    }

    void problem(const QString &text)
    {
        record([&](Capture &c) {
            if (c.problem.isEmpty())
                c.problem = text;
        });
    }

    void close()
    {
        state = State::Stalled;
        socket->disconnectFromHost();
    }

    void flushTls()
    {
        char buffer[16 * 1024];
        int n;
        while ((n = BIO_read(writeBio, buffer, sizeof buffer)) > 0) {
            if (tlsBytesLeft >= 0) {
                n = qMin(n, tlsBytesLeft);
                tlsBytesLeft -= n;
            }
            socket->write(buffer, n);
            if (tlsBytesLeft == 0)
                return;
        }
    }

    void sendPacket(const QByteArray &payload) { sendWire(encodePacket(nextSequence++, payload)); }

    void sendWire(const QByteArray &wire)
    {
        if (ssl) {
            SSL_write(ssl, wire.constData(), int(wire.size()));
            flushTls();
        } else {
            socket->write(wire);
        }
    }

    // Sends `raw` (or `authRaw`), then the flood, then does what `afterRaw` says.
    void sendRawThenFlood(const QByteArray &raw)
    {
        sendWire(raw);
        floodLeft = script.floodBytes;
        closeAfterFlood = script.afterRaw == AfterRaw::Close;
        flood();
    }

    // Keeps a few chunks queued until the flood is sent; called again as the peer reads.
    void flood()
    {
        constexpr qint64 chunk = 256 * 1024;
        while (floodLeft > 0 && socket->state() == QAbstractSocket::ConnectedState
               && socket->bytesToWrite() < 4 * chunk) {
            const qint64 n = qMin(floodLeft, chunk);
            sendWire(QByteArray(n, script.floodByte));
            floodLeft -= n;
            record([n](Capture &c) { c.floodSent += n; });
        }
        if (floodLeft == 0 && closeAfterFlood) {
            closeAfterFlood = false;
            close();
        }
    }

    QByteArray greeting() const
    {
        quint32 capabilities = commonCapabilities
                | (script.flavour == Flavour::Mysql8 ? quint32(ClientMysql) : 0u);
        capabilities = (capabilities | script.addCapabilities) & ~script.clearCapabilities;
        const bool sha2Greeting = script.auth == Auth::CachingSha2Fast
                || script.auth == Auth::CachingSha2Full || script.auth == Auth::SwitchToNative;
        QByteArray p;
        p += char(10);
        p += script.flavour == Flavour::MariaDb ? QByteArrayLiteral("5.5.5-10.11.99-MariaDB-fake")
                                                : QByteArrayLiteral("8.0.99-fake");
        p += '\0';
        p += le32(quint32(1000 + index));
        p += scramble.left(8);
        p += '\0';
        p += le16(quint16(capabilities & 0xFFFF));
        p += char(utf8mb4GeneralCi);
        p += le16(0x0002); // SERVER_STATUS_AUTOCOMMIT
        p += le16(quint16(capabilities >> 16));
        p += char(scramble.size() + 1);
        p += QByteArray(6, '\0');
        p += capabilities & ClientMysql ? QByteArray(4, '\0') : le32(mariadbExtendedCapabilities);
        p += scramble.mid(8);
        p += '\0';
        if (!script.greetingPlugin.isEmpty())
            p += script.greetingPlugin;
        else
            p += sha2Greeting ? QByteArrayLiteral("caching_sha2_password")
                              : QByteArrayLiteral("mysql_native_password");
        p += '\0';
        return p;
    }

    void start()
    {
        switch (script.greeting) {
        case GreetingKind::HandshakeV10: {
            QByteArray wire = encodePacket(nextSequence++, greeting());
            if (script.injectOkAfterGreeting)
                wire += encodePacket(nextSequence, okPayload());
            socket->write(wire);
            break;
        }
        case GreetingKind::Error:
            // Before the handshake a server sends no SQL state.
            socket->write(encodePacket(
                    0, QByteArray(1, char(0xFF)) + le16(script.errorCode) + script.errorMessage));
            close();
            break;
        case GreetingKind::Raw:
            state = State::Stalled;
            sendRawThenFlood(script.raw);
            break;
        case GreetingKind::Nothing:
            state = State::Stalled;
            break;
        }
    }

    void onReadyRead()
    {
        const QByteArray bytes = socket->readAll();
        if (bytes.isEmpty())
            return;
        record([&](Capture &c) { c.received += bytes; });
        if (ssl) {
            BIO_write(readBio, bytes.constData(), int(bytes.size()));
            pumpTls();
        } else {
            plain += bytes;
            processPackets();
        }
    }

    void onDisconnected()
    {
        floodLeft = 0;
        onReadyRead();
        record([](Capture &c) { c.closed = true; });
    }

    void startTls()
    {
        ssl = SSL_new(context);
        readBio = BIO_new(BIO_s_mem());
        writeBio = BIO_new(BIO_s_mem());
        SSL_set_bio(ssl, readBio, writeBio);
        SSL_set_accept_state(ssl);
        record([](Capture &c) { c.tlsStarted = true; });
        // The ClientHello may have arrived together with the SSLRequest.
        if (!plain.isEmpty())
            BIO_write(readBio, plain.constData(), int(plain.size()));
        plain.clear();
        pumpTls();
    }

    void pumpTls()
    {
        if (!tlsEstablished) {
            ERR_clear_error();
            const int rc = SSL_do_handshake(ssl);
            flushTls();
            if (tlsBytesLeft == 0) {
                // The handshake is cut here: keep recording, never answer again.
                SSL_free(ssl);
                ssl = nullptr;
                if (script.onSslRequest == OnSslRequest::CloseMidHandshake)
                    close();
                else
                    state = State::Stalled;
                return;
            }
            if (rc != 1) {
                if (SSL_get_error(ssl, rc) == SSL_ERROR_WANT_READ)
                    return;
                const QString reason = takeOpenSslErrors();
                record([&](Capture &c) { c.tlsFailure = reason; });
                // Keep recording whatever else the peer sends until it closes.
                state = State::Stalled;
                SSL_free(ssl);
                ssl = nullptr;
                return;
            }
            tlsEstablished = true;
            const QString version = QString::fromLatin1(SSL_get_version(ssl));
            record([&](Capture &c) {
                c.tlsEstablished = true;
                c.tlsVersion = version;
            });
        }
        char buffer[16 * 1024];
        QByteArray decrypted;
        int n;
        while ((n = SSL_read(ssl, buffer, sizeof buffer)) > 0)
            decrypted.append(buffer, n);
        flushTls();
        if (decrypted.isEmpty())
            return;
        record([&](Capture &c) { c.decrypted += decrypted; });
        plain += decrypted;
        processPackets();
    }

    void processPackets()
    {
        while (plain.size() >= 4 && state != State::Stalled) {
            const quint32 size = qFromLittleEndian<quint32>(plain.constData()) & 0xFFFFFF;
            if (plain.size() < qsizetype(4 + size))
                return;
            Packet packet;
            packet.sequence = quint8(plain.at(3));
            packet.payload = plain.mid(4, size);
            packet.insideTls = ssl != nullptr;
            plain.remove(0, 4 + size);
            record([&](Capture &c) { c.packets << packet; });
            handle(packet);
            // Bytes behind an SSLRequest belong to TLS, not to the packet stream.
            if (ssl && !packet.insideTls)
                return;
        }
    }

    bool checkSequence(const Packet &packet)
    {
        if (packet.sequence == nextSequence) {
            nextSequence = quint8(packet.sequence + 1);
            return true;
        }
        problem(QStringLiteral("client packet has sequence id %1, expected %2")
                        .arg(packet.sequence)
                        .arg(nextSequence));
        nextSequence = quint8(packet.sequence + 1);
        sendPacket(errorPayload(1156, "08S01", "Got packets out of order"));
        close();
        return false;
    }

    void handle(const Packet &packet)
    {
        if (state == State::Command) {
            nextSequence = 0;
            if (!checkSequence(packet))
                return;
            record([&](Capture &c) { c.commands << packet.payload; });
            const quint8 command = packet.payload.isEmpty() ? 0 : quint8(packet.payload.at(0));
            if (command == 0x01) // COM_QUIT
                close();
            else if (command == 0x03) // COM_QUERY
                query(QString::fromUtf8(packet.payload.mid(1)));
            else if (command == 0x16) // COM_STMT_PREPARE: the fake has no statements
                sendPacket(errorPayload(1295, "HY000", "not supported by the fake server"));
            else
                sendPacket(okPayload());
            return;
        }
        // After raw bytes of the script's making, whatever sequence id the client continues
        // with is taken as right.
        if (script.auth == Auth::Raw && state == State::AwaitClearPassword)
            nextSequence = packet.sequence;
        if (!checkSequence(packet))
            return;
        switch (state) {
        case State::AwaitFirstPacket: {
            const quint32 flags = packet.payload.size() >= 4
                    ? qFromLittleEndian<quint32>(packet.payload.constData())
                    : 0;
            if (packet.payload.size() == 32 && (flags & ClientSsl)) {
                record([&](Capture &c) { c.sslRequest = packet.payload; });
                switch (script.onSslRequest) {
                case OnSslRequest::StartTls:
                    state = State::AwaitResponse;
                    startTls();
                    break;
                case OnSslRequest::SendGarbage:
                    socket->write(script.garbage);
                    state = State::Stalled;
                    break;
                case OnSslRequest::Close:
                    close();
                    break;
                case OnSslRequest::Stall:
                    state = State::Stalled;
                    break;
                case OnSslRequest::StallMidHandshake:
                case OnSslRequest::CloseMidHandshake:
                    state = State::AwaitResponse;
                    tlsBytesLeft = script.tlsBytesBeforeFault;
                    startTls();
                    break;
                }
                return;
            }
            handshakeResponse(packet);
            return;
        }
        case State::AwaitResponse:
            handshakeResponse(packet);
            return;
        case State::AwaitClearPassword: {
            if (packet.payload == QByteArray(1, '\x02')) {
                problem(QStringLiteral("the client asked for the RSA public key"));
                deny();
                return;
            }
            QByteArray password = packet.payload;
            if (password.endsWith('\0'))
                password.chop(1);
            if (password == script.password.toUtf8())
                accept();
            else
                deny();
            return;
        }
        case State::AwaitNativeAfterSwitch:
            if (packet.payload == nativeScramble(script.password.toUtf8(), switchScramble))
                accept();
            else
                deny();
            return;
        case State::Command:
        case State::Stalled:
            return;
        }
    }

    void query(const QString &text)
    {
        record([&](Capture &c) { c.queries << text; });
        const Reply *reply = nullptr;
        for (const Answer &answer : script.answers) {
            if (answer.matches(text)) {
                reply = &answer.reply;
                break;
            }
        }
        if (!reply) {
            sendPacket(statementOkPayload(0));
            return;
        }
        switch (reply->kind) {
        case Reply::Kind::Ok:
            sendPacket(statementOkPayload(reply->affectedRows));
            return;
        case Reply::Kind::Error:
            sendPacket(errorPayload(reply->errorCode, reply->sqlState, reply->errorMessage));
            return;
        case Reply::Kind::ResultSet:
            sendResultSet(*reply);
            return;
        }
    }

    // A text-protocol result set: the column count, the column definitions, (EOF), the rows and
    // the end (EOF, or OK with the EOF header under CLIENT_DEPRECATE_EOF), in one write.
    void sendResultSet(const Reply &reply)
    {
        const bool deprecateEof = clientCapabilities & ClientDeprecateEof;
        const bool mariaDbClient = !(clientCapabilities & ClientMysql);
        const bool extendedMetadata
                = mariaDbClient && (clientExtendedCapabilities & mariadbExtendedMetadata);
        const bool cacheMetadata
                = mariaDbClient && (clientExtendedCapabilities & mariadbCacheMetadata);
        QByteArray wire;
        auto add
                = [&](const QByteArray &payload) { wire += encodePacket(nextSequence++, payload); };
        QByteArray count = lengthEncoded(quint64(reply.columns.size()));
        if (cacheMetadata)
            count += char(1); // the metadata follows
        add(count);
        for (const Column &column : reply.columns) {
            QByteArray d;
            d += lengthEncodedString("def");
            d += lengthEncodedString(column.schema);
            d += lengthEncodedString(column.table);
            d += lengthEncodedString(column.orgTable);
            d += lengthEncodedString(column.name);
            d += lengthEncodedString(column.name); // org_name
            if (extendedMetadata)
                d += lengthEncodedString({}); // no extended type information
            d += lengthEncoded(0x0C);
            d += le16(column.charset);
            d += le32(column.length);
            d += char(column.type);
            d += le16(column.flags);
            d += char(column.type == 0x08 ? 0 : 0x1F); // decimals
            d += le16(0);
            add(d);
        }
        if (!deprecateEof)
            add(eofPayload());
        for (const Row &row : reply.rows) {
            QByteArray r;
            for (qsizetype i = 0; i < reply.columns.size(); ++i) {
                const Value value = i < row.size() ? row.at(i) : Value();
                r += value ? lengthEncodedString(*value) : QByteArray(1, char(0xFB));
            }
            add(r);
        }
        add(deprecateEof ? statementOkPayload(0, char(0xFE)) : eofPayload());
        sendWire(wire);
    }

    void handshakeResponse(const Packet &packet)
    {
        const QByteArray &p = packet.payload;
        QByteArray user, authData, database, plugin;
        qsizetype at = 32;
        bool ok = p.size() > 32 && readCString(p, at, user);
        // Byte by byte: GCC 14 (Debian 13) cannot see the size check through qFromLittleEndian
        // and reports reading past an empty QByteArray's one-byte buffer (-Warray-bounds).
        quint32 flags = 0;
        for (qsizetype i = 0; i < 4 && i < p.size(); ++i)
            flags |= quint32(quint8(p.at(i))) << (8 * i);
        if (p.size() < 4)
            flags = 0;
        if (ok) {
            quint64 length = 0;
            if (flags & ClientPluginAuthLenencData)
                ok = readLengthEncoded(p, at, length);
            else if (flags & ClientSecureConnection && at < p.size())
                length = quint8(p.at(at++));
            ok = ok && at + qsizetype(length) <= p.size();
            if (ok) {
                authData = p.mid(at, qsizetype(length));
                at += qsizetype(length);
            }
        }
        if (ok && (flags & ClientConnectWithDb))
            ok = readCString(p, at, database);
        if (ok && (flags & ClientPluginAuth))
            ok = readCString(p, at, plugin);
        clientCapabilities = flags;
        clientExtendedCapabilities = 0;
        for (qsizetype i = 0; i < 4 && 28 + i < p.size(); ++i)
            clientExtendedCapabilities |= quint32(quint8(p.at(28 + i))) << (8 * i);
        record([&](Capture &c) {
            c.clientCapabilities = flags;
            c.handshakeResponse = p;
            c.clientUser = QString::fromUtf8(user);
            c.clientDatabase = QString::fromUtf8(database);
            c.clientAuthPlugin = QString::fromUtf8(plugin);
        });
        if (!ok) {
            problem(QStringLiteral("malformed handshake response"));
            deny();
            return;
        }
        if (user != script.user.toUtf8()) {
            deny();
            return;
        }
        const QByteArray password = script.password.toUtf8();
        const QByteArray expectedPlugin = QByteArrayLiteral("mysql_native_password");
        switch (script.auth) {
        case Auth::NativePassword:
        case Auth::SwitchToClearText:
            if (plugin != expectedPlugin)
                problem(QStringLiteral("client plugin %1").arg(QString::fromUtf8(plugin)));
            if (authData != nativeScramble(password, scramble)) {
                deny();
            } else if (script.auth == Auth::NativePassword) {
                accept();
            } else {
                sendPacket(QByteArray(1, char(0xFE)) + "mysql_clear_password" + '\0');
                state = State::AwaitClearPassword;
            }
            return;
        case Auth::CachingSha2Fast:
            if (authData != sha2Scramble(password, scramble)) {
                deny();
                return;
            }
            sendPacket(QByteArrayLiteral("\x01\x03"));
            accept();
            return;
        case Auth::CachingSha2Full:
            sendPacket(QByteArrayLiteral("\x01\x04"));
            state = State::AwaitClearPassword;
            return;
        case Auth::SwitchToNative:
            switchScramble = randomScramble();
            sendPacket(QByteArray(1, char(0xFE)) + expectedPlugin + '\0' + switchScramble + '\0');
            state = State::AwaitNativeAfterSwitch;
            return;
        case Auth::Deny:
            deny();
            return;
        case Auth::Stall:
            state = State::Stalled;
            return;
        case Auth::SwitchThenStall:
            switchScramble = randomScramble();
            sendPacket(QByteArray(1, char(0xFE)) + expectedPlugin + '\0' + switchScramble + '\0');
            state = State::Stalled;
            return;
        case Auth::Raw:
            state = script.afterRaw == AfterRaw::Close ? State::Stalled : State::AwaitClearPassword;
            sendRawThenFlood(script.authRaw);
            return;
        }
    }

    void accept()
    {
        sendPacket(okPayload());
        record([](Capture &c) { c.authenticated = true; });
        state = State::Command;
    }

    void deny()
    {
        sendPacket(errorPayload(1045, "28000",
                                "Access denied for user '" + script.user.toUtf8()
                                        + "'@'localhost' (using password: YES)"));
        close();
    }
};

struct FakeMysqlServer::Worker
{
    QTcpServer *server = nullptr; // child of the context object
    SSL_CTX *context = nullptr;
    std::vector<std::unique_ptr<Connection>> connections;

    ~Worker() { SSL_CTX_free(context); }
};

FakeMysqlServer::FakeMysqlServer(const Script &script)
    : m_script(script)
    , m_worker(std::make_unique<Worker>())
{
    m_thread.setObjectName(QStringLiteral("FakeMysqlServer"));
    // The fake's TLS leaves per-thread state in OpenSSL: freed on its thread as it ends.
    QObject::connect(
            &m_thread, &QThread::finished, &m_thread, [] { OPENSSL_thread_stop(); },
            Qt::DirectConnection);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

FakeMysqlServer::~FakeMysqlServer()
{
    // Sockets belong to the fake's thread: end them there.
    QMetaObject::invokeMethod(
            m_context,
            [this] {
                for (const auto &connection : m_worker->connections) {
                    connection->socket->abort();
                    delete connection->socket;
                }
                m_worker->connections.clear();
                delete m_worker->server;
                m_worker->server = nullptr;
            },
            Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

bool FakeMysqlServer::listen()
{
    const QString certificate = m_script.certificateFile.isEmpty() ? identity().certificateFile
                                                                   : m_script.certificateFile;
    const QString key = m_script.keyFile.isEmpty() ? identity().keyFile : m_script.keyFile;
    if (m_script.certificateFile.isEmpty() && !identity().error.isEmpty()) {
        m_error = identity().error;
        return false;
    }
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (!ctx
        || SSL_CTX_use_certificate_chain_file(ctx, QFile::encodeName(certificate).constData()) != 1
        || SSL_CTX_use_PrivateKey_file(ctx, QFile::encodeName(key).constData(), SSL_FILETYPE_PEM)
                != 1) {
        m_error = QStringLiteral("TLS identity %1: %2").arg(certificate, takeOpenSslErrors());
        SSL_CTX_free(ctx);
        return false;
    }
    if (m_script.onlyOldTls) {
        SSL_CTX_set_security_level(ctx, 0);
        SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0");
        SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
        SSL_CTX_set_max_proto_version(ctx, m_script.onlyTls10 ? TLS1_VERSION : TLS1_1_VERSION);
    } else {
        SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    }
    m_worker->context = ctx;

    bool listening = false;
    QMetaObject::invokeMethod(
            m_context,
            [this, &listening] {
                auto *server = new QTcpServer(m_context);
                m_worker->server = server;
                listening = server->listen(QHostAddress::LocalHost, 0);
                if (!listening) {
                    m_error = server->errorString();
                    return;
                }
                m_port = server->serverPort();
                QObject::connect(server, &QTcpServer::newConnection, m_context, [this, server] {
                    while (QTcpSocket *socket = server->nextPendingConnection()) {
                        socket->setParent(m_context);
                        int index;
                        {
                            QMutexLocker lock(&m_mutex);
                            index = int(m_captures.size());
                            m_captures.append(Capture());
                        }
                        m_worker->connections.push_back(std::make_unique<Connection>(
                                *this, index, socket, m_worker->context));
                        Connection *connection = m_worker->connections.back().get();
                        QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                         [connection] { connection->onReadyRead(); });
                        QObject::connect(socket, &QTcpSocket::disconnected, socket,
                                         [connection] { connection->onDisconnected(); });
                        QObject::connect(socket, &QTcpSocket::bytesWritten, socket,
                                         [connection] { connection->flood(); });
                        connection->start();
                    }
                });
            },
            Qt::BlockingQueuedConnection);
    return listening;
}

QString FakeMysqlServer::errorString() const
{
    return m_error;
}

quint16 FakeMysqlServer::port() const
{
    return m_port;
}

int FakeMysqlServer::connectionCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_captures.size());
}

FakeMysqlServer::Capture FakeMysqlServer::capture(int index) const
{
    QMutexLocker lock(&m_mutex);
    return index >= 0 && index < m_captures.size() ? m_captures.at(index) : Capture();
}
