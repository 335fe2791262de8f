#!/usr/bin/env python3
"""End-to-end tests of `articled serve` over loopback.

Starts the server on a free port, drives every route and error status, checks
the seed article with ../shared/fixtures/seed/check.py in each body form,
validates every live response against the schemas of openapi.yaml, runs 64
concurrent clients, and stops the server with SIGTERM under load.

usage: test_server.py [--counts] BINARY [SHARED_DIR]
Prints one line per check and ends with `N passed, N failed` (with --counts,
a `server-counts: N N` line for tests/run.sh instead).
"""
import concurrent.futures
import gzip
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ARGS = [a for a in sys.argv[1:] if a != "--counts"]
COUNTS = "--counts" in sys.argv[1:]
BIN = os.path.abspath(ARGS[0]) if ARGS else os.path.join(ROOT, "build", "articled")
SHARED = os.path.abspath(ARGS[1]) if len(ARGS) > 1 else os.path.join(ROOT, "..", "shared")
SEED = os.path.join(SHARED, "fixtures", "seed", "article.html")
SEED_URL = "https://www.chinadaily.com.cn/a/202509/29/WS68d9c8f1a310f735438b2d1e.html"

results = []


def check(name, ok, detail=""):
    results.append(bool(ok))
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else "  -- " + str(detail)[:300]))
    sys.stdout.flush()


# ---- schema validation against openapi.yaml ----

import warnings
warnings.filterwarnings("ignore", category=DeprecationWarning)
try:
    import yaml
    import jsonschema
    with open(os.path.join(ROOT, "openapi.yaml"), encoding="utf-8") as f:
        OPENAPI = yaml.safe_load(f)
    RESOLVER = jsonschema.RefResolver.from_schema(OPENAPI)
except ImportError as e:  # the test script's own packages are installed by make
    print("FAIL python3-yaml / python3-jsonschema missing: %s" % e)
    OPENAPI = None


def schema_for(method, route, status, ctype):
    op = OPENAPI["paths"][route][method.lower()]
    resp = op["responses"].get(str(status))
    if resp is None:
        return None, "status %s not documented for %s %s" % (status, method, route)
    if "$ref" in resp:
        resp = OPENAPI["components"]["responses"][resp["$ref"].split("/")[-1]]
    content = resp.get("content", {})
    base = ctype.split(";")[0].strip() if ctype else ""
    if base not in content:
        return None, "content type %r not documented for %s %s %s" % (ctype, method, route, status)
    return content[base].get("schema", {}), None


def validate(method, route, status, ctype, body):
    """Validates one live response; returns an error string or ''."""
    if OPENAPI is None:
        return "no openapi"
    schema, err = schema_for(method, route, status, ctype)
    if err:
        return err
    base = ctype.split(";")[0].strip()
    try:
        if base == "application/x-ndjson":
            docs = [json.loads(l) for l in body.splitlines() if l.strip()]
        elif base.endswith("json"):
            docs = [json.loads(body)]
        else:
            return ""
        v = jsonschema.Draft202012Validator(schema, resolver=RESOLVER)
        for d in docs:
            errs = sorted(v.iter_errors(d), key=str)
            if errs:
                return "schema: %s at %s" % (errs[0].message[:200], list(errs[0].path))
    except ValueError as e:
        return "not JSON: %s" % e
    return ""


schema_errors = []


class Resp:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body)


def request(port, method, path, body=None, headers=None, route=None, timeout=60):
    url = "http://127.0.0.1:%d%s" % (port, path)
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            status, hdrs = r.status, r.headers
    except urllib.error.HTTPError as e:
        raw = e.read()
        status, hdrs = e.code, e.headers
    if hdrs.get("Content-Encoding") == "gzip":
        raw = gzip.decompress(raw)
    text = raw.decode("utf-8", "replace")
    if route:
        err = validate(method, route, status, hdrs.get("Content-Type", ""), text)
        if err:
            schema_errors.append("%s %s -> %d: %s" % (method, path[:60], status, err))
    return Resp(status, hdrs, text)


