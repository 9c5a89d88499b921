"""Story grouping benchmark: are independent machine translations of one article grouped, and
are different articles on the same event kept apart?

Data: bench/stories/*.yaml, written by hand (see bench/README.md), one file per event. Each
holds a main story, published by at least 3 farms in independent English renderings (other
words, other order inside sentences, sentences split or merged, names damaged differently,
captions dropped, other residue), and one or more stories on the same event and people with
other facts (a follow-up, another story from the same press conference). Beside them, as
single-copy distractors, the 181 article bodies of the extraction benchmark (AEB), read from
../shared/bench/aeb when present.

Each rendering runs through the real cleaner (`Cleaner.clean_text`, so names are repaired,
quotes found and the original outlet read from the title and URL as in a crawl) and gets the
farm's publication date. The records are then grouped in publication order (as a crawl meets
them) by each method, and scored by pairs: recall is the share of pairs of copies of one story
that share a group, the false-merge rate the share of pairs of different stories that do.

Parts: an event (with all its stories) is held out when a fixed hash of its name is odd, so
a story and its same-event distractors always fall in the same part; an AEB body by the hash
of its key. Tune on the "tune" part only; the "held-out" part is reported, never tuned on.
Usage (from the repo root):

    .venv/bin/python bench/stories.py [--aeb ../shared/bench/aeb] [--json bench/results/stories.json]
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from republished.cleaning.pipeline import default_cleaner  # noqa: E402
from republished.dedup import DuplicateIndex  # noqa: E402
from republished.dedup.stories import StoryIndex  # noqa: E402
from republished.dedup.story_features import (  # noqa: E402
    StoryScheme,
    named_score,
    story_features,
    story_score,
)

STORIES_DIR = REPO_ROOT / "bench" / "stories"
DEFAULT_AEB = REPO_ROOT.parent / "shared" / "bench" / "aeb"
PARTS = ("tune", "held-out")


def part_of(key: str) -> str:
    """The part of an event or AEB body: a fixed hash, never tuned."""
    return PARTS[int(hashlib.sha256(f"stories-bench:{key}".encode()).hexdigest(), 16) % 2]


@dataclass(frozen=True)
class Copy:
    story: str  # "event/story-id"; AEB bodies: "aeb/KEY"
    event: str
    part: str
    url: str
    title: str
    text: str
    date: str


def load_copies(folder: Path = STORIES_DIR, aeb: Path | None = None) -> list[Copy]:
    copies: list[Copy] = []
    seen_urls: set[str] = set()
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        event = data["event"]
        if path.stem != event:
            raise ValueError(f"{path}: event {event!r} should be the file's name")
        for story in data["stories"]:
            for copy in story["copies"]:
                if copy["url"] in seen_urls:
                    raise ValueError(f"{path}: URL used twice: {copy['url']}")
                seen_urls.add(copy["url"])
                copies.append(
                    Copy(
                        story=f"{event}/{story['id']}",
                        event=event,
                        part=part_of(event),
                        url=copy["url"],
                        title=copy["title"],
                        text=copy["text"],
                        date=str(copy["date"]),
                    )
                )
    if aeb is not None:
        truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
        for key, value in sorted(truth.items()):
            if value["articleBody"].strip():
                copies.append(
                    Copy(
                        story=f"aeb/{key}",
                        event=f"aeb/{key}",
                        part=part_of(f"aeb/{key}"),
                        url=value["url"],
                        title="",
                        text=value["articleBody"],
                        date=spread_date(key),
                    )
                )
    return copies


def spread_date(key: str) -> str:
    """A publication day for an undated AEB body, spread by hash over the stories' 15 months,
    so that the day window never keeps the distractors away by itself."""
    offset = int(hashlib.sha256(f"stories-bench-day:{key}".encode()).hexdigest(), 16) % 440
    return (date(2021, 8, 1) + timedelta(days=offset)).isoformat()


def crawl_order(copies: list[Copy]) -> list[Copy]:
    """Publication order, ties in a fixed hashed order."""
    return sorted(copies, key=lambda c: (c.date, hashlib.sha256(c.url.encode()).hexdigest()))


def clean(copies: list[Copy]) -> list[dict]:
    cleaner = default_cleaner()
    records = []
    for copy in copies:
        record = cleaner.clean_text(copy.text, copy.url, copy.title, fetched_at="2022-12-31T00:00:00+00:00")
        record["date_published"] = copy.date
        records.append(record)
    return records


# -- methods ------------------------------------------------------------------------------


def group_by_cluster_id(records: list[dict]) -> list[str]:
    """Today's near-duplicate grouping: the duplicate index's cluster_id."""
    with DuplicateIndex(":memory:") as index, index.batch():
        return [index.add(r["url"], r["content_hash"], r["fingerprint"]).cluster_id for r in records]


def group_by_story_id(records: list[dict]) -> list[str]:
    """Story clustering: the story index's story_id."""
    with StoryIndex(":memory:") as index, index.batch():
        return [index.add(r["url"], story_features(r)).story_id for r in records]


