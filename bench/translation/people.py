"""The benchmark's people: real public figures and invented ones, and how an engine renders each name.

A rendering is the dictionary translation (freedict.py) of every name word the engine took for a
word of the source language, capitalised as the word it replaces. Nothing here asks the cleaner
or its word helpers anything: the damage is the dictionary's.
"""

import hashlib
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from wordfreq import zipf_frequency

from . import freedict

DATA = Path(__file__).resolve().parent / "people.yaml"
#: Share of people whose articles are held out: never looked at while tuning the cleaner.
HELD_OUT_SHARE = 0.4
#: English plurals that do not add -s or -es.
IRREGULAR_PLURALS = {
    "man": "men",
    "woman": "women",
    "child": "children",
    "foot": "feet",
    "tooth": "teeth",
    "mouse": "mice",
    "wolf": "wolves",
    "leaf": "leaves",
    "knife": "knives",
    "life": "lives",
    "half": "halves",
    "wife": "wives",
    "thief": "thieves",
}
#: Invented surnames: common words of the source language that are no English words, translated
#: by a common English word (not a function word).
MIN_SOURCE_ZIPF, MAX_ENGLISH_ZIPF_OF_SOURCE = 3.0, 3.0
MIN_TRANSLATION_ZIPF, MAX_TRANSLATION_ZIPF = 3.5, 6.0
SKIPPED_PARTS_OF_SPEECH = {"v", "vi", "vt", "art", "prep", "conj", "pron", "adv", "num", "pn", "int"}
#: Infinitives, which the smaller dictionaries do not tag: seldom anyone's surname.
INFINITIVE_ENDINGS = {
    "es": ("ar", "er", "ir"),
    "it": ("are", "ere", "ire"),
    "nl": ("en",),
    "de": ("eln", "ern"),
}
#: English words of closed classes and adverbs the dictionaries give as translations: no surname
#: is a word like these (an adverb in -ly is left out by its ending).
CLOSED_CLASS = set(
    "though although almost soon anything nothing something everything such again already also always "
    "anyway either neither never often perhaps quite rather seldom still then there therefore thus too "
    "very whatever whenever whether while yet instead indeed maybe otherwise somewhat".split()
)


def held_out(name: str) -> bool:
    """A fixed hash of the person's name, not a random draw: the split never changes."""
    digest = hashlib.sha1(name.encode("utf-8")).digest()
    return digest[0] < HELD_OUT_SHARE * 256


def english_plural(word: str) -> str:
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def same_case(rendering: str, original: str) -> str:
    """The English word capitalised as the name word it replaces ("the" for "der", "The" for "Le")."""
    if original.isupper() and len(original) > 1:
        return rendering.upper()
    if original[:1].isupper():
        return rendering[:1].upper() + rendering[1:]
    return rendering


@dataclass
class Person:
    name: str
    lang: str | None
    he: str
    domain: str
    role: str
    title: str
    surname: str
    #: Name word → what the engine writes for it (the word itself when it was left alone).
    rendered: dict[str, str] = field(default_factory=dict)
    #: Words the engine translated, with the dictionary sense it used (for the report).
    senses: dict[str, str] = field(default_factory=dict)
    kind: str = "real"  # real, invented, english (an English original), foreign (a name that is English)
    #: Name words that are particles ("von", "de", "Le"), not names of their own.
    particles: frozenset[str] = frozenset()

    @property
    def given(self) -> str:
        return self.name[: len(self.name) - len(self.surname)].strip()

    @property
    def part(self) -> str:
        return "held_out" if held_out(self.name) else "tune"

    @property
    def damaged(self) -> bool:
        return any(self.rendered.get(w, w) != w for w in self.name.split())


def _translate(lang: str, word: str, spec: dict) -> tuple[str, str] | None:
    """What an engine writes for one name word, and the dictionary sense (None: not in the dictionary)."""
    lemmas = str(spec.get("lemma", word if lang == "de" else word.casefold())).split()
    parts = []
    for lemma in lemmas:
        sense = freedict.lookup(lang, lemma)
        if sense is None:
            return None
        parts.append(sense.translations[0])
    english = " ".join(parts)
    if spec.get("plural"):
        english = english_plural(english)
    if english[:1].isupper():  # "Friday": English capitalises it anyway
        return english, f"{'+'.join(lemmas)} = {english}"
    return same_case(english, word), f"{'+'.join(lemmas)} = {english}"


def _particles(data: dict) -> frozenset[str]:
    words = {w.casefold() for lists in data["particles"].values() for p in lists for w in p.split()}
    return frozenset(words)


def load_real(data: dict) -> tuple[list[Person], list[str]]:
    """The real people of people.yaml whose words the dictionaries know, and a note for each one skipped."""
    particles = _particles(data)
    people, skipped = [], []
    for entry in data["real"]:
        lang = entry["lang"]
        rendered, senses = {}, {}
        for word, spec in entry["translate"].items():
            found = _translate(lang, word, spec or {})
            if found is None:
                skipped.append(f"{entry['name']} ({lang}): {word!r} is not in {freedict.package(lang)}")
                rendered = {}
                break
            rendered[word], senses[word] = found
        if not rendered:
            continue
        people.append(
            Person(
                name=entry["name"],
                lang=lang,
                he=entry["he"],
                domain=entry["domain"],
                role=entry["role"],
                title=entry["title"],
                surname=entry.get("surname", entry["name"].split()[-1]),
                rendered=rendered,
                senses=senses,
                particles=frozenset(w for w in entry["name"].split() if w.casefold() in particles),
            )
        )
    return people, skipped


