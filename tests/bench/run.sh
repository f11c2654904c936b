#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Measures TokenDock side by side with the obvious alternatives and prints
# one Markdown table (the README's "Performance" section):
#
#   tests/bench/run.sh [--build-dir DIR] [--runs N] [--idle SECONDS]
#
# On Debian 12, as root, it installs what is missing with apt-get (as a user,
# run it with sudo or install the packages below first), builds TokenDock
# RelWithDebInfo (the users' build) in DIR (default build/bench), then runs
# every measurement against the built-in carrier sandbox on an Xvfb display
# with openbox and trayer. Each part runs in its own throwaway HOME, D-Bus
# session and unlocked gnome-keyring (packaging/dev.sh keyring), so your own
# accounts and keychain are never touched. Whatever it starts in the
# background is ended when it exits.
set -euo pipefail

HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
ROOT=$(CDPATH= cd -- "$HERE/../.." && pwd)
BUILD=${BENCH_BUILD:-$ROOT/build/bench}
RUNS=${BENCH_RUNS:-9}      # first-window runs per row (after one warm-up)
IDLE=${BENCH_IDLE:-60}     # seconds measured hidden in the tray
TESTALL_RUNS=3
TOKEN_RUNS=40

# libx11-dev and libxdamage-dev: bench_firstwindow watches X11 damage events
BENCH_PACKAGES="keepassxc hyperfine xdotool xvfb xauth trayer openbox time curl procps
python3 dbus dbus-x11 gnome-keyring libx11-dev libxdamage-dev"

log() { printf '%s\n' "$*" >&2; }

# --- background processes: every one is recorded and ended on exit ---------
PIDS=""
track() { PIDS="$PIDS $1"; }
stop_all() {
    for pid in $PIDS; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in $PIDS; do
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    PIDS=""
}

# packaging/dev.sh keyring's gnome-keyring-daemon may outlive the D-Bus
# session it served: a part ends the one of its own session (found by the
# session's unique scratch folder in its environment).
end_keyring() {
    local pid
    for pid in $(pgrep -x gnome-keyring-d); do
        if tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null |
            grep -qx "TOKENDOCK_TEST_SCRATCH=${TOKENDOCK_TEST_SCRATCH:-none}"; then
            kill -TERM "$pid" 2>/dev/null || true
        fi
    done
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

wait_for() { # seconds, command...: retries the command every 0.1 s
    local tries=$(($1 * 10))
    shift
    for _ in $(seq "$tries"); do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    log "timed out waiting for: $*"
    return 1
}

TOKENDOCK="$BUILD/app/tokendock"
FIRSTWINDOW="$BUILD/tests/bench/bench_firstwindow"
ACCOUNTS="$BUILD/tests/bench/bench_accounts"
TESTALL="$BUILD/tests/bench/bench_testall"

# --- the parts, each inside packaging/dev.sh keyring -------------------------

# The accounts a part needs in this HOME: N [--tokens | --list-only]
add_accounts() {
    [ "$1" -gt 0 ] || return 0
    "$ACCOUNTS" --count "$1" --port "$(free_port)" "${2:---tokens}"
}

# window N [--tokens | --list-only]: process start to the first painted
# main window with N accounts, with their secrets and cached tokens in the
# keychain (--tokens), or only in accounts.json (seeding a keyring with a
# thousand items takes gnome-keyring minutes).
part_window() {
    add_accounts "$@"
    "$FIRSTWINDOW" --class tokendock --min-size 300 -- "$TOKENDOCK" >/dev/null # warm-up
    for _ in $(seq "$RUNS"); do
        "$FIRSTWINDOW" --class tokendock --min-size 300 -- "$TOKENDOCK"
    done >"$BENCH_OUT/window-$1${2:-}"
}

# keepassxc: the same for KeePassXC with a fresh config, opening an empty
# database: its window with the database's unlock form.
part_keepassxc() {
    local dir="$HOME/keepassxc"
    mkdir -p "$dir"
    printf 'bench-password\nbench-password\n' |
        keepassxc-cli db-create --set-password "$dir/empty.kdbx" >/dev/null 2>&1
    local kp=(keepassxc --config "$dir/keepassxc.ini" --localconfig "$dir/local.ini" "$dir/empty.kdbx")
    "$FIRSTWINDOW" --class keepassxc --min-size 300 -- "${kp[@]}" >/dev/null # warm-up
    for _ in $(seq "$RUNS"); do
        "$FIRSTWINDOW" --class keepassxc --min-size 300 -- "${kp[@]}"
    done >"$BENCH_OUT/keepassxc"
}

# memory: peak RSS of a session that opens the window with 200 accounts and
# idles 10 s; idle RSS read at its end.
part_memory() {
    add_accounts 200
    /usr/bin/time -f '%M' -o "$BENCH_OUT/memory-peak" "$TOKENDOCK" &
    local timer=$!
    track "$timer"
    wait_for 10 pgrep -P "$timer"
    local app
    app=$(pgrep -P "$timer")
    wait_for 20 xdotool search --onlyvisible --class tokendock
    sleep 10
    awk '/^VmRSS:/ { print $2 }' "/proc/$app/status" >"$BENCH_OUT/memory-idle"
    kill -TERM "$app"
    wait "$timer" || true
    PIDS=""
}

# token: `tokendock token NAME --fresh --format header` against `tokendock
# sandbox`, and curl sending the same request to it: a DHL eCommerce account,
# whose client id and secret travel in the form body.
part_token() {
    local port url
    port=$(free_port)
    "$TOKENDOCK" sandbox --port "$port" >/dev/null &
    track $!
    url="http://127.0.0.1:$port/dhl-ecs/auth/v4/accesstoken"
    wait_for 10 curl -s -o /dev/null "http://127.0.0.1:$port/"
    printf '%s\n' dhl-ecs-demo-secret | "$TOKENDOCK" add bench-token --carrier dhl-ecs \
        --token-url "$url" --client-id dhl-ecs-demo-client --secret-stdin >/dev/null
    "$TOKENDOCK" token bench-token --fresh --format header >/dev/null # proves it works
    # curl reads the credentials from a file, not from its command line
    cat >"$HOME/curl.conf" <<EOF
url = "$url"
data = "grant_type=client_credentials&client_id=dhl-ecs-demo-client&client_secret=dhl-ecs-demo-secret"
header = "Accept: application/json"
silent
fail
output = "/dev/null"
EOF
    curl -K "$HOME/curl.conf"
    hyperfine -N --warmup 3 --runs "$TOKEN_RUNS" --style none --export-json "$BENCH_OUT/token.json" \
        "$TOKENDOCK token bench-token --fresh --format header" \
        "curl -K $HOME/curl.conf" >/dev/null
    stop_all
}

# testall: bench_testall with 200 accounts (offscreen, sandbox in-process).
part_testall() {
    for _ in $(seq "$TESTALL_RUNS"); do
        TOKENDOCK_BENCH_ACCOUNTS=200 QT_QPA_PLATFORM=offscreen "$TESTALL" -silent |
            grep '^RESULT testall'
    done >"$BENCH_OUT/testall"
}

# tray: CPU time used hidden in the tray with 200 counting-down accounts.
part_tray() {
    add_accounts 200
    "$TOKENDOCK" --minimized &
    local app=$!
    track "$app"
    sleep 10 # settled: cached tokens read, tray icon docked
    # in the tray indeed: no main window shows, the icon does
    if xdotool search --onlyvisible --class tokendock getwindowgeometry %@ 2>/dev/null |
        awk '/Geometry/ { split($2, s, "x"); if (s[1] >= 300) big = 1; else small = 1 }
             END { exit !(small && !big) }'; then :; else
        log "tokendock --minimized is not (only) in the tray"
        return 1
    fi
    local before after
    before=$(awk '{ print $14 + $15 }' "/proc/$app/stat")
    local switches_before
    switches_before=$(awk '/ctxt_switches/ { n += $2 } END { print n }' "/proc/$app/status")
    sleep "$IDLE"
    after=$(awk '{ print $14 + $15 }' "/proc/$app/stat")
    local switches_after
    switches_after=$(awk '/ctxt_switches/ { n += $2 } END { print n }' "/proc/$app/status")
    echo "$(((after - before))) $(getconf CLK_TCK) $IDLE $((switches_after - switches_before))" \
        "$(awk '/^VmRSS:/ { print $2 }' "/proc/$app/status")" >"$BENCH_OUT/tray"
    stop_all
}

if [ "${1:-}" = "--part" ]; then
    trap 'stop_all; end_keyring' EXIT
    shift
    part=$1
    shift
    "part_$part" "$@"
    exit 0
fi

# --- the whole run -------------------------------------------------------------
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) BUILD=$(realpath -m "$2"); shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --idle) IDLE=$2; shift 2 ;;
        *) sed -n '3,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
    esac
