// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportResult.h"

#include <QLoggingCategory>

// The one logging category of interop/. Never logs passwords.
Q_LOGGING_CATEGORY(lcInterop, "sslcm.interop", QtInfoMsg)

ImportResult ImportResult::failure(const QString &format, const QString &error)
{
    ImportResult result;
    result.format = format;
    result.error = error;
    return result;
}

void ImportResult::checkConnections()
{
    for (Connection &c : connections) {
        Profile &p = c.profile;
        if (p.sslMode == SslMode::VerifyCa && p.caFile.isEmpty() && p.caDirectory.isEmpty()) {
            p.sslMode = SslMode::VerifyIdentity;
            //: %1 is the mode "Verify CA", %2 the mode "Verify CA and host name"
            c.securityChanges
                    << tr("The source asks for “%1” but names no CA file: sslcm will use “%2” "
                          "with the system's CAs. Checking only the CA against the system's CAs "
                          "would accept any publicly trusted certificate for any host. If your "
                          "provider has a CA of its own, choose its file after importing.")
                               .arg(SslModes::displayName(SslMode::VerifyCa),
                                    SslModes::displayName(SslMode::VerifyIdentity));
        }
        if (p.passwordSource.sendsClearText() && !p.verifiesServer()) {
            const SslMode asked = p.sslMode;
            p.sslMode = SslMode::VerifyIdentity;
            //: %1 is the mode the source asked for, %2 the mode "Verify CA and host name"
            c.securityChanges
                    << tr("The password is a sign-in token sent in clear text, and the source "
                          "asks only for “%1”: anyone between you and the server could take the "
                          "token. sslcm will use “%2”, with the system's CAs unless you choose "
                          "your provider's CA file after importing (Download CA Certificate gets "
                          "it).")
                               .arg(SslModes::displayName(asked),
                                    SslModes::displayName(SslMode::VerifyIdentity));
        }
        c.problems = c.sourceProblems + p.connectionProblems();
    }
}

QList<ImportResult::Secret> ImportResult::Connection::secrets() const
{
    QList<Secret> found;
    if (!password.isEmpty())
        found.append({SecretKind::Password, password});
    if (!sshPassword.isEmpty())
        found.append({SecretKind::SshPassword, sshPassword});
    if (!sshKeyPassphrase.isEmpty())
        found.append({SecretKind::SshKeyPassphrase, sshKeyPassphrase});
    return found;
}

namespace {

// The same database name may be another machine behind another jump host.
bool sameJumpHost(const Profile &a, const Profile &b)
{
    if (a.ssh.has_value() != b.ssh.has_value())
        return false;
    return !a.ssh
            || (a.ssh->host.compare(b.ssh->host, Qt::CaseInsensitive) == 0
                && a.ssh->port == b.ssh->port);
}

} // namespace

void ImportResult::markDuplicates(const QList<Profile> &existing)
{
    for (Connection &c : connections) {
        c.duplicateOf = QUuid();
        c.duplicateReason.clear();
        const Profile &p = c.profile;
        for (const Profile &e : existing) {
            if (!p.id.isNull() && p.id == e.id) {
                c.duplicateOf = e.id;
                c.duplicateReason = tr("the same profile (same id) as \"%1\"").arg(e.name);
            } else if (p.host.compare(e.host, Qt::CaseInsensitive) == 0 && p.port == e.port
                       && p.user == e.user && p.database == e.database && sameJumpHost(p, e)) {
                c.duplicateOf = e.id;
                c.duplicateReason
                        = tr("the same server, port, user and database as \"%1\"").arg(e.name);
            } else if (!p.name.isEmpty() && p.name == e.name) {
                c.duplicateOf = e.id;
                c.duplicateReason = tr("the same name as an existing profile");
            }
            if (c.isDuplicate())
                break;
        }
    }
}

