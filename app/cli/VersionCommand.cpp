// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VersionCommand.h"

#include "CliContext.h"
#include "BuildInfo.h"

int VersionCommand::run(const QStringList &)
{
    const RuntimeVersions v = BuildInfo::runtimeVersions();
    m_out << QStringLiteral("sslcm-cli ") << v.sslcm << Qt::endl << RuntimeVersions::text(v.rows());
    m_out.flush();
    return v.mysqlClientProblem.isEmpty() ? Success : Failure;
}
