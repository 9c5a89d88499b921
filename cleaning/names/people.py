"""One analysis of an article's people, built once per page and read by every candidate.

It holds the text split into units (title, body lines, captions) and capitalised tokens, the runs of
words that may be full names, which of them are people, the anchors (people whose surname is no
ordinary English word: the article's own correct spelling), the names the article uses on their own,
who speaks or is called by surname, the source language, and the aliases the article establishes
as the engine accepts repairs ("Pablo Churches" for Pablo Iglesias makes "Churches" an alias).
"""

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from republished.cleaning.compact import written_in_latin_letters, zipf_frequency
from republished.cleaning.draft import Draft
from republished.cleaning.names.config import NamesConfig
from republished.cleaning.names.lexicon import SOURCE_OPENING
from republished.cleaning.names.words import fold_diacritics, is_given_name, is_glued, is_ordinary_word
from republished.cleaning.page_text import PageText
from republished.cleaning.stages.captions import CREDIT

#: The capitals and small letters of the Latin alphabets, Latin-1 and its extensions: the names
#: of Central and Eastern Europe and Turkey open with Š, Č, Ł, Ż, Ş, Ț ("Šimonytė", "Şimşek").
LATIN = [chr(code) for code in range(0x41, 0x250)]
UPPER = "".join(c for c in LATIN if c.isupper() and c.isalpha())
LOWER = "".join(c for c in LATIN if c.islower() and c.isalpha())
#: Words that open with a capital: the only ones that can be, or stand for, a name.
UPPER_WORD = re.compile(rf"(?<![^\W\d_])[{UPPER}][^\W\d_]*(?:-[^\W\d_]+)*")
#: "Store’s", and "Churches’" after a word ending in s.
POSSESSIVE = re.compile(r"[’']s\b|(?<=s)[’'](?=\s)")
#: ", the president of …", ", who …", ", Spain's economy minister": what follows a person's name.
APPOSITIVE = re.compile(r",\s+(?:who\b|(?:the|a|an)\s+[a-z]|[A-Z][a-z]+[’']s\s+[a-z])")
#: An apposition that describes a person, an adjective of nationality allowed (", the Finnish finance
#: minister").
DESCRIBED = re.compile(r",\s+(?:who\b|(?:the|a|an)\s+(?:[A-Z][a-z]+\s+)?[a-z]|[A-Z][a-z]+[’']s\s+[a-z])")
#: A capitalised word right after: the word opens a name ("Noel Gallagher", "Houston Housing Authority").
NEXT_NAME = re.compile(rf" [{UPPER}][{LOWER}]")
#: An article or a possessive determiner before a capital: a title or a thing ("the Guardian").
DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur)\s+$")
#: The word right after, capitalised or not ("Green Party").
NEXT_WORD = re.compile(r" (\w+)")
#: A speaker that owns with "its" is a company or a body ("Shell said its profits fell").
THING_SPEAKS = re.compile(r"(?:[’']s)?,?\s+(?:said|says|reported|reports|announced|announces)\s+its\b")
#: How far back the word before a word is looked for.
WORD_BEFORE_CHARS = 40
#: How far back the context before a word is read: titles, verbs and list neighbours are near.
CONTEXT_CHARS = 80


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

    def before(self, start: int, chars: int = CONTEXT_CHARS) -> str:
        return self.text[max(0, start - chars) : start]

    def word_before(self, start: int) -> str:
        """The word right before `start`, its punctuation kept ("" at the unit's start)."""
        words = self.before(start, WORD_BEFORE_CHARS).rsplit(None, 1)
        return words[-1] if words else ""


@dataclass(slots=True)
class Run:
    """Capitalised words that may be a person's full name (particles between them included)."""

    unit: Unit
    tokens: tuple[Token, ...]
    titled: bool

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def text(self) -> str:
        return self.unit.text[self.start : self.end]


@dataclass(frozen=True)
class Anchor:
    """A person the article spells right: a full name whose surname is no ordinary English word."""

    full: str

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.full.split())

    @property
    def surname(self) -> str:
        """The last word, by which the stage knows the person."""
        return self.words[-1]


class Somewhere:
    """The words that pass a test at one of their places in the article, decided for a word
    only when asked: the engine asks about a few of the hundred or more words a page has."""

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


def at_home(word: str, language: str, gap: float) -> bool:
    """An English word the source language uses too: not much more frequent in English."""
    folded = word.casefold()
    return zipf_frequency(folded, "en") - zipf_frequency(folded, language) < gap


def native(word: str, language: str, gap: float) -> bool:
    """A word more at home in the source language than in English, by at least `gap`."""
    folded = word.casefold()
    return zipf_frequency(folded, language) - zipf_frequency(folded, "en") >= gap


