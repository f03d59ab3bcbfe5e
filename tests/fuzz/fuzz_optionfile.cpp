// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: OptionFileImporter must answer any input with a result or an error, never a
// crash.
#include "interop/OptionFileImporter.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ImportResult result = OptionFileImporter::importText(bytes, QStringLiteral("fuzz"));
    // The preview text is what people see: building it must not crash either.
    if (result.summary().isEmpty())
        __builtin_trap();
    return 0;
}
