#!/usr/bin/env python3
"""Load and fault tests of `articled serve`, on loopback only, bounded in time.

usage: load.py ARTICLED SCENARIO [--json OUT]
Scenarios (each starts its own server on 127.0.0.1 with a free port):
  overload   4x capacity (workers + queue) of concurrent clients for 20 s:
             only 200 and 503 answers, no crash, p99 of the accepted
             requests within the request timeout
  slowloris  500 connections that trickle a header byte now and then, held
             for 10 s: a normal client is answered within 1 s throughout
  sigterm    SIGTERM in the middle of load: requests in flight complete,
             new connections are refused, exit status 0
  soak       200,000 requests with wrk (SOAK_REQUESTS to change): resident
             memory grows less than 10 % after warm-up
Prints "ok"/"FAIL" lines with the measured figures; with --json, the
figures go to OUT too. Exit status 0 when every check passed.
"""
import asyncio
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time

BIN = os.path.abspath(sys.argv[1])
SCENARIO = sys.argv[2]
OUT = sys.argv[sys.argv.index("--json") + 1] if "--json" in sys.argv else None
WORKERS, QUEUE, TIMEOUT_S = 2, 8, 2.0
CAPACITY = WORKERS + QUEUE
results = []
figures = {}


def check(name, ok, detail=""):
    results.append(bool(ok))
    print(("ok   " if ok else "FAIL ") + name + ("" if ok or not detail else "  -- " + str(detail)[:300]))
    sys.stdout.flush()


def article(paras=40):
    """A synthetic news page (about 20 KiB): generated, never committed."""
    ps = "".join(
        "<p>Exports from Guangdong rose %d.%d percent year-on-year to $%d.%d billion in the "
        "first half of 2025, the provincial statistics bureau said on Monday, while imports "
        "from the European Union fell %d percent, according to Li Wei, an analyst.</p>"
        % (i % 17, i % 10, 10 + i, i % 10, i % 9) for i in range(paras))
    return ("<!doctype html><html lang=en><head><meta charset=utf-8><title>Trade story</title>"
            "<meta property=og:title content='Trade story'><meta name=author content='Jane Doe'>"
            "</head><body><nav><a href=/>Home</a></nav><article><h1>Trade story</h1>%s</article>"
            "<footer>Copyright</footer></body></html>" % ps).encode()


class Server:
    def __init__(self, *extra):
        self.log = tempfile.TemporaryFile(mode="w+")
        args = [BIN, "serve", "--bind", "127.0.0.1", "--port", "0", "--workers", str(WORKERS),
                "--queue", str(QUEUE), "--timeout", "%gs" % TIMEOUT_S] + list(extra)
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=self.log)
        self.port = None
        deadline = time.time() + 20
        while time.time() < deadline:
            time.sleep(0.05)
            self.log.seek(0)
            m = re.search(r"listening on \S+ port (\d+)", self.log.read())
            if m:
                self.port = int(m.group(1))
                return
            if self.proc.poll() is not None:
                break
        raise RuntimeError("server did not start: " + self.text())

    def text(self):
        self.log.seek(0)
        return self.log.read()

    def rss_kb(self):
        with open("/proc/%d/status" % self.proc.pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def stop(self, timeout=60):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return None


def request_bytes(method, path, body=b"", ctype="text/html"):
    head = "%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" % (method, path)
    if method == "POST":
        head += "Content-Type: %s\r\nContent-Length: %d\r\n" % (ctype, len(body))
    return head.encode() + b"\r\n" + body


async def one(port, raw, timeout=30):
    """One request on its own connection. Returns (status or an error
    string, seconds)."""
    t0 = time.monotonic()
    try:
        r, w = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), timeout)
        w.write(raw)
        await w.drain()
        data = await asyncio.wait_for(r.read(), timeout)
        w.close()
    except (OSError, asyncio.TimeoutError) as e:
        return type(e).__name__, time.monotonic() - t0
    m = re.match(rb"HTTP/1\.[01] (\d{3})", data)
    return (int(m.group(1)) if m else "garbled"), time.monotonic() - t0


def pct(xs, p):
    if not xs:
        return 0.0
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100.0 * (len(xs) - 1))))]


# ---- scenarios ----

