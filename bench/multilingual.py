"""Extraction in eight languages and their native encodings: scrapy clean against trafilatura.

`python -m scrapy clean bench/multilingual -O records.jsonl` runs as a user runs it (defaults, the
folder of saved pages); a page it gives no record for is lost and scores as empty. trafilatura
(defaults, favor_precision, favor_recall) runs in this process on the same pages, decoded as
`scrapy clean` decodes them (spiders/decoding.py). Per language and overall, for a tune and a
held-out part: pages lost, shingle F1 (the AEB metric, Chinese and Japanese tokenised by
character), records whose language is right, and non-English records that an English-only stage
touched. Usage (from the repo root):

    .venv/bin/python bench/multilingual.py
"""

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.clean_run import scrapy_clean
from bench.extraction import (
    machine,
    package_versions,
    trafilatura_defaults,
    trafilatura_precision,
    trafilatura_recall,
    write_report,
)
from republished.cleaning.evaluation import CHARACTER_TOKEN, aggregate, page_scores
from republished.spiders.decoding import decode_saved_page

REPO_ROOT = Path(__file__).resolve().parent.parent
PAGES_DIR = REPO_ROOT / "bench" / "multilingual"
RESULTS = REPO_ROOT / "bench" / "results" / "multilingual.json"
HALVES = ("tune", "held-out")
SCRAPY_CLEAN = "scrapy clean (command)"
TRAFILATURA = {
    "trafilatura (defaults)": trafilatura_defaults,
    "trafilatura (favor_precision)": trafilatura_precision,
    "trafilatura (favor_recall)": trafilatura_recall,
}
#: Stages written for English text: a name lexicon and English word frequencies (names,
#: untranslated), English speech verbs (quotes), English machine-translation patterns (grammar),
#: English photo words and lead-ins (captions). Any edit of theirs on another language is a misfire.
ENGLISH_ONLY_STAGES = frozenset({"names", "quotes", "untranslated", "grammar", "captions"})
#: Flags that only those stages raise.
ENGLISH_ONLY_FLAGS = frozenset({"untranslated", "mt_grammar"})


@dataclass(frozen=True)
class Page:
    name: str
    raw: bytes
    truth: dict
    half: str

    @property
    def language(self) -> str:
        return self.truth["language"]

    @property
    def file_url(self) -> str:
        """The URL `scrapy clean` records for a file of a folder that is no `wget --mirror` tree."""
        return (PAGES_DIR / f"{self.name}.html").resolve().as_uri()


def load_pages(folder: Path) -> list[Page]:
    """Every <name>.html with its <name>.json. Within each language the pages are ordered by the
    SHA-256 of their file name: the first half (rounded up) is the tune part, the rest held out."""
    truths = {
        path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))
    }
    by_language = defaultdict(list)
    for name, truth in truths.items():
        by_language[truth["language"]].append(name)
    half = {}
    for names in by_language.values():
        ranked = sorted(names, key=lambda n: hashlib.sha256(f"{n}.html".encode()).hexdigest())
        for rank, name in enumerate(ranked):
            half[name] = HALVES[0] if rank < (len(ranked) + 1) // 2 else HALVES[1]
    return [
        Page(name, (folder / f"{name}.html").read_bytes(), truth, half[name])
        for name, truth in truths.items()
    ]


def english_only_touches(record: dict) -> list[str]:
    """What English-only stages did to a record: their edits, their flags, quotes they found."""
    found = [
        f"{e['stage']} {e['action']}: {str(e['before'])[:60]!r}"
        for e in record["edits"]
        if e["stage"] in ENGLISH_ONLY_STAGES
    ]
    found += [
        f"flag {f['type']}: {f['text'][:60]!r}" for f in record["flags"] if f["type"] in ENGLISH_ONLY_FLAGS
    ]
    found += [f"quote: {q['text'][:60]!r}" for q in record["quotes"]]
    return found


