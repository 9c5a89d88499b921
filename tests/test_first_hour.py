"""What a new user meets first, through real `scrapy` runs: one line per dropped page, one
line and exit code 2 per config or argument mistake, real URLs from a mirror's host folder,
no state carried over from earlier runs, and `scrapy clusters` on the wrong kind of file."""

import gzip
import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.samples import ROOT, SAMPLES, expected_records

ARCHYWORLDYS = SAMPLES / "www.archyworldys.com"
NEWSBEEZER = SAMPLES / "www.newsbeezer.com"
SEED_URL = "https://www.archyworldys.com/we-never-threatened-the-ukrainian-people-vg/"


def scrapy(*args, cwd=ROOT, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *map(str, args)],
        cwd=cwd,
        env=dict(os.environ),
        input=stdin,
        capture_output=True,
        timeout=300,
    )


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def stderr_lines(result) -> list[str]:
    return result.stderr.decode("utf-8", "replace").splitlines()


def test_a_mirror_host_folder_keeps_the_real_urls_and_non_articles_do_not_fail_the_run(tmp_path):
    out = tmp_path / "out.jsonl"
    result = scrapy("clean", ARCHYWORLDYS, "-O", out)
    expected = sorted(e["url"] for e in expected_records() if "archyworldys" in e["url"])
    records = read_jsonl(out)
    assert sorted(r["url"] for r in records) == expected
    assert all(r["republisher"]["domain"] == "archyworldys.com" for r in records)
    # The about page, listings, tag pages and the feed are recognised non-articles: exit 0.
    assert result.returncode == 0, result.stderr[-2000:]
    drops = [line for line in stderr_lines(result) if "Dropped:" in line]
    assert len(drops) == 8
    assert all("not an article: https://www.archyworldys.com/" in line for line in drops)


def test_a_dropped_page_is_one_line_without_its_html(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "binary.html").write_bytes(bytes(range(256)) * 400)
    (folder / "tiny.html").write_text("<html><body><p>Subscribe to our newsletter.</p></body></html>")
    shutil.copy(
        ARCHYWORLDYS / "we-never-threatened-the-ukrainian-people-vg" / "index.html", folder / "seed.html"
    )
    out = tmp_path / "out.jsonl"
    result = scrapy("clean", folder, "-O", out)
    assert len(read_jsonl(out)) == 1
    drops = [line for line in stderr_lines(result) if "Dropped:" in line]
    assert len(drops) == 2
    assert all(len(line) < 600 for line in drops)
    assert b"<html" not in result.stderr and b"newsletter" not in result.stderr
    assert len(result.stderr) < 20_000  # the banner and stats, not 100 KB of page bytes
    assert b"Traceback" not in result.stderr
    # The binary page is unreadable: a failure, exit 1. The newsletter stub is no article.
    assert result.returncode == 1
    assert sum("unreadable page" in line for line in drops) == 1
    assert sum("not an article" in line for line in drops) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["crawl", "republished", "-a", "site=nosuch"], "unknown site 'nosuch'"),
        (["crawl", "republished", "-a", "site=nosuch.yaml"], "site file 'nosuch.yaml' does not exist"),
        (["crawl", "republished", "-a", "site=all", "-a", "artcle_urls=x"], "-a artcle_urls: unknown spider"),
        (["crawl", "republished"], "give -a site="),
        (["crawl", "republished", "-a", "site=all", "-s", "MIRROR_DIR=/nowhere"], "MIRROR_DIR '/nowhere'"),
        (["crawl", "republished", "-a", "urls=/nowhere.txt"], "/nowhere.txt: cannot read URL list"),
        (
            ["crawl", "republished", "-a", "urls=tests/fixtures/urls-with-a-bad-line.txt"],
            "urls-with-a-bad-line.txt:3: not an http(s) URL: 'www.archyworldys.com/no-scheme/'",
        ),
        (
            ["crawl", "republished", "-a", "site=all", "-s", "CLEANING_PIPELINE=/nowhere.yaml"],
            "/nowhere.yaml",
        ),
        (["clean", "/nowhere"], "/nowhere: no such file or folder"),
        (
            ["crawl", "republished", "-a", "site=all", "-s", "REDIS_URL=redis://127.0.0.1:1/0"],
            "no Redis server answers",
        ),
        (["clean"], "give a PATH"),
        (["clean", "-", "--url", "https://example.com/"], "--url is for a single .html file"),
    ],
)
def test_argument_and_config_mistakes_are_one_line_and_exit_2(args, message):
    result = scrapy(*args)
    lines = stderr_lines(result)
    assert result.returncode == 2
    assert len(lines) == 1, lines[:20]
    assert message in lines[0]


