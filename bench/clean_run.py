"""`scrapy clean` run by the benchmarks as a user runs it: one command over a path or over pages
written as a JSONL file of {url, html}, from the repo root (so with the project's settings and
defaults); the records come back by URL."""

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass
class ScrapyCleanRun:
    """One run of `python -m scrapy clean` over all pages: records by URL, wall time, drops."""

    records: dict[str, dict]
    seconds: float
    exit_code: int
    drops: list[str]

    @property
    def texts(self) -> dict[str, str]:
        return {url: record["text"] for url, record in self.records.items()}


def scrapy_clean(path: Path) -> ScrapyCleanRun:
    """`python -m scrapy clean PATH -O records.jsonl`, its output in a scratch folder; a run that
    fails as a whole (exit code 2 or worse, no feed) ends the benchmark with its stderr."""
    with tempfile.TemporaryDirectory(prefix="bench-scrapy-clean-") as scratch:
        records_file = Path(scratch) / "records.jsonl"
        command = [sys.executable, "-m", "scrapy", "clean", str(path), "-O", str(records_file)]
        started = time.perf_counter()
        done = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        if done.returncode not in (0, 1) or not records_file.exists():
            raise SystemExit(f"scrapy clean failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
        lines = records_file.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    drops = [line for line in done.stderr.splitlines() if "not an article" in line or " ERROR: " in line]
    return ScrapyCleanRun({r["url"]: r for r in records}, seconds, done.returncode, drops)


def clean_pages(pages: Iterable[tuple[str, str]]) -> ScrapyCleanRun:
    """(url, html) pairs as a JSONL file of {url, html}, cleaned by the command a user runs."""
    with tempfile.TemporaryDirectory(prefix="bench-pages-") as scratch:
        pages_file = Path(scratch) / "pages.jsonl"
        with pages_file.open("w", encoding="utf-8") as f:
            for url, html in pages:
                f.write(json.dumps({"url": url, "html": html}, ensure_ascii=False) + "\n")
        return scrapy_clean(pages_file)
