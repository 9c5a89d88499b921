"""WARC input: which records become pages, what is passed over and why, and damaged files.

The bundled tests/fixtures/samples.warc.gz is built by tests/make_sample_warc.py: a warcinfo
record, every file under samples/ in path order as a 200 response one minute apart from
06:01 on 2022-02-11 (the seed page with a request record before it), then a 301 redirect,
a page in ISO-8859-1, a PNG and a page whose gzip body is not gzip.
"""

import gzip
import io
import json
import os
import re
import subprocess
import sys
import zlib

import brotli
import pytest
import zstandard

from republished.spiders.warc import (
    BodyTooLarge,
    UnreadableBody,
    UrlFilter,
    WarcPages,
    decode_body,
    decode_content,
)
from tests import make_sample_warc
from tests.samples import ROOT, SAMPLES, expected_records, html_path

WARC = ROOT / "tests" / "fixtures" / "samples.warc.gz"
LATIN1_URL = "https://www.newsbeezer.com/norsk/ny-ferjerute-mellom-bergen-og-stavanger/"
SEED_URL = "https://www.archyworldys.com/we-never-threatened-the-ukrainian-people-vg/"
BROKEN_URL = "https://www.newsbeezer.com/norwayeng/broken-upload/"


def sample_html_urls(host_suffix: str = "") -> list[str]:
    """URLs of the HTML pages under samples/ (the feeds stored as index.html are XML, not HTML)."""
    urls = []
    for path in SAMPLES.rglob("*.html"):
        if path.read_bytes().lstrip().startswith(b"<?xml"):
            continue
        relative = path.relative_to(SAMPLES)
        if relative.parts[0].endswith(host_suffix):
            urls.append(
                f"https://{relative.parts[0]}/" + "/".join(relative.parts[1:]).removesuffix("index.html")
            )
    return urls


def read(source, **options) -> tuple[list, WarcPages, list[str]]:
    problems: list[str] = []
    reader = WarcPages(source, report=problems.append, **options)
    return list(reader), reader, problems


@pytest.fixture(scope="module")
def sample_pages():
    return read(WARC)


def test_every_html_page_is_read_with_its_url_and_date(sample_pages):
    pages, reader, _ = sample_pages
    assert sorted(p.url for p in pages) == sorted([*sample_html_urls(), LATIN1_URL])
    assert len(pages) == 34 == reader.pages
    dates = {p.url: p.date for p in pages}
    # samples/www.archyworldys.com/about-us/index.html is the first file by path
    assert pages[0].url == "https://www.archyworldys.com/about-us/"
    assert dates["https://www.archyworldys.com/about-us/"] == "2022-02-11T06:01:00Z"
    # the seed page is the 18th file by path
    assert dates[SEED_URL] == "2022-02-11T06:18:00Z"
    # 45 sample files (06:01-06:45), then the redirect (06:46) and the ISO-8859-1 page
    assert dates[LATIN1_URL] == "2022-02-11T06:47:00Z"
    assert all(p.record_id.startswith("<urn:uuid:") for p in pages)


def test_records_that_are_no_html_page_are_counted_by_reason(sample_pages):
    _, reader, problems = sample_pages
    assert reader.skipped == {
        "warcinfo_record": 1,
        "request_record": 1,
        # 3 robots.txt, 6 sitemaps, 3 feeds, 1 PNG
        "not_html": 13,
        "http_301": 1,
        "unreadable_body": 1,
    }
    [problem] = problems
    assert BROKEN_URL in problem
    assert "not valid gzip data" in problem


def test_bodies_are_decoded_per_content_and_transfer_encoding(sample_pages):
    pages, _, _ = sample_pages
    bodies = {p.url: p.body for p in pages}
    for url in (
        make_sample_warc.GZIPPED_PAGE,
        make_sample_warc.BROTLI_PAGE,
        make_sample_warc.CHUNKED_PAGE,
        SEED_URL,
    ):
        assert bodies[url] == html_path(url).read_bytes(), url


