#!/usr/bin/env python3
"""Builds the seed corpora of the fuzz targets.

usage: build-corpus.py SHARED_DIR OUT_DIR [--pages N]

OUT_DIR/<target>/ receives one file per seed:
  html      pages of SHARED/corpus (wcxb gzip pages and readability sources,
            N in all, cut to 256 KiB) and every tests/cases/*/input.html
  text      the ground-truth article texts of the wcxb corpus
  quantity  paragraphs of those texts that contain a digit
  charset   page heads (8 KiB) behind a selector byte, some re-encoded
            (GBK, Shift_JIS, UTF-16 with a BOM, windows-1251)
  http      raw HTTP requests carrying those pages: every route, every body
            form (HTML, text, JSON envelope, NDJSON batch, chunked), GETs
            with ?url=, and a few broken request lines
Nothing is written to the repository; make fuzz puts OUT_DIR under build.
"""
import glob
import gzip
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared, out = sys.argv[1], sys.argv[2]
limit = int(sys.argv[sys.argv.index("--pages") + 1]) if "--pages" in sys.argv else 300
CUT = 256 * 1024


def put(target, name, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


pages = []
for p in sorted(glob.glob(os.path.join(shared, "corpus/wcxb-dev-articles/html/*.html.gz")))[: limit * 2 // 3]:
    with gzip.open(p, "rb") as f:
        pages.append(("w" + os.path.basename(p)[:-8], f.read()[:CUT]))
for p in sorted(glob.glob(os.path.join(shared, "corpus/readability/pages/*/source.html"))):
    if len(pages) >= limit:
        break
    with open(p, "rb") as f:
        pages.append(("r" + os.path.basename(os.path.dirname(p)), f.read()[:CUT]))
for p in sorted(glob.glob(os.path.join(ROOT, "tests/cases/*/input.html"))):
    with open(p, "rb") as f:
        pages.append(("c" + os.path.basename(os.path.dirname(p)), f.read()))
seed = os.path.join(shared, "fixtures/seed/article.html")
if os.path.exists(seed):
    with open(seed, "rb") as f:
        pages.append(("seed", f.read()))

texts = []
for p in sorted(glob.glob(os.path.join(shared, "corpus/wcxb-dev-articles/ground-truth/*.json")))[:limit]:
    try:
        with open(p, encoding="utf-8") as f:
            gt = json.load(f)["ground_truth"]
        t = gt.get("main_content") or ""
    except (ValueError, KeyError):
        continue
    if t:
        texts.append((os.path.basename(p)[:-5], t.encode("utf-8")[:CUT]))

for name, data in pages:
    put("html", name, data)
    # The 0x01 marker selects a header charset in fuzz_html.
    put("html", name + "-cs", b"\x01" + bytes([len(name) % 8]) + data[:16384])
nq = 0
for name, data in texts:
    put("text", name, data)
    for i, para in enumerate(data.split(b"\n")):
        # Three paragraphs with digits per text, 600 in all, are plenty.
        if nq < 600 and any(c in b"0123456789" for c in para) and len(para) < 4096 and i % 3 == 0:
            put("quantity", "%s-%d" % (name, i), para)
            nq += 1
for s in [b"$1.05 billion", b"US$3.2 million in the first half of 2025, up 30 percent year-on-year",
          b"between 10 and 20 percent", b"RMB 1.2 trillion from January to August",
          b"\xe2\x82\xac45m last month", b"tenfold since fiscal 2024", b"Q3 2025 -3.5%",
          b"the July-September quarter, 25 bps", b"one-third of 2,100,000 yuan"]:
    put("quantity", "hand-%d" % abs(hash(s) % 100000), s)

for i, (name, data) in enumerate(pages[:120]):
    head = data[:8192]
    put("charset", name, bytes([i % 13]) + head)
    try:
        txt = head.decode("utf-8")
    except UnicodeDecodeError:
        continue
    for j, enc in enumerate(["gbk", "shift_jis", "utf-16", "windows-1251"]):
        try:
            put("charset", "%s-%s" % (name, enc), bytes([j]) + txt.encode(enc, "replace"))
        except LookupError:
            pass
    put("charset", name + "-label", b"\x80gb2312\x00" + head[:2048])


def req(method, target, headers, body=b""):
    h = "".join("%s: %s\r\n" % kv for kv in headers)
    return ("%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\n%s\r\n" % (method, target, h)).encode() + body


small = [d[:6000] for _, d in pages[:60]]
n = 0
for i, d in enumerate(small):
    forms = [
        req("POST", "/v1/articles?url=https%3A%2F%2Fexample.com%2Fa", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(d)))], d),
        req("POST", "/v1/articles?fields=metadata,text&pretty=1", [("Content-Length", str(len(d)))], d),
        req("POST", "/v1/articles", [("Content-Type", "text/plain"), ("Content-Length", str(len(d)))], d),
        req("POST", "/v1/articles", [("Content-Type", "application/json")],
            json.dumps({"html": d.decode("utf-8", "replace"), "url": "https://example.com/x"}).encode()),
        req("POST", "/v1/articles/batch", [("Content-Type", "application/x-ndjson")],
            (json.dumps({"id": i, "html": d[:2000].decode("utf-8", "replace")}) + "\n" +
             json.dumps({"id": "t", "text": "Exports rose 5% to $3 billion."}) + "\n").encode()),
        req("POST", "/v1/articles", [("Transfer-Encoding", "chunked"), ("Content-Type", "text/html")],
            b"%x\r\n%s\r\n0\r\n\r\n" % (len(d), d)),
    ]
    put("http", "req-%d" % i, forms[i % len(forms)])
    n += 1
for extra in [
    req("GET", "/v1/articles?url=https://example.com/story", []),
    req("GET", "/v1/articles?url=http%3A%2F%2F2130706433%2F", []),
    req("GET", "/v1/articles", []),
    req("DELETE", "/v1/articles", []),
    req("GET", "/healthz", []), req("GET", "/readyz", []), req("GET", "/metrics", []),
    req("GET", "/nope/", []), req("POST", "/v1/articles", [("Content-Type", "image/png")], b"\x89PNG\r\n"),
    req("POST", "/v1/articles", [("Content-Type", "application/json")], b'{"url": "file:///etc/passwd"}'),
    req("POST", "/v1/articles", [("Content-Type", "application/json")], b'{"html": 5}'),
    req("POST", "/v1/articles", [("Content-Length", "99999999999")], b"<p>x</p>"),
    req("POST", "/v1/articles", [("Content-Type", "text/html; charset=x-unknown")], b"<p>x</p>"),
    req("POST", "/v1/articles/batch", [("Content-Type", "application/x-ndjson")], b'{"url":"https://e.com"}\n[1]\n{'),
    b"GARBAGE\r\n\r\n",
]:
    put("http", "extra-%d" % n, extra)
    n += 1
print("fuzz corpus: %d pages, %d texts -> %s" % (len(pages), len(texts), out))
