"""Where clean_page spends its time, against plain trafilatura.extract, on the benchmark pages.

Cleaner.clean has a per-phase stopwatch (its `timings` argument), so the breakdown is
measured on the real code path, without patching or replicating the library.
Usage (from the repo root):

    .venv/bin/python bench/speed.py [--data ../shared/bench/aeb] [--limit N] [--warmup N]
"""

import argparse
import gc
import resource
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import trafilatura
from extraction import (
    DEFAULT_DATA,
    RESULTS_DIR,
    WARMUP_PAGES,
    BenchPage,
    load_pages,
    machine,
    package_versions,
    write_report,
)

from republished.cleaning import PageError, default_cleaner
from republished.cleaning.language import common_words, detect_language
from republished.cleaning.pipeline import Cleaner

TARGET_RATIO = 1.3
#: Any fixed value: both paths get it, so records compare whole.
FETCHED_AT = "2000-01-01T00:00:00+00:00"


def timed_clean(cleaner: Cleaner, html: str, url: str, phases: dict) -> dict:
    """clean_page's own path, with its built-in per-phase stopwatch switched on."""
    return cleaner.clean(html, url, FETCHED_AT, timings=phases)


def outcome(run, *args) -> dict | str:
    """A record, or the PageError message, so failures compare too."""
    try:
        return run(*args)
    except PageError as exc:
        return f"PageError: {exc}"


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure(pages: list[BenchPage], warmup: int) -> dict:
    cleaner = default_cleaner()
    # Warm-up loads the lazily loaded word lists; only a few pages, so content-keyed caches
    # (htmldate's and trafilatura's lru_caches) do not serve the timed pass.
    for page in pages[:warmup]:
        trafilatura.extract(page.html, url=page.url)
        outcome(timed_clean, cleaner, page.html, page.url, {})
    # The language stage loads each language's common words the first time it meets that
    # language, once per process; load them here so the timed pass measures the per-page cost.
    for language in {detect_language(trafilatura.extract(page.html) or "") for page in pages}:
        common_words(language or "en")
    rss_before = rss_mib()
    # A full garbage collection walks every container the loaded word lists left, and the
    # timed pass would charge it to whichever path it interrupts. Freeze what the warm-up
    # loaded, as a long-running crawler would, so that collections stay small.
    started = time.perf_counter()
    gc.collect()
    full_collection_ms = 1000 * (time.perf_counter() - started)
    gc.freeze()

    plain_seconds = 0.0
    phases: defaultdict[str, float] = defaultdict(float)
    records = {}

    def run_plain(page: BenchPage) -> None:
        nonlocal plain_seconds
        started = time.perf_counter()
        trafilatura.extract(page.html, url=page.url)
        plain_seconds += time.perf_counter() - started

    def run_ours(page: BenchPage) -> None:
        records[page.id] = outcome(timed_clean, cleaner, page.html, page.url, phases)

    for index, page in enumerate(pages):
        # Alternate who goes first: the second run on a page can hit the first one's lru_caches.
        for run in (run_plain, run_ours) if index % 2 == 0 else (run_ours, run_plain):
            run(page)

    gc.unfreeze()
    count = len(pages)
    ours_seconds = sum(phases.values())
    return {
        "pages": count,
        "warmup_pages": min(warmup, count),
        "trafilatura_extract": {
            "seconds": round(plain_seconds, 3),
            "pages_per_second": round(count / plain_seconds, 2),
            "ms_per_page": round(1000 * plain_seconds / count, 2),
        },
        "clean_page": {
            "seconds": round(ours_seconds, 3),
            "pages_per_second": round(count / ours_seconds, 2),
            "ms_per_page": round(1000 * ours_seconds / count, 2),
            "phases": {
                phase: {
                    "ms_per_page": round(1000 * seconds / count, 3),
                    "share": round(seconds / ours_seconds, 4),
                }
                for phase, seconds in phases.items()
            },
            "failures": sum(1 for r in records.values() if isinstance(r, str)),
        },
        "ratio_clean_page_to_trafilatura": round(ours_seconds / plain_seconds, 3),
        "target_ratio": TARGET_RATIO,
        "full_gc_ms_after_warmup": round(full_collection_ms, 1),
        "rss_mib_after_warmup": round(rss_before, 1),
        "peak_rss_mib": round(rss_mib(), 1),
    }


def print_report(result: dict) -> None:
    plain, ours = result["trafilatura_extract"], result["clean_page"]
    print(f"{result['pages']} pages (after {result['warmup_pages']} warm-up pages)\n")
    print(f"{'':<40} {'pages/s':>8} {'ms/page':>8}")
    print(
        f"{'trafilatura.extract (defaults)':<40} {plain['pages_per_second']:>8.1f} {plain['ms_per_page']:>8.2f}"
    )
    print(f"{'clean_page':<40} {ours['pages_per_second']:>8.1f} {ours['ms_per_page']:>8.2f}\n")
    print(f"{'clean_page phase':<40} {'ms/page':>8} {'share':>7}")
    for phase, row in ours["phases"].items():
        print(f"  {phase:<38} {row['ms_per_page']:>8.2f} {row['share']:>7.1%}")
    ratio, target = result["ratio_clean_page_to_trafilatura"], result["target_ratio"]
    verdict = "meets" if ratio <= target else "misses"
    print(f"\nclean_page / trafilatura.extract = {ratio:.2f} ({verdict} the target of ≤ {target})")
    print(
        f"peak RSS {result['peak_rss_mib']:.0f} MiB (after warm-up {result['rss_mib_after_warmup']:.0f} MiB)"
    )
    print(f"a full garbage collection after warm-up: {result['full_gc_ms_after_warmup']:.0f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="benchmark folder (default: %(default)s)"
    )
    parser.add_argument("--limit", type=int, help="only the first N pages (by id), for a quick run")
    parser.add_argument(
        "--warmup", type=int, default=WARMUP_PAGES, help="untimed pages run first (default: %(default)s)"
    )
    parser.add_argument("--output", type=Path, default=RESULTS_DIR / "speed.json")
    args = parser.parse_args(argv)

    pages = load_pages(args.data, args.limit)
    result = measure(pages, args.warmup)
    print_report(result)
    report = {
        "benchmark": "clean_page phase timings vs trafilatura.extract",
        "date": datetime.now(UTC).date().isoformat(),
        "data": str(args.data),
        "machine": machine(),
        "versions": package_versions(["trafilatura", "htmldate", "lxml", "langdetect"]),
        **result,
    }
    write_report(args.output, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
