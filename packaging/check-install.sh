#!/usr/bin/env bash
# SPDX-FileCopyrightText: sslcm authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-install.sh - the .deb installed with apt-get into a clean Debian root of this machine's
# release, as a new user would install it, and used there (test packaging_install):
#   1. cpack builds the package from BUILD_DIR;
#   2. a clean root: `debootstrap --variant=minbase` of this release (VERSION_CODENAME in
#      /etc/os-release), made once and cached in $SSLCM_CLEAN_ROOT (default
#      /var/cache/sslcm/clean-debian<release>/pristine) and never changed afterwards: each run works
#      on an overlay of it (or a copy where overlayfs is not available), so each run starts clean;
#   3. `apt-get install --no-install-recommends ./sslcm_*.deb` there: the package's Depends alone
#      must bring everything it needs. Downloaded .debs are kept next to the cache
#      (archives/), so later runs download only what changed;
#   4. in the root: `sslcm-cli --version` names the Qt, OpenSSL major.minor and libmariadb
#      major.minor that HOST_CLI (the build's sslcm-cli) names on this machine; `sslcm-cli test`
#      verifies the TLS test server of the fixture (SERVERS_ENV) on this machine's loopback;
#      `sslcm` starts on an Xvfb display served from this machine and paints its window (a
#      screenshot with more than a handful of colours);
#   5. `apt-get purge sslcm` leaves none of the package's files and folders behind.
# Each stage prints its time. Needs root (debootstrap, mount, chroot): run as another user it
# goes through `sudo -n`, and is skipped (exit 77) when that is not allowed. Works inside a
# chroot too (the Debian 13 run of the suite in tests/platform/debian-root.sh).
#
# Needs on this machine: Xvfb (xvfb), xwininfo (x11-utils), xwd (x11-apps), python3.
# Usage: check-install.sh BUILD_DIR CMAKE VERSION SERVERS_ENV HOST_CLI
# Environment: SSLCM_CLEAN_ROOT (the cache folder), SSLCM_DEBIAN_MIRROR (the archive).
set -euo pipefail
script_name=check-install.sh
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=tests/platform/root-lib.sh
. "$src/tests/platform/root-lib.sh"

say() { printf '%s: %s\n' "$script_name" "$*" >&2; }
die() {
    say "error: $*"
    exit 1
}

