// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

// The real servers and the throwaway PKI of the CTest fixture "mariadb"
// (tests/fixtures/servers.sh), read from the servers.env file that $SSLCM_TEST_SERVERS names.
//
//     TestServers servers = TestServers::fromEnvironment();
//     QVERIFY2(servers.isValid(), qPrintable(servers.errorString())); // fails, never skips
//     const auto connection = servers.open(TestServers::Server::Tls,
//             servers.credentials(TestServers::Account::Plain),
//             TestServers::sslOptions(servers.path(TestServers::Pki::CaCert)));
//     QVERIFY2(connection.isOpen(), qPrintable(connection.lastError().text()));
//     QVERIFY(!connection.sessionStatus(QStringLiteral("Ssl_version")).toString().isEmpty());
class TestServers
{
public:
    enum class Server {
        Tls,   // --ssl-ca/--ssl-cert/--ssl-key; listens on host() and secondHost()
        Plain, // --skip-ssl; listens on host() only
    };

    // Accounts created with '%' as host on every server.
    enum class Account {
        Plain, // no TLS requirement; all privileges on testDatabase()
        RequireSsl,
        RequireX509,
        RequireSubject, // REQUIRE SUBJECT <client.crt's subject> AND ISSUER <ca.crt's subject>
        Admin,          // ALL PRIVILEGES ON *.* WITH GRANT OPTION, over TCP
    };

    enum class Pki {
        CaCert,
        CaKey,
        OtherCaCert, // an unrelated CA the servers do not trust
        OtherCaKey,
        ServerCert, // SAN DNS:localhost, IP:127.0.0.1 (not secondHost()); RSA
        ServerKey,  // also the key of the expired and the not-yet-valid certificate
        ServerExpiredCert,
        ServerFutureCert,
        ServerExpiringCert, // valid for 3 more days from the fixture's start
        ServerEcCert,
        ServerEcKey,
        ClientCert, // RSA, accepted by RequireX509 and RequireSubject
        ClientKey,
        ClientEncryptedKey,            // ClientKey as encrypted PKCS#8, see clientKeyPassphrase()
        ClientEncryptedTraditionalKey, // ClientKey as encrypted traditional PEM
        ClientEcCert,                  // EC, same CA, a subject RequireSubject does not accept
        ClientEcKey,
        ClientOtherCaCert, // same subject as ClientCert, issued by the unrelated CA
        ClientOtherCaKey,
    };

    struct Credentials
    {
        QString user;
        QString password;
    };

    // A QMYSQL connection registered under a unique name and removed again on destruction.
    class Connection
    {
    public:
        Connection(Connection &&other) noexcept;
        Connection(const Connection &) = delete;
        Connection &operator=(const Connection &) = delete;
        Connection &operator=(Connection &&) = delete;
        ~Connection();

        QSqlDatabase database() const;
        bool isOpen() const;
        // Why open() failed.
        QSqlError lastError() const;
        // First column of the first row; invalid when the query failed (see lastQueryError())
        // or returned no row.
        QVariant queryValue(const QString &sql) const;
        // SHOW SESSION STATUS: an empty string for an existing but empty variable (Ssl_version
        // without TLS), invalid when the query failed or the variable does not exist.
        QVariant sessionStatus(const QString &variable) const;
        QString lastQueryError() const { return m_lastQueryError; }

    private:
        friend class TestServers;
        explicit Connection(const QString &name);

        QString m_name;
        mutable QString m_lastQueryError;
    };

    static TestServers fromEnvironment();
    static TestServers fromFile(const QString &path);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString envFile() const { return m_envFile; }

    // Any key of servers.env (see the comment at the top of servers.sh); empty when absent.
    QString value(const QString &key) const { return m_values.value(key); }

    QString host() const; // 127.0.0.1
    // 127.0.0.2: the TLS server listens here too, and no certificate names it.
    QString secondHost() const;
    bool hasServer(Server server) const;
    int port(Server server) const;
    int tlsPort() const { return port(Server::Tls); }
    int plainPort() const { return port(Server::Plain); }
    QString socketPath(Server server) const;
    // The account that logs in over socketPath() by unix_socket authentication (the OS user).
    QString rootUser() const;
    // The certificate and key the TLS server presents (servers.sh start --tls-cert/--tls-key).
    QString tlsServerCert() const;
    QString tlsServerKey() const;

