"""Build tests/fixtures/samples.warc.gz: the sample sites as a crawler would have archived them.

    python tests/make_sample_warc.py [OUTPUT]

The WARC is written by hand (WARC/1.1, one gzip member per record) so that every byte
is under our control, including the damaged records the reader must survive. The output
is the same on every run (fixed dates and record ids, gzip without timestamps): rerun
it after changing samples/ and commit the result.

Records, in this order:
- a warcinfo record;
- every file under samples/ (sorted by path, README.md left out) as a response to
  https://host/path/ (`…/index.html` is the URL ending in `/`): HTML pages as
  `text/html; charset=utf-8`, the RSS/Atom feeds stored as index.html as feeds, sitemaps
  as `application/xml`, robots.txt as `text/plain`. The seed page is preceded by its
  request record; three pages are stored as servers send them compressed or in chunks:
  GZIPPED_PAGE with `Content-Encoding: gzip`, BROTLI_PAGE with `Content-Encoding: br` and
  CHUNKED_PAGE with `Transfer-Encoding: chunked` (1000-byte chunks);
- EXTRA_RECORDS: a 301 redirect, a Norwegian page in ISO-8859-1 (declared in the HTTP
  header only; its own meta tag wrongly says UTF-8), a PNG image, and a page whose body
  claims gzip but is not.
Each capture is one minute after the one before, from CAPTURE_START.
"""

import base64
import gzip
import hashlib
import sys
import uuid
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import brotli

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
OUTPUT = ROOT / "tests" / "fixtures" / "samples.warc.gz"

CAPTURE_START = datetime(2022, 2, 11, 6, 0, tzinfo=UTC)
SEED_PAGE = "https://www.archyworldys.com/we-never-threatened-the-ukrainian-people-vg/"
GZIPPED_PAGE = "https://www.world-today-news.com/we-have-never-threatened-the-ukrainian-people/"
BROTLI_PAGE = "https://www.world-today-news.com/germany-sends-5000-helmets-to-ukraine/"
CHUNKED_PAGE = "https://www.world-today-news.com/the-vaccine-pass-comes-into-force-on-monday/"

LATIN1_URL = "https://www.newsbeezer.com/norsk/ny-ferjerute-mellom-bergen-og-stavanger/"
LATIN1_PAGE = """<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>Ny ferjerute mellom Bergen og Stavanger | NRK - Newsbeezer</title>
</head>
<body>
<article class="post">
<h1 class="entry-title">Ny ferjerute mellom Bergen og Stavanger</h1>
<div class="entry">
<p>Fra første mars går det en ny hurtigbåt mellom Bergen og Stavanger, melder selskapet bak ruten.
Båten skal gå tre ganger om dagen, og turen tar i underkant av fire timer.</p>
<p>- Vi har ventet lenge på dette, og vi tror mange vil velge båten framfor bilen, sier daglig leder
Åse Bjørnstad til NRK. Hun forteller at billettene blir billigere enn på dagens ruter.</p>
<p>Ordføreren i Stord er også fornøyd. Han mener at ruten vil gjøre det lettere for folk på øyene å
pendle til jobb i byene, og at næringslivet i regionen får en kjærkommen håndsrekning.</p>
<p>Statens vegvesen opplyser at den nye ruten ikke endrer ferjetilbudet over Bømlafjorden. Sambandet
skal etter planen få nye elektriske ferjer i løpet av neste år, skriver NRK.</p>
</div>
</article>
</body>
</html>
"""

# A 1×1 transparent PNG.
PNG_URL = "https://i0.wp.com/www.archyworldys.com/wp-content/uploads/2022/01/blinken-lavrov-geneva.png"
PNG_BYTES = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)

REDIRECT_URL = "http://www.archyworldys.com/we-never-threatened-the-ukrainian-people-vg/"
REDIRECT_BODY = b'<html><body><a href="' + SEED_PAGE.encode() + b'">Moved Permanently</a></body></html>\n'

BROKEN_GZIP_URL = "https://www.newsbeezer.com/norwayeng/broken-upload/"