QList<Profile> ImportResult::profilesToAdd(bool includeDuplicates) const
{
    QList<Profile> result;
    for (const Connection &c : connections) {
        if (!c.isImportable() || (c.isDuplicate() && !includeDuplicates))
            continue;
        Profile p = c.profile;
        if (c.isDuplicate() && p.id == c.duplicateOf)
            p.id = QUuid::createUuid();
        result << p;
    }
    return result;
}

int ImportResult::duplicateCount() const
{
    int n = 0;
    for (const Connection &c : connections)
        n += c.isDuplicate() ? 1 : 0;
    return n;
}

int ImportResult::unimportableCount() const
{
    int n = 0;
    for (const Connection &c : connections)
        n += c.isImportable() ? 0 : 1;
    return n;
}

bool ImportResult::hasPasswords() const
{
    for (const Connection &c : connections) {
        if (!c.secrets().isEmpty())
            return true;
    }
    return false;
}

QString ImportResult::summary() const
{
    QString text;
    if (!ok())
        return tr("Cannot import (%1): %2").arg(format, error) + QLatin1Char('\n');
    //: %1 is the format, e.g. "MySQL option file", %2 the number of connections
    text += tr("%1: %n connection(s) found", nullptr, int(connections.size())).arg(format)
            + QLatin1Char('\n');
    for (const Connection &c : connections) {
        const Profile &p = c.profile;
        text += QStringLiteral("\n* ") + p.name + QStringLiteral(" — ") + p.user + QLatin1Char('@')
                + p.addressText();
        if (!p.database.isEmpty())
            text += QLatin1Char('/') + p.database;
        text += QLatin1Char('\n');
        text += QStringLiteral("  ") + tr("from: %1").arg(c.origin) + QLatin1Char('\n');
        text += QStringLiteral("  ") + tr("TLS: %1").arg(SslModes::displayName(p.sslMode))
                + QLatin1Char('\n');
        if (!p.caFile.isEmpty())
            text += QStringLiteral("  ") + tr("CA file: %1").arg(p.caFile) + QLatin1Char('\n');
        if (!p.clientCertificate.isEmpty())
            text += QStringLiteral("  ") + tr("client certificate: %1").arg(p.clientCertificate)
                    + QLatin1Char('\n');
        if (p.ssh)
            //: %1 is the SSH jump host, e.g. "deploy@bastion:2222 (SSH agent)"
            text += QStringLiteral("  ") + tr("through SSH: %1").arg(p.ssh->summary())
                    + QLatin1Char('\n');
        for (const QString &n : c.problems)
            text += QStringLiteral("  ") + tr("cannot be imported: %1").arg(n) + QLatin1Char('\n');
        for (const QString &n : c.securityChanges)
            text += QStringLiteral("  ") + tr("changed: %1").arg(n) + QLatin1Char('\n');
        for (const QString &n : c.notes)
            text += QStringLiteral("  ") + tr("note: %1").arg(n) + QLatin1Char('\n');
        for (const QString &n : c.notCarried)
            text += QStringLiteral("  ") + tr("not carried over: %1").arg(n) + QLatin1Char('\n');
        if (!c.password.isEmpty())
            text += QStringLiteral("  ") + tr("a password was found (it can go to the keychain)")
                    + QLatin1Char('\n');
        if (!c.sshPassword.isEmpty())
            text += QStringLiteral("  ")
                    + tr("the SSH jump host's password was found (it can go to the keychain)")
                    + QLatin1Char('\n');
        if (!c.sshKeyPassphrase.isEmpty())
            text += QStringLiteral("  ")
                    + tr("the passphrase of the SSH key was found (it can go to the keychain)")
                    + QLatin1Char('\n');
        if (c.isDuplicate())
            text += QStringLiteral("  ") + tr("duplicate: %1").arg(c.duplicateReason)
                    + QLatin1Char('\n');
    }
    for (const QString &n : notCarried)
        text += tr("not carried over: %1").arg(n) + QLatin1Char('\n');
    for (const QString &w : warnings)
        text += tr("warning: %1").arg(w) + QLatin1Char('\n');
    return text;
}
