#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The translation checker must fail on an untranslated user-visible string and
# on a missing translation, and pass on a clean tree.
set -u
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
check="python3 $here/../../translations/check.py --no-catalog --ts-dir $here/skeleton"
failures=0

run() { # name, expected exit status, text the output must hold
    out=$($check --sources "$here/$1/src" 2>&1)
    status=$?
    if [ "$status" -eq "$2" ] && printf '%s' "$out" | grep -q "$3"; then
        echo "ok    $1: exit $status"
    else
        echo "FAIL  $1: exit $status, expected $2 with \"$3\":"
        printf '%s\n' "$out" | sed 's/^/      /'
        failures=$((failures + 1))
    fi
}

run untranslated 1 "Copy the header to the clipboard"
run unfinished 1 "not translated: 'Your token expires soon.'"
run clean 0 "complete and current"
echo "$failures failed"
[ "$failures" -eq 0 ]
