#!/bin/bash
# tests/cli/run.sh - bad-input checks of `articled parse`, one line each.
#
# usage: tests/cli/run.sh ARTICLED
# Every check runs under `timeout` and asserts the exit status, a pattern on
# stderr and a property of stdout. Big inputs are generated here, in a temp
# directory, never committed. Ends with "cli-counts: PASSED FAILED".
set -u
bin=${1:?usage: run.sh ARTICLED}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/articled-cli.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
# Sanitizer builds are several times slower; their callers raise this.
limit=${CLI_TIMEOUT:-60}

# check NAME EXIT STDERR_REGEX STDOUT_CHECK CMD...
#   STDERR_REGEX: grep -E pattern stderr must match ("" = anything)
#   STDOUT_CHECK: "" (anything), "empty", "json" (one JSON object with every
#   contract key), "ndjson:N" (N objects with "source"), or "py:EXPR" (a
#   Python expression over o, the parsed object)
check() {
    local name=$1 want=$2 errpat=$3 outchk=$4
    shift 4
    local rc problem=""
    timeout "$limit" "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ $rc -eq 124 ]; then
        problem="timed out after ${limit}s"
    elif [ $rc -ge 128 ]; then
        problem="killed by signal $((rc - 128))"
    elif [ "$rc" -ne "$want" ]; then
        problem="exit $rc, want $want ($(head -c 200 "$tmp/err"))"
    elif [ -n "$errpat" ] && ! grep -qE -- "$errpat" "$tmp/err"; then
        problem="stderr does not match /$errpat/: $(head -c 200 "$tmp/err")"
    elif [ -n "$outchk" ]; then
        problem=$(python3 - "$tmp/out" "$outchk" <<'PY'
import json, sys
path, chk = sys.argv[1], sys.argv[2]
data = open(path, "rb").read()
KEYS = ["url", "canonical_url", "title", "description", "authors", "publisher", "published",
        "modified", "language", "section", "keywords", "image", "paragraphs", "text",
        "word_count", "entities", "trade_figures"]
try:
    if chk == "empty":
        assert data == b"", "stdout not empty: %r" % data[:100]
    elif chk == "json":
        o = json.loads(data)
        missing = [k for k in KEYS if k not in o]
        assert not missing, "keys missing: %s" % missing
    elif chk.startswith("ndjson:"):
        lines = data.decode("utf-8").splitlines()
        assert len(lines) == int(chk[7:]), "%d lines" % len(lines)
        for line in lines:
            o = json.loads(line)
            assert "source" in o and all(k in o for k in KEYS), "object without source/keys"
    elif chk.startswith("py:"):
        o = json.loads(data)
        assert eval(chk[3:], {"o": o}), "false: %s" % chk[3:]
except Exception as e:
    print(str(e)[:300])
PY
)
    fi
    if [ -z "$problem" ]; then
        passed=$((passed + 1))
        echo "ok   cli $name"
    else
        failed=$((failed + 1))
        echo "FAIL cli $name  -- $problem"
    fi
}

# nested N: <div>*N <p>deep</p> </div>*N, written by a tiny Python loop.
nested() {
    python3 -c "import sys; n=int(sys.argv[1]); w=sys.stdout.write
w('<html><body><p>before the deep part</p>'); w('<div>'*n); w('<p>deep</p>'); w('</div>'*n)
w('<p>after the deep part</p></body></html>')" "$1"
}

: >"$tmp/empty.html"
head -c 65536 /dev/urandom >"$tmp/binary.bin"
printf '\0\0\0\x01\x02binary\0' >>"$tmp/binary.bin"
printf '<html><head><title>Cut</title></head><body><article><p>Some text that is cut off in the mid' >"$tmp/truncated.html"
printf '<div class="' >>"$tmp/truncated.html"
nested 100000 >"$tmp/nested100k.html"
nested 1000000 >"$tmp/nested1m.html"
# 20 MB of valid HTML (a 10 MiB cap by default must refuse it).
python3 -c "import sys; [sys.stdout.write('<p>' + 'Some words of a long article. ' * 40 + '</p>\\n') for _ in range(17000)]" >"$tmp/big.html"
printf '<p>caf\xe9 \xff\xfe \xe4\xb8 ok</p>' >"$tmp/invalid.html"
printf '<meta charset="utf-8"><p>\xe4\xb8\xad \xff\xfe \xe4\xb8 ok</p>' >"$tmp/invalid8.html"
printf '<meta charset="iso-8859-1"><p>Caf\xc3\xa9 cr\xc3\xa8me</p>' >"$tmp/wrongcs.html"
printf '<html><body><nav><a href="/">Home</a> <a href="/w">World</a></nav><footer>(c) 2025</footer></body></html>' >"$tmp/noarticle.html"
printf '<p>one</p>' >"$tmp/a.html"
printf '<p>two</p>' >"$tmp/b.html"
printf '<p>12345</p>' >"$tmp/ten.html" # exactly 12 bytes
mkdir "$tmp/dir"

check "empty file" 0 "" "py:o['paragraphs'] == [] and o['text'] == '' and o['word_count'] == 0" \
    "$bin" parse "$tmp/empty.html"
check "empty stdin" 0 "" json "$bin" parse - <"$tmp/empty.html"
check "binary bytes" 0 "" json "$bin" parse "$tmp/binary.bin"
check "truncated html" 0 "" "py:'Some text that is cut off' in o['text']" \
    "$bin" parse "$tmp/truncated.html"
check "100,000 nested divs" 0 "" "py:'after the deep part' in o['text']" \
    "$bin" parse "$tmp/nested100k.html"
check "1,000,000 nested divs" 0 "" "py:'after the deep part' in o['text']" \
    "$bin" parse --max-bytes 20MiB "$tmp/nested1m.html"
