"""Pages already on disk, fed through the same pipelines as a crawl (used by `scrapy clean`).

Each PATH is one .html file, a WARC file (.warc, .warc.gz), a folder of .html files (a
`wget --mirror` folder, or one host folder of it, keeps the sites' URLs) and/or WARC files,
a JSONL file of {"url", "html"} lines, or "-" for JSONL on stdin. One unreadable page, record
or line is reported on stderr and skipped; the rest go on.
"""

import asyncio
import codecs
import functools
import gzip
import json
import os
import re
import sys
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import ClassVar

import scrapy
from scrapy import signals

from republished.cleaning.record import now_iso, utc_iso
from republished.extensions.accounting import url_outcome
from republished.pipelines.storage import output_failed
from republished.spiders.decoding import decode_saved_page
from republished.spiders.items import Page
from republished.spiders.warc import (
    GZIP_MAGIC,
    BodyTooLarge,
    UnreadableBody,
    UrlFilter,
    decode_content,
    is_warc,
    warc_items,
)

HTML_SUFFIXES = (".html", ".htm")
#: Pages saved gzipped, as datasets of saved pages often are (the AEB benchmark, crawl dumps).
GZIP_SUFFIX = ".gz"
#: Pages handed to the pipelines and not yet out of them: enough to keep every worker busy,
#: few enough (in number and in characters of HTML) to keep the run's memory small.
MAX_IN_FLIGHT = 64
MAX_IN_FLIGHT_CHARS = 20_000_000
#: What a URL cannot hold as it is: controls, space, the delimiters RFC 3986 excludes, the
#: stand-ins Python reads a file name's undecodable bytes as, and a "%" that starts no escape.
_NOT_IN_URL = re.compile(r'[\x00-\x20\x7f"#<>\\^`{|}\udc80-\udcff]|%(?![0-9A-Fa-f]{2})')
JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")
#: A folder named like a host (`www.archyworldys.com`, `nrk.no`) is one site of a mirror.
#: A host folder of `wget --mirror`: a host name, or an IP address, with the port wget adds
#: after a colon (or a "+", with --restrict-file-names=windows).
HOST_FOLDER = re.compile(
    r"^(?=.{4,253}(?:[:+]\d{1,5})?$)(?:([a-z0-9-]{1,63}\.)+[a-z]{2,24}|\d{1,3}(?:\.\d{1,3}){3})(?:[:+]\d{1,5})?$",
    re.IGNORECASE,
)


def url_for_file(path: Path, root: Path | None = None) -> str:
    """The page's URL in a `wget --mirror` tree given as `root` (the tree, or one host folder
    of it): rebuilt from host/path; any other file keeps its own file:// URI. wget names a page
    with a query `index.html?a=1.html` (--adjust-extension adds the last ".html"): `/?a=1`."""
    if root is not None:
        # Where the file is in the tree, not where a link in the tree points: a mirror whose
        # duplicate pages are links to one copy keeps every page's URL.
        relative = path.relative_to(root).parts
        root = _resolved(root)
        if HOST_FOLDER.match(root.name):
            host, rest = root.name, relative
        elif len(relative) > 1 and HOST_FOLDER.match(relative[0]):
            host, rest = relative[0], relative[1:]
        else:
            return root.joinpath(*relative).as_uri()
        *folders, name = rest
        if name.lower().endswith(GZIP_SUFFIX):
            name = name[: -len(GZIP_SUFFIX)]
        name, question, query = name.partition("?")
        query = re.sub(r"\.html?$", "", query, flags=re.IGNORECASE)
        page = _url_quoted("/".join([*folders, name]).removesuffix("index.html"))
        return f"https://{host.lower().replace('+', ':')}/{page}" + (
            f"?{_url_quoted(query)}" if question else ""
        )
    return path.resolve().as_uri()


def _url_quoted(text: str) -> str:
    """A file name as a URL's path or query: wget saves `/a%20b` as "a b", and a name may hold
    bytes that are no UTF-8; each such character is percent-encoded, everything else is kept."""
    return _NOT_IN_URL.sub(lambda found: "".join(f"%{byte:02X}" for byte in os.fsencode(found[0])), text)


