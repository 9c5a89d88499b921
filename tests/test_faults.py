"""A crawl of a misbehaving site finishes, stays inside its domain, keeps memory bounded,
and accounts for every URL it saw. Real HTTP on 127.0.0.1, a real Scrapy run."""

import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest

from tests.faultsite import ARTICLES, FAULTS, OFFSITE_TARGET, FaultSite
from tests.processes import scrapy_command
from tests.samples import ROOT

#: When the fault site saw each path, filled by the crawl below.
FAULT_TIMES: dict[str, list[float]] = {}


@pytest.fixture(scope="module")
def fault_crawl(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    with FaultSite() as site:
        port = site.url.rsplit(":", 1)[1]
        (tmp / "sites").mkdir()
        (tmp / "sites" / "faultfarm.yaml").write_text(
            "name: Fault Farm\ndomains: [127.0.0.1]\n"
            f"sitemaps: [{site.url}/robots.txt]\nfeeds: [{site.url}/feed/, {site.url}/rel-feed/]\nlistings: [{site.url}/]\n"
            f"article_urls: ['^http://127\\.0\\.0\\.1:{port}/(private/)?a/[a-z0-9-]+/$']\n"
        )
        result = subprocess.run(
            scrapy_command("crawl", "republished", "-a", "site=faultfarm",
             "-O", str(tmp / "out.jsonl"), "-s", f"SITES_DIR={tmp / 'sites'}",
             "-s", f"ACCOUNTING_FILE={tmp / 'accounting.jsonl'}", "-s", "DOWNLOAD_DELAY=0",
             "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_TIMEOUT=2", "-s", "RETRY_TIMES=1"),
            cwd=ROOT, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        requests = list(site.server.requests)
        FAULT_TIMES.update(site.server.times)
    # The crawl finishes; the URLs that failed (timeouts, resets, HTTP errors) make the exit code 1.
    assert result.returncode == 1, result.stderr[-3000:]
    records = [json.loads(line) for line in (tmp / "out.jsonl").read_text().splitlines()]
    accounting = {e["url"]: e for e in map(json.loads, (tmp / "accounting.jsonl").read_text().splitlines())}
    return site.url, records, accounting, result.stderr, requests


def test_every_url_is_accounted_for_with_the_expected_outcome(fault_crawl):
    base, _, accounting, _, _ = fault_crawl
    assert not [u for u, e in accounting.items() if e["outcome"] == "unaccounted"]
    for path, (kind, words) in FAULTS.items():
        entry = accounting[base + path]
        assert entry["outcome"] == kind, (path, entry)
        assert words.lower() in entry["reason"].lower(), (path, entry)


def test_exported_records_are_the_readable_articles(fault_crawl):
    base, records, _, _, _ = fault_crawl
    exported = {base + p for p, (kind, _) in FAULTS.items() if kind == "exported"}
    assert sorted(r["url"] for r in records) == sorted(exported)
    [cp1252] = [r for r in records if r["url"].endswith("/a/cp1252/")]
    assert "Bent Høie" in cp1252["text"] and "“clearly falling”" in cp1252["text"]


def test_links_outside_the_site_and_local_files_are_never_fetched(fault_crawl):
    _, _, accounting, _, requests = fault_crawl
    assert all(path.startswith("/") for path in requests)
    for url in ("http://offsite.example/a/elsewhere/", "http://offsite.example/a/x/", "file:///etc/passwd"):
        assert accounting[url]["outcome"] == "skipped"
    assert not any(u.startswith(("mailto:", "javascript:")) for u in accounting)


def test_a_redirect_off_the_site_is_not_followed_and_is_said(fault_crawl):
    base, records, accounting, log, requests = fault_crawl
    target = f"http://localhost:{base.rsplit(':', 1)[1]}{OFFSITE_TARGET}"
    assert OFFSITE_TARGET not in requests and not any("localhost" in r["url"] for r in records)
    assert accounting[target]["outcome"] == "skipped" and "another site" in accounting[target]["reason"]
    assert len([line for line in log.splitlines() if target in line and "WARNING" in line]) == 1


def test_a_rate_limited_page_is_retried_after_the_wait_the_server_asks_for(fault_crawl):
    first, second = FAULT_TIMES["/a/rate-limited/"]
    assert second - first >= 1.9  # Retry-After: 2


def test_damaged_discovery_documents_give_their_links_and_are_said_once(fault_crawl):
    base, _, _, log, _ = fault_crawl
    for path in ("/cut-sitemap.xml", "/rel-feed/"):
        assert len([line for line in log.splitlines() if base + path in line and "WARNING" in line]) == 1


def test_every_article_url_was_seen(fault_crawl):
    base, _, accounting, _, _ = fault_crawl
    assert {base + p for p in ARTICLES} <= set(accounting)


def test_memory_stays_bounded(fault_crawl):
    _, _, _, log, _ = fault_crawl
    peak = int(re.search(r"'memusage/max': (\d+)", log).group(1))
    # About 190 MiB on this site: the cleaner's word lists and Scrapy, not the oversized pages.
    assert peak < 350 * 1024 * 1024, f"peak memory {peak / 2**20:.0f} MiB"


def test_a_resumable_job_does_not_follow_a_redirect_off_the_site_either(tmp_path):
    """A JOBDIR job's requests bypass Scrapy's duplicate filter (its own ledger filters them),
    which had let a redirect to another host through Scrapy's offsite filter too."""
    with FaultSite() as site:
        urls = tmp_path / "urls.txt"
        urls.write_text(f"{site.url}/a/offsite-redirect/\n{site.url}/a/ok-0/\n")
        result = subprocess.run(
            scrapy_command("crawl", "republished", "-a", f"urls={urls}", "-o", str(tmp_path / "out.jsonl"),
             "-s", f"JOBDIR={tmp_path / 'job'}", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"),
            cwd=ROOT, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        requests = list(site.server.requests)
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [r["url"] for r in records] == [f"{site.url}/a/ok-0/"], result.stderr[-3000:]
    assert OFFSITE_TARGET not in requests
    assert result.returncode == 0, result.stderr[-3000:]


def test_ctrl_c_stops_the_run_with_exit_code_3_and_no_traceback(tmp_path):
    """Ctrl-C reaches the whole process group (the crawl, the fork server, the cleaning workers):
    the crawl stops cleanly, the workers print nothing, and the exit code tells a scheduler that
    the run did not finish."""
    with FaultSite() as site:
        urls = tmp_path / "urls.txt"
        urls.write_text(f"{site.url}/a/ok-0/\n{site.url}/a/timeout/\n{site.url}/a/ok-1/\n")
        process = subprocess.Popen(
            [sys.executable, "-m", "scrapy", "crawl", "republished", "-a", f"urls={urls}", "-o", str(tmp_path / "out.jsonl"),
             "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS=1"],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + 120
        while "/a/timeout/" not in site.server.counts and time.monotonic() < deadline:
            time.sleep(0.05)  # the page answers after 4 s: the run is in the middle of it
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=120)
    assert process.returncode == 3, (process.returncode, stderr[-3000:])
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr[-3000:]
    assert "crashed" not in stderr


def test_a_robots_txt_that_cannot_be_read_is_said_once(tmp_path):
    """Scrapy reads a robots.txt answering 500 as allowing everything, in silence."""
    with FaultSite(robots_status=500) as site:
        urls = tmp_path / "urls.txt"
        urls.write_text(f"{site.url}/a/ok-0/\n{site.url}/a/ok-1/\n")
        result = subprocess.run(
            scrapy_command("crawl", "republished", "-a", f"urls={urls}", "-O", str(tmp_path / "out.jsonl"),
             "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=0"),
            cwd=ROOT, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    said = [line for line in result.stderr.splitlines() if f"{site.url}/robots.txt answered HTTP 500" in line]
    assert len(said) == 1 and "WARNING" in said[0], result.stderr[-3000:]
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 2
