#!/usr/bin/env bash
# SPDX-FileCopyrightText: sslcm authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-screenshots.sh - every window and dialog at 100 % and 200 % scale, in a light and a dark
# palette, shot into a review folder and checked for text that does not fit.
#
# Usage: tests/screenshots/check-screenshots.sh <sslcm_screenshots> <servers.env> <review-dir>
#
# Run by ctest as gui_screenshots (with the mariadb fixture's servers). Starts its own Xvfb with
# two screens: 1366x768 for 100 %, and 2732x1536 for 200 % (QT_SCALE_FACTOR=2: the same
# 1366x768 in logical pixels, as on a HiDPI laptop). Writes <review-dir>/100-light/*.png,
# 100-dark, 200-light and 200-dark, never the README's screenshots. Fails (exit 1) when the
# driver finds text cut off in any of them; its messages say where.
set -euo pipefail

driver=${1:?usage: check-screenshots.sh <sslcm_screenshots> <servers.env> <review-dir>}
servers=${2:?usage: check-screenshots.sh <sslcm_screenshots> <servers.env> <review-dir>}
review=${3:?usage: check-screenshots.sh <sslcm_screenshots> <servers.env> <review-dir>}
[[ -x $driver ]] || { echo "check-screenshots.sh: $driver not built" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "check-screenshots.sh: Xvfb not installed (apt-get install xvfb)" >&2; exit 2; }

state=$(mktemp -d /tmp/sslcm-check-shots.XXXXXX)
xvfb_pid=
cleanup() {
    [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$state"
}
trap cleanup EXIT

exec {fd}<> <(:)
Xvfb -displayfd "$fd" -screen 0 1366x768x24 -screen 1 2732x1536x24 -nolisten tcp \
    >"$state/xvfb.log" 2>&1 &
xvfb_pid=$!
read -r -t 20 -u "$fd" display || { echo "check-screenshots.sh: Xvfb did not start" >&2; exit 1; }
exec {fd}>&-

# Under the asan-ubsan preset: no leak report at exit. The X11 client libraries (xcb, Xlib,
# fontconfig) keep what they allocate until the process ends, and LeakSanitizer would report it;
# sslcm's own code is leak-checked by the offscreen GUI tests.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

rm -rf "$review"
mkdir -p "$review" "$state/runtime"
chmod 0700 "$state/runtime"
status=0
for scale in 100 200; do
    screen=0 factor=1
    [[ $scale == 200 ]] && screen=1 factor=2
    for theme in light dark; do
        folder="$review/$scale-$theme"
        echo "== $scale % $theme: $folder"
        flags=(--check)
        [[ $theme == dark ]] && flags+=(--dark)
        # A neutral look that does not depend on the machine: Fusion, no desktop theme.
        env -u QT_QPA_PLATFORM -u QT_STYLE_OVERRIDE -u QT_SCREEN_SCALE_FACTORS \
            DISPLAY=":$display.$screen" QT_QPA_PLATFORMTHEME= XDG_RUNTIME_DIR="$state/runtime" \
            QT_SCALE_FACTOR=$factor QT_ENABLE_HIGHDPI_SCALING=1 LC_ALL=C.UTF-8 TZ=UTC \
            "$driver" -style Fusion "${flags[@]}" "$folder" "$servers" "$folder" >/dev/null \
            || status=1
    done
done
exit $status
