"""What the names engine reads from YAML: context words, particles, source-language thresholds,
the decision's weights (names.yaml), known people (gazetteer.yaml) and translations of name words
(names_lexicon.yaml). Every list is checked when the stage is built, with the key named on error."""

import re
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from itertools import product

from republished.cleaning.errors import ConfigError
from republished.cleaning.names.lexicon import Lexicon
from republished.cleaning.yamlconfig import expect, expect_keys, expect_strings, load_yaml

CONTEXT_LISTS = (
    "titles",
    "title_modifiers",
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
    "place_words",
    "feature_nouns",
    "word_given_names",
    "role_words",
)
OTHER_KEYS = ("particles", "case_endings", "source_language", "common_word_zipf", "decision")


@dataclass(frozen=True)
class Person:
    """A gazetteer entry: a known person and how engines render or spell the name."""

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


@dataclass(frozen=True)
class Weights:
    """The decision's numbers: per reading (which kind of evidence says who is meant) a base, the
    weight of each slot group and of each piece of supporting evidence; weights of evidence against
    that hold whatever the reading; the threshold; and the margin one reading needs over another
    that names someone else."""

    threshold: float
    margin: float
    readings: dict[str, dict[str, dict[str, float] | float]]
    against: dict[str, float]


def reachable(weights: "Weights", reading: str, absent: set[str]) -> bool:
    """Whether a reading can reach the threshold at all without the evidence in `absent` (a copy
    with no known source language has no `translated`): the engine skips readings that cannot."""
    row = weights.readings.get(reading)
    if row is None:
        return False
    best = row["base"] + max([0.0, *row["slots"].values()])
    best += sum(w for k, w in row["evidence"].items() if w > 0 and k not in absent)
    return best >= weights.threshold


def _number(value, path, key) -> float:
    return float(expect(value, (int, float), path, key))


def load_weights(data, path) -> Weights:
    expect(data, dict, path, "decision")
    expect_keys(
        data, {"threshold", "margin", "readings", "against"}, {"threshold", "readings"}, path, "decision"
    )
    readings = {}
    for name, reading in expect(data["readings"], dict, path, "decision.readings").items():
        key = f"decision.readings.{name}"
        expect(reading, dict, path, key)
        expect_keys(reading, {"base", "slots", "evidence"}, set(), path, key)
        readings[name] = {
            "base": _number(reading.get("base", 0), path, f"{key}.base"),
            "slots": {
                k: _number(v, path, f"{key}.slots.{k}")
                for k, v in expect(reading.get("slots", {}), dict, path, f"{key}.slots").items()
            },
            "evidence": {
                k: _number(v, path, f"{key}.evidence.{k}")
                for k, v in expect(reading.get("evidence", {}), dict, path, f"{key}.evidence").items()
            },
        }
    against = {
        k: _number(v, path, f"decision.against.{k}")
        for k, v in expect(data.get("against", {}), dict, path, "decision.against").items()
    }
    return Weights(
        threshold=_number(data["threshold"], path, "decision.threshold"),
        margin=_number(data.get("margin", 0.0), path, "decision.margin"),
        readings=readings,
        against=against,
    )


@dataclass
class NamesConfig:
    #: Words that stand right before a name ("Minister", "Mr").
    titles: frozenset[str]
    #: Those and the words that qualify them ("Prime", "State"): no name themselves.
    title_words: frozenset[str]
    title_phrase: re.Pattern
    title_abbreviation: re.Pattern
    verb_after: re.Pattern
    verb_before: re.Pattern
    subject_verb: re.Pattern
    non_names: frozenset[str]
    headline_labels: frozenset[str]
    honorifics: frozenset[str]
    organisation_words: frozenset[str]
    #: Particle (lower case) → the English words engines write for it.
    particles: dict[str, tuple[str, ...]]
    #: Source language → (a surname's ending, the endings of its other cases).
    case_endings: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]
    source_languages: tuple[str, ...]
    word_gap: float
    at_home_gap: float
    native_gap: float
    source_min_zipf: float
    #: Surnames by their form: a stem and a patronymic or surname ending ("Larsson", "González").
    surname_form: re.Pattern
    common_word_zipf: float
    place_words: frozenset[str]
    feature_nouns: frozenset[str]
    #: English words people are named ("Blessing", "Precious"): someone's name, not a rendering.
    word_given_names: frozenset[str]
    #: Roles and ranks before a surname ("imam", "engineer"; case-folded): no given name.
    role_words: frozenset[str]
    weights: Weights
    people: list[Person] = field(default_factory=list)
    lexicon: Lexicon = field(default_factory=Lexicon)
    min_similarity: float = 0.85

    def particle_options(self, own) -> set[str]:
        """What an engine may write for a name's particles (lower case): each particle translated or
        left as it is ("from der" for "van der"), not all of them left."""
        choices = product(*((p.casefold(), *self.particles[p.casefold()]) for p in own))
        written = " ".join(own).casefold()
        return {" ".join(choice) for choice in choices} - {written}

    def __post_init__(self):
        #: Every word an engine writes for a particle ("from", "the", "of").
        self.particle_renderings = frozenset(
            w for renderings in self.particles.values() for r in renderings for w in r.split()
        )


