#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# TokenDock on a Wayland compositor, as a user there would meet it: Weston
# (its X11 backend on Xvfb, which gives it a seat with a keyboard; the
# headless backend has none, so no client there may use the clipboard at
# all) with the app on Qt's wayland platform and wl-clipboard as the other
# application. It checks that
#   - the window opens and takes keys: Ctrl+Shift+C in it copies the header;
#   - the header is on the Wayland clipboard, read by another client (wl-paste);
#   - the password-manager hint (x-kde-passwordManagerHint) is among the
#     offered types;
#   - the set clear time empties the clipboard while it still holds the header,
#     and the header stays away (Weston offers its kept copy of an emptied
#     clipboard), with TokenDock's window in focus and, the usual case, with
#     another window in focus;
#   - a copy by another client while TokenDock's window has no focus is seen
#     (the log says so) and survives the clear time;
#   - `tokendock --copy` while another window has the focus leaves that
#     window's copy alone, and so does the clear that follows (Wayland lets
#     only the focused client take the clipboard);
#   - without a tray (Weston has no StatusNotifierItem host) the window stays
#     an ordinary window that quits when asked.
# Missing weston, Xvfb, wl-clipboard, xdotool or Qt's wayland plugin is a
# failure that says what to install (packaging/dev.sh deps), never a skip.
# Runs inside packaging/dev.sh keyring (a Secret Service for the account).
#
#   [TOKENDOCK_WAYLAND_SHOTS=DIR] tests/wayland/test_wayland.sh BUILD_DIR
set -euo pipefail

BUILD=$(realpath -m "${1:?usage: test_wayland.sh BUILD_DIR}")
APP=$BUILD/app/tokendock
CLEAR_SECONDS=3

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
missing=""
for tool in weston Xvfb wl-copy wl-paste xdotool weston-eventdemo; do
    command -v "$tool" >/dev/null || missing="$missing $tool"
done
[ -z "$missing" ] ||
    fail "missing:$missing (install weston, xvfb, wl-clipboard and xdotool: packaging/dev.sh deps)"
compgen -G "/usr/lib/*/libweston-*/x11-backend.so" >/dev/null ||
    fail "Weston's x11-backend.so is missing (install weston)"
compgen -G "/usr/lib/*/qt6/plugins/platforms/libqwayland-*.so" >/dev/null ||
    fail "Qt's wayland platform plugin is missing (install qt6-wayland)"
[ -x "$APP" ] || fail "no $APP: build the tokendock target first"
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] ||
    fail "no D-Bus session: run through packaging/dev.sh keyring"