def test_charset_comes_from_the_http_header(sample_pages):
    pages, _, _ = sample_pages
    [page] = [p for p in pages if p.url == LATIN1_URL]
    assert page.charset == "ISO-8859-1"
    assert "Bjørnstad" in page.body.decode("iso-8859-1")
    text = page.text()
    # the page's own meta tag says utf-8; the header wins
    assert "Åse Bjørnstad til NRK" in text
    assert "Bømlafjorden" in text
    assert "\ufffd" not in text
    assert {p.charset for p in pages if p.url != LATIN1_URL} == {"utf-8"}


def test_host_filter_keeps_a_host_and_its_subdomains():
    pages, reader, _ = read(WARC, url_filter=UrlFilter.from_options("newsbeezer.com"))
    assert sorted(p.url for p in pages) == sorted([*sample_html_urls("newsbeezer.com"), LATIN1_URL])
    other_files = [p for p in SAMPLES.rglob("*") if p.is_file() and p.name != "README.md"]
    other_hosts = [p for p in other_files if p.relative_to(SAMPLES).parts[0] != "www.newsbeezer.com"]
    # the redirect (www.archyworldys.com) and the PNG (i0.wp.com) are of other hosts too
    assert reader.skipped["other_host"] == len(other_hosts) + 2

    exact, _, _ = read(WARC, url_filter=UrlFilter.from_options(["www.newsbeezer.com"]))
    assert [p.url for p in exact] == [p.url for p in pages]
    suffix_only, _, _ = read(WARC, url_filter=UrlFilter.from_options("beezer.com"))
    assert suffix_only == []


def test_url_regex_filter():
    pages, reader, _ = read(WARC, url_filter=UrlFilter.from_options(url_regex=r"-vg/$"))
    assert [p.url for p in pages] == [SEED_URL]
    # the http:// redirect to the seed page matches too, and is passed over as a 301
    assert reader.skipped["http_301"] == 1
    both, _, _ = read(WARC, url_filter=UrlFilter.from_options("archyworldys.com,newsbeezer.com", r"/norsk/"))
    assert [p.url for p in both] == [LATIN1_URL]


@pytest.mark.parametrize(
    ("hosts", "url_regex", "message"),
    [
        ("https://www.newsbeezer.com/", None, "hosts: 'https://www.newsbeezer.com/' is not a host name"),
        ("newsbeezer.com, bad host", None, "hosts: 'bad host' is not a host name"),
        (None, "norsk/(", "url_regex: 'norsk/(' is not a regular expression"),
    ],
)
def test_bad_filter_options_are_named(hosts, url_regex, message):
    with pytest.raises(ValueError, match="^" + message.replace("(", r"\(")):
        UrlFilter.from_options(hosts, url_regex)


def test_decode_body_prefers_the_header_then_the_page():
    cyrillic = "Новости дня"
    wrong_meta = f'<html><head><meta charset="utf-8"></head><body><p>{cyrillic}</p></body></html>'
    assert cyrillic in decode_body(wrong_meta.encode("windows-1251"), "windows-1251")
    own_meta = f'<html><head><meta charset="windows-1251"></head><body><p>{cyrillic}</p></body></html>'
    assert cyrillic in decode_body(own_meta.encode("windows-1251"), None)
    # a byte-order mark outranks the header, as in browsers
    assert "Støre" in decode_body("\ufeff<p>Støre</p>".encode(), "iso-8859-1")
    # declared UTF-8 but really cp1252: decoded as cp1252, as the crawl does
    assert "Støre – sier" in decode_body("<p>Støre – sier</p>".encode("cp1252"), "utf-8")


def test_decode_content_undoes_each_encoding():
    html = b"<html><body><p>Hei</p></body></html>"
    raw_deflate = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    assert decode_content(zlib.compress(html), "deflate") == html
    assert decode_content(raw_deflate.compress(html) + raw_deflate.flush(), "deflate") == html
    assert decode_content(brotli.compress(gzip.compress(html)), "gzip, br") == html
    assert decode_content(b"5\r\n<html\r\n3;ext=1\r\n><p\r\n0\r\n\r\n", None, "chunked") == b"<html><p"
    assert decode_content(zstandard.ZstdCompressor().compress(html), "zstd") == html
    with pytest.raises(UnreadableBody, match="unsupported Content-Encoding 'compress'"):
        decode_content(html, "compress")
    with pytest.raises(UnreadableBody, match="gzip data ends early"):
        decode_content(gzip.compress(html)[:-12], "gzip")
    with pytest.raises(UnreadableBody, match="bad chunk size b'zz'"):
        decode_content(b"zz\r\nabc\r\n0\r\n\r\n", None, "chunked")
    with pytest.raises(BodyTooLarge):
        decode_content(gzip.compress(b"\0" * 2_000_000), "gzip", limit=1_000_000)