def test_site_config_mistakes_name_the_file_and_key_in_one_line(tmp_path):
    sites = tmp_path / "sites"
    sites.mkdir()
    (sites / "typo.yaml").write_text(
        "name: Typo\ndomains: [typo.example]\nlistings: ['https://typo.example/']\nartcle_urls: ['x']\n"
    )
    result = scrapy("crawl", "republished", "-a", "site=all", "-s", f"SITES_DIR={sites}")
    [line] = stderr_lines(result)
    assert result.returncode == 2
    assert f"{sites / 'typo.yaml'}: artcle_urls: unknown key" in line
    (sites / "typo.yaml").write_text(
        "name: Typo\ndomains: [typo.example]\nlistings: ['https://typo.example/']\narticle_urls: ['(']\n"
    )
    result = scrapy("crawl", "republished", "-a", "site=all", "-s", f"SITES_DIR={sites}")
    [line] = stderr_lines(result)
    assert result.returncode == 2
    assert "article_urls[0]: invalid regex" in line


def test_an_empty_input_is_a_clear_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = scrapy("clean", tmp_path / "empty")
    assert result.returncode == 2
    assert stderr_lines(result) == [
        f"scrapy clean: error: {tmp_path / 'empty'}: no .html, .htm, .html.gz or WARC files in this folder"
    ]
    (tmp_path / "empty.jsonl").write_text("\n")
    result = scrapy("clean", tmp_path / "empty.jsonl")
    assert result.returncode == 2
    assert stderr_lines(result)[-1] == f"scrapy clean: error: {tmp_path / 'empty.jsonl'}: no pages found"


def test_a_jsonl_line_with_an_invalid_byte_loses_only_that_line(tmp_path):
    seed_html = (ARCHYWORLDYS / "we-never-threatened-the-ukrainian-people-vg" / "index.html").read_text()
    good = json.dumps({"url": SEED_URL, "html": seed_html}).encode()
    other = json.dumps({"url": SEED_URL.replace("-vg/", "-vg-2/"), "html": seed_html}).encode()
    pages = tmp_path / "pages.jsonl"
    pages.write_bytes(good + b"\n" + b'{"url": "https://a.example/\xff", "html": "x"}\n' + other + b"\n")
    out = tmp_path / "out.jsonl"
    result = scrapy("clean", pages, "-O", out)
    assert len(read_jsonl(out)) == 2
    errors = [line for line in stderr_lines(result) if "] ERROR:" in line]
    assert len(errors) == 1 and f"input {pages}:2: not UTF-8: byte 0xff" in errors[0]
    assert result.returncode == 1


def test_the_run_summary_counts_what_scrapy_clean_did(tmp_path):
    result = scrapy("clean", ARCHYWORLDYS, "-O", tmp_path / "out.jsonl")
    text = result.stderr.decode()
    summary = text[text.index("Run summary") :].splitlines()
    assert summary[0].endswith("Run summary (14 URLs):")
    assert "exported: 6" in summary and "dropped: 8" in summary and "failed: 0" in summary


def test_one_off_runs_share_no_duplicate_index_and_copies_are_exact(tmp_path):
    seed = (ARCHYWORLDYS / "we-never-threatened-the-ukrainian-people-vg" / "index.html").read_text()
    lines = [json.dumps({"url": f"https://www.archyworldys.com/copy-{i}/", "html": seed}) for i in range(3)]
    pages = tmp_path / "pages.jsonl"
    pages.write_text("\n".join(lines) + "\n")
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    scrapy("clean", pages, "-O", first, cwd=tmp_path)
    scrapy("clean", pages, "-O", second, cwd=tmp_path)
    assert not (tmp_path / "state").exists()
    for out in (first, second):
        records = read_jsonl(out)
        assert [r["duplicate_of"] for r in records] == [
            None,
            "https://www.archyworldys.com/copy-0/",
            "https://www.archyworldys.com/copy-0/",
        ]
    report = scrapy("clusters", second)
    assert report.returncode == 0
    assert "2 exact" in report.stdout.decode()