@functools.lru_cache(maxsize=16)
def _resolved(folder: Path) -> Path:
    """Once per folder, not once per page: resolving costs a system call per path part."""
    return folder.resolve()


def html_entries(folder: Path) -> tuple[list[Path], list[Path]]:
    """The page files of a folder, and the entries named like pages that are no file to read (a
    dangling link, a link loop, a FIFO), in one walk."""
    files, unreadable = [], []
    for path in folder.rglob("*"):
        if is_page_file(path):
            if path.is_file():
                files.append(path)
            elif not path.is_dir():
                unreadable.append(path)
    return sorted(files), sorted(unreadable)


def is_page_file(path: Path) -> bool:
    """An .html or .htm file, or one of them gzipped."""
    return path.name.lower().removesuffix(GZIP_SUFFIX).endswith(HTML_SUFFIXES)


def html_files(folder: Path) -> list[Path]:
    return html_entries(folder)[0]


def warc_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if is_warc(p) and p.is_file())


class SavedPagesSpider(scrapy.Spider):
    name = "saved_pages"
    custom_settings: ClassVar[dict] = {"ROBOTSTXT_OBEY": False}

    def __init__(
        self,
        paths: list[str],
        url: str | None = None,
        hosts: str | None = None,
        url_regex: str | None = None,
        *args,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.paths, self.page_url = [paths] if isinstance(paths, str) else list(paths), url
        self.url_filter = UrlFilter.from_options(hosts, url_regex)
        self.output_lost = False
        #: Known up front for .html files and folders of them (the progress line's total).
        filtered = bool(self.url_filter.hosts or self.url_filter.url_regex)
        self.expected_pages = None if filtered else self._count_html_pages()

    def _count_html_pages(self) -> int | None:
        count = 0
        for name in self.paths:
            path = Path(name)
            if path.is_dir() and not warc_files(path):
                count += len(html_files(path))
            elif path.is_file() and is_page_file(path):
                count += 1
            else:
                return None
        return count

    def _error(self, source: str, problem: str) -> None:
        self.logger.error("input %s: %s", source, problem)
        self.crawler.stats.inc_value("clean/unreadable_input")
        self.crawler.signals.send_catch_log(signal=url_outcome, url=source, kind="failed", reason=problem)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(spider._left_pipelines, signal=signal)
        crawler.signals.connect(spider._stop_reading, signal=output_failed)
        return spider

    def _stop_reading(self) -> None:
        """The output cannot be written: cleaning more pages would be for no one."""
        self.output_lost = True

    def _left_pipelines(self, *args, **kwargs) -> None:
        """Pages leave the pipelines in the order they entered (pipelines/clean.py)."""
        self.in_flight_chars -= self.in_flight.popleft()
        self._page_left.set()

    async def _wait_while(self, condition) -> None:
        while condition():
            self._page_left.clear()
            await self._page_left.wait()

    def _full(self) -> bool:
        return len(self.in_flight) >= MAX_IN_FLIGHT or (
            len(self.in_flight) > 1 and self.in_flight_chars > MAX_IN_FLIGHT_CHARS
        )

    async def start(self):
        """Pages wait on disk while the pipelines are full: a run of 20,000 pages holds at most
        MAX_IN_FLIGHT pages, and about MAX_IN_FLIGHT_CHARS of HTML, in memory."""
        self.in_flight: deque[int] = deque()
        self.in_flight_chars = 0
        self._page_left = asyncio.Event()
        for page in self.pages():
            await self._wait_while(self._full)
            if self.output_lost:
                break
            self.in_flight.append(len(page.html))
            self.in_flight_chars += len(page.html)
            yield page
        # Scrapy sees that a run is over when start() has ended and nothing is in process, but it
        # looks only at its next heartbeat (every 5 s) unless start() ends last: so it does. The
        # last page counts as in process until the handlers of its signal have returned.
        await self._wait_while(lambda: self.in_flight)
        scraper = self.crawler.engine.scraper
        while not scraper.slot.is_idle():
            await asyncio.sleep(0.01)

    def pages(self) -> Iterator[Page]:
        """Every input counts once in clean/inputs, whether it yields a page or an error, unless
        --hosts or --url-regex passes it over (counted in clean/skipped/<reason>)."""
        for page in self._read():
            if page is not None and (reason := self.url_filter.reason_to_skip(page.url)):
                self.crawler.stats.inc_value(f"clean/skipped/{reason}")
                continue
            self.crawler.stats.inc_value("clean/inputs")
            if page is not None:
                yield page

    def _read(self) -> Iterator[Page | None]:
        for path in self.paths:
            yield from self._read_path(path)

    def _read_path(self, name: str) -> Iterator[Page | None]:
        if name == "-":
            yield from self._jsonl(sys.stdin.buffer, "<stdin>")
            return
        path = Path(name)
        if path.is_dir():
            files, unreadable = html_entries(path)
            for file in files:
                yield self._html_file(file, url_for_file(file, path))
            for entry in unreadable:
                self._error(str(entry), "not a file to read (a dangling link, a link loop or a FIFO)")
                yield None
            for file in warc_files(path):
                yield from self._warc(file)
        elif is_warc(path):
            yield from self._warc(path)
        elif path.name.lower().removesuffix(GZIP_SUFFIX).endswith(JSONL_SUFFIXES):
            opened = gzip.open if path.name.lower().endswith(GZIP_SUFFIX) else open
            try:
                with opened(path, "rb") as lines:
                    yield from self._jsonl(lines, str(path))
            except (OSError, EOFError, zlib.error) as exc:
                # gzip: a damaged or cut file, after the lines read before the damage
                self._error(str(path), f"cannot read: {getattr(exc, 'strerror', None) or exc}")
                yield None
        else:
            yield self._html_file(path, self.page_url or url_for_file(path))

    def _warc(self, path: Path) -> Iterator[Page]:
        yield from warc_items(path, self.url_filter, self.crawler.stats, self._error)

    def _html_file(self, path: Path, url: str) -> Page | None:
        try:
            raw = path.read_bytes()
            if raw.startswith(GZIP_MAGIC):
                raw = decode_content(raw, "gzip")
        except OSError as exc:
            self._error(str(path), f"cannot read: {exc.strerror or exc}")
            return None
        except (UnreadableBody, BodyTooLarge) as exc:
            self._error(str(path), f"a gzipped page that cannot be read: {exc}")
            return None
        return Page(url=url, html=decode_saved_page(raw)[0], fetched_at=now_iso())

    def _jsonl(self, lines: Iterable[bytes], name: str) -> Iterator[Page | None]:
        """Lines are read as bytes, so one invalid UTF-8 byte costs its own line, not the file."""
        for number, raw in enumerate(lines, 1):
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)  # Windows tools start UTF-8 files with one
            if not raw.strip():
                continue
            source = f"{name}:{number}"
            try:
                data = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                self._error(source, f"not UTF-8: byte {raw[exc.start]:#04x} at column {exc.start + 1}")
                yield None
                continue
            except json.JSONDecodeError as exc:
                self._error(source, f"not JSON: {exc.msg} (column {exc.colno})")
                yield None
                continue
            except RecursionError:
                self._error(source, "not JSON this reader can take: nested too deep")
                yield None
                continue
            if (
                not isinstance(data, dict)
                or not isinstance(data.get("url"), str)
                or not data["url"].strip()
                or not isinstance(data.get("html"), str)
            ):
                self._error(source, 'expected an object with a non-empty string "url" and a string "html"')
                yield None
                continue
            given = data.get("fetched_at")
            fetched_at = utc_iso(given)
            if given is not None and fetched_at is None:
                self.logger.warning(
                    "input %s: fetched_at %.40r is no ISO 8601 time; the time of reading is used",
                    source,
                    given,
                )
            yield Page(url=data["url"], html=data["html"], fetched_at=fetched_at or now_iso())
