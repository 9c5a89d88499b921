"""HTML pages out of WARC files (Common Crawl, CC-NEWS, `wget --warc-file`, Heritrix …).

No Scrapy here: `scrapy clean FILE.warc.gz` and the datatrove reader (republished/datatrove.py)
share it. WarcPages yields each HTML page of a 200 response with its URL, WARC-Date, body (after
Content-Encoding and chunked Transfer-Encoding) and the charset its HTTP header declared;
every record it passes over is counted in `skipped` by reason. A damaged stretch (a truncated
or corrupt gzip member, garbage between records) is reported once, and reading goes on at the
next record found after it: one bad record never costs the rest of the file.
"""

import io
import logging
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, ClassVar
from urllib.parse import urlsplit

from fastwarc import ArchiveIterator, WarcRecord, WarcRecordType

from republished.cleaning.record import now_iso, utc_iso
from republished.spiders.decoding import decode_saved_page
from republished.spiders.items import Page

logger = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: A crawl's DOWNLOAD_MAXSIZE: no news page comes near it, and a body that inflates past it
#: (a decompression bomb) is dropped before it fills memory.
MAX_BODY_BYTES = 10 * 1024 * 1024

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^\"';,\s]+)", re.IGNORECASE)
_HOST_NAME = re.compile(r"[\w-]+(?:\.[\w-]+)*")
#: How gzip data starts (RFC 1952: ID1, ID2 and the one method in use, deflate).
GZIP_MAGIC = b"\x1f\x8b\x08"
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_STATUS = re.compile(r"HTTP/[\d.]+\s+(\d{3})\b")
#: The next record's start inside a record's block: its Content-Length said more than it holds.
_NEXT_RECORD_INSIDE = re.compile(rb"\r?\n\r?\nWARC/1\.[01]\r?\nWARC-[\w-]+:")
_PLAIN_RECORD = b"\nWARC/1."
_SCAN_CHUNK = 1 << 20


def is_warc(path: str | Path) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


class UnreadableBody(ValueError):
    """An HTTP body that cannot be decoded (bad compression or chunking)."""


class BodyTooLarge(ValueError):
    """An HTTP body larger than the limit once decoded."""


@dataclass(frozen=True)
class UrlFilter:
    """Which pages to keep: those of `hosts` (each host and its subdomains) whose URL `url_regex` finds."""

    #: What `reason_to_skip` says.
    SKIP_REASONS: ClassVar[tuple[str, ...]] = ("other_host", "url_not_matched")

    hosts: tuple[str, ...] = ()
    url_regex: re.Pattern[str] | None = None

    @classmethod
    def from_options(
        cls, hosts: str | Iterable[str] | None = None, url_regex: str | None = None
    ) -> "UrlFilter":
        """From command-line values (hosts comma-separated); ValueError names the bad option."""
        if isinstance(hosts, str):
            hosts = hosts.split(",")
        names = []
        for host in hosts or ():
            name = host.strip().lower().strip(".")
            if not name:
                continue
            if not _HOST_NAME.fullmatch(name):
                raise ValueError(f"hosts: {host.strip()!r} is not a host name (give e.g. archyworldys.com)")
            names.append(name)
        pattern = None
        if url_regex:
            try:
                pattern = re.compile(url_regex)
            except re.error as exc:
                raise ValueError(f"url_regex: {url_regex!r} is not a regular expression: {exc}") from exc
        return cls(tuple(names), pattern)

    def reason_to_skip(self, url: str) -> str | None:
        if self.hosts:
            try:
                host = urlsplit(url).hostname or ""
            except ValueError:
                host = ""
            if not any(host == name or host.endswith("." + name) for name in self.hosts):
                return "other_host"
        if self.url_regex and not self.url_regex.search(url):
            return "url_not_matched"
        return None


@dataclass(frozen=True)
class WarcPage:
    url: str
    #: WARC-Date as written in the record (ISO 8601, e.g. 2022-02-11T06:01:00Z)
    date: str | None
    #: the HTTP payload with Content-Encoding and chunked Transfer-Encoding undone
    body: bytes
    #: charset of the HTTP Content-Type header, as written; None when it names none
    charset: str | None
    record_id: str | None
    #: where the record starts in the file (in the compressed file for .warc.gz)
    offset: int

    def text(self) -> str:
        return decode_body(self.body, self.charset)


def decode_body(body: bytes, charset: str | None) -> str:
    """The page as text, decoded as a saved page is (spiders/decoding.py: byte-order mark, then
    the HTTP header's charset, then the page's own meta charset, then detection)."""
    return decode_saved_page(body, charset)[0]


