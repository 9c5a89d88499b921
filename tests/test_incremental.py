"""Scheduled runs with a seen-store: real Scrapy runs over a generated site in a mirror folder."""

import gzip
import json
import os
import re
import subprocess
import sys
import time

import pytest

from tests.samples import ROOT
from tests.sitegen import write_site, write_site_config

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]


def crawl(mirror, sites, out, seen, *extra):
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "republished", "-a", "site=bigfarm", "-O", str(out),
         "-s", f"SITES_DIR={sites}", "-s", f"MIRROR_DIR={mirror}", "-s", f"SEEN_STORE={seen}", *FAST, *extra],
        cwd=ROOT, capture_output=True, text=True, timeout=300, env=dict(os.environ),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    records = [json.loads(line) for line in out.read_text().splitlines()]
    return records, result.stderr


def stat(log: str, key: str) -> int:
    match = re.search(rf"'{re.escape(key)}': (\d+)", log)
    return int(match.group(1)) if match else 0


@pytest.mark.parametrize("listings", [False, True], ids=["sitemap-lastmod", "listing-pages"])
def test_second_run_skips_unchanged_and_reexports_changed(tmp_path, listings):
    mirror, sites, seen = tmp_path / "mirror", tmp_path / "sites", tmp_path / "state" / "seen.sqlite"
    urls = write_site(mirror, 30)
    write_site_config(sites, listings=listings)

    first, _ = crawl(mirror, sites, tmp_path / "1.jsonl", seen)
    assert sorted(r["url"] for r in first) == sorted(urls)
    assert all(r["previous_id"] is None and len(r["id"]) == 20 for r in first)

    second, log = crawl(mirror, sites, tmp_path / "2.jsonl", seen)
    assert second == []
    unfetched = stat(log, "republished/skipped/ignored/unchanged_since_last_run")
    fetched_unchanged = stat(log, "republished/skipped/seen_unchanged")
    assert unfetched + fetched_unchanged == 30
    if not listings:
        assert unfetched == 30, "every article is in the sitemap with a lastmod: none needs fetching"

    write_site(mirror, 30, changed=frozenset({3, 7}))
    third, _ = crawl(mirror, sites, tmp_path / "3.jsonl", seen)
    first_ids = {r["url"]: r["id"] for r in first}
    assert sorted(r["url"] for r in third) == sorted([urls[3], urls[7]])
    for record in third:
        assert record["previous_id"] == first_ids[record["url"]]
        assert record["id"] != record["previous_id"]


def test_time_stamped_gzip_outputs_do_not_overwrite_each_other(tmp_path):
    mirror, sites = tmp_path / "mirror", tmp_path / "sites"
    urls = write_site(mirror, 5)
    write_site_config(sites, listings=False)
    feeds = json.dumps({str(tmp_path / "out" / "%(name)s-%(time)s.jsonl.gz"): {
        "format": "jsonlines", "postprocessing": ["scrapy.extensions.postprocessing.GzipPlugin"]}})  # fmt: skip
    for _ in range(2):
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "republished", "-a", "site=bigfarm", "-s", f"FEEDS={feeds}",
             "-s", f"SITES_DIR={sites}", "-s", f"MIRROR_DIR={mirror}", *FAST],
            cwd=ROOT, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr[-2000:]
        time.sleep(1.1)  # %(time)s has a resolution of one second
    outputs = sorted((tmp_path / "out").glob("republished-*.jsonl.gz"))
    assert len(outputs) == 2
    for output in outputs:
        lines = gzip.decompress(output.read_bytes()).decode().splitlines()
        assert sorted(json.loads(line)["url"] for line in lines) == sorted(urls)


def test_the_seen_store_is_one_file_after_a_run(tmp_path):
    """A backup that copies only seen.sqlite has the whole history: nothing is left in its
    write-ahead log once the run is over."""
    mirror, sites, seen = tmp_path / "mirror", tmp_path / "sites", tmp_path / "state" / "seen.sqlite"
    urls = write_site(mirror, 5)
    write_site_config(sites, listings=False)
    crawl(mirror, sites, tmp_path / "1.jsonl", seen)
    wal = seen.with_name(seen.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    copy = tmp_path / "backup" / "seen.sqlite"
    copy.parent.mkdir()
    copy.write_bytes(seen.read_bytes())
    again, _ = crawl(mirror, sites, tmp_path / "2.jsonl", copy)
    assert again == [] and len(urls) == 5


def test_an_edit_the_sitemap_dates_is_fetched_though_the_feed_lists_the_article_too(tmp_path):
    """WordPress moves an edited article's sitemap lastmod; its RSS pubDate stays. The feed's
    request came first, with the publication date as its lastmod, and the edit was skipped."""
    import shutil

    from tests.samples import SAMPLES

    mirror, seen = tmp_path / "mirror", tmp_path / "seen.sqlite"
    shutil.copytree(SAMPLES, mirror)
    run = [
        "crawl",
        "republished",
        "-a",
        "site=all",
        "-s",
        f"MIRROR_DIR={mirror}",
        "-s",
        f"SEEN_STORE={seen}",
        *FAST,
    ]
    first = subprocess.run(
        [sys.executable, "-m", "scrapy", *run, "-O", str(tmp_path / "1.jsonl")],
        cwd=ROOT,
        capture_output=True,
        timeout=300,
    )
    assert first.returncode == 0
    site = mirror / "www.archyworldys.com"
    article = site / "schools-open-again-after-extended-christmas-holiday-nos" / "index.html"
    assert (
        "schools-open-again-after-extended-christmas-holiday-nos"
        in (site / "feed" / "index.html").read_text()
    )
    sitemap = site / "post-sitemap.xml"
    text = sitemap.read_text()
    assert "<lastmod>2022-01-10T08:12:00+00:00</lastmod>" in text
    sitemap.write_text(
        text.replace(
            "<lastmod>2022-01-10T08:12:00+00:00</lastmod>", "<lastmod>2026-12-01T08:12:00+00:00</lastmod>"
        )
    )
    page = article.read_text()
    added = "<p>Update: the cabinet announced on Monday evening that shops may also reopen from Saturday.</p>"
    opening = "<p>Other parts of the lockdown remain in force for the time being."
    assert opening in page
    article.write_text(page.replace(opening, added + opening, 1))
    second = subprocess.run(
        [sys.executable, "-m", "scrapy", *run, "-O", str(tmp_path / "2.jsonl")],
        cwd=ROOT,
        capture_output=True,
        timeout=300,
    )
    assert second.returncode == 0
    records = [json.loads(line) for line in (tmp_path / "2.jsonl").read_text().splitlines()]
    assert [r["url"] for r in records] == [
        "https://www.archyworldys.com/schools-open-again-after-extended-christmas-holiday-nos/"
    ]
    assert records[0]["previous_id"] is not None and "shops may also reopen" in records[0]["text"]
