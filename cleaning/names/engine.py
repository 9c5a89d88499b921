"""The names engine: candidates from one analysis of the article, each decided once, in five passes.

1. Whole names the spelling settles: a gazetteer rendering of a full name ("Bent High"), one person
   spelled two ways ("Sergei/Sergey Lavrov").
2. Full names: the person's given name followed by other words where the surname belongs ("Pablo
   Churches", "Isabel Days Ayuso", "Ursula from the Leyen"), and translated particles before the
   rest of a surname ("From the Leyen said"). An accepted full name makes its words an alias.
3. Words: each capitalised word (and a caption's lead-in in capitals) that may stand for a person's
   name, read by its spelling, an alias, the lexicon or the rest of the name after it, with its slot.
4. In a translated copy, ordinary words used as names for the one person the copy never calls by
   surname alone (the silent reading).
5. Words again, with the aliases passes 3 and 4 established.

Every candidate and its decision are kept in the Report, for the record's reasons and `explain`.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice, product

from republished.cleaning.compact import has_word_list, written_in_latin_letters, zipf_frequency
from republished.cleaning.draft import Draft
from republished.cleaning.frequency import english_zipf_at_least
from republished.cleaning.names.config import NamesConfig, Person, reachable
from republished.cleaning.names.decide import Decision, decide
from republished.cleaning.names.evidence import Candidate, Evidence, EvidenceKind, Reading, Role
from republished.cleaning.names.people import (
    ARTICLE_FIELDS,
    DETERMINER_BEFORE,
    EVIDENCE_ONLY,
    LOCATIVE_BEFORE,
    NEXT_NAME,
    Anchor,
    ArticlePeople,
    Token,
    Unit,
    at_home,
    ends_with_a_comma,
    native,
)
from republished.cleaning.names.slots import FUNCTION_WORD_ZIPF, Slot, Slots
from republished.cleaning.names.words import (
    common_prefix,
    fold_diacritics,
    is_given_name,
    is_ordinary_word,
    is_patronymic,
    lookalike,
    plausible_rendering,
    same_spelling_family,
    similarity,
    skeleton,
)
from republished.cleaning.stages.captions import LEAD_IN

#: Where a sentence ends: a full stop, question or exclamation mark before a space or the end.
SENTENCE_END_MARK = re.compile(r"[.!?](?:\s|$)")
WORD = re.compile(r"\S+")
#: What follows a surname without being one ("Patrick Carlineo Jr").
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
#: Words English capitalises as names of days and months, which engines write for surnames
#: ("Andrej Friday" for Slovenian Petek): renderings after a given name, like ordinary words.
CALENDAR_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July"
    " August September October November December".split()
)
#: A relative named after the person: "her sister Maria Koleva" is another Koleva, not a
#: translated given name.
KINSHIP_WORDS = frozenset(
    "son daughter wife husband sister brother mother father child grandson granddaughter grandmother"
    " grandfather nephew niece cousin uncle aunt widow widower partner twin stepson stepdaughter".split()
)
#: A romanised Chinese or Korean given name, two syllables joined by a hyphen ("Mei-ling",
#: "Min-ho"); a double-barrelled surname capitalises both parts ("Smith-Jones").
ROMANISED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")
#: A word that ends a sentence or opens a quote: what follows starts afresh.
SENTENCE_BREAK = re.compile(r"[.!?:;–—\"“«]$")
#: Punctuation a name may carry at its end ("Churches,", "Churches’s").
TRAILING = re.compile(r"(?:[’']s?|[,.;:!?)”\"»])+$")
#: A caption whose lead-in is followed by a personal pronoun: the caption is about the person shown.
PERSON_CAPTION = re.compile(r"^[^:]{1,60}:\s+(?:He|She|His|Her)\b")
#: The person's own surname, only spelled otherwise: the same sentence may name the person too.
SPELLINGS_OF_THE_NAME = {EvidenceKind.DIACRITICS, EvidenceKind.INFLECTION}
#: Where a given name is followed by other words, they may be rarer English words ("Beata Awl").
RARE_WORD_ZIPF = 1.5
#: Readings whose identity does not need the slot's help: a sentence's opening subject is enough.
OPENING_READINGS = {
    EvidenceKind.SPELLING_STRONG,
    EvidenceKind.ALIAS,
    EvidenceKind.LEXICON,
    EvidenceKind.SILENT,
    EvidenceKind.PARTICLES,
    EvidenceKind.SUFFIX,
}
#: Readings that take a source language's word for a name: the source language's evidence applies.
TRANSLATION_READINGS = {
    EvidenceKind.ALIGNMENT,
    EvidenceKind.LEXICON,
    EvidenceKind.SILENT,
    EvidenceKind.PARTICLES,
}

#: Readings that say an engine translated a name into words ("Lotus Rao", "Bent High"): no human
#: translator does, so such a repair tells of a machine.
TRANSLATED_NAME_READINGS = TRANSLATION_READINGS | {EvidenceKind.GAZETTEER, EvidenceKind.GAZETTEER_NAME}

#: Spelling readings whose repairs establish an alias in a translated copy: the engine's rendering
#: of the name ("Debut" for Debiut), repaired then wherever it stands for the person.
ALIAS_SPELLINGS = {EvidenceKind.SPELLING_STRONG, EvidenceKind.SPELLING_CLOSE}


#: What may stand before a sentence's first word: a full stop, a colon, a dash, a quote, a bracket.
SENTENCE_OPENS = re.compile(r"[.!?:;–—\-\"“”«(\[•*]$")
#: Where the page names an anchor, for the reasons.
PAGE_PLACES = {
    "beside": "beside the text only",
    "text": "in the text too",
    "around": "elsewhere on the page, outside the article",
}


#: The page's given name is no English word when English writes it less often than this (Zipf):
#: "Rosario" and "Dolores" (3.0), which English writes for the city and the name, are names here;
#: "Maria", "Grace" and "Hope" (4.0 and more) are words too, and may be a relative's own name.
GIVEN_NAME_NO_WORD_ZIPF = 3.5


def _sentence_case(title: str) -> bool:
    """A title that writes its words in small letters, but names (not "Unpredictable Sondland
    Faces Questions"): a capital inside it is a name's."""
    words = [w for w in title.split() if w[:1].isalpha()]
    return sum(w[:1].islower() for w in words) * 3 >= len(words)


@dataclass
class Repair:
    unit: Unit
    start: int
    end: int
    replacement: str
    reason: str
    #: The words stood for a name an engine translated (not a misspelling): a sign of a machine.
    translated: bool = False


@dataclass
class Report:
    """What the engine found in one article: every candidate with its decision, and the repairs."""

    view: ArticlePeople
    decisions: list[tuple[Candidate, Decision]] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)

    def taken(self, unit: Unit, start: int, end: int) -> bool:
        return any(r.unit is unit and r.start < end and start < r.end for r in self.repairs)


