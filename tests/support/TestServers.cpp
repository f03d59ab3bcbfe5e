// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestServers.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace {

using Pki = TestServers::Pki;
using Account = TestServers::Account;

// servers.env keys, written by tests/fixtures/servers.sh.
const struct
{
    Pki item;
    const char *key;
} pkiKeys[] = {
        {Pki::CaCert, "CA_CERT"},
        {Pki::CaKey, "CA_KEY"},
        {Pki::OtherCaCert, "OTHER_CA_CERT"},
        {Pki::OtherCaKey, "OTHER_CA_KEY"},
        {Pki::ServerCert, "SERVER_CERT"},
        {Pki::ServerKey, "SERVER_KEY"},
        {Pki::ServerExpiredCert, "SERVER_EXPIRED_CERT"},
        {Pki::ServerFutureCert, "SERVER_FUTURE_CERT"},
        {Pki::ServerExpiringCert, "SERVER_EXPIRING_CERT"},
        {Pki::ServerEcCert, "SERVER_EC_CERT"},
        {Pki::ServerEcKey, "SERVER_EC_KEY"},
        {Pki::ClientCert, "CLIENT_CERT"},
        {Pki::ClientKey, "CLIENT_KEY"},
        {Pki::ClientEncryptedKey, "CLIENT_ENCRYPTED_KEY"},
        {Pki::ClientEncryptedTraditionalKey, "CLIENT_ENCRYPTED_TRADITIONAL_KEY"},
        {Pki::ClientEcCert, "CLIENT_EC_CERT"},
        {Pki::ClientEcKey, "CLIENT_EC_KEY"},
        {Pki::ClientOtherCaCert, "CLIENT_OTHER_CA_CERT"},
        {Pki::ClientOtherCaKey, "CLIENT_OTHER_CA_KEY"},
};

// <prefix>_USER and <prefix>_PASSWORD
const struct
{
    Account account;
    const char *prefix;
} accountPrefixes[] = {
        {Account::Plain, "PLAIN"},      {Account::RequireSsl, "SSL"},
        {Account::RequireX509, "X509"}, {Account::RequireSubject, "SUBJECT"},
        {Account::Admin, "ADMIN"},
};

QString pkiKey(Pki item)
{
    for (const auto &entry : pkiKeys) {
        if (entry.item == item)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

QString accountPrefix(Account account)
{
    for (const auto &entry : accountPrefixes) {
        if (entry.account == account)
            return QString::fromLatin1(entry.prefix);
    }
    return {};
}

// Every key a complete servers.env has, whichever servers it describes.
QStringList requiredKeys()
{
    QStringList keys = {QStringLiteral("HOST"),         QStringLiteral("PKI_DIR"),
                        QStringLiteral("ROOT_USER"),    QStringLiteral("CLIENT_KEY_PASSPHRASE"),
                        QStringLiteral("CA_SUBJECT"),   QStringLiteral("CLIENT_SUBJECT"),
                        QStringLiteral("TEST_DATABASE")};
    for (const auto &entry : pkiKeys)
        keys << QString::fromLatin1(entry.key);
    for (const auto &entry : accountPrefixes) {
        const QString prefix = QString::fromLatin1(entry.prefix);
        keys << prefix + QLatin1String("_USER") << prefix + QLatin1String("_PASSWORD");
    }
    return keys;
}

// Linux: /proc/<pid>/stat is "<pid> (<comm>) <state> ...". A stopped server can linger as a
// zombie, and its PID can be reused.
bool isLiveMariadbd(const QString &pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid.isEmpty() || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype open = line.indexOf('(');
    const qsizetype close = line.lastIndexOf(')');
    if (open < 0 || close < open || close + 2 >= line.size())
        return false;
    const QByteArray command = line.mid(open + 1, close - open - 1);
    const char state = line.at(close + 2);
    return (command == "mariadbd" || command == "mysqld") && state != 'Z' && state != 'X';
}

QString hint()
{
    return QStringLiteral(
            "Run the test through ctest (fixture \"mariadb\" starts the servers), or start them "
            "with tests/fixtures/servers.sh start <dir> and set "
            "SSLCM_TEST_SERVERS=<dir>/servers.env.");
}

} // namespace

// -- TestServers::Connection --

TestServers::Connection::Connection(const QString &name)
    : m_name(name)
{ }

TestServers::Connection::Connection(Connection &&other) noexcept
    : m_name(std::move(other.m_name))
    , m_lastQueryError(std::move(other.m_lastQueryError))
{
    other.m_name.clear();
}

TestServers::Connection::~Connection()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase TestServers::Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool TestServers::Connection::isOpen() const
{
    return database().isOpen();
}

QSqlError TestServers::Connection::lastError() const
{
    return database().lastError();
}

QVariant TestServers::Connection::queryValue(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        m_lastQueryError = query.lastError().text();
        return {};
    }
    if (!query.next()) {
        m_lastQueryError = QStringLiteral("no row: %1").arg(sql);
        return {};
    }
    m_lastQueryError.clear();
    return query.value(0);
}