def overload():
    srv = Server()
    page = article()
    raw = request_bytes("POST", "/v1/articles", page)
    clients, secs = 4 * CAPACITY, 20.0
    got = []

    async def client():
        end = time.monotonic() + secs
        while time.monotonic() < end:
            got.append(await one(srv.port, raw))

    async def main():
        await asyncio.gather(*(client() for _ in range(clients)))

    t0 = time.monotonic()
    asyncio.run(main())
    wall = time.monotonic() - t0
    codes = {}
    for st, _ in got:
        codes[st] = codes.get(st, 0) + 1
    ok_lat = [t for st, t in got if st == 200]
    p50, p99 = pct(ok_lat, 50) * 1000, pct(ok_lat, 99) * 1000
    alive = srv.proc.poll() is None
    rc = srv.stop()
    figures["overload"] = {"clients": clients, "capacity": CAPACITY, "seconds": round(wall, 1),
                           "requests": len(got), "status": {str(k): v for k, v in codes.items()},
                           "accepted_p50_ms": round(p50, 1), "accepted_p99_ms": round(p99, 1),
                           "timeout_ms": TIMEOUT_S * 1000}
    print("overload: %d clients (4 x capacity %d) for %.0f s: %d requests, %s; accepted p50 %.0f ms, "
          "p99 %.0f ms (timeout %.0f ms)" % (clients, CAPACITY, wall, len(got), codes, p50, p99,
                                             TIMEOUT_S * 1000))
    check("overload: only 200 and 503 answers", set(codes) <= {200, 503} and codes.get(200), codes)
    check("overload: some requests refused with 503 (the queue was full)", codes.get(503, 0) > 0, codes)
    check("overload: p99 of accepted requests within the request timeout (%.0f ms <= %.0f ms)"
          % (p99, TIMEOUT_S * 1000), p99 <= TIMEOUT_S * 1000)
    check("overload: no crash, clean exit 0 afterwards", alive and rc == 0, "alive=%s rc=%s" % (alive, rc))


