#!/usr/bin/env bash
# SPDX-FileCopyrightText: sslcm authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-demo.sh ROOT APP_DIR
#
# The README's "run" command as a newcomer gets it, minus installing and building:
# `packaging/quickstart demo APP_DIR` on a fresh HOME with a keychain (run it under
# tests/fixtures/with-keyring.sh). Instead of a person, the "app" the demo opens is a script that
# tests both demo profiles with sslcm-cli (the verified one must be secure, the one backed by the
# --skip-ssl server must be refused before login) and starts the real sslcm until its first
# paint. When that script ends, the demo servers must be gone.
set -euo pipefail

root=${1:?usage: check-demo.sh ROOT APP_DIR}
app=${2:?usage: check-demo.sh ROOT APP_DIR}
state=${XDG_DATA_HOME:?run under tests/fixtures/with-keyring.sh}/sslcm/demo
work=$(mktemp -d "${TMPDIR:-/tmp}/sslcm-demo-check.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() {
    echo "check-demo.sh: $*" >&2
    exit 1
}

q() { printf '%q' "$1"; }
cat >"$work/app" <<SCRIPT
#!/usr/bin/env bash
set -u
cli=$(q "$app/cli/sslcm-cli")
"\$cli" test "Local demo — verified TLS" >$(q "$work/verified.txt") 2>&1
echo \$? >$(q "$work/verified.rc")
"\$cli" test "Local demo — server without TLS" >$(q "$work/plain.txt") 2>&1
echo \$? >$(q "$work/plain.rc")
cat $(q "$state/tls/mariadbd.pid") $(q "$state/plain/mariadbd.pid") >$(q "$work/pids")
QT_QPA_PLATFORM=offscreen SSLCM_REPORT_FIRST_PAINT=1 $(q "$app/sslcm") >$(q "$work/gui.txt") 2>&1
echo \$? >$(q "$work/gui.rc")
SCRIPT
chmod +x "$work/app"

SSLCM_DEMO_APP=$work/app "$root/packaging/quickstart" demo "$app" ||
    fail "packaging/quickstart demo failed"

[[ -s $work/pids ]] || fail "the demo did not open the app"
[[ $(<"$work/verified.rc") == 0 ]] ||
    fail "\"Local demo — verified TLS\" did not test secure and verified:
$(<"$work/verified.txt")"
[[ $(<"$work/plain.rc") == 2 ]] ||
    fail "\"Local demo — server without TLS\" was not refused:
$(<"$work/plain.txt")"
grep -q "does not offer TLS" "$work/plain.txt" ||
    fail "the refusal does not say why: $(<"$work/plain.txt")"
[[ $(<"$work/gui.rc") == 0 ]] || fail "sslcm did not start and paint: $(<"$work/gui.txt")"
# A stopped server may linger as a zombie until whoever adopted it reaps it: that counts as gone.
for pid in $(<"$work/pids"); do
    status=$(awk '/^State:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
    if [[ -n $status && $status != Z ]]; then
        fail "demo server (PID $pid) still runs after the app exited"
    fi
done
echo "check-demo.sh: both demo profiles behaved, sslcm painted, the demo servers stopped"
