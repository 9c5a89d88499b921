"""A few hundred hostile inputs from a fixed seed through a real `scrapy clean` run: each input
ends as exactly one record or one logged drop, nothing escapes as a traceback, the exit code
says that some inputs failed, and no record holds a forbidden character."""

import json
import subprocess
import sys

from republished.pipelines.validate import load_validator
from tests.hostile import Hostile, hostile_inputs, violations, write_jsonl
from tests.samples import ROOT


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
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert violations(inputs, pages, outcomes, records, load_validator()) == []
    assert {h.expect for h in inputs} == {"record", "drop", "failed", "any"}
    # One line per drop or input error: every ERROR/WARNING line is short.
    problems = [line for line in stderr.splitlines() if "] ERROR:" in line or "] WARNING:" in line]
    assert len(problems) >= sum(o["outcome"] != "exported" for o in outcomes)
    assert all(len(line) < 700 for line in problems)


def test_the_audit_catches_each_broken_rule(tmp_path):
    good = Hostile(
        "entity", json.dumps({"url": "https://a.example/1/", "html": "<p>x</p>"}).encode(), "record"
    )
    bad = Hostile("not json", b"{not json", "failed")
    pages = tmp_path / "pages.jsonl"
    record = {"url": "https://a.example/1/"}
    exported = {"url": "https://a.example/1/", "outcome": "exported", "reason": ""}
    failed = {"url": f"{pages}:2", "outcome": "failed", "reason": "not JSON"}
    validator = load_validator()

    def audit(outcomes, records):
        return [v.split(":")[0] for v in violations([good, bad], pages, outcomes, records, validator)]

    assert "line 1 (entity)" in audit([{**exported, "outcome": "dropped", "reason": "no"}, failed], [])
    assert {"3 outcomes for 2 inputs", "line 1 (entity)"} <= set(
        audit([exported, exported, failed], [record])
    )
    assert "line 2 (not json)" in audit([exported, {**failed, "outcome": "dropped", "reason": "x"}], [record])
    assert "invalid record https" in audit([exported, failed], [record])
    assert "0 records for 1 exported inputs" in audit([exported, failed], [])
