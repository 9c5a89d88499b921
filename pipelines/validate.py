"""Validate each record against the JSON Schema before export; never write one half-formed."""

import json
from importlib.resources import files
from importlib.resources.abc import Traversable

from jsonschema import Draft202012Validator
from scrapy.exceptions import DropItem

SCHEMA_PATH = files("republished.schema") / "record.schema.json"


def load_validator(path: Traversable = SCHEMA_PATH) -> Draft202012Validator:
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def record_problems(validator: Draft202012Validator, record: dict) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '(record)'}: {error.message}"
        for error in sorted(validator.iter_errors(record), key=lambda e: list(map(str, e.absolute_path)))
    ]


class ValidatePipeline:
    def __init__(self, stats):
        self.stats = stats
        self.validator = load_validator()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item, spider=None):
        problems = record_problems(self.validator, dict(item))
        if problems:
            self.stats.inc_value("republished/dropped/invalid_record")
            raise DropItem(f"invalid record: {item.get('url')}: " + "; ".join(problems[:5]))
        self.stats.inc_value("republished/exported")
        return item
