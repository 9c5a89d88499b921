"""Repair people's names that machine translation rendered as words or spelled two ways.

A repair needs two independent kinds of evidence:
- identity: which name is meant, from the correct name elsewhere in the same
  article (similar spelling) or from the gazetteer of known renderings;
- slot: the word stands where a name stands (a "Name:" headline, the subject of a
  caption, before or after a verb of speech, a possessive, after a title ("Mr.") or the
  person's first name, before a party code, described with "who", listed with other
  people, or capitalised mid-sentence though it is an ordinary word).
The weaker the spelling evidence (a look-alike that shares only its first letters), the
more the slot must fit nothing but a person. Ordinary uses ("a blinking light", "Store
shelves were empty") have no slot and stay. Separately, a surname written without its
diacritics ("Schroder") takes them back when the article spells the person with them.
"""

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from republished.cleaning.compact import zipf_frequency
from republished.cleaning.draft import Draft
from republished.cleaning.names import (
    common_prefix,
    fold_diacritics,
    is_given_name,
    is_ordinary_word,
    is_patronymic,
    load_word_lists,
    lookalike,
    plausible_rendering,
    same_spelling_family,
    similarity,
    skeleton,
)
from republished.cleaning.registry import Stage, StageContext, register
from republished.cleaning.stages.captions import LEAD_IN
from republished.cleaning.yamlconfig import expect, expect_keys, expect_strings, load_yaml

#: Words that open with a capital: the only ones that can be, or stand for, a name.
UPPER_WORD = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:-[^\W\d_]+)*")
POSSESSIVE = re.compile(r"[’']s\b")
PARTY_CODE = re.compile(r"^\s*\([A-ZÆØÅ][A-Za-zæøå]{0,3}\)")
#: ", the president of …", ", who …": what follows a person's name.
APPOSITIVE = re.compile(r",\s+(?:who\b|(?:the|a|an)\s+[a-z])")
#: A capitalised word right after: the word opens a name ("Noel Gallagher", "Houston Housing Authority").
NEXT_NAME = re.compile(r" [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]")
#: ", who …" and "… and his team": contexts that only a person fits.
WHO = re.compile(r",\s+who(?:se)?\b")
IS_ONE_WHO = re.compile(r"\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,3}who\b")
#: A neighbour in a list of names: "Gaiman and Waltz", "Waltz or Meacham", "Gaiman, Waltz, and Meacham".
#: A bare comma is a list only when the list goes on ("Gaiman, Waltz,"), not in "Like Johansen, Store owners …".
LIST_BEFORE = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+)(?P<sep>,\s+|,?\s+(?:and|or|&)\s+)$")
LIST_AFTER = re.compile(r"(?P<sep>,\s+|,?\s+(?:and|or|&)\s+)(?P<name>[A-Z][\w’'-]+)\b(?P<more>,)?")
LOWERCASE_NEXT = re.compile(r" ([a-z]+)\b")
PLURAL = re.compile(r"[^s]s$")
#: Above this Zipf frequency a word is a function word ("to", "and", "were"), not a noun that a
#: capitalised word before it could qualify.
FUNCTION_WORD_ZIPF = 5.8
HIS_HER = re.compile(r"\s+and\s+(?:his|her)\s+[a-z]")
#: What follows "Name:" in a headline about a person: a dash or quote ("Støre: – Not relevant"),
#: or a predicate with its subject left out: a verb or participle and its complement
#: ("Blinken: Believes in further talks", "Solberg: Disappointed with the result").
#: A label ("Poll: Voters want …") is followed by a sentence with its own subject.
HEADLINE_PREDICATE = re.compile(
    r":\s*(?:[–—\-\"“«]|[A-Z][a-z]+(?:s|ed)\s+(?:a|an|the|in|of|on|to|for|with|about|after|at|by|from|"
    r"that|his|her|its|their|more|no|further|new)\b|(?:Wants|Believes|Expects|Fears|Hopes|Rejects|Warns|"
    r"Demands|Denies|Admits|Promises|Threatens|Regrets|Apologises|Apologizes)\b)"
)
MID_SENTENCE = "an ordinary word capitalised mid-sentence"
#: What may come right before a clause's subject: a comma, a conjunction, a verb of saying.
CLAUSE_OPENER = re.compile(
    r"(?:,|\b(?:that|where|when|while|whereas|and|but|or|because|as|after|before|since|if|though|although|"
    r"until|unless|say|says|said|so|then))\s+$"
)
#: How far back the context before a word is read: titles, verbs and list neighbours are near.
CONTEXT_CHARS = 80
#: An article or a possessive determiner before a capital: a title or a thing ("the Guardian").
DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur)\s+$")
#: The word right after, capitalised or not ("Green Party").
NEXT_WORD = re.compile(r" (\w+)")
#: A speaker that owns with "its" is a company or a body ("Shell said its profits fell").
THING_SPEAKS = re.compile(r"(?:[’']s)?,?\s+(?:said|says|reported|reports|announced|announces)\s+its\b")
#: Where a sentence ends: a full stop, question or exclamation mark before a space or the end.
SENTENCE_END_MARK = re.compile(r"[.!?](?:\s|$)")
LISTED = "listed with"
SUBJECT_BY_SURNAME = "the subject of a verb, where the article calls the person by surname alone"
HEADLINE = "opens a 'Name:' headline"
PERSON_HEADLINE = "opens a 'Name:' headline that quotes the person or says what they do"
#: How strongly the spelling says which name a word stands for.
STRONG, CLOSE, LOOKALIKE = "strong", "close", "look-alike"
#: An ordinary word known only from the gazetteer ("High" for Høie): the spelling says nothing.
GAZETTEER = "gazetteer only"
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


