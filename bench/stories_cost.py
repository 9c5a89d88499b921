"""Cost of dedup.stories.StoryIndex.add as the index grows: µs per record, file size, peak RSS.

Each size runs in a fresh process on a fresh SQLite file. The records are synthetic feature
sets, made to look like a year of news: 15 names drawn from a Zipf-distributed vocabulary of
200,000 made-up names (so some names are in many records, as "Støre" is), 8 numbers, 200
content-word stems from a Zipf vocabulary of 50,000, one original outlet of 20, and
publication days in order at `--per-day` records a day (3,000: 1M records is a year of a large
crawl), so the day window holds about as many records at 100k as at 1M, as in a real crawl. A share of them are planted copies of an earlier record (a fifth of
its names, numbers and words swapped, published 0 to 2 days later, the outlet kept), as
another farm's translation would be. The run counts how many planted copies joined their
original's story and how many other records joined any story. Usage (from the repo root):

    .venv/bin/python bench/stories_cost.py [--sizes 10k,100k,1M] [--batch 1] [--redis redis://…]

With --redis the Redis story index is measured instead (its keys are deleted afterwards;
"file" is then the server's memory growth); --batch does not apply to it.

Feature extraction from a cleaned record (`story_features`) is timed separately, on the
records of bench/stories.py, with --features.
"""

import argparse
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from republished.dedup.redis_stories import RedisStoryIndex  # noqa: E402
from republished.dedup.stories import StoryIndex  # noqa: E402
from republished.dedup.story_features import StoryFeatures  # noqa: E402

LETTERS = "abcdefghijklmnoprstuvy"
FIRST_DAY = 738000


def parse_size(text: str) -> int:
    text = text.strip().lower().replace("_", "")
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * scale)


class Vocabulary:
    """Made-up names and stems, drawn with Zipf weights (rank ** -1)."""

    def __init__(self, size: int, rng: random.Random, word):
        self.words = [word(rng) for _ in range(size)]
        cumulative, total = [], 0.0
        for rank in range(1, size + 1):
            total += 1 / rank
            cumulative.append(total)
        self.cumulative, self.total = cumulative, total

    def draw(self, rng: random.Random, k: int) -> list:
        return [self.words[i] for i in rng.choices(range(len(self.words)), cum_weights=self.cumulative, k=k)]


def made_up_name(rng: random.Random) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(5, 10)))


def record_features(i: int, per_day: int, names: Vocabulary, stems: Vocabulary, seed: int) -> StoryFeatures:
    rng = random.Random(seed * 1_000_003 + i)
    return StoryFeatures(
        names=tuple(dict.fromkeys(names.draw(rng, 15))),
        numbers=tuple(
            dict.fromkeys(str(rng.choice([rng.randint(10, 99), rng.randint(100, 99999)])) for _ in range(8))
        ),
        words=frozenset(stems.draw(rng, 200)),
        outlet=f"outlet{rng.randrange(20)}.example",
        original_url=None,
        day=FIRST_DAY + i // per_day,
    )


