#!/usr/bin/env bash
# SPDX-FileCopyrightText: sslcm authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# debian-root.sh - runs the README's commands in a Debian root made with debootstrap from the
# Debian archive: release 13 "trixie" (Qt 6.8, MariaDB 11.8 with its Connector/C 3.4, OpenSSL
# 3.5) or 12 "bookworm" (Qt 6.4, MariaDB 10.11, Connector/C 3.3, OpenSSL 3.0). CI runs
# `debian-root.sh 13 test` after `packaging/quickstart test` on the machine itself (Debian 12).
#
# Usage:
#   tests/platform/debian-root.sh RELEASE [test]      copy this work tree into the root and run
#                                                     `packaging/quickstart test` there
#   tests/platform/debian-root.sh RELEASE run CMD...  run CMD in the copied tree instead
#                                                     (e.g. `bash`, or `packaging/quickstart run`)
#   tests/platform/debian-root.sh RELEASE clean       delete the cached root
#
# RELEASE is 12 or 13. The root is cached in $SSLCM_DEBIAN_ROOT (default
# /var/cache/sslcm/debian<RELEASE>) and reused while
# it is complete: packages installed by an earlier run and the build tree (build/) stay, so a
# second run only builds what changed. Everything else of the copied tree is replaced each run.
# The root's /proc, /sys, /dev, /dev/pts, /dev/shm, /run and /tmp are mounted for the run and unmounted
# afterwards; processes left inside the root are stopped. One run at a time holds the cached root
# (a lock, $root.lock); a run that finds it held makes a root of its own for once, and mounts
# left under the cached root by a run that was killed are taken down before it is used. Needs root (chroot and mount) and
# debootstrap, which is installed when missing. SSLCM_DEBIAN_MIRROR overrides the archive.
set -euo pipefail

script_name=debian-root.sh
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
release=${1:-}
# shellcheck source=tests/platform/root-lib.sh
. "$src/tests/platform/root-lib.sh"
suite=$(root_suite_of "$release") || {
    echo "usage: $script_name 12|13 [test | run CMD... | clean]" >&2
    exit 2
}
shift
root=${SSLCM_DEBIAN_ROOT:-/var/cache/sslcm/debian$release}
mirror=${SSLCM_DEBIAN_MIRROR:-http://deb.debian.org/debian}
marker=$root/.sslcm-root-complete
mode=${1:-test}

say() { printf '%s: %s\n' "$script_name" "$*" >&2; }
die() {
    say "error: $*"
    exit 2
}

((EUID == 0)) || exec sudo --preserve-env=SSLCM_DEBIAN_ROOT,SSLCM_DEBIAN_MIRROR,CI "$0" "$release" "$@"

if [[ $mode == clean ]]; then
    mkdir -p "$(dirname "$root")"
    exec 9>>"$root.lock"
    flock -n 9 || die "$root is in use by another run"
    findmnt -rn -o TARGET | grep -q "^$root/" && die "something is still mounted under $root"
    rm -rf --one-file-system "$root" "$root.tmp"
    exit 0
fi

make_root() {
    stage "making a Debian $release root in $root with debootstrap from $mirror"
    root_make "$root" "$suite" "$mirror" "$(dirname "$root")/debootstrap.log"
    touch "$marker"
}

# One run at a time uses the cached root; the lock says which. Another run that finds it taken
# (a second CI job, a by-hand run still going) does not fail and does not wait: it makes a root of
# its own next to the cache, uses it once and deletes it.
mkdir -p "$(dirname "$root")"
private_root=
exec 9>>"$root.lock"
if ! flock -n 9; then
    private_root=$root.run$$
    say "$root is in use by another run; this run makes its own root $private_root and deletes it afterwards"
    root=$private_root
    marker=$root/.sslcm-root-complete
fi
# Mounts under a root nobody holds are left over from a run that was killed before it could
# unmount them: they are taken down now.
root_unmount_leftovers "$root"
[[ -f $marker ]] || make_root
trap 'root_leave "$root"; [[ -z $private_root ]] || rm -rf --one-file-system "$private_root"' EXIT
# A signal ends the run through the EXIT trap, so nothing stays mounted or running.
trap 'exit 130' INT TERM HUP

stage "copying the work tree into $root/src/sslcm (build/ is kept)"
mkdir -p "$root/src/sslcm"
find "$root/src/sslcm" -mindepth 1 -maxdepth 1 ! -name build -exec rm -rf --one-file-system {} +
if git -C "$src" rev-parse --git-dir >/dev/null 2>&1; then
    # Tracked and new files, as they are in the work tree; nothing git ignores (build trees).
    git -C "$src" ls-files -z --cached --others --exclude-standard |
        (cd "$src" && tar --null --no-recursion -T - -cf - 2>/dev/null) | tar -xf - -C "$root/src/sslcm"
else
    tar -C "$src" --exclude=./build -cf - . | tar -xf - -C "$root/src/sslcm"
fi
# The copy keeps each file's time, and the kept build/ compares times: a file changed here while
# an earlier run was building its previous version in the root would look older than its object
# and not be rebuilt. Every file whose content differs from the last copy's is touched instead.
manifest=$root/src/.sslcm-copy-manifest
(cd "$root/src/sslcm" && find . -path ./build -prune -o -type f -print0 | sort -z | xargs -0 sha256sum) \
    >"$manifest.new"
if [[ -f $manifest ]]; then
    { diff "$manifest" "$manifest.new" || true; } | sed -n 's/^> [0-9a-f]*  //p' |
        (cd "$root/src/sslcm" && while IFS= read -r file; do touch -c -- "$file"; done)
else
    (cd "$root/src/sslcm" && find . -path ./build -prune -o -type f -exec touch -c {} +)
fi
mv "$manifest.new" "$manifest"
root_network_files "$root"
root_mount_system "$root"

if [[ $mode == test ]]; then
    set -- packaging/quickstart test
elif [[ $mode == run ]]; then
    shift
    (($#)) || die "usage: $script_name run CMD..."
else
    die "usage: $script_name 12|13 [test | run CMD... | clean]"
fi

stage "running in Debian $release: $*"
rc=0
chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" CI="${CI:-}" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    SSLCM_FUZZ_SECONDS="${SSLCM_FUZZ_SECONDS:-}" \
    /bin/bash -c 'cd /src/sslcm && exec "$@"' bash "$@" || rc=$?
stage ""
say "Debian $release: exit $rc; the whole run took $(($(date +%s) - started_at)) s"
exit "$rc"