class Somewhere:
    """The words that pass a test at one of their places in the article, decided for a word
    only when the stage asks: it asks about a few of the hundred or more words a page has.
    The test reads the text only, never the repairs made so far."""

    def __init__(
        self,
        places: dict[str, list[tuple[Unit, Token]]],
        test: Callable[[Unit, Token], bool],
        known: Iterable[str] = (),
    ):
        self._places = places
        self._test = test
        self._decided = dict.fromkeys(known, True)

    def __contains__(self, word: str) -> bool:
        decided = self._decided.get(word)
        if decided is None:
            places = self._places.get(word, ())
            decided = self._decided[word] = any(self._test(unit, token) for unit, token in places)
        return decided


def word_places(units: list[Unit]) -> dict[str, list[tuple[Unit, Token]]]:
    places: dict[str, list[tuple[Unit, Token]]] = {}
    for unit in units:
        for token in unit.tokens:
            places.setdefault(token.text, []).append((unit, token))
    return places


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
                renderings=tuple(expect_strings(entry.get("renderings", []), path, f"{key}.renderings")),
                variants=tuple(expect_strings(entry.get("variants", []), path, f"{key}.variants")),
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
            "speech_verbs_after",
            "speech_verbs_before",
            "subject_verbs",
            "leading_non_names",
            "headline_labels",
            "honorifics",
            "organisation_words",
        }
        expect_keys(words, keys, keys, path, "")
        self.titles = {w.casefold() for w in expect_strings(words["titles"], path, "titles")}
        phrases = expect_strings(words["title_phrases"], path, "title_phrases")
        self.title_phrase = re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\s+$", re.I)
        before_or_after = expect_strings(words["speech_verbs"], path, "speech_verbs")
        after_only = expect_strings(words["speech_verbs_after"], path, "speech_verbs_after")
        before_only = expect_strings(words["speech_verbs_before"], path, "speech_verbs_before")
        verbs = "|".join(map(re.escape, before_or_after + after_only))
        #: "Store said", "Store later said", "Store has repeatedly denied"; not "Power, said the
        #: utility": after a comma, the speaker is whoever follows the verb.
        self.verb_after = re.compile(
            rf"(?:[’']s)?\s+(?:(?:has|had|have|also|then|later|again|once|[a-z]{{3,}}ly)\s+){{0,2}}(?:{verbs})\b"
        )
        verbs = "|".join(map(re.escape, before_or_after + before_only))
        self.verb_before = re.compile(rf"\b(?:{verbs}),?\s+$")
        abbreviations = expect_strings(words["title_abbreviations"], path, "title_abbreviations")
        self.title_abbreviation = re.compile(r"\b(?:" + "|".join(map(re.escape, abbreviations)) + r")\.\s*$")
        subject_verbs = "|".join(
            map(re.escape, expect_strings(words["subject_verbs"], path, "subject_verbs"))
        )
        self.subject_verb = re.compile(rf"\s+(?:{subject_verbs})\b")
        self.non_names = set(expect_strings(words["leading_non_names"], path, "leading_non_names"))
        self.headline_labels = set(expect_strings(words["headline_labels"], path, "headline_labels"))
        self.honorifics = set(expect_strings(words["honorifics"], path, "honorifics"))
        self.organisation_words = set(expect_strings(words["organisation_words"], path, "organisation_words"))
        self.min_similarity = min_similarity
        self.renderings: dict[str, tuple[Person, str]] = {}
        for person in self.people:
            for rendering in person.renderings:
                target = person.name if len(rendering.split()) > 1 else person.tokens[-1]
                self.renderings[rendering] = (person, target)
        load_word_lists()

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
            if len(run) < 2:
                continue  # trimming below only shortens a run
            cut = max((i + 1 for i, t in enumerate(run) if t.text.casefold() in self.titles), default=0)
            titled = cut > 0
            run = run[cut:]
            while run and run[0].text in self.non_names:
                run = run[1:]
            # Ordinary words before a name ("Here Michael Ferro", "Public Prosecution Eva-Marie
            # Persson") are not part of it, as long as a full name is left.
            lead = next((i for i, t in enumerate(run) if not is_ordinary_word(t.text)), 0)
            if lead and len(run) - lead >= 2:
                run = run[lead:]
            if 2 <= len(run) <= 4:
                before = unit.text[max(0, run[0].start - CONTEXT_CHARS) : run[0].start]
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
            or self.verb_before.search(text, max(0, start - 40), start)
        )

    # -- slots ---------------------------------------------------------------

    def _slot(
        self, unit: Unit, token: Token, first_names: set[str], surnames: frozenset[str]
    ) -> tuple[str, bool] | None:
        """Why the word stands where a name stands, and whether that context only fits a
        person (a speaker, an owner, a titled or first-named person) rather than any name."""
        before = unit.text[max(0, token.start - CONTEXT_CHARS) : token.start]
        after = unit.text[token.end :]
        if self.verb_after.match(after):
            return f"followed by a verb of speech ({after.strip()[:12]!r}…)", True
        if self._modifies_noun(after):
            return None  # "said Store prices would fall": the word qualifies a noun
        if self.verb_before.search(before):
            return "follows a verb of speech", True
        if POSSESSIVE.match(after):
            return "possessive", True
        previous = before.split()[-1] if before.split() else ""
        if (
            previous.casefold() in self.titles
            or self.title_phrase.search(before)
            or self.title_abbreviation.search(before)
        ):
            return f"follows the title {previous!r}", True
        if WHO.match(after) or IS_ONE_WHO.match(after):
            return "described with 'who', as only a person is", True
        if HIS_HER.match(after):
            return "paired with 'his' or 'her' as a person is ('… and his team')", True
        if previous in first_names:
            return f"follows the first name {previous!r}", True
        partner = self._listed_with(before, after, surnames)
        if partner:
            return f"{LISTED} {partner!r}, a person named in this article", True
        if PARTY_CODE.match(after):
            return "followed by a party code", True
        if not before.strip() and after.startswith(":") and len(unit.text) <= 120:
            if token.text in self.headline_labels:
                return None
            if HEADLINE_PREDICATE.match(after):
                return PERSON_HEADLINE, False
            return HEADLINE, False
        caption = LEAD_IN.match(unit.text)
        if caption and caption.start("rest") == token.start:
            return "first word of a caption, where the person shown is named", False
        following = after.split()[0] if after.split() else ""
        if (
            not SENTENCE_START.search(before)
            and previous[:1].islower()
            and not following[:1].isupper()
            and is_ordinary_word(token.text)
            and not self._title_case(unit)
        ):
            return MID_SENTENCE, False
        return None

    @staticmethod
    def _title_case(unit: Unit) -> bool:
        """Headline style ("Adventures of Jack London in the Wild"): most ordinary words are
        capitalised, so a capital says nothing there. Names do not count ("Lavrov met Blinken")."""
        words = [w for w in re.findall(r"[^\W\d_]{4,}", unit.text) if is_ordinary_word(w)]
        return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)

    def _modifies_noun(self, after: str) -> bool:
        """A plural noun right after: the word qualifies it ("Store owners", "Apple products"). A verb
        in "-s" after a name ("Støre wants") is read as a noun too: a repair missed, not a wrong one."""
        word = LOWERCASE_NEXT.match(after)
        return bool(
            word
            and PLURAL.search(word.group(1))
            and not self.subject_verb.match(after)
            and zipf_frequency(word.group(1), "en") < FUNCTION_WORD_ZIPF
        )

    @staticmethod
    def _listed_with(before: str, after: str, surnames: frozenset[str]) -> str | None:
        """A person's surname next to the word in a list ("Gaiman, Waltz, and Meacham", "Gaiman and
        Waltz"): a name listed with people is a person's."""
        previous, following = LIST_BEFORE.search(before), LIST_AFTER.match(after)
        for match, other in ((previous, following), (following, previous)):
            if not match or match.group("name") not in surnames:
                continue
            bare_comma = match.group("sep").strip() == ","
            if not bare_comma or other or (match is following and match.group("more")):
                return match.group("name")
        return None

    @staticmethod
    def _quoted_person(token: Token, target: str, slot: str, speaking: Somewhere) -> bool:
        """A look-alike in a headline that says what someone says or does ("Mulch: – This is
        serious") stands for a person the article names; in another headline or a caption, for a
        person the article quotes by that surname. A very common word ("Here") never does."""
        named = slot == PERSON_HEADLINE or target in speaking
        return slot != MID_SENTENCE and named and zipf_frequency(token.text.casefold(), "en") < 5.5

    def _subject_called_by_surname(
        self, unit: Unit, token: Token, target: str, speaking: Somewhere, alone: frozenset[str]
    ) -> bool:
        """The subject of a clause ("… that Vinod did not come"), standing for a person the article
        elsewhere calls by surname alone: the article's own habit makes a bare surname expected.
        A given name may be another person called by first name, and a pronoun ("None is …") or a
        word after a preposition ("the price of Brent was …") is no person's subject."""
        before = unit.text[max(0, token.start - CONTEXT_CHARS) : token.start]
        return bool(
            self.subject_verb.match(unit.text, token.end)
            and (target in speaking or target in alone)
            and CLAUSE_OPENER.search(before)
            and token.text not in self.non_names
            and not is_given_name(token.text)
        )

    def _opens_sentence_as_subject(self, unit: Unit, token: Token) -> bool:
        """A plural opening a sentence is a plural ("Mayors will meet"), not a rendering."""
        plural = token.text.endswith("s") and is_ordinary_word(token.text[:-1])
        return bool(
            not plural
            and SENTENCE_START.search(unit.text, 0, token.start)
            and self.subject_verb.match(unit.text, token.end)
        )

    # -- the stage -----------------------------------------------------------

    def __call__(self, draft: Draft) -> None:
        units = self._units(draft)
        named = [(unit, run, titled) for unit in units for run, titled in self._name_runs(unit)]
        runs = [(unit, run) for unit, run, _ in named]
        forms = Counter(" ".join(t.text for t in run) for run in (r for _, r in runs))
        self._repair_rendered_names(runs)
        places = word_places(units)
        speaking = self._speaking_surnames(places)
        people = self._people(named, speaking)
        self._unify_variants(runs, forms, people)
        anchors = {form.split()[-1]: form for form in people if not is_ordinary_word(form.split()[-1])}
        first_names = {form.split()[0] for form in people}
        surnames = frozenset(form.split()[-1] for form in people)
        surnames_in_use = {
            run[-1].text for unit, run in runs if (run[0].start, run[-1].end) not in unit.replacements
        }
        names_in_use = self._names_of_their_own(places, runs, surnames_in_use)
        # People a headline may name by surname: quoted by full name, or called by surname alone.
        alone = self._called_by_surname(units, runs, anchors) | {
            run[-1].text for unit, run in runs if self._speaks(unit, run[0].start, run[-1].end)
        }
        self._repair_words(units, anchors, first_names, surnames, forms, names_in_use, speaking, alone)
        self._apply(draft, units)

    def _names_of_their_own(
        self,
        places: dict[str, list[tuple[Unit, Token]]],
        runs: list[tuple[Unit, list[Token]]],
        surnames_in_use: set[str],
    ) -> Somewhere:
        """The surnames in use, and the capitalised words the article uses as names of their own:
        a given name opening a person's name ("Barry Berke"), the first word of an organisation's
        ("Green Party", "Yellow Cab"), a single word after an article ("the Guardian", not "the
        Winter Olympics"), or a speaker that owns with "its" ("Shell said its profits …"). The same
        word elsewhere is that name."""
        given_names = {run[0].text for _, run in runs if is_given_name(run[0].text)}
        return Somewhere(places, self._named_on_its_own, known=surnames_in_use | given_names)

    def _named_on_its_own(self, unit: Unit, token: Token) -> bool:
        alone_after_article = DETERMINER_BEFORE.search(
            unit.text, max(0, token.start - 8), token.start
        ) and not NEXT_NAME.match(unit.text, token.end)
        following = NEXT_WORD.match(unit.text, token.end)
        opens_organisation = bool(following) and following.group(1) in self.organisation_words
        return bool(alone_after_article or opens_organisation or THING_SPEAKS.match(unit.text, token.end))

    @staticmethod
    def _called_by_surname(
        units: list[Unit], runs: list[tuple[Unit, list[Token]]], anchors: dict[str, str]
    ) -> frozenset[str]:
        """People's surnames that the article also uses alone, outside a full name ("Dempsey wants …")."""
        in_runs = {(id(unit), token.start) for unit, run in runs for token in run}
        return frozenset(
            token.text
            for unit in units
            for token in unit.tokens
            if token.text in anchors and (id(unit), token.start) not in in_runs
        )

    def _speaking_surnames(self, places: dict[str, list[tuple[Unit, Token]]]) -> Somewhere:
        """Capitalised words that speak or own something somewhere in the article."""
        return Somewhere(
            places, lambda unit, token: token.capitalised and self._speaks(unit, token.start, token.end)
        )

    def _people(self, named: list[tuple[Unit, list[Token], bool]], speaking_surnames: Somewhere) -> set[str]:
        """Full names used as people: after a title, speaking (or by surname), described
        (", the minister …"), or made only of words that are not ordinary English. A name ending
        in an organisation's word ("Zürich Airport said …") is no person, whatever it does."""
        people = set()
        for unit, run, titled in named:
            if run[-1].text in self.organisation_words:
                continue
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
        initial = skeleton(token.text)[:1]
        for surname, form in anchors.items():
            # Every relation a rendering can have shares the first letter, at least in its skeleton.
            if surname[0] != token.text[0] and skeleton(surname)[:1] != initial:
                continue
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
            elif is_patronymic(token.text):
                return None  # "Mr. Rogers" in an article on Julia Roberts: another person, not a rendering
            else:
                level = LOOKALIKE
        else:
            level = GAZETTEER if from_gazetteer and is_ordinary_word(token.text) else STRONG
        if len(found) != 1:
            return None
        ((target, evidence),) = found.items()
        return target, " and ".join(evidence), level

    def _repair_words(
        self,
        units: list[Unit],
        anchors: dict[str, str],
        first_names: set[str],
        surnames: frozenset[str],
        forms: Counter,
        names_in_use: Somewhere,
        speaking: Somewhere,
        alone: frozenset[str],
    ):
        """Single words standing for a name; a word the article also uses as a surname is that name."""
        undiacritic = self._undiacritic_surnames(units, anchors)
        for unit in units:
            for token in unit.tokens:
                if not token.capitalised or any(s <= token.start < e for s, e in unit.replacements):
                    continue
                ordinary = is_ordinary_word(token.text)
                if not ordinary and token.text not in undiacritic and token.text not in self.renderings:
                    continue  # a proper noun, and no spelling of a name the stage knows
                if token.text.casefold() in self.titles or token.text in names_in_use:
                    continue
                if NEXT_NAME.match(unit.text, token.end):
                    continue  # a first name ("Noel Gallagher"), not a word standing for a surname
                if self._after_honorific(unit, token):
                    continue  # a peer's or royal's own name ("Lord Coe", "Lady Hale", "Prince Harry")
                if not ordinary and token.text in undiacritic:
                    accented = undiacritic[token.text]
                    reason = (
                        f"{token.text!r} → {accented!r}: the surname of {anchors[accented]!r} without its "
                        "diacritics; this article spells it with them"
                    )
                    unit.replacements[(token.start, token.end)] = (accented, reason)
                    continue
                identity = self._identity(token, anchors, forms)
                if identity is None:
                    continue
                target, evidence, level = identity
                if self._in_same_sentence(unit, token, target):
                    continue  # "Appel said Apple would …": the person and the word side by side are two
                found = self._slot(unit, token, first_names, surnames)
                if found is None and level == STRONG and self._opens_sentence_as_subject(unit, token):
                    found = "opens a sentence as its subject", False
                if (found is None or found[0] == MID_SENTENCE) and self._subject_called_by_surname(
                    unit, token, target, speaking, alone
                ):
                    found = SUBJECT_BY_SURNAME, True
                if found is None:
                    continue
                slot, person_only = found
                if level == GAZETTEER and not self._gazetteer_fits(
                    slot, person_only, target, speaking, alone
                ):
                    continue
                if (
                    level == LOOKALIKE
                    and not person_only
                    and not self._quoted_person(token, target, slot, speaking)
                ):
                    continue
                if slot == MID_SENTENCE and level != STRONG:
                    continue  # proper nouns are capitalised mid-sentence too ("with Brent crude")
                reason = f"{token.text!r} → {target!r}: {evidence}; the word stands in a name slot ({slot})"
                unit.replacements[(token.start, token.end)] = (target, reason)

    def _after_honorific(self, unit: Unit, token: Token) -> bool:
        previous = unit.text[: token.start].rsplit(None, 1)
        return bool(previous) and previous[-1] in self.honorifics

    @staticmethod
    def _in_same_sentence(unit: Unit, token: Token, target: str) -> bool:
        ends = [m.end() for m in SENTENCE_END_MARK.finditer(unit.text, 0, token.start)]
        start = ends[-1] if ends else 0
        following = SENTENCE_END_MARK.search(unit.text, token.end)
        sentence = unit.text[start : following.start() if following else len(unit.text)]
        return target in re.findall(r"[\w’'-]+", sentence)

    @staticmethod
    def _gazetteer_fits(
        slot: str, person_only: bool, target: str, speaking: Somewhere, alone: frozenset[str]
    ) -> bool:
        """An ordinary word the gazetteer lists ("High", "Trumpet") is that person only where nothing
        but a person fits (not in a list: "played Trumpet and Solberg clapped"), or in a headline or
        caption about someone the article quotes or calls by surname ("High: Expects rain" is weather)."""
        if person_only:
            return not slot.startswith(LISTED)
        return slot != MID_SENTENCE and (target in speaking or target in alone)

    @staticmethod
    def _undiacritic_surnames(units: list[Unit], anchors: dict[str, str]) -> dict[str, str]:
        """People's surnames with diacritics, by their plain spelling ("Schroder" → "Schröder"), where
        the article writes them with diacritics at least as often as without."""
        plain: dict[str, str | None] = {}
        for surname in anchors:
            folded = fold_diacritics(surname)
            if folded != surname:
                plain[folded] = None if folded in plain else surname
        if not plain:
            return {}
        counts = Counter(t.text for unit in units for t in unit.tokens)
        return {f: s for f, s in plain.items() if s and counts[s] >= counts[f]}

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
