"""`scrapy clean` on a folder of real pages, with its defaults, against the trafilatura command
line on the same folder in the same run: wall time, the peak memory of every process, and the
records of the default run against a `--jobs 1` run (the same, in the same order).

The folder holds the AEB pages (../shared/bench/aeb) as .html files, each copy under its own
name, repeated to reach --pages. For a throughput-at-scale figure run it with
`--pages 20000 --skip-jobs-1`, which skips the trafilatura run and the --jobs 1 comparison.

    .venv/bin/python bench/bulk.py [--pages 543] [--rounds 3] [--skip-jobs-1]
"""

import argparse
import gzip
import json
import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.processes import run_measured  # noqa: E402

AEB = ROOT.parent / "shared" / "bench" / "aeb" / "html"
RESULTS = ROOT / "bench" / "results" / "bulk.json"


def write_pages(folder: Path, count: int) -> int:
    sources = sorted(AEB.glob("*.html.gz"))
    for i in range(count):
        source = sources[i % len(sources)]
        name = f"{i // len(sources):03d}-{source.name.removesuffix('.gz')}"
        (folder / name).write_bytes(gzip.decompress(source.read_bytes()))
    return count


def records(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [{k: v for k, v in json.loads(line).items() if k != "fetched_at"} for line in lines]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=543, help="pages in the folder (AEB pages repeated)")
    parser.add_argument("--skip-jobs-1", action="store_true", help="no --jobs 1 run and no trafilatura run")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each command, taking turns")
    args = parser.parse_args()
    if not AEB.is_dir():
        print(f"skipped: no {AEB}")
        return 0
    cores = len(os.sched_getaffinity(0))
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        pages, out = Path(tmp) / "pages", Path(tmp) / "out"
        pages.mkdir()
        out.mkdir()
        write_pages(pages, args.pages)
        clean = [sys.executable, "-m", "scrapy", "clean", str(pages), "-O", str(out / "default.jsonl")]
        trafilatura_cli = [str(Path(sys.executable).parent / "trafilatura"), "--input-dir", str(pages),
                           "--output-dir", str(out / "trafilatura"), "--json", "--parallel", str(cores)]  # fmt: skip
        # The machine's speed drifts by a fifth between runs: the two commands take turns, each
        # run `--rounds` times, and each is judged by its best run.
        ours_runs, trafilatura_runs = [], []
        for _ in range(args.rounds if not args.skip_jobs_1 else 1):
            ours_runs.append(run_measured(clean, ROOT, env))
            if not args.skip_jobs_1:
                shutil.rmtree(out / "trafilatura", ignore_errors=True)
                trafilatura_runs.append(run_measured(trafilatura_cli, ROOT, env))
        ours = min(ours_runs, key=lambda run: run.seconds)
        report = {
            "benchmark": "scrapy clean of a folder of real pages, defaults, against trafilatura's CLI",
            "date": datetime.now(UTC).date().isoformat(),
            "pages": args.pages,
            "cores": cores,
            "scrapy_clean": {
                "exit_code": ours.returncode,
                "seconds": round(ours.seconds, 1),
                "seconds_of_each_run": [round(run.seconds, 1) for run in ours_runs],
                "pages_per_second": round(args.pages / ours.seconds, 1),
                "peak_mib_scrapy_process": round(max(run.main_peak_mib for run in ours_runs)),
                "peak_mib_largest_worker": round(max(run.worker_peak_mib for run in ours_runs)),
                "cpu_ms_per_page_scrapy_process": round(1000 * ours.main_cpu_seconds / args.pages, 1),
                "cpu_ms_per_page_workers": round(1000 * ours.worker_cpu_seconds / args.pages, 1),
                # The Scrapy process hands every page out and takes every record back: however
                # many workers, a run cannot go faster than its CPU allows.
                "pages_per_second_ceiling_of_scrapy_process": round(args.pages / ours.main_cpu_seconds, 1),
                "records": len(records(out / "default.jsonl")),
            },
        }
        if not args.skip_jobs_1:
            trafilatura = min(trafilatura_runs, key=lambda run: run.seconds)
            one = run_measured(
                [
                    sys.executable,
                    "-m",
                    "scrapy",
                    "clean",
                    str(pages),
                    "--jobs",
                    "1",
                    "-O",
                    str(out / "one.jsonl"),
                ],
                ROOT,
                env,
            )
            report["trafilatura_cli"] = {
                "command": f"trafilatura --input-dir DIR --output-dir OUT --json --parallel {cores}",
                "seconds": round(trafilatura.seconds, 1),
                "seconds_of_each_run": [round(run.seconds, 1) for run in trafilatura_runs],
                "peak_mib_largest_process": round(max(p for _, p in trafilatura.peaks.values())),
                "cpu_ms_per_page": round(1000 * sum(trafilatura.cpu.values()) / args.pages, 1),
                "files_written": len(list((out / "trafilatura").glob("*"))),
            }
            report["scrapy_clean_jobs_1"] = {
                "seconds": round(one.seconds, 1),
                "peak_mib": round(one.main_peak_mib),
            }
            report["records_identical_to_jobs_1"] = records(out / "default.jsonl") == records(
                out / "one.jsonl"
            )
            report["time_ratio_to_trafilatura"] = round(ours.seconds / trafilatura.seconds, 2)
    print(json.dumps(report, indent=2))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    name = RESULTS if args.pages <= 1000 else RESULTS.with_name(f"bulk-{args.pages}.json")
    name.write_text(json.dumps(report, indent=2) + "\n")
    return 0 if ours.returncode in (0, 1) else 1


if __name__ == "__main__":
    sys.exit(main())
