#!/usr/bin/env bash
# SPDX-FileCopyrightText: sslcm authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# report.sh - the performance report: builds the ci preset, runs every benchmark in one ctest run
# (so the test servers start once) and prints one table of everything measured, each next to its
# baseline from the same run, as a ratio, with the target where there is one. The table is also
# written as Markdown to build/ci/bench-report.md; ctest's whole output goes to
# build/ci/bench-output.log.
#
# Usage: tests/bench/report.sh [ctest arguments, e.g. -R bench_profilestore]
#
# Exits 1 when the build or a benchmark fails. A missed target does not change the exit status: it
# is marked MISSED in the table and listed below it.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
build=$root/build/ci
log=$build/bench-output.log
markdown=$build/bench-report.md

cmake --preset ci >/dev/null
cmake --build --preset ci

# Each benchmark prints, besides its own tables, one line per measurement (see BenchResult.h):
# SSLCM-BENCH<TAB>key<TAB>what<TAB>unit<TAB>baseline<TAB>sslcm<TAB>ratio<TAB>target
ctest_status=0
ctest --preset bench "$@" 2>&1 | tee "$log" || ctest_status=$?

# ctest -V puts "<test number>: " in front of every line a test prints.
results=$(sed -n 's/^.*SSLCM-BENCH\t//p' "$log")

# Benchmarks of this run that printed no result (e.g. bench_certificates without a CA bundle).
# A benchmark's lines carry its test number (ctest -V), whatever keys it prints.
unmeasured=()
while read -r number name; do
    grep -q "^$number: .*SSLCM-BENCH"$'\t' "$log" || unmeasured+=("$name")
done < <(ctest --preset bench -N "$@" |
    sed -n 's/^ *Test *#\([0-9]*\): \(bench_[A-Za-z0-9_]*\)$/\1 \2/p')

# shellcheck source=/dev/null
machine="$(nproc) cores, $(. /etc/os-release && echo "${PRETTY_NAME:-$(uname -s)}")"
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
[[ -n $cpu ]] && machine+=", $cpu"
revision=$(git -C "$root" describe --always --dirty 2>/dev/null || echo unknown)
date=$(date -u '+%Y-%m-%d %H:%M UTC')

# Judges each target and lays out the table, once for the terminal and once as Markdown.
table() { # <terminal|markdown>
    awk -F '\t' -v style="$1" '
        function cell(value, unit) { return value == "-" ? "-" : value " " unit }
        function judge(target, unit, value, ratio,    t, op, bound, on) {
            t = target
            gsub(/ /, "", t)
            if (t == "") return "-"
            if (t ~ /^<=/) { op = "<="; t = substr(t, 3) } else if (t ~ /^</) { op = "<"; t = substr(t, 2) }
            else return "?"
            if (t ~ /x$/) { on = ratio; bound = substr(t, 1, length(t) - 1) }
            else if (substr(t, length(t) - length(unit) + 1) == unit) {
                on = value; bound = substr(t, 1, length(t) - length(unit))
            } else return "?"
            if (on == "-") return "?"
            if (op == "<=") return (on + 0 <= bound + 0) ? "yes" : "MISSED"
            return (on + 0 < bound + 0) ? "yes" : "MISSED"
        }
        NF >= 7 {
            n++
            row[n, 1] = $2
            row[n, 2] = cell($4, $3)
            row[n, 3] = cell($5, $3)
            row[n, 4] = $6 == "-" ? "-" : $6 "x"
            row[n, 5] = $7 == "" ? "-" : $7
            row[n, 6] = judge($7, $3, $5, $6)
        }
        END {
            split("measurement|baseline|sslcm|ratio|target|met?", head, "|")
            for (c = 1; c <= 6; c++) {
                row[0, c] = head[c]
                width[c] = 0
                for (r = 0; r <= n; r++) {
                    if (style == "markdown") gsub(/\|/, "\\|", row[r, c])
                    if (length(row[r, c]) > width[c]) width[c] = length(row[r, c])
                }
            }
            for (r = 0; r <= n; r++) {
                line = style == "markdown" ? "|" : ""
                for (c = 1; c <= 6; c++) {
                    # Text to the left, numbers to the right.
                    format = (c == 1 || c == 5 || c == 6) ? "%-" width[c] "s" : "%" width[c] "s"
                    line = line (style == "markdown" ? " " : (c > 1 ? "  " : "")) \
                        sprintf(format, row[r, c]) (style == "markdown" ? " |" : "")
                }
                if (style != "markdown") sub(/ +$/, "", line)
                print line
                if (r == 0 && style == "markdown") {
                    line = "|"
                    for (c = 1; c <= 6; c++) {
                        dashes = sprintf("%" width[c] "s", "")
                        gsub(/ /, "-", dashes)
                        line = line (c == 1 || c == 5 || c == 6 ? "-" dashes "-|" : "-" dashes ":|")
                    }
                    print line
                }
            }
        }' <<<"$results"
}

missed=$(table terminal | awk 'NR > 1 && / MISSED$/')

{
    echo "# sslcm benchmarks"
    echo
    echo "$date; $machine; revision $revision."
    echo
    echo "Times are medians. Each ratio is sslcm against the baseline measured in the same run"
    echo "(below 1: sslcm is faster or smaller)."
    echo
    [[ -n $results ]] && table markdown
    for name in "${unmeasured[@]}"; do
        echo
        echo "Not measured: $name printed no result (see bench-output.log)."
    done
} >"$markdown"

echo
echo "Benchmarks, $date; $machine; revision $revision"
echo
if [[ -n $results ]]; then
    table terminal
else
    echo "(no results)"
fi
for name in "${unmeasured[@]}"; do
    echo "NOT MEASURED: $name printed no result (see $log)"
done
if [[ -n $missed ]]; then
    echo
    echo "MISSED TARGETS:"
    echo "$missed"
fi
echo
echo "Markdown: $markdown"
if ((ctest_status != 0)); then
    echo "report.sh: a benchmark failed (ctest exit status $ctest_status); its output is in $log" >&2
    exit 1
fi
if [[ -z $results ]]; then
    echo "report.sh: no benchmark printed a result; ctest's output is in $log" >&2
    exit 1
fi
