// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QThread>

#include <memory>
#include <optional>

class QObject;

// An in-process MySQL/MariaDB server for what a real server cannot do: strip CLIENT_SSL, send
// malformed, oversized or hostile greetings, stall at any stage, and speak MySQL 8's
// caching_sha2_password fast and full authentication. It follows a Script, and records every
// byte it receives twice: as it crossed TCP (`received`) and as it came out of TLS
// (`decrypted`), so a test can prove that credentials never arrived, or arrived only inside TLS.
//
// It runs on its own thread with its own event loop (QSqlDatabase::open() and the TLS gateway
// block their callers) and listens on 127.0.0.1. The protocol code here is its own, on purpose:
// the fake is the oracle for the gateway's parser and must not share it.
//
//     FakeMysqlServer::Script script;
//     script.clearCapabilities = FakeMysqlServer::ClientSsl; // strip TLS
//     FakeMysqlServer fake(script);
//     QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
//     ... connect to 127.0.0.1:fake.port() ...
//     QTRY_VERIFY(fake.capture(0).closed);
//     QVERIFY(fake.capture(0).received.isEmpty());
//
// After the login it answers COM_QUERY from the script's `answers` (the first whose exact text
// or pattern matches): text-protocol result sets, ERR packets or OK; a statement no answer
// matches gets OK. Result sets end with EOF packets, or with the OK packet that replaces them
// when the client took CLIENT_DEPRECATE_EOF (MySQL 5.7.5+, MariaDB 10.2+); a MariaDB client's
// extended metadata and metadata caching are honoured too. Every query is recorded.
//
//     script.answers << FakeMysqlServer::Answer::exact(
//             "SELECT VERSION()", FakeMysqlServer::Reply::rows({FakeMysqlServer::Column::text(
//                                                                "VERSION()")},
//                                                        {{"8.0.36"}}));
class FakeMysqlServer
{
public:
    enum Capability : quint32 {
        ClientMysql = 0x1, // MariaDB servers clear it and send extended capabilities
        ClientFoundRows = 0x2,
        ClientConnectWithDb = 0x8,
        ClientCompress = 0x20,
        ClientProtocol41 = 0x200,
        ClientInteractive = 0x400,
        ClientSsl = 0x800,
        ClientSecureConnection = 0x8000,
        ClientPluginAuth = 0x80000,
        ClientConnectAttrs = 0x100000,
        ClientPluginAuthLenencData = 0x200000,
        ClientDeprecateEof = 0x1000000, // both flavours offer it, as the real servers do
    };

    enum class Flavour {
        MariaDb, // "5.5.5-10.11.99-MariaDB-fake", CLIENT_MYSQL clear, extended capabilities
        Mysql8,  // "8.0.99-fake", CLIENT_MYSQL set
    };

    enum class GreetingKind {
        HandshakeV10, // a well-formed greeting (flavour, capabilities, the auth's plugin)
        Error,        // an ERR packet in place of the greeting, then close
        Raw,          // `raw` verbatim, then `afterRaw`
        Nothing,      // accept and never send anything
    };
    enum class AfterRaw { Stall, Close };

    // What the fake does once it has read the client's SSLRequest.
    enum class OnSslRequest {
        StartTls,
        SendGarbage, // `garbage` instead of a ServerHello, and keep the connection open
        Close,
        Stall, // never answer the ClientHello
        // Start TLS, but send only the first `tlsBytesBeforeFault` bytes of the ServerHello
        // flight, then stall or close: a server that dies in the middle of the handshake.
        StallMidHandshake,
        CloseMidHandshake,
    };

    enum class Auth {
        NativePassword,    // checks the mysql_native_password scramble: OK, or ERR 1045
        CachingSha2Fast,   // checks the caching_sha2_password scramble: 0x01 0x03, then OK
        CachingSha2Full,   // 0x01 0x04 ("perform full authentication"), wants the clear password
        SwitchToNative,    // greets with caching_sha2_password, switches to mysql_native_password
        SwitchToClearText, // greets with mysql_native_password, switches to mysql_clear_password
        Deny,              // ERR 1045 to whatever the client sends
        Stall,             // never answers the handshake response
        SwitchThenStall,   // switches to mysql_native_password, then never answers the client
        // `authRaw` verbatim (framed by the script, inside TLS if there is TLS), then
        // `afterRaw`; a client packet that follows is taken as a clear-text password.
        Raw,
    };

    // A column of a result set, as its column definition packet describes it.
    struct Column
    {
        QByteArray name;
        quint8 type = 0xFD;   // MYSQL_TYPE_VAR_STRING; 0x08 LONGLONG, 0xFC BLOB, 0xFE STRING
        quint16 charset = 45; // utf8mb4_general_ci; 63: binary
        quint16 flags = 0;    // NOT_NULL 0x1, BINARY 0x80, UNSIGNED 0x20, ENUM 0x100
        quint32 length = 1024;
        QByteArray table; // the table (alias) and its real name, for columns of tables
        QByteArray orgTable;
        QByteArray schema;

        static Column text(const QByteArray &name, quint32 length = 1024);
        static Column blob(const QByteArray &name);        // BLOB, binary charset
        static Column enumeration(const QByteArray &name); // ENUM (sent as STRING)
        static Column integer(const QByteArray &name, bool isUnsigned = false); // BIGINT
    };
    using Value = std::optional<QByteArray>; // std::nullopt: SQL NULL
    using Row = QList<Value>;