def test_clusters_refuses_a_file_that_is_not_jsonl_in_one_line(tmp_path):
    page = ARCHYWORLDYS / "we-never-threatened-the-ukrainian-people-vg" / "index.html"
    result = scrapy("clusters", page)
    assert result.returncode == 2
    [line] = stderr_lines(result)
    assert "not a JSONL file of records (line 1 is not JSON)" in line


def test_clusters_writes_html_into_a_folder_that_does_not_exist_yet(tmp_path):
    out = tmp_path / "out.jsonl"
    scrapy("clean", ARCHYWORLDYS, "-O", out)
    report = tmp_path / "new" / "folder" / "report.html"
    result = scrapy("clusters", out, "--html", report)
    assert result.returncode == 0, result.stderr
    assert report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_an_unreachable_site_is_one_line_per_url_and_exit_code_1(tmp_path):
    """Nothing listens on the site's port: each URL is named once, with the reason, no traceback,
    and the exit code says that something failed (Scrapy's own crawl exits 0)."""
    import socket

    with socket.socket() as probe:  # a port that was free a moment ago, and nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    site = tmp_path / "gone.yaml"
    site.write_text(
        f"name: Gone Daily\ndomains: [127.0.0.1]\nfeeds: ['http://127.0.0.1:{port}/feed/']\n"
        f"listings: ['http://127.0.0.1:{port}/']\narticle_urls: ['^http://127\\\\.0\\\\.0\\\\.1:{port}/news/']\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = scrapy(
        "crawl",
        "republished",
        "-a",
        f"site={site}",
        "-O",
        out,
        "-s",
        "RETRY_TIMES=0",
        "-s",
        "ROBOTSTXT_OBEY=False",
    )
    lines = stderr_lines(result)
    assert result.returncode == 1
    assert not any("Traceback" in line for line in lines)
    for url in (f"http://127.0.0.1:{port}/feed/", f"http://127.0.0.1:{port}/"):
        mentions = re.compile(re.escape(url) + r"[>:\s]")
        named = [line for line in lines if mentions.search(line) and ("WARNING" in line or "ERROR" in line)]
        assert len(named) == 1, named
        assert "Connection" in named[0] and "refused" in named[0]
    assert read_jsonl(out) == []


@pytest.mark.parametrize("folder", ["127.0.0.1:8731", "127.0.0.1+8731", "www.archyworldys.com:8080"])
def test_a_mirror_folder_with_a_port_keeps_the_port_in_the_urls(tmp_path, folder):
    """wget --mirror names a host folder with its port ("127.0.0.1:8731"; "+" on Windows)."""
    from republished.spiders.saved import url_for_file

    page = tmp_path / folder / "some-story" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text("<html></html>")
    host = folder.replace("+", ":")
    assert url_for_file(page, tmp_path) == f"https://{host}/some-story/"
    assert url_for_file(page, tmp_path / folder) == f"https://{host}/some-story/"


@pytest.mark.parametrize(
    ("name", "url"),
    [
        # wget saves /a%20story/ as "a story"; the URL holds no space, or the page is dropped
        ("a story/index.html", "https://www.archyworldys.com/a%20story/"),
        ("news/50% #1.html", "https://www.archyworldys.com/news/50%25%20%231.html"),
        ("a%20story.html", "https://www.archyworldys.com/a%20story.html"),
        ("index.html?q=a b.html", "https://www.archyworldys.com/?q=a%20b"),
        # a byte that is no UTF-8 in a file name, percent-encoded as the byte it is
        (os.fsdecode(b"caf\xe9.html"), "https://www.archyworldys.com/caf%E9.html"),
        ("kultur/blåbær.html", "https://www.archyworldys.com/kultur/blåbær.html"),
    ],
)
def test_a_mirror_file_name_becomes_a_url_a_page_can_have(tmp_path, name, url):
    from republished.spiders.saved import url_for_file

    page = tmp_path / "www.archyworldys.com" / name
    assert url_for_file(page, tmp_path) == url


