"""Score a cleaned record against the damage log: which edits undid damage, which were false positives.

The record's edits are replayed on the lines the cleaner was given, so each edit and each
surviving paragraph is traced back to the input line it came from.
"""

from collections import Counter
from dataclasses import dataclass, field

import republished.cleaning.names as names_module
from republished.cleaning.draft import Draft, PageMeta
from republished.cleaning.names import is_ordinary_word
from republished.cleaning.stages.names import word_places

from .damage import Line

#: The stage that should undo each damage kind (dash quotes are read, not rewritten).
KIND_STAGE = {"names_word": "names", "names_variant": "names", "captions": "captions", "residue": "residue"}
TITLE = -1


@dataclass
class Replay:
    body: list[tuple[int, str]]
    captions: list[tuple[int, str]]
    edits: dict[int, list[dict]] = field(default_factory=dict)
    unmatched: list[dict] = field(default_factory=list)


def replay(texts: list[str], edits: list[dict]) -> Replay:
    """Apply the record's edits to the input lines, remembering which input line each result came from."""
    state = Replay([(i, t) for i, t in enumerate(texts)], [])
    for edit in edits:
        if edit["field"] == "title":
            state.edits.setdefault(TITLE, []).append(edit)
            continue
        lines = state.body if edit["field"] == "text" else state.captions
        where = next((n for n, (_, text) in enumerate(lines) if text == edit["before"]), None)
        if where is None:
            state.unmatched.append(edit)
            continue
        label = lines[where][0]
        state.edits.setdefault(label, []).append(edit)
        if edit["action"] == "replace":
            lines[where : where + 1] = [(label, part) for part in edit["after"].split("\n")]
        elif edit["action"] == "remove":
            del lines[where]
        elif edit["action"] == "move":
            del lines[where]
            state.captions.append((label, edit["after"]))
    return state


def _is_repair(line: Line, edit: dict) -> bool:
    """Whether the edit is (part of) exactly the change that undoes the line's damage."""
    action = edit["action"]
    if line.goes_to == "text":
        return action == "replace" and edit["after"] == line.expected
    if line.goes_to == "captions":
        return action == "move" and edit["before"] == line.text
    if line.goes_to == "removed":
        return action == "remove" and edit["before"] == line.text
    credit = line.detail["credit"]  # "split": the credit is split off, then moved
    if action == "replace":
        return edit["before"] == line.text and edit["after"].split("\n")[0] == credit
    return action == "move" and edit["before"] == credit


def judge(line: Line, edits: list[dict], body: list[str]) -> tuple[str, set[int]]:
    """The line's fate and which of its edits were the repair.

    Status: 'ok' (undamaged, left alone), 'harmed' (undamaged, edited), 'correct' (the
    responsible stage made exactly the repair), 'missed' (that stage did nothing and the
    line is still in the body), 'wrong' (anything else). Edits that are not the repair
    are false positives of their stage, even on a line whose damage was repaired (a name
    repair inside a caption that was correctly moved out, say).
    """
    if line.kind not in KIND_STAGE:
        return ("harmed" if edits else "ok"), set()
    stage = KIND_STAGE[line.kind]
    repair = {n for n, edit in enumerate(edits) if edit["stage"] == stage and _is_repair(line, edit)}
    if len(repair) == (2 if line.goes_to == "split" else 1):
        return "correct", repair
    if not any(edit["stage"] == stage for edit in edits) and body:
        return "missed", set()
    return "wrong", set()


def _stage_view(stage, record: dict):
    """What the names stage sees in the cleaned record: units, name forms, people, anchors, first names.

    Mirrors NamesStage.__call__ through its internal helpers (not an API: callers catch errors).
    """
    lines = record["text"].split("\n")
    draft = Draft(
        PageMeta(url="", host=""), record["title"], record["title"], lines, list(record["captions"])
    )
    units = stage._units(draft)
    named = []
    for unit in units:
        for item in stage._name_runs(unit):
            run, titled = item if isinstance(item, tuple) else (item, False)
            named.append((unit, run, titled))
    forms = Counter(" ".join(t.text for t in run) for _, run, _ in named)
    people = stage._people(named, stage._speaking_surnames(word_places(units)))
    anchors = {f.split()[-1]: f for f in people if not is_ordinary_word(f.split()[-1])}
    first_names = {f.split()[0] for f in people if len(f.split()) > 1}
    in_use = {run[-1].text: " ".join(t.text for t in run) for _, run, _ in named}
    return units, forms, people, anchors, first_names, in_use


def diagnose_name(stage, record: dict, position: int, line: Line) -> str:
    """Why the names stage left a word-rendered name alone, asked of the stage's own rules.

    Recomputed on the cleaned record, which for a missed line is what the names stage saw.
    """
    try:
        units, forms, _, anchors, first_names, in_use = _stage_view(stage, record)
        unit = next(u for u in units if u.field == "text" and u.index == position)
        word, surname = line.detail["rendering"], line.detail["surname"]
        tokens = [t for t in unit.tokens if t.text == word]
        if not tokens:
            return f"the word {word!r} is not a token of the cleaned line"
        token = tokens[0]
        problems = []
        if not token.capitalised:
            problems.append("not capitalised")
        if token.text.casefold() in stage.titles:
            problems.append(f"{word!r} is in the list of titles")
        if word in in_use:
            problems.append(f"{word!r} ends the name run {in_use[word]!r}, so it is taken for a real surname")
        if not is_ordinary_word(word) and word not in stage.renderings:
            problems.append(f"{word!r} is not an ordinary word by is_ordinary_word")
        identity = stage._identity(token, anchors, forms)
        if identity is None:
            full = sorted(f for f in forms if f.split()[-1] == surname)
            if surname in anchors:
                plausible = getattr(names_module, "plausible_rendering", None)
                if plausible is not None and not plausible(word, surname):
                    problems.append(
                        f"identity not found: {word!r} is not a plausible rendering of {surname!r} "
                        f"(common prefix {names_module.common_prefix(word, surname)}, "
                        f"similarity {names_module.similarity(word, surname):.2f})"
                    )
                else:
                    problems.append(
                        f"identity not found although {anchors[surname]!r} is an anchor (ambiguous)"
                    )
            elif full:
                problems.append(
                    f"identity not found: {full[0]!r} is in the text but not used as a person "
                    "(no title before it; neither it nor the bare surname stands with a verb of speech "
                    "or a possessive)"
                )
            else:
                problems.append(f"identity not found: no name run ends with {surname!r}")
        elif identity[0] != surname:
            problems.append(f"identity points to {identity[0]!r}, not {surname!r}")
        surnames = frozenset(f.split()[-1] for f in anchors.values())
        if stage._slot(unit, token, first_names, surnames) is None:
            problems.append("no name slot")
        return "; ".join(problems) or "the rules would repair it in isolation (another edit interfered)"
    except Exception as exc:  # the stage's internals are not an API: report, do not fail
        return f"diagnosis unavailable ({type(exc).__name__}: {exc})"


def diagnose_variant(record: dict, line: Line, stage) -> str:
    try:
        _, forms, *_ = _stage_view(stage, record)
        original, variant = line.detail["original"], line.detail["variant"]
        related = {f: n for f, n in forms.items() if original in f.split() or variant in f.split()}
        if not any(variant in f.split() for f in related):
            return (
                f"{variant!r} is not inside a name run of 2–4 capitalised words, so no variant family forms"
            )
        return f"name runs with either spelling: {related}"
    except Exception as exc:
        return f"diagnosis unavailable ({type(exc).__name__}: {exc})"
