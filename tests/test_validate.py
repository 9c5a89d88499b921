"""The validation pipeline exports exactly the records jsonschema accepts, and names the problem
of every one it drops (a faster validator answers first; jsonschema decides every rejection)."""

from datetime import UTC, datetime

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from republished.cleaning import clean_page
from republished.pipelines.validate import ValidatePipeline, load_validator, record_problems
from tests.samples import expected_records, html_path


@pytest.fixture(scope="module")
def record() -> dict:
    url = expected_records()[0]["url"]
    cleaned = clean_page(html_path(url).read_text(encoding="utf-8"), url)
    return {
        **cleaned,
        "id": "0123456789abcdef0123",
        "previous_id": None,
        "cluster_id": url,
        "duplicate_of": None,
        "story_id": url,
    }


def without(record: dict, key: str) -> dict:
    return {k: v for k, v in record.items() if k != key}


def broken(record: dict) -> dict[str, dict]:
    return {
        "title not a string": {**record, "title": 3},
        "no text": without(record, "text"),
        "language in capitals": {**record, "language": "EN"},
        "language with a line break after it": {**record, "language": "en\n"},
        "content hash in capitals": {**record, "content_hash": record["content_hash"].upper()},
        "id too short": {**record, "id": "0123"},
        "edits not a list": {**record, "edits": {}},
        "authors holding a number": {**record, "authors": [7]},
        "date published with Arabic-Indic digits": {**record, "date_published": "٢٠٢٤-٠١-٠٢"},
        "a set of authors": {**record, "authors": {"A. Writer"}},
        "a date object for a string": {**record, "fetched_at": datetime(2024, 1, 2, tzinfo=UTC)},
    }


def pipeline():
    crawler = get_crawler()
    crawler.stats.open_spider()
    return ValidatePipeline.from_crawler(crawler), crawler.stats


def test_a_whole_record_is_exported(record):
    validate, stats = pipeline()
    assert validate.process_item(dict(record)) == record
    assert stats.get_value("republished/exported") == 1


def test_a_record_is_dropped_exactly_when_jsonschema_finds_a_problem_and_the_problem_is_named(record):
    validator = load_validator()
    dropped = 0
    for case, item in broken(record).items():
        problems = record_problems(validator, item)
        validate, stats = pipeline()
        if not problems:
            assert validate.process_item(item) == item, case
            continue
        with pytest.raises(DropItem) as drop:
            validate.process_item(item)
        assert problems[0] in str(drop.value), case
        assert stats.get_value("republished/dropped/invalid_record") == 1, case
        dropped += 1
    assert dropped >= 9