# ---- server process ----

SERVERS = []


class Server:
    def __init__(self, *args, env=None):
        SERVERS.append(self)
        e = dict(os.environ)
        e.update(env or {})
        self.log = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen([BIN, "serve", "--bind", "127.0.0.1", "--port", "0"] + list(args),
                                     stdout=subprocess.DEVNULL, stderr=self.log, env=e)
        self.port = None
        deadline = time.time() + 10
        while time.time() < deadline and self.port is None:
            time.sleep(0.05)
            self.log.seek(0)
            m = re.search(r"listening on \S+ port (\d+)", self.log.read())
            if m:
                self.port = int(m.group(1))
            if self.proc.poll() is not None:
                break
        if self.port is None:
            self.log.seek(0)
            raise RuntimeError("server did not start: " + self.log.read())

    def stop(self, sig=signal.SIGTERM, timeout=30):
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return None

    def logtext(self):
        self.log.seek(0)
        return self.log.read()


def seed_check(name, body_text):
    """Runs check.py on an answer; all its checks must pass."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        f.write(body_text)
        path = f.name
    out = subprocess.run([sys.executable, os.path.join(SHARED, "fixtures", "seed", "check.py"), path],
                         capture_output=True, text=True).stdout
    os.unlink(path)
    failed = [l for l in out.splitlines() if l.startswith("FAIL ")]
    total = [l for l in out.splitlines() if l.startswith("ok   ") or l.startswith("FAIL ")]
    check("%s: seed check.py, every check (%d)" % (name, len(total)),
          total and not failed, "; ".join(failed))


def main():
    if not os.path.isfile(SEED):
        print("FAIL the seed article %s is missing (pass SHARED_DIR)" % SEED)
        print("server-counts: 0 1" if COUNTS else "0 passed, 1 failed")
        return 1
    seed = open(SEED, "rb").read()
    s = Server("--workers", "2", "--queue", "64")
    p = s.port
    q = "/v1/articles?url=" + urllib.request.quote(SEED_URL, safe="")

    # The seed article in each body form.
    r = request(p, "POST", q, seed, {"Content-Type": "text/html; charset=utf-8"}, "/v1/articles")
    check("POST text/html answers 200", r.status == 200, r.status)
    check("answer has X-Request-Id", bool(r.headers.get("X-Request-Id")))
    seed_check("text/html", r.body)
    # As `curl --data-binary @page.html` sends it: no URL at all.
    r = request(p, "POST", "/v1/articles", seed, {"Content-Type": "text/html"}, "/v1/articles")
    check("POST text/html without url answers 200", r.status == 200, r.status)
    seed_check("text/html without url", r.body)
    r = request(p, "POST", q, seed, {"Content-Type": "application/xhtml+xml"}, "/v1/articles")
    seed_check("application/xhtml+xml", r.body)
    r = request(p, "POST", "/v1/articles", json.dumps({"html": seed.decode(), "url": SEED_URL}).encode(),
                {"Content-Type": "application/json"}, "/v1/articles")
    check("POST application/json answers 200", r.status == 200, r.status)
    seed_check("application/json", r.body)
    r = request(p, "POST", q, seed, {"Content-Type": "application/x-www-form-urlencoded"}, "/v1/articles")
    check("curl --data-binary form encoding is read as HTML", r.status == 200 and r.json()["title"], r.body[:200])
    txt = "First paragraph of the text.\n\nSecond one, after a blank line.\n"
    r = request(p, "POST", "/v1/articles", txt.encode(), {"Content-Type": "text/plain"}, "/v1/articles")
    check("POST text/plain splits paragraphs at blank lines",
          r.status == 200 and [x["text"] for x in r.json()["paragraphs"]] ==
          ["First paragraph of the text.", "Second one, after a blank line."], r.body[:300])
    r = request(p, "POST", "/v1/articles", json.dumps({"text": txt}).encode(),
                {"Content-Type": "application/json"}, "/v1/articles")
    check("JSON {text} is text mode", r.status == 200 and len(r.json()["paragraphs"]) == 2, r.body[:200])

    # Options.
    r = request(p, "POST", "/v1/articles?fields=metadata,text", seed, {"Content-Type": "text/html"}, "/v1/articles")
    d = r.json()
    check("fields= trims the output", "title" in d and "text" in d and "paragraphs" not in d
          and "entities" not in d, sorted(d))
    r = request(p, "POST", "/v1/articles?pretty=1", seed, {"Content-Type": "text/html"}, "/v1/articles")
    check("pretty=1 indents", r.body.startswith("{\n  "), r.body[:20])
    r = request(p, "POST", "/v1/articles", seed, {"Content-Type": "text/html", "Accept-Encoding": "gzip"},
                "/v1/articles")
    check("gzip when accepted", r.headers.get("Content-Encoding") == "gzip" and r.json()["paragraphs"],
          r.headers.get("Content-Encoding"))
    r = request(p, "POST", "/v1/articles", seed, {"Content-Type": "text/html", "X-Request-Id": "abc-123"})
    check("X-Request-Id is echoed", r.headers.get("X-Request-Id") == "abc-123", r.headers.get("X-Request-Id"))
    r = request(p, "POST", "/v1/articles", seed, {"Content-Type": "text/html", "X-Request-Id": "bad id\"x"})
    check("an unsafe X-Request-Id is replaced", r.headers.get("X-Request-Id") not in (None, "bad id\"x"))
    gbk = "<html><head><title>测试</title></head><body><p>中文段落，用于测试字符集。</p></body></html>".encode("gbk")
    r = request(p, "POST", "/v1/articles", gbk, {"Content-Type": "text/html; charset=gbk"}, "/v1/articles")
    check("charset from Content-Type", r.status == 200 and "中文段落" in r.body, r.body[:200])

    # Every error status, each a problem document.
    def problem(name, status, method, path, body=None, headers=None, route="/v1/articles", extra=None):
        r = request(p, method, path, body, headers, route)
        ok = r.status == status and r.headers.get("Content-Type", "").startswith("application/problem+json")
        try:
            d = r.json()
            ok = ok and d.get("status") == status and d.get("detail") and d.get("title") and d.get("type")
        except ValueError:
            ok = False
        if extra:
            ok = ok and extra(r)
        check("%s -> %d problem+json" % (name, status), ok, "%d %s" % (r.status, r.body[:200]))

    problem("malformed JSON", 400, "POST", "/v1/articles", b"{nope", {"Content-Type": "application/json"})
    problem("JSON of wrong types", 400, "POST", "/v1/articles", b'{"html": 5}', {"Content-Type": "application/json"})
    problem("unknown field group", 400, "POST", "/v1/articles?fields=nope", seed, {"Content-Type": "text/html"})
    problem("unknown charset", 400, "POST", "/v1/articles", seed, {"Content-Type": "text/html; charset=klingon"})
    problem("CR/LF in url", 400, "POST", "/v1/articles?url=http://a/%0d%0aX:1", seed, {"Content-Type": "text/html"})
    problem("unknown route", 404, "GET", "/nope", route=None)
    problem("DELETE /v1/articles", 405, "DELETE", "/v1/articles", route=None,
            extra=lambda r: r.headers.get("Allow") == "GET, POST")
    problem("PUT /healthz", 405, "PUT", "/healthz", b"x", route=None)
    problem("image/png", 415, "POST", "/v1/articles", b"\x89PNG\r\n", {"Content-Type": "image/png"})
    problem("empty body", 422, "POST", "/v1/articles", b"", {"Content-Type": "text/html"})
    problem("PNG bytes as HTML", 422, "POST", "/v1/articles", b"\x89PNG\r\n\x1a\nxxxx", {"Content-Type": "text/html"})
    # Fetching by URL (tests/fetch covers it in depth): loopback is refused.
    problem("GET by url of a loopback address", 403, "GET", "/v1/articles?url=http%3A%2F%2F127.0.0.1%3A9%2F")
    problem("JSON with only a loopback url", 403, "POST", "/v1/articles", b'{"url":"http://127.0.0.1:9/"}',
            {"Content-Type": "application/json"})
    problem("GET by url with a bad scheme", 400, "GET", "/v1/articles?url=file%3A%2F%2F%2Fetc%2Fpasswd")
    problem("GET without url", 400, "GET", "/v1/articles")

    # 413: announced by Content-Length, and grown past the cap in chunks.
    s2 = Server("--workers", "1", "--queue", "1", "--max-body", "64KiB", "--timeout", "2s")
    big = b"<p>" + b"x" * 100000 + b"</p>"
    r = request(s2.port, "POST", "/v1/articles", big, {"Content-Type": "text/html"}, "/v1/articles")
    check("Content-Length over --max-body -> 413", r.status == 413, r.status)

    def chunks():
        for _ in range(20):
            yield b"<p>" + b"y" * 8000 + b"</p>"
    req = urllib.request.Request("http://127.0.0.1:%d/v1/articles" % s2.port, data=chunks(), method="POST",
                                 headers={"Content-Type": "text/html", "Transfer-Encoding": "chunked"})
    try:
        with urllib.request.urlopen(req, timeout=20) as rr:
            st = rr.status
    except urllib.error.HTTPError as e:
        st = e.code
    except (urllib.error.URLError, ConnectionError) as e:
        st = str(e)
    check("chunked body past --max-body -> 413", st == 413, st)
    r = request(s2.port, "POST", "/v1/articles/batch", b"\n".join([b'{"id":1,"text":"a"}'] * 2000),
                {"Content-Type": "application/x-ndjson"}, "/v1/articles/batch")
    check("batch over --batch-max-lines -> 413", r.status == 413, r.status)

    # 503 and 504: one worker, a queue of one, pages that take a while.
    heavy = (b"<html><body>" + b"<div><p>Some words in a paragraph, with commas, and more words.</p></div>" * 800
             + b"</body></html>")
    s3 = Server("--workers", "1", "--queue", "1", "--timeout", "1ms")
    r = request(s3.port, "POST", "/v1/articles", heavy, {"Content-Type": "text/html"}, "/v1/articles")
    check("past --timeout -> 504 problem", r.status == 504 and r.json().get("status") == 504, r.status)
    s3.stop()
    s4 = Server("--workers", "1", "--queue", "1")
    with concurrent.futures.ThreadPoolExecutor(24) as ex:
        futs = [ex.submit(request, s4.port, "POST", "/v1/articles", heavy, {"Content-Type": "text/html"},
                          "/v1/articles") for _ in range(24)]
        rs = [f.result() for f in futs]
    codes = sorted(set(x.status for x in rs))
    overload = [x for x in rs if x.status == 503]
    check("full queue -> 503 with Retry-After, others 200", codes == [200, 503] and
          all(x.headers.get("Retry-After") for x in overload), codes)
    m = request(s4.port, "GET", "/metrics").body
    check("/metrics counts queue_full rejects",
          re.search(r'articled_rejects_total\{reason="queue_full"\} [1-9]', m), m[-300:])
    s4.stop()
    s2.stop()

    # Batch: NDJSON in, NDJSON out in input order.
    lines = [json.dumps({"id": i, "text": "Paragraph number %d." % i}) for i in range(10)]
    lines.insert(5, "not json")
    lines.append(json.dumps({"id": "h", "html": "<p>An html line.</p>"}))
    r = request(p, "POST", "/v1/articles/batch", "\n".join(lines).encode(),
                {"Content-Type": "application/x-ndjson"}, "/v1/articles/batch")
    out = [json.loads(l) for l in r.body.splitlines() if l.strip()]
    check("batch answers one line per input line, in order",
          r.status == 200 and [o.get("id") for o in out] == list(range(5)) + [None] + list(range(5, 10)) + ["h"],
          [o.get("id") for o in out])
    check("batch line errors are problems, others articles",
          "error" in out[5] and out[5]["error"]["status"] == 400 and all("article" in o for o in out[:5]),
          out[5])

    # Operations routes.
    r = request(p, "GET", "/healthz", route="/healthz")
    check("/healthz 200", r.status == 200 and r.json()["status"] == "ok", r.body)
    r = request(p, "GET", "/readyz", route="/readyz")
    check("/readyz 200", r.status == 200, r.body)
    r = request(p, "GET", "/version", route="/version")
    check("/version", r.status == 200 and r.json()["version"], r.body)
    r = request(p, "GET", "/openapi.yaml", route="/openapi.yaml")
    check("/openapi.yaml serves the description", r.status == 200 and r.body.startswith("openapi: 3.1"),
          r.body[:40])
    hc = subprocess.run([BIN, "healthcheck", "--port", str(p)], capture_output=True)
    check("articled healthcheck exits 0 against a live server", hc.returncode == 0, hc.stderr)

    # 64 concurrent clients, all answered.
    before = request(p, "GET", "/metrics").body
    n0 = sum(int(v) for v in re.findall(r'articled_requests_total\{route="articles",status="200"\} (\d+)', before))
    with concurrent.futures.ThreadPoolExecutor(64) as ex:
        futs = [ex.submit(request, p, "POST", "/v1/articles", seed, {"Content-Type": "text/html"}, "/v1/articles")
                for _ in range(64)]
        rs = [f.result() for f in futs]
    check("64 concurrent clients all answered 200", all(x.status == 200 for x in rs),
          sorted(set(x.status for x in rs)))
    after = request(p, "GET", "/metrics").body
    n1 = sum(int(v) for v in re.findall(r'articled_requests_total\{route="articles",status="200"\} (\d+)', after))
    check("/metrics counted the 64 requests", n1 - n0 == 64, "%d -> %d" % (n0, n1))
    for name in ("articled_request_duration_seconds_bucket", "articled_parse_duration_seconds_count",
                 "articled_queue_depth", "articled_jobs_in_flight", "articled_bytes_in_total",
                 "articled_bytes_out_total", "articled_rejects_total"):
        check("/metrics has %s" % name, name in after)
    log = s.logtext()
    entries = [json.loads(l) for l in log.splitlines() if l.startswith("{") and '"path"' in l]
    check("one JSON access-log line per request with its fields",
          len(entries) >= 64 and all({"time", "id", "method", "path", "status", "bytes_in", "bytes_out", "ms"}
                                     <= set(e) for e in entries), len(entries))

    # SIGTERM during load: requests in flight complete, exit status 0.
    with concurrent.futures.ThreadPoolExecutor(16) as ex:
        futs = [ex.submit(request, p, "POST", "/v1/articles", heavy, {"Content-Type": "text/html"})
                for _ in range(16)]
        time.sleep(0.3)
        rc = s.stop(signal.SIGTERM)
        codes = []
        for f in futs:
            try:
                codes.append(f.result().status)
            except Exception as e:  # refused after the listener closed
                codes.append(type(e).__name__)
    check("SIGTERM under load exits 0", rc == 0, rc)
    check("requests accepted before SIGTERM are answered (200/503)",
          all(c in (200, 503) or isinstance(c, str) for c in codes) and 200 in codes, codes)

    check("every live response matches openapi.yaml", not schema_errors, "; ".join(schema_errors[:5]))

    # Every server started here stopped cleanly, with no sanitizer report
    # (this matters when the binary is built with ASan/UBSan).
    bad = []
    for srv in SERVERS:
        rc = srv.stop()
        log = srv.logtext()
        if rc != 0 or "Sanitizer" in log or "runtime error:" in log:
            bad.append("rc=%s %s" % (rc, log[-300:]))
    check("every server exited 0 with no sanitizer report", not bad, "; ".join(bad)[:600])

    passed = sum(results)
    if COUNTS:
        print("server-counts: %d %d" % (passed, len(results) - passed))
    else:
        print("%d passed, %d failed" % (passed, len(results) - passed))
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
