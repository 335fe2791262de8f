#!/bin/bash
# bench-server.sh - HTTP throughput of `articled serve` against the
# in-process parse rate, measured in one run (a benchmark, not a test).
#
# usage: scripts/bench-server.sh [SHARED_DIR] [SECONDS]
# For the seed page and one large real page: wrk on loopback POSTing the page
# for SECONDS (default 20), requests/s, p50/p99 latency, errors, peak RSS;
# `articled bench` on the same page for the single-thread in-process rate;
# and their ratio per worker. Then a soak: RSS after warm-up and after
# 100,000 more requests.
set -eu
cd "$(dirname "$0")/.."
shared=${1:-../shared}
secs=${2:-20}
workers=${ARTICLED_WORKERS:-$(nproc)}
bin=build/articled
scripts/deps.sh bench >/dev/null
tmp=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$tmp"' EXIT

seed="$shared/fixtures/seed/article.html"
# The largest page of the WCXB sample stands for a long real article.
large_gz=$(ls -S "$shared"/corpus/wcxb-dev-articles/html/*.html.gz | head -1)
gzip -dc "$large_gz" > "$tmp/large.html"

$bin serve --bind 127.0.0.1 --port 0 --workers "$workers" --queue 256 2>"$tmp/serve.log" &
pid=$!
for _ in $(seq 50); do grep -q listening "$tmp/serve.log" && break; sleep 0.1; done
port=$(grep -o 'port [0-9]*' "$tmp/serve.log" | head -1 | cut -d' ' -f2)

cat > "$tmp/post.lua" <<'LUA'
local f = io.open(os.getenv("PAGE"), "rb")
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/html"
LUA

rss_kb() { awk '/^VmRSS/{print $2}' /proc/$pid/status; }
hwm_kb() { awk '/^VmHWM/{print $2}' /proc/$pid/status; }

printf '%-10s %9s %9s %9s %8s %7s %10s %9s %11s\n' page "KiB" "req/s" "p50 ms" "p99 ms" errors "in-proc/s" "x workers" "ratio/work"
for name in seed large; do
    page=$seed; [ $name = large ] && page=$tmp/large.html
    kib=$(( $(stat -c %s "$page") / 1024 ))
    inproc=$($bin bench --rounds 50 --json "$page" | python3 -c 'import json,sys; print("%.1f" % json.load(sys.stdin)["pipeline_pages_per_s"])')
    PAGE=$page wrk -t2 -c$((workers * 8)) -d"${secs}s" --latency -s "$tmp/post.lua" "http://127.0.0.1:$port/v1/articles" > "$tmp/wrk.txt"
    rps=$(awk '/^Requests\/sec/{print $2}' "$tmp/wrk.txt")
    p50=$(awk '$1=="50%"{print $2}' "$tmp/wrk.txt")
    p99=$(awk '$1=="99%"{print $2}' "$tmp/wrk.txt")
    errs=$(awk '/Non-2xx/{print $NF}' "$tmp/wrk.txt"); errs=${errs:-0}
    sockerr=$(awk '/Socket errors/{print $0}' "$tmp/wrk.txt")
    python3 - "$name" "$kib" "$rps" "$p50" "$p99" "$errs" "$inproc" "$workers" <<'PY'
import sys, re
name, kib, rps, p50, p99, errs, inproc, workers = sys.argv[1:]
def ms(v):
    m = re.match(r"([\d.]+)(us|ms|s)", v)
    f = float(m.group(1)); u = m.group(2)
    return f / 1000 if u == "us" else f * 1000 if u == "s" else f
rps = float(rps); inproc = float(inproc); w = int(workers)
print("%-10s %9s %9.0f %9.2f %8.2f %7s %10.0f %9.0f %11.2f" % (name, kib, rps, ms(p50), ms(p99), errs, inproc, inproc * w, rps / (inproc * w)))
PY
    [ -n "$sockerr" ] && echo "  ($sockerr)"
done
echo "peak RSS during the runs: $(( $(hwm_kb) / 1024 )) MiB"

# Soak: RSS after a warm-up, then after 100,000 more requests of the seed.
PAGE=$seed wrk -t2 -c$((workers * 4)) -d5s -s "$tmp/post.lua" "http://127.0.0.1:$port/v1/articles" >/dev/null
warm=$(rss_kb)
done_reqs=0
while [ $done_reqs -lt 100000 ]; do
    PAGE=$seed wrk -t2 -c$((workers * 4)) -d10s -s "$tmp/post.lua" "http://127.0.0.1:$port/v1/articles" > "$tmp/wrk.txt"
    n=$(awk '/requests in/{print $1}' "$tmp/wrk.txt")
    done_reqs=$((done_reqs + n))
done
after=$(rss_kb)
python3 -c "import sys; w,a,n=map(int,sys.argv[1:]); print('soak: RSS %.1f MiB after warm-up, %.1f MiB after %d more requests (%+.1f%%)' % (w/1024, a/1024, n, (a-w)*100.0/w))" "$warm" "$after" "$done_reqs"
kill -TERM $pid; wait $pid && echo "server drained and exited 0"
exit 0