def test_gzipped_saved_pages_are_read_and_a_broken_one_is_named(tmp_path):
    """Datasets of saved pages are often gzipped (.html.gz), as trafilatura's command line reads
    them; a mirror's gzipped index.html.gz keeps its page's URL."""
    seed = SAMPLES / "www.archyworldys.com" / "we-never-threatened-the-ukrainian-people-vg" / "index.html"
    story = tmp_path / "www.archyworldys.com" / "we-never-threatened-the-ukrainian-people-vg"
    story.mkdir(parents=True)
    gzipped = gzip.compress(seed.read_bytes())
    (story / "index.html.gz").write_bytes(gzipped)
    (tmp_path / "www.archyworldys.com" / "cut.html.gz").write_bytes(gzipped[:2000])
    out = tmp_path / "out.jsonl"
    result = scrapy("clean", tmp_path / "www.archyworldys.com", "-O", out)
    assert result.returncode == 1, result.stderr[-2000:]
    [record] = read_jsonl(out)
    [expected] = [e for e in expected_records() if e["url"] == SEED_URL]
    assert (record["url"], record["text"]) == (SEED_URL, expected["text"])
    [line] = [line for line in stderr_lines(result) if "ERROR: input" in line]
    assert line.endswith(
        f"input {tmp_path / 'www.archyworldys.com' / 'cut.html.gz'}: a gzipped page that cannot be read: gzip data ends early"
    )


def test_gzipped_jsonl_is_read_and_a_cut_one_keeps_the_lines_before_the_cut(tmp_path):
    seed = (
        SAMPLES / "www.archyworldys.com" / "we-never-threatened-the-ukrainian-people-vg" / "index.html"
    ).read_text()
    first = json.dumps({"url": SEED_URL, "html": seed}) + "\n"
    # a line that compresses on its own terms, so that the cut falls inside it
    noise = json.dumps({"url": SEED_URL + "?2", "html": os.urandom(20_000).hex()}) + "\n"
    whole, cut = tmp_path / "pages.jsonl.gz", tmp_path / "cut.JSONL.GZ"
    whole.write_bytes(gzip.compress(first.encode()))
    data = gzip.compress((first + noise).encode())
    cut.write_bytes(data[: len(data) - 5000])
    for source, code, problems in ((whole, 0, []), (cut, 1, [f"input {cut}: cannot read: "])):
        out = tmp_path / "out.jsonl"
        result = scrapy("clean", source, "-O", out)
        assert result.returncode == code, result.stderr[-2000:]
        assert [r["url"] for r in read_jsonl(out)] == [SEED_URL]
        errors = [line.split("ERROR: ")[1] for line in stderr_lines(result) if "ERROR: input" in line]
        assert [error[: len(problem)] for error, problem in zip(errors, problems, strict=True)] == problems


def test_a_mirror_whose_pages_are_links_to_one_copy_keeps_every_page(tmp_path):
    """Mirrors deduplicated on disk (rdfind, hardlink tools) hold links to a copy outside the
    host folder: each page keeps the URL of its place in the tree, and the run goes on."""
    seed = SAMPLES / "www.archyworldys.com" / "we-never-threatened-the-ukrainian-people-vg" / "index.html"
    copy = tmp_path / "store" / "page.html"
    copy.parent.mkdir()
    shutil.copy(seed, copy)
    mirror = tmp_path / "mirror" / "www.archyworldys.com"
    for story in ("one-story", "other-story"):
        (mirror / story).mkdir(parents=True)
        (mirror / story / "index.html").symlink_to(copy)
    out = tmp_path / "out.jsonl"
    result = scrapy("clean", tmp_path / "mirror", "-O", out)
    assert result.returncode == 0, result.stderr[-2000:]
    assert sorted(r["url"] for r in read_jsonl(out)) == [
        "https://www.archyworldys.com/one-story/",
        "https://www.archyworldys.com/other-story/",
    ]