def _same_case(replacement: str, written: str) -> str:
    """The replacement capitalised as the words it replaces ("VON DER" for "FROM THE")."""
    letters = [c for c in written if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if written[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class NameEngine:
    def __init__(self, config: NamesConfig):
        self.config = config
        self.renderings: dict[str, tuple[Person, str]] = {}
        for person in config.people:
            for rendering in person.renderings:
                target = person.name if len(rendering.split()) > 1 else person.tokens[-1]
                self.renderings[rendering] = (person, target)

    # -- the passes -------------------------------------------------------------

    def run(self, draft: Draft) -> Report:
        view = ArticlePeople.analyse(draft, self.config)
        report = Report(view)
        for candidate in self._gazetteer_names(view) + self._variants(view):
            self._settle(report, candidate, whole_name=True)
        slots = Slots(self.config, view)
        full = self._aligned(view) if self._possible(view, EvidenceKind.ALIGNMENT, lexicon=True) else []
        if self._possible(view, EvidenceKind.PARTICLES):
            full += self._particle_forms(view, slots)
        for candidate in sorted(full, key=lambda c: (c.unit.field, c.unit.index or 0, c.start)):
            decision = self._settle(report, candidate)
            if decision is not None and decision.repair:
                self._remember_alias(view, candidate, decision, "the full name")
                view.exclude.update(
                    (id(run.unit), run.start, run.end)
                    for run in view.runs
                    if run.unit is candidate.unit and run.start < candidate.end and candidate.start < run.end
                )
        before = set(view.aliases)
        for candidate in self._alias_phrases(view, slots, report) + self._words(view, slots, report):
            decision = self._settle(report, candidate)
            if (
                decision is not None
                and decision.repair
                and (
                    decision.best.reading.kind in TRANSLATION_READINGS
                    or (view.source_language and decision.best.reading.kind in ALIAS_SPELLINGS)
                )
            ):
                self._remember_alias(view, candidate, decision, "a repair")
        if view.source_language:
            for candidate in self._silent(view, slots, report):
                decision = self._settle(report, candidate)
                if decision is not None and decision.repair:
                    self._remember_alias(view, candidate, decision, "a repair")
        new = set(view.aliases) - before
        if new:
            words = {words[0] for words in new if len(words) == 1}
            for candidate in self._words(view, slots, report, only=words) + self._alias_phrases(
                view, slots, report, only=new
            ):
                self._settle(report, candidate)
        return report

    def _possible(self, view: ArticlePeople, kind: EvidenceKind, lexicon: bool = False) -> bool:
        """Whether a reading of this kind can reach the threshold in this article: in a copy with no
        known source language there is no `translated` evidence (nor lexicon evidence where the
        lexicon translates none of the article's people's names)."""
        key = (kind, lexicon)
        if key not in view.possible:
            absent = set()
            if not view.source_language:
                absent.add(EvidenceKind.TRANSLATED.key)
            if lexicon and not self._lexicon_index(view):
                absent.add(EvidenceKind.LEXICON.key)
            view.possible[key] = reachable(self.config.weights, kind.key, absent)
        return view.possible[key]

    def _settle(self, report: Report, candidate: Candidate, whole_name: bool = False) -> Decision | None:
        if candidate.unit.field in EVIDENCE_ONLY or report.taken(
            candidate.unit, candidate.start, candidate.end
        ):
            return None
        decision = decide(candidate, self.config.weights)
        report.decisions.append((candidate, decision))
        if decision.repair:
            reading = decision.best.reading
            report.repairs.append(
                Repair(
                    candidate.unit,
                    candidate.start,
                    candidate.end,
                    reading.target,
                    self._reason(candidate, decision),
                    reading.kind in TRANSLATED_NAME_READINGS,
                )
            )
            if whole_name:
                report.view.exclude.add((id(candidate.unit), candidate.start, candidate.end))
        return decision

    @staticmethod
    def _reason(candidate: Candidate, decision: Decision) -> str:
        scored = decision.best
        reading = scored.reading
        parts = [str(reading.identity)]
        parts += [str(e) for e in reading.evidence if e.kind.role is Role.SUPPORT and e.detail]
        text = f"{candidate.text!r} → {reading.target!r}: " + "; ".join(parts)
        if reading.slot is not None:
            slot, detail = reading.slot
            text += f"; the word stands in a name slot ({slot.description}{' ' + detail if detail else ''})"
        return text + f" [evidence {scored.score:.2f}]"

    @staticmethod
    def _remember_alias(view: ArticlePeople, candidate: Candidate, decision: Decision, how: str) -> None:
        reading = decision.best.reading
        words = tuple(w.casefold() for w in candidate.text.split())
        particles = view.config.particle_renderings
        if all(w in particles for w in words):
            return  # "from the" alone is everywhere: particles stay tied to the rest of the name
        anchor = next((a for a in view.translation_anchors.values() if a.full == reading.person), None)
        if anchor is not None and words not in view.aliases:
            # The person's own spelling, whatever the case of this repair ("VAN DER PLAS" → "van der Plas").
            spelling = {w.casefold(): w for w in anchor.words}
            target = " ".join(spelling.get(w.casefold(), w) for w in reading.target.split())
            view.aliases[words] = (anchor, target, f"{how} {candidate.text!r} → {reading.target!r}")

    # -- pass 1: whole names -----------------------------------------------------

    def _gazetteer_names(self, view: ArticlePeople) -> list[Candidate]:
        """Full names the gazetteer knows as renderings ("Bent High"): first name plus gazetteer agree."""
        found = []
        for run in view.runs:
            known = self.renderings.get(run.text)
            if known and len(run.tokens) > 1:
                person, target = known
                evidence = Evidence(
                    EvidenceKind.GAZETTEER_NAME,
                    f"the gazetteer lists {run.text!r} as a rendering of {person.name!r}, and it stands as a "
                    f"full name after the first name {run.tokens[0].text!r}",
                )
                found.append(
                    Candidate(run.unit, run.start, run.end, [Reading(evidence, target, person.name)])
                )
        return found

    def _canonical(self, spellings: Counter) -> tuple[str, str] | None:
        for person in self.config.people:
            if person.name in spellings or any(v in spellings for v in person.variants):
                return person.name, "the gazetteer's spelling"
        proper = Counter({f: n for f, n in spellings.items() if not is_ordinary_word(f.split()[-1])})
        ranked = (proper or spellings).most_common()
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        total = sum(spellings.values())
        return ranked[0][0], f"the most frequent full form ({ranked[0][1]} of {total})"

    def _variants(self, view: ArticlePeople) -> list[Candidate]:
        """One person's name spelled two ways. Only people: products and places keep their
        spellings, and a difference of capitals alone ("Airpods"/"AirPods") is no translation artifact."""
        families: dict[tuple[str, ...], Counter] = {}
        for form, count in view.forms.items():
            families.setdefault(tuple(skeleton(w) for w in form.split()), Counter())[form] += count
        found = []
        for spellings in families.values():
            if len(spellings) < 2 or not view.people.intersection(spellings):
                continue
            if len({form.casefold() for form in spellings}) < len(spellings):
                continue
            chosen = self._canonical(spellings)
            if chosen is None:
                continue
            canonical, why = chosen
            for run in view.runs:
                if run.text in spellings and run.text != canonical:
                    evidence = Evidence(
                        EvidenceKind.VARIANT, f"one person spelled two ways in this article; {why}"
                    )
                    found.append(
                        Candidate(run.unit, run.start, run.end, [Reading(evidence, canonical, canonical)])
                    )
        return found

    # -- pass 2: full names --------------------------------------------------------

    def _rendering_words(self, words: list[str], anchor_part: tuple[str, ...]) -> bool:
        """Words an engine may have written for part of a name: ordinary English words, and
        translated particles where the name has particles."""
        particles = self.config.particle_renderings
        has_particles = any(w.casefold() in self.config.particles for w in anchor_part)
        for word in words:
            if word.casefold() in particles and (has_particles or word[:1].isupper()):
                continue
            if word[:1].isupper() and (is_ordinary_word(word, RARE_WORD_ZIPF) or word in CALENDAR_WORDS):
                continue
            return False
        return True

    def _aligned(self, view: ArticlePeople) -> list[Candidate]:
        """The person's given name followed by other words where the rest of the name belongs."""
        candidates: dict[tuple[int, int, int], Candidate] = {}
        particles = self.config.particle_renderings
        for anchor in view.translation_anchors.values():
            name = anchor.words
            if len(name) < 2:
                continue
            # A name that opens with a place the article writes ("in Esbjerg") and is no person's is
            # an organisation's: "Esbjerg Havn" (the port, credited for a photo) is not what an
            # engine made "Esbjerg Municipality" of.
            if not view.is_person(anchor) and view.used_as_place(name[0]):
                continue
            for unit, token in view.places.get(name[0], ()):
                found = self._align(unit, token, name, particles, view.source_language)
                if found is None or self._feature_follows(unit, found[1]):
                    continue
                start, end, written, right = found
                reading = Reading(
                    Evidence(
                        EvidenceKind.ALIGNMENT,
                        f"{view.who_names(anchor.full)} names {anchor.full!r} elsewhere; here {name[0]!r} is followed by "
                        f"{' '.join(written)!r} where {' '.join(right)!r} belongs",
                    ),
                    _same_case(" ".join(right), unit.text[start:end]),
                    anchor.full,
                    (Slot.FULL_NAME, f"after {unit.text[token.start : start].strip()!r}"),
                    self._translation_evidence(view, written, right, self._lexicon_languages(view, anchor)),
                )
                if anchor in view.silent:
                    reading.evidence.append(Evidence(EvidenceKind.NEVER_ALONE, ""))
                if not view.is_person(anchor):
                    reading.evidence.append(Evidence(EvidenceKind.NO_DEED, ""))
                reading.evidence += self._another_person(view, unit, token, start, end, anchor)
                key = (id(unit), start, end)
                candidates.setdefault(key, Candidate(unit, start, end)).readings.append(reading)
            # The page's own spelling of the given name is the evidence: without a known source
            # language, the lexicon is read in every language it holds ("Dawn Bautista" beside
            # "Liwayway Bautista": Tagalog liwayway is dawn), as for a name around the article.
            beside = view.beside_only(anchor)
            self._given_name_readings(
                view, anchor, "beside" if beside else "text", candidates, view.lexicon_languages
            )
        for anchor in view.names_around:
            if view.translation_anchors.get(anchor.surname) != anchor:
                self._given_name_readings(view, anchor, "around", candidates, view.lexicon_languages)
        for anchor in view.given_names_spelled:
            if view.translation_anchors.get(anchor.surname) != anchor and anchor not in view.names_around:
                where = "beside" if view.beside_only(anchor) else "around"
                self._given_name_readings(view, anchor, where, candidates, view.lexicon_languages)
        return list(candidates.values())

    def _given_name_readings(
        self,
        view: ArticlePeople,
        anchor: Anchor,
        where: str,
        candidates: dict[tuple[int, int, int], Candidate],
        languages: list[str] | None = None,
    ) -> None:
        """Readings of ordinary words written where the anchor's given name belongs, before the
        rest of the name. `where` the page names the anchor: "beside" the text only (a caption, a
        tag), in the "text" too, or only "around" the article (a comment, a sidebar): outside the
        first, only a word no one is named reads as the given name. `languages` the lexicon is
        read in, where not the source language's."""
        name = anchor.words
        places = []
        for unit, token in view.places.get(name[1], ()):
            found = self._given_name_before(unit, token, name)
            if found is None or self._feature_follows(unit, token.start + len(" ".join(name[1:]))):
                continue
            places.append((unit, token, *found))
        # A word capitalised inside a sentence somewhere, where a person's name stands, is a name
        # wherever it stands before the surname, a sentence's first word too ("…, Pride Mammadov,
        # said"; "Pride Mammadov added"); "drafted by Team Zelensky" names no one there.
        surname_chars = len(" ".join(name[1:]))
        # So is one the article writes alone where a person stands, inside a sentence ("Moon
        # Kristjánsson, head of …" opening one, then "according to Moon").
        capitalised = {
            written
            for unit, _, start, _, written in places
            if self._inside_a_sentence(unit, start)
            or any(
                u.field in ARTICLE_FIELDS
                and self._inside_a_sentence(u, t.start)
                and not NEXT_NAME.match(u.text, t.end)
                and view.person_stands(u, t.start, t.end)
                for u, t in view.places.get(written, ())
            )
        }
        inside = {
            written
            for unit, token, start, _, written in places
            if written in capitalised and view.person_stands(unit, start, token.start + surname_chars)
        }
        # In the text, the engine renders the person where the text first names them and leaves
        # the name later; English introduces the full name first and then writes "Doctor Okafor".
        # (A title keeps the original's spelling more often: the text's order counts, and a name
        # the title spells but the text never does is rendered wherever the text has it.)
        anchor_first = view.first_place(anchor.full, ("text",))
        for unit, token, start, end, written in places:
            # In the text too, the person is one the article treats as a person, and the word no
            # part of the name ("Kylie" beside "Coty-Kylie Jenner").
            no_ones_name = (
                written in inside
                and self._no_ones_name(view, written, name)
                and (
                    where != "text"
                    or (
                        view.is_person(anchor)
                        and written not in name[0]
                        and (anchor_first is None or (view.unit_order[id(unit)], start) < anchor_first)
                        # Introduced in apposition ("The council member, Ahmed Waheed, said"), the
                        # anchor is a person of the text's own; an engine's leftover is named bare.
                        and not view.in_apposition(anchor.full)
                    )
                )
            )
            translation = self._translation_evidence(view, [written], name[:1], languages)
            # Around the article, only a word no one is named, or one the lexicon gives for the
            # page's given name ("Faith" for Russian Vera), reads as the person's given name; and
            # only where a sentence does not capitalise it for its place ("Lotus Rao said …" opening one).
            # The lexicon's word needs no speech or role around it ("… of the community Jewel
            # Petrosyan" beside "Gohar Petrosyan": Armenian gohar is jewel).
            lexicon_says = any(e.kind is EvidenceKind.LEXICON for e in translation) and written in capitalised
            if not no_ones_name and where != "beside" and not lexicon_says:
                continue
            # A given name is a relative's own ("Maria Koleva" beside Nadezhda Koleva) unless
            # the lexicon gives it for the person's; a word no one is named is a translation
            # ("Hope Koleva").
            if is_given_name(written) and not any(e.kind is EvidenceKind.LEXICON for e in translation):
                continue
            if no_ones_name:
                translation.append(
                    Evidence(
                        EvidenceKind.NO_ONES_NAME,
                        f"{written!r} is an English word no one is named, capitalised inside a sentence;"
                        f" the page writes {name[0]!r}, no English word",
                    )
                )
            reading = Reading(
                Evidence(
                    EvidenceKind.ALIGNMENT,
                    f"the page names {anchor.full!r} {PAGE_PLACES[where]}; here {written!r} stands "
                    f"before {' '.join(name[1:])!r} where {name[0]!r} belongs",
                ),
                _same_case(name[0], written),
                anchor.full,
                (Slot.FULL_NAME, f"before {' '.join(name[1:])!r}"),
                translation,
            )
            # No one introduced by a word no one is named is another person of the article.
            reading.evidence += self._another_person(
                view, unit, token, start, end, anchor, introduced=not no_ones_name
            )
            key = (id(unit), start, end)
            candidates.setdefault(key, Candidate(unit, start, end)).readings.append(reading)

    def _inside_a_sentence(self, unit: Unit, start: int) -> bool:
        """The word is capitalised for itself, not for its place: neither a sentence's first word
        (after a title's abbreviation, "Dr. Gem", or a quote closed with a comma, "…,” Snowflake
        Kleist said", it is not) nor a word of a title in title case."""
        before = unit.text[:start].rstrip()
        attribution = ends_with_a_comma(before)
        if not before or (
            not attribution
            and SENTENCE_OPENS.search(before)
            and not self.config.title_abbreviation.search(before)
        ):
            return False
        return unit.field != "title" or _sentence_case(unit.text)

    def _no_ones_name(self, view: ArticlePeople, written: str, name: tuple[str, ...]) -> bool:
        """An English word no one is named, before a surname English gives no one as a given name
        and uses for no place in this article, where the page writes a given name that is no
        English word: what an engine makes of a given name it translates ("Lotus Rao" for Padma
        Rao)."""
        return (
            written not in self.config.word_given_names
            and not is_ordinary_word(name[0], GIVEN_NAME_NO_WORD_ZIPF)
            and not is_given_name(name[-1])
            and not view.used_as_place(name[-1])
        )

    def _feature_follows(self, unit: Unit, end: int) -> bool:
        """The words name a place: a feature noun follows them ("at Phu An station", beside "the
        wards of Binh Dong, Phu Dinh")."""
        after = unit.text[end:].split(None, 1)
        return bool(after) and TRAILING.sub("", after[0]).casefold() in self.config.feature_nouns

    def _given_name_before(self, unit: Unit, token: Token, name: tuple[str, ...]):
        """(start, end, word) of an ordinary English word written where the given name belongs,
        before the rest of the person's name ("Engineer Hope Abdel Hamid" for Amal Abdel Hamid), or
        None. One word for one: a title word is the person's title, and a capitalised word before
        it makes the words another name."""
        rest = [w.group() for w in islice(WORD.finditer(unit.text, token.start), len(name) - 1)]
        if [TRAILING.sub("", w) or w for w in rest] != list(name[1:]) or any(
            TRAILING.search(w) for w in rest[:-1]
        ):
            return None
        if rest[-1] == TRAILING.sub("", rest[-1]) and self._name_goes_on(
            unit.text, token.start + len(" ".join(rest)), frozenset()
        ):
            return None
        before = unit.text[: token.start]
        written = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
        if not before.endswith(" ") or before[:-1].endswith(" ") or not written.isalpha():
            return None
        config = self.config
        if (
            written == name[0]
            or not written[:1].isupper()
            or written.casefold() in config.title_words
            or written.casefold() in config.role_words
            or written.casefold() in config.feature_nouns
            or written.casefold() in KINSHIP_WORDS
            or written in config.honorifics
            or written.casefold() in config.particle_renderings
            or not self._rendering_words([written], name[:1])
        ):
            return None
        start = token.start - 1 - len(written)
        previous = unit.word_before(start)
        # "her sister Maria Koleva", "Her mother, Mere Tamihana,"
        if TRAILING.sub("", previous).casefold() in KINSHIP_WORDS:
            return None
        if (
            previous[:1].isupper()
            and TRAILING.sub("", previous) == previous
            and previous.casefold() not in config.title_words
            and previous.casefold() not in config.role_words
            and previous not in config.honorifics
        ):
            return None
        return start, start + len(written), written

    def _align(
        self, unit: Unit, token: Token, name: tuple[str, ...], particles: frozenset[str], language: str | None
    ):
        """(start, end, written words, the name's words) where the words after the given name differ
        from the name's, or None. Two words stand for one of the name's only where the source
        language's lexicon gives them for it ("Pear Tree" for Pereira)."""
        words = list(islice(WORD.finditer(unit.text, token.start), len(name) + 2))
        texts = [w.group() for w in words]
        # Particles may carry a name on only where the person's name has them ("King from the
        # Federation" ends Tomasz Król's name; "from the Leyen" goes on).
        own_particles = particles if any(w.casefold() in self.config.particles for w in name) else frozenset()
        for k in range(2, len(texts) + 1):
            last = TRAILING.sub("", texts[k - 1]) or texts[k - 1]
            mention = [*texts[: k - 1], last]
            if any(TRAILING.search(t) for t in texts[: k - 1]):
                return None
            prefix = 0
            while prefix < min(k, len(name)) and mention[prefix] == name[prefix]:
                prefix += 1
            suffix = 0
            while (
                suffix < min(k, len(name)) - prefix
                and mention[k - 1 - suffix] == name[len(name) - 1 - suffix]
            ):
                suffix += 1
            written, right = mention[prefix : k - suffix], name[prefix : len(name) - suffix]
            if prefix < 1 or not written or not right:
                continue
            if last == texts[k - 1] and self._name_goes_on(unit.text, words[k - 1].end(), own_particles):
                continue  # not where the name ends
            if not self._rendering_words(written, right):
                continue
            if all(w.casefold() in particles for w in written) and any(
                w.casefold() not in self.config.particles for w in right
            ):
                continue  # "from" alone is no rendering of "van der Genoeg": the name goes on after it
            if (
                len(written) != len(right)
                and not any(w.casefold() in self.config.particles for w in right)
                and not self._translated_into_words(written, right, language)
            ):
                continue  # a word of a name becomes one word: "Music Unlimited" is no rendering of "Alexa"
            start = words[prefix].start()
            end = words[k - 1 - suffix].start() + len(mention[k - 1 - suffix])
            if not suffix and last == texts[k - 1] and k < len(texts):
                # The rendering may go on in small letters: "Anna Bird cherry" for Anna Hägg
                # (Swedish hägg is bird cherry) is replaced whole, not as "Anna Hägg cherry".
                following = TRAILING.sub("", texts[k]) or texts[k]
                if following.islower() and self._translated_into_words(
                    [*written, following], right, language
                ):
                    written, end = [*written, following], words[k].start() + len(following)
            return start, end, written, right
        return None

    def _translated_into_words(
        self, written: list[str], right: tuple[str, ...], language: str | None
    ) -> bool:
        """One name word the source language's lexicon (any source language's, the page's being
        unknown) renders as the words written ("Pear Tree", "Olive Tree" for Oliveira, "Bird
        cherry" for Hägg)."""
        languages = [language] if language else list(self.config.source_languages)
        return (
            len(right) == 1
            and len(written) == 2
            and self.config.lexicon.renders(languages, right[0], " ".join(written)) is not None
        )

    def _another_person(
        self,
        view: ArticlePeople,
        unit: Unit,
        token: Token,
        start: int,
        end: int,
        anchor: Anchor,
        introduced: bool = True,
    ):
        """Evidence that the full name as written is someone else: its words are at home in the
        source language ("Karianne Tung" beside "Karianne Nilsen": "tung" is Norwegian), or the
        person's own full name stands more than once, so the engine left it alone; and unless
        `introduced` is False, that the article introduces the name as written first."""
        written = unit.text[start:end]
        evidence = []
        language = view.source_language
        if language and any(
            native(word, language, self.config.native_gap)
            for word in written.split()
            if word.casefold() not in self.config.particle_renderings
        ):
            evidence.append(Evidence(EvidenceKind.OTHER_PERSON, f"{written!r} is a word of {language}"))
        if view.forms[anchor.full] >= 2:
            evidence.append(Evidence(EvidenceKind.RECURRING_ANCHOR, f"{anchor.full!r} stands more than once"))
        full = unit.text[token.start : end]
        # Unless the lexicon says the engine writes what stands for the anchor's surname ("Eirik
        # Bay" first, "Eirik Vik" later: Norwegian "vik" is a bay): one person in two spellings.
        # With the source language unknown, any source language's lexicon ("Maria Salmon", then
        # "Maria Lax": Swedish "lax" is salmon).
        languages = self._lexicon_languages(view, anchor)
        rendered = self.config.lexicon.renders(languages, anchor.surname, written)
        if introduced and not rendered and view.introduced_first(full, anchor):
            evidence.append(
                Evidence(EvidenceKind.OTHER_PERSON, f"the article introduces {full!r} before {anchor.full!r}")
            )
        return evidence

    def _lexicon_languages(self, view: ArticlePeople, anchor: Anchor) -> list[str]:
        """The languages the lexicon is read in for the anchor: every one it holds for a name only
        the page around the article spells (the spelling is the evidence), else the source
        language, or the usual source languages."""
        if anchor.full in view.spelled_around:
            return view.lexicon_languages
        language = view.source_language
        return [language] if language else list(self.config.source_languages)

    @staticmethod
    def _name_goes_on(text: str, end: int, particles: frozenset[str]) -> bool:
        """A capitalised word follows, maybe after translated particles ("from the Leyen")."""
        for match in WORD.finditer(text, end):
            word = match.group()
            if word[:1].isupper():
                return True
            if word.casefold() not in particles:
                return False
        return False

    def _translation_evidence(
        self,
        view: ArticlePeople,
        written: list[str],
        right: tuple[str, ...],
        languages: list[str] | None = None,
    ) -> list[Evidence]:
        """What the source language says about words written where a name's words belong."""
        evidence = []
        config = self.config
        language = view.source_language
        if language:
            evidence.append(Evidence(EvidenceKind.TRANSLATED, ""))
        languages = languages or ([language] if language else list(config.source_languages))
        names = [w for w in right if w.casefold() not in config.particles]
        plain = [w for w in written if w.casefold() not in config.particle_renderings]
        pairs = list(product(names, plain))
        if len(names) == 1 and len(plain) == 2:
            pairs.append((names[0], " ".join(plain)))  # "Pear Tree" for Pereira
        translated = None
        for name_word, word in pairs:
            found = config.lexicon.renders(languages, name_word, word)
            if found:
                evidence.append(
                    Evidence(EvidenceKind.LEXICON, f"{word!r} translates {name_word!r} ({found})")
                )
                translated = name_word
                break
        if len(names) == 1 and len(plain) == 1 and lookalike(plain[0], names[0], config.min_similarity):
            evidence.append(Evidence(EvidenceKind.SPELLING, f"{plain[0]!r} is spelled like {names[0]!r}"))
        if language:
            evidence += self._not_source_words(names, language)
            # A word the lexicon translates is the source language's, whatever English makes of it
            # ("Lax", Swedish for salmon).
            english = [
                w
                for w in names
                if w != translated and is_ordinary_word(w) and not native(w, language, config.native_gap)
            ]
            if english:
                evidence.append(
                    Evidence(
                        EvidenceKind.ENGLISH_NAME_WORD, f"{english[0]!r} is English: nothing to translate"
                    )
                )
            for name_word in names:
                gap = zipf_frequency(name_word, language) - zipf_frequency(name_word, "en")
                if gap >= config.word_gap:
                    evidence.append(
                        Evidence(EvidenceKind.SOURCE_WORD, f"{name_word!r} is a word of {language}")
                    )
                    break
            for word in plain:
                if at_home(word, language, config.at_home_gap):
                    evidence.append(Evidence(EvidenceKind.AT_HOME, f"{word!r} is used in {language} too"))
                    break
        return evidence

    def _not_source_words(self, names, language: str) -> list[Evidence]:
        """A name word the source language hardly uses is no word of it, nor is a surname by its form
        ("Larsson"): nothing an engine would translate ("Stafford" in a Norwegian copy)."""
        rare = [
            Evidence(EvidenceKind.NOT_A_SOURCE_WORD, f"{word!r} is rare in {language}")
            for word in names
            if zipf_frequency(word, language) < self.config.source_min_zipf
            and has_word_list(language)
            and written_in_latin_letters(language)
        ]
        surnames = [
            Evidence(EvidenceKind.SURNAME_FORM, f"{word!r} is a surname by its form")
            for word in names
            if self.config.surname_form.match(fold_diacritics(word))
        ]
        return rare[:1] + surnames[:1]

    def _particle_forms(self, view: ArticlePeople, slots: Slots) -> list[Candidate]:
        """Translated particles before the rest of a person's surname ("From the Leyen said")."""
        found = []
        particles = self.config.particles
        for anchor in view.translation_anchors.values():
            name = anchor.words
            if len(name) < 3:
                continue  # a given name, particles and the rest: three words at least
            start = next((i for i, w in enumerate(name) if i and w.casefold() in particles), None)
            if start is None:
                continue
            end = start
            while end < len(name) and name[end].casefold() in self.config.particles:
                end += 1
            own, rest = name[start:end], " ".join(name[end:])
            if not rest:
                continue
            options = self.config.particle_options(own)
            pattern = re.compile(
                r"(?<![\w’'-])(?P<p>(?:[A-Za-z]+ ){1,4})(?=" + re.escape(rest) + r"\b)", re.IGNORECASE
            )
            for unit in view.units:
                for match in pattern.finditer(unit.text):
                    written = match.group("p").strip()
                    for cut in range(len(written.split())):
                        tail = " ".join(written.split()[cut:])
                        if tail.casefold() in options and tail.casefold() != " ".join(own).casefold():
                            break
                    else:
                        continue
                    begin = match.start("p") + len(" ".join(written.split()[:cut])) + (1 if cut else 0)
                    before = unit.text[:begin].rstrip().split()
                    if before and before[-1] == name[0]:
                        continue  # after the given name: a full name, pass 2's alignment
                    finish = begin + len(tail)
                    slot = slots.find(
                        unit, begin, finish + 1 + len(rest), anchor.surname, strong_opening=True
                    )
                    evidence = [Evidence(EvidenceKind.TRANSLATED, "")] if view.source_language else []
                    reading = Reading(
                        Evidence(
                            EvidenceKind.PARTICLES,
                            f"{tail!r} before {rest!r}: the particles {' '.join(own)!r} of {anchor.full!r} translated",
                        ),
                        _same_case(" ".join(own), tail),
                        anchor.full,
                        slot,
                        evidence if slot else [*evidence, Evidence(EvidenceKind.NO_SLOT, "")],
                    )
                    found.append(Candidate(unit, begin, finish, [reading]))
        return found

    # -- passes 3 and 4: words ---------------------------------------------------------

    def _spelling(self, view: ArticlePeople, word: str) -> tuple[str, Evidence] | None:
        """Which surname the spelling says the word stands for, with evidence of its strength; None
        when unknown or ambiguous (two surnames as close, or the gazetteer and the spelling disagree)."""
        config = self.config
        found: dict[str, list[str]] = {}
        from_gazetteer = False
        anchors = view.anchors
        if word in self.renderings:
            person, target = self.renderings[word]
            if any(part in form.split() for form in view.forms for part in person.tokens):
                found.setdefault(target, []).append(
                    f"the gazetteer lists {word!r} as a rendering of {person.name!r}"
                )
                from_gazetteer = True
        matches = []
        initial = skeleton(word)[:1]
        for surname, anchor in anchors.items():
            # Every relation a rendering can have shares the first letter, at least in its skeleton.
            if surname[0] != word[0] and skeleton(surname)[:1] != initial:
                continue
            if surname != word and lookalike(word, surname, config.min_similarity):
                matches.append((similarity(surname, word), surname, anchor.full))
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
                or same_spelling_family(word, surname)
                or (score >= 0.9 and common_prefix(word, surname) >= 4)
            ):
                kind = EvidenceKind.SPELLING_STRONG
            elif plausible_rendering(word, surname, config.min_similarity):
                kind = EvidenceKind.SPELLING_CLOSE
            elif is_patronymic(word):
                return None  # "Mr. Rogers" in an article on Julia Roberts: another person, not a rendering
            else:
                kind = EvidenceKind.SPELLING_LOOKALIKE
        else:
            kind = (
                EvidenceKind.GAZETTEER
                if from_gazetteer and is_ordinary_word(word)
                else EvidenceKind.SPELLING_STRONG
            )
        if len(found) != 1:
            return None
        ((target, evidence),) = found.items()
        return target, Evidence(kind, " and ".join(evidence))

    def _person_of(self, view: ArticlePeople, surname: str) -> str:
        anchor = view.anchors.get(surname)
        return anchor.full if anchor else surname

    def _continues(self, view: ArticlePeople, unit: Unit, token: Token, anchor: Anchor, index: int) -> bool:
        """The capitalised word after the token is the name's next word ("Days Ayuso" for Díaz Ayuso)."""
        following = WORD.match(unit.text, token.end + 1)
        return bool(
            following
            and index + 1 < len(anchor.words)
            and TRAILING.sub("", following.group()) == anchor.words[index + 1]
        )

    def _words(
        self, view: ArticlePeople, slots: Slots, report: Report, only: set[str] | None = None
    ) -> list[Candidate]:
        """Candidates of single words; `only` limits them to these words (case-folded)."""
        candidates = []
        taken = {id(r.unit) for r in report.repairs}
        for unit in view.units:
            for token in self._word_tokens(unit):
                if only is not None and token.text.casefold() not in only:
                    continue
                if id(unit) in taken and report.taken(unit, token.start, token.end):
                    continue
                candidate = self._word(view, slots, unit, token)
                if candidate is not None:
                    candidates.append(candidate)
        return candidates

    @staticmethod
    def _word_tokens(unit: Unit) -> list[Token]:
        """Capitalised words, and the words of a caption's lead-in in capitals ("CHURCHES: …")."""
        lead = LEAD_IN.match(unit.text)
        end = lead.end("lead") if lead else 0
        return [t for t in unit.tokens if t.capitalised or (t.end <= end and len(t.text) > 1)]

    def _word(self, view: ArticlePeople, slots: Slots, unit: Unit, token: Token) -> Candidate | None:
        config = self.config
        caps = not token.capitalised
        word = token.text
        plain = word.capitalize() if caps else word
        ordinary = is_ordinary_word(plain)
        alias = view.aliases.get((word.casefold(),))
        if (
            plain in config.non_names
            and alias is None
            and english_zipf_at_least(word.casefold(), FUNCTION_WORD_ZIPF)
        ):
            return None  # "The", "But", "When": function words opening sentences, no one's surname
        known = not caps and (word in view.undiacritic or word in self.renderings or word in view.inflected)
        if not (ordinary or alias or known):
            # A rarer English word ("Awl") may be a translation, in a translated copy or where the
            # lexicon says so; any other proper noun is no spelling of a name the stage knows.
            translated = view.source_language and is_ordinary_word(plain, RARE_WORD_ZIPF)
            if not translated and word.casefold() not in self._lexicon_index(view):
                return None
        candidate = Candidate(unit, token.start, token.end)
        # A title stands before a name; a word the article established as a rendering of a
        # person's name ("Tomasz King" for Tomasz Król) is that name where no name follows it
        # and no article makes it a thing ("According to King, …", not "the King said").
        rendering = (
            alias is not None
            and not NEXT_NAME.match(unit.text, token.end)
            and not DETERMINER_BEFORE.search(unit.text, max(0, token.start - 8), token.start)
        )
        if word.casefold() in config.title_words and not rendering:
            candidate.against.append(Evidence(EvidenceKind.TITLE_WORD, ""))
        previous = unit.word_before(token.start)
        if previous in config.honorifics:
            candidate.against.append(Evidence(EvidenceKind.HONORIFIC, f"after {previous!r}"))
        if candidate.against:
            return candidate  # a title or a peer's name, whatever any reading says
        if not caps and not ordinary and word in view.undiacritic:
            accented = view.undiacritic[word]
            evidence = Evidence(
                EvidenceKind.DIACRITICS,
                f"the surname of {view.anchors[accented].full!r} without its diacritics; this article spells it with them",
            )
            candidate.readings.append(Reading(evidence, accented, view.anchors[accented].full))
            self._guards(view, unit, token, candidate, candidate.readings[0], None)
            return candidate
        if not caps and not ordinary and word in view.inflected:
            anchor = view.inflected[word]
            surname = anchor.surname
            evidence = Evidence(
                EvidenceKind.INFLECTION,
                f"the surname of {anchor.full!r} with a case ending of {view.source_language!r} left on it",
            )
            reading = Reading(evidence, surname, anchor.full)
            candidate.readings.append(reading)
            self._guards(view, unit, token, candidate, reading, self._index_in_anchor(view, reading))
            return candidate
        # A name of its own, or a word opening another name, stands for no one by its spelling alone
        # (only a translation of a person's name may end a run of that person's words).
        # A caption's lead-in in capitals ("PENINSULA: She arrives …") is read as the word it spells,
        # where the caption goes on about a person; "STORE: Customers queued …" is a label.
        own = plain in view.names_in_use or NEXT_NAME.match(unit.text, token.end)
        about_a_person = not caps or bool(PERSON_CAPTION.match(unit.text))
        if (ordinary or known) and not own and about_a_person:
            spelling = self._spelling(view, plain)
            if spelling is not None:
                target, evidence = spelling
                candidate.readings.append(
                    Reading(evidence, _same_case(target, word), self._person_of(view, target))
                )
        if alias is not None:
            anchor, target, how = alias
            reading = Reading(
                Evidence(EvidenceKind.ALIAS, f"the article writes {word!r} for {target!r} ({how})"),
                _same_case(target, word),
                anchor.full,
            )
            candidate.readings.append(reading)
        elif view.translation_anchors and plain not in config.non_names:
            candidate.readings += self._lexicon_readings(view, word)
            if self._possible(view, EvidenceKind.SUFFIX):
                candidate.readings += self._suffix_readings(view, unit, token)
        self._complete(view, slots, unit, token, candidate)
        # A capitalised word before it that is no title and none of the person's names makes the
        # word part of another name ("All Saints’ Day" beside "Pedro Nuno Santos").
        previous = unit.word_before(token.start)
        if (
            candidate.readings
            and previous[:1].isupper()
            and previous[-1:].isalpha()  # "Afterwards, Depose", "Gaiman, Waltz": no name goes on over a comma
            and previous.casefold() not in config.titles
            and not any(previous in reading.person.split() for reading in candidate.readings)
        ):
            candidate.against.append(Evidence(EvidenceKind.PART_OF_A_NAME, f"after {previous!r}"))
        return candidate if candidate.readings else None

    def _complete(
        self, view: ArticlePeople, slots: Slots, unit: Unit, token: Token, candidate: Candidate
    ) -> None:
        """Each reading's particles, evidence against, slot and support."""
        indices = [self._index_in_anchor(view, reading) for reading in candidate.readings]
        self._with_particles(unit, token, candidate, indices)
        for reading, index in zip(candidate.readings, indices, strict=True):
            self._guards(view, unit, token, candidate, reading, index)
            if reading.kind is EvidenceKind.DIACRITICS:
                continue
            end = self._rest_of_name(unit, token, index)
            if index is not None and index[1] < len(index[0].words) - 1 and end == token.end:
                reading.evidence.append(Evidence(EvidenceKind.MIDDLE_ALONE, ""))
            reading.slot = slots.find(
                unit,
                candidate.start,
                end,
                reading.target,
                strong_opening=reading.kind in OPENING_READINGS,
                established=reading.kind is EvidenceKind.ALIAS,
            )
            self._support(view, unit, token, reading)

    def _with_particles(self, unit: Unit, token: Token, candidate: Candidate, indices) -> None:
        """Where the person's particles come before the word and the text has their translation
        before it ("From Wait" for von Wartezeit), the candidate takes them in."""
        found = {}
        for n, index in enumerate(indices):
            if index is None:
                continue
            anchor, position = index
            first = position
            while first > 1 and anchor.words[first - 1].casefold() in self.config.particles:
                first -= 1
            own = anchor.words[first:position]
            if not own:
                continue
            options = self.config.particle_options(own)
            reach = max(0, token.start - 40)
            before = list(WORD.finditer(unit.text, reach, token.start))
            for size in range(1, min(4, len(before)) + 1):
                written = unit.text[before[-size].start() : token.start].strip()
                if written.casefold() in options:
                    found[n] = (before[-size].start(), _same_case(" ".join(own), written))
                    break
        if not found:
            return
        start = min(begin for begin, _ in found.values())
        for n, reading in enumerate(candidate.readings):
            if n in found and found[n][0] == start:
                reading.target = f"{found[n][1]} {reading.target}"
            else:
                reading.target = unit.text[start : token.start] + reading.target
        candidate.start = start

    @staticmethod
    def _rest_of_name(unit: Unit, token: Token, index: tuple[Anchor, int] | None) -> int:
        """Where the name the word belongs to ends: after the person's next words if the text goes on
        with them ("Days Ayuso said": the slot is read after "Ayuso")."""
        end = token.end
        if index is None:
            return end
        anchor, position = index
        for word in anchor.words[position + 1 :]:
            if unit.text[end : end + 1 + len(word)].casefold() == " " + word.casefold():
                end += 1 + len(word)
            else:
                break
        return end

    def _index_in_anchor(self, view: ArticlePeople, reading: Reading) -> tuple[Anchor, int] | None:
        anchor = next((a for a in view.translation_anchors.values() if a.full == reading.person), None)
        words = [w.casefold() for w in anchor.words] if anchor else []
        target = reading.target.split()[-1].casefold()
        if anchor is None or target not in words:
            return None
        return anchor, words.index(target)

    def _guards(self, view, unit: Unit, token: Token, candidate: Candidate, reading: Reading, index) -> None:
        """Evidence against a reading: the word is a name of its own, opens another name, or sits
        beside the person it would stand for. A lead-in in capitals is read as the word it spells."""
        word = token.text if token.capitalised else token.text.capitalize()
        # A translation of the person's own name may end a run of the person's other words, and
        # may follow its own translated particles ("From the Chest": not "the Guardian").
        own_name = (
            index is not None
            and reading.kind
            in TRANSLATION_READINGS | {EvidenceKind.ALIAS, EvidenceKind.SUFFIX, EvidenceKind.INFLECTION}
            and (
                candidate.start < token.start
                or self._run_of_the_name(view, unit, token, index[0])
                or self._before_rest_of_name(view, token, *index)
            )
        )
        if word in view.names_in_use and not own_name:
            reading.evidence.append(Evidence(EvidenceKind.NAME_OF_ITS_OWN, ""))
        if NEXT_NAME.match(unit.text, token.end) and not (
            index is not None and self._continues(view, unit, token, *index)
        ):
            reading.evidence.append(Evidence(EvidenceKind.OPENS_A_NAME, ""))
        # Without the lexicon's word for it, a given name of another is no translation of the
        # person's surname ("says Moon" beside Moon Kristjánsson is not Dew Pálsdóttir).
        if (
            reading.kind in (EvidenceKind.SILENT, EvidenceKind.ALIAS)
            and index is not None
            and self._opens_anothers_name(view, word, index[0])
        ):
            reading.evidence.append(Evidence(EvidenceKind.GIVEN_NAME_OF_ANOTHER, ""))
        if reading.kind not in SPELLINGS_OF_THE_NAME and self._in_same_sentence(unit, token, reading.target):
            reading.evidence.append(Evidence(EvidenceKind.SAME_SENTENCE, ""))

    @staticmethod
    def _opens_anothers_name(view: ArticlePeople, word: str, anchor: Anchor) -> bool:
        """The word opens another person's full name, none of whose other words are this person's
        ("Moon Kristjánsson, head of …" beside Dew Pálsdóttir): where it stands alone, it is the
        other one's given name, as an Icelander's is."""
        return any(
            len(run.tokens) >= 2
            and run.tokens[0].text == word
            and not any(t.text in anchor.words for t in run.tokens[1:])
            # A person's: the last word is a name, no English word ("Salvation Army" is no one),
            # standing where a person's name stands ("Inner Mongolia" is a place).
            and not is_ordinary_word(run.tokens[-1].text)
            and view.person_stands(run.unit, run.start, run.end)
            for run in view.runs
        )

    @staticmethod
    def _run_of_the_name(view: ArticlePeople, unit: Unit, token: Token, anchor: Anchor) -> bool:
        """The word is in use as a name only at the end of runs whose other words are the person's
        own ("De Child" for de Jong, "Björn Pole" for Björn Grav), none of them introduced as a
        person before the person ("It was Anna Piano, the finance minister"): the engine's rendering
        of that person, not a name of its own."""
        word = token.text if token.capitalised else token.text.capitalize()
        runs = [run for run in view.runs if run.tokens[-1].text == word]
        return (
            bool(runs)
            and all(t.text in anchor.words for run in runs for t in run.tokens[:-1])
            and not any(view.introduced_first(run.text, anchor) for run in runs)
            and not any(run.tokens[0].text == word for run in view.runs)
            and not any(view._named_on_its_own(u, t) for u, t in view.places.get(word, ()))
        )

    @staticmethod
    def _before_rest_of_name(view: ArticlePeople, token: Token, anchor: Anchor, position: int) -> bool:
        """The word opens runs only where the rest of the person's name follows it ("Pace Olsson" for
        Lena Steg Olsson): a rendering of the middle name, not a given name of its own."""
        rest = anchor.words[position + 1 : position + 2]
        word = token.text if token.capitalised else token.text.capitalize()
        runs = [run for run in view.runs if any(t.text == word for t in run.tokens)]
        return (
            bool(rest and runs)
            and all(
                t.text != word or (n + 1 < len(run.tokens) and run.tokens[n + 1].text == rest[0])
                for run in runs
                for n, t in enumerate(run.tokens)
            )
            and not any(view._named_on_its_own(u, t) for u, t in view.places.get(word, ()))
        )

    @staticmethod
    def _in_same_sentence(unit: Unit, token: Token, target: str) -> bool:
        ends = [m.end() for m in SENTENCE_END_MARK.finditer(unit.text, 0, token.start)]
        start = ends[-1] if ends else 0
        following = SENTENCE_END_MARK.search(unit.text, token.end)
        sentence = unit.text[start : following.start() if following else len(unit.text)]
        return target in re.findall(r"[\w’'-]+", sentence)

    def _support(self, view: ArticlePeople, unit: Unit, token: Token, reading: Reading) -> None:
        config = self.config
        slot = reading.slot
        if slot is None:
            reading.evidence.append(Evidence(EvidenceKind.NO_SLOT, ""))
            return
        if slot[0] is Slot.MID_SENTENCE:
            return
        if reading.target in view.speaking:
            reading.evidence.append(Evidence(EvidenceKind.SPEAKS_ELSEWHERE, ""))
        if reading.target in view.alone:
            reading.evidence.append(Evidence(EvidenceKind.CALLED_BY_SURNAME, ""))
        if (
            slot[0].group != "person"
            and zipf_frequency(token.text.casefold(), "en") >= config.common_word_zipf
        ):
            reading.evidence.append(Evidence(EvidenceKind.COMMON_WORD, ""))

    def _lexicon_index(self, view: ArticlePeople) -> dict[str, list[tuple[Anchor, str, str]]]:
        """English word → (person, name word, language) for every translation the lexicon has of the
        article's people's name words: built once per article, so each word is one lookup."""
        if view.lexicon_index is None:
            config = self.config
            languages = [view.source_language] if view.source_language else list(config.source_languages)
            index: dict[str, list[tuple[Anchor, str, str]]] = {}
            for anchor in view.translation_anchors.values():
                for name_word in anchor.words[1:]:
                    if name_word.casefold() in config.particles or not config.lexicon.might_translate(
                        name_word
                    ):
                        continue
                    for language in languages:
                        for english in config.lexicon.translations(language, name_word):
                            index.setdefault(english, []).append((anchor, name_word, language))
            view.lexicon_index = index
        return view.lexicon_index

    def _lexicon_readings(self, view: ArticlePeople, word: str) -> list[Reading]:
        config = self.config
        language = view.source_language
        readings = []
        seen = set()
        for anchor, name_word, found in self._lexicon_index(view).get(word.casefold(), ()):
            if (anchor.full, name_word) in seen:
                continue
            seen.add((anchor.full, name_word))
            evidence = [Evidence(EvidenceKind.TRANSLATED, "")] if language else []
            if language and at_home(word, language, config.at_home_gap):
                evidence.append(Evidence(EvidenceKind.AT_HOME, f"{word!r} is used in {language} too"))
            readings.append(
                Reading(
                    Evidence(
                        EvidenceKind.LEXICON,
                        f"{word!r} translates {name_word!r} of {anchor.full!r} ({found})",
                    ),
                    _same_case(name_word, word),
                    anchor.full,
                    evidence=evidence,
                )
            )
        return readings

    def _silent(self, view: ArticlePeople, slots: Slots, report: Report) -> list[Candidate]:
        """Ordinary words used as names, for the people the article never calls by surname alone and
        no repair has found yet: one reading per such person (several make a word ambiguous)."""
        repaired = {d.best.reading.person for _, d in report.decisions if d.repair}
        silent = [
            a
            for a in view.silent
            if a.full not in repaired
            and len(a.words) >= 2
            and not view.credited_only(a)
            and a.surname.casefold() not in NAME_SUFFIXES
        ]
        called = [a for a in self._called_and_translatable(view) if a.full not in repaired]
        if not silent and not called:
            return []
        # A word repaired anywhere already stands for someone: not for a silent person elsewhere.
        repaired_words = {r.unit.text[r.start : r.end].casefold() for r in report.repairs}
        candidates = []
        for unit in view.units:
            for token in self._word_tokens(unit):
                word = token.text if token.capitalised else token.text.capitalize()
                if report.taken(unit, token.start, token.end) or word in self.config.non_names:
                    continue
                if word.casefold() in repaired_words:
                    continue
                if not is_ordinary_word(word, RARE_WORD_ZIPF) or word in self.config.organisation_words:
                    continue
                if (
                    zipf_frequency(word, "en") >= self.config.common_word_zipf
                    or word in self.config.place_words
                ):
                    continue  # "Here", "China": no name on the article's habit alone
                if re.match(r"\.\w", unit.text[token.end : token.end + 2]):
                    continue  # "Polygraph.info": a web address
                if (
                    word.casefold() in self.config.title_words
                    and unit.word_before(token.start).casefold() in self.config.title_words
                ):
                    continue  # "Deputy General Director": a title's last word, after its first
                readings = self._silent_readings(view, slots, word, silent, called)
                for reading in readings:
                    reading.target = _same_case(reading.target, token.text)
                if not readings:
                    continue
                candidate = Candidate(unit, token.start, token.end, readings)
                self._complete(view, slots, unit, token, candidate)
                # Read before the person's translated particles, where the candidate took them in.
                previous = unit.word_before(candidate.start)
                if previous in ("of", "for") or (
                    previous[:1].isupper()
                    and previous.casefold() not in self.config.titles
                    and not SENTENCE_BREAK.search(previous)
                ):
                    candidate.against.append(Evidence(EvidenceKind.PART_OF_A_NAME, f"after {previous!r}"))
                candidates.append(candidate)
        return candidates

    def _called_and_translatable(self, view: ArticlePeople) -> list[Anchor]:
        """People the article calls by surname alone whose surname is a word of the source language:
        an engine may have translated some of their mentions, so a word used as a name may be theirs
        as well as a silent person's."""
        config = self.config
        language = view.source_language
        silent = {a.full for a in view.silent}
        return [
            anchor
            for anchor in view.translation_anchors.values()
            if anchor.full not in silent
            and zipf_frequency(anchor.surname, language) - zipf_frequency(anchor.surname, "en")
            >= config.word_gap
            and not self._not_source_words([anchor.surname], language)
        ]

    def _silent_readings(
        self, view: ArticlePeople, slots: Slots, word: str, silent: list[Anchor], called: list[Anchor]
    ) -> list[Reading]:
        """The word for a silent person, where it stands in a person's slot somewhere."""
        config = self.config
        language = view.source_language
        places = [(u, t) for u, t in view.places.get(word, ()) if t.capitalised]
        plain_slots = self._person_slots(slots, places, ())
        readings = []
        used_there = at_home(word, language, config.at_home_gap)
        place = next(
            (
                f"{u.text[max(0, t.start - 12) : t.end]!r}"
                for u, t in places
                if LOCATIVE_BEFORE.search(u.text, max(0, t.start - 12), t.start)
            ),
            "",
        )
        translatable = [a for a in silent if not self._not_source_words([a.surname], language)]
        # A person the article also calls by surname is read where the word stands for a name more
        # often: the engine translated most of the mentions and left one or two.
        for anchor in silent + called:
            if ROMANISED_GIVEN_NAME.fullmatch(anchor.surname):
                # "Yellow Mei-ling": a Chinese or Korean name, family name first; its last word is the
                # given name, and "Yellow" alone is the rendered family name (Huang), not hers.
                continue
            particles = self._particles_before_surname(anchor)
            person_slots = self._person_slots(slots, places, particles) if particles else plain_slots
            if person_slots == 0 or (anchor in called and view.bare[anchor.surname] >= person_slots):
                continue
            evidence = [Evidence(EvidenceKind.TRANSLATED, "")]
            if anchor in called:
                evidence.append(
                    Evidence(
                        EvidenceKind.CALLED_ALONE,
                        f"the article calls {anchor.surname!r} alone {view.bare[anchor.surname]} times",
                    )
                )
            if person_slots > 1:
                evidence.append(
                    Evidence(
                        EvidenceKind.REPEATED, f"{word!r} stands where a name stands {person_slots} times"
                    )
                )
            if (
                zipf_frequency(anchor.surname, language) - zipf_frequency(anchor.surname, "en")
                >= config.word_gap
            ):
                evidence.append(
                    Evidence(EvidenceKind.SOURCE_WORD, f"{anchor.surname!r} is a word of {language}")
                )
            if used_there:
                evidence.append(Evidence(EvidenceKind.AT_HOME, f"{word!r} is used in {language} too"))
            evidence += self._not_source_words([anchor.surname], language)
            if place:
                evidence.append(Evidence(EvidenceKind.PLACE, place))
            if view.forms[anchor.full] >= 2:
                evidence.append(
                    Evidence(EvidenceKind.RECURRING_ANCHOR, f"{anchor.full!r} stands more than once")
                )
            rival = next((other for other in translatable if other is not anchor), None)
            if rival is not None:
                evidence.append(
                    Evidence(
                        EvidenceKind.ANOTHER_SILENT, f"the article never calls {rival.full!r} alone either"
                    )
                )
            other_called = next((other for other in called if other is not anchor), None)
            if other_called is not None:
                evidence.append(
                    Evidence(
                        EvidenceKind.ANOTHER_TRANSLATABLE,
                        f"the article calls {other_called.full!r} by surname, a word of {language} too",
                    )
                )
            if self._rendered_after_anchor(view, anchor, word, places):
                evidence.append(
                    Evidence(EvidenceKind.AFTER_GIVEN_NAME, f"the article writes {anchor.words[0]} {word}")
                )
            readings.append(
                Reading(
                    Evidence(
                        EvidenceKind.SILENT,
                        f"the article names {anchor.full!r}, seldom or never calls {anchor.surname!r} alone, and uses {word!r} as a name",
                    ),
                    anchor.surname,
                    anchor.full,
                    evidence=evidence,
                )
            )
        return readings

    def _particles_before_surname(self, anchor: Anchor) -> tuple[str, ...]:
        """The particles right before the person's surname ("von" of Uwe von Lebensweg)."""
        first = len(anchor.words) - 1
        while first > 1 and anchor.words[first - 1].casefold() in self.config.particles:
            first -= 1
        return anchor.words[first:-1]

    def _person_slots(self, slots: Slots, places, particles: tuple[str, ...]) -> int:
        """How often the word stands in a slot only a person fits, read with the person's translated
        particles before it where they are there ("says from Life" for von Lebensweg)."""
        options = self.config.particle_options(particles) if particles else set()
        count = 0
        for unit, token in places:
            start = token.start
            for match in reversed(list(WORD.finditer(unit.text, max(0, token.start - 20), token.start))):
                if unit.text[match.start() : token.start].strip().casefold() in options:
                    start = match.start()
            found = slots.find(unit, start, token.end, "", strong_opening=False)
            if found is not None and found[0].group in ("person", "person_headline"):
                count += 1
        return count

    @staticmethod
    def _rendered_after_anchor(view: ArticlePeople, anchor: Anchor, word: str, places) -> bool:
        """The person's given name before the word ("Jens Avenue"), after the article has named the
        person ("Jens Allé") and without describing that full name as a person of its own ("Pekka
        Jazz, the finance minister"): a full name the article introduces first is someone else."""
        full = f"{anchor.words[0]} {word}"
        if full in view.described:
            return False
        order = {id(unit): n for n, unit in enumerate(view.units)}
        first_anchor = view.first_place(anchor.full)
        rendered = [
            (order[id(u)], t.start) for u, t in places if u.text[: t.start].endswith(f"{anchor.words[0]} ")
        ]
        return bool(rendered) and first_anchor is not None and first_anchor < min(rendered)

    def _suffix_readings(self, view: ArticlePeople, unit: Unit, token: Token) -> list[Reading]:
        """The word before the rest of a person's name, where the person has a word there ("Days
        Ayuso" for Isabel Díaz Ayuso, "MP Invaluable Johansen")."""
        readings = []
        following = WORD.match(unit.text, token.end + 1)
        if unit.text[token.end : token.end + 1] != " " or following is None:
            return readings
        tail = unit.text[token.end :].casefold()
        for anchor, position in view.name_words_after.get(TRAILING.sub("", following.group()).casefold(), ()):
            words = anchor.words
            rest = " " + " ".join(words[position + 1 :]).casefold()
            if words[position].casefold() == token.text.casefold() or not tail.startswith(rest):
                continue
            if token.text == words[0]:
                continue  # the person's given name ("Lene Christensen" for Lene Fabrik Christensen)
            if words[position].casefold() in self.config.particles:
                continue
            evidence = [Evidence(EvidenceKind.TRANSLATED, "")] if view.source_language else []
            if view.source_language:
                evidence += self._not_source_words([words[position]], view.source_language)
            readings.append(
                Reading(
                    Evidence(
                        EvidenceKind.SUFFIX,
                        f"{token.text!r} stands before {' '.join(words[position + 1 :])!r}, where "
                        f"{anchor.full!r} has {words[position]!r}",
                    ),
                    _same_case(words[position], token.text),
                    anchor.full,
                    evidence=evidence,
                )
            )
        return readings

    def _alias_phrases(self, view: ArticlePeople, slots: Slots, report: Report, only=None) -> list[Candidate]:
        """Aliases of several words ("Of the Lake" for van der Plas), wherever the article uses them."""
        found = []
        for words, (anchor, target, how) in view.aliases.items():
            if len(words) < 2 or (only is not None and words not in only):
                continue
            pattern = re.compile(
                r"(?<![\w’'-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])", re.IGNORECASE
            )
            for unit in view.units:
                for match in pattern.finditer(unit.text):
                    if report.taken(unit, match.start(), match.end()):
                        continue
                    written = match.group()
                    slot = slots.find(
                        unit,
                        match.start(),
                        match.end(),
                        anchor.surname,
                        strong_opening=True,
                        established=True,
                    )
                    reading = Reading(
                        Evidence(
                            EvidenceKind.ALIAS, f"the article writes {written!r} for {target!r} ({how})"
                        ),
                        _same_case(target, written),
                        anchor.full,
                        slot,
                    )
                    if slot is None:
                        reading.evidence.append(Evidence(EvidenceKind.NO_SLOT, ""))
                    found.append(Candidate(unit, match.start(), match.end(), [reading]))
        return found