def figures(pages: list[Page], scores: dict[str, dict], records: dict[str, dict | None]) -> dict:
    """Per extractor F1 and, for scrapy clean, lost pages, right languages and English-only misfires."""
    result = {}
    for extractor, by_page in scores.items():
        result[extractor] = {k: round(v, 4) for k, v in aggregate(by_page[p.name] for p in pages).items()}
    lost = [p.name for p in pages if records[p.name] is None]
    kept = [p for p in pages if records[p.name] is not None]
    result[SCRAPY_CLEAN] |= {
        "lost": lost,
        "language_right": sum(records[p.name]["language"] == p.language for p in kept),
        "language_wrong": {
            p.name: records[p.name]["language"] for p in kept if records[p.name]["language"] != p.language
        },
        "english_only_stage_on_other_language": sorted(
            p.name for p in kept if p.language != "en" and english_only_touches(records[p.name])
        ),
    }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--pages", type=Path, default=PAGES_DIR, help="folder of pages (default: %(default)s)"
    )
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument(
        "--show", choices=HALVES, help="print the scrapy clean misses of this part, page by page"
    )
    args = parser.parse_args(argv)

    pages = load_pages(args.pages)
    print(f"{len(pages)} pages from {args.pages}; scrapy clean first", file=sys.stderr)
    run = scrapy_clean(args.pages)
    records = {p.name: run.records.get(p.file_url) for p in pages}
    scores = {SCRAPY_CLEAN: {}, **{name: {} for name in TRAFILATURA}}
    for page in pages:
        body = page.truth["body"]
        record = records[page.name]
        scores[SCRAPY_CLEAN][page.name] = page_scores(record["text"] if record else "", body, CHARACTER_TOKEN)
        html, _ = decode_saved_page(page.raw)
        for name, extract in TRAFILATURA.items():
            scores[name][page.name] = page_scores(extract(html, page.truth["url"]), body, CHARACTER_TOKEN)

    languages = sorted({p.language for p in pages})
    report = {"all": {}, **{half: {} for half in HALVES}}
    for part in report:
        in_part = [p for p in pages if part == "all" or p.half == part]
        report[part]["overall"] = figures(in_part, scores, records)
        for language in languages:
            report[part][language] = figures([p for p in in_part if p.language == language], scores, records)

    print_table(report, languages)
    print(
        f"\nscrapy clean: exit code {run.exit_code}, {len(run.records)} records of {len(pages)} pages, {run.seconds:.1f} s"
    )
    for line in run.drops:
        print(f"  {line}")
    if args.show:
        show_misses([p for p in pages if p.half == args.show], scores, records)
    write_report(
        args.output,
        {
            "benchmark": "bench/multilingual (shingle F1, 4-token shingles, CJK tokenised by character)",
            "command": f"python -m scrapy clean {args.pages.relative_to(REPO_ROOT) if args.pages.is_relative_to(REPO_ROOT) else args.pages} -O records.jsonl",
            "date": datetime.now(UTC).date().isoformat(),
            "pages": len(pages),
            "halves": {half: sorted(p.name for p in pages if p.half == half) for half in HALVES},
            "machine": machine(),
            "versions": package_versions(["trafilatura", "lxml", "langdetect", "charset-normalizer"]),
            "scrapy_clean": {
                "exit_code": run.exit_code,
                "seconds": round(run.seconds, 1),
                "drops": run.drops,
            },
            "results": report,
            "per_page": {
                p.name: {
                    "half": p.half,
                    "language": p.language,
                    "record_language": records[p.name]["language"] if records[p.name] else None,
                    **{
                        name: [None if s[0] is None else round(s[0], 4), round(s[1], 4)]
                        for name, by_page in scores.items()
                        for s in [by_page[p.name]]
                    },
                }
                for p in pages
            },
        },
    )
    return 0


#: Column names of the printed table.
SHORT_NAMES = {
    SCRAPY_CLEAN: "scrapy clean",
    "trafilatura (defaults)": "traf. default",
    "trafilatura (favor_precision)": "traf. precision",
    "trafilatura (favor_recall)": "traf. recall",
}


def print_table(report: dict, languages: list[str]) -> None:
    names = list(report["all"]["overall"])
    header = f"{'part':<9} {'lang':<8} {'pages':>5} {'lost':>4} {'lang ok':>7} {'en-only':>7}" + "".join(
        f" {SHORT_NAMES[name]:>15}" for name in names
    )
    print(header)
    print("-" * len(header))
    for part in report:
        for scope in ["overall", *languages]:
            row = report[part][scope]
            ours = row[SCRAPY_CLEAN]
            print(
                f"{part:<9} {scope:<8} {ours['pages']:>5} {len(ours['lost']):>4} {ours['language_right']:>7}"
                f" {len(ours['english_only_stage_on_other_language']):>7}"
                + "".join(f" {row[name]['f1']:>15.3f}" for name in names)
            )


def show_misses(pages: list[Page], scores: dict, records: dict) -> None:
    """Pages of one part where scrapy clean recalls or keeps less than trafilatura (defaults)."""
    for page in pages:
        ours, theirs = scores[SCRAPY_CLEAN][page.name], scores["trafilatura (defaults)"][page.name]
        record = records[page.name]
        touches = english_only_touches(record) if record and page.language != "en" else []
        language = record["language"] if record else None
        if ours[1] < 0.999 or (ours[0] or 0) < 0.999 or touches or language != page.language:
            print(
                f"\n{page.name}: scrapy clean P={ours[0]} R={ours[1]:.3f}, trafilatura P={theirs[0]} R={theirs[1]:.3f}, language {language}"
            )
            for touch in touches:
                print(f"  english-only: {touch}")


if __name__ == "__main__":
    sys.exit(main())
