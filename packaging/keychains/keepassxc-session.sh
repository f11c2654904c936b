#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs a command against a throwaway KeePassXC acting as the Secret Service
# (org.freedesktop.secrets), instead of gnome-keyring.
#
#   packaging/keychains/keepassxc-session.sh [--no-exposed-group|--locked] [--no-recycle-bin] [--confirm-access] CMD [ARGS...]
#
# Default: the database is unlocked and has a group exposed to Secret Service.
# --no-exposed-group: unlocked, but no group is exposed (searches open an unlock
#                     dialog, writes the new-database wizard; clients wait for them).
# --locked:           the database is open but locked (clients get its unlock dialog).
# --no-recycle-bin:   removed items are deleted, not moved to the Recycle Bin.
# --confirm-access:   KeePassXC asks before a client reads an item it did not
#                     make (its access dialog; clients wait for it).
# CMD gets its own HOME/XDG folders, X display and session bus (one that cannot
# D-Bus-activate gnome-keyring) plus TOKENDOCK_TEST_PROVIDER=keepassxc and
# TOKENDOCK_KEEPASSXC_DB/_PASSWORD to inspect the database with keepassxc-cli.
# Exits with CMD's status; everything started here is stopped and removed.
# Installs nothing: needs keepassxc, keepassxc-cli, Xvfb, dbus-daemon, dbus-send, python3, ps.
set -eu

HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
usage() { sed -n '3,19p' "$HERE/keepassxc-session.sh" | sed 's/^# \{0,1\}//'; }
mode=unlocked
recycle=""
confirm=false
while [ $# -gt 0 ]; do
    case "$1" in
        --no-exposed-group) mode=no-exposed-group ;;
        --locked) mode=locked ;;
        --no-recycle-bin) recycle=no-recycle-bin ;;
        --confirm-access) confirm=true ;;
        -h | --help) usage && exit 0 ;;
        -*) echo "keepassxc-session.sh: unknown option $1" >&2 && exit 2 ;;
        *) break ;;
    esac
    shift
