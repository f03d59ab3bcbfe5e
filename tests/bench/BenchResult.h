// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>

// One measurement as a machine-readable line for tests/bench/report.sh, printed next to the
// human-readable output. Tab-separated:
//
//     SSLCM-BENCH  key  what  unit  baseline  sslcm  ratio  target
//
// `key` is "<bench>/<item>" and stays the same from run to run. `baseline` and `ratio` are "-"
// when a measurement has no baseline (pass baseline <= 0). `target` is empty, or a bound on the
// ratio ("<= 1.15x") or on the value in its unit ("< 16 ms"); report.sh judges it.
inline void printBenchResult(const char *key, const char *what, const char *unit, double baseline,
                             double value, const char *target = "")
{
    if (baseline > 0)
        std::printf("SSLCM-BENCH\t%s\t%s\t%s\t%.2f\t%.2f\t%.2f\t%s\n", key, what, unit, baseline,
                    value, value / baseline, target);
    else
        std::printf("SSLCM-BENCH\t%s\t%s\t%s\t-\t%.2f\t-\t%s\n", key, what, unit, value, target);
}