METHODS = {"cluster_id": group_by_cluster_id, "story_id": group_by_story_id}


# -- scoring ------------------------------------------------------------------------------


def pair_scores(copies: list[Copy], groups: list[str]) -> dict:
    """Pair recall and false-merge rate per part (pairs inside one part), and the pairs
    that cross parts (always different stories)."""
    result = {}
    for part in (*PARTS, "all"):
        members = [i for i, c in enumerate(copies) if part == "all" or c.part == part]
        same = merged = false = false_same_event = 0
        for i, j in itertools.combinations(members, 2):
            gold = copies[i].story == copies[j].story
            joined = groups[i] == groups[j]
            same += gold
            merged += gold and joined
            if joined and not gold:
                false += 1
                false_same_event += copies[i].event == copies[j].event
        pairs = len(members) * (len(members) - 1) // 2
        different = pairs - same
        result[part] = {
            "records": len(members),
            "stories": len({copies[i].story for i in members}),
            "same_story_pairs": same,
            "found": merged,
            "pair_recall": merged / same if same else None,
            "different_story_pairs": different,
            "false_merges": false,
            "false_merges_same_event": false_same_event,
            "false_merge_rate": false / different if different else None,
        }
    return result


def _words_jaccard(a, b) -> float:
    return len(a.words & b.words) / len(a.words | b.words) if a.words or b.words else 0.0


def _lsh_jaccard(a, b) -> float:
    ta, tb = a.lsh_tokens(), b.lsh_tokens()
    return len(ta & tb) / len(ta | tb) if ta | tb else 0.0


SCORES = {
    "LSH tokens": _lsh_jaccard,
    "names and numbers": named_score,
    "content words": _words_jaccard,
    "story_score": story_score,
}


def margins(copies: list[Copy], records: list[dict]) -> dict:
    """Per part and score: the lowest score of two copies of one story (a veto counts as 0),
    the highest of two different stories (of one event, and of different events; vetoed pairs
    left out), and how many different-story pairs the outlet and URL veto settles."""
    features = [story_features(r) for r in records]
    bands = [set(StoryScheme().keys(f.lsh_tokens())) for f in features]
    result = {}
    for part in PARTS:
        members = [i for i, c in enumerate(copies) if c.part == part]
        pairs = list(itertools.combinations(members, 2))
        vetoed = {(i, j) for i, j in pairs if named_score(features[i], features[j]) is None}
        same = [(i, j) for i, j in pairs if copies[i].story == copies[j].story]
        result[part] = {
            "vetoed_pairs": sum(copies[i].story != copies[j].story for i, j in vetoed),
            "copies_sharing_a_band": sum(bool(bands[i] & bands[j]) for i, j in same),
            "copy_pairs": len(same),
            "other_pairs_sharing_a_band": sum(
                bool(bands[i] & bands[j]) for i, j in pairs if copies[i].story != copies[j].story
            ),
            "other_pairs": len(pairs) - len(same),
        }
        for name, score in SCORES.items():
            same, event, other = [], [0.0], [0.0]
            for i, j in pairs:
                value = score(features[i], features[j])
                if copies[i].story == copies[j].story:
                    same.append(0.0 if (i, j) in vetoed else value)
                elif (i, j) not in vetoed:
                    (event if copies[i].event == copies[j].event else other).append(value)
            result[part][name] = {
                "lowest_same_story": min(same),
                "highest_same_event": max(event),
                "highest_other": max(other),
            }
    return result


