#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Builds the .deb, installs it with apt, runs the installed tokendock
# (--version, carriers, a test against its own sandbox), verifies its systemd
# user units with systemd-analyze, checks the package
# with lintian, checks `cmake --install` into another prefix, and removes the
# package again. Needs root (apt) and the default preset's build.
set -eu
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$ROOT"
BUILD=build/default

cmake --build --preset default
rm -f "$BUILD"/tokendock_*.deb
(cd "$BUILD" && cpack -G DEB >/dev/null)
deb=$(ls "$BUILD"/tokendock_*.deb)
echo "package: $deb"
dpkg-deb --info "$deb" | sed -n 's/^ \(Depends\|Recommends\|Version\|Installed-Size\):/  \1:/p'

echo "lintian:"
if ! lintian --fail-on error "$deb" >"$BUILD/lintian.log" 2>&1; then
    grep -v "root privileges" "$BUILD/lintian.log"
    echo "lintian found errors"
    exit 1
fi
grep -v "root privileges" "$BUILD/lintian.log" || echo "  no errors, no warnings"

DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$deb" >/dev/null
trap 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -q tokendock >/dev/null 2>&1 || true' EXIT
test -x /usr/bin/tokendock
test -f /usr/lib/tokendock/libs/libtokendock-common.so
/usr/bin/tokendock --version
/usr/bin/tokendock carriers | head -3
test -f /usr/share/applications/org.tokendock.TokenDock.desktop
test -f /usr/share/metainfo/org.tokendock.TokenDock.metainfo.xml
test -f /usr/share/icons/hicolor/scalable/apps/org.tokendock.TokenDock.svg
test -f /usr/share/icons/hicolor/48x48/apps/org.tokendock.TokenDock.png
test -f /usr/share/man/man1/tokendock.1.gz
test -f /usr/share/bash-completion/completions/tokendock

# the daily check's systemd user units: installed, disabled, and valid for
# systemd (verify exits 0 after mere warnings, so any output fails too)
units=/usr/lib/systemd/user
test -f $units/tokendock-check.service
test -f $units/tokendock-check.timer
grep -qx "ExecStart=/usr/bin/tokendock check --all --notify" $units/tokendock-check.service
test ! -e /etc/systemd/user/timers.target.wants/tokendock-check.timer
runtime=$(mktemp -d)
verify=$(XDG_RUNTIME_DIR=$runtime systemd-analyze --user verify \
    $units/tokendock-check.service $units/tokendock-check.timer 2>&1) || {
    printf '%s\n' "$verify"
    exit 1
}
rm -rf "$runtime"
if [ -n "$verify" ]; then printf '%s\n' "$verify"; exit 1; fi
echo "systemd-analyze verify: tokendock-check.service and tokendock-check.timer pass"

# a real round trip from the installed binary, against its own sandbox
packaging/dev.sh keyring sh -c '
    port=$(( 20000 + $$ % 20000 ))
    /usr/bin/tokendock sandbox --port $port > "$HOME/sandbox.log" 2>&1 &
    sandbox=$!
    until grep -q "listening" "$HOME/sandbox.log"; do
        kill -0 $sandbox 2>/dev/null || { cat "$HOME/sandbox.log"; exit 1; }
    done
    printf "banyan-demo-secret\n" | /usr/bin/tokendock add installed-check --carrier banyan \
        --token-url http://127.0.0.1:$port/banyan/auth/connect/token \
        --client-id banyan-demo-client --secret-stdin >/dev/null
    /usr/bin/tokendock test installed-check | head -1
    status=$?
    # the check the systemd timer runs
    /usr/bin/tokendock check installed-check || status=1
    # the desktop side, from its module in /usr/lib/tokendock/modules: --copy answers
    QT_QPA_PLATFORM=offscreen /usr/bin/tokendock --copy nobody 2>&1 | grep "No account named" ||
        status=1
    kill $sandbox
    exit $status'

# cmake --install works into any prefix
prefix=$(mktemp -d)
cmake --install "$BUILD" --prefix "$prefix" >/dev/null
"$prefix/bin/tokendock" --version >/dev/null
test -f "$prefix/lib/tokendock/modules/libtokendock-desktop.so"
test -f "$prefix/lib/tokendock/libs/libtokendock-common.so"
test -f "$prefix/share/applications/org.tokendock.TokenDock.desktop"
grep -qx "ExecStart=$prefix/bin/tokendock check --all --notify" \
    "$prefix/lib/systemd/user/tokendock-check.service"
rm -rf "$prefix"

DEBIAN_FRONTEND=noninteractive apt-get remove -y -q tokendock >/dev/null
trap - EXIT
if [ -e /usr/bin/tokendock ]; then echo "tokendock is still installed"; exit 1; fi
echo "deb: installed, ran, removed cleanly"
