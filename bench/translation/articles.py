"""Articles of the benchmark: a translated farm copy about one person, with every mention logged.

Each article spells its person right once (the anchor) and names them again in the positions an
engine damages: the full name, the surname opening a sentence, a possessive, after a title, after
a quote, as a caption's lead-in in capitals and in a "Name: – quote" headline. A middle name or a
particle is damaged where the person has one. Beside them stand a second person spelled right,
paragraphs with no names, and traps: sentences of real English articles (the AEB bodies) that use
the rendering's word in its ordinary sense.
"""

import random
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from .people import Person

TEMPLATES = Path(__file__).resolve().parent / "templates.yaml"
PLACEHOLDER = re.compile(r"\{(\w+)\}")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
#: Positions of a mention, and how likely each article is to have one (at least three are kept).
POSITIONS = {"full": 0.6, "opening": 0.75, "possessive": 0.75, "title": 0.75, "speech": 0.75, "caption": 0.6}
TITLE = -1
FARM = "Archyworldys"


@dataclass
class Mention:
    """One place where the article names its person: what it says, and what it should say."""

    line: int  # TITLE for the title
    start: int
    end: int
    given: str
    expected: str
    position: str
    part: str  # surname, middle, particle, or "" when the mention is undamaged
    person: str

    @property
    def damaged(self) -> bool:
        return self.given != self.expected


@dataclass
class Article:
    id: str
    person: Person
    kind: str  # damaged, or control
    title: str
    title_suffix: str
    url: str
    lines: list[str]
    mentions: list[Mention] = field(default_factory=list)
    #: (line, word): where a sentence uses the rendering's word in its ordinary sense.
    traps: list[tuple[int, str]] = field(default_factory=list)
    other: str | None = None


class Text:
    """A paragraph being written, remembering where each mention went."""

    def __init__(self):
        self.parts: list[str] = []
        self.mentions: list[tuple[int, int, str, str, str, str]] = []

    @property
    def length(self) -> int:
        return sum(map(len, self.parts))

    def add(self, text: str) -> None:
        self.parts.append(text)

    def mention(self, given: str, expected: str, span: tuple[int, int] | None, position: str, part: str):
        offset = self.length
        self.parts.append(given)
        if span is None:
            self.mentions.append((offset, offset + len(given), given, expected, position, ""))
        else:
            start, end = span
            correct = expected[start : len(expected) - (len(given) - end)]
            self.mentions.append((offset + start, offset + end, given[start:end], correct, position, part))

    def __str__(self) -> str:
        return "".join(self.parts)


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


class Writer:
    """Forms of one person's name, damaged as the engine damages them."""

    def __init__(self, person: Person):
        self.person = person
        self.tokens = person.name.split()
        self.surname_tokens = person.surname.split()

    def form(self, tokens: list[str], opening: bool = False, caps: bool = False):
        """(the engine's text, the right text, the span of the damaged words in the engine's text, its part)."""
        given = [self.person.rendered.get(t, t) for t in tokens]
        right = list(tokens)
        if opening:
            given[0], right[0] = _capitalise(given[0]), _capitalise(right[0])
        if caps:
            given, right = [g.upper() for g in given], [r.upper() for r in right]
        changed = [i for i, (g, r) in enumerate(zip(given, right, strict=True)) if g != r]
        text = " ".join(given)
        if not changed:
            return text, " ".join(right), None, ""
        first, last = changed[0], changed[-1]
        start = len(" ".join(given[:first])) + (1 if first else 0)
        end = len(" ".join(given[: last + 1]))
        part = self._part(tokens[first : last + 1], last == len(tokens) - 1)
        # The right text keeps the words around the span as they are; the span's own words change.
        right_text = " ".join(given[:first] + right[first : last + 1] + given[last + 1 :])
        return text, right_text, (start, end), part

    def _part(self, words: list[str], ends_the_name: bool) -> str:
        if all(w in self.person.particles for w in words):
            return "particle"
        return "surname" if ends_the_name else "middle"

    def full(self):
        return self.form(self.tokens)

    def surname(self, opening: bool = False, caps: bool = False):
        return self.form(self.surname_tokens, opening=opening, caps=caps)


def possessive(text: str) -> str:
    return text + ("’" if text.endswith("s") else "’s")


