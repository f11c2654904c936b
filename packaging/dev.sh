#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# TokenDock developer entry point: installs what is missing (Debian 12, apt-get),
# builds with CMake presets and runs the app or the test suite.
#
#   packaging/dev.sh run [args]   install, build and start TokenDock
#   packaging/dev.sh test         install, build and run the whole test suite
#   packaging/dev.sh test-asan    the same under AddressSanitizer + UBSan
#   packaging/dev.sh deps         only install the Debian packages
#   packaging/dev.sh build [preset]
#   packaging/dev.sh keyring CMD  run CMD with a throwaway Secret Service
set -eu

ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$ROOT"

# Build, run and test dependencies, all from Debian 12's own archive.
PACKAGES="cmake ninja-build g++ clang libclang-rt-14-dev pkg-config file
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
qt6-svg-dev qt6-translations-l10n qt6-qpa-plugins libqt6svg6 qtkeychain-qt6-dev libssl-dev
libgl1-mesa-dev libsecret-1-0 dbus dbus-x11 gnome-keyring libsecret-tools
xvfb xauth xdotool xclip openbox trayer weston qt6-wayland wl-clipboard imagemagick procps openssl
python3 python3-jsonschema dpkg-dev lintian desktop-file-utils appstream fakeroot
systemd man-db keepassxc libkf5wallet-bin"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

deps() {
    missing=""
    for p in $PACKAGES; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing="$missing $p"
        fi
    done
    if [ -n "$missing" ]; then
        echo "Installing:$missing"
        as_root apt-get update -q
        # shellcheck disable=SC2086
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
    fi
}

build() {
    preset=${1:-default}
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -- -k 0
}

# Runs a command inside its own D-Bus session with an unlocked gnome-keyring,
# HOME and XDG folders in a temporary directory that is removed afterwards.
keyring() {
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/tokendock-test.XXXXXX")
    mkdir -p "$scratch/home" "$scratch/runtime"
    chmod 700 "$scratch/runtime"
    status=0
    env HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" \
        XDG_DATA_HOME="$scratch/home/.local/share" XDG_CACHE_HOME="$scratch/home/.cache" \
        XDG_RUNTIME_DIR="$scratch/runtime" TOKENDOCK_TEST_SCRATCH="$scratch" \
        dbus-run-session -- sh -c '
            eval "$(printf "throwaway-test-password" | gnome-keyring-daemon --unlock --components=secrets)"
            export GNOME_KEYRING_CONTROL
            "$@"' keyring "$@" || status=$?
    rm -rf "$scratch"
    return $status
}

# One test per core: tests that must be alone or must not overlap say so
# (RUN_SERIAL, RESOURCE_LOCK in tests/).
run_tests() {
    preset=$1
    keyring ctest --preset "$preset" --output-on-failure --timeout 600 -j "$(nproc)"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
    deps) deps ;;
    build) deps; build "${1:-default}" ;;
    run) deps; build default; exec "$ROOT/build/default/app/tokendock" "$@" ;;
    test) deps; build default; run_tests default ;;
    test-asan)
        deps
        build asan
        export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
        export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
        export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
        run_tests asan
        ;;
    keyring) keyring "$@" ;;
    *)
        sed -n '3,13p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
