"""The multilingual fixture pages, decoded from their saved bytes and cleaned by clean_page.

Each page is checked field by field against what a reader expects (the .json beside it). Where
today's cleaner gets a field wrong, the case is marked xfail(strict=True) with what it does
instead, so it fails (and the mark must go) once the cleaner is fixed. The cleaner is not
changed here.
"""

from functools import cache

import pytest

from republished.cleaning import clean_page, default_cleaner
from republished.spiders.decoding import decode_saved_page
from tests.multilingual import NAMES, expected, raw_page, spaced

CHECKS = ["title", "language", "text_contains", "text_excludes", "date_published", "authors", "accepted"]

#: (page, check): what today's cleaner does instead.
KNOWN_FAILURES: dict[tuple[str, str], str] = {}


@cache
def record(name: str) -> dict:
    text, _ = decode_saved_page(raw_page(name))
    return clean_page(text, expected(name)["url"])


def _cases():
    for name in NAMES:
        for check in CHECKS:
            reason = KNOWN_FAILURES.get((name, check))
            marks = [pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason)] if reason else []
            yield pytest.param(name, check, marks=marks, id=f"{name}-{check}")


@pytest.mark.parametrize(("name", "check"), list(_cases()))
def test_multilingual_page(name, check):
    page, got = expected(name), record(name)
    if check == "title":
        assert got["title"] == spaced(page["title"])
    elif check == "language":
        assert got["language"] == page["language"]
    elif check == "text_contains":
        assert [s for s in page["text_contains"] if spaced(s) not in got["text"]] == []
    elif check == "text_excludes":
        assert [s for s in page["text_excludes"] if spaced(s) in got["text"]] == []
    elif check == "date_published":
        assert got["date_published"] == page["date_published"]
    elif check == "authors":
        assert got["authors"] == page["authors"]
    else:  # what the crawl's clean pipeline asks before it exports a record
        assert default_cleaner().article_problem(got) is None


def test_known_failures_name_real_cases():
    assert {name for name, _ in KNOWN_FAILURES} <= set(NAMES)
    assert {check for _, check in KNOWN_FAILURES} <= set(CHECKS)


def test_every_page_decodes_without_replacement_characters_into_the_record():
    for name in NAMES:
        assert "\ufffd" not in record(name)["text"], name
