#!/usr/bin/env bash
# SPDX-FileCopyrightText: sslcm authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# take-screenshots.sh - regenerates the README screenshots from the real app under Xvfb.
#
# Usage: tests/screenshots/take-screenshots.sh <build-dir> [<review-dir>]
#
# Builds nothing: <build-dir> must already contain tests/gui/sslcm_screenshots
# (cmake --build <build-dir> --target sslcm_screenshots). Starts its own Xvfb (1366x768) and its
# own test servers (tests/fixtures/servers.sh, with the sshd jump host) in a temporary folder,
# and stops both on exit.
# Writes main-window.png, wizard-server.png, wizard-security.png, wizard-test.png,
# wizard-save.png, wizard-test-failed.png, wizard-ssh.png, ssh-host-key.png,
# account-requirements.png and the others the README shows to resources/screenshots/ (the
# certificate viewer's come from tst_certificateviewer with SSLCM_SCREENSHOT_DIR). With
# <review-dir> it also writes every other screen there (not for the README). For every window
# at 200 % and in a dark palette, checked for cut-off text, see check-screenshots.sh.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:?usage: take-screenshots.sh <build-dir> [<review-dir>]}
review=${2:-}
driver="$build/tests/gui/sslcm_screenshots"
[[ -x $driver ]] || { echo "take-screenshots.sh: $driver not built" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "take-screenshots.sh: Xvfb not installed" >&2; exit 2; }

state=$(mktemp -d /tmp/sslcm-shots.XXXXXX)
xvfb_pid=
cleanup() {
    [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
    "$root/tests/fixtures/servers.sh" stop "$state" --purge >/dev/null 2>&1 || true
    rm -rf "$state"
}
trap cleanup EXIT

# A free display number: Xvfb writes it to the file descriptor given by -displayfd.
exec {fd}<> <(:)
Xvfb -displayfd "$fd" -screen 0 1366x768x24 -nolisten tcp >"$state/xvfb.log" 2>&1 &
xvfb_pid=$!
read -r -t 20 -u "$fd" display || { echo "take-screenshots.sh: Xvfb did not start" >&2; exit 1; }
exec {fd}>&-

"$root/tests/fixtures/servers.sh" start "$state" --fresh --sshd >"$state/servers.log" 2>&1 \
    || { cat "$state/servers.log" >&2; exit 1; }

# A neutral look that does not depend on the machine: Fusion, no desktop theme, fixed DPI.
mkdir -m 0700 "$state/runtime"
env -u QT_QPA_PLATFORM -u QT_STYLE_OVERRIDE DISPLAY=":$display" QT_QPA_PLATFORMTHEME= \
    XDG_RUNTIME_DIR="$state/runtime" \
    QT_SCALE_FACTOR=1 LC_ALL=C.UTF-8 TZ=UTC \
    "$driver" -style Fusion "$root/resources/screenshots" "$state/servers.env" ${review:+"$review"}
