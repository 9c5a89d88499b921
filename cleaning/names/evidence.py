"""Named pieces of evidence that words stand for a person's name, and the candidates they belong to.

A candidate is a span of one unit (a word, a full name, particles) that may be a damaged name.
Each reading of it says which person's words should stand there, on the strength of one kind of
identity evidence (a spelling, an alias the article established, a translation, …); the reading
carries the slot the span stands in for that person and the other evidence for and against.
The decision (decide.py) weighs each reading with the weights of names.yaml.
"""

from dataclasses import dataclass, field
from enum import Enum

from republished.cleaning.names.people import Unit
from republished.cleaning.names.slots import Slot


class Role(Enum):
    IDENTITY = "identity"  # which person the words stand for: a reading's own kind
    SUPPORT = "support"
    AGAINST = "against"


class EvidenceKind(Enum):
    """Each kind of evidence, with its role and what it says."""

    # identity: which person, and how the stage knows
    SPELLING_STRONG = (Role.IDENTITY, "one spelling family, a known rendering or a very close spelling")
    SPELLING_CLOSE = (Role.IDENTITY, "a close spelling that keeps the name's start and length")
    SPELLING_LOOKALIKE = (Role.IDENTITY, "a look-alike spelling")
    GAZETTEER = (Role.IDENTITY, "an ordinary word the gazetteer lists as a rendering")
    GAZETTEER_NAME = (Role.IDENTITY, "a full name the gazetteer lists as a rendering")
    VARIANT = (Role.IDENTITY, "one person spelled two ways")
    DIACRITICS = (Role.IDENTITY, "a surname without its diacritics")
    INFLECTION = (Role.IDENTITY, "a surname with a case ending of the source language")
    ALIGNMENT = (Role.IDENTITY, "the person's given name, and other words where the surname should be")
    PARTICLES = (Role.IDENTITY, "the person's particles translated before the rest of the name")
    ALIAS = (Role.IDENTITY, "a rendering the article established for the person")
    LEXICON = (Role.IDENTITY, "the English translation of a word of the person's name")
    SUFFIX = (Role.IDENTITY, "the rest of the person's name follows the word")
    SILENT = (
        Role.IDENTITY,
        "a word used as a name, for the person the article never (or less often) calls by surname",
    )
    # support
    TRANSLATED = (Role.SUPPORT, "a translated copy (the source outlet's language is known)")
    SOURCE_WORD = (Role.SUPPORT, "the name is an ordinary word of the source language")
    SPELLING = (Role.SUPPORT, "the spellings are related")
    NEVER_ALONE = (Role.SUPPORT, "the article never calls the person by surname alone")
    REPEATED = (Role.SUPPORT, "the word stands where a person's name stands more than once")
    AFTER_GIVEN_NAME = (Role.SUPPORT, "the article also writes the person's given name before the word")
    SPEAKS_ELSEWHERE = (Role.SUPPORT, "the article quotes the person by surname")
    NO_ONES_NAME = (
        Role.SUPPORT,
        "an English word no one is named, where the page writes a given name that is no English word",
    )
    CALLED_BY_SURNAME = (Role.SUPPORT, "the article calls the person by surname alone")
    # against
    OTHER_PERSON = (Role.AGAINST, "the words as written name another person of the article")
    RECURRING_ANCHOR = (
        Role.AGAINST,
        "the person's own full name stands more than once: the engine left it alone",
    )
    NOT_A_SOURCE_WORD = (
        Role.AGAINST,
        "the name word is rare in the source language: no word an engine would translate",
    )
    SURNAME_FORM = (
        Role.AGAINST,
        "the name word is a surname by its form (-sen, -son, -ez, -ski): no word an engine translates",
    )
    ENGLISH_NAME_WORD = (Role.AGAINST, "the name word is itself English, so no engine translated it")
    CALLED_ALONE = (Role.AGAINST, "the article calls the person by surname alone too, if less often")
    ANOTHER_SILENT = (
        Role.AGAINST,
        "another person the article never calls by surname, whose surname an engine may translate too",
    )
    ANOTHER_TRANSLATABLE = (
        Role.AGAINST,
        "another person, called by a surname that is a word of the source language, may be the one rendered",
    )
    PLACE = (Role.AGAINST, "the word stands for a place elsewhere in the article")
    MIDDLE_ALONE = (Role.AGAINST, "a middle name without the rest of the name is no mention of the person")
    NO_DEED = (
        Role.AGAINST,
        "the article does not treat the name as a person's (no title, description or speech)",
    )
    COMMON_WORD = (Role.AGAINST, "a very common word, outside a slot only a person fits")
    AT_HOME = (Role.AGAINST, "the word is used in the source language too: a name there, not a translation")
    SAME_SENTENCE = (
        Role.AGAINST,
        "the person is named in the same sentence: the word is someone or something else",
    )
    NAME_OF_ITS_OWN = (Role.AGAINST, "the article uses the word as a name of its own")
    OPENS_A_NAME = (Role.AGAINST, "the word opens another name")
    GIVEN_NAME_OF_ANOTHER = (
        Role.AGAINST,
        "the word opens another person's full name in the text: alone, it is that person's given name",
    )
    HONORIFIC = (Role.AGAINST, "a peer's or royal's own name")
    TITLE_WORD = (Role.AGAINST, "the word is a title")
    NO_SLOT = (Role.AGAINST, "the word stands in no name slot")
    PART_OF_A_NAME = (
        Role.AGAINST,
        "the word is part of a longer name ('Farmers’ Union', 'Ministry of Education')",
    )

    @property
    def role(self) -> Role:
        return self.value[0]

    @property
    def description(self) -> str:
        return self.value[1]

    @property
    def key(self) -> str:
        """The name names.yaml uses for it."""
        return self.name.lower()


@dataclass(frozen=True)
class Evidence:
    kind: EvidenceKind
    detail: str = ""

    def __str__(self) -> str:
        return self.detail or self.kind.description


@dataclass
class Reading:
    """One answer to "whose name is this?": the person, the words to write, and the evidence."""

    identity: Evidence
    target: str  # the words that should stand there
    person: str  # the person's full name as the article spells it
    slot: tuple[Slot, str] | None = None
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def kind(self) -> EvidenceKind:
        return self.identity.kind


@dataclass
class Candidate:
    """A span of one unit that may be a damaged name, with every reading of it."""

    unit: Unit
    start: int
    end: int
    readings: list[Reading] = field(default_factory=list)
    #: Evidence against whatever the reading (a title word, a name of its own, …).
    against: list[Evidence] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.unit.text[self.start : self.end]