done
TOKENDOCK="$BUILD/app/tokendock"
FIRSTWINDOW="$BUILD/tests/bench/bench_firstwindow"
ACCOUNTS="$BUILD/tests/bench/bench_accounts"
TESTALL="$BUILD/tests/bench/bench_testall"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
"$ROOT/packaging/dev.sh" deps
missing=""
for p in $BENCH_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    log "Installing:$missing"
    as_root apt-get update -q >&2
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing >&2
fi

log "Building in $BUILD (RelWithDebInfo)"
# configured every time: a build folder made before the packages above were
# installed finds them now (bench_firstwindow exists only with Xdamage)
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C "$BUILD" tokendock bench_accounts bench_firstwindow bench_testall >&2

BENCH_OUT=$(mktemp -d "${TMPDIR:-/tmp}/tokendock-bench.XXXXXX")
export BENCH_OUT BENCH_BUILD="$BUILD" BENCH_RUNS="$RUNS" BENCH_IDLE="$IDLE"
cleanup() {
    stop_all
    if [ -n "${KEEP_OUT:-}" ]; then log "Raw measurements kept in $BENCH_OUT"; else rm -rf "$BENCH_OUT"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# one X display with a window manager and a system tray for every part
exec 3>"$BENCH_OUT/display"
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
track $!
exec 3>&-
wait_for 10 test -s "$BENCH_OUT/display"
export DISPLAY=":$(cat "$BENCH_OUT/display")"
openbox >/dev/null 2>&1 &
track $!
wait_for 10 xdotool get_desktop
trayer --edge top --align right --widthtype request --height 24 --transparent false \
    >/dev/null 2>&1 &
track $!
wait_for 10 xdotool search --onlyvisible --class trayer

part() {
    log "Measuring: $*"
    "$ROOT/packaging/dev.sh" keyring "$0" --part "$@"
}
part window 0
part window 200 --tokens
part window 200 --list-only
part window 1000 --list-only
part keepassxc
part memory
part token
part testall
part tray

python3 "$HERE/table.py" "$BENCH_OUT" || { KEEP_OUT=1; exit 1; }
