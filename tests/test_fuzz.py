"""A few hundred hostile inputs from a fixed seed through a real `scrapy clean` run: each input
ends as exactly one record or one logged drop, nothing escapes as a traceback, the exit code
says that some inputs failed, and no record holds a forbidden character."""

import json
import subprocess
import sys
from collections import Counter

from republished.pipelines.validate import load_validator, record_problems
from tests.hostile import forbidden_in, hostile_inputs, write_jsonl
from tests.samples import ROOT


def input_key(hostile, source: str) -> str:
    """What the run's accounting names an input by: its URL, or FILE:LINE when it has none."""
    try:
        data = json.loads(hostile.line)
        if isinstance(data, dict) and isinstance(data.get("url"), str) and isinstance(data.get("html"), str):
            return data["url"]
    except (UnicodeDecodeError, json.JSONDecodeError):
        pass
    return source


def test_hostile_inputs_are_each_accounted_for_once(tmp_path):
    inputs = hostile_inputs(280, seed=20261203, scale=0.05)
    pages, out, accounting = tmp_path / "pages.jsonl", tmp_path / "out.jsonl", tmp_path / "accounting.jsonl"
    write_jsonl(inputs, pages)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "clean",
            str(pages),
            "-O",
            str(out),
            "-s",
            f"ACCOUNTING_FILE={accounting}",
        ],
        cwd=ROOT,
        capture_output=True,
        timeout=600,
    )
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    assert result.returncode == 1  # some inputs are unreadable by design

    outcomes = [json.loads(line) for line in accounting.read_text(encoding="utf-8").splitlines()]
    assert len(outcomes) == len(inputs)
    kinds = Counter(o["outcome"] for o in outcomes)
    assert set(kinds) <= {"exported", "dropped", "failed"}
    assert all(o["reason"] for o in outcomes if o["outcome"] != "exported")

    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == kinds["exported"]
    validator = load_validator()
    for record in records:
        assert record_problems(validator, record) == []
        assert not forbidden_in(record)

    by_key = {o["url"]: o for o in outcomes}
    for number, hostile in enumerate(inputs, 1):
        outcome = by_key[input_key(hostile, f"{pages}:{number}")]
        if hostile.expect == "record":
            assert outcome["outcome"] == "exported", (hostile.kind, outcome)
        elif hostile.expect == "failed":
            unreadable = outcome["outcome"] == "dropped" and outcome["reason"].startswith("unreadable page")
            assert outcome["outcome"] == "failed" or unreadable, (hostile.kind, outcome)
        elif hostile.expect == "drop":
            assert outcome["outcome"] == "dropped", (hostile.kind, outcome)
    # One line per drop or input error: every ERROR/WARNING line is short.
    problems = [line for line in stderr.splitlines() if "] ERROR:" in line or "] WARNING:" in line]
    assert len(problems) >= kinds["dropped"] + kinds["failed"]
    assert all(len(line) < 700 for line in problems)
