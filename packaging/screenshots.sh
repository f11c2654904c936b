#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Remakes the screenshots in resources/screenshots (the main window in
# English, German and French, a DHL failure, the first run) from the demo on
# an Xvfb display with openbox:
#
#   packaging/dev.sh keyring packaging/screenshots.sh [BUILD_DIR]
#
# Each runs in a throwaway HOME whose settings choose the language; the named
# demo account is selected and tested, so the banner and token view are filled.
# The first run is the window with no accounts at all.
set -euo pipefail
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
BUILD=${1:-$ROOT/build/default}
OUT=$ROOT/resources/screenshots

shoot() { # LANGUAGE FILE ACCOUNT [APP OPTION]
    local home
    home=$(mktemp -d)
    mkdir -p "$home/.config/tokendock"
    printf '[ui]\nlanguage=%s\n' "$1" >"$home/.config/tokendock/settings.ini"
    HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
        XDG_CACHE_HOME=$home/.cache LC_ALL=C.UTF-8 TOKENDOCK_SCREENSHOT_SELECT=$3 \
        xvfb-run -a -s '-screen 0 1400x900x24' sh -c '
            openbox >/dev/null 2>&1 &
            sleep 1
            "$0" $2 >/dev/null 2>&1 &
            app=$!
            sleep 6
            import -window root "$1"
            kill $app' "$BUILD/app/tokendock" "$home/shot.png" "${4---demo}"
    # the bare X root is black; give the desktop a quiet grey
    convert "$home/shot.png" -fill '#8a94a6' -draw 'color 0,0 floodfill' "$OUT/$2"
    rm -rf "$home"
    echo "$OUT/$2"
}

command -v openbox >/dev/null || { echo "openbox is needed: apt-get install openbox"; exit 1; }
shoot en main-window.png "Acme Banyan integration"
shoot de main-window-de.png "Acme Banyan Integration"
shoot fr main-window-fr.png "Acme Banyan intégration"
shoot en dhl-failure.png "Acme DHL (wrong secret)"
shoot en first-run.png "" ""
