// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshConfigImporter.h"

#include "ssh/SshConfig.h"

#include <QRegularExpression>

namespace {

bool isMysqlPort(quint16 port)
{
    return port >= 3306 && port <= 3309;
}

ImportResult::Connection newConnection(const QString &name, const QString &origin)
{
    ImportResult::Connection c;
    c.profile = Profile::create();
    c.profile.name = name;
    c.origin = origin;
    return c;
}

void carryJump(const SshConfig::Jump &jump, ImportResult::Connection &c)
{
    if (jump.ok())
        c.profile.ssh = jump.jump;
    else
        c.sourceProblems << jump.problem;
    c.notes << jump.notes;
}

} // namespace

QString SshConfigImporter::formatName()
{
    return tr("OpenSSH client configuration");
}

bool SshConfigImporter::looksLikeSshConfig(const QByteArray &head)
{
    static const QRegularExpression hostLine(QStringLiteral("^[ \\t]*(host|match)[ \\t=]+\\S"),
                                             QRegularExpression::CaseInsensitiveOption
                                                     | QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(head);
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'))
            || trimmed.startsWith(QLatin1Char(';')))
            continue;
        // An option file starts with a [group] or an !include.
        if (trimmed.startsWith(QLatin1Char('[')) || trimmed.startsWith(QLatin1Char('!')))
            return false;
        break;
    }
    return hostLine.match(text).hasMatch();
}

ImportResult SshConfigImporter::importFile(const QString &path)
{
    return fromConfig(SshConfig::load(path), path);
}

ImportResult SshConfigImporter::importData(const QByteArray &text, const QString &origin)
{
    return fromConfig(SshConfig::parse(text, origin), origin);
}

ImportResult SshConfigImporter::fromConfig(const SshConfig &config, const QString &origin)
{
    ImportResult result;
    result.format = formatName();
    result.warnings = config.warnings();
    QStringList reachNothing;
    QStringList otherForwards;
    for (const QString &alias : config.aliases()) {
        const SshConfig::Host host = config.resolve(alias);
        //: %1 is an SSH host alias, %2 a file
        const QString from = tr("Host %1 in %2").arg(alias, origin);
        bool used = false;
        if (!host.proxyJump.isEmpty()) {
            used = true;
            const SshConfig::Through through = config.databaseThrough(alias);
            ImportResult::Connection c = newConnection(alias, from);
            c.profile.host = through.host;
            carryJump(through.jump, c);
            c.notes << tr("The database's port (%1 assumed), user and TLS settings are not in "
                          "the SSH configuration: check them before connecting.")
                               .arg(Profile::defaultPort);
            result.connections << c;
        }
        const QList<SshConfig::Forward> forwards = host.localForwards;
        int mysqlForwards = 0;
        for (const SshConfig::Forward &f : forwards)
            mysqlForwards += isMysqlPort(f.port) ? 1 : 0;
        for (const SshConfig::Forward &f : forwards) {
            Profile address;
            address.host = f.host;
            address.port = f.port;
            if (!isMysqlPort(f.port)) {
                //: %1 is an SSH host alias, %2 a local port, %3 host:port
                otherForwards << tr("%1: local port %2 to %3")
                                         .arg(alias, QString::number(f.localPort),
                                              address.addressText());
                continue;
            }
            used = true;
            ImportResult::Connection c = newConnection(
                    mysqlForwards > 1 ? alias + QLatin1Char(' ') + address.addressText() : alias,
                    from);
            c.profile.host = f.host;
            c.profile.port = f.port;
            carryJump(config.jumpFor(alias), c);
            //: %1 is an SSH host alias, %2 a local port, %3 the database's host:port, %4 its host
            c.notes << tr("In the SSH configuration, “%1” forwards local port %2 to %3: sslcm "
                          "goes through “%1” itself, without a local port, and checks the "
                          "certificate against %4. The database's user and TLS settings are not "
                          "in the SSH configuration: check them before connecting.")
                               .arg(alias, QString::number(f.localPort), address.addressText(),
                                    f.host);
            result.connections << c;
        }
        if (!used)
            reachNothing << alias;
    }
    if (!otherForwards.isEmpty())
        result.notCarried << tr("forwards to ports other than MySQL's (3306 to 3309): %1")
                                     .arg(otherForwards.join(QStringLiteral("; ")));
    if (!reachNothing.isEmpty())
        result.notCarried << tr("hosts that reach no database (no ProxyJump, no LocalForward to "
                                "MySQL's port); they can be a profile's SSH jump host: %1")
                                     .arg(reachNothing.join(QStringLiteral(", ")));
    if (result.connections.isEmpty())
        result.error = tr("no Host in %1 reaches a database: sslcm imports hosts with a "
                          "ProxyJump (a database machine behind a jump host) or a LocalForward "
                          "to MySQL's port. Any host can be a profile's SSH jump host.")
                               .arg(origin);
    return result;
}
