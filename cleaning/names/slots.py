"""Where a name stands: the slot of a word in its sentence (Slot), found from the text around it.

A slot says a person's name may stand there; some slots fit nothing but a person (a speaker, an
owner, a titled person), others any name (a "Name:" headline, a caption's first word, a capital
mid-sentence). How much each slot proves is the decision's business (names.yaml), by reading.
"""

import re
from enum import Enum

from republished.cleaning.compact import zipf_frequency
from republished.cleaning.names.config import NamesConfig
from republished.cleaning.names.people import POSSESSIVE, ArticlePeople, Unit
from republished.cleaning.names.words import is_given_name, is_ordinary_word
from republished.cleaning.stages.captions import LEAD_IN

PARTY_CODE = re.compile(r"^\s*\([A-ZÆØÅ][A-Za-zæøå]{0,3}\)")
#: ", who …" and "… and his team": contexts that only a person fits.
WHO = re.compile(r",\s+who(?:se)?\b")
IS_ONE_WHO = re.compile(r"\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,3}who\b")
HIS_HER = re.compile(r"\s+and\s+(?:his|her)\s+[a-z]")
#: A quote closed with "so" and its speaker, as engines render Dutch "aldus" and German "so":
#: '"We work with pen and paper," so The Smith.'
QUOTE_THEN_SO = re.compile(r"[”\"»’],?\s+(?:so|thus)\s+$")
#: A neighbour in a list of names: "Gaiman and Waltz", "Waltz or Meacham", "Gaiman, Waltz, and Meacham".
#: A bare comma is a list only when the list goes on ("Gaiman, Waltz,"), not in "Like Johansen, Store owners …".
LIST_BEFORE = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+)(?P<sep>,\s+|,?\s+(?:and|or|&)\s+)$")
LIST_AFTER = re.compile(r"(?P<sep>,\s+|,?\s+(?:and|or|&)\s+)(?P<name>[A-Z][\w’'-]+)\b(?P<more>,)?")
LOWERCASE_NEXT = re.compile(r" ([a-z]+)\b")
PLURAL = re.compile(r"[^s]s$")
#: Above this Zipf frequency a word is a function word ("to", "and", "were"), not a noun that a
#: capitalised word before it could qualify.
FUNCTION_WORD_ZIPF = 5.8
#: What follows "Name:" in a headline about a person: a dash or quote ("Støre: – Not relevant"),
#: or a predicate with its subject left out: a verb or participle and its complement
#: ("Blinken: Believes in further talks", "Solberg: Disappointed with the result").
#: A label ("Poll: Voters want …") is followed by a sentence with its own subject.
HEADLINE_PREDICATE = re.compile(
    r":\s*(?:[–—\-\"“«]|[A-Z][a-z]+(?:s|ed)\s+(?:a|an|the|in|of|on|to|for|with|about|after|at|by|from|"
    r"that|his|her|its|their|more|no|further|new)\b|(?:Wants|Believes|Expects|Fears|Hopes|Rejects|Warns|"
    r"Demands|Denies|Admits|Promises|Threatens|Regrets|Apologises|Apologizes)\b)"
)
#: A quote after a headline's colon: "Name: – We …", "Name: «We …»".
QUOTE_AFTER_COLON = re.compile(r":\s*[–—\-\"“«]")
#: What may come right before a clause's subject: a comma, a conjunction, a verb of saying.
CLAUSE_OPENER = re.compile(
    r"(?:,|\b(?:that|where|when|while|whereas|and|but|or|because|as|after|before|since|if|though|although|"
    r"until|unless|say|says|said|so|then))\s+$"
)
SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[–—\"“«(]\s*)$")
#: A finite verb after a sentence's opening word, where the article established the word as a
#: person's rendering ("Sparrow answers, that …", "Falcon rejects the criticism", "Bird let himself
#: …"): a verb in -s or -ed taking an object, a clause or a comma, or a common irregular past.
#: Read only for such a rendering: an ordinary word opening a sentence stays a word.
ESTABLISHED_SUBJECT_VERB = re.compile(
    r"\s+(?:(?:also|still|now|then|later|again|however|[a-z]{3,}ly)\s+)?"
    r"(?:(?!(?:across|towards|besides|unless|perhaps|always|sometimes|afterwards|nevertheless|nonetheless|"
    r"whereas|versus|plus|minus|less|thus|this|his|has|was|its|yes|as|us|is)\b)"
    r"[a-z]{3,}(?:s|ed)(?=,|\s+(?:the|a|an|that|this|these|those|his|her|their|its|it|him|them|to|on|in|"
    r"with|at|for|not|no|all|every|any|some)\b)"
    r"|let|made|took|gave|went|came|told|saw|knew|thought|found|got|kept|left|held|brought|stood|led|met|"
    r"paid|sent|spent|won|lost|wrote|spoke|chose|began|became|put|set|cut)\b"
)
#: Verbs that agree only with a singular subject: a plural noun before them is a name ("Churches has").
SINGULAR_VERB = re.compile(
    r"\s+(?:(?:also|still|now|then|later|again|[a-z]{3,}ly)\s+)?(?:has|is|was|does|wants|thinks|believes|calls|urges|denies)\b"
)
#: Where a headline line may be: short enough to be one.
HEADLINE_CHARS = 120


