"""Extraction quality on the article-extraction benchmark: scrapy clean and clean_page against others.

First `python -m scrapy clean pages.jsonl -O records.jsonl` runs as a user runs it, over the
pages written as a JSONL file of {url, html}; a page it gives no record for scores as empty.
Then clean_page, trafilatura (defaults, favor_precision, favor_recall), readability-lxml and
newspaper4k run side by side in this process over the same pages, so their F1 and speed are
comparable. Every figure is given for all pages and for two halves by a hash of the page id:
rules of the cleaner are tuned on the "tune" half and checked on the "held-out" one.
Usage (from the repo root):

    .venv/bin/python bench/extraction.py [--data ../shared/bench/aeb] [--limit N]

The pages are not bundled: see bench/README.md.
"""

import argparse
import contextlib
import gzip
import hashlib
import json
import os
import platform
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

import lxml.html
import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_run import clean_pages
from republished.cleaning import PageError, clean_page, default_cleaner
from republished.cleaning.evaluation import PageScores, aggregate, page_scores
from republished.cleaning.extract import extract
from republished.cleaning.pipeline import EXTRACTION_FALLBACK

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "bench" / "aeb"
RESULTS_DIR = REPO_ROOT / "bench" / "results"

#: Elements after which readability's HTML summary starts a new line of text.
BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "td"}
#: Extractor names, as they appear in the table and in the JSON.
TRAFILATURA = "trafilatura (defaults)"
#: How the benchmark's own run_trafilatura.py calls it, so this row can be checked against its table.
TRAFILATURA_NO_COMMENTS = "trafilatura (no comments)"
TRAFILATURA_PRECISION = "trafilatura (favor_precision)"
TRAFILATURA_RECALL = "trafilatura (favor_recall)"
EXTRACT_ONLY = "cleaning.extract only"
CLEAN_PAGE = "clean_page"
SCRAPY_CLEAN = "scrapy clean (command)"
HALVES = ("tune", "held-out")
#: Untimed pages first: clean_page loads word lists lazily (about 1.5 s over the first three pages).
WARMUP_PAGES = 5


@dataclass(frozen=True)
class BenchPage:
    id: str
    url: str
    html: str
    truth: str

    @property
    def half(self) -> str:
        """ "tune" or "held-out", by the first byte of the SHA-256 of the page id (91 and 90 pages)."""
        return HALVES[hashlib.sha256(self.id.encode()).digest()[0] % 2]


@dataclass
class Extractor:
    """A named function from (html, url) to text, and the exceptions that mean "no text"."""

    name: str
    run: Callable[[str, str], str]
    expected_errors: tuple[type[BaseException], ...]
    seconds: float = 0.0
    scores: dict[str, PageScores] = field(default_factory=dict)
    failures: Counter = field(default_factory=Counter)


