// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLogin.h"

#include "UtcDateTime.h"
#include "accounts/AccountRequirement.h"
#include "accounts/ServerDialect.h"
#include "cert/CertificateDisplay.h"
#include "mysql/ConnectionExplainer.h"
#include "mysql/ConnectionReport.h"
#include "mysql/ProfileConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QMap>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace {

Q_LOGGING_CATEGORY(lcAuditLogin, "sslcm.audit", QtInfoMsg)

// Accounts and sessions named in one summary line at most; the full lists are in the result.
constexpr int listedInSummary = 10;

QString textOf(const QVariant &value)
{
    // Grant-table columns are BLOBs on MySQL and come back as bytes.
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(value.toByteArray());
    return value.toString();
}

QString quoted(const QString &text)
{
    return QStringLiteral("“") + text + QStringLiteral("”");
}

QString accountText(const QString &user, const QString &host)
{
    return QStringLiteral("'%1'@'%2'").arg(user, host);
}

// Host patterns from which only this machine can connect (the Unix socket or loopback).
bool isLocalHost(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
            || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

// OpenSSL's names (Ssl_version, MySQL's tls_version) and MariaDB's "TLSv1.0" in tls_version.
bool isOldTls(const QString &version)
{
    return version.compare(QLatin1String("TLSv1"), Qt::CaseInsensitive) == 0
            || version.compare(QLatin1String("TLSv1.0"), Qt::CaseInsensitive) == 0
            || version.compare(QLatin1String("TLSv1.1"), Qt::CaseInsensitive) == 0
            || version.startsWith(QLatin1String("SSL"), Qt::CaseInsensitive);
}

// Ssl_server_not_after as both servers print it (OpenSSL's ASN1_TIME_print):
// "Dec  7 11:02:11 2036 GMT".
QDateTime parseServerTime(const QString &text)
{
    const QString simple = text.simplified();
    if (simple.isEmpty())
        return {};
    const QDateTime parsed = QLocale::c().toDateTime(
            simple.endsWith(QLatin1String(" GMT")) ? simple.chopped(4) : simple,
            QStringLiteral("MMM d HH:mm:ss yyyy"));
    if (!parsed.isValid())
        return {};
    return utcDateTime(parsed.date(), parsed.time());
}

// One finding per check: the worst severity of its parts, their sentences joined.
struct FindingBuilder
{
    QString check;
    AuditSeverity severity = AuditSeverity::Ok;
    QStringList summaries;
    QStringList actions;

    void add(AuditSeverity s, const QString &summary, const QString &action = {})
    {
        severity = std::max(severity, s);
        summaries << summary;
        if (!action.isEmpty())
            actions << action;
    }
    AuditFinding finding(const QString &okSummary) const
    {
        AuditFinding f;
        f.check = check;
        f.severity = severity;
        f.summary = summaries.isEmpty() ? okSummary : summaries.join(QLatin1Char(' '));
        f.action = actions.join(QLatin1Char(' '));
        return f;
    }
};

AuditFinding makeFinding(const QString &check, AuditSeverity severity, const QString &summary,
                         const QString &action = {})
{
    AuditFinding f;
    f.check = check;
    f.severity = severity;
    f.summary = summary;
    f.action = action;
    return f;
}

const QString loginCheck = QStringLiteral("login");
const QString settingsCheck = QStringLiteral("server-tls-settings");
const QString accountsCheck = QStringLiteral("accounts-without-tls");
const QString sessionsCheck = QStringLiteral("sessions-without-tls");

} // namespace

struct AuditLogin::Private
{
    Profile profile;
    QMutex mutex; // guards what cancel() reaches from other threads
    ProfileConnection *connection = nullptr;
    bool cancelled = false;

    bool isCancelled()
    {
        QMutexLocker lock(&mutex);
        return cancelled;
    }

