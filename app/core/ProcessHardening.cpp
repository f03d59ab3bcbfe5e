// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessHardening.h"

#include <sys/resource.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

bool ProcessHardening::disableCoreDumps()
{
    bool ok = true;
#if defined(__linux__)
    // Also what keeps a core out of a pipe handler (systemd-coredump), which ignores RLIMIT_CORE.
    ok = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    const rlimit none {0, 0};
    return ::setrlimit(RLIMIT_CORE, &none) == 0 && ok;
}
