"""A full crawl of a generated 2,000-article site over HTTP on 127.0.0.1, against the
time clean_page alone takes on the same pages: is the crawl limited by our per-page
processing or by Scrapy's scheduling?

    .venv/bin/python bench/crawl.py [--articles 2000]
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from republished.cleaning import clean_page  # noqa: E402
from tests.processes import scrapy_command  # noqa: E402
from tests.servers import MirrorProxy  # noqa: E402
from tests.sitegen import write_site, write_site_config  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "crawl.json"


def stat(log: str, key: str) -> float:
    match = re.search(rf"'{re.escape(key)}': ([\d.]+)", log)
    return float(match.group(1)) if match else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        mirror, sites, out = Path(tmp) / "mirror", Path(tmp) / "sites", Path(tmp) / "out.jsonl"
        urls = write_site(mirror, args.articles)
        write_site_config(sites, listings=False)

        pages = [(url, (mirror / url.split("//")[1] / "index.html").read_text()) for url in urls[:300]]
        clean_page(pages[0][1], pages[0][0])
        started = time.perf_counter()
        for url, html in pages:
            clean_page(html, url)
        clean_ms = 1000 * (time.perf_counter() - started) / len(pages)

        with MirrorProxy(mirror) as proxy:
            env = {**os.environ, "http_proxy": proxy.url}
            command = scrapy_command("crawl", "republished", "-a", "site=bigfarm",
                       "-O", str(out), "-s", f"SITES_DIR={sites}", "-s", "DOWNLOAD_DELAY=0",
                       "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
                       "-s", "LOG_LEVEL=INFO")  # fmt: skip
            started = time.perf_counter()
            result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
            wall = time.perf_counter() - started
        if result.returncode != 0:
            print(result.stderr[-3000:], file=sys.stderr)
            return 1
        exported = sum(1 for _ in out.open())
        elapsed = stat(result.stderr, "elapsed_time_seconds")
        report = {
            "benchmark": "full crawl of a generated site over HTTP on 127.0.0.1",
            "date": datetime.now(UTC).date().isoformat(),
            "articles": args.articles,
            "exported": exported,
            "crawl_seconds": round(elapsed, 2),
            "process_seconds": round(wall, 2),
            "pages_per_second": round(exported / elapsed, 1),
            "peak_memory_mib": round(stat(result.stderr, "memusage/max") / 2**20, 1),
            "clean_page_ms_per_page": round(clean_ms, 2),
            "clean_page_share_of_crawl": round(clean_ms * exported / 1000 / elapsed, 3),
            "cpus": os.cpu_count(),
        }
    print(json.dumps(report, indent=2))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
