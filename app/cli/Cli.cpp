// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "AuditCommand.h"
#include "CertCommand.h"
#include "ExportCommand.h"
#include "HelpCommand.h"
#include "ImportCommand.h"
#include "ProbeCommand.h"
#include "ProfilesAddCommand.h"
#include "ProfilesListCommand.h"
#include "ProfilesRemoveCommand.h"
#include "RequireCommand.h"
#include "TestCommand.h"
#include "TokenCommand.h"
#include "TrustCommand.h"
#include "VersionCommand.h"

#include <memory>

namespace {

template<typename Command> std::unique_ptr<CliCommand> make(CliContext &context)
{
    return std::make_unique<Command>(context);
}

} // namespace

int Cli::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return m_context.usage(tr("missing command"));
    const QString command = arguments.first();
    QStringList commandArguments = arguments;
    std::unique_ptr<CliCommand> chosen;
    if (command == QLatin1String("--version") || command == QLatin1String("-V")
        || command == QLatin1String("version")) {
        chosen = make<VersionCommand>(m_context);
    } else if (command == QLatin1String("--help") || command == QLatin1String("-h")
               || command == QLatin1String("help")) {
        chosen = make<HelpCommand>(m_context);
    } else if (command == QLatin1String("profiles")) {
        if (arguments.size() < 2)
            return m_context.usage(tr("\"profiles\" needs a subcommand: list, add or remove"));
        const QString sub = arguments.at(1);
        commandArguments = arguments.mid(1);
        if (sub == QLatin1String("list"))
            chosen = make<ProfilesListCommand>(m_context);
        else if (sub == QLatin1String("add"))
            chosen = make<ProfilesAddCommand>(m_context);
        else if (sub == QLatin1String("remove"))
            chosen = make<ProfilesRemoveCommand>(m_context);
        else
            return m_context.usage(tr("unknown subcommand \"profiles %1\"").arg(sub));
    } else if (command == QLatin1String("test")) {
        chosen = make<TestCommand>(m_context);
    } else if (command == QLatin1String("probe")) {
        chosen = make<ProbeCommand>(m_context);
    } else if (command == QLatin1String("trust")) {
        chosen = make<TrustCommand>(m_context);
    } else if (command == QLatin1String("cert")) {
        chosen = make<CertCommand>(m_context);
    } else if (command == QLatin1String("export")) {
        chosen = make<ExportCommand>(m_context);
    } else if (command == QLatin1String("import")) {
        chosen = make<ImportCommand>(m_context);
    } else if (command == QLatin1String("token")) {
        chosen = make<TokenCommand>(m_context);
    } else if (command == QLatin1String("require")) {
        chosen = make<RequireCommand>(m_context);
    } else if (command == QLatin1String("audit")) {
        chosen = make<AuditCommand>(m_context);
    } else {
        return m_context.usage(tr("unknown command \"%1\"").arg(command));
    }
    return chosen->run(commandArguments);
}
