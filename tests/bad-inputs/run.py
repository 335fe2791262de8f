#!/usr/bin/env python3
"""Runs the bad-input table (cases.py) through the CLI and the HTTP API.

usage: run.py [--counts] ARTICLED [NAME-SUBSTRING...]
Each case is one check on the command line and one over HTTP (loopback,
raw sockets, so that lying Content-Lengths and broken request lines can be
sent); an HTTP check passes only when /healthz answers 200 right after it.
At the end the server must stop on SIGTERM with exit 0 and nothing from a
sanitizer in its log. Prints one line per check and ends with
"N passed, N failed" (with --counts, "bad-counts: N N" for tests/run.sh).
"""
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402

ARGS = [a for a in sys.argv[1:] if a != "--counts"]
COUNTS = "--counts" in sys.argv[1:]
BIN = os.path.abspath(ARGS[0])
ONLY = ARGS[1:]
# Sanitizer builds are several times slower.
SLOW = float(os.environ.get("BAD_INPUTS_SLOW", "1"))
results = []


def check(name, ok, detail=""):
    results.append(bool(ok))
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else "  -- " + str(detail)[:400]))
    sys.stdout.flush()


def judge_json(expr, raw):
    if expr is None:
        return ""
    try:
        o = json.loads(raw)
    except ValueError as e:
        return "not JSON (%s): %r" % (e, raw[:200])
    try:
        return "" if eval(expr, {"o": o}) else "false: %s" % expr
    except Exception as e:  # noqa: BLE001 - any failure of the check is a failure
        return "check raised %r" % e


# ---- command line ----

def run_cli(case, data, tmp):
    args, want, pat, out_chk = case["cli"]
    path = os.path.join(tmp, "input")
    with open(path, "wb") as f:
        f.write(data)
    argv = [BIN]
    for a in args:
        if a == "{file}":
            argv.append(path)
        elif a == "{data}":
            argv.append(data.decode("latin-1"))
        else:
            argv.append(a)
    stdin = data if "-" in args else b""
    try:
        p = subprocess.run(argv, input=stdin, capture_output=True, timeout=120 * SLOW)
    except subprocess.TimeoutExpired:
        return "timed out"
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode < 0:
        return "killed by signal %d: %s" % (-p.returncode, err[-300:])
    if p.returncode != want:
        return "exit %d, want %d: %s" % (p.returncode, want, err[:200])
    if "ERROR: AddressSanitizer" in err or "runtime error:" in err or "LeakSanitizer" in err:
        return "sanitizer: " + err[:300]
    if pat and not re.search(pat, err):
        return "stderr does not match /%s/: %s" % (pat, err[:200])
    if out_chk == "empty":
        return "" if not p.stdout else "stdout not empty: %r" % p.stdout[:100]
    return judge_json(out_chk, p.stdout)


# ---- HTTP over raw sockets ----

def build_request(req, data):
    if "raw" in req:
        return req["raw"].replace(b"{data}", data)
    path = req["path"].replace("{data}", urllib.parse.quote(data.decode("latin-1"), safe=""))
    body = req["body"]
    if body == "{data}":
        body = data
    elif isinstance(body, str):
        body = body.encode()
    head = ["%s %s HTTP/1.1" % (req["method"], path), "Host: 127.0.0.1", "Connection: close"]
    for k, v in req["headers"].items():
        head.append("%s: %s" % (k, v))
    if req.get("chunked"):
        head.append("Transfer-Encoding: chunked")
        step = 256 * 1024
        chunks = b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + step]), body[i:i + step])
                          for i in range(0, len(body), step))
        body = chunks + b"0\r\n\r\n"
    elif "content_length" in req:
        head.append("Content-Length: %d" % req["content_length"])
    elif body or req["method"] == "POST":
        head.append("Content-Length: %d" % len(body))
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


