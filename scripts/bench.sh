#!/bin/bash
# scripts/bench.sh - speed and memory of articled on the WCXB development pages.
#
# usage: BUILD=build SHARED=../shared scripts/bench.sh [ROUNDS]
# 1. `articled bench` parses every page from memory ROUNDS times (default 3)
#    three ways (libxml2 alone, pipeline without entities and figures,
#    whole pipeline), pages interleaved, CPU time; ratio target >= 0.6.
# 2. The pages are decompressed to a temp directory and ONE `articled parse`
#    process parses all of them (NDJSON); its peak RSS is measured with
#    getrusage (target: <= 50 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
ROUNDS=${1:-3}
bin=$BUILD/articled
pages=$SHARED/corpus/wcxb-dev-articles/html
if ! ls "$pages"/*.html.gz >/dev/null 2>&1; then
    echo "bench: no pages in $pages (is ../shared beside the checkout?)" >&2
    exit 1
fi

echo "== articled bench --rounds $ROUNDS ($pages)"
"$bin" bench --rounds "$ROUNDS" "$pages"/*.html.gz

tmp=$(mktemp -d "${TMPDIR:-/tmp}/articled-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
for f in "$pages"/*.html.gz; do
    gzip -dc "$f" >"$tmp/$(basename "$f" .gz)"
done

echo
echo "== one articled parse process over every page"
python3 - "$bin" "$tmp" <<'PY'
import glob, os, resource, subprocess, sys, time
bin, d = sys.argv[1], sys.argv[2]
files = sorted(glob.glob(os.path.join(d, "*.html")))
size = sum(os.path.getsize(f) for f in files)
t0 = time.monotonic()
p = subprocess.run([bin, "parse"] + files, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
dt = time.monotonic() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
lines = p.stdout.count(b"\n")
rss_mb = ru.ru_maxrss / 1024.0
print("%-34s %12s" % ("measure", "value"))
print("%-34s %12d" % ("pages", len(files)))
print("%-34s %12.1f" % ("input MB", size / 1e6))
print("%-34s %12d" % ("JSON lines out", lines))
print("%-34s %12d" % ("exit status", p.returncode))
print("%-34s %12.2f" % ("wall time s", dt))
print("%-34s %12.2f" % ("user CPU s", ru.ru_utime))
print("%-34s %12.1f" % ("pages/s (wall, incl. JSON out)", len(files) / dt))
print("%-34s %12.1f  %s" % ("peak RSS MB", rss_mb, "ok (<= 50)" if rss_mb <= 50 else "OVER the 50 MB target"))
if p.returncode != 0:
    sys.stderr.write(p.stderr.decode("utf-8", "replace")[-2000:])
sys.exit(0 if p.returncode == 0 and lines == len(files) else 1)
PY