class Composer:
    def __init__(self, data: dict, traps: "TrapSentences", rng: random.Random):
        self.templates = yaml.safe_load(TEMPLATES.read_text(encoding="utf-8"))
        self.data = data
        self.traps = traps
        self.rng = rng

    def _fill(self, template: str, writer: Writer, values: dict, position: str, text: Text) -> None:
        position_of = {"F": "full", "S": position, "S0": position, "SP": "possessive", "SP0": "possessive"}
        end = 0
        for match in PLACEHOLDER.finditer(template):
            text.add(template[end : match.start()])
            end = match.end()
            key = match.group(1)
            if key in ("F", "S", "S0", "SP", "SP0", "SC"):
                if key == "F":
                    given, right, span, part = writer.full()
                else:
                    given, right, span, part = writer.surname(opening=key.endswith("0"), caps=key == "SC")
                if key.startswith("SP"):
                    suffix = possessive(given)[len(given) :]
                    given, right = given + suffix, right + suffix
                text.mention(given, right, span, position_of.get(key, position), part)
            elif key == "caption":
                caption = self.rng.choice(self.templates["captions"])
                text.add(PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), caption))
            else:
                text.add(str(values[key]))
        text.add(template[end:])

    def values(self, person: Person, other: Person | None) -> dict:
        country = self.data["countries"].get(
            person.lang, {"country": "Britain", "adjective": "British", "city": "London"}
        )
        pronoun = {"he": ("he", "his", "him"), "she": ("she", "her", "her")}[person.he]
        domain = person.domain
        topics = self.templates["topics"][domain]
        quotes = self.templates["quotes"][domain]
        return {
            **country,
            "A": person.name,
            "T": person.title,
            "role": person.role,
            "he": pronoun[0],
            "He": pronoun[0].capitalize(),
            "his": pronoun[1],
            "His": pronoun[1].capitalize(),
            "him": pronoun[2],
            "day": self.rng.choice(DAYS),
            "topic": self.rng.choice(topics),
            "quote": self.rng.choice(quotes),
            "O": other.name if other else "",
            "OS": other.surname if other else "",
        }

    def _paragraph(self, template: str, writer: Writer, values: dict, position: str) -> Text:
        text = Text()
        values = {
            **values,
            "day": self.rng.choice(DAYS),
            "quote": self.rng.choice(self.templates["quotes"][writer.person.domain]),
        }
        self._fill(template, writer, values, position, text)
        return text

    def compose(self, person: Person, other: Person | None, kind: str, number: int) -> Article:
        rng = self.rng
        writer = Writer(person)
        values = self.values(person, other)
        positions = [p for p, chance in POSITIONS.items() if rng.random() < chance]
        while len(positions) < 3:
            missing = [p for p in POSITIONS if p not in positions]
            positions.append(rng.choice(missing))
        headline_in_title = rng.random() < 0.5
        body = [
            self._paragraph(rng.choice(self.templates[position]), writer, values, position)
            for position in positions
        ]
        if not headline_in_title:
            body.append(self._paragraph(self.templates["headline"][0], writer, values, "headline"))
        for filler in rng.sample(self.templates["filler"], 4):
            text = Text()
            text.add(filler)
            body.append(text)
        if other is not None:
            for template in rng.sample(self.templates["other"], 2):
                text = Text()
                text.add(PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), template))
                body.append(text)
        rng.shuffle(body)
        if kind == "damaged" and rng.random() < 0.3:
            # Engines are not consistent: one more mention, in another position, spelled right.
            position = rng.choice([p for p in POSITIONS if p not in positions] or list(POSITIONS))
            right = Writer(replace(person, rendered={}))
            body.insert(
                rng.randint(0, len(body)),
                self._paragraph(rng.choice(self.templates[position]), right, values, position),
            )
        lede = self._paragraph(rng.choice(self.templates["lede"]), writer, values, "anchor")
        body.insert(0 if rng.random() < 0.8 else rng.randint(1, 3), lede)
        traps = []
        words = {r for w, r in person.rendered.items() if w not in person.particles and " " not in r}
        for word in sorted(words) or sorted({person.surname.split()[-1]} if kind == "control" else set()):
            for sentence in self.traps.find(word, rng, 2):
                text = Text()
                text.add(sentence)
                body.insert(rng.randint(1, len(body)), text)
                traps.append((str(text), word))
        if headline_in_title:
            title_text = self._paragraph(self.templates["headline"][0], writer, values, "headline")
        else:
            title_text = Text()
            title_text.add(
                PLACEHOLDER.sub(
                    lambda m: str(values[m.group(1)]), rng.choice(self.templates["titles"][person.domain])
                )
            )
        outlet = self.data["countries"][person.lang]["outlet"] if person.lang else None
        suffix = f" – {outlet} – {FARM}" if outlet else f" – {FARM}"
        title = str(title_text)
        slug = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:60]
        lines = [str(t) for t in body]
        article = Article(
            id=f"{number:03d}",
            person=person,
            kind=kind,
            title=title,
            title_suffix=suffix,
            url=f"https://www.archyworldys.com/{slug}-{number}/",
            lines=lines,
            other=other.name if other else None,
        )
        for index, text in [(TITLE, title_text), *enumerate(body)]:
            for start, end, given, expected, position, part in text.mentions:
                article.mentions.append(
                    Mention(index, start, end, given, expected, position, part, person.name)
                )
        article.traps = [(lines.index(sentence), word) for sentence, word in traps]
        return article


class TrapSentences:
    """Sentences of real English articles, by the words they use in lower case or open with."""

    SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")

    def __init__(self, bodies: list[str]):
        self.by_word: dict[str, list[str]] = {}
        for body in bodies:
            for paragraph in body.split("\n"):
                for sentence in self.SENTENCE.split(paragraph.strip()):
                    words = sentence.split()
                    if not 8 <= len(words) <= 45 or not sentence.endswith((".", "!", "?")):
                        continue
                    found = set(re.findall(r"\b[a-z]+\b", sentence))
                    opening = re.match(r"[A-Z][a-z]+\b", sentence)
                    if opening:
                        found.add(opening.group())
                    for word in found:
                        self.by_word.setdefault(word, []).append(sentence)

    def find(self, word: str, rng: random.Random, most: int) -> list[str]:
        """Up to `most` sentences using the word, a sentence opening with it first."""
        opening = sorted(set(self.by_word.get(word, [])))
        inside = sorted(set(self.by_word.get(word.casefold(), [])) - set(opening))
        chosen = rng.sample(opening, min(1, len(opening)))
        chosen += rng.sample(inside, min(most - len(chosen), len(inside)))
        return chosen
