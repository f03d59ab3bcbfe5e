// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenCommand.h"

#include "CliContext.h"
#include "signin/SignIn.h"

#include <QCommandLineParser>

#include <cstdio>
#include <unistd.h>

QString TokenCommand::help()
{
    return tr("  token PROFILE [--force]   a fresh password or sign-in token from the profile's\n"
              "                            password command or AWS RDS IAM sign-in, on standard\n"
              "                            output, for mysql --password=\"$(sslcm-cli token "
              "PROFILE)\";\n"
              "                            refuses a terminal unless --force\n");
}

int TokenCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption force(QStringLiteral("force"));
    parser.addOption(force);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usage(tr("\"token\" takes one profile"));
    const std::optional<Profile> p = m_cli.findProfile(parser.positionalArguments().first());
    if (!p)
        return Failure;
    if (!p->passwordSource.producesSecret())
        return fail(tr("profile \"%1\" has no password command or AWS sign-in (its password: "
                       "%2); \"token\" only prints what such a source makes")
                            .arg(p->name, p->passwordSource.summary()));
    // A secret on a screen is a secret in the scrollback and over the shoulder.
    if (isatty(STDOUT_FILENO) && !parser.isSet(force))
        return fail(tr("standard output is a terminal: the token would stay on the screen. "
                       "Use it in a command substitution or a pipe, or add --force"));
    const SignInSecret made = SignIn::obtain(*p);
    if (!made.ok())
        return fail(made.problemWithOutput());
    // Written with stdio, not the context's text stream: nothing of it passes through a buffer
    // that outlives this function.
    const QByteArray bytes = made.secret.toUtf8() + '\n';
    const bool written
            = fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size())
            && fflush(stdout) == 0;
    return written ? Success : fail(tr("the token could not be written to standard output"));
}