QVariant TestServers::Connection::sessionStatus(const QString &variable) const
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_]+$"));
    if (!name.match(variable).hasMatch()) {
        m_lastQueryError = QStringLiteral("not a status variable name: %1").arg(variable);
        return {};
    }
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SHOW SESSION STATUS LIKE '%1'").arg(variable))) {
        m_lastQueryError = query.lastError().text();
        return {};
    }
    if (!query.next()) {
        m_lastQueryError = QStringLiteral("no status variable %1").arg(variable);
        return {};
    }
    m_lastQueryError.clear();
    return query.value(1).toString();
}

// -- TestServers --

TestServers TestServers::fromEnvironment()
{
    const QString path = qEnvironmentVariable("SSLCM_TEST_SERVERS");
    if (path.isEmpty()) {
        TestServers servers;
        servers.m_error = QLatin1String("SSLCM_TEST_SERVERS is not set. ") + hint();
        return servers;
    }
    return fromFile(path);
}

TestServers TestServers::fromFile(const QString &path)
{
    TestServers servers;
    servers.m_envFile = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        servers.m_error
                = QStringLiteral("Cannot read %1: %2. ").arg(path, file.errorString()) + hint();
        return servers;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            servers.m_error = QStringLiteral("%1: not a KEY=VALUE line: %2").arg(path, line);
            return servers;
        }
        servers.m_values.insert(line.left(equals), line.mid(equals + 1));
    }

    QStringList missing;
    for (const QString &required : requiredKeys()) {
        if (servers.value(required).isEmpty())
            missing << required;
    }
    if (!servers.hasServer(Server::Tls) && !servers.hasServer(Server::Plain))
        missing << QStringLiteral("TLS_PORT or PLAIN_PORT");
    if (!missing.isEmpty()) {
        servers.m_error = QStringLiteral("%1 lacks %2 (written by an older servers.sh?)")
                                  .arg(path, missing.join(QLatin1String(", ")));
        return servers;
    }

    for (const Server server : {Server::Tls, Server::Plain}) {
        if (!servers.hasServer(server))
            continue;
        const QString name
                = server == Server::Tls ? QStringLiteral("TLS") : QStringLiteral("plain");
        if (servers.port(server) <= 0) {
            servers.m_error = QStringLiteral("%1: bad port for the %2 server").arg(path, name);
            return servers;
        }
        // A clear message beats a connection error in every test when the fixture was stopped.
        const QString pid = servers.serverKey(server, "_PID");
        if (QFileInfo::exists(QStringLiteral("/proc/self")) && !isLiveMariadbd(pid)) {
            servers.m_error = QStringLiteral("The %1 server of %2 (PID %3) is not running; was "
                                             "the fixture stopped? ")
                                      .arg(name, path, pid)
                    + hint();
            return servers;
        }
    }
    servers.m_error.clear();
    return servers;
}

QString TestServers::serverKey(Server server, const char *suffix) const
{
    return value((server == Server::Tls ? QLatin1String("TLS") : QLatin1String("PLAIN"))
                 + QLatin1String(suffix));
}

