#!/usr/bin/env python3
"""A small HTTP server of articled's own for the fetch tests (loopback only).

usage: pages.py PORTFILE   -- listens on 127.0.0.1, a free port, written to PORTFILE

Routes:
  /article            an article page (text/html; charset=utf-8)
  /text               a plain-text article (text/plain)
  /redirect/N         N redirects, then /article
  /loop               redirects to itself forever
  /to-127.0.0.2       302 to http://127.0.0.2:PORT/article
  /to-metadata        302 to http://169.254.169.254/latest/meta-data/
  /to-file            302 to file:///etc/passwd
  /drip               sends one byte a second for a minute
  /endless            an endless text/html body, as fast as it goes
  /image              a PNG (image/png)
  /gzip               the article, Content-Encoding: gzip
  /missing            404
  /error              503
  /gbk                a GBK page whose charset is only in the Content-Type header
"""
import gzip
import http.server
import os
import sys
import time

ARTICLE = """<!DOCTYPE html><html lang="en"><head><title>Harbour reopens after storm - Coast Times</title>
<meta property="og:site_name" content="Coast Times"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour reopens after storm</h1>
<p class="byline">By Jane Miller</p>
<p>The harbour of Port Ellis reopened on Tuesday after a storm closed it for three days, the port authority said.</p>
<p>Fishing boats returned to their moorings in the morning, and the ferry to the islands resumed its timetable at noon.</p>
<p>Repairs to the breakwater will take until the end of the month, according to the authority's engineers.</p>
</article><footer>Copyright Coast Times</footer></body></html>"""

GBK = ("<html><head><title>港口重新开放</title></head><body><article><h1>港口重新开放</h1>"
       "<p>暴风雨过后，港口于周二重新开放，渔船在早上回到了停泊处。</p>"
       "<p>防波堤的修复工作将持续到月底。</p></article></body></html>")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, code, body, ctype="text/html; charset=utf-8", headers=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, where):
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        port = self.server.server_address[1]
        p = self.path
        if p == "/article":
            self.send(200, ARTICLE.encode())
        elif p == "/text":
            self.send(200, b"Harbour reopens.\n\nThe harbour reopened on Tuesday.\n", "text/plain; charset=utf-8")
        elif p.startswith("/redirect/"):
            n = int(p.rsplit("/", 1)[1])
            self.redirect("/redirect/%d" % (n - 1) if n > 1 else "/article")
        elif p == "/loop":
            self.redirect("/loop")
        elif p == "/to-127.0.0.2":
            self.redirect("http://127.0.0.2:%d/article" % port)
        elif p == "/to-metadata":
            self.redirect("http://169.254.169.254/latest/meta-data/")
        elif p == "/to-file":
            self.redirect("file:///etc/passwd")
        elif p == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "60")
            self.end_headers()
            try:
                for _ in range(60):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(1)
            except OSError:
                pass
        elif p == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"endless words " * 4000 + b"</p>"
            try:
                for _ in range(100000):
                    self.wfile.write(chunk)
            except OSError:
                pass
            self.close_connection = True
        elif p == "/image":
            self.send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")
        elif p == "/gzip":
            self.send(200, gzip.compress(ARTICLE.encode()), headers=[("Content-Encoding", "gzip")])
        elif p == "/missing":
            self.send(404, b"<h1>Not found</h1>")
        elif p == "/error":
            self.send(503, b"<h1>Busy</h1>")
        elif p == "/gbk":
            self.send(200, GBK.encode("gbk"), "text/html; charset=GBK")
        else:
            self.send(404, b"no such page")


def main():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    with open(sys.argv[1] + ".tmp", "w") as f:
        f.write(str(srv.server_address[1]))
    os.rename(sys.argv[1] + ".tmp", sys.argv[1])
    srv.serve_forever()


if __name__ == "__main__":
    main()
