#!/bin/bash
# tests/run.sh - runs every test of articled and ends with "N passed, N failed".
#
# usage: BUILD=build SHARED=../shared tests/run.sh
# Runs, in order: each Check suite $BUILD/tests/check_* (counts from its
# "ad-test-counts:" line; a suite that dies without one counts as one
# failure), the golden cases in tests/cases/, the CLI checks in tests/cli/,
# the seed article check from $SHARED (skipped with a note when $SHARED
# is absent), the HTTP server end to end (tests/server/test_server.py), and
# fetching by URL against the project's own loopback test pages
# (tests/fetch/test_fetch.py), the bad-input table (tests/bad-inputs/),
# then the hardening passes: this whole list again on the ASan + UBSan
# build in $ASAN_BUILD (default build-asan; skipped when it is not built, and
# when this run is that pass: AD_SANITIZER_PASS=1), valgrind memcheck over
# the parser (tests/valgrind.sh), and each libFuzzer target for
# $FUZZ_SECONDS (default 60) from $FUZZ_BUILD (default build-fuzz; fuzz/run.sh).
# Exits non-zero when anything failed.
set -u
cd "$(dirname "$0")/.." || exit 2
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
bin=$BUILD/articled
passed=0
failed=0

add() {
    passed=$((passed + $1))
    failed=$((failed + $2))
}

# Lines of a sub-runner are shown except its counts line, which is added up.
absorb() {
    local tag=$1 out=$2 rc=$3 counts
    printf '%s\n' "$out" | grep -v "^$tag-counts:" | grep -v '^$'
    counts=$(printf '%s\n' "$out" | sed -n "s/^$tag-counts: //p" | tail -1)
    if [ -z "$counts" ]; then
        echo "FAIL $tag: runner died (exit $rc) without a summary"
        add 0 1
    else
        # shellcheck disable=SC2086
        add $counts
    fi
}

[ -x "$bin" ] || { echo "tests/run.sh: $bin is not built (run make)"; echo "0 passed, 1 failed"; exit 1; }

echo "== unit suites"
for t in "$BUILD"/tests/check_*; do
    [ -x "$t" ] || continue
    name=$(basename "$t")
    out=$(CK_VERBOSITY=${CK_VERBOSITY:-normal} timeout 900 "$t" 2>&1)
    rc=$?
    counts=$(printf '%s\n' "$out" | sed -n 's/^ad-test-counts: //p')
    printf '%s\n' "$out" | grep -v '^ad-test-counts:' | grep -v '^Running suite' |
        sed "s/^/$name: /"
    if [ -z "$counts" ]; then
        echo "FAIL $name: died (exit $rc) before reporting"
        add 0 1
    else
        # shellcheck disable=SC2086
        add $counts
    fi
done

echo "== golden cases"
out=$(python3 tests/cases.py "$bin" tests/cases 2>&1)
absorb cases "$out" $?

echo "== command line"
out=$(tests/cli/run.sh "$bin" 2>&1)
absorb cli "$out" $?

echo "== seed article"
# Every check of check.py counts: metadata, paragraphs, entities and trade
# figures.
seed=$SHARED/fixtures/seed
if [ ! -f "$seed/article.html" ] || [ ! -f "$seed/check.py" ]; then
    echo "note: $seed is missing; seed article checks skipped"
else
    # Twice: with the page's URL (as `parse --url` and GET ?url= give it)
    # and without one (as a bare `curl --data-binary @page.html` POST does).
    seed_url=https://www.chinadaily.com.cn/a/202509/29/WS68d9c8f1a310f735438b2d1e.html
    for how in with-url without-url; do
        urlarg=()
        [ "$how" = with-url ] && urlarg=(--url "$seed_url")
        tmp=$(mktemp "${TMPDIR:-/tmp}/articled-seed.XXXXXX.json")
        if ! timeout 60 "$bin" parse "${urlarg[@]}" "$seed/article.html" >"$tmp" 2>"$tmp.err"; then
            echo "FAIL seed ($how): articled parse failed: $(head -c 300 "$tmp.err")"
            add 0 1
        else
            out=$(python3 "$seed/check.py" "$tmp" 2>&1)
            sp=0 sf=0
            while IFS= read -r line; do
                case $line in
                "ok   "* | "FAIL "*) ;;
                *) continue ;;
                esac
                echo "seed ($how): $line"
                case $line in
                "ok   "*) sp=$((sp + 1)) ;;
                *) sf=$((sf + 1)) ;;
                esac
            done <<<"$out"
            echo "seed ($how): $sp passed, $sf failed"
            add "$sp" "$sf"
        fi
        rm -f "$tmp" "$tmp.err"
    done