QString TestServers::host() const
{
    return value(QStringLiteral("HOST"));
}

QString TestServers::secondHost() const
{
    return value(QStringLiteral("SECOND_HOST"));
}

bool TestServers::hasServer(Server server) const
{
    return !serverKey(server, "_PORT").isEmpty();
}

int TestServers::port(Server server) const
{
    return serverKey(server, "_PORT").toInt();
}

QString TestServers::socketPath(Server server) const
{
    return serverKey(server, "_SOCKET");
}

QString TestServers::rootUser() const
{
    return value(QStringLiteral("ROOT_USER"));
}

QString TestServers::tlsServerCert() const
{
    return value(QStringLiteral("TLS_SERVER_CERT"));
}

QString TestServers::tlsServerKey() const
{
    return value(QStringLiteral("TLS_SERVER_KEY"));
}

QString TestServers::pkiDir() const
{
    return value(QStringLiteral("PKI_DIR"));
}

QString TestServers::path(Pki item) const
{
    return value(pkiKey(item));
}

QString TestServers::clientKeyPassphrase() const
{
    return value(QStringLiteral("CLIENT_KEY_PASSPHRASE"));
}

QString TestServers::caSubject() const
{
    return value(QStringLiteral("CA_SUBJECT"));
}

QString TestServers::clientSubject() const
{
    return value(QStringLiteral("CLIENT_SUBJECT"));
}

TestServers::Credentials TestServers::credentials(Account account) const
{
    const QString prefix = accountPrefix(account);
    return {value(prefix + QLatin1String("_USER")), value(prefix + QLatin1String("_PASSWORD"))};
}

QString TestServers::testDatabase() const
{
    return value(QStringLiteral("TEST_DATABASE"));
}

bool TestServers::hasTokenAccount(Server server) const
{
    return !tokenUser().isEmpty() && !tokenAttemptLog(server).isEmpty();
}

QString TestServers::tokenAccountProblem() const
{
    const QString reason = value(QStringLiteral("TOKEN_UNAVAILABLE"));
    if (!reason.isEmpty())
        return QStringLiteral("no token account: %1").arg(reason);
    if (tokenUser().isEmpty())
        return QStringLiteral("%1 has no token account: start the servers with servers.sh start "
                              "--token-account")
                .arg(m_envFile);
    return {};
}

QString TestServers::tokenUser() const
{
    return value(QStringLiteral("TOKEN_USER"));
}

QString TestServers::tokenSecretFile() const
{
    return value(QStringLiteral("TOKEN_SECRET_FILE"));
}

QString TestServers::writeTokenSecret(const QByteArray &secret) const
{
    if (tokenSecretFile().isEmpty())
        return tokenAccountProblem();
    QFile file(tokenSecretFile());
    // Rewritten in place, so that it keeps the mode servers.sh gave it; set again all the same.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return QStringLiteral("cannot make %1 private: %2")
                .arg(file.fileName(), file.errorString());
    if (file.write(secret) != secret.size() || !file.flush())
        return QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
    return {};
}

QString TestServers::tokenAttemptLog(Server server) const
{
    return serverKey(server, "_TOKEN_LOG");
}

QStringList TestServers::tokenAttempts(Server server) const
{
    QFile file(tokenAttemptLog(server));
    if (tokenAttemptLog(server).isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty())
            lines << line;
    }
    return lines;
}

bool TestServers::hasSshd() const
{
    return sshPort() > 0;
}

QString TestServers::sshdProblem() const
{
    const QString reason = value(QStringLiteral("SSH_UNAVAILABLE"));
    if (!reason.isEmpty())
        return QStringLiteral("no sshd: %1").arg(reason);
    if (!hasSshd())
        return QStringLiteral("%1 has no sshd: start the servers with servers.sh start --sshd")
                .arg(m_envFile);
    return {};
}

QString TestServers::sshHost() const
{
    return value(QStringLiteral("SSH_HOST"));
}

int TestServers::sshPort() const
{
    return value(QStringLiteral("SSH_PORT")).toInt();
}

int TestServers::sshKeyboardInteractivePort() const
{
    return value(QStringLiteral("SSH_KBDINT_PORT")).toInt();
}