def load_pages(data_dir: Path, limit: int | None = None) -> list[BenchPage]:
    """The benchmark pages in a stable order (by id), exiting with a message if they are missing."""
    truth_file = data_dir / "ground-truth.json"
    if not truth_file.is_file() or not (data_dir / "html").is_dir():
        print(
            f"error: benchmark data not found at {data_dir}: expected ground-truth.json and html/<id>.html.gz"
            " from the article-extraction-benchmark. Pass --data DIR (see bench/README.md).",
            file=sys.stderr,
        )
        sys.exit(2)
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth)[:limit]:
        with gzip.open(data_dir / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8") as f:
            html = f.read()
        pages.append(BenchPage(page_id, truth[page_id]["url"], html, truth[page_id]["articleBody"]))
    return pages


def machine() -> dict:
    """What the figures were measured on (cores, CPU model, memory, Python)."""
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem_kib = next(
        (
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        0,
    )
    return {
        "cores": os.cpu_count(),
        "cpu": model,
        "memory_gib": round(mem_kib / 2**20, 1),
        "python": platform.python_version(),
    }


def package_versions(names: list[str]) -> dict[str, str]:
    versions = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def summary_text(summary_html: str) -> str:
    """Text of readability's HTML summary, one block per line so words across blocks stay apart."""
    tree = lxml.html.fromstring(summary_html)
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag in BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    return tree.text_content()


def trafilatura_defaults(html: str, url: str) -> str:
    return trafilatura.extract(html, url=url) or ""


def trafilatura_no_comments(html: str, url: str) -> str:
    return trafilatura.extract(html, url=url, include_comments=False) or ""


def trafilatura_precision(html: str, url: str) -> str:
    return trafilatura.extract(html, url=url, favor_precision=True) or ""


def trafilatura_recall(html: str, url: str) -> str:
    return trafilatura.extract(html, url=url, favor_recall=True) or ""


def extract_only(html: str, url: str) -> str:
    """Our extraction settings (favor_precision, no comments) without any cleaning stage."""
    return "\n".join(extract(html, url, default_cleaner().extraction).lines)


@dataclass
class CleanPageRuns:
    """clean_page's text, and per page whether the fallback extraction ran, was taken, and what
    it cost (the cleaner's own stopwatch), and whether the record is flagged no article."""

    fallback_checked: dict[str, float] = field(default_factory=dict)
    fallback_taken: set[str] = field(default_factory=set)
    not_articles: dict[str, str] = field(default_factory=dict)

    def text(self, html: str, url: str) -> str:
        phases: dict[str, float] = {}
        record = default_cleaner().clean(html, url, timings=phases)
        if "fallback extraction" in phases:
            self.fallback_checked[url] = phases["fallback extraction"]
        flags = {flag["type"]: flag["reason"] for flag in record["flags"]}
        if EXTRACTION_FALLBACK in flags:
            self.fallback_taken.add(url)
        if default_cleaner().article_problem(record):
            self.not_articles[url] = default_cleaner().article_problem(record)
        return record["text"]


def optional_extractors() -> tuple[list[Extractor], dict[str, str]]:
    """newspaper4k and readability-lxml when installed (the `bench` extra), else why they are skipped."""
    found, skipped = [], {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # newspaper warns at import that nltk (unused here) is missing
            import newspaper

        def newspaper_text(html: str, url: str) -> str:
            article = newspaper.Article(url, fetch_images=False)
            article.download(input_html=html)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # dateutil's "unknown timezone" on some pages' dates
                article.parse()
            return article.text

        found.append(Extractor("newspaper4k", newspaper_text, (Exception,)))
    except ImportError:
        skipped["newspaper4k"] = "not installed (pip install newspaper4k)"
    try:
        from readability import Document

        def readability_text(html: str, url: str) -> str:
            return summary_text(Document(html, url=url).summary(html_partial=True))

        found.append(Extractor("readability-lxml", readability_text, (Exception,)))
    except ImportError:
        skipped["readability-lxml"] = "not installed (pip install readability-lxml)"
    return found, skipped


def failure_reason(exc: BaseException) -> str:
    """A short, one-line key for counting failures of the same kind together."""
    message = str(getattr(exc, "problem", exc)).strip()
    return f"{type(exc).__name__}: {message.splitlines()[0] if message else ''}"[:120]


def run_once(extractor: Extractor, page: BenchPage) -> str:
    """The extractor's text for the page; an expected error counts as a failure with empty text."""
    started = time.perf_counter()
    try:
        text = extractor.run(page.html, page.url)
    except extractor.expected_errors as exc:
        extractor.failures[failure_reason(exc)] += 1
        text = ""
    except Exception as exc:
        exc.add_note(f"{extractor.name} failed on benchmark page {page.id} ({page.url})")
        raise
    else:
        if not text.strip():
            extractor.failures["empty text"] += 1
    finally:
        extractor.seconds += time.perf_counter() - started
    return text


def evaluate(extractors: list[Extractor], pages: list[BenchPage]) -> None:
    """Score every extractor on every page; the order rotates per page so no one always runs warm."""
    for page in pages[:WARMUP_PAGES]:
        for extractor in extractors:
            with contextlib.suppress(*extractor.expected_errors):
                extractor.run(page.html, page.url)
    for index, page in enumerate(pages):
        shift = index % len(extractors)
        for extractor in extractors[shift:] + extractors[:shift]:
            extractor.scores[page.id] = page_scores(run_once(extractor, page), page.truth)
        if (index + 1) % 20 == 0:
            print(f"  {index + 1}/{len(pages)} pages", file=sys.stderr)


def results_of(extractor: Extractor, pages: list[BenchPage]) -> dict:
    scores = aggregate(extractor.scores.values())
    halves = {
        half: {
            key: round(value, 4)
            for key, value in aggregate(extractor.scores[p.id] for p in pages if p.half == half).items()
        }
        for half in HALVES
    }
    return {
        **{key: round(value, 4) for key, value in scores.items() if key != "pages"},
        "pages": scores["pages"],
        "halves": halves,
        "seconds": round(extractor.seconds, 3),
        "pages_per_second": round(scores["pages"] / extractor.seconds, 2) if extractor.seconds else None,
        "failures": sum(extractor.failures.values()),
        "failure_reasons": dict(extractor.failures.most_common()),
    }


def print_table(results: dict[str, dict]) -> None:
    header = (
        f"{'extractor':<30} {'F1':>6} {'prec':>6} {'recall':>6} {'F1 tune':>8} {'F1 held':>8}"
        f" {'pages/s':>8} {'empty':>6}"
    )
    print(header)
    print("-" * len(header))
    for name, row in results.items():
        print(
            f"{name:<30} {row['f1']:>6.3f} {row['precision']:>6.3f} {row['recall']:>6.3f}"
            f" {row['halves']['tune']['f1']:>8.3f} {row['halves']['held-out']['f1']:>8.3f}"
            f" {row['pages_per_second'] or 0:>8.1f} {row['failures']:>6}"
        )


def recall_losses(extractors: dict[str, Extractor], pages: list[BenchPage], count: int) -> list[dict]:
    """The pages where clean_page recalls least compared with plain trafilatura, and what the stages did."""
    if count <= 0 or CLEAN_PAGE not in extractors or TRAFILATURA not in extractors:
        return []
    by_id = {page.id: page for page in pages}
    losses = sorted(
        (
            extractors[TRAFILATURA].scores[page_id][1] - extractors[CLEAN_PAGE].scores[page_id][1],
            page_id,
        )
        for page_id in extractors[CLEAN_PAGE].scores
    )[::-1][:count]
    rows = []
    for loss, page_id in losses:
        if loss <= 0:
            break
        page = by_id[page_id]
        try:
            edits = clean_page(page.html, page.url)["edits"]
        except PageError as exc:
            edits, error = [], exc.problem
        else:
            error = None
        text_edits = Counter(f"{e['stage']} {e['action']}" for e in edits if e["field"] == "text")
        rows.append(
            {
                "id": page_id,
                "url": page.url,
                "recall_lost": round(loss, 3),
                "recall": {
                    name: round(extractors[name].scores[page_id][1], 3)
                    for name in (TRAFILATURA, EXTRACT_ONLY, CLEAN_PAGE)
                    if name in extractors
                },
                "text_edits_by_stage": dict(text_edits),
                "clean_page_error": error,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="benchmark folder (default: %(default)s)"
    )
    parser.add_argument("--limit", type=int, help="only the first N pages (by id), for a quick run")
    parser.add_argument("--output", type=Path, default=RESULTS_DIR / "extraction.json")
    parser.add_argument(
        "--worst", type=int, default=10, help="list the N pages where clean_page loses most recall"
    )
    args = parser.parse_args(argv)

    pages = load_pages(args.data, args.limit)
    print(f"{len(pages)} pages from {args.data}; scrapy clean first", file=sys.stderr)
    command_run = clean_pages((page.url, page.html) for page in pages)
    optional, skipped = optional_extractors()
    clean_page_runs = CleanPageRuns()
    command = Extractor(SCRAPY_CLEAN, lambda html, url: command_run.texts.get(url, ""), ())
    extractors = [
        Extractor(TRAFILATURA, trafilatura_defaults, (Exception,)),
        Extractor(TRAFILATURA_NO_COMMENTS, trafilatura_no_comments, (Exception,)),
        Extractor(TRAFILATURA_PRECISION, trafilatura_precision, (Exception,)),
        Extractor(TRAFILATURA_RECALL, trafilatura_recall, (Exception,)),
        Extractor(EXTRACT_ONLY, extract_only, (PageError,)),
        Extractor(CLEAN_PAGE, clean_page_runs.text, (PageError,)),
        *optional,
    ]
    for name, reason in skipped.items():
        print(f"skipping {name}: {reason}", file=sys.stderr)
    print(f"extractors: {', '.join(e.name for e in extractors)}", file=sys.stderr)
    evaluate(extractors, pages)
    for page in pages:
        command.scores[page.id] = page_scores(run_once(command, page), page.truth)
    command.seconds = command_run.seconds
    extractors.insert(0, command)

    results = {extractor.name: results_of(extractor, pages) for extractor in extractors}
    print_table(results)
    difference = results[CLEAN_PAGE]["f1"] - results[TRAFILATURA]["f1"]
    print(f"\nclean_page F1 - trafilatura F1 = {difference:+.4f}")
    lost = [page.url for page in pages if page.url not in command_run.texts]
    print(
        f"scrapy clean: exit code {command_run.exit_code}, {len(command_run.texts)} records,"
        f" {len(lost)} pages without a record, {command_run.seconds:.1f} s (with Scrapy's start-up)"
    )
    for line in command_run.drops:
        print(f"  {line}")
    fallback = fallback_figures(clean_page_runs, pages, extractors[1:])
    print(
        f"fallback extraction: checked on {fallback['checked']} of {len(pages)} pages"
        f" (tune {fallback['checked_by_half']['tune']}, held-out {fallback['checked_by_half']['held-out']}),"
        f" taken on {len(fallback['taken'])}: {fallback['taken']};"
        f" {fallback['ms_per_page']:.2f} ms a page on average ({fallback['ms_per_check']:.1f} ms a check)"
    )
    by_name = {extractor.name: extractor for extractor in extractors}
    losses = recall_losses(by_name, pages, args.worst)
    if losses:
        print("\npages where clean_page loses most recall against trafilatura (defaults):")
        for row in losses:
            recalls = " ".join(f"{name}={value:.2f}" for name, value in row["recall"].items())
            print(
                f"  -{row['recall_lost']:.2f} {row['url']}\n      {recalls} text edits: {row['text_edits_by_stage']}"
            )

    report = {
        "benchmark": "article-extraction-benchmark (shingle F1, 4-token shingles)",
        "date": datetime.now(UTC).date().isoformat(),
        "data": str(args.data),
        "pages": len(pages),
        "machine": machine(),
        "versions": package_versions(["trafilatura", "newspaper4k", "readability-lxml", "lxml"]),
        "results": results,
        "skipped": skipped,
        "clean_page_f1_minus_trafilatura_f1": round(difference, 4),
        "scrapy_clean": {
            "exit_code": command_run.exit_code,
            "records": len(command_run.texts),
            "pages_without_record": lost,
            "drops": command_run.drops,
        },
        "clean_page_not_articles": clean_page_runs.not_articles,
        "fallback_extraction": fallback,
        "largest_recall_losses": losses,
        "per_page": {
            page.id: {
                e.name: [None if p is None else round(p, 4), round(r, 4)]
                for e in extractors
                for p, r in [e.scores[page.id]]
            }
            for page in pages
        },
    }
    write_report(args.output, report)
    return 0


def fallback_figures(runs: CleanPageRuns, pages: list[BenchPage], extractors: list[Extractor]) -> dict:
    """How often clean_page ran the fallback extraction, where it took its text, and the cost."""
    by_url = {page.url: page for page in pages}
    clean = next(e for e in extractors if e.name == CLEAN_PAGE)
    seconds = sum(runs.fallback_checked.values())
    return {
        "checked": len(runs.fallback_checked),
        "checked_by_half": {h: sum(by_url[u].half == h for u in runs.fallback_checked) for h in HALVES},
        "taken": sorted(f"{by_url[u].id[:8]} ({by_url[u].half})" for u in runs.fallback_taken),
        "taken_recall": {
            by_url[u].id[:8]: round(clean.scores[by_url[u].id][1], 3) for u in runs.fallback_taken
        },
        "ms_per_page": 1000 * seconds / len(pages),
        "ms_per_check": 1000 * seconds / len(runs.fallback_checked) if runs.fallback_checked else 0.0,
    }


def write_report(path: Path, report: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {path}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
