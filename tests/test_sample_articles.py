"""Fundus-style fixture tests: each sample article's HTML beside its expected record,
written by reading the page."""

from collections import Counter

import pytest

from republished.cleaning import clean_page
from republished.cleaning.extract import extract
from tests.samples import expected_records, html_path

EXPECTED = expected_records()
COUNTED_EDITS = {"title", "captions", "names"}


def test_there_are_enough_sample_articles():
    assert len(EXPECTED) >= 15
    outlets = {e["original"]["outlet"] for e in EXPECTED if e["original"]["outlet"]}
    assert len(outlets) >= 4
    assert len({e["republisher"]["domain"] for e in EXPECTED}) == 3


@pytest.fixture(scope="module", params=EXPECTED, ids=[e["url"] for e in EXPECTED])
def pair(request):
    expected = request.param
    html = html_path(expected["url"]).read_text(encoding="utf-8")
    return expected, clean_page(html, expected["url"])


@pytest.mark.parametrize(
    "field",
    [
        "title_raw",
        "title",
        "republisher",
        "language",
        "authors",
        "date_published",
        "date_modified",
        "description",
        "image",
        "categories",
        "tags",
        "captions",
    ],
)
def test_field(pair, field):
    expected, record = pair
    assert record[field] == expected[field]


def test_text(pair):
    expected, record = pair
    assert record["text"].split("\n") == expected["text"].split("\n")


def test_original(pair):
    expected, record = pair
    found = {k: record["original"][k] for k in ("outlet", "domain", "language", "url")}
    assert found == expected["original"]


def test_edit_counts(pair):
    expected, record = pair
    counts = Counter(f"{e['stage']}/{e['action']}" for e in record["edits"] if e["stage"] in COUNTED_EDITS)
    assert dict(counts) == expected["edit_counts"]


def test_flags_and_machine_translation(pair):
    expected, record = pair
    assert sorted({f["type"] for f in record["flags"]}) == expected["flag_types"]
    assert record["machine_translation"]["suspected"] is expected["machine_translation_suspected"]


def replay(title: str, lines: list[str], edits: list[dict]) -> tuple[str, list[str], list[str]]:
    """Apply the logged edits to what extraction produced."""
    lines, captions = list(lines), []
    for edit in edits:
        if edit["field"] == "html":  # made before extraction, which already holds it
            continue
        if edit["field"] == "title":
            assert title == edit["before"]
            title = edit["after"]
            continue
        target = lines if edit["field"] == "text" else captions
        index = target.index(edit["before"])
        if edit["action"] == "replace":
            target[index : index + 1] = edit["after"].split("\n")
        else:
            del target[index]
            if edit["action"] == "move":
                captions.append(edit["after"])
    return title, lines, captions


def test_edits_replayed_on_the_extraction_give_the_record(pair, cleaner):
    """Text is never silently lost: every difference from the extracted text is a logged edit."""
    expected, record = pair
    html = html_path(expected["url"]).read_text(encoding="utf-8")
    extracted = extract(html, expected["url"], cleaner.extraction)
    title, lines, captions = replay(extracted.title_raw, extracted.lines, record["edits"])
    assert title == record["title"]
    assert lines == record["text"].split("\n")
    assert captions == record["captions"]