    QString pkiDir() const;
    QString path(Pki item) const;
    QString clientKeyPassphrase() const;
    // Subjects in OpenSSL's one-line form, as MariaDB compares them: /O=.../CN=...
    QString caSubject() const;
    QString clientSubject() const;

    Credentials credentials(Account account) const;
    QString testDatabase() const;

    // The token account (servers.sh start --token-account): tokenUser()@'%' signs in with a
    // clear-text secret, as cloud sign-in tokens do: the server asks for it with
    // mysql_clear_password, and PAM accepts it when it is byte for byte the content of
    // tokenSecretFile(). That file starts empty (every login refused); a test sets the secret
    // with writeTokenSecret() before it logs in. No TLS requirement: only the client decides
    // whether the secret travels.
    bool hasTokenAccount(Server server) const;
    // Why a server of the fixture has no token account (servers.env's TOKEN_UNAVAILABLE); empty
    // if every server has it.
    QString tokenAccountProblem() const;
    QString tokenUser() const;
    QString tokenSecretFile() const;
    // Replaces the secret the token account accepts (mode 0600); empty on success, else why not.
    QString writeTokenSecret(const QByteArray &secret) const;
    // One line per login of the token account whose secret reached PAM on <server>, oldest
    // first: "ok|refused <user> <bytes of the secret received>" (never the secret itself).
    // Comparing counts before and after proves whether a secret reached the server at all.
    QString tokenAttemptLog(Server server) const;
    QStringList tokenAttempts(Server server) const;

    // The SSH jump host (servers.sh start --sshd): a real sshd on loopback that forwards TCP to
    // the databases. It logs in sshUser() with the keys of SshKey, and with the password in
    // sshPassword() (port sshPort(): "password"; sshKeyboardInteractivePort():
    // "keyboard-interactive" only). Its log (DEBUG1) shows every login attempt.
    enum class SshKey {
        Plain,      // ed25519, OpenSSH format, no passphrase
        Encrypted,  // ed25519, OpenSSH format, opened by sshKeyPassphrase()
        Pem,        // RSA, "BEGIN RSA PRIVATE KEY", no passphrase
        Pkcs8,      // P-256, encrypted PKCS#8, opened by sshKeyPassphrase()
        Restricted, // ed25519 with permitopen="127.0.0.1:1": every other channel is refused
    };
    bool hasSshd() const;
    // Why the fixture has no sshd (SSH_UNAVAILABLE), or a hint to start it; empty if it has.
    QString sshdProblem() const;
    QString sshHost() const; // 127.0.0.1
    int sshPort() const;
    int sshKeyboardInteractivePort() const;
    QString sshUser() const;
    QString sshKeyFile(SshKey key) const;
    QString sshKeyPassphrase() const;
    // Empty when sshd takes no password (see sshPasswordProblem()).
    QString sshPassword() const;
    QString sshPasswordProblem() const;
    // "ssh-ed25519 AAAA..." and a known_hosts file with it for both ports.
    QByteArray sshHostKey() const;
    QString sshKnownHostsFile() const;
    QString sshLogFile() const;
    // The size of the sshd log now, and what it logged since such an offset.
    qint64 sshLogSize() const;
    QString sshLogSince(qint64 offset) const;

    // "SSL_CA=<ca>;SSL_CERT=<cert>;SSL_KEY=<key>" for QMYSQL, leaving out empty items.
    static QString sslOptions(const QString &ca, const QString &cert = {}, const QString &key = {});

    // Opens a QMYSQL connection over TCP to <server> (on <hostName> instead of host() when given).
    // <connectOptions> are QSqlDatabase connect options; connect/read/write timeouts are added
    // unless given, so that a broken server fails a test instead of hanging it.
    Connection open(Server server, const Credentials &credentials,
                    const QString &connectOptions = {}, const QString &hostName = {}) const;
    // Opens a QMYSQL connection as rootUser() over the server's Unix socket.
    Connection openAsRoot(Server server) const;

private:
    QString serverKey(Server server, const char *suffix) const;
    Connection openConnection(const QString &hostName, int port, const Credentials &credentials,
                              const QString &connectOptions) const;

    QString m_envFile;
    QString m_error = QStringLiteral("TestServers: nothing loaded (use fromEnvironment())");
    QHash<QString, QString> m_values;
};
