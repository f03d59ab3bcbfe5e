// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeCommand.h"

#include "CliContext.h"
#include "SshOptions.h"
#include "mysql/ProfileConnection.h"
#include "mysql/ServerProbeReport.h"
#include "profile/ServerHost.h"
#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

int ProbeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ca(QStringLiteral("ssl-ca"), QString(), QStringLiteral("F"));
    const QCommandLineOption capath(QStringLiteral("ssl-capath"), QString(), QStringLiteral("D"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption timeout(QStringLiteral("connect-timeout"), QString(),
                                     QStringLiteral("S"));
    for (const QCommandLineOption &o : {ca, capath, json, timeout})
        parser.addOption(o);
    const SshOptions ssh(parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usage(tr("\"probe\" takes one HOST or HOST:PORT"));

    // HOST, HOST:PORT, [IPv6]:PORT or a bare IPv6 address.
    const QString target = parser.positionalArguments().first();
    static const QRegularExpression form(
            QStringLiteral("^(?:\\[([^\\]]+)\\]|([^:]+))(?::(\\d+))?$"));
    const QRegularExpressionMatch m = form.match(target);
    Profile server;
    if (m.hasMatch()) {
        server.host = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        if (!m.captured(3).isEmpty()) {
            const uint port = m.captured(3).toUInt();
            if (port < 1 || port > 65535)
                return usage(tr("the port must be between 1 and 65535"));
            server.port = quint16(port);
        }
    } else if (target.count(QLatin1Char(':')) > 1) {
        server.host = target; // a bare IPv6 address
    } else {
        return usage(tr("\"%1\" is not HOST or HOST:PORT").arg(target));
    }
    if (const ServerHost host = ServerHost::parse(server.host); !host.isValid())
        return usage(host.problem());
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = parser.value(timeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > Profile::maxConnectTimeoutSeconds)
            return usage(tr("--connect-timeout must be a number of seconds"));
        server.connectTimeoutSeconds = seconds;
    }
    for (const auto &[option, target] :
         {std::pair {&ca, &server.caFile}, std::pair {&capath, &server.caDirectory}}) {
        if (parser.isSet(*option))
            *target = QFileInfo(parser.value(*option)).absoluteFilePath();
    }

    // HOST:PORT is then as the jump host sees it.
    if (const int code = ssh.apply(parser, server, m_cli); code >= 0)
        return code;
    if (const std::optional<QString> agent = SshOptions::missingAgent(server))
        return fail(*agent);
    ConnectionSecrets secrets;
    if (ssh.readsStdin(parser)) {
        const std::optional<QStringList> input = CliContext::readSecretsFromStdin(1);
        if (!input)
            return fail(tr("could not read standard input"));
        (parser.isSet(ssh.sshPasswordStdin) ? secrets.sshPassword : secrets.sshKeyPassphrase)
                = input->value(0);
    }

    const ProfileConnection::Probed probed = m_cli.probe(server, secrets);
    if (!probed.error.isEmpty())
        return fail(probed.error);
    const GatewaySession &s = probed.session;
    const ServerProbeReport report(server, s);
    if (parser.isSet(json))
        m_out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        m_out << report.toText();
    m_out.flush();
    if (!s.tlsUsed)
        return Failure;
    return s.failure == GatewaySession::Failure::None ? Success : Weaker;
}
