// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: ~/.ssh/config as SshConfig reads it and SshConfigImporter imports it: any
// input gives a result or an error with a summary, and every alias resolves to a jump host or a
// problem, never a crash.
#include "FuzzCheck.h"

#include "interop/SshConfigImporter.h"
#include "ssh/SshConfig.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Relative includes point into a home directory that does not exist.
    const SshConfig config = SshConfig::parse(bytes, QStringLiteral("fuzz"),
                                              QStringLiteral("/nonexistent-sslcm-fuzz-home"));
    for (const QString &alias : config.aliases()) {
        const SshConfig::Jump jump = config.jumpFor(alias);
        fuzzRequire(jump.ok() != !jump.problem.isEmpty());
        const SshConfig::Through through = config.databaseThrough(alias);
        fuzzRequire(through.jump.ok() != !through.jump.problem.isEmpty());
    }
    const ImportResult result = SshConfigImporter::fromConfig(config, QStringLiteral("fuzz"));
    fuzzRequire(!result.summary().isEmpty());
    return 0;
}
