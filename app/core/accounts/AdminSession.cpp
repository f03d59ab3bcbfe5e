// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminSession.h"

#include "mysql/ProfileConnection.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcAccounts, "sslcm.accounts", QtInfoMsg)

namespace {

QString textOf(const QVariant &value)
{
    // Grant-table columns are BLOBs on MySQL and come back as bytes.
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(value.toByteArray());
    return value.toString();
}

} // namespace

AdminSession::Opened AdminSession::open(const Profile &admin, const ConnectionSecrets &secrets)
{
    Opened result;
    // The gateway refuses these too; here the user reads why in the profile's own words.
    if (const QStringList problems = admin.connectionProblems(); !problems.isEmpty()) {
        result.error = problems.join(QLatin1Char(' '));
        return result;
    }
    std::unique_ptr<AdminSession> s(new AdminSession);
    s->m_profile = admin;

    // Statements about accounts need no default database.
    Profile profile = admin;
    profile.database.clear();
    s->m_connection = std::make_unique<ProfileConnection>(profile);
    const ProfileConnection::Opened opened = s->m_connection->open(secrets);
    if (!opened.opened()) {
        result.errorCode = opened.sqlError.nativeErrorCode().toInt();
        result.error = opened.error;
        qCInfo(lcAccounts) << "admin login failed, code" << result.errorCode;
        return result;
    }
    result.session = std::move(s);
    return result;
}

AdminSession::~AdminSession() = default;

QSqlDatabase AdminSession::database() const
{
    return m_connection->database();
}

AdminSession::FactsResult AdminSession::facts()
{
    FactsResult r;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT VERSION(), @@SESSION.sql_mode, CURRENT_USER(), "
                               "@@SESSION.character_set_client"))
        || !q.next()) {
        r.error = q.lastError().text();
        return r;
    }
    AdminServerFacts f;
    f.version = q.value(0).toString();
    f.sqlMode = q.value(1).toString();
    f.currentUser = q.value(2).toString();
    f.characterSetClient = q.value(3).toString();
    f.dialect = ServerDialect::fromVersion(f.version);
    f.backslash = SqlQuoting::backslashFor(f.sqlMode);
    if (q.exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_version'")) && q.next())
        f.tlsVersion = q.value(1).toString();
    if (q.exec(QStringLiteral("SHOW GLOBAL VARIABLES LIKE 'require_secure_transport'")) && q.next())
        f.requireSecureTransport
                = q.value(1).toString().compare(QLatin1String("ON"), Qt::CaseInsensitive) == 0;
    r.facts = f;
    return r;
}

AdminSession::Accounts AdminSession::accounts()
{
    Accounts r;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT User, Host FROM mysql.user ORDER BY User, Host"))) {
        r.error = tr("The account list could not be read: %1").arg(q.lastError().text());
        return r;
    }
    while (q.next())
        r.accounts.append({textOf(q.value(0)), textOf(q.value(1))});
    return r;
}

std::optional<QString> AdminSession::unsafeForStatements()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT @@SESSION.character_set_client")) || !q.next())
        return tr("The session's character set could not be read, so no statement was sent: %1")
                .arg(q.lastError().text());
    const QString characterSet = q.value(0).toString();
    if (SqlQuoting::isUnsafeClientCharacterSet(characterSet))
        return tr("No statement was sent: this session's character_set_client is %1. In %1 the "
                  "second byte of a character can be a backslash or a quote, so the server "
                  "could read a quoted name or value differently from how sslcm wrote it. "
                  "Use a session with utf8mb4: check the server's init_connect and "
                  "character_set_server settings.")
                .arg(characterSet);
    return std::nullopt;
}

AdminSession::Execution
AdminSession::execute(const AccountScript &script,
                      const std::function<void(const StatementResult &)> &onResult)
{
    Execution execution;
    if (!script.canRun()) {
        execution.error = (script.problems + script.runProblems).join(QLatin1Char(' '));
        return execution;
    }
    if (const auto unsafe = unsafeForStatements()) {
        execution.error = *unsafe;
        return execution;
    }
    QList<StatementResult> &results = execution.results;
    bool failed = false;
    for (int i = 0; i < script.statements.size(); ++i) {
        const AccountStatement &statement = script.statements.at(i);
        StatementResult r;
        r.index = i;
        r.displaySql = statement.displaySql;
        if (failed) {
            r.status = StatementResult::Status::Skipped;
        } else {
            QElapsedTimer timer;
            timer.start();
            QSqlQuery q(database());
            const bool ok = q.exec(statement.sql);
            r.elapsedMs = timer.elapsed();
            if (ok) {
                r.status = StatementResult::Status::Done;
            } else {
                r.status = StatementResult::Status::Failed;
                r.errorCode = q.lastError().nativeErrorCode().toInt();
                r.error = q.lastError().databaseText();
                failed = true;
            }
            QSqlQuery w(database());
            if (w.exec(QStringLiteral("SHOW WARNINGS")))
                while (w.next())
                    r.warnings << QStringLiteral("%1 %2: %3")
                                          .arg(w.value(0).toString(), w.value(1).toString(),
                                               w.value(2).toString());
            // The statement text may hold a password: log the purpose and outcome only.
            qCDebug(lcAccounts) << "statement" << i << "purpose" << int(statement.purpose)
                                << (ok ? "done" : "failed") << r.errorCode;
        }
        results.append(r);
        if (onResult)
            onResult(r);
    }
    return execution;
}

AccountReadBack AdminSession::readBack(const QString &user, const QString &host,
                                       const ServerDialect &dialect)
{
    AccountReadBack r;
    // SHOW CREATE USER below carries the account name in backticks.
    if (const auto unsafe = unsafeForStatements()) {
        r.error = *unsafe;
        return r;
    }
    QSqlQuery q(database());
    if (dialect.hasGlobalPriv()) {
        r.source = QStringLiteral("mysql.global_priv");
        q.prepare(QStringLiteral("SELECT Priv FROM mysql.global_priv WHERE User = ? AND Host = ?"));
    } else {
        r.source = QStringLiteral("mysql.user");
        q.prepare(QStringLiteral("SELECT ssl_type, x509_issuer, x509_subject, ssl_cipher "
                                 "FROM mysql.user WHERE User = ? AND Host = ?"));
    }
    q.addBindValue(user);
    q.addBindValue(host);
    if (!q.exec()) {
        r.error = tr("The account could not be read back from %1: %2")
                          .arg(r.source, q.lastError().text());
        return r;
    }
    r.ok = true;
    if (!q.next())
        return r;
    r.exists = true;
    r.requirement = dialect.hasGlobalPriv()
            ? AccountRequirement::fromGlobalPriv(
                    QJsonDocument::fromJson(textOf(q.value(0)).toUtf8()).object())
            : AccountRequirement::fromUserTable(textOf(q.value(0)), textOf(q.value(1)),
                                                textOf(q.value(2)), textOf(q.value(3)));
    QSqlQuery show(database());
    if (show.exec(QStringLiteral("SHOW CREATE USER ")
                  + AccountStatementBuilder::accountName(user, host))
        && show.next()) {
        // Keep the password hash out of what is shown and copied.
        static const QRegularExpression identified(
                QStringLiteral("IDENTIFIED\\s+(BY\\s+PASSWORD|VIA|WITH)\\s+\\S+"
                               "(\\s+(USING|AS|BY)\\s+'[^']*')?"),
                QRegularExpression::CaseInsensitiveOption);
        r.showCreateUser
                = show.value(0).toString().replace(identified, QStringLiteral("IDENTIFIED ..."));
    }
    return r;
}