def warc_date(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def sha1_digest(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def record_id(kind: str, uri: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{kind} {uri}')}>"


def warc_record(headers: list[tuple[str, str]], block: bytes) -> bytes:
    """One WARC/1.1 record, gzipped on its own (a .warc.gz is a series of gzip members)."""
    lines = ["WARC/1.1", *(f"{name}: {value}" for name, value in headers)]
    lines += [f"WARC-Block-Digest: {sha1_digest(block)}", f"Content-Length: {len(block)}"]
    raw = ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"
    return gzip.compress(raw, compresslevel=9, mtime=0)


def http_response(
    uri: str,
    when: datetime,
    body: bytes,
    content_type: str,
    status: str = "200 OK",
    extra_headers: tuple[str, ...] = (),
) -> bytes:
    chunked_body = "Transfer-Encoding: chunked" in extra_headers
    http_headers = [
        f"HTTP/1.1 {status}",
        f"Date: {format_datetime(when, usegmt=True)}",
        "Server: nginx",
        f"Content-Type: {content_type}",
        *([] if chunked_body else [f"Content-Length: {len(body)}"]),
        *extra_headers,
    ]
    block = ("\r\n".join(http_headers) + "\r\n\r\n").encode() + body
    return warc_record(
        [
            ("WARC-Type", "response"),
            ("WARC-Record-ID", record_id("response", uri)),
            ("WARC-Date", warc_date(when)),
            ("WARC-Target-URI", uri),
            ("WARC-Payload-Digest", sha1_digest(body)),
            ("WARC-Identified-Payload-Type", content_type.split(";")[0]),
            ("Content-Type", "application/http; msgtype=response"),
        ],
        block,
    )


def http_request(uri: str, when: datetime) -> bytes:
    host = uri.split("/")[2]
    path = "/" + uri.split("/", 3)[3]
    block = (
        f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: republished-news-crawler/0.1\r\n"
        "Accept: text/html\r\nAccept-Encoding: gzip\r\n\r\n"
    ).encode()
    return warc_record(
        [
            ("WARC-Type", "request"),
            ("WARC-Record-ID", record_id("request", uri)),
            ("WARC-Date", warc_date(when)),
            ("WARC-Target-URI", uri),
            ("WARC-Concurrent-To", record_id("response", uri)),
            ("Content-Type", "application/http; msgtype=request"),
        ],
        block,
    )


def warcinfo(when: datetime, filename: str) -> bytes:
    fields = (
        b"software: republished-news tests/make_sample_warc.py\r\n"
        b"format: WARC File Format 1.1\r\n"
        b"description: the bundled sample sites (samples/) as one crawl, with a few damaged records\r\n"
    )
    return warc_record(
        [
            ("WARC-Type", "warcinfo"),
            ("WARC-Record-ID", record_id("warcinfo", filename)),
            ("WARC-Date", warc_date(when)),
            ("WARC-Filename", filename),
            ("Content-Type", "application/warc-fields"),
        ],
        fields,
    )


def url_and_type(path: Path) -> tuple[str, str]:
    """The URL a mirrored file was fetched from and the Content-Type its server sent."""
    relative = path.relative_to(SAMPLES)
    url_path = "/".join(relative.parts[1:]).removesuffix("index.html")
    body_start = path.read_bytes().lstrip()[:200]
    if path.suffix == ".txt":
        content_type = "text/plain; charset=utf-8"
    elif b"<feed" in body_start:
        content_type = "application/atom+xml; charset=utf-8"
    elif b"<rss" in body_start:
        content_type = "application/rss+xml; charset=utf-8"
    elif path.suffix == ".xml":
        content_type = "application/xml; charset=utf-8"
    else:
        content_type = "text/html; charset=utf-8"
    return f"https://{relative.parts[0]}/{url_path}", content_type


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.rglob("*") if p.is_file() and p.name != "README.md")


def sample_records(files: list[Path], start: datetime) -> list[bytes]:
    records = []
    for minute, path in enumerate(files):
        when = start + timedelta(minutes=minute)
        url, content_type = url_and_type(path)
        body = path.read_bytes()
        if url == SEED_PAGE:
            records.append(http_request(url, when))
        extra_headers: tuple[str, ...] = ()
        if url == GZIPPED_PAGE:
            body, extra_headers = gzip.compress(body, mtime=0), ("Content-Encoding: gzip",)
        elif url == BROTLI_PAGE:
            body, extra_headers = brotli.compress(body), ("Content-Encoding: br",)
        elif url == CHUNKED_PAGE:
            body, extra_headers = chunked(body, 1000), ("Transfer-Encoding: chunked",)
        records.append(http_response(url, when, body, content_type, extra_headers=extra_headers))
    return records


def chunked(body: bytes, size: int) -> bytes:
    pieces = [body[i : i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in pieces) + b"0\r\n\r\n"


def extra_records(start: datetime) -> list[bytes]:
    minute = timedelta(minutes=1)
    return [
        http_response(
            REDIRECT_URL,
            start,
            REDIRECT_BODY,
            "text/html; charset=utf-8",
            status="301 Moved Permanently",
            extra_headers=(f"Location: {SEED_PAGE}",),
        ),
        http_response(
            LATIN1_URL, start + minute, LATIN1_PAGE.encode("iso-8859-1"), "text/html; charset=ISO-8859-1"
        ),
        http_response(PNG_URL, start + 2 * minute, PNG_BYTES, "image/png"),
        http_response(
            BROKEN_GZIP_URL,
            start + 3 * minute,
            b"<html><body>not gzip at all</body></html>",
            "text/html; charset=utf-8",
            extra_headers=("Content-Encoding: gzip",),
        ),
    ]


def build() -> bytes:
    files = sample_files()
    samples = sample_records(files, CAPTURE_START + timedelta(minutes=1))
    extras = extra_records(CAPTURE_START + timedelta(minutes=1 + len(files)))
    return b"".join([warcinfo(CAPTURE_START, OUTPUT.name), *samples, *extras])


def main() -> None:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT
    output.write_bytes(build())
    print(f"wrote {output} ({output.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
