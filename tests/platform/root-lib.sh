# SPDX-FileCopyrightText: sslcm authors
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
#
# root-lib.sh - what the scripts that use Debian roots share (sourced, not run): making a minbase
# root with debootstrap, mounting into it, and leaving it with nothing mounted or running.
# Used by tests/platform/debian-root.sh (the whole suite in a Debian 13 root) and
# packaging/check-install.sh (the package installed with apt-get into a clean root).
#
# The sourcing script defines say and die (messages) before calling these functions.

# Stages and their times: `stage NAME` ends the running stage (printing how long it took) and
# begins the next; `stage` alone ends it. started_at is when the sourcing script began.
started_at=$(date +%s)
stage_start=$started_at
stage_name=
stage() {
    local now
    now=$(date +%s)
    [[ -z $stage_name ]] || say "stage took $((now - stage_start)) s: $stage_name"
    stage_name=$*
    stage_start=$now
    [[ -z $stage_name ]] || say "$stage_name"
}

# The Debian suite of a release number.
root_suite_of() { # <release>
    case $1 in
    12) echo bookworm ;;
    13) echo trixie ;;
    *) return 1 ;;
    esac
}

# Makes a Debian root with `debootstrap --variant=minbase` in <root>: built in <root>.tmp and
# moved into place only when complete, with the release's updates and security archives in its
# sources.list and a policy-rc.d that keeps package installs from starting services. The log goes
# to <log>. Installs debootstrap when it is missing.
root_make() { # <root> <suite> <mirror> <log>
    local root=$1 suite=$2 mirror=$3 log=$4
    command -v debootstrap >/dev/null || {
        say "installing debootstrap"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
    }
    rm -rf --one-file-system "$root.tmp"
    mkdir -p "$(dirname "$root")"
    debootstrap --variant=minbase "$suite" "$root.tmp" "$mirror" >"$log" 2>&1 || {
        tail -n 30 "$log" >&2
        die "debootstrap failed (log: $log)"
    }
    cat >"$root.tmp/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb ${SSLCM_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security} $suite-security main
EOF
    # Installing packages inside the root must never start a service.
    printf '#!/bin/sh\nexit 101\n' >"$root.tmp/usr/sbin/policy-rc.d"
    chmod 0755 "$root.tmp/usr/sbin/policy-rc.d"
    rm -rf --one-file-system "$root"
    mv "$root.tmp" "$root"
}

# Mounts made by root_mount, newest first; root_leave takes them down.
root_mounted=()
root_mount() { # <target path, absolute> <mount args...>
    local target=$1
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    root_mounted=("$target" "${root_mounted[@]}")
}

# What a chroot needs of the kernel's file systems: /proc, /sys, /dev with its own /dev/pts and
# /dev/shm, and a fresh /run and /tmp.
root_mount_system() { # <root>
    local root=$1
    root_mount "$root/proc" -t proc proc
    root_mount "$root/sys" -t sysfs sysfs
    root_mount "$root/dev" --bind /dev
    root_mount "$root/dev/pts" -t devpts -o newinstance,ptmxmode=0666 devpts
    root_mount "$root/dev/shm" -t tmpfs -o mode=1777 tmpfs
    root_mount "$root/run" -t tmpfs -o mode=0755 tmpfs
    root_mount "$root/tmp" -t tmpfs -o mode=1777 tmpfs
}

# Stops every process whose root directory is <root> (servers, D-Bus, keyring or a GUI a run left
# behind), then unmounts what root_mount mounted.
root_leave() { # <root>
    local root=$1 proc target
    for proc in /proc/[0-9]*; do
        [[ $(readlink "$proc/root" 2>/dev/null) == "$root" ]] && kill -KILL "${proc#/proc/}" 2>/dev/null
    done
    sleep 0.2
    for target in "${root_mounted[@]}"; do
        umount "$target" 2>/dev/null || umount -l "$target" 2>/dev/null || say "could not unmount $target"
    done
    root_mounted=()
}

# Mounts under <root> that a killed run could not take down (kill -9; a machine that lost power
# does not keep them) are unmounted. Call it only while holding the root's lock.
root_unmount_leftovers() { # <root>
    local root=$1 target
    { findmnt -rn -o TARGET | grep "^$root/" || true; } | sort -r | while read -r target; do
        say "unmounting $target, left mounted by an earlier run"
        umount "$target" 2>/dev/null || umount -l "$target"
    done
    ! findmnt -rn -o TARGET | grep -q "^$root/" ||
        die "could not unmount what an earlier run left mounted under $root"
}

# /etc/resolv.conf from this machine, and an /etc/hosts (debootstrap writes none; a real machine
# has one, and mariadb-install-db looks up the host).
root_network_files() { # <root>
    local root=$1
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
    [[ -s $root/etc/hosts ]] || printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n127.0.1.1\t%s\n' \
        "$(hostname)" >"$root/etc/hosts"
}
