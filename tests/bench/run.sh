#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Measures TokenDock side by side with the obvious alternatives, at 10, 200,
# 1,000 and 5,000 accounts, and prints the README's "Performance" tables
# (goals met or missed, and how each cost grows) and draws the growth plot:
#
#   tests/bench/run.sh [--build-dir DIR] [--runs N] [--idle SECONDS]
#                      [--sizes 10,200,1000,5000] [--plot FILE]
#
# On Debian 12, as root, it installs what is missing with apt-get (as a user,
# run it with sudo or install the packages below first), builds TokenDock
# RelWithDebInfo (the users' build) in DIR (default build/bench), then runs
# every measurement against the built-in carrier sandbox on an Xvfb display
# with openbox and trayer. Each part runs in its own throwaway HOME, D-Bus
# session and unlocked gnome-keyring (packaging/dev.sh keyring), so your own
# accounts and keychain are never touched. Whatever it starts in the
# background is ended when it exits. --sizes (or BENCH_SIZES) measures fewer
# account counts while working on it; the plot goes to docs/bench-growth.png
# unless --plot says otherwise. The whole run takes about 40 minutes on two
# cores, 10 of them seeding the keychain with 5,000 accounts.
#
# The keychain: every account's secrets and cached token are written by
# bench_accounts through TokenDock's own SecretStore (so the items are
# exactly the ones TokenDock reads), but into gnome-keyring's in-memory
# "session" collection, made the default one for the throwaway keyring
# (Secret Service SetAlias). gnome-keyring rewrites a keyring's whole file
# for every item written to a keyring on disk, so seeding one grows with the
# square of its size: 1,000 accounts (2,249 items) took 351 s into the login
# keyring and 17 s into the session collection, and 5,000 accounts (about
# 11,000 items) would take hours on disk. gnome-keyring answers reads from
# memory either way; what the session collection spares is that file
# rewrite on every write, so the writes measured here (a new token cached
# by `token --fresh` and by Test All) cost less than in a large keyring on
# disk.
set -euo pipefail

HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
ROOT=$(CDPATH= cd -- "$HERE/../.." && pwd)
BUILD=${BENCH_BUILD:-$ROOT/build/bench}
RUNS=${BENCH_RUNS:-15}     # first-window runs per row (after one warm-up)
IDLE=${BENCH_IDLE:-60}     # seconds measured hidden in the tray
SIZES=${BENCH_SIZES:-10,200,1000,5000}
PLOT=${BENCH_PLOT:-$ROOT/docs/bench-growth.png}
TESTALL_RUNS=3
TESTALL_MAX=${BENCH_TESTALL_MAX:-1000} # Test All stops here (see part_testall)
TOKEN_RUNS=40
# Debian's own Python (python3-matplotlib is Debian's): not one a user put
# first in PATH
PYTHON=/usr/bin/python3

# libx11-dev and libxdamage-dev: bench_firstwindow watches X11 damage events;
# libsecret-tools: secret-tool, the reference for one keychain read;
# libglib2.0-bin: gdbus, which points the keyring at its session collection
BENCH_PACKAGES="keepassxc hyperfine xdotool xvfb xauth trayer openbox time curl procps
python3 python3-matplotlib dbus dbus-x11 gnome-keyring libsecret-tools libglib2.0-bin
libx11-dev libxdamage-dev"

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
    for pid in $(keyring_pid); do
        kill -TERM "$pid" 2>/dev/null || true
    done
}
keyring_pid() {
    local pid
    for pid in $(pgrep -x gnome-keyring-d); do
        if tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null |
            grep -qx "TOKENDOCK_TEST_SCRATCH=${TOKENDOCK_TEST_SCRATCH:-none}"; then
            echo "$pid"
        fi
    done
}

