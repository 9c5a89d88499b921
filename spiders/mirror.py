"""Serve requests from a local mirror folder instead of the network.

The folder is laid out as `wget --mirror` writes it (host/path, `index.html` for
a path ending in `/`). Records keep the real URLs. Enabled only by MIRROR_DIR,
so a crawl of real sites never reads local files.
"""

from pathlib import Path
from urllib.parse import unquote, urlsplit

from scrapy.exceptions import NotConfigured
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes

CONTENT_TYPES = {
    ".html": b"text/html; charset=utf-8",
    ".htm": b"text/html; charset=utf-8",
    ".xml": b"application/xml",
    ".txt": b"text/plain; charset=utf-8",
    ".gz": b"application/gzip",
}


class MirrorMiddleware:
    def __init__(self, root: Path, stats):
        self.root = root.resolve()
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        root = crawler.settings.get("MIRROR_DIR")
        if not root:
            raise NotConfigured
        if not Path(root).is_dir():
            raise ValueError(f"MIRROR_DIR {root!r} is not a folder; refusing to crawl the network instead")
        return cls(Path(root), crawler.stats)

    def path_for(self, url: str) -> Path | None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return None
        path = unquote(parts.path or "/")
        if path.endswith("/"):
            path += "index.html"
        candidate = (self.root / parts.hostname / path.lstrip("/")).resolve()
        if not candidate.is_relative_to(self.root):
            return None
        if candidate.is_dir():
            candidate = candidate / "index.html"
        return candidate

    def process_request(self, request, spider=None):
        path = self.path_for(request.url)
        if path is None or not path.is_file():
            self.stats.inc_value("mirror/missing")
            return responsetypes.from_args(url=request.url)(
                url=request.url, status=404, body=b"", request=request
            )
        body = path.read_bytes()
        content_type = CONTENT_TYPES.get(path.suffix, b"application/octet-stream")
        if content_type.startswith(b"text/html") and body.lstrip()[:5] == b"<?xml":
            content_type = b"application/xml"
        headers = Headers({"Content-Type": content_type})
        self.stats.inc_value("mirror/served")
        response_class = responsetypes.from_args(headers=headers, url=request.url, body=body)
        return response_class(url=request.url, status=200, headers=headers, body=body, request=request)
