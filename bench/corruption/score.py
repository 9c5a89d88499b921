"""Score a cleaned record against the damage log: which edits undid damage, which were false positives.

The record's edits are replayed on the lines the cleaner was given, so each edit and each
surviving paragraph is traced back to the input line it came from.
"""

from dataclasses import dataclass, field

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


def diagnose_name(stage, record: dict, position: int, line: Line) -> str:
    """Why the names stage left a word-rendered name alone, in the stage's own words (its `explain`).

    Asked of the cleaned record, which for a missed line is what the names stage saw.
    """
    lines = record["text"].split("\n")
    if position >= len(lines):
        return "the line is not in the cleaned record"
    return stage.explain(record, line.detail["rendering"], line=lines[position])


def diagnose_variant(record: dict, line: Line, stage) -> str:
    return stage.explain(record, line.detail["variant"])
