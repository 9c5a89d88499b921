"""Outlet benchmark: is the copied outlet, its domain and the clean title right on farm pages?

The farm pages in bench/farms/ copy articles of real outlets, half of them not in
cleaning/data/outlets.yaml, with every title pattern and attribution form, and some pages whose
only evidence is weak (the right answer there is no outlet). Each page has the answer beside it,
written by hand (bench/farm_pages.py). Pages are split by a stable hash of their id into a tune
part and a held-out part. The 181 AEB pages (real publishers, not farms) check precision: no
record may name an outlet other than the page's own site. Both run through `scrapy clean`, as a
user runs it; a page without a record counts as wrong.

    .venv/bin/python bench/outlets.py [--data ../shared/bench/aeb] [--out bench/results/outlets.json]
"""

import argparse
import gzip
import hashlib
import json
import sys
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from bench.clean_run import clean_pages  # noqa: E402

FARMS = REPO_ROOT / "bench" / "farms"
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "bench" / "aeb"
RESULTS = REPO_ROOT / "bench" / "results" / "outlets.json"
TARGET = 0.95
FIELDS = ("outlet", "domain", "title")


def part_of(page_id: str) -> str:
    """A third of the pages, chosen by a hash of the id, is held out: never tuned on."""
    return "held_out" if int(hashlib.sha256(page_id.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def host(url: str | None) -> str:
    return (urlsplit(url or "").hostname or "").removeprefix("www.")


def name_label(host: str) -> str:
    """The label that names a site: "bbc" for bbc.co.uk and bbc.com."""
    labels = host.split(".")[:-1]
    return next((label for label in reversed(labels) if label not in ("co", "com", "org", "net")), host)


def same_site(domain: str, page_host: str) -> bool:
    """The page's own site, also under another of its domains (bbc.com and bbc.co.uk)."""
    return (
        domain == page_host
        or page_host.endswith("." + domain)
        or domain.endswith("." + page_host)
        or name_label(domain) == name_label(page_host)
    )


def farm_pages() -> list[dict]:
    cases = []
    for path in sorted(FARMS.glob("*.json")):
        if path.name == "entries.json":
            continue
        expected = json.loads(path.read_text(encoding="utf-8"))
        expected["id"] = path.stem
        expected["html"] = path.with_suffix(".html").read_text(encoding="utf-8")
        cases.append(expected)
    return cases


def score_farms(cases: list[dict], records: dict[str, dict]) -> tuple[dict, list[dict]]:
    tables: dict = defaultdict(lambda: defaultdict(lambda: {"pages": 0, **{f: 0 for f in FIELDS}, "all": 0}))
    wrong = []
    for case in cases:
        record = records.get(case["url"])
        got = {
            "outlet": record["original"]["outlet"] if record else "<no record>",
            "domain": record["original"]["domain"] if record else "<no record>",
            "title": record["title"] if record else "<no record>",
        }
        right = {field: got[field] == case[field] for field in FIELDS}
        kind = "weak" if case["outlet"] is None else "registered" if case["registered"] else "unregistered"
        for group in ("all", kind):
            row = tables[part_of(case["id"])][group]
            row["pages"] += 1
            row["all"] += all(right.values())
            for field in FIELDS:
                row[field] += right[field]
        if not all(right.values()):
            item = {"page": case["id"], "part": part_of(case["id"]), "evidence": case["evidence"]}
            item.update({f: {"expected": case[f], "got": got[f]} for f in FIELDS if not right[f]})
            if part_of(case["id"]) == "tune" and record:
                item["original"] = record["original"]
            wrong.append(item)
    summary = {}
    for part, groups in sorted(tables.items()):
        summary[part] = {
            group: {**row, **{f"{k}_rate": round(row[k] / row["pages"], 4) for k in (*FIELDS, "all")}}
            for group, row in sorted(groups.items())
        }
    return summary, wrong


def aeb_precision(data: Path) -> dict:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [
        {
            "url": truth[page]["url"],
            "html": gzip.decompress((data / "html" / f"{page}.html.gz").read_bytes()).decode(
                "utf-8", "replace"
            ),
        }
        for page in sorted(truth)
    ]
    records = clean_pages((page["url"], page["html"]) for page in pages).records
    named = [r for r in records.values() if r["original"]["outlet"] or r["original"]["domain"]]
    foreign = [
        {"url": r["url"], "original": r["original"]}
        for r in named
        if not same_site(r["original"]["domain"] or "", host(r["url"]))
    ]
    return {
        "pages": len(pages),
        "records": len(records),
        "naming_an_outlet": len(named),
        "naming_another_site": len(foreign),
        "foreign": foreign,
        "by_method": {m: sum(r["original"].get("method") == m for r in named) for m in ("registry", "page")},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    cases = farm_pages()
    records = clean_pages((case["url"], case["html"]) for case in cases).records
    summary, wrong = score_farms(cases, records)
    outlets = {c["outlet"] for c in cases if c["outlet"]}
    report = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": "scrapy clean pages.jsonl -O records.jsonl",
        "farm_pages": {
            "pages": len(cases),
            "records": sum(c["url"] in records for c in cases),
            "outlets": len(outlets),
            "unregistered_outlets": len({c["outlet"] for c in cases if c["outlet"] and not c["registered"]}),
            "countries": len({c["country"] for c in cases if c["outlet"]}),
            "target": TARGET,
            "summary": summary,
            "wrong": wrong,
        },
    }
    if (args.data / "ground-truth.json").exists():
        report["aeb"] = aeb_precision(args.data)
    else:
        print(f"no AEB pages at {args.data}: precision check skipped", file=sys.stderr)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for part, groups in summary.items():
        for group, row in groups.items():
            print(
                f"{part:9} {group:13} pages {row['pages']:3}  outlet {row['outlet_rate']:.3f}  "
                f"domain {row['domain_rate']:.3f}  title {row['title_rate']:.3f}  all {row['all_rate']:.3f}"
            )
    if "aeb" in report:
        aeb = report["aeb"]
        print(
            f"AEB: {aeb['records']} records of {aeb['pages']} pages, {aeb['naming_an_outlet']} name an outlet, "
            f"{aeb['naming_another_site']} another site"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