QString TestServers::sshUser() const
{
    return value(QStringLiteral("SSH_USER"));
}

QString TestServers::sshKeyFile(SshKey key) const
{
    switch (key) {
    case SshKey::Plain:
        return value(QStringLiteral("SSH_KEY"));
    case SshKey::Encrypted:
        return value(QStringLiteral("SSH_KEY_ENCRYPTED"));
    case SshKey::Pem:
        return value(QStringLiteral("SSH_KEY_PEM"));
    case SshKey::Pkcs8:
        return value(QStringLiteral("SSH_KEY_PKCS8"));
    case SshKey::Restricted:
        return value(QStringLiteral("SSH_KEY_RESTRICTED"));
    }
    return {};
}

namespace {
QString firstLineOf(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed();
}
} // namespace

QString TestServers::sshKeyPassphrase() const
{
    return firstLineOf(value(QStringLiteral("SSH_KEY_PASSPHRASE_FILE")));
}

QString TestServers::sshPassword() const
{
    return firstLineOf(value(QStringLiteral("SSH_PASSWORD_FILE")));
}

QString TestServers::sshPasswordProblem() const
{
    if (!sshdProblem().isEmpty())
        return sshdProblem();
    const QString reason = value(QStringLiteral("SSH_PASSWORD_UNAVAILABLE"));
    if (!reason.isEmpty())
        return QStringLiteral("sshd takes no password: %1").arg(reason);
    return {};
}

QByteArray TestServers::sshHostKey() const
{
    return value(QStringLiteral("SSH_HOST_KEY")).toUtf8();
}

QString TestServers::sshKnownHostsFile() const
{
    return value(QStringLiteral("SSH_KNOWN_HOSTS"));
}

QString TestServers::sshLogFile() const
{
    return value(QStringLiteral("SSH_LOG"));
}

qint64 TestServers::sshLogSize() const
{
    return QFileInfo(sshLogFile()).size();
}

QString TestServers::sshLogSince(qint64 offset) const
{
    QFile file(sshLogFile());
    if (sshLogFile().isEmpty() || !file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString TestServers::sslOptions(const QString &ca, const QString &cert, const QString &key)
{
    QStringList options;
    if (!ca.isEmpty())
        options << QLatin1String("SSL_CA=") + ca;
    if (!cert.isEmpty())
        options << QLatin1String("SSL_CERT=") + cert;
    if (!key.isEmpty())
        options << QLatin1String("SSL_KEY=") + key;
    return options.join(u';');
}

TestServers::Connection TestServers::open(Server server, const Credentials &credentials,
                                          const QString &connectOptions,
                                          const QString &hostName) const
{
    return openConnection(hostName.isEmpty() ? host() : hostName, port(server), credentials,
                          connectOptions);
}

TestServers::Connection TestServers::openAsRoot(Server server) const
{
    // "localhost" makes libmariadb use the Unix socket.
    return openConnection(QStringLiteral("localhost"), -1, {rootUser(), QString()},
                          QLatin1String("UNIX_SOCKET=") + socketPath(server));
}

TestServers::Connection TestServers::openConnection(const QString &hostName, int port,
                                                    const Credentials &credentials,
                                                    const QString &connectOptions) const
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("sslcm-test-servers-%1").arg(counter.fetchAndAddRelaxed(1));

    QStringList options;
    for (const char *timeout : {"MYSQL_OPT_CONNECT_TIMEOUT=10", "MYSQL_OPT_READ_TIMEOUT=60",
                                "MYSQL_OPT_WRITE_TIMEOUT=60"}) {
        const QString option = QString::fromLatin1(timeout);
        if (!connectOptions.contains(option.section(u'=', 0, 0)))
            options << option;
    }
    if (!connectOptions.isEmpty())
        options << connectOptions;

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
        db.setHostName(hostName);
        if (port > 0)
            db.setPort(port);
        db.setUserName(credentials.user);
        db.setPassword(credentials.password);
        db.setConnectOptions(options.join(u';'));
        db.open();
    }
    return Connection(name);
}