fi

echo "== OpenAPI lint"
# Redocly's CLI, installed from npm into $BUILD/tools on first use. The
# sanitizer pass skips it: it does not depend on the build.
if [ "${AD_SANITIZER_PASS:-0}" = 1 ]; then
    echo "note: skipped in the sanitizer pass"
elif out=$(BUILD=$BUILD timeout 600 scripts/lint-openapi.sh 2>&1); then
    printf '%s\n' "$out" | tail -3
    echo "ok   openapi.yaml passes redocly lint (rules: redocly.yaml)"
    add 1 0
else
    printf '%s\n' "$out" | tail -20
    echo "FAIL openapi.yaml: redocly lint"
    add 0 1
fi

echo "== HTTP server"
out=$(timeout 900 python3 tests/server/test_server.py --counts "$bin" "$SHARED" 2>&1)
absorb server "$out" $?

echo "== fetching by URL (loopback test pages)"
out=$(timeout 900 python3 tests/fetch/test_fetch.py --counts "$bin" 2>&1)
absorb fetch "$out" $?

echo "== bad inputs (CLI and HTTP)"
out=$(timeout 1200 python3 tests/bad-inputs/run.py --counts "$bin" 2>&1)
absorb bad "$out" $?

if [ "${AD_SANITIZER_PASS:-0}" = 1 ]; then
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
fi

ASAN_BUILD=${ASAN_BUILD:-build-asan}
echo "== everything above again under AddressSanitizer + UndefinedBehaviorSanitizer ($ASAN_BUILD)"
if [ ! -x "$ASAN_BUILD/articled" ]; then
    echo "FAIL sanitizers: $ASAN_BUILD/articled is not built (make test builds it)"
    add 0 1
else
    # Leaks count as errors; the CLI and HTTP checks get longer timeouts.
    out=$(ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 CK_TIMEOUT_MULTIPLIER=4 \
        CLI_TIMEOUT=300 BAD_INPUTS_SLOW=4 AD_SANITIZER_PASS=1 BUILD=$ASAN_BUILD SHARED=$SHARED \
        timeout 2400 tests/run.sh 2>&1)
    rc=$?
    printf '%s\n' "$out" | grep -E '^(FAIL|==)|FAIL |ERROR: |runtime error' | sed 's/^/asan: /'
    counts=$(printf '%s\n' "$out" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' | tail -1)
    if [ -z "$counts" ]; then
        echo "FAIL sanitizers: the ASan run died (exit $rc) without a summary"
        printf '%s\n' "$out" | tail -20
        add 0 1
    else
        # shellcheck disable=SC2086
        echo "asan: $(set -- $counts; echo "$1 passed, $2 failed")"
        # shellcheck disable=SC2086
        add $counts
    fi
fi

echo "== valgrind memcheck (parser, sample of pages)"
out=$(BUILD=$BUILD SHARED=$SHARED timeout 1200 tests/valgrind.sh 2>&1)
absorb valgrind "$out" $?

FUZZ_BUILD=${FUZZ_BUILD:-build-fuzz}
echo "== fuzzing (libFuzzer, ${FUZZ_SECONDS:-60} s per target)"
out=$(BUILD=$FUZZ_BUILD SHARED=$SHARED timeout 3600 fuzz/run.sh 2>&1)
absorb fuzz "$out" $?

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
