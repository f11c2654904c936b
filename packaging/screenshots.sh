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
# TOKENDOCK_SHOTS_ONLY=editor makes only those. carrier-picker.png shows the
# carrier picker's whole list, with a preset from the user's folder and one
# from the system folder, and carrier-picker-search.png the list narrowed to
# "DE parcel"; TOKENDOCK_SHOTS_ONLY=picker makes only those two. check-verified.png,
# check-invalid.png and check-not-entitled.png show a test's signature and
# probe verdicts; TOKENDOCK_SHOTS_ONLY=checks makes only those three.
# rotate-secret.png shows Rotate Secret after the demo's TForce secret was
# replaced; TOKENDOCK_SHOTS_ONLY=rotate makes only that one.
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

shoot() { # LANGUAGE OUTFILE ACCOUNT [APP OPTION] ; SIZE, SCALE, NEW, PICKER,
    # USER_PRESETS and SYSTEM_PRESETS (folders of preset files) from the caller
    local home
    home=$(mktemp -d)
    mkdir -p "$home/.config/tokendock" "$home/system-carriers"
    printf '[ui]\nlanguage=%s\n' "$1" >"$home/.config/tokendock/settings.ini"
    [ -z "${USER_PRESETS:-}" ] || cp -r "$USER_PRESETS" "$home/.config/tokendock/carriers"
    [ -z "${SYSTEM_PRESETS:-}" ] || cp "$SYSTEM_PRESETS"/*.json "$home/system-carriers/"
    HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
        XDG_CACHE_HOME=$home/.cache LC_ALL=C.UTF-8 TOKENDOCK_SCREENSHOT_SELECT=$3 \
        TOKENDOCK_SCREENSHOT_NEW=${NEW:-} TOKENDOCK_SCREENSHOT_PICKER=${PICKER:-} \
        TOKENDOCK_SCREENSHOT_ROTATE=${ROTATE:-} \
        TOKENDOCK_SYSTEM_CARRIERS=$home/system-carriers \
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

# A preset file as a team would write one (resources/carriers.json entry keys).
preset_file() { # FILE ID NAME COUNTRIES MODES
    cat >"$1" <<EOF
{
  "id": "$2",
  "name": "$3",
  "vendor": "$3",
  "summary": "$3 booking and tracking API",
  "countries": [$4],
  "modes": [$5],
  "docs": "https://developer.$2.example/",
  "environments": [
    {"id": "production", "kind": "production", "label": "Production",
     "tokenUrl": "https://api.$2.example/oauth/token"}
  ],
  "credentials": "body",
  "grantTypes": ["client_credentials"],
  "refresh": {"policy": "fraction", "fraction": 0.8,
              "advice": "Reuse the token until most of its lifetime has passed."}
}
EOF
}

mkdir -p "$DOCS"
# Rotate Secret, once the new secret worked and replaced the old one
if [ -z "${TOKENDOCK_SHOTS_ONLY:-}" ] || [ "${TOKENDOCK_SHOTS_ONLY:-}" = rotate ]; then
    ROTATE="Acme TForce Freight" shoot en "$DOCS/rotate-secret.png" ""
    [ "${TOKENDOCK_SHOTS_ONLY:-}" = rotate ] && exit 0
fi
# what a test proves besides the token: a verified signature and a working
# probe, a signature that does not hold, an account the API refuses
if [ -z "${TOKENDOCK_SHOTS_ONLY:-}" ] || [ "${TOKENDOCK_SHOTS_ONLY:-}" = checks ]; then
    shoot en "$DOCS/check-verified.png" "Acme Banyan integration"
    shoot en "$DOCS/check-invalid.png" "Acme OAuth (wrong signing key)"
    shoot en "$DOCS/check-not-entitled.png" "Acme Banyan (not entitled)"
    [ "${TOKENDOCK_SHOTS_ONLY:-}" = checks ] && exit 0
fi
# the carrier picker: the whole list with presets from files, then a search
if [ "${TOKENDOCK_SHOTS_ONLY:-}" != editor ]; then
    presets=$(mktemp -d)
    mkdir -p "$presets/user" "$presets/system"
    preset_file "$presets/user/alpen-freight.json" alpen-freight "Alpen Freight" \
        '"AT", "CH", "DE"' '"truckload", "intermodal"'
    preset_file "$presets/system/northwind-parcel.json" northwind-parcel "Northwind Parcel Hub" \
        '"US", "CA"' '"parcel", "gateway"'
    export USER_PRESETS=$presets/user SYSTEM_PRESETS=$presets/system
    # at the user's preset: the list's end, with both presets from files
    PICKER='*alpen-freight' shoot en "$DOCS/carrier-picker.png" ""
    PICKER='DE parcel' shoot en "$DOCS/carrier-picker-search.png" ""
    unset USER_PRESETS SYSTEM_PRESETS
    rm -rf "$presets"
fi
[ "${TOKENDOCK_SHOTS_ONLY:-}" = picker ] && exit 0
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