def test_a_zstd_body_is_bounded_and_checked_whole():
    html = b"<html><body>" + b"<p>Hei</p>" * 1000 + b"</body></html>"
    # written as a stream, the frame does not declare its size: only reading tells
    unsized = zstandard.ZstdCompressor(write_content_size=False).compressobj()
    streamed = unsized.compress(html) + unsized.flush()
    assert decode_content(streamed, "zstd") == html
    with pytest.raises(BodyTooLarge, match="zstd body inflates past 5,000 bytes"):
        decode_content(streamed, "zstd", limit=5_000)
    with pytest.raises(UnreadableBody, match="zstd data ends early"):
        decode_content(streamed[:-8], "zstd")
    with pytest.raises(UnreadableBody, match="not valid zstd data"):
        decode_content(b"not zstd at all", "zstd")


@pytest.mark.parametrize("gzipped", [False, True])
def test_an_http_head_whose_lines_end_in_a_bare_lf_is_read(gzipped):
    """Some archivers write the HTTP head with LF alone; the page, its charset and its encoding
    are read from it as from a CRLF head, also when the body holds a CRLF CRLF (where fastwarc
    ends such a head)."""
    html = "<html><body><p>Støre sier nei.</p>\r\n\r\n<p>Slutt.</p></body></html>"
    body = gzip.compress(html.encode()) if gzipped else html.encode()
    head = b"HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n"
    head += b"Content-Encoding: gzip\n\n" if gzipped else b"\n"
    http = ("Content-Type", "application/http; msgtype=response")
    records = make_sample_warc.warc_record(
        [("WARC-Type", "response"), ("WARC-Target-URI", "https://www.archyworldys.com/lf/"), http],
        head + body,
    )
    records += make_sample_warc.warc_record(
        [("WARC-Type", "response"), ("WARC-Target-URI", "https://www.archyworldys.com/gone/"), http],
        b"HTTP/1.1 404 Not Found\nContent-Type: text/html\n\n<p>Gone</p>",
    )
    pages, reader, problems = read(io.BytesIO(records))
    assert [(p.url, p.charset, p.text()) for p in pages] == [
        ("https://www.archyworldys.com/lf/", "utf-8", html)
    ]
    assert (reader.skipped, problems) == ({"http_404": 1}, [])


def test_bodies_over_the_limit_are_skipped_as_too_large():
    pages, reader, _ = read(WARC, max_body_bytes=28_000)
    # the seed page (28,898 bytes) is skipped before reading, the gzip page (32,402) once inflated
    large = [url for url in sample_html_urls() if html_path(url).stat().st_size > 28_000]
    assert reader.skipped["too_large"] == len(large) == 2
    assert not {p.url for p in pages} & set(large)


def test_a_body_the_crawler_truncated_is_passed_over():
    url = "https://www.archyworldys.com/a-long-story/"
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>The start of a long"
    headers = [
        ("WARC-Type", "response"),
        ("WARC-Target-URI", url),
        ("WARC-Date", "2022-02-11T07:00:00Z"),
        ("WARC-Truncated", "length"),
        ("Content-Type", "application/http; msgtype=response"),
    ]
    pages, reader, problems = read(io.BytesIO(make_sample_warc.warc_record(headers, block)))
    assert (pages, problems) == ([], [])
    assert reader.skipped == {"truncated_by_crawler": 1}


