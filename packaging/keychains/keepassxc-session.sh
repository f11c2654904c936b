#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs a command against a throwaway KeePassXC acting as the Secret Service
# (org.freedesktop.secrets), instead of gnome-keyring.
#
#   packaging/keychains/keepassxc-session.sh [--no-exposed-group|--locked] CMD [ARGS...]
#
# Default: the database is unlocked and has a group exposed to Secret Service.
# --no-exposed-group: unlocked, but no group is exposed (writes open KeePassXC's
#                     new-database wizard and the client waits for it).
# --locked:           the database is open but locked (clients get its unlock dialog).
# CMD gets its own HOME/XDG folders, X display and session bus (one that cannot
# D-Bus-activate gnome-keyring) plus TOKENDOCK_TEST_PROVIDER=keepassxc and
# TOKENDOCK_KEEPASSXC_DB/_PASSWORD to inspect the database with keepassxc-cli.
# Exits with CMD's status; everything started here is stopped and removed.
# Installs nothing: needs keepassxc, keepassxc-cli, Xvfb, dbus-run-session, dbus-send.
set -eu

HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
mode=unlocked
case "${1:-}" in
    --no-exposed-group) mode=no-exposed-group; shift ;;
    --locked) mode=locked; shift ;;
    -h | --help | "")
        sed -n '3,16p' "$0" | sed 's/^# \{0,1\}//'
        [ $# -gt 0 ] && exit 0
        exit 2
        ;;
esac

for tool in keepassxc keepassxc-cli Xvfb dbus-run-session dbus-send; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "keepassxc-session.sh: '$tool' is missing (Debian: apt-get install keepassxc xvfb dbus)" >&2
        exit 127
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/tokendock-keepassxc.XXXXXX")
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

home=$scratch/home
mkdir -p "$home/.config/keepassxc" "$home/.local/share" "$home/.cache" \
    "$scratch/runtime" "$scratch/tmp" "$scratch/no-services"
chmod 700 "$scratch/runtime"
sed "s|EMPTY_SERVICE_DIR|$scratch/no-services|" "$HERE/session-no-activation.conf" >"$scratch/bus.conf"
cat >"$home/.config/keepassxc/keepassxc.ini" <<'EOF'
[General]
SingleInstance=false
RememberLastDatabases=false
OpenPreviousDatabasesOnStartup=false
UpdateCheckMessageShown=true

[GUI]
CheckForUpdates=false

[FdoSecrets]
Enabled=true
ShowNotification=false
ConfirmAccessItem=false
ConfirmDeleteItem=false
EOF

# A test-only database password: the database lives and dies in $scratch.
db=$scratch/tokendock-test.kdbx
password=tokendock-throwaway-db
expose=expose
[ "$mode" = no-exposed-group ] && expose=""
env HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_CACHE_HOME="$home/.cache" TMPDIR="$scratch/tmp" \
    "$HERE/keepassxc-make-db.sh" "$db" "$password" $expose 2>/dev/null

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
display=:$(cat "$scratch/display")

status=0
env HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$scratch/runtime" TMPDIR="$scratch/tmp" \
    DISPLAY="$display" QT_QPA_PLATFORM=xcb TOKENDOCK_TEST_SCRATCH="$scratch" \
    TOKENDOCK_TEST_PROVIDER=keepassxc TOKENDOCK_KEEPASSXC_DB="$db" \
    TOKENDOCK_KEEPASSXC_PASSWORD="$password" KPXC_MODE="$mode" \
    dbus-run-session --config-file="$scratch/bus.conf" -- sh -c '
        has_owner() {
            dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q "boolean true"
        }
        keepassxc >"$TOKENDOCK_TEST_SCRATCH/keepassxc.log" 2>&1 &
        kpxc=$!
        ready=0 tries=0
        while [ $tries -lt 300 ] && kill -0 "$kpxc" 2>/dev/null; do
            if has_owner org.freedesktop.secrets && has_owner org.keepassxc.KeePassXC.MainWindow; then
                ready=1
                break
            fi
            tries=$((tries + 1))
            sleep 0.1
        done
        # Opening through the main window returns once the database is open (and unlocked
        # when given the password), so the Secret Service state is settled for CMD.
        password=string:$TOKENDOCK_KEEPASSXC_PASSWORD
        [ "$KPXC_MODE" = locked ] && password=""
        if [ $ready = 1 ] && ! dbus-send --session --print-reply --dest=org.keepassxc.KeePassXC.MainWindow \
            /keepassxc org.keepassxc.KeePassXC.MainWindow.openDatabase \
            "string:$TOKENDOCK_KEEPASSXC_DB" $password >/dev/null; then
            ready=0
        fi
        unset KPXC_MODE password
        rc=0
        if [ $ready = 1 ]; then
            "$@" || rc=$?
        else
            echo "keepassxc-session.sh: KeePassXC did not provide org.freedesktop.secrets:" >&2
            cat "$TOKENDOCK_TEST_SCRATCH/keepassxc.log" >&2
            rc=1
        fi
        # A KeePassXC showing a modal dialog ignores SIGTERM: give it 3 s, then KILL.
        kill "$kpxc" 2>/dev/null
        tries=0
        while [ $tries -lt 30 ] && kill -0 "$kpxc" 2>/dev/null; do
            tries=$((tries + 1))
            sleep 0.1
        done
        kill -KILL "$kpxc" 2>/dev/null || true
        wait "$kpxc" 2>/dev/null || true
        exit $rc' keepassxc-session "$@" || status=$?
exit $status
