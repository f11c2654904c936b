#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Walks the first onboarding as a new user would, on an Xvfb display with
# openbox: TokenDock starts with no accounts, a carrier's curl command is on
# the clipboard (as if copied from its documentation; the carrier is the
# built-in sandbox), and xdotool drives the window from the welcome panel:
# Paste credentials, then Test and Copy, each one key press on the button that
# has the focus. It fails unless the pasted secret left the clipboard after
# the first and the Authorization header is there after the second, and
# prints how many interactions and seconds that took.
#
#   packaging/onboarding-walk.sh [--screenshots DIR] [--size WxH] [--scale N]
#                                [--language LL] [BUILD_DIR]
#
# Installs what it needs (packaging/dev.sh deps) and builds when BUILD_DIR
# has no tokendock yet. With --screenshots, the form after the paste and the
# window after the copy are saved in DIR.
set -euo pipefail
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)

SHOTS="" SIZE=1366x768 SCALE=1 LANGUAGE=en
while [ $# -gt 0 ]; do
    case "$1" in
    --screenshots) SHOTS=$(realpath -m "$2"); shift 2 ;;
    --size) SIZE=$2; shift 2 ;;
    --scale) SCALE=$2; shift 2 ;;
    --language) LANGUAGE=$2; shift 2 ;;
    *) break ;;
    esac
done
BUILD=$(realpath -m "${1:-$ROOT/build/default}")
APP=$BUILD/app/tokendock

if [ -z "${TOKENDOCK_WALK_INSIDE:-}" ]; then
    "$ROOT/packaging/dev.sh" deps >/dev/null
    [ -x "$APP" ] || "$ROOT/packaging/dev.sh" build default
    [ -z "$SHOTS" ] || mkdir -p "$SHOTS"
    # a throwaway Secret Service and HOME, and a display of the asked size
    export TOKENDOCK_WALK_INSIDE=1
    exec "$ROOT/packaging/dev.sh" keyring xvfb-run -a -s "-screen 0 ${SIZE}x24" \
        "$0" ${SHOTS:+--screenshots "$SHOTS"} --size "$SIZE" --scale "$SCALE" \
        --language "$LANGUAGE" "$BUILD"
fi

pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; }
trap cleanup EXIT

shot() { # NAME
    [ -n "$SHOTS" ] || return 0
    sleep 0.5 # the last repaint after the state the walk waited for
    import -window root "$SHOTS/$1"
    echo "screenshot: $SHOTS/$1"
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

mkdir -p "$HOME/.config/tokendock"
printf '[ui]\nlanguage=%s\n' "$LANGUAGE" >"$HOME/.config/tokendock/settings.ini"
openbox >/dev/null 2>&1 &
pids+=($!)

# the carrier: the sandbox on a free loopback port
"$APP" sandbox >"$HOME/sandbox.txt" 2>&1 &
pids+=($!)
wait_for 10 grep -q 'listening on' "$HOME/sandbox.txt"
BASE=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$HOME/sandbox.txt")

# what the carrier's documentation gave to copy
CURL="curl --location --request POST '$BASE/oauth2/token' \\
  --data-urlencode 'grant_type=client_credentials' \\
  --data-urlencode 'client_id=oauth2-demo-client' \\
  --data-urlencode 'client_secret=oauth2-demo-secret'"
printf '%s' "$CURL" | xclip -selection clipboard

QT_SCALE_FACTOR=$SCALE LC_ALL=C.UTF-8 "$APP" >"$HOME/app.txt" 2>&1 &
pids+=($!)
if ! wait_for 60 sh -c "xdotool search --onlyvisible --name '^TokenDock' >/dev/null"; then
    echo "the window did not open; the app said:"
    tail -n 20 "$HOME/app.txt"
    exit 1
fi
WINDOW=$(xdotool search --onlyvisible --name '^TokenDock' | head -n1)
xdotool windowactivate --sync "$WINDOW"
wait_for 10 sh -c '[ "$(xdotool getwindowfocus)" = "$0" ]' "$WINDOW"
shot onboarding-welcome.png

interactions=0
press() { # KEY WHAT
    xdotool key --window "$WINDOW" --clearmodifiers "$1"
    interactions=$((interactions + 1))
    echo "interaction $interactions: $2"
}
clipboard() { xclip -o -selection clipboard 2>/dev/null || true; }

start=$SECONDS
# the welcome panel's first button has the focus
press space "Paste credentials"
wait_for 10 sh -c '[ -z "$(xclip -o -selection clipboard 2>/dev/null)" ]' ||
    { echo "the pasted secret stayed in the clipboard"; exit 1; }
shot onboarding-pasted.png
# after the paste, Test and Copy has the focus
press space "Test and Copy"
if ! wait_for 20 sh -c 'xclip -o -selection clipboard 2>/dev/null | grep -q "^Authorization: Bearer ey"'; then
    echo "no header on the clipboard after $interactions interactions"
    exit 1
fi
elapsed=$((SECONDS - start))
header=$(clipboard)
shot onboarding-copied.png

# the header, never the token itself: its length says it is whole
echo "clipboard: Authorization: Bearer <token of $((${#header} - 22)) characters>"
echo "interactions from the welcome panel to the header: $interactions"
echo "seconds from the first interaction to the header: $elapsed"
