"""Conventions of a source language that engines carry into English text ("13.30", "(45)").

Each pattern is a named signal of machine translation with its weight, read from a YAML file
(cleaning/data/translation.yaml); a page matching it gets one signal however often it matches,
with the count and the first match as its detail. The text is never changed.
"""

import re
from dataclasses import dataclass
from importlib.resources.abc import Traversable

from republished.cleaning.errors import ConfigError
from republished.cleaning.yamlconfig import expect, expect_keys, load_yaml


@dataclass(frozen=True)
class TextPattern:
    name: str
    regex: re.Pattern
    weight: float
    reason: str

    def signal(self, lines: list[str]) -> dict | None:
        """The pattern's signal on these paragraphs, or None when it does not match."""
        matches = [m.group(0).strip() for line in lines for m in self.regex.finditer(line)]
        if not matches:
            return None
        detail = f"{self.reason}: {len(matches)} time(s), first {matches[0]!r}"
        return {"signal": self.name, "weight": self.weight, "detail": detail}


def load_patterns(path: Traversable) -> tuple[TextPattern, ...]:
    data = expect(load_yaml(path), dict, path, "")
    expect_keys(data, {"patterns"}, {"patterns"}, path, "")
    patterns, names = [], set()
    for i, entry in enumerate(expect(data["patterns"], list, path, "patterns")):
        key = f"patterns[{i}]"
        expect(entry, dict, path, key)
        expect_keys(
            entry, {"name", "regex", "weight", "reason"}, {"name", "regex", "weight", "reason"}, path, key
        )
        name = expect(entry["name"], str, path, f"{key}.name")
        if name in names:
            raise ConfigError(path, f"{key}.name", f"{name!r} is named twice")
        names.add(name)
        weight = expect(entry["weight"], (int, float), path, f"{key}.weight")
        if not 0 <= weight < 1:
            raise ConfigError(path, f"{key}.weight", f"expected a weight from 0 to below 1, got {weight}")
        try:
            regex = re.compile(expect(entry["regex"], str, path, f"{key}.regex"))
        except re.error as exc:
            raise ConfigError(path, f"{key}.regex", f"invalid regex: {exc}") from exc
        patterns.append(
            TextPattern(name, regex, float(weight), expect(entry["reason"], str, path, f"{key}.reason"))
        )
    return tuple(patterns)
