"""Repair people's names that machine translation rendered as words or spelled two ways.

A repair needs two independent kinds of evidence:
- identity: which name is meant, from the correct name elsewhere in the same
  article (similar spelling) or from the gazetteer of known renderings;
- slot: the word stands where a name stands (a "Name:" headline, the subject of a
  caption, before "said", a possessive, after a title or the person's first name,
  before a party code, or capitalised mid-sentence though it is an ordinary word).
Ordinary uses ("a blinking light", "Store shelves were empty") have no slot and stay.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from wordfreq import zipf_frequency

from cleaning.draft import Draft
from cleaning.names import (
    common_prefix,
    is_ordinary_word,
    lookalike,
    plausible_rendering,
    same_spelling_family,
    similarity,
    skeleton,
)
from cleaning.registry import Stage, StageContext, register
from cleaning.stages.captions import LEAD_IN
from cleaning.yamlconfig import expect, expect_keys, load_yaml

#: Words that open with a capital: the only ones that can be, or stand for, a name.
UPPER_WORD = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:-[^\W\d_]+)*")
POSSESSIVE = re.compile(r"[’']s\b")
PARTY_CODE = re.compile(r"^\s*\([A-ZÆØÅ][A-Za-zæøå]{0,3}\)")
#: ", the president of …", ", who …": what follows a person's name.
APPOSITIVE = re.compile(r",\s+(?:who\b|(?:the|a|an)\s+[a-z])")
MID_SENTENCE = "an ordinary word capitalised mid-sentence"
#: How strongly the spelling says which name a word stands for.
STRONG, CLOSE, LOOKALIKE = "strong", "close", "look-alike"
SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[–—\"“«(]\s*)$")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    #: Capitalised like a name ("Blinken"), not all capitals ("NATO").
    capitalised: bool


@dataclass
class Unit:
    """One piece of text the stage reads: the title, a body line or a caption."""

    field: str
    index: int | None
    text: str
    tokens: list[Token]
    replacements: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Person:
    name: str
    renderings: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(self.name.split())


def load_gazetteer(path) -> list[Person]:
    data = expect(load_yaml(path), dict, path, "")
    people = []
    for i, entry in enumerate(expect(data.get("people", []), list, path, "people")):
        key = f"people[{i}]"
        expect(entry, dict, path, key)
        expect_keys(entry, {"name", "renderings", "variants"}, {"name"}, path, key)
        people.append(
            Person(
                name=expect(entry["name"], str, path, f"{key}.name"),
                renderings=tuple(expect(entry.get("renderings", []), list, path, f"{key}.renderings")),
                variants=tuple(expect(entry.get("variants", []), list, path, f"{key}.variants")),
            )
        )
    return people


@register
class NamesStage(Stage):
    name = "names"
    languages = ("en",)

    def __init__(
        self,
        context: StageContext,
        gazetteer: str = "gazetteer.yaml",
        context_words: str = "names.yaml",
        min_similarity: float = 0.85,
    ):
        self.people = load_gazetteer(context.path(gazetteer))
        path = context.path(context_words)
        words = expect(load_yaml(path), dict, path, "")
        keys = {
            "titles",
            "title_phrases",
            "title_abbreviations",
            "speech_verbs",
            "subject_verbs",
            "leading_non_names",
        }
        expect_keys(words, keys, keys, path, "")
        self.titles = {w.casefold() for w in expect(words["titles"], list, path, "titles")}
        phrases = expect(words["title_phrases"], list, path, "title_phrases")
        self.title_phrase = re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\s+$", re.I)
        verbs = "|".join(map(re.escape, expect(words["speech_verbs"], list, path, "speech_verbs")))
        self.verb_after = re.compile(rf"(?:[’']s)?,?\s+(?:{verbs})\b")
        self.verb_before = re.compile(rf"\b(?:{verbs}),?\s+$")
        abbreviations = expect(words["title_abbreviations"], list, path, "title_abbreviations")
        self.title_abbreviation = re.compile(r"\b(?:" + "|".join(map(re.escape, abbreviations)) + r")\.\s*$")
        subject_verbs = "|".join(map(re.escape, expect(words["subject_verbs"], list, path, "subject_verbs")))
        self.subject_verb = re.compile(rf"\s+(?:{subject_verbs})\b")
        self.non_names = set(expect(words["leading_non_names"], list, path, "leading_non_names"))
        self.min_similarity = min_similarity
        self.renderings: dict[str, tuple[Person, str]] = {}
        for person in self.people:
            for rendering in person.renderings:
                target = person.name if len(rendering.split()) > 1 else person.tokens[-1]
                self.renderings[rendering] = (person, target)

    # -- reading the article ------------------------------------------------

    def _units(self, draft: Draft) -> list[Unit]:
        texts = [("title", None, draft.title)]
        texts += [("text", i, line) for i, line in enumerate(draft.lines)]
        texts += [("captions", i, line) for i, line in enumerate(draft.captions)]
        return [
            Unit(
                f,
                i,
                t,
                [
                    Token(m.start(), m.end(), m.group(), not m.group().isupper())
                    for m in UPPER_WORD.finditer(t)
                ],
            )
            for f, i, t in texts
        ]

    def _name_runs(self, unit: Unit) -> list[tuple[list[Token], bool]]:
        """Runs of capitalised words that may be a person's full name, and whether a title precedes."""
        runs, run = [], []
        for token in unit.tokens:
            joined = run and unit.text[run[-1].end : token.start] == " "
            if token.capitalised and (joined or not run):
                run.append(token)
                continue
            runs.append(run)
            run = [token] if token.capitalised else []
        runs.append(run)
        names = []
        for run in runs:
            cut = max((i + 1 for i, t in enumerate(run) if t.text.casefold() in self.titles), default=0)
            titled = cut > 0
            run = run[cut:]
            while run and run[0].text in self.non_names:
                run = run[1:]
            if 2 <= len(run) <= 4:
                before = unit.text[: run[0].start]
                titled = titled or bool(
                    self.title_phrase.search(before) or self.title_abbreviation.search(before)
                )
                titled = titled or (before.split()[-1:] or [""])[0].casefold() in self.titles
                names.append((run, titled))
        return names

    def _speaks(self, unit: Unit, start: int, end: int) -> bool:
        """The span is followed or preceded by a verb of speech, or is a possessive."""
        text = unit.text
        return bool(
            self.verb_after.match(text, end)
            or POSSESSIVE.match(text, end)
            or self.verb_before.search(text, 0, start)
        )

    # -- slots ---------------------------------------------------------------

    def _slot(self, unit: Unit, token: Token, first_names: set[str]) -> tuple[str, bool] | None:
        """Why the word stands where a name stands, and whether that context only fits a
        person (a speaker, an owner, a titled or first-named person) rather than any name."""
        before, after = unit.text[: token.start], unit.text[token.end :]
        if self.verb_after.match(after):
            return f"followed by a verb of speech ({after.strip()[:12]!r}…)", True
        if self.verb_before.search(before):
            return "follows a verb of speech", True
        if POSSESSIVE.match(after):
            return "possessive", True
        previous = before.split()[-1] if before.split() else ""
        if previous.casefold() in self.titles or self.title_phrase.search(before):
            return f"follows the title {previous!r}", True
        if previous in first_names:
            return f"follows the first name {previous!r}", True
        if PARTY_CODE.match(after):
            return "followed by a party code", True
        if not before.strip() and after.startswith(":") and len(unit.text) <= 120:
            return "opens a 'Name:' headline", False
        caption = LEAD_IN.match(unit.text)
        if caption and caption.start("rest") == token.start:
            return "first word of a caption, where the person shown is named", False
        following = after.split()[0] if after.split() else ""
        if (
            not SENTENCE_START.search(before)
            and previous[:1].islower()
            and not following[:1].isupper()
            and is_ordinary_word(token.text)
        ):
            return MID_SENTENCE, False
        return None

    @staticmethod
    def _quoted_person(token: Token, target: str, slot: str, speaking: set[str]) -> bool:
        """A look-alike in a headline or caption stands for a person the article quotes by that
        surname; a very common word ("Here") or a capital mid-sentence never does."""
        return (
            slot != MID_SENTENCE and target in speaking and zipf_frequency(token.text.casefold(), "en") < 5.5
        )

    def _opens_sentence_as_subject(self, unit: Unit, token: Token) -> bool:
        return bool(
            SENTENCE_START.search(unit.text, 0, token.start) and self.subject_verb.match(unit.text, token.end)
        )

    # -- the stage -----------------------------------------------------------

    def __call__(self, draft: Draft) -> None:
        units = self._units(draft)
        named = [(unit, run, titled) for unit in units for run, titled in self._name_runs(unit)]
        runs = [(unit, run) for unit, run, _ in named]
        forms = Counter(" ".join(t.text for t in run) for run in (r for _, r in runs))
        self._repair_rendered_names(runs)
        speaking = self._speaking_surnames(units)
        people = self._people(named, speaking)
        self._unify_variants(runs, forms, people)
        anchors = {form.split()[-1]: form for form in people if not is_ordinary_word(form.split()[-1])}
        first_names = {form.split()[0] for form in people}
        names_in_use = {
            run[-1].text for unit, run in runs if (run[0].start, run[-1].end) not in unit.replacements
        }
        self._repair_words(units, anchors, first_names, forms, names_in_use, speaking)
        self._apply(draft, units)

    def _speaking_surnames(self, units: list[Unit]) -> set[str]:
        """Capitalised words that speak or own something somewhere in the article."""
        return {
            token.text
            for unit in units
            for token in unit.tokens
            if token.capitalised and self._speaks(unit, token.start, token.end)
        }

    def _people(self, named: list[tuple[Unit, list[Token], bool]], speaking_surnames: set[str]) -> set[str]:
        """Full names used as people: after a title, speaking (or by surname), described
        (", the minister …"), or made only of words that are not ordinary English."""
        people = set()
        for unit, run, titled in named:
            name_like = not is_ordinary_word(run[0].text) and not is_ordinary_word(run[-1].text)
            described = APPOSITIVE.match(unit.text, run[-1].end)
            if (
                titled
                or name_like
                or described
                or run[-1].text in speaking_surnames
                or self._speaks(unit, run[0].start, run[-1].end)
            ):
                people.add(" ".join(t.text for t in run))
        return people

    def _canonical(self, spellings: Counter) -> tuple[str, str] | None:
        for person in self.people:
            if person.name in spellings or any(v in spellings for v in person.variants):
                return person.name, "the gazetteer's spelling"
        proper = Counter({f: n for f, n in spellings.items() if not is_ordinary_word(f.split()[-1])})
        ranked = (proper or spellings).most_common()
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        total = sum(spellings.values())
        return ranked[0][0], f"the most frequent full form ({ranked[0][1]} of {total})"

    def _unify_variants(self, runs: list[tuple[Unit, list[Token]]], forms: Counter, people: set[str]) -> None:
        """One person's name spelled two ways. Only people: products and places keep their
        spellings, and a difference of capitals alone ("Airpods"/"AirPods") is no translation artifact."""
        families: dict[tuple[str, ...], Counter] = {}
        for form, count in forms.items():
            families.setdefault(tuple(skeleton(w) for w in form.split()), Counter())[form] += count
        for spellings in families.values():
            if len(spellings) < 2 or not people.intersection(spellings):
                continue
            if len({form.casefold() for form in spellings}) < len(spellings):
                continue
            chosen = self._canonical(spellings)
            if chosen is None:
                continue
            canonical, why = chosen
            for unit, run in runs:
                form = " ".join(t.text for t in run)
                span = (run[0].start, run[-1].end)
                if form in spellings and form != canonical and span not in unit.replacements:
                    reason = f"{form!r} → {canonical!r}: one person spelled two ways in this article; {why}"
                    unit.replacements[span] = (canonical, reason)

    def _repair_rendered_names(self, runs: list[tuple[Unit, list[Token]]]) -> None:
        """Full names the gazetteer knows as renderings ("Bent High"): first name plus gazetteer agree."""
        for unit, run in runs:
            form = " ".join(t.text for t in run)
            known = self.renderings.get(form)
            if known and len(run) > 1:
                person, target = known
                reason = (
                    f"{form!r} → {target!r}: the gazetteer lists {form!r} as a rendering of {person.name!r}, "
                    f"and it stands as a full name after the first name {run[0].text!r}"
                )
                unit.replacements[(run[0].start, run[-1].end)] = (target, reason)

    def _identity(self, token: Token, anchors: dict[str, str], forms: Counter) -> tuple[str, str, str] | None:
        """Which name the word stands for, the evidence, and how strong the spelling evidence
        is (STRONG: gazetteer, spelling family or a very close look-alike; CLOSE; LOOKALIKE);
        None when unknown or ambiguous."""
        found: dict[str, list[str]] = {}
        from_gazetteer = False
        if token.text in self.renderings:
            person, target = self.renderings[token.text]
            if any(part in form.split() for form in forms for part in person.tokens):
                found.setdefault(target, []).append(
                    f"the gazetteer lists {token.text!r} as a rendering of {person.name!r}"
                )
                from_gazetteer = True
        matches = []
        for surname, form in anchors.items():
            if surname != token.text and lookalike(token.text, surname, self.min_similarity):
                matches.append((similarity(surname, token.text), surname, form))
        matches.sort(reverse=True)
        if len(matches) > 1 and matches[0][0] == matches[1][0]:
            return None
        if matches:
            score, surname, form = matches[0]
            found.setdefault(surname, []).append(
                f"the article names {form!r} elsewhere (spelling similarity {score:.2f})"
            )
            if (
                from_gazetteer
                or same_spelling_family(token.text, surname)
                or (score >= 0.9 and common_prefix(token.text, surname) >= 4)
            ):
                level = STRONG
            elif plausible_rendering(token.text, surname, self.min_similarity):
                level = CLOSE
            else:
                level = LOOKALIKE
        else:
            level = STRONG
        if len(found) != 1:
            return None
        ((target, evidence),) = found.items()
        return target, " and ".join(evidence), level

    def _repair_words(
        self,
        units: list[Unit],
        anchors: dict[str, str],
        first_names: set[str],
        forms: Counter,
        names_in_use: set[str],
        speaking: set[str],
    ):
        """Single words standing for a name; a word the article also uses as a surname is that name."""
        for unit in units:
            for token in unit.tokens:
                if not token.capitalised or any(s <= token.start < e for s, e in unit.replacements):
                    continue
                if token.text.casefold() in self.titles or token.text in names_in_use:
                    continue
                if not is_ordinary_word(token.text) and token.text not in self.renderings:
                    continue
                identity = self._identity(token, anchors, forms)
                if identity is None:
                    continue
                target, evidence, level = identity
                found = self._slot(unit, token, first_names)
                if found is None and level == STRONG and self._opens_sentence_as_subject(unit, token):
                    found = "opens a sentence as its subject", False
                if found is None:
                    continue
                if (
                    level == LOOKALIKE
                    and not found[1]
                    and not self._quoted_person(token, target, found[0], speaking)
                ):
                    continue
                if found[0] == MID_SENTENCE and level != STRONG:
                    continue  # proper nouns are capitalised mid-sentence too ("with Brent crude")
                slot = found[0]
                reason = f"{token.text!r} → {target!r}: {evidence}; the word stands in a name slot ({slot})"
                unit.replacements[(token.start, token.end)] = (target, reason)

    def _apply(self, draft: Draft, units: list[Unit]) -> None:
        for unit in units:
            if not unit.replacements:
                continue
            text = unit.text
            for (start, end), (new, _) in sorted(unit.replacements.items(), reverse=True):
                text = text[:start] + new + text[end:]
            reason = "; ".join(reason for _, (_, reason) in sorted(unit.replacements.items()))
            if unit.field == "title":
                draft.set_title(text, self.name, reason)
            elif unit.field == "text":
                draft.replace_line(unit.index, text, self.name, reason)
            else:
                draft.replace_caption(unit.index, text, self.name, reason)
            draft.signal("name_repaired", 0.3, reason)