def exchange(port, raw, timeout):
    """Sends raw, reads until the server closes. Returns (status or None,
    headers dict, body bytes)."""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    got = b""
    try:
        try:
            s.sendall(raw)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server may answer (413) and close before reading all
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                chunk = s.recv(65536)
            except socket.timeout:
                break
            except ConnectionResetError:
                break
            if not chunk:
                break
            got += chunk
    finally:
        s.close()
    if not got.startswith(b"HTTP/"):
        return None, {}, got
    head, _, body = got.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for l in lines[1:]:
        k, _, v = l.partition(":")
        headers[k.strip().lower()] = v.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        out, rest = b"", body
        while rest:
            size_line, _, rest = rest.partition(b"\r\n")
            n = int(size_line.split(b";")[0] or b"0", 16)
            if n == 0:
                break
            out += rest[:n]
            rest = rest[n + 2:]
        body = out
    elif "content-length" in headers:
        body = body[:int(headers["content-length"])]
    return status, headers, body


def healthy(port):
    try:
        st, _, body = exchange(port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 5)
        return st == 200, "healthz answered %s %r" % (st, body[:80])
    except OSError as e:
        return False, "healthz: %s" % e


def run_http(case, data, port):
    req, want, pat, body_chk = case["http"]
    raw = build_request(req, data)
    # A lying Content-Length waits for the idle timeout (3 s here).
    try:
        st, headers, body = exchange(port, raw, 60 * SLOW)
    except OSError as e:
        return "connection failed: %s" % e
    text = body.decode("utf-8", "replace")
    if st != want:
        return "status %s, want %s: %s" % (st, want, text[:200])
    if want is not None and want >= 400 and headers.get("content-type", "").startswith("application/problem+json"):
        try:
            detail = json.loads(body).get("detail", "")
        except ValueError:
            return "problem body is not JSON: %r" % body[:100]
        if pat and not re.search(pat, detail):
            return "detail does not match /%s/: %s" % (pat, detail[:200])
    elif pat and not re.search(pat, text):
        return "body does not match /%s/: %s" % (pat, text[:200])
    return judge_json(body_chk, body)


def start_server():
    log = tempfile.TemporaryFile(mode="w+")
    proc = subprocess.Popen([BIN, "serve", "--bind", "127.0.0.1", "--port", "0", "--workers", "2",
                             "--conn-timeout", "3s", "--timeout", "%ds" % int(30 * SLOW)],
                            stdout=subprocess.DEVNULL, stderr=log)
    deadline = time.time() + 20
    while time.time() < deadline:
        time.sleep(0.05)
        log.seek(0)
        m = re.search(r"listening on \S+ port (\d+)", log.read())
        if m:
            return proc, log, int(m.group(1))
        if proc.poll() is not None:
            break
    log.seek(0)
    raise RuntimeError("server did not start: " + log.read())


def main():
    cases = [c for c in CASES if not ONLY or any(o in c["name"] for o in ONLY)]
    proc, log, port = start_server()
    both = sum(1 for c in cases if c["cli"] and c["http"])
    print("bad inputs: %d cases, %d through both the CLI and HTTP" % (len(cases), both))
    with tempfile.TemporaryDirectory() as tmp:
        for c in cases:
            data = c["data"]()
            if c["cli"]:
                check("cli  %s: exit %d" % (c["name"], c["cli"][1]), *(lambda e: (not e, e))(run_cli(c, data, tmp)))
            if c["http"]:
                err = run_http(c, data, port)
                ok, why = healthy(port)
                if not ok:
                    err = (err + "; " if err else "") + why
                want = c["http"][1]
                check("http %s: %s, then healthy" % (c["name"], want if want else "closed without an answer"),
                      not err, err)
                if proc.poll() is not None:
                    check("server still running", False, "exited %s" % proc.returncode)
                    proc, log, port = start_server()
    proc.send_signal(signal.SIGTERM)
    try:
        rc = proc.wait(60)
    except subprocess.TimeoutExpired:
        proc.kill()
        rc = None
    log.seek(0)
    text = log.read()
    bad = re.search(r"ERROR: AddressSanitizer|runtime error:|LeakSanitizer", text)
    check("server exits 0 on SIGTERM after the bad inputs, no sanitizer report", rc == 0 and not bad,
          "rc=%s %s" % (rc, text[bad.start():bad.start() + 300] if bad else ""))
    passed = sum(results)
    if COUNTS:
        print("bad-counts: %d %d" % (passed, len(results) - passed))
    else:
        print("%d passed, %d failed" % (passed, len(results) - passed))
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
