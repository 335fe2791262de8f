#!/bin/bash
# fuzz/run.sh - replays the fuzz regression cases, then fuzzes each target.
#
# usage: BUILD=build-fuzz SHARED=../shared FUZZ_SECONDS=60 FUZZ_JOBS=2 fuzz/run.sh [TARGET...]
# Expects the targets built in $BUILD/fuzz/ (make fuzz-build). Seeds are
# built once into $BUILD/fuzz-seeds/ (fuzz/build-corpus.py); what a run
# finds stays in $BUILD/fuzz-corpus/TARGET for the next run, and a crash
# leaves its input in $BUILD/fuzz-crashes/ - copy it into
# tests/fuzz-regressions/TARGET/ once fixed. Each replay of
# tests/fuzz-regressions/TARGET and each fuzzing run is one check; ends with
# "fuzz-counts: PASSED FAILED".
set -u
cd "$(dirname "$0")/.." || exit 2
BUILD=${BUILD:-build-fuzz}
SHARED=${SHARED:-../shared}
secs=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-2}
passed=0
failed=0
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for f in fuzz/fuzz_*.c; do
        t=$(basename "$f" .c)
        targets+=("${t#fuzz_}")
    done
fi

# Per-target input size caps: whole pages for the pipeline, a paragraph for
# the quantity scanners.
max_len() {
    case $1 in
    html | text) echo 262144 ;;
    quantity) echo 4096 ;;
    *) echo 65536 ;;
    esac
}

seeds=$BUILD/fuzz-seeds
if [ ! -d "$seeds/html" ]; then
    rm -rf "$seeds.tmp"
    python3 fuzz/build-corpus.py "$SHARED" "$seeds.tmp" >/dev/null && mv "$seeds.tmp" "$seeds"
fi
mkdir -p "$BUILD/fuzz-crashes" "$BUILD/fuzz-logs"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

for t in "${targets[@]}"; do
    bin=$BUILD/fuzz/fuzz_$t
    if [ ! -x "$bin" ]; then
        echo "FAIL fuzz $t: $bin is not built (make fuzz-build)"
        failed=$((failed + 1))
        continue
    fi
    reg=tests/fuzz-regressions/$t
    if [ -d "$reg" ] && [ -n "$(ls -A "$reg")" ]; then
        n=$(ls "$reg" | wc -l)
        if timeout 600 "$bin" -rss_limit_mb=4096 -timeout=60 "$reg"/* >"$BUILD/fuzz-logs/$t-replay.log" 2>&1; then
            echo "ok   fuzz $t: $n regression inputs replay cleanly"
            passed=$((passed + 1))
        else
            echo "FAIL fuzz $t: a regression input fails again:"
            grep -E 'ERROR|SUMMARY|Running:|runtime error' "$BUILD/fuzz-logs/$t-replay.log" | head -8
            failed=$((failed + 1))
        fi
    fi
done

# One fuzzing run, in the background; its result is read by finish().
start() {
    local t=$1 bin=$BUILD/fuzz/fuzz_$1
    [ -x "$bin" ] || return
    mkdir -p "$BUILD/fuzz-corpus/$t"
    rm -f "$BUILD/fuzz-crashes/$t-"*
    (
        timeout $((secs + 300)) "$bin" -max_total_time="$secs" -max_len="$(max_len "$t")" \
            -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix="$BUILD/fuzz-crashes/$t-" \
            "$BUILD/fuzz-corpus/$t" "$seeds/$t" >"$BUILD/fuzz-logs/$t.log" 2>&1
        echo $? >"$BUILD/fuzz-logs/$t.rc"
    ) &
}

finish() {
    local t=$1 log=$BUILD/fuzz-logs/$1.log rc
    [ -x "$BUILD/fuzz/fuzz_$t" ] || return
    rc=$(cat "$BUILD/fuzz-logs/$t.rc" 2>/dev/null || echo 99)
    local runs cov
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1)
    if [ "$rc" -eq 0 ] && [ -z "$(ls "$BUILD/fuzz-crashes/$t-"* 2>/dev/null)" ]; then
        echo "ok   fuzz $t: ${secs}s, ${runs:-?} inputs, ${cov:-cov: ?}, no crash"
        passed=$((passed + 1))
    else
        echo "FAIL fuzz $t: exit $rc after ${runs:-?} inputs; input in $BUILD/fuzz-crashes/:"
        grep -E 'ERROR|SUMMARY|runtime error|#[0-9] ' "$log" | head -14
        failed=$((failed + 1))
    fi
}

running=()
for t in "${targets[@]}"; do
    start "$t"
    running+=("$t")
    if [ ${#running[@]} -ge "$jobs" ]; then
        wait
        for r in "${running[@]}"; do finish "$r"; done
        running=()
    fi
done
wait
for r in "${running[@]}"; do finish "$r"; done
echo "fuzz-counts: $passed $failed"
[ "$failed" -eq 0 ]
