"""Machine-translation suspicion benchmark: is `machine_translation.suspected` true on translated
farm copies, whether or not their outlet is known, and false on English originals?

Translated pages (label: translated):
- `stories`: the farm copies of bench/stories/*.yaml (independent English renderings of Nordic,
  German, Dutch and French articles, written for the story benchmark), on a plain farm page;
- `samples`: the article pages of the bundled sample farms (samples/, real farm markup);
- `written`: bench/suspicion/translated.yaml, copies of articles in other source languages
  (Spanish, Italian, Portuguese, Polish, Turkish, Japanese …), written as engines render them.
English pages (label: original):
- `aeb`: the 181 pages of the extraction benchmark (../shared/bench/aeb), as published;
- `aeb-farm`: the same articles' bodies republished on a configured farm, the outlet's name in
  the title (farms republish English originals too: the farm alone must not be enough);
- `english`: bench/suspicion/english.yaml, English-original farm copies written with the
  conventions English shares with the patterns (1.30pm, ", 45,", "1,200", list dashes).

Everything is cleaned as users run it: one JSONL file of {"url", "html"} through
`scrapy clean FILE -O out.jsonl` (the bundled site configs apply to the farm URLs). A page the
pipeline drops counts as lost: not suspected. Parts: a page's part is a fixed hash of its key
(a story's event, an AEB page's key, so a page and its farm copy share a part). Weights and the
threshold are chosen on the tune part only (the sweep below); the held-out part is reported,
never tuned on.

Usage (from the repo root; needs ../shared/bench/aeb):

    .venv/bin/python bench/suspicion.py [--aeb ../shared/bench/aeb] [--json bench/results/suspicion.json]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import itertools
import json
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from bench.clean_run import clean_pages  # noqa: E402

STORIES_DIR = REPO_ROOT / "bench" / "stories"
WRITTEN_DIR = REPO_ROOT / "bench" / "suspicion"
SAMPLES_DIR = REPO_ROOT / "samples"
DEFAULT_AEB = REPO_ROOT.parent / "shared" / "bench" / "aeb"
RESULTS = REPO_ROOT / "bench" / "results" / "suspicion.json"
PARTS = ("tune", "held-out")
#: Farms with a config in sites/, taking turns for the AEB articles they republish.
FARMS = (
    ("https://www.archyworldys.com/{slug}/", "Archyworldys"),
    ("https://www.world-today-news.com/{slug}/", "World Today News"),
    ("https://www.newsbeezer.com/englisheng/{slug}/", "Newsbeezer"),
)
TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
#: The signals the sweep re-weighs, and the weights it tries for each.
SWEPT = {"farm": (0.15, 0.2, 0.25, 0.3), "dash_quotes": (0.2, 0.25, 0.3, 0.35, 0.4)}
#: The one signal that may reach the threshold alone: a known outlet writes in another language.
ALONE_ENOUGH = "translated_from_outlet"
THRESHOLDS = tuple(round(0.3 + 0.05 * i, 2) for i in range(11))


def part_of(key: str) -> str:
    """A page's part: a fixed hash of its key, never tuned."""
    return PARTS[int(hashlib.sha256(f"suspicion-bench:{key}".encode()).hexdigest(), 16) % 2]


@dataclass(frozen=True)
class Page:
    url: str
    html: str
    source: str
    translated: bool
    part: str
    language: str  # the original's language, as the data says ("?" when it does not)


