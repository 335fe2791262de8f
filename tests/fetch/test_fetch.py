#!/usr/bin/env python3
"""Fetching by URL, end to end, on loopback only.

Starts tests/fetch/pages.py (articled's own test pages) and checks, through
`articled fetch` / `articled parse --fetch` and through the HTTP server:
with the allow-list empty every loopback URL and localhost is refused (403 /
exit 3); with --fetch-allow 127.0.0.1/32 the article parses, redirect chains
are followed, and redirects to 127.0.0.2 and 169.254.169.254 are still
refused; slow, endless, wrong-type, gzip, 404 and GBK pages; unsupported
schemes, user-info and over-long URLs.

usage: test_fetch.py [--counts] BINARY
"""
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ARGS = [a for a in sys.argv[1:] if a != "--counts"]
COUNTS = "--counts" in sys.argv[1:]
BIN = os.path.abspath(ARGS[0]) if ARGS else os.path.join(HERE, "..", "..", "build", "articled")
ALLOW = ["--fetch-allow", "127.0.0.1/32"]
results = []


def check(name, ok, detail=""):
    results.append(bool(ok))
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else "  -- " + str(detail)[:300]))
    sys.stdout.flush()


def cli(*args, timeout=60):
    p = subprocess.run([BIN] + list(args), capture_output=True, text=True, timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def start_pages():
    d = tempfile.mkdtemp()
    portfile = os.path.join(d, "port")
    proc = subprocess.Popen([sys.executable, os.path.join(HERE, "pages.py"), portfile])
    for _ in range(100):
        if os.path.exists(portfile):
            return proc, int(open(portfile).read())
        time.sleep(0.05)
    raise RuntimeError("test pages server did not start")


class Server:
    def __init__(self, *args):
        self.log = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen([BIN, "serve", "--bind", "127.0.0.1", "--port", "0",
                                      "--workers", "2"] + list(args),
                                     stdout=subprocess.DEVNULL, stderr=self.log)
        self.port = None
        for _ in range(100):
            time.sleep(0.05)
            self.log.seek(0)
            for line in self.log.read().splitlines():
                if "listening on" in line:
                    self.port = int(line.split(" port ")[1].split(":")[0])
            if self.port:
                break
        if not self.port:
            raise RuntimeError("server did not start")

    def get(self, url, timeout=60):
        q = "http://127.0.0.1:%d/v1/articles?url=%s" % (self.port, urllib.parse.quote(url, safe=""))
        return self.request(urllib.request.Request(q), timeout)

    def post_json(self, obj, path="/v1/articles", ctype="application/json", timeout=60):
        data = obj.encode() if isinstance(obj, str) else json.dumps(obj).encode()
        req = urllib.request.Request("http://127.0.0.1:%d%s" % (self.port, path), data=data,
                                     headers={"Content-Type": ctype}, method="POST")
        return self.request(req, timeout)

    @staticmethod
    def request(req, timeout):
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return r.status, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace")

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        rc = self.proc.wait(30)
        self.log.seek(0)
        return rc, self.log.read()


def main():
    pages, port = start_pages()
    base = "http://127.0.0.1:%d" % port
    try:
        run(base, port)
    finally:
        pages.kill()
    passed = sum(results)
    if COUNTS:
        print("fetch-counts: %d %d" % (passed, len(results) - passed))
    else:
        print("%d passed, %d failed" % (passed, len(results) - passed))
    return 0 if passed == len(results) else 1


def run(base, port):
    # ---- command line, allow-list empty: loopback is refused ----
    for url in (base + "/article", "http://localhost:%d/article" % port, "http://[::1]:%d/" % port,
                "http://2130706433:%d/article" % port, "http://0177.0.0.1:%d/article" % port,
                "http://0x7f.0.0.1:%d/article" % port, "http://127.1:%d/article" % port,
                "http://%%6c%%6fcalhost:%d/article" % port):
        rc, out, err = cli("fetch", url)
        check("fetch %s without allow-list: refused (exit 3, blocked range)" % url,
              rc == 3 and "blocked range" in err and not out, "rc=%d %s" % (rc, err.strip()))
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/x", "dict://127.0.0.1/x",
                "http://user:pw@example.org/", "http://example.org/" + "a" * 3000, "not a url",
                "http://exa mple.org/", "http://example.org/\r\nX: y"):
        rc, out, err = cli("fetch", url)
        check("fetch %r: refused as a bad URL (exit 3)" % url[:50], rc == 3 and "(HTTP-equivalent status 400)" in err,
              "rc=%d %s" % (rc, err.strip()))

    # ---- command line, allow-list set ----
    rc, out, err = cli("fetch", base + "/article", *ALLOW)
    ok = rc == 0
    d = json.loads(out) if ok else {}
    check("fetch with --fetch-allow: the article parses", ok and d.get("title") == "Harbour reopens after storm"
          and len(d.get("paragraphs", [])) == 3 and d.get("url") == base + "/article", "rc=%d %s %s" % (rc, err, out[:200]))
    rc, out, err = cli("parse", "--fetch", base + "/redirect/3", *ALLOW)
    d = json.loads(out) if rc == 0 else {}
    check("parse --fetch follows 3 redirects; url is the final URL",
          rc == 0 and d.get("url") == base + "/article", "rc=%d %s" % (rc, err))
    rc, out, err = cli("fetch", base + "/loop", *ALLOW)
    check("a redirect loop stops after 5 redirects (exit 5)", rc == 5 and "redirects" in err, "rc=%d %s" % (rc, err))
    rc, out, err = cli("fetch", base + "/to-127.0.0.2", *ALLOW)
    check("a redirect to 127.0.0.2 is refused by the guard (exit 3)", rc == 3 and "blocked range" in err,
          "rc=%d %s" % (rc, err))
    rc, out, err = cli("fetch", base + "/to-metadata", *ALLOW)
    check("a redirect to 169.254.169.254 is refused by the guard (exit 3)",
          rc == 3 and "169.254" in err, "rc=%d %s" % (rc, err))
    rc, out, err = cli("fetch", base + "/to-file", *ALLOW)
    check("a redirect to file: is refused (exit 3)", rc == 3, "rc=%d %s" % (rc, err))
    t0 = time.time()
    rc, out, err = cli("fetch", base + "/drip", *ALLOW, "--fetch-timeout", "3s", "--fetch-low-speed-time", "2s")
    check("a page dripping a byte a second times out (exit 5, within the timeout)",
          rc == 5 and "timed out" in err and time.time() - t0 < 10, "rc=%d %s %.1fs" % (rc, err, time.time() - t0))
    rc, out, err = cli("fetch", base + "/endless", *ALLOW, "--fetch-max-bytes", "2MiB")
    check("an endless page stops at --fetch-max-bytes (exit 4)", rc == 4 and "larger than" in err, "rc=%d %s" % (rc, err))
    rc, out, err = cli("fetch", base + "/image", *ALLOW)
    check("an image is refused as not HTML or text (exit 4)", rc == 4 and "image/png" in err, "rc=%d %s" % (rc, err))
    rc, out, err = cli("fetch", base + "/gzip", *ALLOW)
    check("a gzip-encoded page is decoded", rc == 0 and json.loads(out)["title"] == "Harbour reopens after storm",
          "rc=%d %s" % (rc, err))
    rc, out, err = cli("fetch", base + "/missing", *ALLOW)
    check("a 404 page is an upstream failure (exit 5) naming the status", rc == 5 and "404" in err, "rc=%d %s" % (rc, err))
    rc, out, err = cli("fetch", base + "/gbk", *ALLOW)
    check("a GBK page with the charset only in the header is decoded",
          rc == 0 and "港口于周二重新开放" in out, "rc=%d %s %s" % (rc, err, out[:200]))
    rc, out, err = cli("fetch", base + "/text", *ALLOW)
    check("a text/plain page is read in text mode", rc == 0 and len(json.loads(out)["paragraphs"]) == 2,
          "rc=%d %s" % (rc, err))
    rc, out, err = cli("fetch", base + "/article", "--fetch-allow", "nonsense")
    check("a bad --fetch-allow is a usage error (exit 2)", rc == 2, "rc=%d %s" % (rc, err))

    # ---- the HTTP server, allow-list empty ----
    s = Server()
    st, body = s.get(base + "/article")
    check("server without allow-list: loopback URL -> 403 problem", st == 403 and json.loads(body)["status"] == 403,
          "%d %s" % (st, body[:200]))
    st, body = s.get("http://localhost:%d/article" % port)
    check("server without allow-list: localhost -> 403", st == 403, "%d %s" % (st, body[:200]))
    for url in ("file:///etc/passwd", "gopher://127.0.0.1/", "ftp://127.0.0.1/", "http://u:p@example.org/",
                "http://example.org/" + "a" * 3000):
        st, body = s.get(url)
        check("server: %r -> 400" % url[:40], st == 400 and json.loads(body)["status"] == 400, "%d %s" % (st, body[:200]))
    rc, log = s.stop()
    check("server without allow-list logs no allow-list warning", "fetch-allow is set" not in log)

    # ---- the HTTP server, allow-list set ----
    s = Server(*ALLOW, "--fetch-timeout", "3s", "--fetch-low-speed-time", "2s", "--fetch-max-bytes", "2MiB")
    st, body = s.get(base + "/article")
    d = json.loads(body)
    check("server with allow-list: GET ?url= parses the article",
          st == 200 and d.get("title") == "Harbour reopens after storm" and d.get("url") == base + "/article",
          "%d %s" % (st, body[:200]))
    st, body = s.post_json({"url": base + "/redirect/2"})
    check("server: JSON body with only url is fetched (after redirects)",
          st == 200 and json.loads(body).get("url") == base + "/article", "%d %s" % (st, body[:200]))
    cases = [("/to-127.0.0.2", 403), ("/to-metadata", 403), ("/image", 422), ("/endless", 413),
             ("/drip", 504), ("/missing", 502), ("/loop", 502)]
    for path, want in cases:
        st, body = s.get(base + path)
        d = json.loads(body) if body.startswith("{") else {}
        check("server: %s -> %d problem" % (path, want), st == want and d.get("status") == want, "%d %s" % (st, body[:200]))
    st, body = s.get(base + "/missing")
    check("server: a 502 names the upstream status", json.loads(body).get("upstream_status") == 404, body[:200])
    st, body = s.get(base + "/gbk")
    check("server: GBK page decoded", st == 200 and "港口于周二重新开放" in body, body[:200])
    lines = "\n".join([json.dumps({"id": 1, "url": base + "/article"}),
                       json.dumps({"id": 2, "url": base + "/to-metadata"}),
                       json.dumps({"id": 3, "text": "Plain text line."})])
    st, body = s.post_json(lines, "/v1/articles/batch", "application/x-ndjson")
    out = [json.loads(l) for l in body.splitlines() if l.strip()]
    check("server: batch lines with url are fetched, blocked ones are 403 errors, in order",
          st == 200 and [o["id"] for o in out] == [1, 2, 3] and "article" in out[0]
          and out[1].get("error", {}).get("status") == 403 and "article" in out[2], body[:300])
    rc, log = s.stop()
    check("server with allow-list warns at start", "fetch-allow is set" in log and "127.0.0.1/32" in log, log[:300])
    check("server exits 0 after the fetch tests", rc == 0, rc)


if __name__ == "__main__":
    sys.exit(main())