def test_article_urls_that_match_nothing_found_are_said_once(tmp_path):
    """An article_urls pattern written for http on an https site finds no article: the crawl says
    so in one line, with a URL it did not match, instead of exporting nothing in silence."""
    site = tmp_path / "archy.yaml"
    text = (ROOT / "sites" / "archyworldys.yaml").read_text(encoding="utf-8")
    site.write_text(
        text.replace("'^https://www\\.archyworldys", "'^http://www\\.archyworldys", 1), encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    result = scrapy("crawl", "republished", "-a", f"site={site}", "-s", "MIRROR_DIR=samples", "-O", out)
    lines = [line for line in stderr_lines(result) if "matched article_urls" in line]
    assert len(lines) == 1, stderr_lines(result)[-30:]
    assert "site 'Archyworldys': no URL" in lines[0] and "https://www.archyworldys.com/" in lines[0]
    assert read_jsonl(out) == []


def test_a_wet_file_is_named_as_no_html(tmp_path):
    wet = tmp_path / "CC-NEWS-20240101.warc.wet.gz"
    wet.write_bytes(b"\x1f\x8b\x08\x00")
    result = scrapy("clean", wet)
    assert result.returncode == 2
    assert stderr_lines(result) == [
        f"scrapy clean: error: {wet}: a WET or WAT file holds text or metadata extracted from pages, not HTML: "
        "give the WARC file"
    ]


def test_output_that_cannot_be_written_stops_the_run_with_one_line(tmp_path):
    """`scrapy clean … | head -1`: the reader goes away after one record; a full disk alike."""
    process = subprocess.Popen(
        [sys.executable, "-m", "scrapy", "clean", "samples", "-L", "WARNING"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    first = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8", "replace")
    assert process.wait(timeout=300) == 1
    assert json.loads(first)["url"].startswith("https://")
    assert "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if "] ERROR:" in line]
    assert errors == [errors[0]] and "cannot write to standard output (its reader went away)" in errors[0]
    full = scrapy("clean", "samples", "-O", "/dev/full:jsonlines", "-L", "WARNING")
    errors = [line for line in stderr_lines(full) if "] ERROR:" in line]
    assert full.returncode == 1 and len(errors) == 1 and "No space left on device" in errors[0]


def test_jsonl_lines_that_break_a_json_reader_cost_only_themselves(tmp_path):
    seed = (ARCHYWORLDYS / "we-never-threatened-the-ukrainian-people-vg" / "index.html").read_text(
        encoding="utf-8"
    )
    good = json.dumps({"url": SEED_URL, "html": seed})
    pages = tmp_path / "pages.jsonl"
    pages.write_bytes(
        "\ufeff".encode() + b"[" * 5000 + b"\n" + json.dumps({"url": "", "html": "<p>x</p>"}).encode() + b"\n"
        + good.encode() + b"\n"
    )  # fmt: skip
    out = tmp_path / "out.jsonl"
    result = scrapy("clean", pages, "-O", out, "-L", "WARNING")
    errors = [line for line in stderr_lines(result) if "] ERROR:" in line]
    assert result.returncode == 1
    assert [r["url"] for r in read_jsonl(out)] == [SEED_URL]
    assert len(errors) == 2 and f"{pages}:1: not JSON this reader can take" in errors[0]
    assert f"{pages}:2: expected an object with a non-empty string" in errors[1]


def test_a_parquet_feed_that_cannot_be_written_is_said_before_the_run(tmp_path):
    existing = tmp_path / "old.parquet"
    existing.write_bytes(b"PAR1 data of an earlier run")
    appended = scrapy("clean", "samples", "-o", existing)
    assert appended.returncode == 2
    assert stderr_lines(appended) == [
        f"scrapy clean: error: {existing}: a Parquet file cannot be appended to: use -O (overwrite) or a new file name"
    ]
    assert existing.read_bytes() == b"PAR1 data of an earlier run"
    in_a_job = scrapy(
        "crawl", "republished", "-a", "site=all", "-s", "MIRROR_DIR=samples", "-s", f"JOBDIR={tmp_path / 'job'}",
        "-O", tmp_path / "out.parquet",
    )  # fmt: skip
    assert in_a_job.returncode == 2 and "export JSONL" in stderr_lines(in_a_job)[0]


def test_a_log_file_in_a_folder_that_does_not_exist_yet(tmp_path):
    log = tmp_path / "out" / "logs" / "crawl.log"
    result = scrapy(
        "crawl",
        "republished",
        "-a",
        "site=all",
        "-s",
        "MIRROR_DIR=samples",
        "-O",
        tmp_path / "a.jsonl",
        "--logfile",
        log,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Spider closed (finished)" in log.read_text(encoding="utf-8")


def test_a_request_queue_a_hard_kill_left_damaged_costs_no_article(tmp_path):
    """kill -9 can leave a 0-byte file in JOBDIR's request queue; every push to it then failed
    and the site's articles were never exported by any resume (exit 0)."""
    job = tmp_path / "job"
    slot = job / "requests.queue" / "www.world-today-news.com-4069117d8c40337780dce83077781da3"
    slot.mkdir(parents=True)
    (slot / "0").write_bytes(b"")
    (slot / "-5").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    result = scrapy(
        "crawl", "republished", "-a", "site=all", "-s", "MIRROR_DIR=samples", "-s", f"JOBDIR={job}", "-o", out
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert sorted(r["url"] for r in read_jsonl(out)) == sorted(e["url"] for e in expected_records())
    lines = stderr_lines(result)
    assert lines[0].startswith(
        f"scrapy crawl: warning: JOBDIR {job}: a hard kill left its request queue damaged"
    )
    assert not any("Traceback" in line for line in lines)


def test_a_run_stopped_early_is_no_error_for_what_it_had_not_reached(tmp_path):
    """Ctrl-C, or a page count: the URLs the run had not got to are one INFO line, not an
    ERROR each (they looked like damage)."""
    result = scrapy(
        "crawl", "republished", "-a", "site=all", "-s", "MIRROR_DIR=samples", "-s", "CLOSESPIDER_PAGECOUNT=5",
        "-s", "CONCURRENT_REQUESTS=1", "-O", tmp_path / "out.jsonl",
    )  # fmt: skip
    lines = stderr_lines(result)
    assert result.returncode == 0
    assert not any("unaccounted URL" in line for line in lines)
    assert any(
        re.search(r"INFO: \d+ URLs not finished: the run stopped early \(closespider_pagecount\)", line)
        for line in lines
    )


def test_the_run_summary_groups_reasons_that_name_urls_and_dates():
    from republished.extensions.accounting import reason_group

    assert reason_group("to https://www.example.com/a/") == reason_group("to http://example.org/b/?x=1")
    assert reason_group("unchanged since 2024-01-10T08:12:00+00:00 (lastmod 2024-01-09T00:00:00+00:00)") == (
        "unchanged since … (lastmod …)"
    )


def test_entries_of_a_folder_that_are_no_file_to_read_are_named(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(
        ARCHYWORLDYS / "we-never-threatened-the-ukrainian-people-vg" / "index.html", folder / "seed.html"
    )
    (folder / "dangling.html").symlink_to(tmp_path / "nowhere.html")
    (folder / "loop.html").symlink_to(folder / "loop.html")
    os.mkfifo(folder / "fifo.html")
    out = tmp_path / "out.jsonl"
    result = scrapy("clean", folder, "-O", out, "-L", "WARNING")
    errors = [line for line in stderr_lines(result) if "] ERROR:" in line]
    assert result.returncode == 1
    assert len(read_jsonl(out)) == 1
    assert sorted(line.split("input ")[1].split(":")[0] for line in errors) == [
        str(folder / name) for name in ("dangling.html", "fifo.html", "loop.html")
    ]


def test_a_jsonl_fetched_at_that_is_no_time_is_replaced_and_said(tmp_path):
    seed = (ARCHYWORLDYS / "we-never-threatened-the-ukrainian-people-vg" / "index.html").read_text(
        encoding="utf-8"
    )
    pages = tmp_path / "pages.jsonl"
    lines = [
        {"url": SEED_URL, "html": seed, "fetched_at": "x" * 1000},
        {"url": SEED_URL + "?copy=1", "html": seed, "fetched_at": "2024-01-02T05:04:05+02:00"},
        {"url": SEED_URL + "?copy=2", "html": seed, "fetched_at": "2024-01-02T03:04:05.250Z"},
    ]
    pages.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = scrapy("clean", pages, "-O", out, "-L", "WARNING")
    records = {r["url"]: r for r in read_jsonl(out)}
    # Given times keep their moment, in the record's one form (UTC, "+00:00"), so a file sorts as text.
    assert records[SEED_URL + "?copy=1"]["fetched_at"] == "2024-01-02T03:04:05+00:00"
    assert records[SEED_URL + "?copy=2"]["fetched_at"] == "2024-01-02T03:04:05+00:00"
    assert records[SEED_URL]["fetched_at"].startswith("20") and len(records[SEED_URL]["fetched_at"]) < 40
    warnings = [line for line in stderr_lines(result) if "is no ISO 8601 time" in line]
    assert len(warnings) == 1 and f"{pages}:1" in warnings[0]


@pytest.mark.parametrize(
    ("saved_as", "url"),
    [
        (
            "story/index.html?utm_source=twitter&utm_medium=social.html",
            "/story/?utm_source=twitter&utm_medium=social",
        ),
        ("article.php?id=3.html", "/article.php?id=3"),
        ("story/index.html", "/story/"),
        ("story.html", "/story.html"),
    ],
)
def test_a_mirrored_page_with_a_query_keeps_its_url(tmp_path, saved_as, url):
    """wget --mirror --adjust-extension saves /story/?a=1 as story/index.html?a=1.html."""
    from republished.spiders.saved import url_for_file

    page = tmp_path / "www.newsbeezer.com" / saved_as
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text("<html></html>")
    assert url_for_file(page, tmp_path) == f"https://www.newsbeezer.com{url}"


def test_one_page_twice_in_a_run_is_one_record_and_a_changed_one_a_new_version(tmp_path):
    """One URL in two inputs (two CC-NEWS shards, a mirror and a WARC): the same text again is the
    same version, dropped and counted; other text is a newer version that names the first."""
    seed = (ARCHYWORLDYS / "we-never-threatened-the-ukrainian-people-vg" / "index.html").read_text(
        encoding="utf-8"
    )
    last = "<p>The two foreign ministers will each hold a press conference on Friday afternoon."
    changed = seed.replace(
        last, "<p>Update: the ministry confirmed the meeting on Friday evening.</p>" + last, 1
    )
    assert changed != seed
    pages = tmp_path / "pages.jsonl"
    lines = [
        {"url": SEED_URL, "html": seed},
        {"url": SEED_URL, "html": seed},
        {"url": SEED_URL, "html": changed},
    ]
    pages.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = scrapy("clean", pages, "-O", out)
    assert result.returncode == 0, result.stderr[-2000:]
    first, newer = read_jsonl(out)
    assert first["url"] == newer["url"] == SEED_URL
    assert first["previous_id"] is None and newer["previous_id"] == first["id"] != newer["id"]
    assert "Update: the ministry confirmed" in newer["text"]
    log = result.stderr.decode()
    assert "'republished/skipped/repeated_in_run': 1" in log
    assert "the same page as an earlier input of this run" in log


def test_scrapy_clean_ends_when_its_last_page_is_written_not_at_a_later_heartbeat(tmp_path):
    """Scrapy re-checks an idle run only every 5 s unless start() ends last. With that check an
    hour away and item signal handlers that linger, a run that waited for it is stopped by the
    timeout."""
    slow_heartbeat = (
        "import sys; from scrapy.core.engine import ExecutionEngine; "
        "ExecutionEngine._SLOT_HEARTBEAT_INTERVAL = 3600.0; "
        "from scrapy.cmdline import execute; sys.argv[0] = 'scrapy'; execute()"
    )
    lingering = json.dumps({"tests.lingering_signals.LingeringItemSignals": 0})
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            slow_heartbeat,
            "clean",
            str(NEWSBEEZER),
            "-O",
            str(out),
            "-s",
            f"EXTENSIONS={lingering}",
        ],
        cwd=ROOT,
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert len(read_jsonl(out)) == 5