def farm_page(title: str, text: str, site_name: str, published: str = "2022-03-01") -> str:
    """A plain farm article page around a title and paragraphs (one per line), marked up as an
    article with a date as farm themes do (so a short brief is still an article)."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<meta property="og:site_name" content="{html.escape(site_name)}">'
        '<meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{published}T08:00:00+00:00"></head><body>'
        f'<header><a href="/">{html.escape(site_name)}</a></header><main><article>'
        f"<h1>{html.escape(title)}</h1>{paragraphs}</article></main>"
        f"<footer>© {html.escape(site_name)}</footer></body></html>"
    )


def site_name(url: str) -> str:
    host = url.split("/")[2].removeprefix("www.")
    return host.split(".")[0].replace("-", " ").title()


def story_pages() -> list[Page]:
    pages = []
    for path in sorted(STORIES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for story in data["stories"]:
            for copy in story["copies"]:
                body = farm_page(copy["title"], copy["text"], site_name(copy["url"]), str(copy["date"]))
                pages.append(Page(copy["url"], body, "stories", True, part_of(data["event"]), "?"))
    return pages


def sample_pages() -> list[Page]:
    from republished.spiders.sites import SiteRegistry

    sites = SiteRegistry.from_dir(None)
    pages = []
    for path in sorted(SAMPLES_DIR.glob("*/**/index.html")):
        relative = path.relative_to(SAMPLES_DIR).parent
        url = f"https://{relative.as_posix()}/"
        site = sites.for_url(url)
        if site and site.is_article(url):
            body = path.read_text(encoding="utf-8")
            pages.append(Page(url, body, "samples", True, part_of(f"samples:{url}"), "?"))
    return pages


def written_pages(name: str, translated: bool) -> list[Page]:
    data = yaml.safe_load((WRITTEN_DIR / name).read_text(encoding="utf-8"))
    source = "written" if translated else "english"
    return [
        Page(
            page["url"],
            farm_page(page["title"], page["text"], site_name(page["url"])),
            source,
            translated,
            part_of(f"{source}:{page['url']}"),
            page["language"],
        )
        for page in data["pages"]
    ]


def aeb_pages(aeb: Path) -> list[Page]:
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for index, key in enumerate(sorted(truth)):
        raw = gzip.decompress((aeb / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        part = part_of(f"aeb:{key}")
        pages.append(Page(truth[key]["url"], raw, "aeb", False, part, "en"))
        body = truth[key]["articleBody"]
        if not body.strip():
            continue
        found = TITLE.search(raw)
        title = html.unescape(" ".join(found.group(1).split())) if found else body.split(".")[0][:90]
        pattern, farm = FARMS[index % len(FARMS)]
        copy = farm_page(f"{title} – {farm}", body, farm)
        pages.append(Page(pattern.format(slug=f"aeb-{key[:16]}"), copy, "aeb-farm", False, part, "en"))
    return pages


def rescore(signals: list[dict], weights: dict[str, float]) -> float:
    return 1 - math.prod(1 - weights.get(s["signal"], s["weight"]) for s in signals)


def scores(pages: list[Page], records: dict[str, dict], weights: dict[str, float], threshold: float) -> dict:
    """Precision and recall of `suspected` (lost pages are not suspected), per part."""
    out = {}
    for part in PARTS:
        chosen = [p for p in pages if p.part == part]
        hit = {
            p.url: p.url in records
            and rescore(records[p.url]["machine_translation"]["signals"], weights) >= threshold
            for p in chosen
        }
        tp = sum(hit[p.url] for p in chosen if p.translated)
        fp = sum(hit[p.url] for p in chosen if not p.translated)
        positives = sum(p.translated for p in chosen)
        out[part] = {
            "translated": positives,
            "original": len(chosen) - positives,
            "true_positives": tp,
            "false_positives": fp,
            "precision": round(tp / (tp + fp), 3) if tp + fp else None,
            "recall": round(tp / positives, 3) if positives else None,
        }
    return out


def sweep(pages: list[Page], records: dict[str, dict], base: dict[str, float]) -> dict:
    """The weights and threshold with the best tune recall and no false positive on tune
    (precision first), where no signal alone but a known outlet's language reaches the
    threshold; ties go to the highest threshold, then the lowest weights."""
    tune = [p for p in pages if p.part == "tune"]
    fixed = max(
        s["weight"]
        for p in tune
        if p.url in records
        for s in records[p.url]["machine_translation"]["signals"]
        if s["signal"] not in (*SWEPT, ALONE_ENOUGH)
    )
    best = None
    for values in itertools.product(*SWEPT.values()):
        weights = {**base, **dict(zip(SWEPT, values, strict=True))}
        for threshold in THRESHOLDS:
            if threshold <= max(fixed, *values):
                continue
            result = scores(tune, records, weights, threshold)["tune"]
            if result["false_positives"]:
                continue
            key = (result["true_positives"], threshold, [-v for v in values])
            if best is None or key > best[0]:
                best = (key, {"weights": dict(zip(SWEPT, values, strict=True)), "threshold": threshold})
    return best[1] if best else {}


def by_source(pages: list[Page], records: dict[str, dict]) -> dict:
    """Per source and part: pages, lost, suspected; for translated pages also without a known outlet."""
    table = {}
    for (source, part), group in itertools.groupby(
        sorted(pages, key=lambda p: (p.source, p.part)), key=lambda p: (p.source, p.part)
    ):
        group = list(group)
        kept = [records[p.url] for p in group if p.url in records]
        suspected = [r for r in kept if r["machine_translation"]["suspected"]]
        no_outlet = [r for r in kept if not r["original"].get("outlet")]
        table[f"{source}/{part}"] = {
            "translated": group[0].translated,
            "pages": len(group),
            "lost": len(group) - len(kept),
            "suspected": len(suspected),
            "without_known_outlet": len(no_outlet),
            "suspected_without_known_outlet": sum(r["machine_translation"]["suspected"] for r in no_outlet),
        }
    return table


def mistakes(pages: list[Page], records: dict[str, dict]) -> list[dict]:
    out = []
    for page in pages:
        record = records.get(page.url)
        suspected = bool(record and record["machine_translation"]["suspected"])
        if suspected != page.translated:
            out.append(
                {
                    "url": page.url,
                    "source": page.source,
                    "part": page.part,
                    "translated": page.translated,
                    "lost": record is None,
                    "score": record["machine_translation"]["score"] if record else None,
                    "title": record["title_raw"] if record else None,
                    "signals": [
                        f"{s['signal']}: {s['detail']}" for s in record["machine_translation"]["signals"]
                    ]
                    if record
                    else [],
                }
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--aeb", type=Path, default=DEFAULT_AEB)
    parser.add_argument("--json", type=Path, default=RESULTS)
    args = parser.parse_args()
    from republished.cleaning.pipeline import default_cleaner

    verdict = default_cleaner().translation
    pages = (
        story_pages()
        + sample_pages()
        + written_pages("translated.yaml", True)
        + written_pages("english.yaml", False)
        + aeb_pages(args.aeb)
    )
    records = clean_pages((page.url, page.html) for page in pages).records
    base = {"farm": verdict.farm_weight, "dash_quotes": verdict.dash_quote_weight}
    configured = scores(pages, records, base, verdict.threshold)
    chosen = sweep(pages, records, base)
    signals = Counter(
        (p.translated, s["signal"])
        for p in pages
        if p.url in records
        for s in {s["signal"]: s for s in records[p.url]["machine_translation"]["signals"]}.values()
    )
    result = {
        "command": "scrapy clean pages.jsonl -O records.jsonl (bench/suspicion.py)",
        "threshold": verdict.threshold,
        "weights": base,
        "configured": configured,
        "tune_sweep_choice": chosen,
        "by_source": by_source(pages, records),
        "signals_on_translated": {name: n for (t, name), n in sorted(signals.items()) if t},
        "signals_on_original": {name: n for (t, name), n in sorted(signals.items()) if not t},
        "mistakes": mistakes(pages, records),
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for part in PARTS:
        c = configured[part]
        print(
            f"{part}: precision {c['precision']} recall {c['recall']} "
            f"({c['true_positives']}/{c['translated']} translated, {c['false_positives']}/{c['original']} originals suspected)"
        )
    for key, row in result["by_source"].items():
        print(f"  {key}: {row}")
    print(f"tune sweep chooses {chosen}; configured {base}, threshold {verdict.threshold}")
    print(f"written to {args.json}")


if __name__ == "__main__":
    main()
