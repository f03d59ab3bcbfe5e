// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpCommand.h"

#include "CliContext.h"
#include "CertCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "RequireCommand.h"
#include "TokenCommand.h"

int HelpCommand::run(const QStringList &)
{
    m_out << tr("Usage: sslcm-cli COMMAND [OPTIONS]\n"
                "\n"
                "Commands:\n"
                "  --version                 versions of sslcm, Qt, OpenSSL and the MySQL client "
                "library in use\n"
                "  profiles list [--json]    list the saved connection profiles\n"
                "  profiles add --name N --host H [--port P] [--user U] [--database D]\n"
                "               [--ssl-mode MODE] [--ssl-ca F] [--ssl-capath D] [--ssl-cert F]\n"
                "               [--ssl-key F] [--tls-version TLSv1.2|TLSv1.3] [--ssl-cipher C]\n"
                "               [--pin SHA256] [--connect-timeout S] [--notes TEXT]\n"
                "               [--password-stdin | --ask-password\n"
                "                | --password-command COMMAND [--clear-text-token]\n"
                "                | --aws-iam [--aws-region R] [--aws-profile P]]\n"
                "                            add a profile; the password read from standard "
                "input goes\n"
                "                            to the system keychain, never to a file; or it "
                "is asked for,\n"
                "                            printed by COMMAND (run without a shell; {host} "
                "{port} {user}\n"
                "                            are replaced), or an AWS RDS IAM token sslcm "
                "signs itself\n"
                "  profiles remove NAME|ID   remove a profile and its stored secrets\n"
                "  test PROFILE [--json] [--password-stdin]\n"
                "  test --host H [--port P] [--user U] [--database D] [--ssl-mode MODE]\n"
                "       [--ssl-ca F] [--ssl-capath D] [--ssl-cert F --ssl-key F] [--pin SHA256]\n"
                "       [--tls-version TLSv1.2|TLSv1.3] [--connect-timeout S] "
                "[--password-stdin] [--json]\n"
                "       [--password-command COMMAND [--clear-text-token] | --aws-iam ...]\n"
                "                            test a connection stage by stage through sslcm's "
                "TLS gateway;\n"
                "                            exit 0 secure and verified, 1 connected but weaker, "
                "2 failed\n"
                "  trust PROFILE --use-server-ca|--pin [--yes]\n"
                "                            trust on first use: show the server's CA "
                "certificate (or its\n"
                "                            certificate's fingerprint) and, with --yes, "
                "make it the profile's\n"
                "                            CA file (or pin it)\n"
                "  probe HOST[:PORT] [--ssl-ca F] [--ssl-capath D] [--json]\n"
                "                            the server's TLS facts and certificate chain, "
                "without logging in\n");
    m_out << TokenCommand::help();
    m_out << RequireCommand::help();
    m_out << CertCommand::help();
    m_out << ExportCommand::help() << ImportCommand::help();
    m_out << tr("\n"
                "MODE: disabled, preferred, required, verify-ca, verify-identity (default; "
                "MySQL's\n"
                "VERIFY_IDENTITY spellings are accepted too).\n"
                "\n"
                "Exit status: 0 success, 2 failure (reason on standard error), 3 usage error;\n"
                "test, probe, trust and cert use 1 for \"worked, but weaker than asked\".\n");
    m_out.flush();
    return Success;
}
