#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Remakes the screenshots in resources/screenshots (the README's: the main
# window in English, German and French, a DHL failure, the first run, the
# paste flow) and docs/screenshots (the window on a 1366×768 screen at 100%
# and on a 2732×1536 screen at 200%, in English and German) from the demo on
# an Xvfb display with openbox:
#
#   packaging/screenshots.sh [BUILD_DIR]
#
# Installs what it needs (packaging/dev.sh deps) and builds when BUILD_DIR
# has no tokendock yet. Each shot runs in a throwaway HOME whose settings
# choose the language; the named demo account is selected and tested, so the
# banner and token view are filled. The first run is the window with no
# accounts at all. docs/screenshots/editor-<preset>.png show the new-account
# editor for the presets whose token exchange is not textbook OAuth, and
# editor-oauth2-advanced.png the generic preset with Advanced open, token-*.png
# the token view of Royal Mail's and eShipper's tokens;
# TOKENDOCK_SHOTS_ONLY=editor makes only those.
set -euo pipefail
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
BUILD=$(realpath -m "${1:-$ROOT/build/default}")
OUT=$ROOT/resources/screenshots
DOCS=$ROOT/docs/screenshots

if [ -z "${TOKENDOCK_SHOTS_INSIDE:-}" ]; then
    "$ROOT/packaging/dev.sh" deps >/dev/null
    [ -x "$BUILD/app/tokendock" ] || "$ROOT/packaging/dev.sh" build default
    export TOKENDOCK_SHOTS_INSIDE=1
    exec "$ROOT/packaging/dev.sh" keyring "$0" "$BUILD"
fi

shoot() { # LANGUAGE OUTFILE ACCOUNT [APP OPTION] ; SIZE, SCALE from the caller
    local home
    home=$(mktemp -d)
    mkdir -p "$home/.config/tokendock"
    printf '[ui]\nlanguage=%s\n' "$1" >"$home/.config/tokendock/settings.ini"
    HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
        XDG_CACHE_HOME=$home/.cache LC_ALL=C.UTF-8 TOKENDOCK_SCREENSHOT_SELECT=$3 \
        TOKENDOCK_SCREENSHOT_NEW=${NEW:-} \
        QT_SCALE_FACTOR=${SCALE:-1} \
        xvfb-run -a -s "-screen 0 ${SIZE:-1400x900}x24" sh -c '
            openbox >/dev/null 2>&1 &
            sleep 1
            "$0" $2 >/dev/null 2>&1 &
            app=$!
            sleep 6
            import -window root "$1"
            kill $app' "$BUILD/app/tokendock" "$home/shot.png" "${4---demo}"
    # the bare X root is black; give the desktop a quiet grey
    convert "$home/shot.png" -fill '#8a94a6' -draw 'color 0,0 floodfill' "$2"
    rm -rf "$home"
    echo "$2"
}

mkdir -p "$DOCS"
# the new-account editor of each preset with an exchange of its own (NEW: preset[+advanced])
for preset in dhl-parcel-de dpd odfl eshipper chrobinson maersk royalmail estes; do
    NEW=$preset shoot en "$DOCS/editor-$preset.png" ""
done
NEW=oauth2+advanced shoot en "$DOCS/editor-oauth2-advanced.png" ""
# the token view of a token in another header, and of one that came with a refresh token
shoot en "$DOCS/token-royalmail.png" "Acme Royal Mail Shipping API v3"
shoot en "$DOCS/token-eshipper.png" "Acme eShipper"
[ "${TOKENDOCK_SHOTS_ONLY:-}" = editor ] && exit 0
shoot en "$OUT/main-window.png" "Acme Banyan integration"
shoot de "$OUT/main-window-de.png" "Acme Banyan Integration"
shoot fr "$OUT/main-window-fr.png" "Acme Banyan intégration"
shoot en "$OUT/dhl-failure.png" "Acme DHL (wrong secret)"
shoot en "$OUT/first-run.png" "" ""
for size in 1366x768:1 2732x1536:2; do
    SIZE=${size%:*} SCALE=${size#*:}
    shoot en "$DOCS/window-$SIZE-en.png" "Acme project44 NA"
    shoot de "$DOCS/window-$SIZE-de.png" "Acme project44 NA"
    shoot en "$DOCS/failure-$SIZE-en.png" "Acme DHL (wrong secret)"
    shoot de "$DOCS/failure-$SIZE-de.png" "Acme DHL (falsches Secret)"
done
unset SIZE SCALE
# the paste flow, walked as a new user would
shots=$(mktemp -d)
TOKENDOCK_WALK_INSIDE= "$ROOT/packaging/onboarding-walk.sh" --screenshots "$shots" \
    --size 1366x768 "$BUILD" >/dev/null
cp "$shots/onboarding-pasted.png" "$OUT/paste-credentials.png"
rm -rf "$shots"
echo "$OUT/paste-credentials.png"