def test_a_truncated_file_keeps_the_records_before_the_cut(sample_pages, tmp_path):
    pages, _, _ = sample_pages
    cut_page = pages[20]
    damaged = tmp_path / "cut.warc.gz"
    damaged.write_bytes(WARC.read_bytes()[: cut_page.offset + 500])
    kept, reader, problems = read(damaged)
    assert [p.url for p in kept] == [p.url for p in pages[:20]]
    assert reader.skipped["damaged"] == 1
    [problem] = problems
    assert f"the record at byte {cut_page.offset} ({cut_page.url}) is cut off" in problem
    assert problem.endswith("nothing readable after it")


def test_garbage_between_records_is_reported_once_and_reading_goes_on(sample_pages, tmp_path):
    pages, _, _ = sample_pages
    data = WARC.read_bytes()
    at = pages[20].offset
    garbage = b"\x1f\x8b\x08 not a gzip member " * 40 + b"\nWARC/1.1 nor a record\n"
    damaged = tmp_path / "garbage.warc.gz"
    damaged.write_bytes(data[:at] + garbage + data[at:])
    kept, reader, problems = read(damaged)
    assert [p.url for p in kept] == [p.url for p in pages]
    assert kept[20].offset == at + len(garbage)
    assert reader.skipped["damaged"] == 1
    damage = [p for p in problems if BROKEN_URL not in p]
    assert len(damage) == 1
    assert damage[0].endswith(f"read on at byte {at + len(garbage)}")


def test_a_corrupt_record_is_lost_alone(sample_pages, tmp_path):
    pages, _, _ = sample_pages
    data = bytearray(WARC.read_bytes())
    lost = pages[20]
    for i in range(lost.offset + 100, lost.offset + 140):
        data[i] ^= 0x55
    damaged = tmp_path / "corrupt.warc.gz"
    damaged.write_bytes(bytes(data))
    kept, reader, problems = read(damaged)
    assert [p.url for p in kept] == [p.url for p in pages if p is not lost]
    assert reader.skipped["damaged"] == 1
    assert sum(BROKEN_URL not in p for p in problems) == 1


def test_an_uncompressed_warc_with_garbage_reads_on(sample_pages, tmp_path):
    pages, _, _ = sample_pages
    plain = gzip.decompress(WARC.read_bytes())
    at = plain.index(f"WARC-Target-URI: {pages[20].url}".encode())
    at = plain.rindex(b"WARC/1.1\r\n", 0, at)
    damaged = tmp_path / "garbage.warc"
    damaged.write_bytes(plain[:at] + b"<html>a stray page</html>\r\n" * 30 + plain[at:])
    kept, reader, _ = read(damaged)
    assert [p.url for p in kept] == [p.url for p in pages]
    assert reader.skipped["damaged"] == 1


def test_a_missing_file_is_one_clear_line(tmp_path):
    pages, reader, problems = read(tmp_path / "nowhere.warc.gz")
    assert pages == []
    assert problems == ["cannot read: No such file or directory"]
    assert reader.summary() == f"{tmp_path / 'nowhere.warc.gz'}: 0 HTML pages; passed over: nothing"


def test_the_bundled_warc_is_what_the_script_builds():
    assert gzip.decompress(make_sample_warc.build()) == gzip.decompress(WARC.read_bytes())
    assert WARC.stat().st_size < 1_000_000


def test_scrapy_clean_of_a_warc_runs_the_crawl_pipelines(tmp_path):
    """`scrapy clean FILE.warc.gz --hosts …` through the crawl's real pipelines."""
    out = tmp_path / "records.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "clean", str(WARC), "--hosts", "newsbeezer.com", "-O", str(out)],
        cwd=ROOT,
        env=os.environ,
        capture_output=True,
        text=True,
        timeout=300,
    )
    # The bundled WARC holds one damaged record on purpose: the other pages go on, and exit 1 says it.
    assert result.returncode == 1, result.stderr[-3000:]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    # the five newsbeezer articles and the Norwegian page; listings and the about page are no articles
    articles = [r["url"] for r in expected_records() if r["url"].startswith("https://www.newsbeezer.com/")]
    assert len(articles) == 5
    assert sorted(r["url"] for r in records) == sorted([*articles, LATIN1_URL])
    norwegian = next(r for r in records if r["url"] == LATIN1_URL)
    # The record's WARC-Date (2022-02-11T06:47:00Z), in the one form every record's time has.
    assert norwegian["fetched_at"] == "2022-02-11T06:47:00+00:00"
    assert "Åse Bjørnstad" in norwegian["text"]
    assert f"ERROR: input {WARC}: record at byte" in result.stderr
    assert BROKEN_URL in result.stderr
    assert "'clean/warc/skipped/other_host': 35" in result.stderr