def decode_content(
    body: bytes,
    content_encoding: str | None,
    transfer_encoding: str | None = None,
    limit: int = MAX_BODY_BYTES,
) -> bytes:
    """The body as the server meant it: chunks joined, then each Content-Encoding undone in reverse."""
    if transfer_encoding and "chunked" in transfer_encoding.lower():
        body = _dechunked(body)
    encodings = [e.strip().lower() for e in (content_encoding or "").split(",") if e.strip()]
    for encoding in reversed(encodings):
        body = _decompressed(body, encoding, limit)
    if len(body) > limit:
        raise BodyTooLarge(f"body is larger than {limit:,} bytes")
    return body


def _dechunked(body: bytes) -> bytes:
    joined, position = bytearray(), 0
    while True:
        line_end = body.find(b"\n", position)
        if line_end < 0:
            raise UnreadableBody("chunked body ends before its last chunk")
        size_text = body[position:line_end].split(b";")[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            raise UnreadableBody(f"bad chunk size {size_text[:20]!r} at byte {position}") from None
        if size == 0:
            return bytes(joined)
        start = line_end + 1
        if start + size > len(body):
            raise UnreadableBody("chunked body ends inside a chunk")
        joined += body[start : start + size]
        position = start + size
        position += 2 if body.startswith(b"\r\n", position) else 1 if body.startswith(b"\n", position) else 0


def _decompressed(body: bytes, encoding: str, limit: int) -> bytes:
    if encoding == "identity":
        return body
    if encoding in ("gzip", "x-gzip"):
        return _inflated(body, zlib.decompressobj(16 + zlib.MAX_WBITS), encoding, limit)
    if encoding == "deflate":
        try:  # the standard says zlib-wrapped; some servers send raw deflate
            return _inflated(body, zlib.decompressobj(), encoding, limit)
        except UnreadableBody:
            return _inflated(body, zlib.decompressobj(-zlib.MAX_WBITS), encoding, limit)
    if encoding == "br":
        import brotli

        decompressor = brotli.Decompressor()
        try:
            inflated = decompressor.process(body, output_buffer_limit=limit + 1)
        except brotli.error as exc:
            raise UnreadableBody(f"not valid br data: {exc}") from None
        if len(inflated) > limit:
            raise BodyTooLarge(f"br body inflates past {limit:,} bytes")
        if not decompressor.is_finished():
            raise UnreadableBody("br data ends early")
        return inflated
    if encoding == "zstd":
        return _zstd_inflated(body, limit)
    raise UnreadableBody(f"unsupported Content-Encoding {encoding!r}")


def _zstd_inflated(body: bytes, limit: int) -> bytes:
    """Read through a bounded stream, since a zstd frame need not declare its size: a bomb stops
    at the limit. The stream ends quietly where the data is cut, so the first frame is decoded
    again (within the limit now) to tell a whole body from one cut short."""
    import zstandard

    try:
        with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(body), read_across_frames=True) as reader:
            inflated = reader.read(limit + 1)
        if len(inflated) > limit:
            raise BodyTooLarge(f"zstd body inflates past {limit:,} bytes")
        first_frame = zstandard.ZstdDecompressor().decompressobj()
        first_frame.decompress(body)
    except zstandard.ZstdError as exc:
        raise UnreadableBody(f"not valid zstd data: {exc}") from None
    if not first_frame.eof:
        raise UnreadableBody("zstd data ends early")
    return inflated


def _inflated(body: bytes, decompressor, encoding: str, limit: int) -> bytes:
    try:
        inflated = decompressor.decompress(body, limit + 1)
    except zlib.error as exc:
        raise UnreadableBody(f"not valid {encoding} data: {exc}") from None
    if len(inflated) > limit:
        raise BodyTooLarge(f"{encoding} body inflates past {limit:,} bytes")
    if not decompressor.eof:
        raise UnreadableBody(f"{encoding} data ends early")
    return inflated


class _DamagedRecord(Exception):
    """A record whose content cannot be read to its end: the file is truncated or damaged here."""


def _cut_off(stream: BinaryIO, offset: int) -> str | None:
    """Why the file ends inside its last record, or None. fastwarc ends quietly when the file
    ends inside a record whose body is not read (a request or metadata record of a download cut
    short): the last record is read again, whole, to tell."""
    try:
        stream.seek(offset)
        for record in ArchiveIterator(stream, parse_http=False, auto_decode="none"):
            if not (record.headers.get("Content-Length") or "").strip().isdigit():
                return f"the file ends inside the headers of its last record, at byte {offset}"
            declared = int(record.headers["Content-Length"])
            found = record.reader.consume()
            if found < declared:
                return f"the file ends inside its last record, at byte {offset} ({found:,} of {declared:,} bytes)"
            return None
    except (OSError, ValueError):
        return f"the file ends inside its last record, at byte {offset}"
    return None


