"""Fundus-style fixtures for the artifacts beyond the seed: each HTML page in
tests/fixtures/pages/ with the expected record beside it, written by reading the page."""

import json
from pathlib import Path

import pytest

from republished.cleaning import clean_page

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
CASES = sorted(PAGES.glob("*.json"))


@pytest.mark.parametrize("expected_path", CASES, ids=[p.stem for p in CASES])
def test_fixture_page(expected_path):
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    html = expected_path.with_suffix(".html").read_text(encoding="utf-8")
    record = clean_page(html, expected["url"])
    assert record["title"] == expected["title"]
    assert {k: record["original"][k] for k in expected["original"]} == expected["original"]
    assert record["republisher"] == expected["republisher"]
    assert record["captions"] == expected["captions"]
    assert record["text"].split("\n") == expected["text"]
    assert record["quotes"] == expected["quotes"]
    assert [[f["type"], f["text"]] for f in record["flags"]] == expected["flags"]
    assert record["language"] == expected["language"]
    for field in ("date_modified", "description", "image", "categories", "tags"):
        assert record[field] == expected[field], field
    if "edit_stages" in expected:
        assert sorted({e["stage"] for e in record["edits"]}) == expected["edit_stages"]
    if "machine_translation_suspected" in expected:
        assert record["machine_translation"]["suspected"] is expected["machine_translation_suspected"]


def test_there_are_fixture_pages():
    assert CASES
