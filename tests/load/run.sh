#!/bin/bash
# tests/load/run.sh - load and fault scenarios of `articled serve`.
#
# usage: BUILD=build tests/load/run.sh [SCENARIO...]
# Runs tests/load/load.py for overload, slowloris, sigterm and soak (all by
# default), each against its own server on 127.0.0.1 and each bounded in
# time; the figures are written to $BUILD/load/SCENARIO.json. Ends with
# "N passed, N failed" (make test-load; CI runs it after make test).
set -u
cd "$(dirname "$0")/../.." || exit 2
BUILD=${BUILD:-build}
bin=$BUILD/articled
scenarios=("$@")
[ ${#scenarios[@]} -eq 0 ] && scenarios=(overload slowloris sigterm soak)
mkdir -p "$BUILD/load"
passed=0
failed=0
for s in "${scenarios[@]}"; do
    echo "== load: $s"
    out=$(timeout 1200 python3 tests/load/load.py "$bin" "$s" --json "$BUILD/load/$s.json" 2>&1)
    rc=$?
    printf '%s\n' "$out" | grep -v '^load-counts:'
    counts=$(printf '%s\n' "$out" | sed -n 's/^load-counts: //p' | tail -1)
    if [ -z "$counts" ]; then
        echo "FAIL load $s: died (exit $rc) without a summary"
        failed=$((failed + 1))
    else
        set -- $counts
        passed=$((passed + $1))
        failed=$((failed + $2))
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