check "1,000,000 nested divs over the default cap" 1 "nested1m.html: input is larger than the limit of 10485760 bytes" empty \
    "$bin" parse "$tmp/nested1m.html"
check "20 MB file refused" 1 "big.html: input is larger than the limit of 10485760 bytes \\(see --max-bytes\\)" empty \
    "$bin" parse "$tmp/big.html"
check "20 MB on stdin refused" 1 "<stdin>: input is larger than the limit" empty \
    "$bin" parse - <"$tmp/big.html"
check "20 MB accepted with --max-bytes 30M" 0 "" json \
    "$bin" parse --max-bytes 30M "$tmp/big.html"
check "input exactly at --max-bytes" 0 "" "py:o['text'] == '12345'" \
    "$bin" parse --max-bytes 12 "$tmp/ten.html"
check "input one byte over --max-bytes" 1 "limit of 11 bytes" empty \
    "$bin" parse --max-bytes 11 "$tmp/ten.html"
# Undeclared and not UTF-8: windows-1252, the last resort of the order.
check "invalid utf-8, undeclared" 0 "" "py:o['text'] == 'caf\u00e9 \u00ff\u00fe \u00e4\u00b8 ok'" \
    "$bin" parse "$tmp/invalid.html"
# Declared (or evidently) UTF-8 with stray bytes: each bad byte is U+FFFD.
check "invalid utf-8, declared" 0 "" "py:o['text'] == '\u4e2d \ufffd\ufffd \ufffd\ufffd ok'" \
    "$bin" parse "$tmp/invalid8.html"
check "wrong declared charset" 0 "" "py:o['text'] == 'Caf\u00e9 cr\u00e8me'" \
    "$bin" parse "$tmp/wrongcs.html"
check "--charset overrides meta" 0 "" "py:o['text'] == 'Caf\u00e9 cr\u00e8me'" \
    "$bin" parse --charset windows-1251 "$tmp/wrongcs.html"
check "page with no article" 0 "" "py:o['paragraphs'] == [] and o['text'] == ''" \
    "$bin" parse "$tmp/noarticle.html"
check "nonexistent file" 1 "no-such-file.html: cannot open: No such file" empty \
    "$bin" parse "$tmp/no-such-file.html"
check "directory as file" 1 "dir: read error" empty "$bin" parse "$tmp/dir"
check "unknown option" 2 "unrecognized option|usage:" empty "$bin" parse --frobnicate "$tmp/a.html"
check "bad --max-bytes (word)" 2 "--max-bytes: \"abc\" is not a size" empty \
    "$bin" parse --max-bytes abc "$tmp/a.html"
check "bad --max-bytes (zero)" 2 "--max-bytes" empty "$bin" parse --max-bytes 0 "$tmp/a.html"
check "bad --max-bytes (negative)" 2 "--max-bytes" empty "$bin" parse --max-bytes -5 "$tmp/a.html"
check "bad --max-bytes (unit)" 2 "--max-bytes" empty "$bin" parse --max-bytes 10XB "$tmp/a.html"
check "bad --max-bytes (overflow)" 2 "--max-bytes" empty \
    "$bin" parse --max-bytes 99999999999999999999999 "$tmp/a.html"
check "unknown --charset" 2 "unknown character set \"klingon\"" empty \
    "$bin" parse --charset klingon "$tmp/a.html"
check "unknown --fields" 2 "unknown field \"bogus\"" empty "$bin" parse --fields bogus "$tmp/a.html"
check "missing option argument" 2 "" empty "$bin" parse "$tmp/a.html" --url
check "several files: NDJSON with source" 0 "" ndjson:2 "$bin" parse "$tmp/a.html" "$tmp/b.html"
check "several files: sources in order" 0 "" \
    "" "$bin" parse "$tmp/a.html" "$tmp/b.html"
if [ "$(sed -n 's/.*"source":"\([^"]*\)".*/\1/p' "$tmp/out" | tr '\n' ' ')" != "$tmp/a.html $tmp/b.html " ]; then
    failed=$((failed + 1)); echo "FAIL cli NDJSON sources  -- $(head -c 300 "$tmp/out")"
else
    passed=$((passed + 1)); echo "ok   cli NDJSON sources"
fi
check "several files, one missing: exit 1, others printed" 1 "missing.html: cannot open" ndjson:2 \
    "$bin" parse "$tmp/a.html" "$tmp/missing.html" "$tmp/b.html"
check "--pretty" 0 "" json "$bin" parse --pretty "$tmp/a.html"
check "--text" 0 "" "py:[p['text'] for p in o['paragraphs']] == ['<p>one</p>']" \
    "$bin" parse --text "$tmp/a.html"
check "--fields metadata,text" 0 "" "py:'paragraphs' not in o and 'title' in o and o['text'] == 'one'" \
    "$bin" parse --fields metadata,text "$tmp/a.html"
check "--url" 0 "" "py:o['url'] == 'https://example.com/x'" \
    "$bin" parse --url https://example.com/x "$tmp/a.html"
check "--help" 0 "" "" "$bin" parse --help
if ! grep -q -- "--max-bytes SIZE" "$tmp/out"; then
    failed=$((failed + 1)); echo "FAIL cli --help lists --max-bytes"
else
    passed=$((passed + 1)); echo "ok   cli --help lists --max-bytes"
fi
check "no command" 2 "usage: articled COMMAND" empty "$bin"
check "unknown command" 2 "unknown command \"frob\"" empty "$bin" frob
if [ -w /dev/full ]; then
    check "write error (/dev/full)" 1 "writing the output failed" "" \
        sh -c '"$0" parse "$1" >/dev/full' "$bin" "$tmp/a.html"
fi

echo "cli-counts: $passed $failed"
[ "$failed" -eq 0 ]
