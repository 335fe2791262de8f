"""The bad-input table: one row per input, with its defined answer from the
command line and from the HTTP API.

Each case is a dict:
  name   what the input is
  data   a function returning the input bytes (generated at test time; big
         inputs are never committed)
  cli    (args, exit, stderr_regex, stdout_check) or None when the input has
         no command-line form. args may contain "{file}" (the input written
         to a file), "{data}" (the input as one argument) or "-" with the
         input on stdin. stdout_check is None, "empty", or a Python
         expression over o (the parsed JSON).
  http   (request, status, regex, body_check) or None. request is a dict:
         method, path ("{data}" is replaced by the percent-encoded input),
         headers, body ("{data}" for the input), and optionally raw (bytes
         sent as they are, "{data}" replaced), chunked, or
         content_length (a number to announce instead of the real one).
         status None means the server closes the connection without an
         answer. regex must match the problem's detail (or the body);
         body_check is a Python expression over o, the JSON answer.
The server must answer /healthz with 200 after every HTTP case.
"""
import codecs
import urllib.parse

MiB = 1024 * 1024


def html(body):
    return b"<html><head><title>T</title></head><body>" + body + b"</body></html>"


def q(s):
    return urllib.parse.quote(s, safe="")


POST = {"method": "POST", "path": "/v1/articles", "headers": {"Content-Type": "text/html"}, "body": "{data}"}


def post(**kw):
    r = dict(POST)
    r["headers"] = dict(POST["headers"])
    r.update(kw)
    return r


def get_url(url):
    return {"method": "GET", "path": "/v1/articles?url=" + q(url), "headers": {}, "body": b""}


def fetch_cli(url, code=3, pat="blocked range|not allowed|unsupported|scheme|malformed|URL"):
    return (["fetch", url], code, pat, "empty")


