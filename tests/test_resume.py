"""Kill a JOBDIR crawl hard in the middle, resume it: every article exactly once in the union."""

import json
import os
import signal
import subprocess
import sys
import time

from tests.samples import ROOT
from tests.servers import MirrorProxy
from tests.sitegen import write_site, write_site_config


def start(out, log, sites, jobdir, env, *extra):
    command = [sys.executable, "-m", "scrapy", "crawl", "republished", "-a", "site=bigfarm", "-o", str(out),
               "-s", f"SITES_DIR={sites}", "-s", f"JOBDIR={jobdir}", "-s", "DOWNLOAD_DELAY=0",
               "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4", *extra]  # fmt: skip
    return subprocess.Popen(command, cwd=ROOT, env=env, stderr=log.open("w"))


def urls_in(path):
    return [json.loads(line)["url"] for line in path.read_text().splitlines()] if path.exists() else []


def test_hard_kill_and_resume_exports_every_article_once(tmp_path):
    mirror, sites, jobdir = tmp_path / "mirror", tmp_path / "sites", tmp_path / "job"
    urls = write_site(mirror, 400)
    write_site_config(sites)
    first, second = tmp_path / "run-1.jsonl", tmp_path / "run-2.jsonl"
    # Slow enough that the crawl is still running when 40 articles are out, with the cleaning
    # workers' records coming in bursts.
    with MirrorProxy(mirror, delay=0.05) as proxy:
        env = {**os.environ, "http_proxy": proxy.url}
        process = start(first, tmp_path / "run-1.log", sites, jobdir, env)
        deadline = time.monotonic() + 120
        while len(urls_in(first)) < 40 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
        assert process.poll() is None, "the crawl finished before it could be killed"
        process.send_signal(signal.SIGKILL)
        process.wait()
        killed_at = len(urls_in(first))
        assert 40 <= killed_at < len(urls)

        accounting = tmp_path / "accounting-2.jsonl"
        resumed = start(
            second, tmp_path / "run-2.log", sites, jobdir, env, "-s", f"ACCOUNTING_FILE={accounting}"
        )
        assert resumed.wait(timeout=600) == 0, (tmp_path / "run-2.log").read_text()[-3000:]
    union = urls_in(first) + urls_in(second)
    assert sorted(set(union)) == sorted(urls), f"killed after {killed_at}: articles lost"
    # A kill can land between the feed's write of a record and the ledger's: that one record is
    # then in both outputs. Never more than the one in flight.
    assert len(union) - len(set(union)) <= 1, f"killed after {killed_at}: duplicates in the union"
    log = (tmp_path / "run-2.log").read_text()
    assert "exported_before_resume" in log
    # The resumed start's summary counts the job: each article once, as exported, whichever start
    # exported it; nothing is unaccounted.
    outcomes = [json.loads(line) for line in accounting.read_text().splitlines()]
    exported = sorted(o["url"] for o in outcomes if o["outcome"] == "exported")
    assert exported == sorted(urls)
    before_kill = sum(o["reason"].startswith("already exported by this job") for o in outcomes)
    assert killed_at - 1 <= before_kill <= killed_at  # less the one record the kill may have split
    assert f"exported: {len(urls)}\n" in log
    assert "unaccounted URL" not in log
