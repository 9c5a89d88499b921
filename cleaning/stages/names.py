"""Repair people's names that machine translation rendered as words or spelled two ways.

The stage is the adapter; the engine is cleaning/names/: one analysis of the article's people
(people.py), candidates with named evidence (evidence.py, slots.py), one decision weighed with the
weights of names.yaml (decide.py), in the passes of engine.py. Kinds of damage it repairs:
- a word for a surname: "Blinking" for Blinken (spelling), "Churches" for Iglesias (the article's
  own full name "Pablo Churches", or the lexicon's translation), in any slot where a name stands;
- a name's other words: "Isabel Days Ayuso", "Ursula from the Leyen", "From the Leyen said";
- one person spelled two ways ("Sergei/Sergey Lavrov"), a surname without its diacritics.
Every edit's reason names its evidence; `explain` tells why a word was or was not repaired.
"""

from republished.cleaning.compact import frequencies
from republished.cleaning.draft import Draft, PageMeta
from republished.cleaning.names.config import load_config
from republished.cleaning.names.engine import NameEngine, Report
from republished.cleaning.names.evidence import Role
from republished.cleaning.names.words import is_ordinary_word, load_word_lists
from republished.cleaning.pagedata import PageData
from republished.cleaning.registry import Stage, StageContext, register

#: The machine-translation signals of a repair: a misspelt name (a human slip too), and a name an
#: engine translated into English words (no human translator does). Chosen on bench/suspicion.py's
#: tune part (bench/README.md).
NAME_REPAIRED_WEIGHT = 0.3
NAME_TRANSLATED_WEIGHT = 0.5


@register
class NamesStage(Stage):
    name = "names"
    languages = ("en",)

    def __init__(
        self,
        context: StageContext,
        gazetteer: str = "gazetteer.yaml",
        context_words: str = "names.yaml",
        lexicon: str | None = None,
        min_similarity: float = 0.85,
    ):
        self.config = load_config(
            context.path(context_words),
            context.path(gazetteer),
            context.path(lexicon) if lexicon else None,
            min_similarity,
        )
        self.engine = NameEngine(self.config)

    def warm_up(self) -> None:
        """The English lists every page reads; a source language's list loads when a page first
        asks about it (few pages do)."""
        load_word_lists()
        frequencies("en")

    def __call__(self, draft: Draft) -> None:
        self._apply(draft, self.engine.run(draft))

    def _apply(self, draft: Draft, report: Report) -> None:
        by_unit: dict[int, list] = {}
        for repair in report.repairs:
            by_unit.setdefault(id(repair.unit), []).append(repair)
        for repairs in by_unit.values():
            unit = repairs[0].unit
            text = unit.text
            for repair in sorted(repairs, key=lambda r: -r.start):
                text = text[: repair.start] + repair.replacement + text[repair.end :]
            reason = "; ".join(r.reason for r in sorted(repairs, key=lambda r: r.start))
            if unit.field == "title":
                draft.set_title(text, self.name, reason)
            elif unit.field == "text":
                draft.replace_line(unit.index, text, self.name, reason)
            else:
                draft.replace_caption(unit.index, text, self.name, reason)
            if any(r.translated for r in repairs):
                draft.signal("name_translated", NAME_TRANSLATED_WEIGHT, reason)
            else:
                draft.signal("name_repaired", NAME_REPAIRED_WEIGHT, reason)

    def explain(self, record: dict, word: str, line: str | None = None) -> str:
        """Why the stage did or did not repair `word` (in the title, line or caption `line`, if
        given) of a cleaned record: the candidates covering it, each reading with its evidence and
        weights, and the decision. The record is read as the stage saw it, its own edits undone.
        For benchmarks and users; changes nothing."""
        title = record.get("title") or ""
        lines = record["text"].split("\n") if record.get("text") else []
        captions = list(record.get("captions") or [])
        for edit in record.get("edits", []):
            if edit["stage"] != self.name:
                continue
            if edit["field"] == "title" and title == edit["after"]:
                title = edit["before"]
            for texts in (lines, captions):
                if edit["after"] in texts:
                    texts[texts.index(edit["after"])] = edit["before"]
            if line == edit["after"]:
                line = edit["before"]
        meta = PageMeta(
            url=record.get("url") or "",
            host="",
            authors=list(record.get("authors") or []),
            page=PageData(tags=tuple(record.get("tags") or ())),
        )
        draft = Draft(meta, title, title, lines, captions)
        draft.original = dict(record.get("original") or {})
        draft.language = record.get("language")
        report = self.engine.run(draft)
        units = [u for u in report.view.units if line is None or u.text == line]
        if not units:
            return "the line is not in the record"
        places = [(u, u.text.find(word)) for u in units if word in u.text]
        if not places:
            return f"{word!r} is not in the line"
        unit, start = places[0]
        end = start + len(word)
        lines = []
        for candidate, decision in report.decisions:
            if candidate.unit is not unit or not (candidate.start < end and start < candidate.end):
                continue
            lines.append(f"{candidate.text!r}: {'repaired' if decision.repair else 'left'}, {decision.why}")
            for scored in decision.scored:
                reading = scored.reading
                slot = reading.slot[0].name.lower() if reading.slot else "no slot"
                terms = ", ".join(f"{what} {weight:+g}" for what, weight in scored.terms)
                against = [e.kind.key for e in reading.evidence if e.kind.role is Role.AGAINST]
                lines.append(
                    f"  {reading.kind.key} → {reading.target!r} ({reading.person}), slot {slot}, "
                    f"score {scored.score:.2f} [{terms}]"
                    + (f"; against: {', '.join(against)}" if against else "")
                )
        if lines:
            return "\n".join(lines)
        return self._no_candidate(report, word)

    def _no_candidate(self, report: Report, word: str) -> str:
        view = report.view
        head = word.split()[0] if word.split() else word
        if not head[:1].isupper():
            return f"no candidate: {head!r} is not capitalised"
        if not view.anchors:
            return (
                "no candidate: the article names no person whose surname is not an ordinary word (no anchor)"
            )
        if not is_ordinary_word(head):
            return f"no candidate: {head!r} is a proper noun, and no spelling, alias or gazetteer entry relates it to a person"
        anchors = ", ".join(sorted(a.full for a in view.anchors.values()))
        return f"no candidate: no spelling, alias, translation or silent person links {head!r} to anyone of the article ({anchors})"
