#!/usr/bin/env bash
# SPDX-FileCopyrightText: sslcm authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack from a build directory, checks its size (at most 5 MB: stripped
# programs; their debug symbols are in the -dbgsym package next to it), its contents and control
# data and what lintian says of it (no error, no warning; overrides in lintian-overrides, each with
# its reason), unpacks it into a temporary root and runs sslcm-cli --version and an offscreen
# sslcm from there.
# Usage: check-package.sh BUILD_DIR CMAKE VERSION
set -euo pipefail
build=${1:?build dir}
cmake=${2:?cmake}
version=${3:?version}
cpack=$(dirname "$cmake")/cpack
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "check-package: $*" >&2
    exit 1
}

(cd "$build" && "$cpack" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(find "$work/out" -maxdepth 1 -name "sslcm_${version}_*.deb" | head -n 1)
[[ -n $deb ]] || fail "no sslcm_${version}_*.deb was built"
size=$(stat -c %s "$deb")
echo "package $(basename "$deb"): $size bytes ($(((size + 512 * 1024) / 1024 / 1024)) MB)"
((size <= 5000000)) || fail "the package is $size bytes, more than 5 MB (5000000 bytes)"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/sslcm ./usr/bin/sslcm-cli \
    ./usr/share/applications/io.github.sslcm.sslcm.desktop \
    ./usr/share/metainfo/io.github.sslcm.sslcm.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.github.sslcm.sslcm.svg \
    ./usr/share/man/man1/sslcm.1.gz ./usr/share/man/man1/sslcm-cli.1.gz \
    ./usr/share/doc/sslcm/copyright ./usr/share/doc/sslcm/changelog.gz \
    ./usr/share/lintian/overrides/sslcm; do
    grep -qx -- "$path" <<<"$contents" || fail "the package lacks $path"
done
# sslcm-cli's keychain module, in sslcm's library folder.
grep -qx -- './usr/lib/\(.*/\)\?sslcm/libsslcm-keychain\.so' <<<"$contents" ||
    fail "the package lacks sslcm's keychain module libsslcm-keychain.so"

depends=$(dpkg-deb -f "$deb" Depends)
for dependency in libqt6sql6-mysql libqt6svg6 libqt6keychain1 libqt6widgets6 libssl3; do
    grep -q "$dependency" <<<"$depends" || fail "Depends lacks $dependency: $depends"
done
[[ $(dpkg-deb -f "$deb" Package) == sslcm ]] || fail "wrong package name"
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "wrong version"

# The programs are stripped, and the -dbgsym package holds their symbols under their build ids.
dbgsym=$(dirname "$deb")/sslcm-dbgsym_${version}_$(dpkg-deb -f "$deb" Architecture).ddeb
[[ -f $dbgsym ]] || fail "no $(basename "$dbgsym") was built next to the package"
dpkg-deb -x "$deb" "$work/stripped"
dpkg-deb -x "$dbgsym" "$work/dbgsym"
for program in usr/bin/sslcm usr/bin/sslcm-cli; do
    file "$work/stripped/$program" | grep -q ', stripped' || fail "/$program is not stripped"
    build_id=$(file "$work/stripped/$program" | sed -n 's/.*BuildID\[sha1\]=\([0-9a-f]*\).*/\1/p')
    debug=$work/dbgsym/usr/lib/debug/.build-id/${build_id:0:2}/${build_id:2}.debug
    [[ -n $build_id && -f $debug ]] || fail "the -dbgsym package has no symbols for /$program"
    file "$debug" | grep -q 'with debug_info' || fail "the symbols of /$program have no debug info"
done
echo "debug symbols: $(basename "$dbgsym"), $(stat -c %s "$dbgsym") bytes"

# lintian: no error and no warning; what is overridden says why in packaging/lintian-overrides.
if command -v lintian >/dev/null; then
    lintian_status=0
    lintian --fail-on error,warning --display-info "$deb" >"$work/lintian.txt" 2>&1 ||
        lintian_status=$?
    sed 's/^/lintian: /' "$work/lintian.txt"
    ((lintian_status == 0)) || fail "lintian reports errors or warnings (exit $lintian_status)"
else
    fail "lintian is not installed (packaging/quickstart installs it)"
fi

root=$work/root
dpkg-deb -x "$deb" "$root"
"$root/usr/bin/sslcm-cli" --version >"$work/version.txt" || fail "sslcm-cli --version failed"
grep -q "^sslcm-cli $version" "$work/version.txt" || fail "unexpected version output"
grep -q "MySQL client library: libmariadb" "$work/version.txt" ||
    fail "the unpacked sslcm-cli did not load the MySQL client library"
zcat "$root/usr/share/man/man1/sslcm-cli.1.gz" | grep -q '^\.TH SSLCM-CLI 1' || fail "bad man page"
# The translations travel inside the binaries: the unpacked sslcm-cli speaks German and French.
help_de=$(LC_ALL=de_DE.UTF-8 "$root/usr/bin/sslcm-cli" --help 2>&1)
grep -q '^Aufruf: sslcm-cli' <<<"$help_de" || fail "the unpacked sslcm-cli has no German translation"
help_fr=$(LC_ALL=fr_FR.UTF-8 "$root/usr/bin/sslcm-cli" --help 2>&1)
grep -q '^Utilisation : sslcm-cli' <<<"$help_fr" ||
    fail "the unpacked sslcm-cli has no French translation"

# The GUI starts offscreen, with a store of its own, and keeps running until stopped.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
status=0
QT_QPA_PLATFORM=offscreen timeout -s TERM 5 "$root/usr/bin/sslcm" >"$work/gui.log" 2>&1 || status=$?
[[ $status == 124 ]] || { cat "$work/gui.log" >&2; fail "sslcm exited early with status $status"; }
echo "package $(basename "$deb") checked: $(wc -l <<<"$contents") paths, Depends: $depends"