#: Units that stand beside the article's text, at no place in its order.
BESIDE_THE_TEXT = frozenset({"captions", "authors", "tags", "alts", "pointers", "asides", "description"})
#: Units that are evidence only: the page's metadata (its description too), its pictures' alt
#: texts, the "Read also" lines the residue stage took out, and pull quotes' attributions and
#: shared stories' cards; never repaired.
EVIDENCE_ONLY = frozenset({"authors", "tags", "alts", "pointers", "asides", "description"})
#: Units that are the page's, not the article's: a name there is counted in no person's forms.
THE_PAGES = frozenset({"tags", "alts", "asides", "description"})
#: Units the article's own text is in: a name there is the article's.
ARTICLE_FIELDS = ("title", "text", "captions")
#: A capitalised ordinary word before a capitalised word: an engine's rendering of a given name
#: before the surname it left ("Lotus Rao"), which the page may spell right elsewhere.
WORD_BEFORE_NAME = re.compile(
    rf"(?<![^\W\d_])([{UPPER}][{LOWER}]+) ([{UPPER}][^\W\d_]+(?:-[^\W\d_]+)*)(?![\w-])"
)
#: A Japanese or Korean honorific a reader writes after a name ("Makoto Higa-san"): the name ends before it.
HONORIFIC_SUFFIX = r"-(?:san|sama|kun|chan|sensei|ssi|nim)(?![\w-])"
#: A person's age in brackets after their name, as news in many languages gives it.
AGE_AFTER = re.compile(r"\s*\((?:aged )?\d{1,3}\)")
#: A comma and the space after it.
COMMA_AFTER = re.compile(r",\s+")
#: Quotation marks that close a quote: "…,” Snowflake Kleist said".
CLOSING_QUOTES = '”"’»'


def ends_with_a_comma(before: str) -> bool:
    """The text before a word ends with a comma, maybe inside a closed quote ("…,” Name")."""
    return before.rstrip(CLOSING_QUOTES).endswith(",")


#: A role in apposition after a name: ", director of INI", ", head of the technical department".
ROLE_APPOSITION = re.compile(r",\s+(?:[a-z][\w-]*\s+){1,3}(?:of|at|for)\b")
#: The most names of the page read for one article: a sidebar repeats its names on every page.
MAX_PAGE_NAMES = 12
#: A given name's shape: a capital, then three letters or more, small ("Padma", "Anne-Marie").
GIVEN_NAME_SHAPE = re.compile(rf"[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}]?[{LOWER}]+)*")
#: A preposition of place before a capitalised word: a place ("in China", "in Kabul"), not a person.
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|across|throughout|within|into|inside|outside|near)\s+$")
#: The residue stage's reasons for the "Read also" lines it removes ("en interface text (read_also)").
POINTER_REASON = re.compile(r"\((?:read_also\w*|pointer_label|read_bar)\)$")
#: A tag that may be a person's full name: two to four capitalised words ("Mette Skov"), a word
#: maybe hyphenated ("Anne-Marie", and the Korean given name of "Park Ha-neul").
NAME_TAG = re.compile(rf"[{UPPER}][^\W\d_]+(?:-[^\W\d_]+)*(?: [{UPPER}][^\W\d_]+(?:-[^\W\d_]+)*){{1,3}}")


def units_of(draft: Draft) -> list[Unit]:
    texts = [("title", None, draft.title)]
    texts += [("text", i, line) for i, line in enumerate(draft.lines)]
    texts += [("captions", i, line) for i, line in enumerate(draft.captions)]
    # The page's declared authors are spelled right (metadata, never translated): evidence only.
    texts += [("authors", i, name) for i, name in enumerate(draft.meta.authors)]
    # So are the tags that may be people's names: sites tag an article with the people in it, as
    # the original spelled them.
    # A theme may show more tags than it declares.
    declared_and_shown = dict.fromkeys([*draft.meta.page.tags, *draft.meta.shown_tags])
    tags = [tag for tag in declared_and_shown if NAME_TAG.fullmatch(tag)]
    texts += [("tags", i, tag) for i, tag in enumerate(tags)]
    # And the pictures' alt texts, which farms seldom translate ("Jelle Bakker op zijn land").
    alts = list(draft.meta.image_alts)
    # The featured picture's too, in a copy translated from another language than English.
    source = draft.original.get("language")
    if draft.meta.featured_alt and source and not source.startswith("en"):
        alts.append(draft.meta.featured_alt)
    texts += [("alts", i, alt) for i, alt in enumerate(alts)]
    # And a pull quote's attribution or the card of the shared story (cleaning/beside_texts.py).
    texts += [("asides", i, text) for i, text in enumerate(draft.meta.beside_texts)]
    # And the "Read also" links inside the article, which the residue stage took out: their
    # headlines keep the original's spelling of the people the copy is about ("Garisenda, Gallo: …").
    pointers = [
        edit["before"] for edit in draft.removed_by("residue") if POINTER_REASON.search(edit["reason"])
    ]
    texts += [("pointers", i, line) for i, line in enumerate(pointers)]
    # And the page's declared description, which a farm may keep from the original's page ("…,
    # says delegate Marta Manzano." over "Marta Apple Tree"); where it copies the text's first
    # sentence, it spells the names as the text does.
    if description := draft.meta.page.description:
        texts.append(("description", 0, description))
    return [
        Unit(
            f,
            i,
            t,
            [Token(m.start(), m.end(), m.group(), not m.group().isupper()) for m in UPPER_WORD.finditer(t)],
        )
        for f, i, t in texts
    ]


def _name_after_an_organisation(run: list) -> int:
    """Where a given name after an ordinary word opens the run's last two or three words, or 0."""
    for start in (len(run) - 2, len(run) - 3):
        given, before = run[start].text, run[start - 1].text
        if is_given_name(given) and not is_ordinary_word(given) and is_ordinary_word(before):
            return start
    return 0


