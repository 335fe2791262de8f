#!/bin/bash
# tests/valgrind.sh - valgrind memcheck over the parser on a sample of pages.
#
# usage: BUILD=build SHARED=../shared VALGRIND_PAGES=16 tests/valgrind.sh
# Runs `articled parse` once over a sample of corpus pages (every Nth page
# of the wcxb corpus and of the readability corpus, plus the golden cases),
# and once in text mode, under memcheck. Each run passes when memcheck
# reports zero errors and zero bytes definitely lost. Ends with
# "valgrind-counts: PASSED FAILED".
set -u
cd "$(dirname "$0")/.." || exit 2
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
n=${VALGRIND_PAGES:-16}
bin=$BUILD/articled
tmp=$(mktemp -d "${TMPDIR:-/tmp}/articled-vg.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

files=()
mapfile -t wc < <(ls "$SHARED"/corpus/wcxb-dev-articles/html/*.html.gz 2>/dev/null)
mapfile -t rd < <(ls "$SHARED"/corpus/readability/pages/*/source.html 2>/dev/null)
if [ ${#wc[@]} -gt 0 ]; then
    step=$(( ${#wc[@]} / (n / 2) + 1 ))
    for ((i = 0; i < ${#wc[@]}; i += step)); do
        out=$tmp/w$i.html
        gzip -dc "${wc[$i]}" >"$out" && files+=("$out")
    done
fi
if [ ${#rd[@]} -gt 0 ]; then
    step=$(( ${#rd[@]} / (n / 2) + 1 ))
    for ((i = 0; i < ${#rd[@]}; i += step)); do files+=("${rd[$i]}"); done
fi
for f in tests/cases/*/input.html; do files+=("$f"); done

# memcheck RUN-NAME ARGS...: one check.
memcheck() {
    local name=$1
    shift
    local log=$tmp/$name.log
    timeout 900 valgrind --tool=memcheck --error-exitcode=99 --leak-check=full \
        --show-leak-kinds=definite --errors-for-leak-kinds=definite --track-origins=no \
        --log-file="$log" "$bin" "$@" >/dev/null 2>"$tmp/$name.err"
    local rc=$?
    local errs lost
    errs=$(sed -n 's/.*ERROR SUMMARY: \([0-9]*\) errors.*/\1/p' "$log" | tail -1)
    lost=$(sed -n 's/.*definitely lost: \([0-9,]*\) bytes.*/\1/p' "$log" | tail -1)
    lost=${lost:-0}
    if [ "$rc" -ne 99 ] && [ "$rc" -ne 124 ] && [ "${errs:-x}" = 0 ] && [ "$lost" = 0 ]; then
        echo "ok   valgrind $name: 0 errors, 0 bytes definitely lost"
        passed=$((passed + 1))
    else
        echo "FAIL valgrind $name: exit $rc, ${errs:-?} errors, ${lost} bytes definitely lost"
        grep -E 'Invalid|uninitialised|definitely lost|at 0x|by 0x' "$log" | head -20
        failed=$((failed + 1))
    fi
}

echo "valgrind: memcheck over ${#files[@]} pages (corpus sample and golden cases)"
memcheck html parse --url https://example.com/news/story.html "${files[@]}"
# Text mode, over a story made of the first page's text.
printf 'Exports rose 12.5%% to $3.2 billion in the first half of 2025.\n\nBeijing said on Monday the talks with Washington would go on, according to Xinhua.\n' >"$tmp/story.txt"
memcheck text parse --text "$tmp/story.txt"
echo "valgrind-counts: $passed $failed"
[ "$failed" -eq 0 ]
