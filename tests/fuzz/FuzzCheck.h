// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An invariant of the code under test: when it does not hold, the fuzzer stops with a crash
// (and saves the input), exactly as for a memory error.
inline void fuzzRequire(bool holds)
{
    if (!holds)
        __builtin_trap();
}