class WarcPages:
    """The HTML pages of one WARC file, with every other record counted in `skipped` by reason.

    Reasons: `<type>_record` (warcinfo, request, metadata, revisit …), `other_host` and
    `url_not_matched` (the filter), `not_http`, `http_<status>` (anything but 200), `not_html`,
    `truncated_by_crawler` (WARC-Truncated: the body is only the page's start), `too_large`,
    `unreadable_body` (reported too), `damaged` (one per damaged stretch, reported).
    `report` gets one line per problem, without the file's name (default: logged as an error
    with it).
    """

    def __init__(
        self,
        source: str | Path | BinaryIO,
        url_filter: UrlFilter | None = None,
        report: Callable[[str], None] | None = None,
        max_body_bytes: int = MAX_BODY_BYTES,
        name: str | None = None,
    ):
        self.source = source
        self.name = name or (
            str(source) if isinstance(source, str | Path) else getattr(source, "name", "<stream>")
        )
        self.url_filter = url_filter or UrlFilter()
        self.report = report or (lambda problem: logger.error("%s: %s", self.name, problem))
        self.max_body_bytes = max_body_bytes
        self.skipped: Counter[str] = Counter()
        self.pages = 0
        #: The record whose block ran into the next one: reported, and reading resumes after it.
        self._overrun: int | None = None

    def summary(self) -> str:
        passed_over = ", ".join(f"{count} {reason}" for reason, count in sorted(self.skipped.items()))
        return f"{self.name}: {self.pages} HTML pages; passed over: {passed_over or 'nothing'}"

    def __iter__(self) -> Iterator[WarcPage]:
        if not isinstance(self.source, str | Path):
            yield from self._pages(self.source)
            return
        try:
            with Path(self.source).open("rb") as stream:
                yield from self._pages(stream)
        except OSError as exc:
            self.report(f"cannot read: {exc.strerror or exc}")

    def _pages(self, stream: BinaryIO) -> Iterator[WarcPage]:
        position: int | None = stream.tell()
        damage: str | None = None  # the damaged stretch being skipped, reported once reading resumes
        while position is not None:
            stream.seek(position)
            last_record: int | None = None
            try:
                for record in ArchiveIterator(stream, parse_http=True, auto_decode="none"):
                    last_record = record.stream_pos
                    if damage:
                        self._damaged(damage, f"read on at byte {last_record}")
                        damage = None
                    page = self._page(record)
                    if page is not None:
                        self.pages += 1
                        yield page
                if last_record is not None and (cut := _cut_off(stream, last_record)):
                    damage = damage or cut
                break
            except _DamagedRecord as exc:
                damage = damage or str(exc)
            except (OSError, ValueError) as exc:  # how fastwarc reports a stream it cannot parse
                where = (
                    f"at byte {position}"
                    if last_record is None
                    else f"after the record at byte {last_record}"
                )
                if last_record is None or last_record != self._overrun:  # that one was reported
                    damage = damage or f"unreadable data {where} ({exc})"
            position = _next_record_start(stream, (position if last_record is None else last_record) + 1)
        if damage:
            self._damaged(damage, "nothing readable after it")
        elif not self.skipped and not self.pages:
            self.report("no WARC record in it (an empty or unfinished download?)")

    def _damaged(self, damage: str, outcome: str) -> None:
        self.skipped["damaged"] += 1
        self.report(f"{damage}; {outcome}")

    def _skip(self, reason: str) -> None:
        self.skipped[reason] += 1

    def _page(self, record: WarcRecord) -> WarcPage | None:
        offset = record.stream_pos
        if record.record_type != WarcRecordType.response:
            self._skip(f"{record.record_type}_record")
            return None
        url = (record.headers.get("WARC-Target-URI") or "").strip().strip("<>")
        if not url:
            self._skip("no_url")
            self.report(f"response record at byte {offset} has no WARC-Target-URI")
            return None
        if reason := self.url_filter.reason_to_skip(url):
            self._skip(reason)
            return None
        if not record.is_http:
            self._skip("not_http")
            return None
        status, header, lf_only_body = _http_head(record)
        if status != 200:
            self._skip(f"http_{status or 'unknown'}")
            return None
        content_type = header("Content-Type") or ""
        declared = content_type or record.headers.get("WARC-Identified-Payload-Type") or ""
        if declared.split(";")[0].strip().lower() not in HTML_TYPES:
            self._skip("not_html")
            return None
        if record.headers.get("WARC-Truncated"):  # the crawler kept only the start: a partial article
            self._skip("truncated_by_crawler")
            return None
        if record.content_length > self.max_body_bytes:
            self._skip("too_large")
            return None
        try:
            body = record.reader.read()
        except OSError as exc:
            raise _DamagedRecord(f"the record at byte {offset} ({url}) cannot be read ({exc})") from None
        if len(body) < record.content_length:
            raise _DamagedRecord(
                f"the record at byte {offset} ({url}) is cut off ({len(body):,} of {record.content_length:,} bytes)"
            )
        if lf_only_body is not None:
            body = lf_only_body + body
        if overrun := _NEXT_RECORD_INSIDE.search(body):
            body = body[: overrun.start()]
            self._overrun = offset
            self.report(
                f"record at byte {offset} ({url}): its Content-Length runs into the next record; "
                "the page is read up to it"
            )
        try:
            body = decode_content(
                body, header("Content-Encoding"), header("Transfer-Encoding"), self.max_body_bytes
            )
        except BodyTooLarge:
            self._skip("too_large")
            return None
        except UnreadableBody as exc:
            self._skip("unreadable_body")
            self.report(f"record at byte {offset} ({url}): {exc}")
            return None
        charset = _CHARSET.search(content_type)
        return WarcPage(
            url=url,
            date=record.headers.get("WARC-Date"),
            body=body,
            charset=charset.group(1) if charset else None,
            record_id=record.headers.get("WARC-Record-ID"),
            offset=offset,
        )