def planted_copy(original: StoryFeatures, rng: random.Random, names: Vocabulary, stems: Vocabulary):
    def swap(values, draw):
        values = list(values)
        for k in rng.sample(range(len(values)), len(values) // 5):
            values[k] = draw()
        return values

    return StoryFeatures(
        names=tuple(dict.fromkeys(swap(original.names, lambda: names.draw(rng, 1)[0]))),
        numbers=tuple(dict.fromkeys(swap(original.numbers, lambda: str(rng.randint(10, 99999))))),
        words=frozenset(swap(sorted(original.words), lambda: stems.draw(rng, 1)[0])),
        outlet=original.outlet,
        original_url=None,
        day=original.day + rng.randint(0, 2),
    )


def delete_keys(server, prefix: str) -> None:
    keys = server.scan_iter(f"{prefix}:*", count=10_000)
    while chunk := list(itertools.islice(keys, 10_000)):
        server.delete(*chunk)


def run_one(args: argparse.Namespace, n: int) -> dict:
    rng = random.Random(args.seed)
    names = Vocabulary(200_000, rng, made_up_name)
    stems = Vocabulary(50_000, rng, lambda r: r.getrandbits(32))
    if args.redis:
        prefix = f"stories-bench:{n}:{args.seed}"
        index = RedisStoryIndex(args.redis, prefix=prefix)
        delete_keys(index.server, prefix)
        memory_before = index.server.info("memory")["used_memory"]
    else:
        folder = Path(args.dir or tempfile.mkdtemp(prefix="stories-bench-"))
        path = folder / f"stories-{n}.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        index = StoryIndex(path)
    planted = joined_planted = unplanted_joins = 0
    elapsed = tail = 0.0
    tail_start, tail_records = n - max(1, n // 10), 0
    made = 0
    copies = bytearray(n)  # which records are planted copies (their originals are not)
    while made < n:
        chunk = []
        for i in range(made, min(n, made + args.batch)):
            j = rng.randrange(max(0, i - args.per_day), i) if i and rng.random() < args.copy_share else None
            if j is not None and not copies[j]:  # a story of the last day, as farms copy news
                copies[i] = 1
                original = record_features(j, args.per_day, names, stems, args.seed)
                chunk.append((i, planted_copy(original, rng, names, stems), j))
            else:
                chunk.append((i, record_features(i, args.per_day, names, stems, args.seed), None))
        t0 = time.perf_counter()
        with nullcontext() if args.redis else index.batch():
            assignments = [index.add(f"https://farm{i % 97}.example/{i}", f) for i, f, _ in chunk]
        spent = time.perf_counter() - t0
        elapsed += spent
        if made >= tail_start:
            tail += spent
            tail_records += len(chunk)
        for (_, _, j), got in zip(chunk, assignments, strict=True):
            if j is not None:
                planted += 1
                joined_planted += got.joined is not None
            elif got.joined is not None:
                unplanted_joins += 1
        made += len(chunk)
    if args.redis:
        size = index.server.info("memory")["used_memory"] - memory_before
        if not args.keep:
            delete_keys(index.server, prefix)
    else:
        size = sum(Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists())
        if not args.keep:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            if not args.dir:
                folder.rmdir()
    index.close()
    return {
        "records": n,
        "us_per_record": elapsed / n * 1e6,
        "us_per_record_last_10pct": tail / max(1, tail_records) * 1e6,
        "seconds": elapsed,
        "file_bytes": size,
        "bytes_per_record": size / n,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "planted_copies": planted,
        "planted_joined": joined_planted,
        "other_records_joined": unplanted_joins,
    }


def time_features() -> None:
    sys.path.insert(0, str(REPO_ROOT / "bench"))
    import stories

    from republished.dedup.story_features import story_features

    copies = stories.crawl_order(stories.load_copies(aeb=stories.DEFAULT_AEB))
    records = stories.clean(copies)
    for record in records:  # warm the word caches, as a crawl does after its first pages
        story_features(record)
    t0 = time.perf_counter()
    for _ in range(5):
        for record in records:
            story_features(record)
    spent = (time.perf_counter() - t0) / (5 * len(records))
    words = sum(len((r["text"] or "").split()) for r in records) / len(records)
    print(f"story_features: {spent * 1e6:.0f} µs per record ({len(records)} records, {words:.0f} words each)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k", help="comma-separated record counts, e.g. 10k,100k,1M")
    parser.add_argument("--copy-share", type=float, default=0.3, help="planted copies of earlier stories")
    parser.add_argument("--batch", type=int, default=1, help="records per transaction (1: one each)")
    parser.add_argument("--per-day", type=int, default=3000, help="records published per day")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dir", help="where the SQLite files go (default: a new temp folder)")
    parser.add_argument("--redis", metavar="URL", help="measure the Redis story index at this server instead")
    parser.add_argument("--keep", action="store_true", help="keep the SQLite files")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--features", action="store_true", help="time story_features on bench/stories.py")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: one size
    args = parser.parse_args()

    if args.features:
        time_features()
        return
    if args.one:
        print(json.dumps(run_one(args, args.one)))
        return

    print(
        f"{'RedisStoryIndex' if args.redis else 'StoryIndex'}.add: {args.copy_share:.0%} planted copies, {args.per_day} records a day, "
        f"{args.batch} record(s) per transaction, "
        f"{os.cpu_count()} CPUs"
    )
    print(
        f"{'records':>9} {'µs/rec':>8} {'µs/rec last 10%':>16} {'total s':>8} {'file MB':>8} {'B/rec':>6}"
        f" {'peak RSS MB':>12} {'copies joined':>16} {'others joined':>14}"
    )
    results = []
    for size in (parse_size(s) for s in args.sizes.split(",")):
        child = [sys.executable, __file__, "--one", str(size)]
        for name in ("copy_share", "batch", "per_day", "seed", "dir", "redis"):
            value = getattr(args, name)
            if value is not None:
                child += [f"--{name.replace('_', '-')}", str(value)]
        if args.keep:
            child.append("--keep")
        r = json.loads(subprocess.run(child, check=True, capture_output=True, text=True).stdout)
        results.append(r)
        print(
            f"{r['records']:>9} {r['us_per_record']:>8.0f} {r['us_per_record_last_10pct']:>16.0f}"
            f" {r['seconds']:>8.1f} {r['file_bytes'] / 1e6:>8.1f} {r['bytes_per_record']:>6.0f}"
            f" {r['peak_rss_mb']:>12.0f} {r['planted_joined']:>8}/{r['planted_copies']:<7}"
            f" {r['other_records_joined']:>14}",
            flush=True,
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
