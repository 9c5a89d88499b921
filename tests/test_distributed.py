"""Two crawler processes share one crawl through a real Redis, over real HTTP on 127.0.0.1."""

import json
import os
import subprocess
import sys

from tests.redis_server import redis_server
from tests.samples import ROOT
from tests.servers import MirrorProxy
from tests.sitegen import write_site, write_site_config

ARTICLES = 500


def start_crawl(out, log, sites, env, *extra):
    command = [sys.executable, "-m", "scrapy", "crawl", "republished", "-a", "site=bigfarm", "-O", str(out),
               "-s", f"SITES_DIR={sites}", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", *extra]  # fmt: skip
    return subprocess.Popen(command, cwd=ROOT, env=env, stderr=log.open("w"))


def exported(path):
    return [json.loads(line) for line in path.read_text().splitlines()]


def exported_urls(path):
    return [record["url"] for record in exported(path)]


def test_two_processes_share_one_crawl_and_the_seen_store(tmp_path):
    mirror, sites = tmp_path / "mirror", tmp_path / "sites"
    urls = write_site(mirror, ARTICLES)
    write_site_config(sites)
    with redis_server(tmp_path) as redis_url, MirrorProxy(mirror, delay=0.01) as proxy:
        env = {**os.environ, "http_proxy": proxy.url, "REDIS_URL": redis_url, "CRAWL_ID": "run-1"}
        outs = [tmp_path / f"process-{i}.jsonl" for i in range(2)]
        logs = [tmp_path / f"process-{i}.log" for i in range(2)]
        accounting = [tmp_path / f"accounting-{i}.jsonl" for i in range(2)]
        processes = [
            start_crawl(o, lg, sites, env, "-s", "SEEN_STORE=on", "-s", f"ACCOUNTING_FILE={a}")
            for o, lg, a in zip(outs, logs, accounting, strict=True)
        ]
        for process, log in zip(processes, logs, strict=True):
            assert process.wait(timeout=600) == 0, log.read_text()[-3000:]
        per_process = [exported_urls(out) for out in outs]
        union = per_process[0] + per_process[1]
        assert sorted(union) == sorted(urls), "every article exactly once across both processes"
        assert all(per_process), f"both processes exported articles: {[len(p) for p in per_process]}"
        assert "scrapy_redis.scheduler.Scheduler" in logs[0].read_text()
        records = exported(outs[0]) + exported(outs[1])
        assert all(r["duplicate_of"] in (None, *union) for r in records), (
            "duplicates point at exported records"
        )
        assert "duplicate index in Redis" in logs[0].read_text()
        # Each process accounts for the URLs it handled, and only those: none is unaccounted, and
        # its exported count is its own feed's.
        for out, log, account in zip(outs, logs, accounting, strict=True):
            assert "unaccounted URL" not in log.read_text()
            outcomes = [json.loads(line) for line in account.read_text().splitlines()]
            assert "unaccounted" not in {o["outcome"] for o in outcomes}
            assert sorted(o["url"] for o in outcomes if o["outcome"] == "exported") == sorted(
                exported_urls(out)
            )
        assert all(r["story_id"] in union for r in records), "stories are named after exported records"
        assert all("story index in Redis" in log.read_text() for log in logs)

        env["CRAWL_ID"] = "run-2"
        later, later_log = tmp_path / "later.jsonl", tmp_path / "later.log"
        later_crawl = start_crawl(
            later, later_log, sites, env, "-s", "SEEN_STORE=on", "-s", "DISTRIBUTED_IDLE_TIMEOUT=0"
        )
        assert later_crawl.wait(timeout=600) == 0
        assert exported_urls(later) == [], "the next scheduled run finds everything in the Redis seen-store"