(($# == 5)) || {
    echo "usage: $script_name BUILD_DIR CMAKE VERSION SERVERS_ENV HOST_CLI" >&2
    exit 2
}
if ((EUID != 0)); then
    sudo -n true 2>/dev/null || {
        say "skipped: needs root (debootstrap, mount, chroot) or sudo without a password"
        exit 77
    }
    exec sudo -n --preserve-env=SSLCM_CLEAN_ROOT,SSLCM_DEBIAN_MIRROR "$0" "$@"
fi
build=$(cd "$1" && pwd)
cmake=$2
version=$3
servers_env=$4
host_cli=$5
cpack=$(dirname "$cmake")/cpack

release=$(. /etc/os-release && echo "${VERSION_ID:-}")
suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
[[ -n $release && -n $suite ]] || die "/etc/os-release names no release and codename"
cache=${SSLCM_CLEAN_ROOT:-/var/cache/sslcm/clean-debian$release}
mirror=${SSLCM_DEBIAN_MIRROR:-http://deb.debian.org/debian}
pristine=$cache/pristine
run=$cache/run
root=$run/root

value() { # <KEY>: one value of the fixture's servers.env
    sed -n "s/^$1=//p" "$servers_env" | head -n 1
}
[[ -f $servers_env ]] || die "no servers.env at $servers_env (the mariadb fixture did not run)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
xvfb_pid=
cleanup() {
    [[ -z $xvfb_pid ]] || kill "$xvfb_pid" 2>/dev/null || true
    root_leave "$root"
    rm -rf --one-file-system "$run" "$work"
}

stage "building the package with cpack"
(cd "$build" && "$cpack" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) ||
    {
        cat "$work/cpack.log" >&2
        die "cpack failed"
    }
deb=$(find "$work/out" -maxdepth 1 -name "sslcm_${version}_*.deb" | head -n 1)
[[ -n $deb ]] || die "no sslcm_${version}_*.deb was built"
say "$(basename "$deb"): $(stat -c %s "$deb") bytes"

# One run at a time uses the cache; another run waits for it (a run takes a minute or two).
mkdir -p "$cache"
exec 9>>"$cache.lock"
flock -w 1200 9 || die "$cache is still in use by another run after 20 minutes"
root_unmount_leftovers "$cache"
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

if [[ ! -f $cache/pristine.complete ]]; then
    stage "making a clean Debian $release ($suite) root with debootstrap --variant=minbase from $mirror"
    root_make "$pristine" "$suite" "$mirror" "$cache/debootstrap.log"
    touch "$cache/pristine.complete"
fi

stage "a fresh root over the clean one"
rm -rf --one-file-system "$run"
mkdir -p "$run/upper" "$run/work" "$root"
if root_mount "$root" -t overlay overlay \
    -o "lowerdir=$pristine,upperdir=$run/upper,workdir=$run/work" 2>"$work/overlay.log"; then
    say "overlay of $pristine"
else
    say "no overlayfs here ($(tr '\n' ' ' <"$work/overlay.log")): copying $pristine"
    cp -a "$pristine/." "$root/"
fi
root_network_files "$root"
root_mount_system "$root"
mkdir -p "$cache/archives/partial"
root_mount "$root/var/cache/apt/archives" --bind "$cache/archives"
cp "$deb" "$root/tmp/"

in_root() { # <command...>: runs in the root, with a clean environment
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

stage "apt-get install ./$(basename "$deb") in the clean root (its dependencies from $mirror)"
in_root apt-get update -qq >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log" >&2
    die "apt-get update failed in the clean root"
}
before=$(in_root dpkg-query -W -f='${Package}\n' | wc -l)
in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log" >&2
    die "apt-get install of the package failed in the clean root"
}
after=$(in_root dpkg-query -W -f='${Package}\n' | wc -l)
say "installed sslcm and $((after - before - 1)) packages it depends on"
[[ $(in_root dpkg-query -W -f='${Status}' sslcm) == "install ok installed" ]] ||
    die "sslcm is not installed after apt-get install"

stage "sslcm-cli --version and sslcm-cli test in the clean root"
in_root sslcm-cli --version >"$work/version.txt" 2>&1 || {
    cat "$work/version.txt" >&2
    die "sslcm-cli --version failed in the clean root"
}
cat "$work/version.txt" >&2
# What this machine has, from the build's own sslcm-cli: the root must load the same Qt, the same
# OpenSSL major.minor and the same client library (family and major.minor).
"$host_cli" --version >"$work/host-version.txt" 2>&1 || die "$host_cli --version failed"
row() { sed -n "s/^$1: //p" "$2" | head -n 1; }
major_minor() { grep -o '[0-9]\+\.[0-9]\+' <<<"$1" | head -n 1; }
grep -q "^sslcm-cli $version" "$work/version.txt" || die "sslcm-cli does not name version $version"
expected=$(row Qt "$work/host-version.txt")
[[ $(row Qt "$work/version.txt") == "$expected" ]] || die "the root's sslcm-cli does not name Qt $expected"
expected=$(major_minor "$(row OpenSSL "$work/host-version.txt")")
[[ -n $expected && $(major_minor "$(row OpenSSL "$work/version.txt")") == "$expected" ]] ||
    die "the root's sslcm-cli does not name OpenSSL $expected"
host_client=$(row 'MySQL client library' "$work/host-version.txt")
root_client=$(row 'MySQL client library' "$work/version.txt")
expected="${host_client%% *} $(major_minor "$host_client")"
[[ $root_client == libmariadb* && "${root_client%% *} $(major_minor "$root_client")" == "$expected" ]] ||
    die "the root's sslcm-cli does not name the client library $expected (it says: $root_client)"

cp "$(value CA_CERT)" "$root/tmp/ca.crt"
status=0
printf '%s\n' "$(value PLAIN_PASSWORD)" |
    in_root sslcm-cli test --host "$(value HOST)" --port "$(value TLS_PORT)" \
        --user "$(value PLAIN_USER)" --ssl-mode verify-identity --ssl-ca /tmp/ca.crt \
        --password-stdin --json >"$work/test.json" 2>"$work/test.err" || status=$?
if ((status != 0)) || ! grep -q '"verdict": *"secure-verified"' "$work/test.json"; then
    cat "$work/test.json" "$work/test.err" >&2
    die "sslcm-cli test did not verify the TLS test server from the clean root (exit $status)"
fi
say "sslcm-cli test: secure-verified, $(value HOST):$(value TLS_PORT)"

stage "sslcm under Xvfb in the clean root"
# The display is served from this machine; the root sees its socket through a bind mount.
mkdir -p /tmp/.X11-unix
chmod 1777 /tmp/.X11-unix
Xvfb -displayfd 8 -screen 0 1280x800x24 -nolisten tcp -br 8>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do
    [[ -s $work/display ]] && break
    sleep 0.1
done
display=:$(head -n 1 "$work/display")
[[ $display != : ]] || {
    cat "$work/xvfb.log" >&2
    die "Xvfb did not start"
}
root_mount "$root/tmp/.X11-unix" --bind /tmp/.X11-unix
in_root DISPLAY="$display" QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=/root/.config \
    XDG_DATA_HOME=/root/.local/share sslcm >"$work/gui.log" 2>&1 &
gui_pid=$!
window=
for _ in $(seq 300); do
    window=$(xwininfo -display "$display" -root -tree 2>/dev/null | grep -m 1 '("sslcm" "sslcm")' || true)
    [[ -n $window ]] && break
    kill -0 "$gui_pid" 2>/dev/null || break
    sleep 0.1
done
[[ -n $window ]] || {
    cat "$work/gui.log" >&2
    die "no sslcm window was mapped on the Xvfb display within 30 s"
}
say "window:${window}"
# Painted: the screenshot of a black screen with the window on it has many colours (text, frames,
# icons); a window that was mapped but never drawn would be one or two.
colours=0
for _ in $(seq 20); do
    sleep 0.5
    xwd -display "$display" -root -silent >"$work/screen.xwd"
    colours=$(python3 - "$work/screen.xwd" <<'EOF'
import struct, sys
data = open(sys.argv[1], "rb").read()
header = struct.unpack(">25I", data[:100])
header_size, width, height = header[0], header[4], header[5]
bits_per_pixel, bytes_per_line, ncolors = header[11], header[12], header[19]
step = bits_per_pixel // 8
assert step in (3, 4), bits_per_pixel
pixels = data[header_size + ncolors * 12:]
print(len({pixels[y * bytes_per_line + step * x:y * bytes_per_line + step * x + 3]
           for y in range(0, height, 2) for x in range(0, width, 2)}))
EOF
)
    ((colours >= 16)) && break
done
kill -0 "$gui_pid" 2>/dev/null || {
    cat "$work/gui.log" >&2
    die "sslcm exited"
}
((colours >= 16)) || {
    cat "$work/gui.log" >&2
    die "the sslcm window was not painted: the screen has $colours colours"
}
say "the screen shows $colours colours"
kill "$gui_pid" 2>/dev/null || true
wait "$gui_pid" 2>/dev/null || true

stage "apt-get purge sslcm in the clean root"
in_root dpkg-query -L sslcm >"$work/files.txt"
in_root apt-get purge -y -q sslcm >"$work/purge.log" 2>&1 || {
    cat "$work/purge.log" >&2
    die "apt-get purge sslcm failed"
}
in_root dpkg-query -W -f='${Status}' sslcm 2>/dev/null | grep -Eq ' (installed|config-files)$' &&
    die "sslcm is still known to dpkg after the purge"
left=()
while IFS= read -r path; do
    [[ -n $path && $path != /. ]] || continue
    [[ -e $root$path || -L $root$path ]] || continue
    # A folder that stays must belong to another package (/usr/bin, /usr/share/man/man1 ...).
    if [[ -d $root$path && ! -L $root$path ]] && in_root dpkg-query -S "$path" >/dev/null 2>&1; then
        continue
    fi
    left+=("$path")
done <"$work/files.txt"
((${#left[@]} == 0)) || die "apt-get purge sslcm left behind: ${left[*]}"
say "purged: none of the $(grep -c . "$work/files.txt") paths of the package is left"
stage ""
say "Debian $release ($suite): the package installs, works and purges cleanly; the whole run took $(($(date +%s) - started_at)) s"
