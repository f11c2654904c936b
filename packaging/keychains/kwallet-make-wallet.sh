#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Makes the KWallet 5 test wallet: kdewallet.salt + kdewallet.kwl (blowfish,
# empty) in DIR, with PASSWORD (default: throwaway-test-password).
#
#   packaging/keychains/kwallet-make-wallet.sh DIR [PASSWORD]
#
# No dialog: a fresh 56-byte salt, then kwallet-session.sh with no .kwl, whose
# pamOpen makes kwalletd5 create the wallet from the password's hash. The
# wallet opens with that password in kwalletd5's dialog too (same salt, same
# PBKDF2-SHA512 key).
set -eu
[ $# -ge 1 ] || { sed -n '3,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
mkdir -p "$1"
out=$(CDPATH= cd -- "$1" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/tokendock-kwallet-make.XXXXXX")
trap 'rm -rf "$work"' EXIT
head -c 56 /dev/urandom >"$work/kdewallet.salt"
TOKENDOCK_KWALLET_DATA=$work TOKENDOCK_KWALLET_PASSWORD=${2:-throwaway-test-password} \
    "$HERE/kwallet-session.sh" sh -c 'cp "$XDG_DATA_HOME"/kwalletd/kdewallet.salt \
        "$XDG_DATA_HOME"/kwalletd/kdewallet.kwl "$1"/' make "$out"
chmod 644 "$out"/kdewallet.salt "$out"/kdewallet.kwl