# Everything in a folder of its own: the runtime folder (0700, as Wayland
# and the single-instance socket want), HOME and the logs.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tokendock-wayland.XXXXXX")
mkdir -p "$WORK/runtime" "$WORK/home/.config/tokendock"
chmod 700 "$WORK/runtime"
export XDG_RUNTIME_DIR=$WORK/runtime HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config
export XDG_DATA_HOME=$WORK/home/.local/share XDG_CACHE_HOME=$WORK/home/.cache
unset WAYLAND_DISPLAY DISPLAY QT_QPA_PLATFORM
pids=()
running() { # a process that ended but was not reaped yet (a zombie) is not running
    kill -0 "$1" 2>/dev/null && [ "$(ps -o stat= -p "$1" 2>/dev/null | cut -c1)" != Z ]
}
stop_all() { # TERM, up to 3 s, then KILL: a hung client cannot hold the test
    local pid tries=0
    kill "${pids[@]}" 2>/dev/null || true
    for pid in "${pids[@]}"; do
        while [ $tries -lt 30 ] && running "$pid"; do
            tries=$((tries + 1))
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
    done
    wait "${pids[@]}" 2>/dev/null || true
}
cleanup() {
    status=$?
    # TOKENDOCK_WAYLAND_SHOTS=DIR keeps what the screen showed, while it still shows
    if [ $status -ne 0 ] && [ -n "${TOKENDOCK_WAYLAND_SHOTS:-}" ] && [ -n "${DISPLAY:-}" ]; then
        timeout 10 import -window root "$TOKENDOCK_WAYLAND_SHOTS/wayland-failure.png" || true
    fi
    [ ${#pids[@]} -eq 0 ] || stop_all
    if [ $status -ne 0 ]; then
        echo "--- app log (last lines)"
        grep -v "$PROTOCOL_LINE" "$WORK/app.txt" 2>/dev/null | tail -n 15 || true
        # where a key stopped: the compositor's focus, the keys, the app's log
        echo "--- keyboard as the app saw it: $(keyboard_events enter) focus in," \
            "$(keyboard_events leave) out, $(keyboard_events key) key events; last lines"
        grep -E "wl_keyboard@[0-9]+\.(enter|leave|key|modifiers)\(" "$WORK/app.txt" 2>/dev/null |
            tail -n 15 || true
        for log in weston other; do
            echo "--- $log log (last lines)"
            tail -n 15 "$WORK/$log.txt" 2>/dev/null || true
        done
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
# The app's Wayland events (WAYLAND_DEBUG) share its log: key codes, focus
# and surfaces, never a copied text (that goes through a pipe, unlogged)
PROTOCOL_LINE='^\[ *[0-9]*\.[0-9]*\] '
keyboard_events() {
    [ -f "$WORK/app.txt" ] || { echo 0 && return; }
    grep -cE "wl_keyboard@[0-9]+\.$1\(" "$WORK/app.txt" || true
}

# Waits up to $1 seconds for the command after it to succeed.
wait_for() {
    local deadline=$((SECONDS + $1))
    shift
    until "$@"; do
        [ $SECONDS -lt $deadline ] || return 1
        sleep 0.1
    done
}
logged() { grep -c "$1" "$WORK/app.txt" || true; }
logged_more() { [ "$(logged "$1")" -gt "$2" ]; } # TEXT TIMES_BEFORE
# Reads the clipboard as another application does, into $CLIP: "" when it
# holds an empty text or nothing at all (wl-paste then says "No selection",
# newer versions "Nothing is copied", and exits 1). Any other wl-paste
# failure (a timeout, no compositor) fails the test: it is no empty clipboard.
read_clipboard() {
    local status=0
    CLIP=$(WAYLAND_DISPLAY=wayland-td timeout 5 wl-paste --no-newline 2>"$WORK/paste.txt") ||
        status=$?
    if [ $status -eq 1 ] && grep -qxE 'No selection|Nothing is copied' "$WORK/paste.txt"; then
        CLIP=""
        return 0
    fi
    [ $status -eq 0 ] || fail "wl-paste failed (exit $status): $(head -c 200 "$WORK/paste.txt")"
}
# What the clipboard held, for a failure's message: its shape, never its
# text, which may be a header with a token in it
clip_shape() {
    if [ -z "$CLIP" ]; then
        echo "nothing"
    elif [[ $CLIP == "Authorization: "* ]]; then
        echo "a header of ${#CLIP} characters"
    elif [ "$CLIP" = "${OTHERS:-}" ]; then
        echo "the other application's text"
    else
        echo "a text of ${#CLIP} characters"
    fi
}
has_header() {
    read_clipboard
    [[ $CLIP == "Authorization: Bearer ey"* ]]
}
is_empty() {
    read_clipboard
    [ -z "$CLIP" ]
}
# Weston keeps the last copy and offers it again as soon as the clipboard is
# empty: an empty clipboard counts once it stayed so, read ten times over a
# second.
stays_empty() {
    local n
    for n in 1 2 3 4 5 6 7 8 9 10; do
        is_empty || return 1
        sleep 0.1
    done
}
# its log says what it did with the clipboard, never what it copied

# the display: Xvfb on a free number, Weston as its only window
exec 3>"$WORK/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.txt" 2>&1 &
pids+=($!)
wait_for 10 test -s "$WORK/display" || fail "Xvfb did not start"
export DISPLAY=:$(head -n1 "$WORK/display")
weston --backend=x11-backend.so --use-pixman --socket=wayland-td --idle-time=0 \
    --width=1024 --height=768 >"$WORK/weston.txt" 2>&1 &
pids+=($!)
wait_for 10 test -S "$XDG_RUNTIME_DIR/wayland-td" || fail "Weston did not start"
WESTON=""
find_weston() { # weston names its window in _NET_WM_NAME only, which search --name misses
    local w
    for w in $(xdotool search --name '' 2>/dev/null); do
        case "$(xdotool getwindowname "$w" 2>/dev/null)" in
        "Weston Compositor"*) WESTON=$w && return 0 ;;
        esac
    done
    return 1
}
wait_for 10 find_weston || fail "Weston's window did not appear on Xvfb"
# Keys reach Weston's X window by the pointer, never by moving the X focus: a
# focus change makes Weston take the keyboard from its focused window, and
# now and then it never gives it back (its x11 backend loses the focus-in).
# Xvfb keeps the focus on the window under the pointer.
xdotool mousemove --sync --window "$WESTON" 512 384 2>/dev/null ||
    fail "the pointer did not move onto Weston's window"
[ "$(xdotool getmouselocation --shell 2>/dev/null | sed -n 's/^WINDOW=//p')" = "$WESTON" ] ||
    fail "the pointer is not over Weston's window: keys would not reach it"

# the carrier: the sandbox on a free loopback port, one account with its
# published sandbox secret (through stdin, never argv)
"$APP" sandbox >"$WORK/sandbox.txt" 2>&1 &
pids+=($!)
wait_for 10 grep -q 'listening on' "$WORK/sandbox.txt" || fail "the sandbox did not start"
BASE=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$WORK/sandbox.txt" | head -n1)
printf '%s\n' banyan-demo-secret | "$APP" add wayland-check --carrier banyan \
    --token-url "$BASE/banyan/auth/connect/token" --client-id banyan-demo-client \
    --secret-stdin >/dev/null
# a tested account has a token in the keychain's cache: Copy Header copies it
"$APP" test wayland-check >/dev/null
printf '[clipboard]\nclearSeconds=%s\n' "$CLEAR_SECONDS" >"$XDG_CONFIG_HOME/tokendock/settings.ini"

QT_QPA_PLATFORM=wayland WAYLAND_DISPLAY=wayland-td WAYLAND_DEBUG=client LC_ALL=C.UTF-8 \
    QT_LOGGING_RULES="tokendock.clipboard.debug=true;tokendock.session.debug=true" \
    "$APP" >"$WORK/app.txt" 2>&1 &
APP_PID=$!
pids+=($APP_PID)
wait_for 20 grep -q 'system tray' "$WORK/app.txt" || fail "the window did not start"
grep -q 'platform wayland, system tray absent: closing the window quits' "$WORK/app.txt" ||
    fail "expected the wayland platform and no tray: $(grep 'system tray' "$WORK/app.txt")"
echo "ok: on Wayland without a tray the window is an ordinary window"

# The window maps and takes the focus; its Copy Header key puts the header on
# the Wayland clipboard. Pressed again until the window has the focus. Keys
# go through XTEST to Weston's X window, which hands them to the focused
# Wayland window. The clipboard is read once TokenDock's log says what it did:
# every wl-paste takes the keyboard focus for a moment.
copy_in_window() { # COPIES_BEFORE
    xdotool key ctrl+shift+c 2>/dev/null
    wait_for 1 logged_more 'secret copied' "$1"
}
wait_for 20 copy_in_window 0 || fail "Ctrl+Shift+C in the window copied nothing"
has_header || fail "TokenDock copied, but wl-paste reads no header"
echo "ok: the window took Ctrl+Shift+C and wl-paste reads the header"

WAYLAND_DISPLAY=wayland-td timeout 5 wl-paste --list-types >"$WORK/types.txt"
grep -qx 'x-kde-passwordManagerHint' "$WORK/types.txt" ||
    fail "no password-manager hint among the offered types: $(tr '\n' ' ' <"$WORK/types.txt")"
[ "$(WAYLAND_DISPLAY=wayland-td timeout 5 wl-paste --no-newline --type x-kde-passwordManagerHint)" = secret ] ||
    fail "the password-manager hint does not say secret"
echo "ok: the password-manager hint is offered"

# Weston offers the last copy again once a clipboard is emptied: TokenDock
# puts an empty text in its place, so nothing brings the header back
wait_for $((CLEAR_SECONDS + 5)) logged_more 'secret cleared' 0 ||
    fail "TokenDock did not clear after $CLEAR_SECONDS s"
stays_empty || fail "the header is on the clipboard after TokenDock cleared it: $(clip_shape)"
grep -q 'secret cleared$' "$WORK/app.txt" || fail "TokenDock, in focus, did not replace the clipboard"
echo "ok: the set clear time emptied the clipboard"

start_other_window() { # another application's window, which takes the focus
    WAYLAND_DISPLAY=wayland-td stdbuf -oL weston-eventdemo --log-focus >"$WORK/other.txt" 2>&1 &
    OTHER_WINDOW=$!
    pids+=($OTHER_WINDOW)
    wait_for 10 grep -qs '^focus' "$WORK/other.txt" || fail "the other window got no focus"
}

# The usual case: the header was pasted into another application, which has
# the focus when the clear is due. A compositor may refuse a new clipboard
# from a window without the focus (Weston only asks for a newer input serial,
# others the focus): TokenDock empties its copy in place instead, and the
# header must not come back (Weston offers the copy it kept once ours is gone).
wait_for 10 copy_in_window "$(logged 'secret copied')" || fail "the second Ctrl+Shift+C copied nothing"
has_header || fail "TokenDock copied again, but wl-paste reads no header"
start_other_window
wait_for $((CLEAR_SECONDS + 5)) logged_more 'secret cleared' 1 ||
    fail "TokenDock did not clear after $CLEAR_SECONDS s without the focus"
stays_empty || fail "the header is on the clipboard after a clear without the focus: $(clip_shape)"
grep -q 'secret cleared without the focus' "$WORK/app.txt" ||
    fail "TokenDock had the focus at its clear: the case went untested"
kill "$OTHER_WINDOW" # the focus goes back to TokenDock's window
wait_for 10 sh -c '! kill -0 "$0" 2>/dev/null' "$OTHER_WINDOW" || fail "the other window did not end"
echo "ok: a clear without the focus emptied the clipboard, and the header stayed away"

# Another application takes the focus, then copies: TokenDock must see the
# change without the focus and leave that copy alone past its clear time.
wait_for 10 copy_in_window "$(logged 'secret copied')" || fail "the third Ctrl+Shift+C copied nothing"
copied_at=$SECONDS
cleared_before=$(logged 'secret cleared')
start_other_window
OTHERS="copied by another application $$"
WAYLAND_DISPLAY=wayland-td wl-copy --foreground "$OTHERS" &
pids+=($!)
wait_for 10 grep -q 'another copy replaced the secret' "$WORK/app.txt" ||
    fail "TokenDock, without the focus, did not see the other application's copy"
# its clear was due CLEAR_SECONDS after the copy; the clipboard is read past that
past_clear_time() { [ $SECONDS -gt $((copied_at + CLEAR_SECONDS + 1)) ]; }
wait_for $((CLEAR_SECONDS + 5)) past_clear_time
read_clipboard
[ "$CLIP" = "$OTHERS" ] || fail "the other application's copy is gone after the clear time: $(clip_shape)"
[ "$(logged 'secret cleared')" -eq "$cleared_before" ] || fail "TokenDock cleared after the replacement"
echo "ok: another application's copy, made while TokenDock had no focus, was kept"

# A limit of Wayland, not of TokenDock: only a client with the keyboard focus
# may take the clipboard (its request carries the serial of an input event).
# `tokendock --copy` handed to the running TokenDock while another window has
# the focus reports a copy, but the compositor keeps the other copy; the clear
# that follows and the quit must not wipe it either.
WAYLAND_DISPLAY=wayland-td "$APP" --copy wayland-check >/dev/null ||
    fail "tokendock --copy was not handed to the running TokenDock"
wait_for $((CLEAR_SECONDS + 5)) logged_more 'secret cleared' "$cleared_before" ||
    fail "TokenDock's clear after tokendock --copy did not come"
read_clipboard
[ "$CLIP" = "$OTHERS" ] ||
    fail "a copy or clear without the focus changed the other application's copy"
echo "ok: without the focus TokenDock neither replaced nor cleared the other application's copy"

# Ctrl+Q in the window ends TokenDock (nothing hides in a tray that is not there)
kill "$OTHER_WINDOW" # the focus goes back to TokenDock's window
quit_in_window() {
    xdotool key ctrl+q 2>/dev/null
    wait_for 1 sh -c '! kill -0 "$0" 2>/dev/null' "$APP_PID"
}
wait_for 10 quit_in_window || fail "Ctrl+Q did not end TokenDock"
read_clipboard
[ "$CLIP" = "$OTHERS" ] || fail "TokenDock's quit changed the other application's copy: $(clip_shape)"
echo "ok: Ctrl+Q ended TokenDock and left the other application's copy alone"
