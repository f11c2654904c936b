#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs a command against KWallet 5 the way a Plasma 5 session offers it:
#
#   packaging/keychains/kwallet-session.sh [--closed] CMD [ARGS...]
#
# HOME and XDG folders in a temporary directory (removed afterwards), its own
# D-Bus session that cannot D-Bus-activate gnome-keyring, an Xvfb display for
# kwalletd5's dialogs (DISPLAY is passed on, so CMD can answer them with
# xdotool), kwalletd5 with the test wallet from tests/data/kwallet opened
# without a prompt (the PAM route: pamOpen with the password's PBKDF2 hash),
# XDG_CURRENT_DESKTOP=KDE, KDE_SESSION_VERSION=5 and
# TOKENDOCK_TEST_PROVIDER=kwallet. Exits with CMD's status.
#
# --closed   leave the wallet closed: a client's open shows kwalletd5's
#            password dialog (window name "KDE Wallet Service"; Escape cancels
#            it, typing the password and Return opens the wallet); unanswered,
#            QtKeychain's KWallet path gets D-Bus NoReply after 25 s and
#            libsecret waits for ever
#
# TOKENDOCK_KWALLET_DATA       folder with kdewallet.salt and kdewallet.kwl
#                              (no .kwl: the wallet is created empty)
# TOKENDOCK_KWALLET_PASSWORD   its password (default: the test wallet's)
# KWALLET_SESSION_NO_QCA=1     kwalletd5 without QCA plugins: its Secret
#                              Service then fails the encrypted session
#                              ("createDLGroup failed: maybe libqca-ossl is missing"),
#                              which a client sees through libsecret, e.g. with
#                              KDE variables half set: env -u KDE_SESSION_VERSION CMD
# kwalletd5's output is in $TOKENDOCK_TEST_SCRATCH/kwalletd5.log.
set -eu

HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
ROOT=$(CDPATH= cd -- "$HERE/../.." && pwd)

# waits up to $1 tenths of a second for the command after it to succeed
poll() {
    limit=$1
    shift
    n=0
    until "$@" >/dev/null 2>&1; do
        n=$((n + 1))
        [ $n -le "$limit" ] || return 1
        sleep 0.1
    done
}

kwallet_call() {
    busctl --user call org.kde.kwalletd5 /modules/kwalletd5 org.kde.KWallet "$@"
}

wallet_is_open() {
    [ "$(kwallet_call isOpen s kdewallet)" = "b true" ]
}