def load_controls(data: dict) -> list[Person]:
    particles = _particles(data)
    people = []
    for kind in ("english", "foreign"):
        for entry in data[kind]:
            people.append(
                Person(
                    name=entry["name"],
                    lang=entry.get("lang"),
                    he=entry["he"],
                    domain=entry["domain"],
                    role=entry["role"],
                    title=entry["title"],
                    surname=entry.get("surname", entry["name"].split()[-1]),
                    kind=kind,
                    particles=frozenset(w for w in entry["name"].split() if w.casefold() in particles),
                )
            )
    return people


def candidate_words(lang: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(word, translation) pairs that can make an invented surname, and words whose translation is
    the word itself (a name that is an English word as it stands), in the dictionary's order."""
    translated, same = [], []
    for word in freedict.headwords(lang):
        if not 4 <= len(word) <= 10 or (lang == "de") != word[:1].isupper():
            continue
        if zipf_frequency(word, lang) < MIN_SOURCE_ZIPF:
            continue
        sense = freedict.lookup(lang, word)
        if sense is None or set(sense.part_of_speech.replace(",", " ").split()) & SKIPPED_PARTS_OF_SPEECH:
            continue
        english = sense.translations[0]
        if not english.islower() or len(english) < 3 or english in CLOSED_CLASS or english.endswith("ly"):
            continue
        if word.casefold().endswith(INFINITIVE_ENDINGS.get(lang, ())):
            continue
        zipf = zipf_frequency(english, "en")
        if not MIN_TRANSLATION_ZIPF <= zipf <= MAX_TRANSLATION_ZIPF:
            continue
        if fold(english) == fold(word):
            same.append(word)
        elif zipf_frequency(word.casefold(), "en") < MAX_ENGLISH_ZIPF_OF_SOURCE:
            translated.append((word, english))
    return translated, same


def invent(data: dict, rng: random.Random, per_language: int, controls_per_language: int) -> list[Person]:
    """Invented people: a given name of the country and a dictionary word as surname; some carry the
    word as a middle name (a Spanish first surname, a Scandinavian middle name) or a particle."""
    people = []
    particles = _particles(data)
    for lang in data["countries"]:
        translated, same = candidate_words(lang)
        taken = set()
        for word, english in rng.sample(translated, min(per_language, len(translated))):
            he = rng.choice(("he", "she"))
            given = rng.choice(data["given_names"][lang][he])
            surname_word = word[:1].upper() + word[1:]
            rendering = same_case(english, surname_word)
            style = rng.random()
            particle = ""
            if lang in ("es", "nb", "da", "sv") and style < 0.35:
                surname = f"{surname_word} {rng.choice(data['surnames'][lang])}"
            elif lang in data["particles"] and style < 0.2:
                particle = rng.choice(data["particles"][lang])
                surname = f"{particle} {surname_word}"
            else:
                surname = surname_word
            name = f"{given} {surname}"
            if name in taken:
                continue
            taken.add(name)
            rendered = {surname_word: rendering}
            senses = {surname_word: f"{word} = {english}"}
            for p in particle.split():
                sense = freedict.lookup(lang, p)
                if sense is not None:
                    rendered[p] = same_case(sense.translations[0], p)
                    senses[p] = f"{p} = {sense.translations[0]}"
            people.append(
                Person(
                    name=name,
                    lang=lang,
                    he=he,
                    domain=rng.choice(("politics", "politics", "business", "sport", "culture", "science")),
                    role="",
                    title="",
                    surname=surname,
                    rendered=rendered,
                    senses=senses,
                    kind="invented",
                    particles=frozenset(w for w in name.split() if w.casefold() in particles),
                )
            )
        for word in rng.sample(same, min(controls_per_language, len(same))):
            he = rng.choice(("he", "she"))
            surname = word[:1].upper() + word[1:]
            people.append(
                Person(
                    name=f"{rng.choice(data['given_names'][lang][he])} {surname}",
                    lang=lang,
                    he=he,
                    domain=rng.choice(("politics", "business", "sport")),
                    role="",
                    title="",
                    surname=surname,
                    kind="foreign",
                )
            )
    return people


#: Roles and titles for invented people, by domain: (role after "is", title before the name).
INVENTED_ROLES = {
    "politics": [
        ("the {adjective} finance minister", "Finance Minister"),
        ("a member of parliament for the Social Democrats", "MP"),
        ("the mayor of {city}", "Mayor"),
        ("the leader of the Centre Party", "Centre Party leader"),
        ("the {adjective} health minister", "Health Minister"),
    ],
    "business": [
        ("the chief economist at the central bank", "chief economist"),
        ("the chief executive of the state energy company", "chief executive"),
    ],
    "sport": [("the national team coach", "coach"), ("the {adjective} Olympic champion", "champion")],
    "culture": [("the director of the national theatre", "director"), ("a prize-winning novelist", "author")],
    "science": [
        ("a professor of climate research", "Professor"),
        ("the head of the national health institute", "Dr"),
    ],
}


def load(rng: random.Random, per_language: int = 16, controls_per_language: int = 2):
    """Every person of the benchmark: (damaged people, control people, notes on real people skipped)."""
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    real, skipped = load_real(data)
    invented = invent(data, rng, per_language, controls_per_language)
    for person in invented:
        country = data["countries"][person.lang]
        role, title = rng.choice(INVENTED_ROLES[person.domain])
        person.role = role.format(**country)
        person.title = title
    damaged = real + [p for p in invented if p.kind == "invented"]
    controls = load_controls(data) + [p for p in invented if p.kind == "foreign"]
    return data, damaged, controls, skipped
