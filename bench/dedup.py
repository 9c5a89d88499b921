"""Cost of dedup.DuplicateIndex.add as the index grows: µs per record, file size, peak RSS.

Each size runs in a fresh process on a fresh SQLite file: random 64-bit simhashes, plus a
share of planted near duplicates (an earlier record's fingerprint with 1 to max_distance
bits flipped) and exact duplicates (an earlier record's content hash). It also counts how
many planted near duplicates the index found, and how many unplanted matches it made.
Usage (from the repo root):

    .venv/bin/python bench/dedup.py [--sizes 10k,100k,1M] [--probe-radius 2] [--batch 1]
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
from array import array
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))  # dedup/, until it is an installed package

from republished.dedup.index import DEFAULT_MAX_DISTANCE, DEFAULT_PROBE_RADIUS, DuplicateIndex  # noqa: E402


def parse_size(text: str) -> int:
    text = text.strip().lower().replace("_", "")
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * scale)


def workload(n: int, near_share: float, exact_share: float, max_distance: int, seed: int):
    """Yield (record_id, content_hash, fingerprint, planted) for n records; planted is
    ("near", earlier index), ("exact", earlier index) or None."""
    rng = random.Random(seed)
    fingerprints = array("Q")  # 8 bytes each, so the harness stays small next to the index
    for i in range(n):
        roll = rng.random()
        if i and roll < near_share:
            j = rng.randrange(i)
            bits = rng.sample(range(64), rng.randint(1, max_distance))
            fp = fingerprints[j] ^ sum(1 << b for b in bits)
            planted = ("near", j)
            content = f"sha256:{i:064x}"
        elif i and roll < near_share + exact_share:
            j = rng.randrange(i)
            fp = fingerprints[j]
            planted = ("exact", j)
            content = f"sha256:{j:064x}"
        else:
            fp = rng.getrandbits(64)
            planted = None
            content = f"sha256:{i:064x}"
        fingerprints.append(fp)
        yield f"https://farm{i % 97}.example/story/{i}", content, f"{fp:x}", planted


def run_one(args: argparse.Namespace, n: int) -> dict:
    folder = Path(args.dir or tempfile.mkdtemp(prefix="dedup-bench-"))
    path = folder / f"duplicates-{n}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    records = workload(n, args.near_share, args.exact_share, args.max_distance, args.seed)
    baseline_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    index = DuplicateIndex(path, max_distance=args.max_distance, probe_radius=args.probe_radius)
    found = {"exact": 0, "near": 0}
    planted_counts = {"exact": 0, "near": 0}
    unplanted = 0
    tail_start = n - max(1, n // 10)
    elapsed = tail = 0.0  # time spent in add (and commits) only, not making the workload
    tail_records = 0
    for start in range(0, n, args.batch):
        chunk = list(itertools.islice(records, args.batch))
        t0 = time.perf_counter()
        with index.batch():
            assignments = [index.add(record_id, content, fp) for record_id, content, fp, _ in chunk]
        spent = time.perf_counter() - t0
        elapsed += spent
        if start >= tail_start:
            tail += spent
            tail_records += len(chunk)
        for (_, _, _, planted), got in zip(chunk, assignments, strict=True):
            if planted:
                planted_counts[planted[0]] += 1
            if got.kind:
                if planted and got.duplicate_of:
                    found[planted[0]] += 1
                else:
                    unplanted += 1
    index.close()
    size = sum(Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists())
    result = {
        "records": n,
        "us_per_record": elapsed / n * 1e6,
        "us_per_record_last_10pct": tail / max(1, tail_records) * 1e6,
        "seconds": elapsed,
        "file_bytes": size,
        "bytes_per_record": size / n,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_before_index_mb": baseline_rss,
        "planted_near": planted_counts["near"],
        "found_near": found["near"],
        "planted_exact": planted_counts["exact"],
        "found_exact": found["exact"],
        "unplanted_matches": unplanted,
    }
    if not args.keep:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k", help="comma-separated record counts, e.g. 10k,100k,1M")
    parser.add_argument("--max-distance", type=int, default=DEFAULT_MAX_DISTANCE)
    parser.add_argument("--probe-radius", type=int, default=DEFAULT_PROBE_RADIUS)
    parser.add_argument("--near-share", type=float, default=0.10, help="planted near duplicates")
    parser.add_argument("--exact-share", type=float, default=0.05, help="planted exact duplicates")
    parser.add_argument("--batch", type=int, default=1, help="records per transaction (1: one each)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dir", help="where the SQLite files go (default: a new temp folder)")
    parser.add_argument("--keep", action="store_true", help="keep the SQLite files")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: one size
    args = parser.parse_args()

    if args.one:
        print(json.dumps(run_one(args, args.one)))
        return

    print(
        f"DuplicateIndex.add: max_distance {args.max_distance}, probe radius {args.probe_radius}, "
        f"{args.near_share:.0%} planted near + {args.exact_share:.0%} exact duplicates, "
        f"{args.batch} record(s) per transaction, {os.cpu_count()} CPUs"
    )
    header = (
        f"{'records':>9} {'µs/rec':>8} {'µs/rec last 10%':>16} {'total s':>8} {'file MB':>8}"
        f" {'B/rec':>6} {'peak RSS MB':>12} {'near found':>14} {'exact found':>14} {'false':>6}"
    )
    print(header)
    results = []
    for size in (parse_size(s) for s in args.sizes.split(",")):
        child = [sys.executable, __file__, "--one", str(size)]
        for name in ("max_distance", "probe_radius", "near_share", "exact_share", "batch", "seed", "dir"):
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
            f" {r['peak_rss_mb']:>12.0f} {r['found_near']:>7}/{r['planted_near']:<6}"
            f" {r['found_exact']:>7}/{r['planted_exact']:<6} {r['unplanted_matches']:>6}",
            flush=True,
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