def missed_pairs(copies: list[Copy], groups: list[str]) -> list[tuple[str, str, str]]:
    """(part, url, url) of the pairs of copies of one story that were not grouped."""
    return [
        (copies[i].part, copies[i].url, copies[j].url)
        for i, j in itertools.combinations(range(len(copies)), 2)
        if copies[i].story == copies[j].story and groups[i] != groups[j]
    ]


def print_table(method: str, scores: dict, seconds: float) -> None:
    for part in (*PARTS, "all"):
        s = scores[part]
        print(
            f"{method:<12} {part:<9} {s['records']:>7} {s['stories']:>7} "
            f"{s['found']:>5}/{s['same_story_pairs']:<5} {s['pair_recall']:>7.3f} "
            f"{s['false_merges']:>6} ({s['false_merges_same_event']:>3} same event) "
            f"of {s['different_story_pairs']:>6} {100 * s['false_merge_rate']:>8.4f}%"
        )
    print(f"{'':<12} {seconds * 1000:.0f} ms for {scores['all']['records']} records")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--aeb", type=Path, default=DEFAULT_AEB, help="AEB folder (distractors); 'none' to skip"
    )
    parser.add_argument("--methods", default=",".join(METHODS), help=f"comma-separated: {', '.join(METHODS)}")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--misses", action="store_true", help="list the pairs of copies each method missed")
    parser.add_argument(
        "--same-day", action="store_true", help="publish every record on one day: no help from the day window"
    )
    args = parser.parse_args()
    aeb = None if str(args.aeb) == "none" or not (args.aeb / "ground-truth.json").exists() else args.aeb
    copies = crawl_order(load_copies(aeb=aeb))
    records = clean(copies)
    if args.same_day:
        for record in records:
            record["date_published"] = "2022-01-21"
    counts = Counter(c.story for c in copies if not c.story.startswith("aeb/"))
    print(
        f"{len(copies)} records: {len(counts)} stories in {len({c.event for c in copies if c.story in counts})} "
        f"events ({sum(1 for n in counts.values() if n >= 3)} with 3 or more copies, "
        f"{sum(counts.values())} copies), {len(copies) - sum(counts.values())} AEB bodies"
        + ("" if aeb else " (no AEB folder: none)")
    )
    for part in PARTS:
        events = {c.event for c in copies if c.part == part and c.story in counts}
        print(f"  {part}: {len(events)} events")
    print(
        f"{'method':<12} {'part':<9} {'records':>7} {'stories':>7} {'found pairs':>11} {'recall':>7} "
        f"{'false merges':>24} {'rate':>9}"
    )
    results = {}
    for method in args.methods.split(","):
        t0 = time.perf_counter()
        groups = METHODS[method](records)
        seconds = time.perf_counter() - t0
        results[method] = pair_scores(copies, groups)
        results[method]["ms"] = seconds * 1000
        print_table(method, results[method], seconds)
        if args.misses:
            for part, first, second in missed_pairs(copies, groups):
                print(f"  missed ({part}): {first}  {second}")
    results["score_margins"] = margins(copies, records)
    for part, scores in results["score_margins"].items():
        print(
            f"{part}: {scores['vetoed_pairs']} pairs of different stories name different outlets or URLs; "
            f"LSH candidates (a shared band, before the day window): {scores['copies_sharing_a_band']} of "
            f"{scores['copy_pairs']} pairs of copies, {scores['other_pairs_sharing_a_band']} of "
            f"{scores['other_pairs']} other pairs"
        )
        for name in SCORES:
            m = scores[name]
            print(
                f"  {name + ':':<19} copies of one story {m['lowest_same_story']:.3f} or more; different "
                f"stories of one event at most {m['highest_same_event']:.3f}, of other events at most "
                f"{m['highest_other']:.3f}"
            )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
