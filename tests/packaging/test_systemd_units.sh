#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# systemd-analyze verify on the check service and timer as configured for
# this build (ExecStart: the tokendock just built, which verify needs to
# exist), with the man page their Documentation= names. Any complaint fails:
# verify exits 0 after an unknown key or a bad value.
# Usage: test_systemd_units.sh UNIT_DIR MAN_PAGE TOKENDOCK
set -u
units=$1
man_page=$2
binary=$3
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/man/man1" "$scratch/runtime"
chmod 700 "$scratch/runtime"
cp "$man_page" "$scratch/man/man1/tokendock.1"

grep -qx "ExecStart=$binary check --all --notify" "$units/tokendock-check.service" || {
    echo "ExecStart does not run $binary check --all --notify"
    exit 1
}
out=$(MANPATH="$scratch/man" XDG_RUNTIME_DIR="$scratch/runtime" systemd-analyze --user verify \
    "$units/tokendock-check.service" "$units/tokendock-check.timer" 2>&1)
status=$?
if [ $status -ne 0 ] || [ -n "$out" ]; then
    printf '%s\n' "$out"
    echo "systemd-analyze verify: exit $status"
    exit 1
fi
echo "tokendock-check.service and tokendock-check.timer verified"
