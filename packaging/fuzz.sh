#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets (clang, ASan+UBSan) and runs each one over its
# committed seed corpus for a bounded time.
#
#   packaging/fuzz.sh [SECONDS]    default 30 s per target; e.g. 600 for a long run
#
# New inputs go to a scratch folder, so the committed corpus stays as it is;
# a crash leaves its input in build/fuzz/artifacts and fails the script.
set -eu
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$ROOT"
SECONDS_PER_TARGET=${1:-30}

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

mkdir -p build/fuzz/artifacts
status=0
for target in tokeninspector tokenresponse accountsfile accountimport carriercatalog presetfile textpolicy pastedcredentials jwks jwtsignature; do
    scratch=$(mktemp -d)
    log=build/fuzz/fuzz_$target.log
    if ./build/fuzz/tests/fuzz/fuzz_$target "$scratch" "tests/fuzz/corpus/$target" \
        -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix=build/fuzz/artifacts/$target- >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        echo "fuzz_$target: $runs executions in ${SECONDS_PER_TARGET} s, no crash"
    else
        echo "fuzz_$target: FAILED, see $log"
        tail -40 "$log"
        status=1
    fi
    rm -rf "$scratch"
done
exit $status
