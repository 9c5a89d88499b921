"""Translation benchmark: names a translation engine turned into words, for people of ten languages.

People from Norway, Sweden, Denmark, Finland, the Netherlands, Germany, Italy, Spain, France and
Poland (real public figures and invented ones) whose surnames, middle names or particles are
words of their language, each in a farm copy that spells the person right once and elsewhere
writes the dictionary translation (FreeDict, read at run time) in every position the farms damage.
Traps (sentences of real English articles using the same words), controls (English originals
with English-word surnames, translated articles whose names are English words) and a second person
are in the same articles. People are split by a fixed hash into a tune part and a held-out part.

Usage (from the repo root; needs the FreeDict packages and ../shared/bench/aeb, see bench/README.md):

    .venv/bin/python bench/translation.py [--data ../shared/bench/aeb] [--out bench/results/translation.json]
"""

import argparse
import gzip
import json
import random
import sys
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path

from translation import freedict
from translation.articles import FARM, Article, Composer, TrapSentences
from translation.people import Person, load
from translation.score import score

from republished.cleaning import Cleaner, PageError, default_cleaner
from republished.cleaning.language import detect_language

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "bench" / "aeb"
RESULTS = REPO_ROOT / "bench" / "results" / "translation.json"
MULTILINGUAL = REPO_ROOT / "tests" / "fixtures" / "multilingual"
SEED = 11
PARTS = ("tune", "held_out")
TARGETS = {"recall": 0.85, "precision": 0.99}


def english_bodies(data: Path) -> list[str]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        truth[page]["articleBody"]
        for page in sorted(truth)
        if truth[page]["articleBody"] and detect_language(truth[page]["articleBody"]) == "en"
    ]


def second_person(person: Person, data: dict, rng: random.Random, same_given: float) -> Person | None:
    """Someone else the article names, spelled right; sometimes with the same given name."""
    if person.kind == "english":
        others = data["english_others"]
        same = [o for o in others if o.split()[0] == person.given]
        name = same[0] if same else rng.choice(others)
        return Person(name, None, "he", person.domain, "", "", name.split()[-1], kind="other")
    if rng.random() > 0.7:
        return None
    he = rng.choice(("he", "she"))
    given = person.given if rng.random() < same_given else rng.choice(data["given_names"][person.lang][he])
    surname = rng.choice(data["surnames"][person.lang])
    return Person(f"{given} {surname}", person.lang, he, person.domain, "", "", surname, kind="other")


def build(data_dir: Path) -> tuple[list[Article], list[str], dict]:
    rng = random.Random(SEED)
    data, damaged, controls, skipped = load(rng)
    composer = Composer(data, TrapSentences(english_bodies(data_dir)), rng)
    articles = []
    for person in damaged:
        other = second_person(person, data, rng, 0.3)
        articles.append(composer.compose(person, other, "damaged", len(articles)))
    for person in controls:
        other = second_person(person, data, rng, 0.5)
        articles.append(composer.compose(person, other, "control", len(articles)))
    return articles, skipped, data


def empty() -> dict:
    return {"damaged": 0, "correct": 0, "wrong": 0, "missed": 0}


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def evaluate(cleaner, articles: list[Article], explain=None) -> dict:
    tables: dict = defaultdict(lambda: defaultdict(empty))
    edits: dict = defaultdict(Counter)
    misses, false_repairs, unmatched = [], [], []
    for article in articles:
        part = article.person.part
        record = cleaner.clean_text(
            "\n".join(article.lines), url=article.url, title=article.title + article.title_suffix
        )
        scored = score(article, record)
        unmatched += scored.unmatched
        for n, status in scored.status.items():
            mention = article.mentions[n]
            lang = article.person.lang
            for table, key in (
                ("all", "all"),
                ("position", mention.position),
                ("part", mention.part),
                ("language", lang),
                ("kind", article.person.kind),
            ):
                row = tables[(part, table)][key]
                row["damaged"] += 1
                row[status] += 1
            if status != "correct":
                item = {
                    "article": article.id,
                    "person": article.person.name,
                    "lang": lang,
                    "part": part,
                    "position": mention.position,
                    "name_part": mention.part,
                    "given": mention.given,
                    "expected": mention.expected,
                    "status": status,
                    "text": article.title if mention.line < 0 else article.lines[mention.line],
                }
                if explain is not None:
                    item["why"] = explain(record, article, mention)
                misses.append(item)
        for replacement in scored.replacements:
            key = "right" if replacement.right else "false"
            for scope in ("all", article.kind, f"lang:{article.person.lang}"):
                edits[(part, scope)][key] += 1
            if not replacement.right:
                where = (
                    "control article"
                    if article.kind == "control"
                    else "trap sentence"
                    if replacement.on_trap
                    else "damaged mention, wrong words"
                    if replacement.mentions
                    else "elsewhere"
                )
                false_repairs.append(
                    {
                        "article": article.id,
                        "person": article.person.name,
                        "part": part,
                        "where": where,
                        "before": replacement.before,
                        "after": replacement.after,
                        "line": article.title if replacement.line < 0 else article.lines[replacement.line],
                    }
                )
    summary = {}
    for part in sorted({a.person.part for a in articles}):
        rows = {
            table: dict(sorted(tables[(part, table)].items()))
            for table in ("all", "position", "part", "language", "kind")
        }
        for table in rows.values():
            for row in table.values():
                row["recall"] = ratio(row["correct"], row["damaged"])
        precision = {
            scope[5:] if scope.startswith("lang:") else scope: {
                **counts,
                "precision": ratio(counts["right"], counts["right"] + counts["false"]),
            }
            for (p, scope), counts in sorted(edits.items())
            if p == part
        }
        summary[part] = {"recall": rows, "edits": precision}
    return {
        "summary": summary,
        "misses": misses,
        "false_repairs": false_repairs,
        "unmatched": [dict(e) for e in unmatched],
    }