    void loginFailed(AuditResult &result, const QString &summary, const QString &action = {})
    {
        result.findings.append(makeFinding(loginCheck, AuditSeverity::Failure, summary, action));
    }
    void explainFailedLogin(const ProfileConnection::Opened &opened, const Profile &p,
                            AuditResult &result);
    void readServer(QSqlDatabase db, const AuditOptions &options, AuditResult &result);
};

AuditLogin::AuditLogin(const Profile &profile)
    : d(std::make_unique<Private>())
{
    d->profile = profile;
}

AuditLogin::~AuditLogin() = default;

void AuditLogin::cancel()
{
    QMutexLocker lock(&d->mutex);
    d->cancelled = true;
    if (d->connection)
        d->connection->cancel();
}

void AuditLogin::run(const ConnectionSecrets &secrets, const AuditOptions &options,
                     AuditResult &result)
{
    result.loginAttempted = false;
    result.loggedIn = false;
    if (!d->profile.verifiesServer()) {
        //: %1 is the profile's TLS mode ("Required", "Preferred")
        result.findings.append(makeFinding(
                loginCheck, AuditSeverity::Notice,
                tr("Not logged in: this profile does not verify the server (mode %1), and the "
                   "audit sends credentials only to a server whose identity was verified.")
                        .arg(SslModes::displayName(d->profile.sslMode)),
                tr("Choose “Verify CA” or “Verify CA and host name” with the server's CA, or pin "
                   "its certificate, to have its accounts and sessions checked.")));
        return;
    }
    if (d->isCancelled()) {
        result.cancelled = true;
        return;
    }

    Profile p = d->profile;
    // Statements about the server need no default database.
    p.database.clear();
    if (options.timeout.count() > 0)
        p.connectTimeoutSeconds = int(std::max<qint64>(1, (options.timeout.count() + 999) / 1000));
    if (const QStringList problems = p.connectionProblems(); !problems.isEmpty()) {
        d->loginFailed(result, tr("Not logged in: %1").arg(problems.join(QLatin1Char(' '))));
        return;
    }

    ProfileConnection connection(p);
    {
        QMutexLocker lock(&d->mutex);
        if (d->cancelled) {
            result.cancelled = true;
            return;
        }
        d->connection = &connection;
    }
    struct Detach
    {
        Private *d;
        ~Detach()
        {
            QMutexLocker lock(&d->mutex);
            d->connection = nullptr;
        }
    } detach {d.get()};

    if (const ProfileConnection::Prepared prepared = connection.prepare(secrets.keyPassphrase);
        !prepared.ok()) {
        d->loginFailed(result, tr("Not logged in: %1").arg(prepared.error));
        return;
    }

    result.loginAttempted = true;
    const SignInSecret signedIn = connection.signIn();
    switch (signedIn.outcome) {
    case SignInSecret::Outcome::Cancelled:
        result.cancelled = true;
        return;
    case SignInSecret::Outcome::Refused:
    case SignInSecret::Outcome::Failed:
        d->loginFailed(result,
                       tr("Not logged in: the password source made no password. %1")
                               .arg(signedIn.problemWithOutput()),
                       tr("Check the profile's password source with “Try it” in the editor, or "
                          "`sslcm-cli token`."));
        return;
    case SignInSecret::Outcome::Obtained:
    case SignInSecret::Outcome::NotNeeded:
        break;
    }

    const ProfileConnection::Opened opened = connection.open(secrets);
    if (opened.outcome == ProfileConnection::Opened::Outcome::Cancelled || d->isCancelled()) {
        result.cancelled = true;
        return;
    }
    if (!opened.opened()) {
        qCInfo(lcAuditLogin) << "audit login failed, code"
                             << opened.sqlError.nativeErrorCode().toInt();
        d->explainFailedLogin(opened, p, result);
        return;
    }
    result.loggedIn = true;
    //: %1 is user@host:port, %2 the TLS version ("TLSv1.3")
    result.findings.append(makeFinding(
            loginCheck, AuditSeverity::Ok,
            tr("Logged in as %1 over %2, the server verified.")
                    .arg(p.user + QLatin1Char('@') + p.addressText(), opened.session.tlsProtocol)));
    d->readServer(connection.database(), options, result);
    if (d->isCancelled())
        result.cancelled = true;
    connection.close();
}

