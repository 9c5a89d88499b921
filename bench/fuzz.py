"""Hostile inputs through `scrapy clean`, as a user runs it: thousands of inputs built from the
sample pages (tests/hostile.py, fixed seeds), including full-size ones (100,000 links, 5 MB
paragraphs, 10,000-deep nesting). Checks that every input is accounted for exactly once as it
should end, no traceback, exit code 1 (some inputs are unreadable by design), schema-valid
records without forbidden characters; measures wall time and the peak memory of every process.

    .venv/bin/python bench/fuzz.py [--inputs 1500] [--full-size 30]
"""

import argparse
import json
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.processes import run_measured  # noqa: E402
from republished.pipelines.validate import load_validator  # noqa: E402
from tests.hostile import hostile_inputs, violations, write_jsonl  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "fuzz.json"
MEMORY_LIMIT_MIB = 500
BIG_KINDS = {"many links", "huge paragraph", "deep nesting"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=1500, help="small-scale hostile inputs")
    parser.add_argument("--full-size", type=int, default=30, help="full-size inputs of the big kinds")
    args = parser.parse_args()
    small = hostile_inputs(args.inputs, seed=1, scale=0.1)
    big = [h for h in hostile_inputs(args.full_size * 5, seed=2, scale=1.0) if h.kind in BIG_KINDS]
    inputs = small + big[: args.full_size]
    with tempfile.TemporaryDirectory() as tmp:
        pages, out, accounting = Path(tmp) / "pages.jsonl", Path(tmp) / "out.jsonl", Path(tmp) / "acc.jsonl"
        write_jsonl(inputs, pages)
        command = [sys.executable, "-m", "scrapy", "clean", str(pages), "-O", str(out),
                   "-s", f"ACCOUNTING_FILE={accounting}"]  # fmt: skip
        run = run_measured(command, cwd=ROOT, env=dict(os.environ))
        stderr = run.stderr.decode("utf-8", "replace")
        outcomes = [json.loads(line) for line in accounting.read_text(encoding="utf-8").splitlines()]
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        found = violations(inputs, pages, outcomes, records, load_validator())
        input_mib = pages.stat().st_size / 2**20
    kinds: dict[str, int] = {}
    for outcome in outcomes:
        kinds[outcome["outcome"]] = kinds.get(outcome["outcome"], 0) + 1
    peak = max(run.main_peak_mib, run.worker_peak_mib)
    report = {
        "benchmark": "hostile inputs through scrapy clean (defaults: one worker per core)",
        "date": datetime.now(UTC).date().isoformat(),
        "inputs": len(inputs),
        "full_size_inputs": len(inputs) - len(small),
        "input_mib": round(input_mib, 1),
        "outcomes": kinds,
        "records": len(records),
        "violations": found[:20],
        "tracebacks": stderr.count("Traceback"),
        "exit_code": run.returncode,
        "seconds": round(run.seconds, 1),
        "peak_memory_mib": {
            "scrapy process": round(run.main_peak_mib),
            "largest worker": round(run.worker_peak_mib),
        },
        "cpus": os.cpu_count(),
    }
    print(json.dumps(report, indent=2))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    ok = not found and not report["tracebacks"] and run.returncode == 1 and peak <= MEMORY_LIMIT_MIB
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