@pytest.mark.parametrize("compressed", [True, False])
@pytest.mark.parametrize("keep", [0.3, 0.7])
def test_a_file_cut_inside_a_record_that_is_no_page_is_reported(sample_pages, tmp_path, compressed, keep):
    """A download cut short mostly ends inside a request or metadata record (two records in three
    of a news crawl), whose body is never read: the cut is reported, not passed over."""
    pages, _, _ = sample_pages
    request = make_sample_warc.http_request(pages[-1].url, make_sample_warc.CAPTURE_START)
    data = WARC.read_bytes()
    if not compressed:
        data, request = gzip.decompress(data), gzip.decompress(request)
    whole, cut = tmp_path / "whole.warc", tmp_path / "cut.warc"
    whole.write_bytes(data + request)
    cut.write_bytes(data + request[: int(len(request) * keep)])
    assert read(whole)[1].skipped.get("damaged") is None
    kept, reader, problems = read(cut)
    assert [p.url for p in kept] == [p.url for p in pages]
    assert reader.skipped["damaged"] == 1
    assert any("the file ends inside" in p and "its last record" in p for p in problems)


@pytest.mark.parametrize("path", ["tests/fixtures/samples.warc.gz", "samples"])
def test_a_filter_that_keeps_no_page_is_an_answer_not_an_error(tmp_path, path):
    """A CC-NEWS shard without the farms asked for: one line, exit 0, so a loop over shards goes on."""
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "clean", path, "--hosts", "nosuch.example", "-O", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert out.read_text() == ""
    assert re.search(
        rf"scrapy clean: {path}: no page matched --hosts/--url-regex \(\d+ passed over\)", result.stderr
    )


def test_the_host_filter_applies_to_saved_html_pages_too(tmp_path):
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "clean", "samples", "--hosts", "newsbeezer.com", "-O", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    urls = [json.loads(line)["url"] for line in out.read_text().splitlines()]
    expected = sorted(e["url"] for e in expected_records() if "newsbeezer" in e["url"])
    assert sorted(urls) == expected


@pytest.mark.parametrize("compressed", [True, False])
def test_a_record_whose_length_runs_into_the_next_keeps_both_pages_and_no_warc_header(tmp_path, compressed):
    when = make_sample_warc.CAPTURE_START
    html = (
        b"<html><head><title>Two</title></head><body><p>"
        + b"The text of the page. " * 40
        + b"</p></body></html>"
    )
    first = gzip.decompress(
        make_sample_warc.http_response(
            "https://www.archyworldys.com/one/", when, html, "text/html; charset=utf-8"
        )
    )
    second = make_sample_warc.http_response(
        "https://www.archyworldys.com/two/", when, html, "text/html; charset=utf-8"
    )
    length = int(re.search(rb"\r\nContent-Length: (\d+)\r\n\r\nHTTP", first)[1])
    first = first.replace(
        f"Content-Length: {length}\r\n\r\nHTTP".encode(),
        f"Content-Length: {length + 300}\r\n\r\nHTTP".encode(),
    )
    data = gzip.compress(first) + second if compressed else first + gzip.decompress(second)
    path = tmp_path / "overrun.warc"
    path.write_bytes(data)
    kept, _, problems = read(path)
    assert [p.url for p in kept] == ["https://www.archyworldys.com/one/", "https://www.archyworldys.com/two/"]
    assert all(b"WARC" not in p.body for p in kept)
    [problem] = problems
    assert "runs into the next record" in problem


def test_an_empty_warc_file_is_reported(tmp_path):
    """A 0-byte .warc.gz is mostly a download that never finished: named, not passed over."""
    empty = tmp_path / "CC-NEWS-empty.warc.gz"
    empty.write_bytes(b"")
    pages, _, problems = read(empty)
    assert pages == [] and problems == ["no WARC record in it (an empty or unfinished download?)"]