void AuditLogin::Private::explainFailedLogin(const ProfileConnection::Opened &opened,
                                             const Profile &p, AuditResult &result)
{
    // Nothing reached the server (the files, the password source, the private socket): the
    // reason is all there is to say.
    if (opened.outcome != ProfileConnection::Opened::Outcome::Refused) {
        loginFailed(result, opened.error);
        return;
    }
    // The explainer of "Test connection" knows the login's failures; it reads them from a report.
    ConnectionReport report = ConnectionReport::about(p);
    report.verdict = ConnectionReport::Verdict::Failed;
    report.gateway = opened.session;
    report.loginErrorCode = opened.sqlError.nativeErrorCode().toInt();
    report.loginError = opened.sqlError.databaseText();
    report.passwordSourceKind = p.passwordSource.kind;
    const ConnectionReport::Explanation explanation = ConnectionExplainer::explain(report, p);

    QString summary = explanation.summary.isEmpty() ? opened.error : explanation.summary;
    QStringList action;
    if (!explanation.cause.isEmpty())
        action << explanation.cause;
    action << explanation.nextSteps;
    if (!explanation.summary.isEmpty() && !opened.error.isEmpty()
        && !summary.contains(opened.error))
        action.prepend(opened.error);
    loginFailed(result, summary, action.join(QLatin1Char(' ')));
}