    // What the fake answers to one statement.
    struct Reply
    {
        enum class Kind { Ok, ResultSet, Error };
        Kind kind = Kind::Ok;
        QList<Column> columns;
        QList<Row> rows;
        quint16 errorCode = 0;
        QByteArray sqlState;
        QByteArray errorMessage;
        quint64 affectedRows = 0;

        static Reply ok(quint64 affectedRows = 0);
        static Reply resultSet(const QList<Column> &columns, const QList<Row> &rows);
        static Reply error(quint16 code, const QByteArray &sqlState, const QByteArray &message);
    };

    // A statement the fake recognises: its exact text (surrounding white space ignored), or a
    // pattern that must match somewhere in it.
    struct Answer
    {
        QString text;
        QRegularExpression pattern;
        Reply reply;

        static Answer exact(const QString &text, const Reply &reply);
        static Answer matching(const QString &pattern, const Reply &reply); // case-insensitive
        bool matches(const QString &query) const;
    };

    struct Script
    {
        Flavour flavour = Flavour::MariaDb;
        GreetingKind greeting = GreetingKind::HandshakeV10;
        quint32 clearCapabilities = 0; // removed from the greeting, e.g. ClientSsl: TLS stripping
        quint32 addCapabilities = 0;   // added to the greeting, e.g. ClientCompress
        QByteArray raw;                // for GreetingKind::Raw: sent verbatim
        AfterRaw afterRaw = AfterRaw::Stall; // after `raw` or `authRaw`
        QByteArray authRaw;                  // for Auth::Raw
        // Bytes of `floodByte` streamed behind `raw` or `authRaw` as fast as the peer reads
        // them, until all are sent or the peer hangs up (a server that sends 100 MB).
        qint64 floodBytes = 0;
        char floodByte = 'x';
        // The auth plugin the greeting names; empty: the one `auth` uses.
        QByteArray greetingPlugin;
        int tlsBytesBeforeFault = 60; // for OnSslRequest::StallMidHandshake/CloseMidHandshake
        quint16 errorCode = 1040;     // for GreetingKind::Error
        QByteArray errorMessage = QByteArrayLiteral("Too many connections");
        // A complete OK packet the fake sends right behind its greeting (an injection attempt).
        bool injectOkAfterGreeting = false;
        OnSslRequest onSslRequest = OnSslRequest::StartTls;
        // The fake accepts TLS 1.0 and 1.1 and nothing newer, as a server that was never
        // upgraded (or an attacker who wants a weak session): at OpenSSL's security level 0,
        // without which OpenSSL 3 cannot speak them. Otherwise it accepts TLS 1.2 and 1.3.
        bool onlyOldTls = false;
        bool onlyTls10 = false; // with onlyOldTls: TLS 1.0 alone, as the oldest servers
        QByteArray garbage = QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\n\r\n");
        Auth auth = Auth::NativePassword;
        QString user = QStringLiteral("fake_user");
        QString password = QStringLiteral("fake-Secret-7f3a9c");
        // The TLS identity; empty: identity().
        QString certificateFile;
        QString keyFile;
        // After the login: the answers to COM_QUERY, first match wins; unmatched: OK.
        QList<Answer> answers;
    };

    struct Packet
    {
        quint8 sequence = 0;
        QByteArray payload;
        bool insideTls = false;
    };

    // One accepted connection, as the fake saw it.
    struct Capture
    {
        QByteArray received;          // every byte read from the TCP connection, as it arrived
        QByteArray decrypted;         // the application bytes that came out of TLS
        QList<Packet> packets;        // the client's packets, in order (before and inside TLS)
        QByteArray sslRequest;        // the SSLRequest payload, if the client sent one
        QByteArray handshakeResponse; // the handshake response payload, if it arrived
        QString clientUser;
        QString clientDatabase;
        QString clientAuthPlugin;
        bool tlsStarted = false;     // the fake began a TLS handshake
        bool tlsEstablished = false; // the client finished it
        QString tlsVersion;
        QString tlsFailure;             // OpenSSL's reason when the handshake did not finish
        bool authenticated = false;     // the fake accepted the login and sent OK
        QList<QByteArray> commands;     // command packets after authentication
        QStringList queries;            // the text of each COM_QUERY, in order
        quint32 clientCapabilities = 0; // from the handshake response
        QString problem;      // what the fake found wrong (sequence ids, scramble, ...), or empty
        qint64 floodSent = 0; // how much of `floodBytes` the fake queued before the peer hung up
        bool closed = false;  // the connection has ended
    };

    // A self-signed certificate for `localhost` (no IP address) and its key, made once per
    // process, as PEM files in a temporary folder that lives as long as the process.
    struct Identity
    {
        QString certificateFile;
        QString keyFile;
        QByteArray certificateSha256; // of the DER certificate
        QString error;                // why the identity could not be made
    };
    static const Identity &identity();
    // Same names, different key: a certificate nobody trusts.
    static const Identity &unrelatedIdentity();

    explicit FakeMysqlServer(const Script &script);
    ~FakeMysqlServer();
    FakeMysqlServer(const FakeMysqlServer &) = delete;
    FakeMysqlServer &operator=(const FakeMysqlServer &) = delete;

    bool listen();
    QString errorString() const;
    quint16 port() const;
    const Script &script() const { return m_script; }

    int connectionCount() const;
    // A copy of what connection `index` recorded so far; an empty capture if it does not exist.
    Capture capture(int index) const;

private:
    struct Connection;
    struct Worker;

    Script m_script;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread
    std::unique_ptr<Worker> m_worker;
    quint16 m_port = 0;
    QString m_error;
    mutable QMutex m_mutex;
    QList<Capture> m_captures; // guarded by m_mutex
};