def _another_word_next(
    text: str, phrase: str, words: set[str], openings: frozenset[str], before: bool
) -> bool:
    """Whether the text writes a capitalised word other than `words`, opening with one of
    `openings`, next to the phrase (before it or after it): a quick test before the page is read
    node by node."""
    start = text.find(phrase)
    while start >= 0:
        if before:
            word = text[max(0, start - 40) : start].rsplit(None, 1)[-1:]
        else:
            word = text[start + len(phrase) : start + len(phrase) + 40].split(None, 1)[:1]
        if (
            word
            and word[0][:1].isupper()
            and word[0].strip(".,;:!?()[]\"'’”“") not in words
            and word[0][:SOURCE_OPENING].casefold() in openings
        ):
            return True
        start = text.find(phrase, start + 1)
    return False


@dataclass
class ArticlePeople:
    """The analysis. `exclude` holds spans the engine already repaired as whole names (a rendered
    full name "Bent High" leaves no surname "High" in use)."""

    config: NamesConfig
    units: list[Unit]
    source_language: str | None
    runs: list[Run] = field(default_factory=list)
    exclude: set[tuple[int, int, int]] = field(default_factory=set)
    #: Rendering (case-folded words) → the anchor it stands for, its words, and how the article established it.
    aliases: dict[tuple[str, ...], tuple[Anchor, str, str]] = field(default_factory=dict)
    #: English word → (anchor, name word, language): the lexicon's translations of the people's names.
    lexicon_index: dict[str, list[tuple[Anchor, str, str]]] | None = None
    #: (reading kind, with the lexicon) → whether such a reading can reach the threshold here.
    possible: dict = field(default_factory=dict)

    #: The whole page's text, read only if asked for (see `names_around`).
    page_text: PageText = field(default_factory=PageText)

    @classmethod
    def analyse(cls, draft: Draft, config: NamesConfig) -> "ArticlePeople":
        language = draft.original.get("language")
        view = cls(config, units_of(draft), language if language and language != "en" else None)
        view.page_text = draft.meta.page_text
        view.runs = [run for unit in view.units for run in view._name_runs(unit)]
        return view

    # -- name runs ------------------------------------------------------------

    def _joined(self, unit: Unit, left: Token, right: Token) -> bool:
        """Two capitalised words of one name: a single space, or particles ("Ursula von der Leyen")."""
        gap = unit.text[left.end : right.start]
        if gap == " ":
            return True
        if len(gap) > 20 or gap[:1] != " ":
            return False
        words = gap.split(" ")
        return (
            len(words) >= 3
            and words[0] == words[-1] == ""
            and all(w in self.config.particles for w in words[1:-1])
            and len(words) <= 4
        )

    def _name_runs(self, unit: Unit) -> list[Run]:
        """Runs of capitalised words that may be a person's full name, and whether a title precedes."""
        config = self.config
        runs, run = [], []
        for token in unit.tokens:
            joined = run and (
                unit.text[run[-1].end : token.start] == " " or self._joined(unit, run[-1], token)
            )
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
            titles = [i for i, t in enumerate(run) if t.text.casefold() in config.title_words]
            # A title's word closing a run after a given name is a surname ("Jelena King", "John Major").
            if (
                titles
                and titles[-1] == len(run) - 1
                and titles[-1] - 1 not in titles
                and is_given_name(run[-2].text)
            ):
                titles.pop()
            cut = titles[-1] + 1 if titles else 0
            titled = cut > 0
            run = run[cut:]
            while run and run[0].text in config.non_names:
                run = run[1:]
            # Ordinary words before a name ("Here Michael Ferro", "Public Prosecution Eva-Marie
            # Persson") are not part of it, as long as a full name is left; given names ("Per",
            # "Mark", and in a translated copy "Mads", a word of the source language) are.
            lead = next((i for i, t in enumerate(run) if self._may_open_a_name(t.text)), 0)
            if lead and len(run) - lead >= 2:
                run = run[lead:]
            # An organisation's or a rank's word before a given name is no part of the name
            # ("Fiom Paolo Ferro", "Ayatollah Ali Khamenei").
            if len(run) >= 3 and not is_given_name(run[0].text) and is_given_name(run[1].text):
                run = run[1:]
            # A run too long for a name that ends in one after an organisation's word ("the
            # Estonian Car Dealers Association Margus Tamm") is that name.
            if len(run) > 4:
                run = run[_name_after_an_organisation(run) :]
            # A place's name before a given name and a surname is no part of the name: "Gare du
            # Nord Julie Boulanger" opening a caption is Julie Boulanger.
            elif (
                len(run) >= 3
                and is_given_name(run[-2].text)
                and not is_ordinary_word(run[-2].text)
                and not is_given_name(run[-3].text)
                and unit.text[run[-3].end : run[-2].start] == " "
            ):
                run = run[-2:]
            if 2 <= len(run) <= 4:
                before = unit.before(run[0].start)
                titled = titled or bool(
                    config.title_phrase.search(before) or config.title_abbreviation.search(before)
                )
                titled = titled or (before.split()[-1:] or [""])[0].casefold() in config.titles
                names.append(Run(unit, tuple(run), titled))
        return names

    def _may_open_a_name(self, word: str) -> bool:
        """A word that is no ordinary English, a given name, or in a translated copy a word more at
        home in the source language than in English ("Ville", "Mads": given names there)."""
        return not is_ordinary_word(word) or is_given_name(word) or self._native_word(word)

    def _native_word(self, word: str) -> bool:
        language = self.source_language
        return bool(language and native(word, language, self.config.native_gap))

    # -- who the article's people are ------------------------------------------

    @cached_property
    def forms(self) -> Counter:
        """How often each full name stands in the article (a tag is the page's, not the article's)."""
        return Counter(run.text for run in self.runs if run.unit.field not in THE_PAGES)

    @cached_property
    def places(self) -> dict[str, list[tuple[Unit, Token]]]:
        places: dict[str, list[tuple[Unit, Token]]] = {}
        for unit in self.units:
            for token in unit.tokens:
                places.setdefault(token.text, []).append((unit, token))
        return places

    def speaks(self, unit: Unit, start: int, end: int) -> bool:
        """The span is followed or preceded by a verb of speech, or is a possessive."""
        text = unit.text
        return bool(
            self.config.verb_after.match(text, end)
            or POSSESSIVE.match(text, end)
            or self.config.verb_before.search(text, max(0, start - 40), start)
        )

    def person_stands(self, unit: Unit, start: int, end: int) -> bool:
        """Where the words stand a person's name stands: a verb of speech or a possessive after
        them or a verb of speech before, an apposition after them (", the mayor", ", director of
        INI"), or a comma after them and a comma before them, maybe before a title's abbreviation
        and after a quote (", Dr. Gem Jayasuriya,"; "…,” Snowflake Kleist,"), or a verb of speech
        after it (", Pride Mammadov, said")."""
        text = unit.text
        before = text[:start].rstrip()
        if abbreviation := self.config.title_abbreviation.search(before):
            before = before[: abbreviation.start()].rstrip()
        if age := AGE_AFTER.match(text, end):
            end = age.end()  # "Sincerity Higa (58), the person in charge of …"
        comma = COMMA_AFTER.match(text, end)
        return bool(
            self.speaks(unit, start, end)
            or APPOSITIVE.match(text, end)
            or ROLE_APPOSITION.match(text, end)
            or (
                comma and (ends_with_a_comma(before) or self.config.verb_after.match(text, comma.start() + 1))
            )
        )

    @cached_property
    def speaking(self) -> Somewhere:
        """Capitalised words that speak or own something somewhere in the article."""
        return Somewhere(
            self.places, lambda unit, token: token.capitalised and self.speaks(unit, token.start, token.end)
        )

    @cached_property
    def people(self) -> set[str]:
        """Full names used as people: after a title, speaking (or by surname), described
        (", the minister …"), or made only of words that are not ordinary English. A name ending
        in an organisation's word ("Zürich Airport said …") is no person, whatever it does."""
        tagged, surname_first = self._tagged_people
        return (self.people_by_deed | self._name_like | tagged) - surname_first

    @cached_property
    def _tagged_people(self) -> tuple[set[str], set[str]]:
        """Tags that are a given name and a surname ("Marc Petit"): sites tag an article with the
        people in it, spelled as the original spells them, whatever language the surname is in. A
        Hungarian tag puts the surname first ("Fekete Eszter"): the person is "Eszter Fekete", as
        an English text writes the name, and the tag's order names no one (the second set)."""
        found, surname_first = set(), set()
        # A first word that opens a person's name in the text is a given name too ("Rein Bear"
        # described as a board member, the tag "Rein Karu": Estonian names are in no list).
        by_deed = self.people_by_deed
        opening_people = {
            run.tokens[0].text
            for run in self.runs
            if run.unit.field not in EVIDENCE_ONLY and run.text in by_deed
        }
        for run in self.runs:
            if run.unit.field != "tags" or len(run.tokens) < 2:
                continue
            first, last = run.tokens[0].text, run.tokens[-1].text
            if is_given_name(first):
                found.add(run.text)
            elif len(run.tokens) == 2 and is_given_name(last):
                found.add(f"{last} {first}")
                surname_first.add(run.text)
            elif first in opening_people:
                found.add(run.text)
        return found, surname_first

    @cached_property
    def _name_like(self) -> set[str]:
        """Full names made of words that are no ordinary English, or in a translated copy opening
        with a given name or a word of the source language ("Ville Tehokas") and ending in a word at
        home there ("Björn Borg", "Karianne Tung")."""
        language = self.source_language
        return {
            run.text
            for run in self.runs
            if run.tokens[-1].text not in self.config.organisation_words
            and (
                not is_ordinary_word(run.tokens[0].text)
                or (language and (is_given_name(run.tokens[0].text) or self._native_word(run.tokens[0].text)))
            )
            and (
                not is_ordinary_word(run.tokens[-1].text)
                or (language and native(run.tokens[-1].text, language, self.config.native_gap))
            )
        }

    @cached_property
    def people_by_deed(self) -> set[str]:
        """Full names the article treats as people: titled, described, speaking (or speaking by
        surname), not merely made of words that are not ordinary English ("Zamazenta Editino")."""
        people = set()
        for run in self.runs:
            if run.tokens[-1].text in self.config.organisation_words:
                continue
            if (
                run.titled
                or APPOSITIVE.match(run.unit.text, run.end)
                or run.tokens[-1].text in self.speaking
                or self.speaks(run.unit, run.start, run.end)
            ):
                people.add(run.text)
        return people

    @cached_property
    def described(self) -> set[str]:
        """Full names the article itself describes where they stand: after a title, with an
        apposition (", the finance minister") or speaking there. A rendering borrows a person's
        deeds only through the surname used elsewhere."""
        return {
            run.text
            for run in self.runs
            if run.titled
            or DESCRIBED.match(run.unit.text, run.end)
            or self.speaks(run.unit, run.start, run.end)
        }

    @cached_property
    def unit_order(self) -> dict[int, int]:
        """id(unit) → its place in reading order."""
        return {id(unit): n for n, unit in enumerate(self.units)}

    def first_place(self, full: str, fields: tuple[str, ...] | None = None) -> tuple[int, int] | None:
        """Where the full name first stands, in reading order (unit, offset); only in units of
        `fields`, when given."""
        order = self.unit_order
        return min(
            (
                (order[id(run.unit)], run.start)
                for run in self.runs
                if run.text == full and (fields is None or run.unit.field in fields)
            ),
            default=None,
        )

    def in_apposition(self, full: str) -> bool:
        """The text introduces the full name between commas after what the person is ("The
        council member of Henveiru, Ahmed Waheed, said"), not after a quote's comma."""
        return any(
            run.text == full
            and run.unit.field == "text"
            and (before := run.unit.text[: run.start].rstrip()).endswith(",")
            and not before[:-1].rstrip().endswith(tuple(CLOSING_QUOTES))
            and COMMA_AFTER.match(run.unit.text, run.end)
            for run in self.runs
        )

    def introduced_first(self, full: str, anchor: "Anchor") -> bool:
        """The article describes the full name as a person of its own ("It was Anna Piano, the
        finance minister, …") before it names the anchor: someone else, not the anchor rendered.
        A caption or the byline stands beside the article, at no place in it: an anchor named
        only under a photo or as the author is neither before nor after."""
        if full not in self.described or (mine := self.first_place(full)) is None:
            return False
        places = [run.unit.field for run in self.runs if run.text == anchor.full]
        if places and all(field in BESIDE_THE_TEXT for field in places):
            return False
        if not places and anchor.full in self._tagged_people[0]:
            return False  # a tag in surname-first order: beside the text too
        theirs = self.first_place(anchor.full)
        if theirs is None and anchor.surname in self.joined_anchors:
            theirs = self._first_bare_place(anchor.surname)
        return theirs is None or mine < theirs

    def _first_bare_place(self, word: str) -> tuple[int, int] | None:
        """Where the word first stands outside a full name, in reading order (unit, offset)."""
        return min(
            (
                (n, token.start)
                for n, unit in enumerate(self.units)
                for token in unit.tokens
                if token.text == word and (id(unit), token.start) not in self.in_runs
            ),
            default=None,
        )

    @cached_property
    def names_around(self) -> list[Anchor]:
        """People the rest of the page (a comment, a related post, a sidebar) names with a
        surname the article writes after an ordinary word, other than the article's ("Padma
        Rao" in a comment, "Lotus Rao" in the text). The page is read only for such an article,
        and these people are evidence for that one reading only: a sidebar names many others."""
        article = "\n".join(unit.text for unit in self.units if unit.field in ARTICLE_FIELDS)
        config = self.config
        # Only a word where a person's name stands that is no title or role ("President Trump"):
        # the engine's rendering of a given name.
        surnames = {
            match.group(2)
            for unit in self.units
            if unit.field in ARTICLE_FIELDS
            for match in WORD_BEFORE_NAME.finditer(unit.text)
            if self.person_stands(unit, match.start(), match.end())
            and match.group(1).casefold() not in config.title_words
            and match.group(1).casefold() not in config.role_words
            and is_ordinary_word(match.group(1))
            and not is_given_name(match.group(1))
            and not is_ordinary_word(match.group(2))
            and not is_given_name(match.group(2))
        }
        if not surnames:
            return []
        alternatives = "|".join(map(re.escape, sorted(surnames, key=len, reverse=True)))
        full_name = re.compile(
            rf"(?<![^\W\d_])[{UPPER}][^\W\d_]*(?:-[^\W\d_]+)* (?:{alternatives})(?:(?![\w-])|(?={HONORIFIC_SUFFIX}))"
        )
        found: dict[str, None] = {}
        for match in full_name.finditer(self.page_text()):
            name = match.group()
            if name not in found and name not in article and self._opens_with_a_given_name(name):
                found[name] = None
                if len(found) == MAX_PAGE_NAMES:
                    break
        return [Anchor(name) for name in found]

    def _opens_with_a_given_name(self, name: str) -> bool:
        """The first word may be a given name: a capital and small letters ("Padma"), no title,
        role or abbreviation ("Mr Rao", "PM Modi", "Ex-Mayor Rao"), no organisation's word."""
        config = self.config
        first = name.split()[0]
        return bool(
            GIVEN_NAME_SHAPE.fullmatch(first)
            and not any(
                part.casefold() in config.title_words or part.casefold() in config.role_words
                for part in first.split("-")
            )
            and first not in config.honorifics
            and first not in config.organisation_words
        )

    def used_as_place(self, word: str) -> bool:
        """The article writes the word after a preposition of place ("in Kabul", "at Braga")."""
        return any(
            LOCATIVE_BEFORE.search(unit.text, max(0, token.start - 20), token.start)
            for unit, token in self.places.get(word, ())
        )

    def beside_only(self, anchor: "Anchor") -> bool:
        """The anchor's full name stands beside the article only (a caption, a tag, an alt text),
        never in its title or lines: the translation reached every place it stood in the text."""
        fields = [run.unit.field for run in self.runs if run.text == anchor.full]
        return bool(fields) and all(field in BESIDE_THE_TEXT for field in fields)

    def credited_only(self, anchor: "Anchor") -> bool:
        """The anchor is named only in photo credits ("Photo: Frode Hansen / NTB")."""
        lines = [run.unit.text for run in self.runs if run.text == anchor.full]
        return bool(lines) and all(CREDIT.match(line) for line in lines)

    def is_person(self, anchor: "Anchor") -> bool:
        """The article treats the anchor as a person, or its first word is a given name."""
        return anchor.full in self.people_by_deed or is_given_name(anchor.words[0])

    @cached_property
    def anchors(self) -> dict[str, Anchor]:
        """People by surname, whose surname is no ordinary English word (the right spelling). Where
        several full names end in one surname ("Isabel Díaz Ayuso", "Isabel Days Ayuso"), the one
        with the fewest ordinary English words is the right one, then the longest."""
        forms: dict[str, list[str]] = {}
        for form in sorted(self.people):
            if not is_ordinary_word(form.split()[-1]) and not is_glued(form.split()[-1]):
                forms.setdefault(form.split()[-1], []).append(form)
        return {
            surname: Anchor(
                min(
                    candidates,
                    key=lambda f: (sum(map(is_ordinary_word, f.split())), -len(f.split()), -self.forms[f]),
                )
            )
            for surname, candidates in forms.items()
        }

    @cached_property
    def native_anchors(self) -> dict[str, Anchor]:
        """The people `_native_in_article` finds, and those only the page around the article spells
        (`around_only`): right spellings too."""
        return {**self.around_only, **self._native_in_article}

    @cached_property
    def _native_in_article(self) -> dict[str, Anchor]:
        """In a translated copy, people whose surname is an English word but more at home in the
        source language ("Karianne Tung": "tung" is Norwegian) or after a particle ("Annelies De
        Wolf"), or that the page also names with the word the lexicon says an engine writes for it
        ("Maria Lax" in a caption, "Maria Salmon" in the text: Swedish "lax" is salmon; with the
        source language unknown, in any language the lexicon holds: "Marc Petit" in the tags, "Marc
        Small" in the text)."""
        found = {}
        language = self.source_language
        languages = [language] if language else list(self.config.source_languages)
        for form in self.people:
            surname = form.split()[-1]
            if surname not in self.anchors and (
                (
                    language
                    and (native(surname, language, self.config.native_gap) or self._after_a_particle(form))
                )
                or self._rendered_elsewhere(form, languages)
            ):
                found[surname] = Anchor(form)
        return found

    @cached_property
    def around_only(self) -> dict[str, Anchor]:
        """The people `_spelled_around` finds whose surname neither the anchors nor
        `_native_in_article` have."""
        return {
            surname: anchor
            for surname, anchor in self._spelled_around().items()
            if surname not in self.anchors and surname not in self._native_in_article
        }

    @cached_property
    def spelled_around(self) -> frozenset[str]:
        """The full names only the page around the article spells, taken as the article's people's."""
        return frozenset(anchor.full for anchor in self.around_only.values())

    @cached_property
    def lexicon_languages(self) -> list[str]:
        """The languages a name the page spells is read in: the source language, or, unknown, every
        language the lexicon holds (the page's spelling is the evidence, not the language)."""
        return [self.source_language] if self.source_language else list(self.config.lexicon.words)

    @cached_property
    def given_names_spelled(self) -> list[Anchor]:
        """People the page names (a caption, a tag, an alt text, a comment, a link) with a surname
        of the article's and, before it, a given name the lexicon says an engine writes as the word
        the article writes there ("Vera Sokolova" in a caption, "Faith Sokolova" in the text:
        Russian "vera" is faith): the original's spelling. The page is read only where a word
        before a surname is one the lexicon gives for a name."""
        lexicon = self.config.lexicon
        titles = self.config.title_words | self.config.role_words
        written: dict[str, set[str]] = {}
        for unit in self.units:
            if unit.field in ARTICLE_FIELDS:
                for match in WORD_BEFORE_NAME.finditer(unit.text):
                    word, surname = match.groups()
                    if (
                        word.casefold() in lexicon.any_rendering
                        and word.casefold() not in titles
                        and not is_ordinary_word(surname)
                    ):
                        written.setdefault(surname, set()).add(word)
        if not written:
            return []
        alternatives = "|".join(map(re.escape, sorted(written, key=len, reverse=True)))
        full_name = re.compile(rf"(?<![^\W\d_])([{UPPER}][^\W\d_]+) ({alternatives})(?![\w-])")
        # The page is read only where it may name a surname after another word than the article's.
        quick = self.page_text.quick()
        elsewhere = any(
            _another_word_next(quick, f" {surname}", words, lexicon.source_openings(words), True)
            for surname, words in written.items()
        )
        found: dict[str, Anchor] = {}
        page = [self.page_text()] if elsewhere else []
        for text in (*(unit.text for unit in self.units), *page):
            for match in full_name.finditer(text):
                given, surname = match.groups()
                # Not the end of a longer name ("Lund Poulsen" of "Troels Lund Poulsen"); a title
                # may come before ("Deputy Mayor Mali Srisuk"), and no name goes on over a
                # sentence's or a label's end ("Thanks Narek! Gohar Petrosyan", "PS: Aftab Ahmed").
                before = text[: match.start()]
                previous = before.split()[-1] if before.endswith(" ") and before.strip() else ""
                if previous[:1].isupper() and previous[-1:].isalpha() and previous.casefold() not in titles:
                    continue
                if any(
                    lexicon.renders(self.lexicon_languages, given, word)
                    for word in written[surname]
                    if word != given
                ):
                    found.setdefault(match.group(), Anchor(match.group()))
        return list(found.values())

    def who_names(self, full: str) -> str:
        """Where the record's reason says the name is spelled: the article (its text, captions,
        tags, alt texts) or the page around it (a comment, a reply, a link to another story)."""
        return "the page around the article" if full in self.spelled_around else "the article"

    def _spelled_around(self) -> dict[str, Anchor]:
        """People the rest of the page (a reader's comment, a forum's reply, the link to another
        story) names with the given name of one of the article's and, for a surname, a word the
        lexicon says an engine writes as the article's ("Uwe Fuchs" in a German comment, "Uwe
        Fox" in the text: German "fuchs" is fox): the original's spelling of that person. The page
        is read only where an article's person has a surname the lexicon may have rendered."""
        lexicon = self.config.lexicon
        rendered: dict[str, set[str]] = {}
        # The article's names, whether or not it treats them as people yet ("… says Anna Sparrow.").
        for run in self.runs:
            if run.unit.field not in ARTICLE_FIELDS:
                continue
            *given, surname = run.text.split()
            if (
                given
                and surname.casefold() in lexicon.any_rendering
                and all(is_given_name(word) or not is_ordinary_word(word) for word in given)
            ):
                rendered.setdefault(" ".join(given), set()).add(surname)
        found: dict[str, Anchor] = {}
        languages = self.lexicon_languages
        # The units beside the text (an alt text, a tag) and, where it may name one, the page.
        beside = [unit.text for unit in self.units if unit.field in BESIDE_THE_TEXT]
        for given, surnames in rendered.items():
            written = "|".join(map(re.escape, surnames))
            # The given name before another word than the article's: read the page only if it may be so.
            spelled = re.compile(
                rf"(?<![^\W\d_]){re.escape(given)} (?!(?:{written})(?![\w-]))([{UPPER}][^\W\d_]+)(?![\w-])"
            )
            openings = lexicon.source_openings(surnames)
            texts = beside
            if _another_word_next(self.page_text.quick(), f"{given} ", surnames, openings, False):
                texts = [*beside, self.page_text()]
            for match in (match for text in texts for match in spelled.finditer(text)):
                word = match.group(1)
                # The word is one of a language the lexicon reads it in ("Fuchs" is German; "Falk"
                # Swedish, though Norwegian lists "falk" too), however common English makes it
                # ("Romero"). A romanised name ("Keshavarz") is in no list of its language's own
                # script: that it is no English word must do.
                native_somewhere = any(
                    lexicon.renders([language], word, surname)
                    and (
                        native(word, language, self.config.native_gap)
                        if written_in_latin_letters(language)
                        else not is_ordinary_word(word)
                    )
                    for surname in surnames
                    for language in languages
                )
                if native_somewhere:
                    found.setdefault(word, Anchor(f"{given} {word}"))
        return found

    def _after_a_particle(self, form: str) -> bool:
        """A surname after a name particle of its own ("Annelies De Wolf"): a name of the source
        language however English the surname's word, which the engine renders with the particle
        ("According to The Wolf")."""
        words = form.split()
        return len(words) >= 3 and words[-2].casefold() in self.config.particles

    def _rendered_elsewhere(self, form: str, languages: list[str]) -> bool:
        """Another person of the page has this one's given names and, for its surname, a word the
        lexicon says an engine writes for this one's: the page names one person in two spellings."""
        given, surname = form.split()[:-1], form.split()[-1]
        return bool(given) and any(
            other != form
            and other.split()[:-1] == given
            and self.config.lexicon.renders(languages, surname, other.split()[-1])
            for other in self.people
        )

    @cached_property
    def joined_anchors(self) -> dict[str, Anchor]:
        """In a translated copy, people the article names by surname alone ("Meloni and Conte
        clash") and by given name before the word an engine wrote for that surname ("Giuseppe
        Count"), where the lexicon says the word translates it: the given name and the surname."""
        language = self.source_language
        if not language:
            return {}
        lexicon = self.config.lexicon
        lone = [
            word
            for word, count in self.bare_as_person.items()
            if count
            and word not in self.translation_anchors_before_joining
            and lexicon.might_translate(word)
            and (not is_ordinary_word(word) or native(word, language, self.config.native_gap))
        ]
        found: dict[str, str | None] = {}
        for run in self.runs:
            # The run's last two words: ordinary words may come before the name ("Star Movement").
            given, written = (t.text for t in run.tokens[-2:])
            if (is_ordinary_word(given) and not is_given_name(given)) or not is_ordinary_word(written):
                continue
            for surname in lone:
                if surname != given and lexicon.renders([language], surname, written):
                    full = f"{given} {surname}"
                    found[surname] = full if found.get(surname, full) == full else None
        return {surname: Anchor(full) for surname, full in found.items() if full}

    @cached_property
    def translation_anchors_before_joining(self) -> dict[str, Anchor]:
        return {**self.anchors, **self.native_anchors}

    @cached_property
    def translation_anchors(self) -> dict[str, Anchor]:
        """The people a translation may have damaged: the anchors, the native anchors and the
        joined anchors."""
        return {**self.translation_anchors_before_joining, **self.joined_anchors}

    @cached_property
    def name_words_after(self) -> dict[str, list[tuple[Anchor, int]]]:
        """Case-folded word → (anchor, position) of the middle name words it follows in an anchor
        ("ayuso" → Isabel Díaz Ayuso, 1): where a word before the rest of a name may be a middle name."""
        found: dict[str, list[tuple[Anchor, int]]] = {}
        for anchor in self.translation_anchors.values():
            for position in range(1, len(anchor.words) - 1):
                found.setdefault(anchor.words[position + 1].casefold(), []).append((anchor, position))
        return found

    @cached_property
    def first_names(self) -> set[str]:
        return {form.split()[0] for form in self.people}

    @cached_property
    def surnames(self) -> frozenset[str]:
        return frozenset(form.split()[-1] for form in self.people)

    def surnames_in_use(self) -> set[str]:
        """Last words of name runs the engine did not repair as a whole."""
        return {
            run.tokens[-1].text for run in self.runs if (id(run.unit), run.start, run.end) not in self.exclude
        }

    @cached_property
    def names_in_use(self) -> Somewhere:
        """The surnames in use, and the capitalised words the article uses as names of their own:
        a given name opening a person's name ("Barry Berke"), the first word of an organisation's
        ("Green Party", "Yellow Cab"), a single word after an article ("the Guardian", not "the
        Winter Olympics"), or a speaker that owns with "its" ("Shell said its profits …"). The same
        word elsewhere is that name. Read after the whole-name repairs (see `exclude`)."""
        given_names = {run.tokens[0].text for run in self.runs if is_given_name(run.tokens[0].text)}
        return Somewhere(self.places, self._named_on_its_own, known=self.surnames_in_use() | given_names)

    def _named_on_its_own(self, unit: Unit, token: Token) -> bool:
        alone_after_article = DETERMINER_BEFORE.search(
            unit.text, max(0, token.start - 8), token.start
        ) and not NEXT_NAME.match(unit.text, token.end)
        following = NEXT_WORD.match(unit.text, token.end)
        opens_organisation = bool(following) and following.group(1) in self.config.organisation_words
        return bool(alone_after_article or opens_organisation or THING_SPEAKS.match(unit.text, token.end))

    @cached_property
    def in_runs(self) -> set[tuple[int, int]]:
        return {(id(run.unit), token.start) for run in self.runs for token in run.tokens}

    @cached_property
    def alone(self) -> frozenset[str]:
        """People a headline may name by surname: surnames the article also uses alone, outside a
        full name ("Dempsey wants …"), and surnames of people quoted by full name."""
        bare = {
            token.text
            for unit in self.units
            for token in unit.tokens
            if token.text in self.anchors and (id(unit), token.start) not in self.in_runs
        }
        quoted = {run.tokens[-1].text for run in self.runs if self.speaks(run.unit, run.start, run.end)}
        return frozenset(bare | quoted)

    @cached_property
    def silent(self) -> list[Anchor]:
        """Anchors the article never calls by surname alone (only by full name): a translated copy
        whose engine turned every bare surname into a word leaves its person silent."""
        return [anchor for surname, anchor in self.translation_anchors.items() if not self.bare[surname]]

    @cached_property
    def bare(self) -> Counter:
        """How often each capitalised word stands outside a full name."""
        return Counter(token.text for _, token in self._outside_runs())

    @cached_property
    def bare_as_person(self) -> Counter:
        """How often each capitalised word stands outside a full name, not as the name of a place
        or a building ("Bakke bridge")."""
        features = self.config.feature_nouns
        return Counter(
            token.text
            for unit, token in self._outside_runs()
            if not ((following := NEXT_WORD.match(unit.text, token.end)) and following.group(1) in features)
        )

    def _outside_runs(self) -> Iterator[tuple[Unit, Token]]:
        for unit in self.units:
            for token in unit.tokens:
                if (id(unit), token.start) not in self.in_runs:
                    yield unit, token

    @cached_property
    def inflected(self) -> dict[str, Anchor]:
        """In a translated copy, people's surnames with a case ending of the source language left on
        them ("Trzaskowskiego" for Trzaskowski, "Tuska" for Tusk, "Mitsotaki" for Mitsotakis), by
        the inflected spelling: the person. A surname English also writes ("Tusk") counts: the
        inflected form is no English word. A form two people's surnames share, or that ends the
        name of a person with other given names ("Marika Mitsotaki" beside "Kyriakos Mitsotakis"),
        is left out."""
        endings = self.config.case_endings.get(self.source_language or "", ())
        if not endings:
            return {}
        given: dict[str, set[tuple[str, ...]]] = {}
        for person in self.people:
            *first, last = person.split()
            given.setdefault(last, set()).add(tuple(first))
        people = dict(self.anchors)
        for surname, firsts in given.items():
            if surname not in people and len(firsts) == 1:
                people[surname] = Anchor(" ".join((*next(iter(firsts)), surname)))
        found: dict[str, Anchor | None] = {}
        for surname, anchor in people.items():
            for ending, forms in endings:
                stem = surname[: len(surname) - len(ending)]
                if not surname.endswith(ending) or len(stem) < 3:
                    continue
                for form in (stem + f for f in forms if stem + f != surname):
                    found[form] = anchor if found.get(form, anchor) == anchor else None
        return {
            form: anchor
            for form, anchor in found.items()
            if anchor and given.get(form, set()) <= {anchor.words[:-1]}
        }

    @cached_property
    def undiacritic(self) -> dict[str, str]:
        """People's surnames with diacritics, by their plain spelling ("Schroder" → "Schröder"), where
        the article writes them with diacritics at least as often as without."""
        plain: dict[str, str | None] = {}
        for surname in self.anchors:
            folded = fold_diacritics(surname)
            if folded != surname:
                plain[folded] = None if folded in plain else surname
        if not plain:
            return {}
        counts = Counter(t.text for unit in self.units for t in unit.tokens)
        return {f: s for f, s in plain.items() if s and counts[s] >= counts[f]}