done
if [ $# -eq 0 ]; then
    usage >&2
    exit 2
fi

for tool in keepassxc keepassxc-cli Xvfb dbus-daemon dbus-send python3 ps; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "keepassxc-session.sh: '$tool' is missing (Debian: apt-get install keepassxc xvfb dbus python3 procps)" >&2
        exit 127
    fi
done

exec 5<&0
scratch=$(mktemp -d "${TMPDIR:-/tmp}/tokendock-keepassxc.XXXXXX")
xvfb_pid="" bus_pid="" kpxc_pid="" cmd_pid=""
running() { # a process that ended but was not reaped yet (a zombie) is not running
    kill -0 "$1" 2>/dev/null && [ "$(ps -o stat= -p "$1" 2>/dev/null | cut -c1)" != Z ]
}
stop() { # PID: TERM, up to 3 s (KeePassXC showing a modal dialog ignores TERM), then KILL
    [ -n "$1" ] || return 0
    kill "$1" 2>/dev/null || return 0
    tries=0
    while [ $tries -lt 30 ] && running "$1"; do
        tries=$((tries + 1))
        sleep 0.1
    done
    kill -KILL "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
cleanup() {
    stop "$cmd_pid"
    stop "$kpxc_pid"
    stop "$bus_pid"
    stop "$xvfb_pid"
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

home=$scratch/home
mkdir -p "$home/.config/keepassxc" "$home/.local/share" "$home/.cache" \
    "$scratch/runtime" "$scratch/tmp" "$scratch/no-services"
chmod 700 "$scratch/runtime"
# TMPDIR also keeps KeePassXC's single-instance lock apart from other instances.
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$scratch/runtime" TMPDIR="$scratch/tmp" \
    TOKENDOCK_TEST_SCRATCH="$scratch" TOKENDOCK_TEST_PROVIDER=keepassxc
printf '%s\n' '[General]' 'SingleInstance=false' 'RememberLastDatabases=false' \
    'OpenPreviousDatabasesOnStartup=false' 'UpdateCheckMessageShown=true' '' \
    '[GUI]' 'CheckForUpdates=false' '' \
    '[FdoSecrets]' 'Enabled=true' 'ShowNotification=false' "ConfirmAccessItem=$confirm" \
    'ConfirmDeleteItem=false' >"$XDG_CONFIG_HOME/keepassxc/keepassxc.ini"

# A test-only database password: the database lives and dies in $scratch.
export TOKENDOCK_KEEPASSXC_DB="$scratch/tokendock-test.kdbx"
export TOKENDOCK_KEEPASSXC_PASSWORD=tokendock-throwaway-db
expose=expose
[ "$mode" = no-exposed-group ] && expose=no
"$HERE/keepassxc-make-db.sh" "$TOKENDOCK_KEEPASSXC_DB" "$TOKENDOCK_KEEPASSXC_PASSWORD" \
    $expose $recycle 2>"$scratch/make-db.log" || {
    cat "$scratch/make-db.log" >&2
    exit 1
}

# Xvfb picks a free display itself and reports its number on fd 3.
Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x800x24 3>"$scratch/display" 2>"$scratch/xvfb.log" &
xvfb_pid=$!
tries=0
until [ -s "$scratch/display" ]; do
    tries=$((tries + 1))
    if [ $tries -gt 100 ] || ! kill -0 "$xvfb_pid" 2>/dev/null; then
        echo "keepassxc-session.sh: Xvfb did not start:" >&2
        cat "$scratch/xvfb.log" >&2
        exit 1
    fi
    sleep 0.1
done
export DISPLAY=":$(cat "$scratch/display")" QT_QPA_PLATFORM=xcb

# Debian's own session bus would D-Bus-activate gnome-keyring as org.freedesktop.secrets.
sed "s|EMPTY_SERVICE_DIR|$scratch/no-services|" "$HERE/session-no-activation.conf" >"$scratch/bus.conf"
dbus-daemon --config-file="$scratch/bus.conf" --fork --print-address=3 --print-pid=4 \
    3>"$scratch/bus.address" 4>"$scratch/bus.pid" 2>"$scratch/bus.log"
bus_pid=$(cat "$scratch/bus.pid")
DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$scratch/bus.address")
export DBUS_SESSION_BUS_ADDRESS

has_owner() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q "boolean true"
}
fail() {
    echo "keepassxc-session.sh: $1; KeePassXC said:" >&2
    cat "$scratch/keepassxc.log" >&2
    exit 1
}
keepassxc >"$scratch/keepassxc.log" 2>&1 &
kpxc_pid=$!
tries=0
until has_owner org.freedesktop.secrets && has_owner org.keepassxc.KeePassXC.MainWindow; do
    tries=$((tries + 1))
    if [ $tries -gt 300 ] || ! kill -0 "$kpxc_pid" 2>/dev/null; then
        fail "KeePassXC did not provide org.freedesktop.secrets"
    fi
    sleep 0.1
done
# Opening through the main window returns once the database is open (and unlocked
# when given the password), so the Secret Service state is settled before CMD runs.
unlock=string:$TOKENDOCK_KEEPASSXC_PASSWORD
[ "$mode" = locked ] && unlock=""
dbus-send --session --print-reply --dest=org.keepassxc.KeePassXC.MainWindow /keepassxc \
    org.keepassxc.KeePassXC.MainWindow.openDatabase "string:$TOKENDOCK_KEEPASSXC_DB" $unlock \
    >/dev/null || fail "KeePassXC did not open the database"

# In the background so that an interrupt reaches the trap while CMD runs; fd 5 hands
# CMD our stdin (a background command would get /dev/null).
"$@" <&5 5<&- &
cmd_pid=$!
status=0
wait "$cmd_pid" || status=$?
cmd_pid=""
exit $status