CASES = [
    {"name": "empty body", "data": lambda: b"",
     "cli": (["parse", "{file}"], 0, "", "o['paragraphs'] == [] and o['word_count'] == 0"),
     "http": (post(), 422, "body is empty", None)},
    {"name": "one byte", "data": lambda: b"x",
     "cli": (["parse", "-"], 0, "", "o['word_count'] <= 1"),
     "http": (post(), 200, "", "o['word_count'] <= 1")},
    {"name": "Content-Length larger than the body sent", "data": lambda: b"<p>only ten</p>",
     "cli": None,
     "http": (post(content_length=1000), None, "", None)},
    {"name": "Content-Length smaller than the body sent",
     "data": lambda: b"<p>Hello there.</p><p>TRAILING JUNK</p>",
     "cli": None,
     "http": (post(content_length=len(b"<p>Hello there.</p>")), 200, "",
              "o['text'] == 'Hello there.'")},
    {"name": "PNG bytes sent as HTML", "data": lambda: b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 4,
     # Known binary formats are refused by the library: exit 1, 422.
     "cli": (["parse", "{file}"], 1, "is a PNG image, not an HTML or text document", "empty"),
     "http": (post(), 422, "PNG image", None)},
    {"name": "gzip bytes sent as HTML",
     "data": lambda: __import__("gzip").compress(html(b"<p>compressed story</p>") * 50),
     "cli": (["parse", "{file}"], 1, "gzip-compressed data", "empty"),
     "http": (post(), 422, "gzip-compressed", None)},
    {"name": "body over the cap (11 MiB, Content-Length)", "data": lambda: b"<p>" + b"a " * (11 * MiB // 2) + b"</p>",
     "cli": (["parse", "{file}"], 1, "larger than the limit of 10485760 bytes", "empty"),
     "http": (post(), 413, "over the limit", None)},
    {"name": "body over the cap (11 MiB, chunked)", "data": lambda: b"<p>" + b"a " * (11 * MiB // 2) + b"</p>",
     "cli": (["parse", "-"], 1, "<stdin>: input is larger than the limit", "empty"),
     "http": (post(chunked=True), 413, "over the limit", None)},
    {"name": "invalid JSON", "data": lambda: b'{"html": "<p>x</p>",',
     "cli": (["parse", "--text", "{file}"], 0, "", "o['word_count'] >= 1"),
     "http": (post(headers={"Content-Type": "application/json"}), 400, "malformed JSON body at line 1", None)},
    {"name": "JSON with wrong types", "data": lambda: b'{"html": 5, "url": ["x"]}',
     "cli": (["parse", "{file}"], 0, "", None),
     "http": (post(headers={"Content-Type": "application/json"}), 400, "must be strings", None)},
    {"name": "JSON array instead of object", "data": lambda: b'[{"html": "<p>x</p>"}]',
     "cli": None,
     "http": (post(headers={"Content-Type": "application/json"}), 400, "must be an object", None)},
    {"name": "1,000,000 nested tags", "data": lambda: b"<div>" * 1000000 + b"<p>deep end</p>",
     "cli": (["parse", "{file}"], 0, "", None),
     "http": (post(), 200, "", "isinstance(o['paragraphs'], list)")},
    {"name": "100,000 attributes on one tag",
     "data": lambda: html(b"<p " + b" ".join(b"a%d=\"v\"" % i for i in range(100000)) + b">Attribute storm.</p>"),
     "cli": (["parse", "{file}"], 0, "", "'Attribute storm.' in o['text']"),
     "http": (post(), 200, "", "'Attribute storm.' in o['text']")},
    {"name": "a 10 MB word", "data": lambda: html(b"<p>" + b"w" * 10000000 + b"</p>"),
     "cli": (["parse", "{file}"], 0, "", "o['word_count'] <= 1"),
     "http": (post(), 200, "", "o['word_count'] <= 1")},
    {"name": "UTF-16 with a byte-order mark",
     "data": lambda: codecs.BOM_UTF16_LE + html("<p>Grüße aus Zürich, sagte sie.</p>".encode()).decode().encode("utf-16-le"),
     "cli": (["parse", "{file}"], 0, "", "o['text'] == 'Grüße aus Zürich, sagte sie.'"),
     "http": (post(), 200, "", "o['text'] == 'Grüße aus Zürich, sagte sie.'")},
    {"name": "invalid UTF-8", "data": lambda: html(b"<p>bad \xc3\x28 and \xff\xfe and \xed\xa0\x80 end</p>"),
     "cli": (["parse", "{file}"], 0, "", "o['text'].startswith('bad') and o['text'].endswith('end')"),
     "http": (post(headers={"Content-Type": "text/html; charset=utf-8"}), 200, "",
              # Bytes that cannot be UTF-8 beat the declared charset.
              "o['text'].startswith('bad') and o['text'].endswith('end')")},
    {"name": "NUL bytes", "data": lambda: html(b"<p>before\0after</p>\0\0<p>second\0 paragraph</p>"),
     "cli": (["parse", "{file}"], 0, "", "'\\x00' not in o['text']"),
     "http": (post(), 200, "", "'\\x00' not in o['text']")},
    {"name": "only <script>", "data": lambda: b"<script>var story = '<p>not text</p>';</script>",
     "cli": (["parse", "{file}"], 0, "", "o['paragraphs'] == []"),
     "http": (post(), 200, "", "o['paragraphs'] == [] and o['text'] == ''")},
    {"name": "only a comment", "data": lambda: b"<!-- <p>commented out</p> -->",
     "cli": (["parse", "{file}"], 0, "", "o['paragraphs'] == []"),
     "http": (post(), 200, "", "o['paragraphs'] == [] and o['word_count'] == 0")},
    {"name": "a 1 MB <title>", "data": lambda: b"<html><head><title>" + b"Long title " * 95000 + b"</title></head><body><p>Body.</p></body></html>",
     "cli": (["parse", "{file}"], 0, "", "o['title'] is None or len(o['title']) <= 1100000"),
     "http": (post(), 200, "", "o['title'] is None or len(o['title']) <= 1100000")},
    {"name": "100,000 paragraphs", "data": lambda: html(b"".join(b"<p>Paragraph number %d says something.</p>" % i for i in range(100000))),
     "cli": (["parse", "{file}"], 0, "", "len(o['paragraphs']) > 1000"),
     "http": (post(), 200, "", "len(o['paragraphs']) > 1000")},
    {"name": "CR/LF in the url parameter", "data": lambda: b"http://example.com/a\r\nX-Injected: 1",
     # The CLI's --url comes from its own user and is only echoed (JSON
     # escapes it); the server refuses it.
     "cli": (["parse", "--url", "{data}", "{file}"], 0, "", "o['url'].endswith('\\r\\nX-Injected: 1')"),
     "http": (post(path="/v1/articles?url={data}", body=html(b"<p>x</p>")), 400, "one line of at most 2048 bytes", None)},
    {"name": "a 10 KB URL to parse with", "data": lambda: b"https://example.com/" + b"a" * 10240,
     "cli": (["parse", "--url", "{data}", "{file}"], 0, "", "len(o['url']) == 10260"),
     "http": (post(path="/v1/articles?url={data}", body=html(b"<p>x</p>")), 400, "at most 2048 bytes", None)},
    {"name": "a 10 KB URL to fetch", "data": lambda: b"https://example.com/" + b"a" * 10240,
     "cli": (["fetch", "{data}"], 3, "", "empty"),
     "http": ({"method": "GET", "path": "/v1/articles?url={data}", "headers": {}, "body": b""}, 400, "", None)},
    {"name": "file: URL", "data": lambda: b"file:///etc/passwd",
     "cli": fetch_cli("file:///etc/passwd"),
     "http": (get_url("file:///etc/passwd"), 400, "http", None)},
    {"name": "gopher: URL", "data": lambda: b"gopher://127.0.0.1:70/1",
     "cli": fetch_cli("gopher://127.0.0.1:70/1"),
     "http": (get_url("gopher://127.0.0.1:70/1"), 400, "http", None)},
    {"name": "ftp: URL", "data": lambda: b"ftp://127.0.0.1/pub/x",
     "cli": fetch_cli("ftp://127.0.0.1/pub/x"),
     "http": (get_url("ftp://127.0.0.1/pub/x"), 400, "http", None)},
    {"name": "loopback as a decimal IP", "data": lambda: b"http://2130706433:9/",
     "cli": fetch_cli("http://2130706433:9/", 3, "blocked range"),
     "http": (get_url("http://2130706433:9/"), 403, "blocked range|not allowed", None)},
    {"name": "loopback as an octal IP", "data": lambda: b"http://0177.0.0.1:9/",
     "cli": fetch_cli("http://0177.0.0.1:9/", 3, "blocked range"),
     "http": (get_url("http://0177.0.0.1:9/"), 403, "blocked range|not allowed", None)},
    {"name": "loopback as a hex IP", "data": lambda: b"http://0x7f.0x0.0x0.0x1:9/",
     "cli": fetch_cli("http://0x7f.0x0.0x0.0x1:9/", 3, "blocked range"),
     "http": (get_url("http://0x7f.0x0.0x0.0x1:9/"), 403, "blocked range|not allowed", None)},
    {"name": "percent-encoded host name", "data": lambda: b"http://%6c%6f%63%61%6c%68%6f%73%74:9/",
     "cli": fetch_cli("http://%6c%6f%63%61%6c%68%6f%73%74:9/", 3, "blocked range|malformed|host"),
     "http": (get_url("http://%6c%6f%63%61%6c%68%6f%73%74:9/"), 403, "blocked range|not allowed", None)},
    {"name": "unknown route", "data": lambda: b"",
     "cli": (["frobnicate"], 2, "unknown command", "empty"),
     "http": ({"method": "GET", "path": "/v2/nothing-here", "headers": {}, "body": b""}, 404, "no such resource", None)},
    {"name": "method not allowed on a route", "data": lambda: b"",
     "cli": (["parse", "--no-such-option"], 2, "unrecognized option|usage", "empty"),
     "http": ({"method": "DELETE", "path": "/v1/articles", "headers": {}, "body": b""}, 405, "not allowed here; use GET, POST", None)},
    {"name": "unknown method", "data": lambda: b"",
     "cli": None,
     "http": ({"method": "FROBNICATE", "path": "/v1/articles", "headers": {}, "body": b""}, 405, "not allowed", None)},
    {"name": "a header block over the limit", "data": lambda: b"",
     "cli": None,
     "http": ({"method": "GET", "path": "/healthz", "headers": {"X-Filler": "f" * 40000}, "body": b""}, 431, "", None)},
    {"name": "unsupported Content-Type", "data": lambda: b"<p>x</p>",
     "cli": (["parse", "--charset", "klingon", "{file}"], 2, "unknown character set", "empty"),
     "http": (post(headers={"Content-Type": "image/png"}), 415, "send the page as", None)},
    {"name": "unknown charset in Content-Type", "data": lambda: b"<p>x</p>",
     "cli": (["parse", "--charset", "x-no-such-charset", "{file}"], 2, "unknown character set", "empty"),
     "http": (post(headers={"Content-Type": "text/html; charset=x-no-such-charset"}), 400, "unknown charset", None)},
    {"name": "empty text/plain body", "data": lambda: b"",
     "cli": (["parse", "--text", "{file}"], 0, "", "o['paragraphs'] == []"),
     "http": (post(headers={"Content-Type": "text/plain"}), 422, "body is empty", None)},
    {"name": "batch with broken lines", "data": lambda: b'{"id": 1, "html": "<p>ok line</p>"}\n{"id": 2,\n[3]\n',
     "cli": None,
     "http": (post(path="/v1/articles/batch", headers={"Content-Type": "application/x-ndjson"}), 200,
              "malformed JSON", None)},
    {"name": "garbage request line", "data": lambda: b"",
     "cli": None,
     "http": ({"raw": b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not http at all\r\n\r\n"}, 400, "", None)},
    {"name": "fields= with an unknown group", "data": lambda: html(b"<p>x</p>"),
     "cli": (["parse", "--fields", "bogus", "{file}"], 2, "unknown field \"bogus\"", "empty"),
     "http": (post(path="/v1/articles?fields=bogus"), 400, "bogus", None)},
]
