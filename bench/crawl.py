"""A full crawl over HTTP on 127.0.0.1 of a site whose articles are real-size pages (the AEB
pages, ../shared/bench/aeb, served as the site's articles; generated short pages without it),
once with the cleaning in the crawl's own process (CLEAN_JOBS=1) and once per worker count
asked for: pages per second, and the peak memory of the crawl and of its largest worker.

    .venv/bin/python bench/crawl.py [--articles 1000] [--workers 1,2]
"""

import argparse
import gzip
import json
import os
import re
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.processes import run_measured  # noqa: E402
from tests.servers import MirrorProxy  # noqa: E402
from tests.sitegen import write_site, write_site_config  # noqa: E402

AEB = ROOT.parent / "shared" / "bench" / "aeb" / "html"
RESULTS = ROOT / "bench" / "results" / "crawl.json"


def stat(log: str, key: str) -> float:
    match = re.search(rf"'{re.escape(key)}': ([\d.]+)", log)
    return float(match.group(1)) if match else 0.0


def use_real_pages(mirror: Path, urls: list[str]) -> bool:
    """Replace each generated article with an AEB page (cycled); False when AEB is absent."""
    pages = sorted(AEB.glob("*.html.gz"))
    if not pages:
        return False
    for n, url in enumerate(urls):
        page = mirror / url.split("//", 1)[1] / "index.html"
        page.write_bytes(gzip.decompress(pages[n % len(pages)].read_bytes()))
    return True


def crawl(mirror: Path, sites: Path, out: Path, workers: int) -> dict:
    with MirrorProxy(mirror) as proxy:
        env = {**os.environ, "http_proxy": proxy.url}
        command = [sys.executable, "-m", "scrapy", "crawl", "republished", "-a", "site=bigfarm",
                   "-O", str(out), "-s", f"SITES_DIR={sites}", "-s", "DOWNLOAD_DELAY=0",
                   "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
                   "-s", f"CLEAN_JOBS={workers}", "-s", "LOG_LEVEL=INFO"]  # fmt: skip
        run = run_measured(command, ROOT, env)
    log = run.stderr.decode("utf-8", "replace")
    if run.returncode != 0:
        print(log[-3000:], file=sys.stderr)
    exported = sum(1 for _ in out.open()) if out.exists() else 0
    elapsed = stat(log, "elapsed_time_seconds")
    return {
        "clean_jobs": workers,
        "exit_code": run.returncode,
        "exported": exported,
        "dropped": int(stat(log, "item_dropped_count")),
        "crawl_seconds": round(elapsed, 2),
        "pages_per_second": round((exported + stat(log, "item_dropped_count")) / elapsed, 1)
        if elapsed
        else 0,
        "peak_mib_crawl_process": round(run.main_peak_mib),
        "peak_mib_largest_worker": round(run.worker_peak_mib),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", default="1,2", help="comma-separated CLEAN_JOBS values")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        mirror, sites = Path(tmp) / "mirror", Path(tmp) / "sites"
        urls = write_site(mirror, args.articles)
        write_site_config(sites, listings=False)
        real = use_real_pages(mirror, urls)
        runs = [crawl(mirror, sites, Path(tmp) / f"out-{w}.jsonl", int(w)) for w in args.workers.split(",")]
    report = {
        "benchmark": "full crawl over HTTP on 127.0.0.1 with 1 and more cleaning workers",
        "date": datetime.now(UTC).date().isoformat(),
        "articles": args.articles,
        "pages": "AEB pages (real size)" if real else "generated short pages",
        "cpus": os.cpu_count(),
        "runs": runs,
    }
    if len(runs) > 1 and runs[0]["pages_per_second"]:
        report["speedup"] = round(runs[-1]["pages_per_second"] / runs[0]["pages_per_second"], 2)
    print(json.dumps(report, indent=2))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    return 0 if all(r["exit_code"] == 0 for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