def untouched_pages(cleaner, data_dir: Path) -> dict:
    """Names edits on pages nobody damaged: the 181 AEB pages, and the non-English fixture pages."""
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    names_edits, non_english, pages = [], 0, 0
    for page in sorted(truth):
        html = gzip.decompress((data_dir / "html" / f"{page}.html.gz").read_bytes()).decode(
            "utf-8", "replace"
        )
        try:
            record = cleaner.clean(html, truth[page]["url"])
        except PageError:
            continue
        pages += 1
        non_english += record["language"] != "en"
        names_edits += [{"page": page, **e} for e in record["edits"] if e["stage"] == "names"]
    fixtures = 0
    for path in sorted(MULTILINGUAL.glob("*.html")):
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        record = cleaner.clean(path.read_bytes().decode(expected["charset"], "replace"), expected["url"])
        fixtures += 1
        names_edits += [{"page": path.name, **e} for e in record["edits"] if e["stage"] == "names"]
    return {
        "aeb_pages": pages,
        "aeb_non_english": non_english,
        "multilingual_fixtures": fixtures,
        "names_edits": names_edits,
    }


def fmt(value) -> str:
    return "—" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def print_table(title: str, header: list[str], rows: list[list]) -> None:
    cells = [header] + [[fmt(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    print(f"\n{title}")
    for n, row in enumerate(cells):
        print(
            "  ".join(
                v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if n == 0:
            print("  ".join("-" * w for w in widths))


def report(results: dict) -> None:
    for part in (p for p in PARTS if results["articles"][p]):
        summary = results["evaluation"]["summary"][part]
        for table in ("all", "position", "part", "language", "kind"):
            rows = [
                [key, *(row[c] for c in ("damaged", "correct", "wrong", "missed", "recall"))]
                for key, row in summary["recall"][table].items()
            ]
            print_table(
                f"[{part}] recall by {table}",
                [table, "damaged", "correct", "wrong", "missed", "recall"],
                rows,
            )
        rows = [
            [scope, c.get("right", 0), c.get("false", 0), c["precision"]]
            for scope, c in summary["edits"].items()
        ]
        print_table(f"[{part}] names replacements", ["scope", "right", "false", "precision"], rows)
    where = Counter((f["part"], f["where"]) for f in results["evaluation"]["false_repairs"])
    print("\nFalse repairs by place:", dict(where) or "none")
    pages = results["untouched_pages"]
    print(
        f"\nUntouched pages: {len(pages['names_edits'])} names edits on {pages['aeb_pages']} AEB pages "
        f"({pages['aeb_non_english']} not English) and {pages['multilingual_fixtures']} non-English fixture pages"
    )
    print(f"Unmatched names edits (not traced to an input line): {len(results['evaluation']['unmatched'])}")


def explainer(cleaner):
    """The names stage's own account of a mention it left alone, when the stage offers one."""
    stage = next((s for s in cleaner.stages if s.name == "names"), None)
    explain = getattr(stage, "explain", None)
    if explain is None:
        return None

    def why(record: dict, article: Article, mention) -> str:
        try:
            line = article.title if mention.line < 0 else article.lines[mention.line]
            return explain(record, mention.given, line=line)
        except Exception as exc:  # the explanation is a report: a failure in it must not stop the benchmark
            return f"explain() failed ({type(exc).__name__}: {exc})"

    return why


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--no-pages", action="store_true", help="skip the AEB and fixture pages check")
    parser.add_argument(
        "--part", choices=(*PARTS, "all"), default="all", help="clean only the tune or the held-out part"
    )
    parser.add_argument("--pipeline", type=Path, help="a pipeline file instead of the bundled one")
    args = parser.parse_args(argv)
    missing = freedict.missing_packages(freedict.DICTIONARIES)
    if missing:
        print(
            "the FreeDict dictionaries are not installed; as root: apt-get install " + " ".join(missing),
            file=sys.stderr,
        )
        return 2
    if not (args.data / "ground-truth.json").is_file():
        print(
            f"benchmark data not found: {args.data / 'ground-truth.json'} (see bench/README.md)",
            file=sys.stderr,
        )
        return 2
    articles, skipped, _ = build(args.data)
    if args.part != "all":
        articles = [a for a in articles if a.person.part == args.part]
    cleaner = Cleaner.from_yaml(args.pipeline) if args.pipeline else default_cleaner()
    evaluation = evaluate(cleaner, articles, explainer(cleaner))
    results = {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "seed": SEED,
        "farm": FARM,
        "articles": {part: Counter(a.kind for a in articles if a.person.part == part) for part in PARTS},
        "people_skipped": skipped,
        "evaluation": evaluation,
        "untouched_pages": {
            "names_edits": [],
            "aeb_pages": 0,
            "aeb_non_english": 0,
            "multilingual_fixtures": 0,
        }
        if args.no_pages
        else untouched_pages(cleaner, args.data),
        "people": [
            {
                "name": a.person.name,
                "lang": a.person.lang,
                "kind": a.person.kind,
                "part": a.person.part,
                "rendered": a.person.rendered,
                "senses": a.person.senses,
                "other": a.other,
            }
            for a in articles
        ],
    }
    report(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