# The PAM module's way in: kwalletd5 takes the PBKDF2-SHA512 hash of the
# password (the wallet's salt, 50000 rounds, 56 bytes) and opens the wallet,
# creating it when there is no .kwl yet; no dialog.
pam_open() {
    salt=$XDG_DATA_HOME/kwalletd/kdewallet.salt
    # shellcheck disable=SC2046
    kwallet_call pamOpen sayi kdewallet 56 $(python3 -c '
import hashlib, os, sys
salt = open(sys.argv[1], "rb").read()
key = hashlib.pbkdf2_hmac("sha512", os.environ["TOKENDOCK_KWALLET_PASSWORD"].encode(), salt, 50000, 56)
print(" ".join(str(b) for b in key))' "$salt") 0
}

gone() {
    state=$(ps -o stat= -p "$1" 2>/dev/null) || return 0
    [ "${state#Z}" != "$state" ]
}

# PID: TERM, up to 5 s, then KILL
stop() {
    [ -n "$1" ] || return 0
    kill "$1" 2>/dev/null || return 0
    poll 50 gone "$1" || kill -9 "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# Inside the D-Bus session: kwalletd5 up (and the wallet open), then CMD.
in_session() {
    log=$TOKENDOCK_TEST_SCRATCH/kwalletd5.log
    if [ "${KWALLET_SESSION_NO_QCA:-}" = 1 ]; then
        QCA_NO_PLUGINS=1 kwalletd5 >"$log" 2>&1 &
    else
        kwalletd5 >"$log" 2>&1 &
    fi
    kwalletd=$!
    cmd=""
    trap 'stop "$cmd"; stop "$kwalletd"' EXIT
    # dash runs no EXIT trap when a signal ends it: turn the signal into an exit
    trap 'exit 130' INT TERM HUP
    # the outer script stops the session through this shell
    echo $$ >"$TOKENDOCK_TEST_SCRATCH/in-session.pid"
    if ! poll 100 busctl --user status org.kde.kwalletd5; then
        echo "kwallet-session: kwalletd5 did not come up" >&2
        cat "$log" >&2
        exit 1
    fi
    # its Secret Service takes its name a moment after kwalletd5's own: a
    # client started in between finds none, and says something else
    if ! poll 100 busctl --user status org.freedesktop.secrets; then
        echo "kwallet-session: kwalletd5's Secret Service did not come up" >&2
        cat "$log" >&2
        exit 1
    fi
    if [ "$KWALLET_SESSION_CLOSED" = 0 ]; then
        pam_open
        if ! poll 100 wallet_is_open; then
            echo "kwallet-session: the wallet did not open (wrong password?)" >&2
            exit 1
        fi
    fi
    unset TOKENDOCK_KWALLET_PASSWORD KWALLET_SESSION_CLOSED
    # in the background, so that a signal reaches the trap while CMD runs;
    # fd 5 hands CMD our stdin (a background command would get /dev/null)
    exec 5<&0
    "$@" <&5 5<&- &
    cmd=$!
    status=0
    wait "$cmd" || status=$?
    cmd=""
    exit $status
}

if [ "${1:-}" = --in-session ]; then
    shift
    in_session "$@"
fi

closed=0
if [ "${1:-}" = --closed ]; then
    closed=1
    shift
fi
if [ $# -eq 0 ]; then
    sed -n '3,29p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi
for tool in kwalletd5 Xvfb dbus-run-session busctl python3; do
    command -v "$tool" >/dev/null || { echo "kwallet-session: $tool is missing" >&2; exit 2; }
done

wallet_data=${TOKENDOCK_KWALLET_DATA:-$ROOT/tests/data/kwallet}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/tokendock-kwallet.XXXXXX")
xvfb="" session=""
# The session ends with the shell inside it (CMD and kwalletd5 stopped by its
# trap); dbus-run-session then stops its dbus-daemon and returns.
stop_session() {
    [ -n "$session" ] || return 0
    if [ -s "$scratch/in-session.pid" ]; then
        kill "$(cat "$scratch/in-session.pid")" 2>/dev/null || true
    fi
    poll 100 gone "$session" || kill -9 "$session" 2>/dev/null || true
    wait "$session" 2>/dev/null || true
}
cleanup() {
    stop_session
    stop "$xvfb"
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

home=$scratch/home
mkdir -p "$home/.config" "$home/.local/share/kwalletd" "$home/.cache" "$scratch/runtime" \
    "$scratch/no-services"
chmod 700 "$scratch/runtime"
sed "s#EMPTY_SERVICE_DIR#$scratch/no-services#" "$HERE/session-no-activation.conf" >"$scratch/bus.conf"
cat >"$home/.config/kwalletrc" <<'RC'
[Wallet]
Enabled=true
First Use=false
Use One Wallet=true
Prompt on Open=false
RC
cp "$wallet_data"/kdewallet.salt "$home/.local/share/kwalletd/"
if [ -f "$wallet_data/kdewallet.kwl" ]; then
    cp "$wallet_data/kdewallet.kwl" "$home/.local/share/kwalletd/"
fi
chmod 600 "$home/.local/share/kwalletd/"*

# Xvfb picks a free display and writes its number once it accepts clients
Xvfb -displayfd 3 -nolisten tcp 3>"$scratch/display" >"$scratch/xvfb.log" 2>&1 &
xvfb=$!
if ! poll 100 test -s "$scratch/display"; then
    echo "kwallet-session: Xvfb did not start" >&2
    cat "$scratch/xvfb.log" >&2
    exit 1
fi

# In the background so that a signal reaches the trap while the session runs;
# fd 5 hands it our stdin (a background command would get /dev/null).
exec 5<&0
env HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$scratch/runtime" \
    TOKENDOCK_TEST_SCRATCH="$scratch" DISPLAY=":$(head -n1 "$scratch/display")" \
    XDG_CURRENT_DESKTOP=KDE KDE_SESSION_VERSION=5 TOKENDOCK_TEST_PROVIDER=kwallet \
    KWALLET_SESSION_CLOSED=$closed TOKENDOCK_KWALLET_PASSWORD="${TOKENDOCK_KWALLET_PASSWORD:-throwaway-test-password}" \
    dbus-run-session --config-file="$scratch/bus.conf" -- "$0" --in-session "$@" <&5 5<&- &
session=$!
status=0
wait "$session" || status=$?
session=""
exit $status