def _http_head(record: WarcRecord) -> tuple[int | None, Callable[[str], str | None], bytes | None]:
    """The status, a lookup of the headers by name and, for a head whose lines end in a bare LF,
    the start of the body. fastwarc splits the head at CRLF only, and reads such a head, with the
    body up to its first CRLF CRLF, as one status line: it is split here, at its first blank line."""
    http = record.http_headers
    read_as_status_line = http.status_line_bytes
    if b"\n" not in read_as_status_line:
        return http.status_code, http.get, None
    if record.content_length:  # what is left to read came after a CRLF CRLF in the body
        read_as_status_line += b"\r\n\r\n"
    blank = _BLANK_LINE.search(read_as_status_line)
    head, body = (
        (read_as_status_line[: blank.start()], read_as_status_line[blank.end() :])
        if blank
        else (read_as_status_line, b"")
    )
    status_line, *lines = head.decode("latin-1").splitlines()
    fields = {}
    for line in lines:
        name, colon, value = line.partition(":")
        if colon and name.strip():
            fields.setdefault(name.strip().lower(), value.strip())
    status = _STATUS.match(status_line)
    return int(status[1]) if status else None, lambda name: fields.get(name.lower()), body


def _next_record_start(stream: BinaryIO, after: int) -> int | None:
    """Where the next record may start at or after `after`: a gzip member, or a line `WARC/1.x`."""
    overlap = len(_PLAIN_RECORD) - 1
    position = after - 1  # a plain record's line starts after a newline, which may be at after - 1
    while True:
        stream.seek(position)
        chunk = stream.read(_SCAN_CHUNK + overlap)
        starts = [
            found + lead
            for marker, lead in ((GZIP_MAGIC, 0), (_PLAIN_RECORD, 1))
            if (found := chunk.find(marker, 1 - lead)) >= 0
        ]
        if starts:
            return position + min(starts)
        if len(chunk) < _SCAN_CHUNK + overlap:
            return None
        position += _SCAN_CHUNK


def warc_items(
    path: str | Path, url_filter: UrlFilter, stats, error: Callable[[str, str], None]
) -> Iterator[Page]:
    """`scrapy clean FILE.warc.gz`: the file's HTML pages as Page items for the crawl's pipelines.

    `stats` is the crawl's stats collector (skips land in `clean/warc/skipped/<reason>`), `error`
    the spider's report of bad input (source, problem).
    """
    pages = WarcPages(path, url_filter, report=lambda problem: error(str(path), problem))
    for page in pages:
        stats.inc_value("clean/warc/pages")
        yield Page(
            url=page.url,
            html=page.text(),
            fetched_at=utc_iso(page.date) or now_iso(),
        )
    for reason, count in pages.skipped.items():
        stats.inc_value(f"clean/warc/skipped/{reason}", count)
    logger.info("%s", pages.summary())