class Slot(Enum):
    """Where a word stands, as (group, description): the group is what names.yaml weighs."""

    SPEECH_AFTER = ("person", "followed by a verb of speech")
    SPEECH_BEFORE = ("person", "follows a verb of speech")
    POSSESSIVE = ("person", "possessive")
    TITLE = ("person", "follows a title")
    WHO = ("person", "described with 'who', as only a person is")
    HIS_HER = ("person", "paired with 'his' or 'her' as a person is ('… and his team')")
    FIRST_NAME = ("person", "follows a first name")
    PARTY_CODE = ("person", "followed by a party code")
    SUBJECT_BY_SURNAME = (
        "person",
        "the subject of a verb, where the article calls the person by surname alone",
    )
    LISTED = ("listed", "listed with a person named in this article")
    PERSON_HEADLINE = (
        "person_headline",
        "opens a 'Name:' headline that quotes the person or says what they do",
    )
    HEADLINE = ("headline", "opens a 'Name:' headline")
    LABEL_HEADLINE = (
        "label_headline",
        "a label word opening a headline that quotes someone ('Traffic: – …')",
    )
    CAPTION = ("caption", "first word of a caption, where the person shown is named")
    CAPS_CAPTION = ("caps_caption", "a caption's lead-in in capitals, where the person shown is named")
    SENTENCE_SUBJECT = ("sentence_subject", "opens a sentence as its subject")
    MID_SENTENCE = ("mid_sentence", "an ordinary word capitalised mid-sentence")
    FULL_NAME = ("full_name", "stands in a full name after the person's given name")

    @property
    def group(self) -> str:
        return self.value[0]

    @property
    def description(self) -> str:
        return self.value[1]