free_port() {
    "$PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
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

binaries() {
    TOKENDOCK="$BUILD/app/tokendock"
    FIRSTWINDOW="$BUILD/tests/bench/bench_firstwindow"
    ACCOUNTS="$BUILD/tests/bench/bench_accounts"
    TESTALL="$BUILD/tests/bench/bench_testall"
    FILTER="$BUILD/tests/bench/bench_filter"
}
binaries

# --- the parts, each inside packaging/dev.sh keyring -------------------------

# Items written from now on go to gnome-keyring's in-memory collection (see
# the top): libsecret, and so TokenDock, writes to the "default" alias.
use_session_collection() {
    gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets \
        --method org.freedesktop.Secret.Service.SetAlias default \
        /org/freedesktop/secrets/collection/session >/dev/null
}

# The accounts a part needs in this HOME: N [--tokens | --list-only]
add_accounts() {
    [ "$1" -gt 0 ] || return 0
    use_session_collection
    "$ACCOUNTS" --count "$1" --port "${SANDBOX_PORT:-$(free_port)}" "${2:---tokens}"
}

# keyring_quiet: waits (10 s at most) until this part's keyring used at most
# 10 ms of CPU in half a second. A start that was ended at its first frame
# may have asked for thousands of cached tokens, and the keyring answers
# them all, into the next start's time, even once nobody is listening.
keyring_quiet() {
    local hz before after
    hz=$(getconf CLK_TCK)
    for _ in $(seq 20); do
        # shellcheck disable=SC2046
        before=$(ticks_of $(keyring_pid))
        sleep 0.5
        # shellcheck disable=SC2046
        after=$(ticks_of $(keyring_pid))
        [ $(((after - before) * 1000 / hz)) -le 10 ] && return 0
    done
    log "the keyring was still busy after 10 s; measuring anyway"
}

# window N: process start to the first painted main window at N accounts,
# and the same for the empty start (this keyring, no account: an empty
# config), one after the other, RUNS times each after a warm-up of each,
# each from a quiet keyring. Measured in turn, both meet whatever the
# machine is doing at the time, so their ratio is side by side: on two
# shared cores the same start drifted by a fifth between parts of a run.
first_window() { # N
    local empty="$HOME/empty-start" start=("$FIRSTWINDOW" --class tokendock --min-size 300 -- "$TOKENDOCK")
    mkdir -p "$empty/config" "$empty/cache" "$empty/data"
    local blank=(env XDG_CONFIG_HOME="$empty/config" XDG_CACHE_HOME="$empty/cache"
        XDG_DATA_HOME="$empty/data")
    "${start[@]}" >/dev/null # warm-ups
    "${blank[@]}" "${start[@]}" >/dev/null
    for _ in $(seq "$RUNS"); do
        keyring_quiet
        "${start[@]}" >>"$BENCH_OUT/window-$1"
        "${blank[@]}" "${start[@]}" >>"$BENCH_OUT/window-empty-$1"
    done
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

# CPU clock ticks the processes used so far
ticks_of() {
    local pid n=0 t
    for pid in "$@"; do
        t=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null) || t=0
        n=$((n + ${t:-0}))
    done
    echo "$n"
}

# memory N: the window opened and settled (the start's cached-token reads
# over: it and the keyring daemon used at most 20 ms of CPU in 2 s, or 120 s
# passed); its RSS then, the peak RSS of the whole session and the seconds
# it took to settle.
memory() {
    /usr/bin/time -f '%M' -o "$HOME/peak" "$TOKENDOCK" &
    local timer=$!
    track "$timer"
    wait_for 10 pgrep -P "$timer"
    local app
    app=$(pgrep -P "$timer")
    wait_for 60 xdotool search --onlyvisible --class tokendock
    local hz ticks last=-1000 settled=0 waited=0
    hz=$(getconf CLK_TCK)
    while [ "$waited" -lt 120 ]; do
        sleep 2
        waited=$((waited + 2))
        # shellcheck disable=SC2046
        ticks=$(ticks_of "$app" $(keyring_pid))
        if [ $(((ticks - last) * 1000 / hz)) -le 20 ]; then
            settled=1
            break
        fi
        last=$ticks
    done
    [ "$settled" = 1 ] || log "the window with $1 accounts did not settle in 120 s"
    local idle
    idle=$(awk '/^VmRSS:/ { print $2 }' "/proc/$app/status")
    kill -TERM "$app"
    wait "$timer" || true
    PIDS=${PIDS/ $timer/}
    echo "$idle $(grep -E '^[0-9]+$' "$HOME/peak" | tail -1) $waited" >"$BENCH_OUT/memory-$1"
}

# tokens N PORT: `tokendock token NAME` with a valid cached token against
# `secret-tool lookup` of that item, and `token NAME --fresh --format header`
# against `secret-tool lookup` of the client secret plus curl sending the
# same request to the sandbox, all in this keyring: the account is a DHL
# eCommerce one (bench-token), whose client id and secret travel in the form
# body. secret-tool needs only the item's attributes on its command line.
tokens() {
    local url="http://127.0.0.1:$2/dhl-ecs/auth/v4/accesstoken"
    printf '%s\n' dhl-ecs-demo-secret | "$TOKENDOCK" add bench-token --carrier dhl-ecs \
        --token-url "$url" --client-id dhl-ecs-demo-client --secret-stdin >/dev/null
    "$TOKENDOCK" token bench-token --fresh --format header >/dev/null # proves it works
    local id
    id=$("$PYTHON" -c 'import json, sys
print(next(a["id"] for a in json.load(open(sys.argv[1]))["accounts"]
           if a["name"] == "bench-token").strip("{}"))' "$XDG_CONFIG_HOME/tokendock/accounts.json")
    # the items are where secret-tool looks
    secret-tool lookup server TokenDock user "$id/token" >/dev/null
    secret-tool lookup server TokenDock user "$id/client_secret" >/dev/null
    # curl reads the credentials from a file, not from its command line
    printf '%s\n' "url = \"$url\"" \
        'data = "grant_type=client_credentials&client_id=dhl-ecs-demo-client&client_secret=dhl-ecs-demo-secret"' \
        'header = "Accept: application/json"' silent fail 'output = "/dev/null"' >"$HOME/curl.conf"
    curl -K "$HOME/curl.conf"
    in_turn "token-$1" "$TOKEN_RUNS" \
        "$TOKENDOCK token bench-token" \
        "secret-tool lookup server TokenDock user $id/token"
    in_turn "fresh-$1" "$TOKEN_RUNS" \
        "$TOKENDOCK token bench-token --fresh --format header" \
        "secret-tool lookup server TokenDock user $id/client_secret" \
        "curl -K $HOME/curl.conf"
}

# in_turn NAME RUNS COMMAND...: each command once, one after the other,
# RUNS times after a warm-up of each, starting once the keyring is quiet;
# hyperfine's JSON to $BENCH_OUT/NAME.json. Run in turn, every command meets
# whatever the machine is doing at the time: run one after the other, the
# times of `list --json` rose by half over its runs while Python's stayed
# level.
in_turn() {
    local name=$1 runs=$2 i
    shift 2
    keyring_quiet
    hyperfine -N --runs 1 --style none "$@" >/dev/null # warm-ups
    for i in $(seq "$runs"); do
        hyperfine -N --runs 1 --style none --export-json "$BENCH_OUT/$name.$i" "$@" >/dev/null
    done
    "$PYTHON" - "$BENCH_OUT/$name" "$runs" <<'MERGE'
import json, statistics, sys
base, runs = sys.argv[1], int(sys.argv[2])
parts = [json.load(open(f"{base}.{i}"))["results"] for i in range(1, runs + 1)]
results = [{"command": rs[0]["command"], "times": [r["times"][0] for r in rs],
            "median": statistics.median(r["times"][0] for r in rs)} for rs in zip(*parts)]
json.dump({"results": results}, open(f"{base}.json", "w"), indent=1)
MERGE
    rm -f "$BENCH_OUT/$name".[0-9]*
}

# sandbox PORT: the carriers' sandbox, for the accounts made on that port
sandbox() {
    "$TOKENDOCK" sandbox --port "$1" >/dev/null &
    track $!
    wait_for 10 curl -s -o /dev/null "http://127.0.0.1:$1/"
}

# size N: N accounts with their secrets and cached tokens in the keychain
# (N - 1 made by bench_accounts, and bench-token for the token measures),
# the carriers' sandbox running: the first window, memory, a keystroke in
# the filter, `list --json` and the token measures.
part_size() {
    local n=$1 port
    port=$(free_port)
    SANDBOX_PORT=$port add_accounts $((n - 1)) --tokens >"$BENCH_OUT/seed-$n"
    sandbox "$port"
    tokens "$n" "$port"
    first_window "$n"
    memory "$n"
    QT_QPA_PLATFORM=offscreen "$FILTER" | grep -E '^RESULT (filter|finder)' >"$BENCH_OUT/filter-$n"
    # the account list TokenDock keeps, read by Python's json module
    local file="$XDG_CONFIG_HOME/tokendock/accounts.json"
    [ -s "$file" ] || { log "no $file"; return 1; }
    in_turn "list-$n" 20 "$TOKENDOCK list --json" \
        "$PYTHON -c 'import json; json.load(open(\"$file\"))'"
    stop_all
}

# testall N: bench_testall with N accounts (offscreen, sandbox in-process,
# accounts in a temporary folder and their secrets in the session
# collection); a run whose accounts failed still gives its line. It stops
# at TESTALL_MAX (BENCH_TESTALL_MAX) accounts: a run at 1,000 takes about
# 50 s, at 5,000 nearly 3 minutes, most of it writing and removing the
# accounts' secrets.
part_testall() {
    use_session_collection
    for _ in $(seq "$TESTALL_RUNS"); do
        { TOKENDOCK_BENCH_ACCOUNTS=$1 QT_QPA_PLATFORM=offscreen "$TESTALL" -silent || true; } |
            grep -E '^(RESULT testall|BUDGETS|OUTCOMES)'
    done >"$BENCH_OUT/testall-$1"
}

# tray: CPU time used hidden in the tray with 200 counting-down accounts.
part_tray() {
    add_accounts 200 >/dev/null
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
        --sizes) SIZES=$2; shift 2 ;;
        --plot) PLOT=$(realpath -m "$2"); shift 2 ;;
        *) sed -n '3,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
    esac
done
binaries
SIZES=$(echo "$SIZES" | tr ',' ' ')
for n in $SIZES; do
    [ "$n" -ge 2 ] 2>/dev/null || { log "--sizes: whole numbers from 2 up, comma-separated"; exit 2; }
done

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
ninja -C "$BUILD" tokendock bench_accounts bench_firstwindow bench_testall bench_filter >&2

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
    log "Measuring: $* ($(date +%H:%M:%S))"
    "$ROOT/packaging/dev.sh" keyring "$0" --part "$@"
}
started=$(date +%s)
part keepassxc
for n in $SIZES; do
    part size "$n"
done
for n in $SIZES; do
    if [ "$n" -le "$TESTALL_MAX" ]; then part testall "$n"; fi
done
part tray
echo "$(($(date +%s) - started))" >"$BENCH_OUT/elapsed"

mkdir -p "$(dirname "$PLOT")"
"$PYTHON" "$HERE/table.py" "$BENCH_OUT" "$PLOT" || { KEEP_OUT=1; exit 1; }