def load_config(
    names_path, gazetteer_path, lexicon_path: Traversable | None, min_similarity: float
) -> NamesConfig:
    path = names_path
    words = expect(load_yaml(path), dict, path, "")
    expect_keys(words, set(CONTEXT_LISTS + OTHER_KEYS), set(CONTEXT_LISTS + OTHER_KEYS), path, "")
    lists = {key: expect_strings(words[key], path, key) for key in CONTEXT_LISTS}
    before_or_after = lists["speech_verbs"]
    verbs_after = "|".join(map(re.escape, before_or_after + lists["speech_verbs_after"]))
    verbs_before = "|".join(map(re.escape, before_or_after + lists["speech_verbs_before"]))
    subject_verbs = "|".join(map(re.escape, lists["subject_verbs"]))
    particles = {}
    for particle, renderings in expect(words["particles"], dict, path, "particles").items():
        if not isinstance(particle, str):
            raise ConfigError(path, "particles", f"expected a string key, got {particle!r}: quote it")
        particles[particle.casefold()] = tuple(expect_strings(renderings, path, f"particles.{particle}"))
    case_endings = {
        str(language): tuple(
            (str(ending or ""), tuple(expect_strings(forms, path, f"case_endings.{language}.{ending}")))
            for ending, forms in expect(endings, dict, path, f"case_endings.{language}").items()
        )
        for language, endings in expect(words["case_endings"], dict, path, "case_endings").items()
    }
    source = expect(words["source_language"], dict, path, "source_language")
    source_keys = {
        "languages",
        "word_gap",
        "at_home_gap",
        "native_gap",
        "min_zipf",
        "surname_endings",
        "surname_stem",
    }
    expect_keys(source, source_keys, source_keys, path, "source_language")
    return NamesConfig(
        titles=frozenset(w.casefold() for w in lists["titles"]),
        title_words=frozenset(w.casefold() for w in lists["titles"] + lists["title_modifiers"]),
        title_phrase=re.compile(r"\b(?:" + "|".join(map(re.escape, lists["title_phrases"])) + r")\s+$", re.I),
        title_abbreviation=re.compile(
            r"\b(?:" + "|".join(map(re.escape, lists["title_abbreviations"])) + r")\.\s*$"
        ),
        # "Store said", "Store later said", "Store has repeatedly denied"; not "Power, said the
        # utility": after a comma, the speaker is whoever follows the verb.
        verb_after=re.compile(
            rf"(?:[’']s)?\s+(?:(?:has|had|have|also|then|later|again|once|[a-z]{{3,}}ly)\s+){{0,2}}(?:{verbs_after})\b"
        ),
        verb_before=re.compile(rf"\b(?i:{verbs_before}),?\s+$"),
        # "Store has …", "Store also wants …": an adverb may come between the subject and its verb.
        subject_verb=re.compile(
            rf"\s+(?:(?:also|still|now|then|later|again|[a-z]{{3,}}ly)\s+)?(?:{subject_verbs})\b"
        ),
        non_names=frozenset(lists["leading_non_names"]),
        headline_labels=frozenset(lists["headline_labels"]),
        honorifics=frozenset(lists["honorifics"]),
        organisation_words=frozenset(lists["organisation_words"]),
        particles=particles,
        case_endings=case_endings,
        source_languages=tuple(expect_strings(source["languages"], path, "source_language.languages")),
        word_gap=_number(source["word_gap"], path, "source_language.word_gap"),
        at_home_gap=_number(source["at_home_gap"], path, "source_language.at_home_gap"),
        native_gap=_number(source["native_gap"], path, "source_language.native_gap"),
        source_min_zipf=_number(source["min_zipf"], path, "source_language.min_zipf"),
        surname_form=re.compile(
            rf"^\w{{{int(_number(source['surname_stem'], path, 'source_language.surname_stem'))},}}(?:"
            + "|".join(
                map(
                    re.escape,
                    expect_strings(source["surname_endings"], path, "source_language.surname_endings"),
                )
            )
            + ")$",
            re.IGNORECASE,
        ),
        common_word_zipf=_number(words["common_word_zipf"], path, "common_word_zipf"),
        place_words=frozenset(lists["place_words"]),
        feature_nouns=frozenset(lists["feature_nouns"]),
        word_given_names=frozenset(lists["word_given_names"]),
        role_words=frozenset(w.casefold() for w in lists["role_words"]),
        weights=load_weights(words["decision"], path),
        people=load_gazetteer(gazetteer_path),
        lexicon=Lexicon.load(lexicon_path) if lexicon_path is not None else Lexicon(),
        min_similarity=min_similarity,
    )