class Slots:
    """Finds the slot of a span of a unit for a reading that names `target` (a surname)."""

    def __init__(self, config: NamesConfig, view: ArticlePeople):
        self.config = config
        self.view = view

    def find(
        self, unit: Unit, start: int, end: int, target: str, strong_opening: bool, established: bool = False
    ) -> tuple[Slot, str] | None:
        """The slot, with its detail, or None. A sentence's opening subject counts only where
        `strong_opening` (a reading that proves the identity without help from the slot), with more
        verbs where the article `established` the word as the person's rendering."""
        found = self._slot(unit, start, end)
        if (
            found is None
            and strong_opening
            and self._opens_sentence_as_subject(
                unit, start, end, ESTABLISHED_SUBJECT_VERB if established else None
            )
        ):
            found = Slot.SENTENCE_SUBJECT, ""
        if (found is None or found[0] is Slot.MID_SENTENCE) and self._subject_called_by_surname(
            unit, start, end, target
        ):
            found = Slot.SUBJECT_BY_SURNAME, ""
        return found

    def _slot(self, unit: Unit, start: int, end: int) -> tuple[Slot, str] | None:
        config, view = self.config, self.view
        before = unit.before(start)
        after = unit.text[end:]
        word = unit.text[start:end]
        if config.verb_after.match(after):
            return Slot.SPEECH_AFTER, f"({after.strip()[:12]!r}…)"
        if self._modifies_noun(after):
            return None  # "said Store prices would fall": the word qualifies a noun
        if config.verb_before.search(before) or QUOTE_THEN_SO.search(before):
            return Slot.SPEECH_BEFORE, ""
        if POSSESSIVE.match(unit.text, end):
            return Slot.POSSESSIVE, ""
        previous = before.split()[-1] if before.split() else ""
        if (
            previous.casefold() in config.titles
            or config.title_phrase.search(before)
            or config.title_abbreviation.search(before)
        ):
            return Slot.TITLE, repr(previous)
        if WHO.match(after) or IS_ONE_WHO.match(after):
            return Slot.WHO, ""
        if HIS_HER.match(after):
            return Slot.HIS_HER, ""
        if previous in view.first_names:
            return Slot.FIRST_NAME, repr(previous)
        partner = self._listed_with(before, after)
        if partner:
            return Slot.LISTED, repr(partner)
        if PARTY_CODE.match(after):
            return Slot.PARTY_CODE, ""
        caption = LEAD_IN.match(unit.text)
        if caption and start == 0 and end == caption.end("lead") and word.isupper():
            return Slot.CAPS_CAPTION, ""
        if not before.strip() and after.startswith(":") and len(unit.text) <= HEADLINE_CHARS:
            if word in config.headline_labels:
                # "Traffic: – We …" quotes someone: a label word there may be a rendering.
                return (Slot.LABEL_HEADLINE, "") if QUOTE_AFTER_COLON.match(after) else None
            if HEADLINE_PREDICATE.match(after):
                return Slot.PERSON_HEADLINE, ""
            return Slot.HEADLINE, ""
        if caption and caption.start("rest") == start:
            return Slot.CAPTION, ""
        following = after.split()[0] if after.split() else ""
        if (
            not SENTENCE_START.search(before)
            and previous[:1].islower()
            and not following[:1].isupper()
            and is_ordinary_word(word)
            and not self._title_case(unit)
        ):
            return Slot.MID_SENTENCE, ""
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
            and not self.config.subject_verb.match(after)
            and zipf_frequency(word.group(1), "en") < FUNCTION_WORD_ZIPF
        )

    def _listed_with(self, before: str, after: str) -> str | None:
        """A person's surname next to the word in a list ("Gaiman, Waltz, and Meacham", "Gaiman and
        Waltz"): a name listed with people is a person's."""
        previous, following = LIST_BEFORE.search(before), LIST_AFTER.match(after)
        for match, other in ((previous, following), (following, previous)):
            if not match or match.group("name") not in self.view.surnames:
                continue
            bare_comma = match.group("sep").strip() == ","
            if not bare_comma or other or (match is following and match.group("more")):
                return match.group("name")
        return None

    def _subject_called_by_surname(self, unit: Unit, start: int, end: int, target: str) -> bool:
        """The subject of a clause ("… that Vinod did not come"), standing for a person the article
        elsewhere calls by surname alone: the article's own habit makes a bare surname expected.
        A given name may be another person called by first name, and a pronoun ("None is …") or a
        word after a preposition ("the price of Brent was …") is no person's subject."""
        word = unit.text[start:end]
        return bool(
            self.config.subject_verb.match(unit.text, end)
            and (target in self.view.speaking or target in self.view.alone)
            and CLAUSE_OPENER.search(unit.before(start))
            and word not in self.config.non_names
            and not is_given_name(word)
        )

    def _opens_sentence_as_subject(
        self, unit: Unit, start: int, end: int, more_verbs: re.Pattern | None
    ) -> bool:
        """A plural opening a sentence is a plural ("Mayors will meet"), not a rendering, unless its
        verb is singular ("Churches has said")."""
        word = unit.text[start:end]
        singular = (
            word[:-3] + "y" if word.endswith("ies") else word[:-2] if word.endswith("es") else word[:-1]
        )
        plural = (
            word.endswith("s")
            and (is_ordinary_word(word[:-1]) or is_ordinary_word(singular))
            and not SINGULAR_VERB.match(unit.text, end)
        )
        return bool(
            not plural
            and SENTENCE_START.search(unit.text, 0, start)
            and (
                self.config.subject_verb.match(unit.text, end)
                or (more_verbs is not None and more_verbs.match(unit.text, end))
            )
        )
