"""Flag grammar that machine translation got wrong; the text is left as it is."""

import re
from dataclasses import dataclass

from republished.cleaning.draft import Draft
from republished.cleaning.errors import ConfigError
from republished.cleaning.names import is_ordinary_word
from republished.cleaning.registry import Stage, StageContext, register
from republished.cleaning.yamlconfig import expect, expect_keys, load_yaml


@dataclass(frozen=True)
class GrammarPattern:
    name: str
    regex: re.Pattern
    reason: str
    #: If set, the flag needs this group to be an ordinary (lower-case) English word.
    ordinary_word_group: int | None = None


@register
class GrammarStage(Stage):
    name = "grammar"
    languages = ("en",)

    def __init__(self, context: StageContext, patterns: str = "grammar.yaml"):
        path = context.path(patterns)
        data = expect(load_yaml(path), dict, path, "")
        self.patterns = []
        for i, entry in enumerate(expect(data.get("patterns"), list, path, "patterns")):
            key = f"patterns[{i}]"
            expect(entry, dict, path, key)
            expect_keys(
                entry,
                {"name", "regex", "reason", "ordinary_word_group"},
                {"name", "regex", "reason"},
                path,
                key,
            )
            try:
                regex = re.compile(entry["regex"])
            except re.error as exc:
                raise ConfigError(path, f"{key}.regex", f"invalid regex: {exc}") from exc
            self.patterns.append(
                GrammarPattern(entry["name"], regex, entry["reason"], entry.get("ordinary_word_group"))
            )

    def __call__(self, draft: Draft) -> None:
        for line in draft.lines:
            for pattern in self.patterns:
                for match in pattern.regex.finditer(line):
                    group = pattern.ordinary_word_group
                    if group is not None and not is_ordinary_word(match.group(group)):
                        continue
                    snippet = match.group(0).strip()
                    draft.flag("mt_grammar", snippet, f"{pattern.reason} ({pattern.name})")
                    draft.signal("mt_grammar", 0.3, f"{pattern.name}: {snippet!r}")
