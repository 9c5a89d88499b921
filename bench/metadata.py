"""Titles, days of publication and authors of `scrapy clean` (and clean_page) against
trafilatura's metadata, on pages whose expected values were written by reading them.

Sets: the bundled pages (16 sample articles, 8 multilingual fixtures), the publisher pages
(bench/publishers/pages: ordinary news sites in their CMS templates) and, when the folder
exists, bench/multilingual (pages in their native encodings, read with the crawler's decoder).
`scrapy clean` runs once over all pages as a user runs it (a JSONL file of {url, html}); a page
it gives no record for is wrong on every field. Every page falls in the tune or the held-out
half by the first byte of the SHA-256 of its URL; only tune pages' misses are printed, so that
nobody tunes on the held-out half. Usage (from the repo root):

    .venv/bin/python bench/metadata.py

Writes bench/results/metadata.json.
"""

import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from importlib.metadata import version
from pathlib import Path

from trafilatura import bare_extraction

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_run import clean_pages
from republished.cleaning import clean_page
from republished.spiders.decoding import decode_saved_page
from tests.multilingual import NAMES, expected, raw_page, spaced
from tests.samples import expected_records, html_path

REPO_ROOT = Path(__file__).resolve().parent.parent
PUBLISHERS = REPO_ROOT / "bench" / "publishers" / "pages"
MULTILINGUAL = REPO_ROOT / "bench" / "multilingual"
RESULTS = REPO_ROOT / "bench" / "results" / "metadata.json"
FIELDS = ("title", "date_published", "authors")
HALVES = ("tune", "held-out")
SCRAPY_CLEAN, CLEAN_PAGE, TRAFILATURA = "scrapy clean", "clean_page", "trafilatura"


@dataclass(frozen=True)
class Case:
    part: str
    url: str
    html: str
    truth: dict

    @property
    def half(self) -> str:
        return HALVES[hashlib.sha256(self.url.encode()).digest()[0] % 2]


def bundled_cases() -> list[Case]:
    found = []
    for record in expected_records():
        html = html_path(record["url"]).read_text(encoding="utf-8")
        found.append(Case("bundled", record["url"], html, {f: record[f] for f in FIELDS}))
    for name in NAMES:
        html, _ = decode_saved_page(raw_page(name))
        page = expected(name)
        found.append(Case("bundled", page["url"], html, {f: page[f] for f in FIELDS}))
    return found


def folder_cases(part: str, folder: Path) -> list[Case]:
    """Pages saved as <name>.html (any encoding, decoded as the crawler does) with <name>.json."""
    found = []
    for truth_file in sorted(folder.glob("*.json")):
        page = json.loads(truth_file.read_text(encoding="utf-8"))
        html, _ = decode_saved_page(truth_file.with_suffix(".html").read_bytes())
        found.append(Case(part, page["url"], html, {f: page[f] for f in FIELDS}))
    return found


def all_cases() -> list[Case]:
    cases = bundled_cases() + folder_cases("publishers", PUBLISHERS)
    if MULTILINGUAL.is_dir():
        cases += folder_cases("multilingual", MULTILINGUAL)
    return cases


def trafilatura_fields(case: Case) -> dict:
    document = bare_extraction(case.html, url=case.url, with_metadata=True)
    if document is None:
        return {}
    authors = [a.strip() for a in (document.author or "").split(";") if a.strip()]
    return {"title": document.title, "date_published": document.date, "authors": authors}


def clean_page_fields(case: Case) -> dict:
    try:
        return clean_page(case.html, case.url)
    except Exception:  # a page clean_page rejects has no fields, as a dropped page has no record
        return {}


@dataclass
class Tally:
    pages: int = 0
    title: int = 0
    date_published: int = 0
    authors: int = 0
    author_tp: int = 0
    author_fp: int = 0
    author_fn: int = 0

    def add(self, got: dict, truth: dict) -> dict[str, bool]:
        """Count one page; whether each field was right."""
        got_authors = {spaced(a) for a in got.get("authors") or []}
        true_authors = {spaced(a) for a in truth["authors"]}
        right = {
            "title": spaced(got.get("title") or "") == spaced(truth["title"]),
            "date_published": got.get("date_published") == truth["date_published"],
            "authors": got_authors == true_authors,
        }
        self.pages += 1
        for field, ok in right.items():
            setattr(self, field, getattr(self, field) + ok)
        self.author_tp += len(got_authors & true_authors)
        self.author_fp += len(got_authors - true_authors)
        self.author_fn += len(true_authors - got_authors)
        return right

    def summary(self) -> dict:
        denominator = 2 * self.author_tp + self.author_fp + self.author_fn
        return {
            "pages": self.pages,
            "title": self.title,
            "date_published": self.date_published,
            "authors_exact": self.authors,
            "authors_f1": round(2 * self.author_tp / denominator, 3) if denominator else 1.0,
        }


def main() -> int:
    cases = all_cases()
    run = clean_pages((case.url, case.html) for case in cases)
    records, exit_code = run.records, run.exit_code
    tallies: dict[str, dict[tuple[str, str], Tally]] = {}
    misses: Counter = Counter()
    for case in cases:
        outputs = {
            SCRAPY_CLEAN: records.get(case.url, {}),
            CLEAN_PAGE: clean_page_fields(case),
            TRAFILATURA: trafilatura_fields(case),
        }
        for name, got in outputs.items():
            groups = tallies.setdefault(name, {})
            for key in ((case.part, case.half), (case.part, "all"), ("all", case.half), ("all", "all")):
                right = groups.setdefault(key, Tally()).add(got, case.truth)
            if name != SCRAPY_CLEAN:
                continue
            for field, ok in right.items():
                if ok:
                    continue
                misses[case.half] += 1
                if case.half == "tune":
                    print(f"miss {field} on {case.url}: {got.get(field)!r}, expected {case.truth[field]!r}")
    print(f"\nscrapy clean exit code {exit_code}; {len(records)} records for {len(cases)} pages")
    print(
        f"misses of scrapy clean: {misses['tune']} field(s) in tune (listed), {misses['held-out']} in held-out"
    )
    results = {
        name: {f"{part}/{half}": tally.summary() for (part, half), tally in sorted(groups.items())}
        for name, groups in tallies.items()
    }
    print(f"\n{'extractor':<14}{'set/half':<26}{'pages':>6}{'title':>7}{'day':>6}{'authors':>9}{'F1':>7}")
    for name, groups in results.items():
        for key, row in groups.items():
            print(
                f"{name:<14}{key:<26}{row['pages']:>6}{row['title']:>7}{row['date_published']:>6}"
                f"{row['authors_exact']:>9}{row['authors_f1']:>7.3f}"
            )
    RESULTS.write_text(
        json.dumps(
            {
                "benchmark": "titles, days of publication and authors against hand-written values",
                "date": date.today().isoformat(),
                "trafilatura": version("trafilatura"),
                "scrapy_clean_exit_code": exit_code,
                "records": len(records),
                "results": results,
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
