"""Score the names stage's edits on one article against its logged mentions.

Each names edit replaces a whole title, line or caption; a word-level diff of its `before` and
`after` splits it into replacements. A replacement is right when it covers damaged mentions and
writes exactly what they should say; anything else is a false repair (an untouched trap, a control,
a second person, a half repair). A damaged mention is repaired, missed (no replacement touches it)
or wrong.
"""

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from .articles import TITLE, Article, Mention

TOKEN = re.compile(r"\S+")


@dataclass
class Replacement:
    line: int
    start: int
    end: int
    before: str
    after: str
    right: bool
    mentions: list[Mention] = field(default_factory=list)
    on_trap: bool = False


@dataclass
class Scored:
    status: dict[int, str]  # index of a damaged mention → correct / missed / wrong
    replacements: list[Replacement]
    unmatched: list[dict]


def regions(before: str, after: str, spans=()) -> list[tuple[int, int, str]]:
    """The changed stretches of `before` (character spans) and what replaced each. Two changes
    inside one mention's span (`spans`) are one ("From der Consumer" → "Van der Consument", where
    "der" stays) and so is the word left between them."""
    a, b = list(TOKEN.finditer(before)), list(TOKEN.finditer(after))
    matcher = SequenceMatcher(None, [m.group() for m in a], [m.group() for m in b], autojunk=False)
    changes = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if changes and changes[-1][0] < changes[-1][1] and i1 < i2:
            first, following = a[changes[-1][0]].start(), a[i1].start()
            if any(s <= first and following < e for s, e in spans):
                changes[-1] = (changes[-1][0], i2, changes[-1][2], j2)
                continue
        changes.append((i1, i2, j1, j2))
    found = []
    for i1, i2, j1, j2 in changes:
        if i1 == i2:  # an insertion: anchor it at the start of the next word
            start = end = a[i1].start() if i1 < len(a) else len(before)
        else:
            start, end = a[i1].start(), a[i2 - 1].end()
        new = after[b[j1].start() : b[j2 - 1].end()] if j1 < j2 else ""
        found.append((start, end, new))
    return found


def score(article: Article, record: dict) -> Scored:
    texts = {TITLE: article.title, **dict(enumerate(article.lines))}
    status = {n: "missed" for n, m in enumerate(article.mentions) if m.damaged}
    replacements, unmatched = [], []
    trap_lines = {line for line, _ in article.traps}
    for edit in record["edits"]:
        if edit["stage"] != "names":
            continue
        line = next((n for n, text in texts.items() if text == edit["before"]), None)
        if line is None or (line == TITLE) != (edit["field"] == "title"):
            unmatched.append(edit)
            continue
        before = edit["before"]
        spans = [(m.start, m.end) for m in article.mentions if m.line == line]
        for start, end, new in regions(before, edit["after"], spans):
            inside = [
                (n, m)
                for n, m in enumerate(article.mentions)
                if m.line == line and m.start < max(end, start + 1) and start < m.end
            ]
            expected = before[start:end]
            for _, m in sorted(inside, key=lambda item: -item[1].start):
                if m.start >= start and m.end <= end:
                    expected = expected[: m.start - start] + m.expected + expected[m.end - start :]
            damaged = [(n, m) for n, m in inside if m.damaged]
            right = (
                bool(damaged)
                and new == expected
                and all(start <= m.start and m.end <= end for _, m in inside)
            )
            replacements.append(
                Replacement(
                    line,
                    start,
                    end,
                    before[start:end],
                    new,
                    right,
                    [m for _, m in inside],
                    line in trap_lines,
                )
            )
            for n, _ in damaged:
                status[n] = "correct" if right and status[n] != "wrong" else "wrong"
    return Scored(status, replacements, unmatched)