def slowloris():
    n_idle, hold = 500, 10.0
    srv = Server("--conn-timeout", "30s")
    raw_ok = request_bytes("POST", "/v1/articles", article(5))
    socks = []
    refused = 0
    for _ in range(n_idle):
        try:
            s = socket.create_connection(("127.0.0.1", srv.port), timeout=5)
            s.sendall(b"POST /v1/articles HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            socks.append(s)
        except OSError:
            refused += 1
    lat = []
    errors = []

    async def probe():
        end = time.monotonic() + hold
        i = 0
        while time.monotonic() < end:
            # The idle clients trickle one more header byte now and then.
            if i % 4 == 0:
                for s in socks:
                    try:
                        s.sendall(b"X")
                    except OSError:
                        pass
            raw = raw_ok if i % 2 else request_bytes("GET", "/healthz")
            st, t = await one(srv.port, raw, timeout=5)
            if st != 200:
                errors.append(st)
            lat.append(t)
            i += 1
            await asyncio.sleep(0.25)

    asyncio.run(probe())
    still_open = 0
    for s in socks:
        try:
            s.setblocking(False)
            try:
                still_open += s.recv(1) != b""
            except BlockingIOError:
                still_open += 1
        except OSError:
            pass
        s.close()
    worst = max(lat) * 1000 if lat else 0
    rc = srv.stop()
    figures["slowloris"] = {"idle_connections": n_idle - refused, "held_s": hold,
                            "still_open_at_end": still_open, "probes": len(lat),
                            "probe_max_ms": round(worst, 1), "probe_p50_ms": round(pct(lat, 50) * 1000, 1)}
    print("slowloris: %d idle connections (%d still open after %.0f s); %d normal requests, "
          "slowest %.0f ms, median %.1f ms" % (n_idle - refused, still_open, hold, len(lat), worst,
                                              pct(lat, 50) * 1000))
    check("slowloris: all 500 idle connections accepted", refused == 0, "%d refused" % refused)
    check("slowloris: a normal client answered 200 within 1 s every time (slowest %.0f ms)" % worst,
          not errors and worst < 1000, errors[:5])
    check("slowloris: clean exit 0 afterwards", rc == 0, rc)


def sigterm():
    srv = Server("--grace", "15s")
    # Pages big enough that each request takes well over the 50 ms margin
    # below (about 70 KB of text each): with small pages a fast build
    # answers every request before the signal lands and none is in flight.
    raw = request_bytes("POST", "/v1/articles", article(1500))
    got = []  # (start, end, status)
    term_at = []

    async def client():
        while True:
            t0 = time.monotonic()
            st, _ = await one(srv.port, raw, timeout=30)
            got.append((t0, time.monotonic(), st))
            if term_at and t0 > term_at[0] + 1.0:
                return
            if isinstance(st, str) and term_at:
                await asyncio.sleep(0.05)

    async def main():
        tasks = [asyncio.ensure_future(client()) for _ in range(CAPACITY)]
        await asyncio.sleep(3.0)
        term_at.append(time.monotonic())
        srv.proc.send_signal(signal.SIGTERM)
        await asyncio.gather(*tasks)

    asyncio.run(main())
    try:
        rc = srv.proc.wait(30)
    except subprocess.TimeoutExpired:
        srv.proc.kill()
        rc = None
    t = term_at[0]
    before = [st for t0, t1, st in got if t1 < t]
    in_flight = [st for t0, t1, st in got if t0 < t - 0.05 and t1 >= t]
    after = [st for t0, t1, st in got if t0 > t + 0.5]
    figures["sigterm"] = {"answered_before": len(before), "in_flight": len(in_flight),
                          "in_flight_status": sorted(set(map(str, in_flight))),
                          "after": len(after), "after_status": sorted(set(map(str, after))),
                          "exit": rc}
    print("sigterm: %d answered before SIGTERM, %d in flight at SIGTERM (%s), %d attempts after "
          "(%s), exit %s" % (len(before), len(in_flight), sorted(set(map(str, in_flight))),
                             len(after), sorted(set(map(str, after))), rc))
    check("sigterm: load was running (requests answered 200 before the signal)", 200 in before)
    check("sigterm: every request in flight completed (200, or 503 from a full queue)",
          in_flight and all(st in (200, 503) for st in in_flight), in_flight)
    check("sigterm: new connections refused after it",
          after and all(st in ("ConnectionRefusedError", 503) for st in after), sorted(set(map(str, after))))
    check("sigterm: exit status 0", rc == 0, rc)


def soak():
    total = int(os.environ.get("SOAK_REQUESTS", "200000"))
    warm = total // 10
    srv = Server("--queue", "256")
    tmp = tempfile.mkdtemp()
    page = os.path.join(tmp, "page.html")
    with open(page, "wb") as f:
        f.write(article(4))
    lua = os.path.join(tmp, "soak.lua")
    with open(lua, "w") as f:
        f.write("""
local f = io.open(os.getenv("PAGE"), "rb")
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/html"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) n = 0; bad = 0 end
function response(status, headers, body)
  n = n + 1
  if status ~= 200 then bad = bad + 1 end
end
function done(summary, latency, requests)
  local total, errs = 0, 0
  for _, t in ipairs(threads) do total = total + t:get("n"); errs = errs + t:get("bad") end
  io.write(string.format("soak-responses: %d %d\\n", total, errs))
end
""")

    def run_wrk(secs):
        # wrk runs for a duration (a thread that stops early does not end
        # it), so the soak is a series of runs sized from the measured rate.
        env = dict(os.environ, PAGE=page)
        p = subprocess.run(["wrk", "-t2", "-c16", "-d%ds" % secs, "--timeout", "10s", "-s", lua,
                            "http://127.0.0.1:%d/v1/articles" % srv.port],
                           capture_output=True, text=True, env=env, timeout=secs + 120)
        m = re.search(r"soak-responses: (\d+) (\d+)", p.stdout)
        errs = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", p.stdout)
        n, bad = (int(m.group(1)), int(m.group(2))) if m else (0, 1)
        if errs:
            bad += sum(int(x) for x in errs.groups())
        return n, bad

    t0 = time.monotonic()
    w_n, w_bad = run_wrk(3)
    while w_n < warm and time.monotonic() - t0 < 120:
        n, b = run_wrk(3)
        w_n, w_bad = w_n + n, w_bad + b
    rss_warm = srv.rss_kb()
    t1 = time.monotonic()
    n, bad = 0, 0
    while w_n + n < total and time.monotonic() - t0 < 900:
        rate = max((w_n + n) / (time.monotonic() - t0), 100.0)
        secs = max(2, min(60, int((total - w_n - n) / rate) + 1))
        k, b = run_wrk(secs)
        n, bad = n + k, bad + b
    rps = n / (time.monotonic() - t1)
    rss_end = srv.rss_kb()
    wall = time.monotonic() - t0
    growth = (rss_end - rss_warm) * 100.0 / rss_warm if rss_warm else 100.0
    alive = srv.proc.poll() is None
    rc = srv.stop()
    done_n = w_n + n
    figures["soak"] = {"requests": done_n, "non_200": w_bad + bad, "seconds": round(wall, 1),
                       "req_per_s": rps, "rss_after_warmup_kib": rss_warm, "rss_end_kib": rss_end,
                       "growth_pct": round(growth, 2)}
    print("soak: %d requests in %.0f s (%.0f req/s), %d not 200; RSS %d KiB after %d warm-up "
          "requests, %d KiB at the end (%+.1f %%)" % (done_n, wall, rps, w_bad + bad, rss_warm, w_n,
                                                     rss_end, growth))
    check("soak: %d requests answered, all 200" % total, done_n >= total and w_bad + bad == 0,
          "%d answered, %d not 200" % (done_n, w_bad + bad))
    check("soak: resident memory grew less than 10 %% after warm-up (%+.1f %%)" % growth, growth < 10)
    check("soak: no crash, clean exit 0", alive and rc == 0, "alive=%s rc=%s" % (alive, rc))


if __name__ == "__main__":
    {"overload": overload, "slowloris": slowloris, "sigterm": sigterm, "soak": soak}[SCENARIO]()
    if OUT:
        with open(OUT, "w") as f:
            json.dump(figures, f, indent=1)
    passed = sum(results)
    print("load-counts: %d %d" % (passed, len(results) - passed))
    sys.exit(0 if passed == len(results) else 1)
