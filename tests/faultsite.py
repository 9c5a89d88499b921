"""A site on 127.0.0.1 that misbehaves the way real sites do, for the fault-tolerance test.

Every path is listed in FAULTS with the outcome the crawl should account for.
Request loops are bounded: nothing here waits longer than a few seconds.
"""

import gzip
import time
from http.server import BaseHTTPRequestHandler

from tests.servers import LocalServer
from tests.sitegen import article_text

ARTICLE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} – NRK – Fault Farm</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>{title}</h1><div class="entry-content">{body}</div></article>
<footer>Fault Farm</footer></body></html>"""
#: Bytes that are cp1252, not UTF-8, in a page that declares UTF-8.
CP1252_TEXT = (
    "Health Minister Bent Høie said the infection figures were “clearly falling” this week, "
    "and that the government’s measures would be eased step by step in the coming months. "
)
MB = 1024 * 1024


def article(number: int, extra: str = "") -> bytes:
    title, paragraphs = article_text(number)
    body = "".join(f"<p>{p}</p>" for p in [extra, *paragraphs] if p)
    return ARTICLE.format(title=title, body=body).encode("utf-8")


#: path -> (expected outcome kind, words expected in the reason)
FAULTS = {
    "/a/ok-0/": ("exported", ""),
    "/a/ok-1/": ("exported", ""),
    "/a/ok-2/": ("exported", ""),
    "/a/e503-then-ok/": ("exported", ""),
    "/a/redirect-1/": ("redirected", "redirect-2"),
    "/a/redirect-2/": ("redirected", "redirect-3"),
    "/a/redirect-3/": ("redirected", "ok-9"),
    "/a/ok-9/": ("exported", ""),
    "/a/cp1252/": ("exported", ""),
    "/a/truncated/": ("exported", ""),
    "/a/e500/": ("failed", "HTTP 500"),
    "/a/timeout/": ("failed", "Timeout"),
    "/a/drop/": ("failed", ""),
    "/a/loop/": ("failed", "redirect loop"),
    "/a/pdf/": ("skipped", "not an HTML page"),
    "/a/image/": ("skipped", "not an HTML page"),
    "/a/huge/": ("failed", ""),
    "/a/gzip-bomb/": ("failed", "DOWNLOAD_MAXSIZE"),
    "/a/short/": ("dropped", "too little text"),
    "/private/a/secret/": ("skipped", "robots.txt"),
    "/bomb-sitemap.xml": ("failed", "malformed sitemap"),
    "/feed/": ("failed", "malformed feed"),
    "/a/rate-limited/": ("exported", ""),
    "/a/offsite-redirect/": ("redirected", "localhost"),
    # Found only through a gzipped sitemap served as a file, a sitemap cut off mid-download, and
    # a feed with relative links and an HTML entity.
    "/news-sitemap.xml.gz": ("discovery", ""),
    "/a/gz-ok/": ("exported", ""),
    "/cut-sitemap.xml": ("failed", "damaged sitemap"),
    "/a/cut-ok/": ("exported", ""),
    "/rel-feed/": ("failed", "damaged feed"),
    "/a/feed-ok/": ("exported", ""),
}
ELSEWHERE = {"/a/gz-ok/", "/a/cut-ok/", "/a/feed-ok/"}
ARTICLES = [path for path in FAULTS if "/a/" in path]
#: Where the redirect off the site leads (localhost: the same server under another host name).
OFFSITE_TARGET = "/a/elsewhere-2/"
ENTITY_BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<lolz>&lol4;</lolz>"""


class FaultHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        self.server.requests.append(self.path)

    def send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8", **headers):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path, base = self.path, f"http://127.0.0.1:{self.server.server_address[1]}"
        counts = self.server.counts
        counts[path] = counts.get(path, 0) + 1
        self.server.times.setdefault(path, []).append(time.monotonic())
        if path == "/robots.txt" and self.server.robots_status != 200:
            return self.send(self.server.robots_status, b"Internal Server Error", "text/plain")
        if path == "/robots.txt":
            sitemaps = ["sitemap.xml", "bomb-sitemap.xml", "news-sitemap.xml.gz", "cut-sitemap.xml"]
            text = "User-agent: *\nDisallow: /private/\n" + "".join(
                f"Sitemap: {base}/{m}\n" for m in sitemaps
            )
            return self.send(200, text.encode(), "text/plain")
        if path == "/news-sitemap.xml.gz":
            body = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{base}/a/gz-ok/</loc></url></urlset>'
            return self.send(200, gzip.compress(body.encode()), "application/x-gzip")
        if path == "/cut-sitemap.xml":
            body = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{base}/a/cut-ok/</loc></url><url><loc>{base}/a/cu'
            return self.send(200, body.encode(), "application/xml")
        if path == "/rel-feed/":
            body = '<?xml version="1.0"?><rss version="2.0"><channel><title>News&nbsp;today</title><item><link>/a/feed-ok/</link></item></channel></rss>'
            return self.send(200, body.encode(), "application/rss+xml")
        if path in ("/a/gz-ok/", "/a/cut-ok/", "/a/feed-ok/"):
            return self.send(200, article(31 + sorted(ELSEWHERE).index(path)))
        if path == "/a/rate-limited/":
            if counts[path] == 1:
                return self.send(429, b"slow down", "text/plain", Retry_After="2")
            return self.send(200, article(34))
        if path == "/a/offsite-redirect/":
            port = self.server.server_address[1]
            return self.send(301, b"", "text/plain", Location=f"http://localhost:{port}{OFFSITE_TARGET}")
        if path == OFFSITE_TARGET:
            return self.send(200, article(35))
        if path == "/sitemap.xml":
            locs = [base + p for p in ARTICLES if p not in ELSEWHERE] + [
                "http://offsite.example/a/elsewhere/",
                "file:///etc/passwd",
            ]
            entries = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
            body = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'
            return self.send(200, body.encode(), "application/xml")
        if path == "/bomb-sitemap.xml":
            return self.send(200, ENTITY_BOMB, "application/xml")
        if path == "/feed/":
            return self.send(200, b"<html><body>This feed moved.</body></html>", "application/rss+xml")
        if path == "/":
            links = ["/a/ok-0/", "/a/ok-1/", "mailto:desk@fault.farm", "javascript:void(0)", "file:///etc/passwd",
                     "http://offsite.example/a/x/", "/private/a/secret/", "/a/redirect-1/"]  # fmt: skip
            body = "".join(f'<a href="{link}">{link}</a> ' for link in links)
            return self.send(200, f"<html><body>{body}</body></html>".encode())
        if path.startswith("/a/ok-"):
            return self.send(200, article(int(path.strip("/").rsplit("-", 1)[1])))
        if path == "/a/e503-then-ok/":
            if counts[path] == 1:
                return self.send(503, b"busy", "text/plain", Retry_After="1")
            return self.send(200, article(20))
        if path.startswith("/a/redirect-"):
            step = int(path.strip("/").rsplit("-", 1)[1])
            target = f"/a/redirect-{step + 1}/" if step < 3 else "/a/ok-9/"
            return self.send(301, b"", "text/plain", Location=base + target)
        if path == "/a/loop/":
            return self.send(302, b"", "text/plain", Location=base + "/a/loop/")
        if path == "/a/cp1252/":
            page = ARTICLE.format(title="Infection figures are falling", body=f"<p>{CP1252_TEXT * 4}</p>")
            return self.send(200, page.encode("cp1252"))
        if path == "/a/truncated/":
            return self.send(200, article(21)[:-400])
        if path == "/a/e500/":
            return self.send(500, b"Internal Server Error", "text/plain")
        if path == "/a/timeout/":
            time.sleep(4)
            return self.send(200, article(22))
        if path == "/a/drop/":
            self.close_connection = True
            return self.connection.shutdown(2)
        if path == "/a/pdf/":
            return self.send(200, article(23), "application/pdf")
        if path == "/a/image/":
            return self.send(200, article(24), "image/png")
        if path == "/a/huge/":
            return self.send_huge(50 * MB)
        if path == "/a/gzip-bomb/":
            return self.send(200, self.server.bomb, "text/html", Content_Encoding="gzip")
        if path == "/a/short/":
            return self.send(200, ARTICLE.format(title="Short", body="<p>Just a line of text.</p>").encode())
        return self.send(404, b"not found", "text/plain")

    def send_huge(self, size: int):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        chunk = b"<p>" + b"x" * (MB - 7) + b"</p>\n"
        try:
            for _ in range(size // len(chunk)):
                self.wfile.write(chunk)
        except OSError:
            self.close_connection = True


class FaultSite(LocalServer):
    """`with FaultSite() as site:` serves the misbehaving site at site.url."""

    def __init__(self, robots_status: int = 200):
        super().__init__(FaultHandler)
        self.server.requests, self.server.counts, self.server.times = [], {}, {}
        self.server.robots_status = robots_status
        self.server.bomb = gzip.compress(b"<p>" + b"0" * (200 * MB) + b"</p>", compresslevel=9)