void AuditLogin::Private::readServer(QSqlDatabase db, const AuditOptions &options,
                                     AuditResult &result)
{
    const QDateTime now
            = options.nowUtc.isValid() ? options.nowUtc : QDateTime::currentDateTimeUtc();
    QSqlQuery q(db);

    AuditServerSettings settings;
    qlonglong ownConnection = -1;
    // Without answers to these nothing below would be true: say so instead of guessing.
    auto unreadable = [&](const QSqlQuery &failed) {
        if (isCancelled())
            return;
        const QSqlError error = failed.lastError();
        //: %1 is the server's or the client library's message
        result.findings.append(makeFinding(
                settingsCheck, AuditSeverity::Notice,
                AuditLogin::tr("The server's TLS settings could not be read: %1")
                        .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText()),
                AuditLogin::tr("Run the audit again; if this repeats, check the server's error "
                               "log.")));
    };
    if (!q.exec(QStringLiteral("SELECT VERSION(), CONNECTION_ID()")) || !q.next()) {
        unreadable(q);
        return;
    }
    settings.serverVersion = q.value(0).toString();
    ownConnection = q.value(1).toLongLong();
    const std::optional<ServerDialect> dialect = ServerDialect::fromVersion(settings.serverVersion);
    const bool mariaDb = dialect && dialect->isMariaDb();
    // MySQL 5.7 reads tls_version and the certificate only at startup and has no SET PERSIST.
    const bool mysql57 = dialect && dialect->kind() == ServerDialect::Kind::MySql57;

    // Every statement below is bounded by the server too, not only by the client's timeout.
    const int limitSeconds = std::max(1, profile.connectTimeoutSeconds);
    q.exec(mariaDb ? QStringLiteral("SET SESSION max_statement_time = %1").arg(limitSeconds)
                   : QStringLiteral("SET SESSION max_execution_time = %1")
                             .arg(limitSeconds * 1000));

    QString performanceSchema;
    if (!q.exec(QStringLiteral(
                "SHOW GLOBAL VARIABLES WHERE Variable_name IN ('have_ssl', "
                "'require_secure_transport', 'tls_version', 'performance_schema')"))) {
        unreadable(q);
        return;
    }
    while (q.next()) {
        const QString name = q.value(0).toString().toLower();
        const QString value = q.value(1).toString();
        if (name == QLatin1String("have_ssl"))
            settings.haveSsl = value.toUpper();
        else if (name == QLatin1String("require_secure_transport"))
            settings.requireSecureTransport
                    = value.compare(QLatin1String("ON"), Qt::CaseInsensitive) == 0
                    || value == QLatin1String("1");
        else if (name == QLatin1String("tls_version"))
            settings.tlsVersion = value;
        else if (name == QLatin1String("performance_schema"))
            performanceSchema = value;
    }
    if (isCancelled())
        return;
    // MySQL keeps it as a global status; MariaDB reports it for TLS sessions (this one).
    for (const QString &scope : {QStringLiteral("GLOBAL"), QStringLiteral("SESSION")}) {
        if (q.exec(QStringLiteral("SHOW %1 STATUS LIKE 'Ssl_server_not_after'").arg(scope))
            && q.next())
            settings.sslServerNotAfter = parseServerTime(q.value(1).toString());
        if (settings.sslServerNotAfter.isValid())
            break;
    }
    if (isCancelled())
        return;
    result.serverSettings = settings;

    // server-tls-settings
    FindingBuilder tlsSettings;
    tlsSettings.check = settingsCheck;
    if (!settings.haveSsl.isEmpty() && settings.haveSsl != QLatin1String("YES"))
        tlsSettings.add(
                AuditSeverity::Failure,
                AuditLogin::tr("have_ssl is %1: the server's TLS is not enabled.")
                        .arg(settings.haveSsl),
                AuditLogin::tr("Configure ssl_cert and ssl_key (and ssl_ca) in the server's "
                               "configuration and restart it."));
    if (!settings.requireSecureTransport) {
        tlsSettings.add(
                AuditSeverity::Notice,
                AuditLogin::tr("The server has no require_secure_transport setting (MySQL 5.7 and "
                               "MariaDB 10.5 added it), so it cannot refuse connections without "
                               "TLS."),
                AuditLogin::tr("Upgrade the server, and require TLS per account (REQUIRE SSL)."));
    } else if (!*settings.requireSecureTransport) {
        QString statement;
        if (mariaDb)
            statement = AuditLogin::tr(
                    "Run SET GLOBAL require_secure_transport = ON; and add "
                    "require_secure_transport = ON under [mariadbd] in the server's "
                    "my.cnf so that it stays on after a restart.");
        else if (mysql57)
            statement = AuditLogin::tr(
                    "Run SET GLOBAL require_secure_transport = ON; and add "
                    "require_secure_transport = ON under [mysqld] in the server's my.cnf "
                    "so that it stays on after a restart.");
        else
            statement = AuditLogin::tr(
                    "Run SET PERSIST require_secure_transport = ON; (it stays on after a "
                    "restart).");
        tlsSettings.add(
                AuditSeverity::Warning,
                AuditLogin::tr("require_secure_transport is OFF: clients may connect without TLS."),
                statement);
    }
    QStringList oldVersions;
    for (const QString &version : settings.tlsVersion.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (isOldTls(version.trimmed()))
            oldVersions << version.trimmed();
    if (!oldVersions.isEmpty())
        //: %1 is the server's tls_version value, %2 the old versions in it
        tlsSettings.add(
                AuditSeverity::Warning,
                AuditLogin::tr("tls_version is %1: the server still accepts %2.")
                        .arg(settings.tlsVersion, oldVersions.join(QStringLiteral(", "))),
                mariaDb ? AuditLogin::tr(
                        "Set tls_version = TLSv1.2,TLSv1.3 under [mariadbd] in the server's "
                        "my.cnf and restart it.")
                        : mysql57
                        ? AuditLogin::tr("Set tls_version = TLSv1.2 under [mysqld] in the "
                                         "server's my.cnf and restart it (MySQL 5.7 reads it "
                                         "only at startup).")
                        : AuditLogin::tr(
                                "Run SET PERSIST tls_version = 'TLSv1.2,TLSv1.3'; ALTER INSTANCE "
                                "RELOAD TLS; (MySQL 8.0.16 and newer), or set it in my.cnf and "
                                "restart the server."));
    if (settings.sslServerNotAfter.isValid()) {
        const qint64 left = now.secsTo(settings.sslServerNotAfter);
        const QString when = CertificateDisplay::dateTimeUtc(settings.sslServerNotAfter);
        if (left < 0)
            tlsSettings.add(
                    AuditSeverity::Failure,
                    AuditLogin::tr("The server reports that its certificate expired on %1, %2 ago.")
                            .arg(when, CertificateDisplay::duration(left)),
                    mysql57 ? AuditLogin::tr(
                            "Install a renewed certificate (ssl_cert, ssl_key) on the server and "
                            "restart it (MySQL 5.7 reads it only at startup).")
                            : AuditLogin::tr(
                                    "Install a renewed certificate (ssl_cert, ssl_key) on the "
                                    "server: ALTER INSTANCE RELOAD TLS on MySQL, FLUSH SSL on "
                                    "MariaDB."));
        else if (left < qint64(options.warnDays) * 86400)
            tlsSettings.add(
                    AuditSeverity::Warning,
                    AuditLogin::tr("The server reports that its certificate expires on %1, in %2.")
                            .arg(when, CertificateDisplay::duration(left)),
                    mysql57 ? AuditLogin::tr(
                            "Renew the server's certificate before then, install it and restart "
                            "the server (MySQL 5.7 reads it only at startup).")
                            : AuditLogin::tr(
                                    "Renew the server's certificate before then and install it "
                                    "(ALTER INSTANCE RELOAD TLS on MySQL, FLUSH SSL on MariaDB)."));
    }
    //: %1 is tls_version ("TLSv1.2,TLSv1.3"), %2 a date
    result.findings.append(tlsSettings.finding(
            AuditLogin::tr("TLS is enabled and required (require_secure_transport = ON), "
                           "tls_version is %1, "
                           "the server's certificate is valid until %2.")
                    .arg(settings.tlsVersion.isEmpty() ? AuditLogin::tr("unknown")
                                                       : settings.tlsVersion,
                         settings.sslServerNotAfter.isValid()
                                 ? CertificateDisplay::dateTimeUtc(settings.sslServerNotAfter)
                                 : AuditLogin::tr("an unknown date"))));

    // accounts-without-tls
    if (settings.requireSecureTransport.value_or(false)) {
        result.accountsWithoutTls = QList<AuditAccount> {};
        result.findings.append(makeFinding(
                accountsCheck, AuditSeverity::Ok,
                AuditLogin::tr(
                        "require_secure_transport is ON: no account can log in without TLS.")));
    } else {
        QList<AuditAccount> accounts;
        QString error;
        bool read = false;
        // Where the grant tables are: MariaDB 10.4+ keeps accounts in mysql.global_priv (JSON)
        // and mysql.user is a view of it that an account may be allowed to read instead.
        struct Source
        {
            QString sql;
            enum class Kind { GlobalPriv, MariaDbUser, MySqlUser } kind;
        };
        QList<Source> sources;
        if (mariaDb && dialect->hasGlobalPriv())
            sources << Source {QStringLiteral("SELECT User, Host, Priv FROM mysql.global_priv"),
                               Source::Kind::GlobalPriv};
        if (mariaDb)
            sources << Source {QStringLiteral("SELECT User, Host, ssl_type, x509_issuer, "
                                              "x509_subject, ssl_cipher, is_role FROM mysql.user"),
                               Source::Kind::MariaDbUser};
        else
            sources << Source {QStringLiteral("SELECT User, Host, ssl_type, x509_issuer, "
                                              "x509_subject, ssl_cipher, account_locked "
                                              "FROM mysql.user"),
                               Source::Kind::MySqlUser};
        for (const Source &source : sources) {
            if (!q.exec(source.sql)) {
                if (error.isEmpty())
                    error = q.lastError().databaseText().isEmpty() ? q.lastError().text()
                                                                   : q.lastError().databaseText();
                if (isCancelled())
                    return;
                continue;
            }
            while (q.next()) {
                const QString user = textOf(q.value(0));
                const QString host = textOf(q.value(1));
                AccountRequirement requirement;
                bool canLogIn = true;
                if (source.kind == Source::Kind::GlobalPriv) {
                    const QJsonObject priv
                            = QJsonDocument::fromJson(textOf(q.value(2)).toUtf8()).object();
                    requirement = AccountRequirement::fromGlobalPriv(priv);
                    canLogIn = !priv.value(QLatin1String("is_role")).toBool()
                            && !priv.value(QLatin1String("account_locked")).toBool();
                } else {
                    requirement = AccountRequirement::fromUserTable(
                            textOf(q.value(2)), textOf(q.value(3)), textOf(q.value(4)),
                            textOf(q.value(5)));
                    const QString flag = textOf(q.value(6));
                    canLogIn = flag.compare(QLatin1String("Y"), Qt::CaseInsensitive) != 0;
                }
                if (canLogIn && requirement.type == AccountRequirement::Type::None
                    && !isLocalHost(host))
                    accounts.append(AuditAccount {user, host});
            }
            read = true;
            break;
        }
        if (isCancelled())
            return;
        if (!read) {
            //: %1 is the account the audit logged in as, %2 the server's message
            result.findings.append(makeFinding(
                    accountsCheck, AuditSeverity::Notice,
                    AuditLogin::tr(
                            "The accounts were not checked: %1 may not read the grant tables (%2).")
                            .arg(quoted(profile.user), error),
                    AuditLogin::tr(
                            "Audit with an account that may read mysql.user (and, on MariaDB, "
                            "mysql.global_priv) to have them checked.")));
        } else {
            std::sort(accounts.begin(), accounts.end(),
                      [](const AuditAccount &a, const AuditAccount &b) {
                          return std::tie(a.user, a.host) < std::tie(b.user, b.host);
                      });
            result.accountsWithoutTls = accounts;
            if (accounts.isEmpty()) {
                result.findings.append(makeFinding(
                        accountsCheck, AuditSeverity::Ok,
                        AuditLogin::tr(
                                "Every account that may connect from other hosts requires TLS.")));
            } else {
                QStringList names;
                for (const AuditAccount &a : accounts) {
                    if (names.size() == listedInSummary) {
                        names << AuditLogin::tr("and %n more", nullptr,
                                                int(accounts.size()) - listedInSummary);
                        break;
                    }
                    names << accountText(a.user, a.host);
                }
                //: %n is the number of accounts, %1 their list
                result.findings.append(makeFinding(
                        accountsCheck, AuditSeverity::Warning,
                        AuditLogin::tr("%n account(s) can log in without TLS from other hosts: %1.",
                                       nullptr, int(accounts.size()))
                                .arg(names.join(QStringLiteral(", "))),
                        AuditLogin::tr(
                                "Require TLS for them: Account TLS Requirements… in sslcm, or "
                                "`sslcm-cli require --user USER --host HOST --require ssl`; or "
                                "turn "
                                "on require_secure_transport.")));
            }
        }
    }

    // sessions-without-tls
    if (performanceSchema.compare(QLatin1String("ON"), Qt::CaseInsensitive) != 0
        && performanceSchema != QLatin1String("1")) {
        result.findings.append(makeFinding(
                sessionsCheck, AuditSeverity::Notice,
                performanceSchema.isEmpty()
                        ? AuditLogin::tr(
                                "The sessions were not checked: the server does not say whether "
                                "performance_schema is on, and only it shows each session's TLS.")
                        : AuditLogin::tr(
                                "The sessions were not checked: performance_schema is OFF on this "
                                "server, and only it shows each session's TLS."),
                AuditLogin::tr("Turn on performance_schema (performance_schema = ON in the "
                               "server's my.cnf, "
                               "then restart it) to have them checked.")));
        return;
    }
    // Each client session over TCP and its TLS version; the connection type tells TLS from
    // none even for threads that are not instrumented.
    const QString sessionsSql = QStringLiteral(
            "SELECT t.PROCESSLIST_USER, t.PROCESSLIST_HOST, t.CONNECTION_TYPE, s.VARIABLE_VALUE "
            "FROM performance_schema.threads t "
            "LEFT JOIN performance_schema.status_by_thread s "
            "ON s.THREAD_ID = t.THREAD_ID AND s.VARIABLE_NAME = 'Ssl_version' "
            "WHERE t.TYPE = 'FOREGROUND' AND t.CONNECTION_TYPE IN ('TCP/IP', 'SSL/TLS') "
            "AND (t.PROCESSLIST_ID IS NULL OR t.PROCESSLIST_ID <> %1)");
    if (!q.exec(sessionsSql.arg(ownConnection))) {
        if (isCancelled())
            return;
        const QString error = q.lastError().databaseText().isEmpty() ? q.lastError().text()
                                                                     : q.lastError().databaseText();
        //: %1 is the account the audit logged in as, %2 the server's message
        result.findings.append(makeFinding(
                sessionsCheck, AuditSeverity::Notice,
                AuditLogin::tr(
                        "The sessions were not checked: %1 may not read performance_schema (%2).")
                        .arg(quoted(profile.user), error),
                AuditLogin::tr("Grant the audit's account SELECT on performance_schema.threads and "
                               "performance_schema.status_by_thread to have them checked.")));
        return;
    }
    QMap<std::tuple<QString, QString, QString>, int> counts;
    while (q.next()) {
        const QString type = q.value(2).toString();
        const QString version = q.value(3).toString();
        QString weakness;
        if (type.compare(QLatin1String("TCP/IP"), Qt::CaseInsensitive) == 0)
            weakness = QString(); // no TLS
        else if (isOldTls(version))
            weakness = version;
        else
            continue; // TLS 1.2 or newer, or a TLS version the server did not report
        ++counts[std::make_tuple(textOf(q.value(0)), textOf(q.value(1)), weakness)];
    }
    if (isCancelled())
        return;
    QList<AuditPlainSessions> sessions;
    int total = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        AuditPlainSessions s;
        std::tie(s.user, s.host, s.version) = it.key();
        s.count = it.value();
        total += s.count;
        sessions.append(s);
    }
    result.plainSessions = sessions;
    if (sessions.isEmpty()) {
        result.findings.append(makeFinding(
                sessionsCheck, AuditSeverity::Ok,
                AuditLogin::tr("Every session from other clients uses TLS 1.2 or newer.")));
        return;
    }
    QStringList parts;
    for (const AuditPlainSessions &s : sessions) {
        if (parts.size() == listedInSummary) {
            parts << AuditLogin::tr("and more");
            break;
        }
        //: %1 is a count, %2 user@host, %3 "no TLS" or a TLS version
        parts << AuditLogin::tr("%1 × %2 (%3)")
                         .arg(s.count)
                         .arg(s.user + QLatin1Char('@') + s.host,
                              s.version.isEmpty() ? AuditLogin::tr("no TLS") : s.version);
    }
    result.findings.append(makeFinding(
            sessionsCheck, AuditSeverity::Warning,
            AuditLogin::tr("%n session(s) without TLS or below TLS 1.2: %1.", nullptr, total)
                    .arg(parts.join(QStringLiteral(", "))),
            AuditLogin::tr("Find the applications behind them (user and client host) and make them "
                           "connect "
                           "with TLS; then require TLS for their accounts (REQUIRE SSL) or turn on "
                           "require_secure_transport.")));
}
