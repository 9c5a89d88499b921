"""Pages already on disk, fed through the same pipelines as a crawl (used by `scrapy clean`).

PATH is one .html file, a folder of .html files (a `wget --mirror` folder keeps
its URLs), a JSONL file of {"url", "html"} lines, or "-" for JSONL on stdin.
One unreadable page is reported on stderr and skipped; the rest go on.
"""

import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

import scrapy

from republished.spiders.items import Page

HTML_SUFFIXES = (".html", ".htm")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def url_for_file(path: Path, root: Path | None) -> str:
    """The page's URL: rebuilt from a host/path mirror layout, else the file's own URI."""
    if root is not None:
        parts = path.relative_to(root).parts
        if len(parts) > 1 and "." in parts[0]:
            rest = "/".join(parts[1:])
            rest = rest.removesuffix("index.html")
            return f"https://{parts[0]}/{rest}"
    return path.resolve().as_uri()


class SavedPagesSpider(scrapy.Spider):
    name = "saved_pages"
    custom_settings: ClassVar[dict] = {"ROBOTSTXT_OBEY": False}

    def __init__(self, path: str, url: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.path, self.page_url = path, url

    def _error(self, source: str, problem: str) -> None:
        self.logger.error("page %s: %s", source, problem)
        self.crawler.stats.inc_value("clean/unreadable_input")

    async def start(self):
        for page in self.pages():
            yield page

    def pages(self) -> Iterator[Page]:
        if self.path == "-":
            yield from self._jsonl(sys.stdin, "<stdin>")
            return
        path = Path(self.path)
        if path.is_dir():
            for file in sorted(
                p for p in path.rglob("*") if p.suffix.lower() in HTML_SUFFIXES and p.is_file()
            ):
                yield from self._html_file(file, url_for_file(file, path))
        elif path.suffix.lower() in (".jsonl", ".json", ".ndjson"):
            try:
                with path.open(encoding="utf-8") as lines:
                    yield from self._jsonl(lines, str(path))
            except OSError as exc:
                self._error(str(path), f"cannot read: {exc.strerror or exc}")
        elif path.is_file() or path.suffix.lower() in HTML_SUFFIXES:
            yield from self._html_file(path, self.page_url or url_for_file(path, None))
        else:
            self._error(str(path), "no such file or folder")

    def _html_file(self, path: Path, url: str) -> Iterator[Page]:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            self._error(str(path), f"cannot read: {exc.strerror or exc}")
            return
        yield Page(url=url, html=raw.decode("utf-8", errors="replace"), fetched_at=_now())

    def _jsonl(self, lines, name: str) -> Iterator[Page]:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            source = f"{name}:{number}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                self._error(source, f"not JSON: {exc.msg}")
                continue
            if (
                not isinstance(data, dict)
                or not isinstance(data.get("url"), str)
                or not isinstance(data.get("html"), str)
            ):
                self._error(source, 'expected an object with string "url" and "html"')
                continue
            yield Page(url=data["url"], html=data["html"], fetched_at=data.get("fetched_at") or _now())
