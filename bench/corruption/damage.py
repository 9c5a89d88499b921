"""Damage English article bodies the way translation engines and republishing sites do, logging each change.

Every damaged or inserted paragraph is a `Line` that remembers what the cleaner is given
(`text`) and what a perfect cleaner leaves behind (`expected`, and where the paragraph
should end up). The damage is modelled on what the farms' pages show (see
shared/docs/artifacts.md), not on what the cleaning rules look for: names are put where
the article already has them or into ordinary news sentences, and the interface text
comes from real CMS and outlet vocabularies, including phrasings the rules do not list.
"""

import random
import re
from dataclasses import dataclass, field
from functools import cache

from english_words import get_english_words_set
from wordfreq import top_n_list

from republished.cleaning.names import fold_diacritics, is_inflection, is_ordinary_word, similarity

#: One word of a name: capitalised, not all caps ("McDonald", "O’Brien", "Jean-Claude").
NAME_WORD = r"(?:O['’])?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[A-Z][a-zà-öø-ÿ]+|-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)*"
RUN = re.compile(rf"(?<![\w’'.-]){NAME_WORD}(?: {NAME_WORD})*(?![\w-])")
#: Capitalised words that open a run without being part of a person's name.
NOT_NAME = set(
    """
    The A An In On At After Before During According But And If When While As So Also Then Upon Since Until
    For From With By To Of This That These Those His Her Their Our Its My Your We He She They It I Both
    Neither Either Here There Now Later Meanwhile However Still Yet Even Only Just Last Next Every Each
    Some Many Most Several Such What Who Why How Where Which Whether Although Though Because Like Unlike
    Mr Mrs Ms Dr Sir Dame Lord Lady King Queen Prince Princess President Vice Minister Secretary Chancellor
    Premier Senator Sen Rep Governor Gov Mayor Ambassador Chairman Chairwoman Chair Leader Professor Prof
    Director Spokesman Spokeswoman Spokesperson Commissioner Judge Justice Speaker Pope Bishop Coach
    Captain General Colonel Lieutenant Admiral Sheriff Chief Commander Officer Agent Detective Sergeant
    Attorney Deputy Assistant Acting Former Foreign Health Finance Defence Defense Prime Interior State
    Party Executive Editor Correspondent Reporter Analyst Author Actor Actress Singer Rapper Star Manager
    Head Founder Founders Co-founder CEO Dear Saint St Team Player Quarterback Striker Goalkeeper
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    American Russian Norwegian Swedish Danish German French Dutch Ukrainian British English Chinese
    Japanese Indian Israeli Palestinian Iranian Turkish Syrian European African Canadian Australian
    Mexican Brazilian Italian Spanish Polish Irish Scottish Welsh Korean Belarusian Finnish Afghan Democrat
    Democrats Republican Republicans Democratic Labour Conservative Liberal
    """.split()
)
#: First words of place names, never a given name.
PLACE_HEADS = set(
    "New San Santa Los Las North South East West Northern Southern Eastern Western Central Upper Lower "
    "Fort Mount Port Lake Hong Great United Royal Saudi Costa Sri Puerto Buenos Rio Hot Palm Grand "
    "Silicon Wall Downing White Capitol Supreme Federal National International Global".split()
)
#: Surname particles: a run that starts with one has lost its first name ("Van Der Beek").
PARTICLES = {"Van", "Von", "Der", "Den", "De", "Di", "Da", "Le", "La", "Al", "El", "Bin", "Ibn"}
SPEECH = (
    "said|says|told|tells|added|adds|explained|wrote|writes|stated|asked|replied|noted|continued|argued|"
    "warned|insisted|testified|recalled|admitted|tweeted|posted"
)
TITLE_BEFORE = (
    "Mr|Mrs|Ms|Dr|President|Senator|Sen|Rep|Gov|Governor|Minister|Secretary|Chancellor|Mayor|Ambassador|"
    "Judge|Coach|Professor|Prof|Director|CEO|Chairman|Commissioner|Attorney|Officer|Detective|Captain"
)


def common_prefix(a: str, b: str) -> int:
    """Letters two spellings share at the start, ignoring case and diacritics (for the report)."""
    a, b = fold_diacritics(a).casefold(), fold_diacritics(b).casefold()
    return next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


@cache
def given_names() -> frozenset[str]:
    """Capitalised entries of Webster's 2nd: mostly given names (and some places, screened elsewhere)."""
    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w[:1].isupper())


@cache
def vocabulary() -> dict[str, tuple[str, ...]]:
    """Common English words a translation engine could output, grouped by first letter."""
    by_letter: dict[str, list[str]] = {}
    for word in top_n_list("en", 50000):
        if len(word) >= 3 and word.isalpha() and word.isascii() and word.islower() and is_ordinary_word(word):
            by_letter.setdefault(word[0], []).append(word)
    return {letter: tuple(words) for letter, words in by_letter.items()}


def word_renderings(surname: str, min_similarity: float = 0.85, max_length_change: int = 2) -> list[str]:
    """Ordinary English words that look like the surname: what an engine writes for a name it took for a word.

    Look-alike means same first letter, Jaro-Winkler similarity at least `min_similarity`
    and a length within `max_length_change` letters, as in every rendering seen on the
    farms (Blinken/Blinking, Trump/Trumpet, Støre/Store, Solberg/Sunberg): Jaro-Winkler
    alone would also accept bare prefixes ("Cor" for Corbyn), which engines do not write.
    """
    first = fold_diacritics(surname)[0].casefold()
    found = []
    for word in vocabulary().get(first, ()):
        if abs(len(word) - len(surname)) > max_length_change:
            continue
        if word == surname.casefold() or is_inflection(word, surname):
            continue
        if similarity(word, surname) >= min_similarity:
            found.append(word.capitalize())
    return found


@dataclass
class Line:
    """One paragraph given to the cleaner, and what a perfect cleaner makes of it."""

    text: str
    #: The paragraph the cleaned body should hold; None when the line must leave the body.
    expected: str | None
    kind: str = "original"
    sub: str = ""
    #: "text" (stays in the body), "captions" (moved out), "removed", or "split" (a credit
    #: glued to a paragraph: the credit goes to captions and the paragraph stays).
    goes_to: str = "text"
    detail: dict = field(default_factory=dict)


@dataclass
class Person:
    full: str
    first: str
    surname: str
    first_at: tuple[int, int]  # (paragraph, offset) of the first full-name occurrence
    count: int = 0  # full-name occurrences


@dataclass
class DamagedBody:
    id: str
    url: str
    lines: list[Line]
    people: list[str]


def _runs(text: str) -> list[tuple[int, int, list[str]]]:
    """Capitalised runs with their leading non-name words removed: (start, end, words)."""
    found = []
    for match in RUN.finditer(text):
        words = match.group().split(" ")
        start = match.start()
        while words and _leads_in(words):
            start += len(words[0]) + 1
            words = words[1:]
        if words:
            found.append((start, match.end(), words))
    return found


def _leads_in(words: list[str]) -> bool:
    """Whether the run's first word is not part of the name ("Ambassador", "Questioning", "Ukraine Kurt …")."""
    first = words[0]
    if first in NOT_NAME or (is_ordinary_word(first) and first not in given_names()):
        return True
    return len(words) > 2 and first not in given_names() and words[1] in given_names()


def _person_evidence(paragraphs: list[str], full: str, surname: str) -> bool:
    s, f = re.escape(surname), re.escape(full)
    patterns = [
        rf"\b{s}[’']?s?,? (?:\w+ )?(?:{SPEECH})\b",
        rf"\b(?:{SPEECH}),? (?:{f}|{s})\b",
        rf"\b(?:{TITLE_BEFORE})\.? (?:{f}|{s})\b",
        rf"\b(?:{f}|{s}), (?:\d{{2}}|who|a|an|the|whose)\b",
    ]
    return any(re.search(p, text) for p in patterns for text in paragraphs)


def find_people(paragraphs: list[str]) -> list[Person]:
    """People named in full (2–3 capitalised words whose last one is not an ordinary English word)."""
    people: dict[str, Person] = {}
    for index, text in enumerate(paragraphs):
        for start, _, words in _runs(text):
            if not 2 <= len(words) <= 3:
                continue
            first, surname = words[0], words[-1]
            if first in PLACE_HEADS | PARTICLES or len(surname) < 3 or is_ordinary_word(surname):
                continue
            if any(w in NOT_NAME or (is_ordinary_word(w) and w not in given_names()) for w in words[1:]):
                continue
            full = " ".join(words)
            if full not in people:
                people[full] = Person(full, first, surname, (index, start))
            people[full].count += 1
    return [
        p
        for p in people.values()
        # A given name that is also an ordinary word ("Mark", "Space") needs the text's support.
        if (p.first in given_names() and not is_ordinary_word(p.first))
        or _person_evidence(paragraphs, p.full, p.surname)
    ]


def lone_occurrences(paragraphs: list[str], person: Person) -> list[tuple[int, int]]:
    """Later occurrences of the surname alone (not after another capitalised word, not before one)."""
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(person.surname)}(?![\w-])")
    found = []
    for index, text in enumerate(paragraphs):
        for match in pattern.finditer(text):
            if (index, match.start()) <= person.first_at:
                continue
            before, after = text[: match.start()], text[match.end() :]
            previous = re.search(rf"({NAME_WORD}) $", before)
            if previous and previous.group(1) not in NOT_NAME:
                continue
            if re.match(rf" {NAME_WORD}", after):
                continue
            found.append((index, match.start()))
    return found


def context_of(text: str, start: int, end: int) -> str:
    """A coarse description of where a word stands, for the report (independent of the cleaning rules)."""
    before, after = text[:start], text[end:]
    if not before.strip() and after.startswith(":"):
        return "headline 'Name:'"
    if re.match(r"^[’']s\b", after):
        return "possessive"
    if re.match(rf"^,? (?:\w+ )?(?:{SPEECH})\b", after) or re.search(rf"\b(?:{SPEECH}),? $", before):
        return "next to a verb of speech"
    if re.search(rf"\b(?:{TITLE_BEFORE})\.? $", before):
        return "after a title"
    if not before.strip() or re.search(r"[.!?:;“\"(–—]\s*$", before):
        return "sentence start"
    return "mid-sentence"


# -- templates -------------------------------------------------------------------

HEADLINE_PHRASES = [
    "Believes in further talks",
    "Wants answers before the weekend",
    "– We are not giving up",
    "Expects a decision next week",
    "Disappointed with the result",
    "No comment yet",
    "Warns of the consequences",
    "– This is serious",
    "Rejects the criticism",
    "Satisfied after the meeting",
]
POSSESSIVE_SENTENCES = [
    "{S}’s office did not respond to a request for comment.",
    "{S}’s spokesperson declined to comment on Friday.",
    "{S}’s remarks came after a week of criticism.",
    "It was {S}’s first public comment on the matter.",
    "{S}'s lawyer did not respond to questions from the newspaper.",
    "The statement was posted on {S}’s Facebook page on Thursday.",
]
SPEECH_TAILS = ["said", "says", "added", "told reporters", "said on Friday", "told the newspaper"]
CAPTION_LEADS = [
    "MEETING",
    "MEET",
    "READY",
    "TOUGH TALKS",
    "LEAVING THE MEETING",
    "ON THE WAY",
    "CONCERNED",
    "WARNING",
    "IN COURT",
    "HAPPY",
    "CRITICAL",
    "PRESS CONFERENCE",
    "ARRIVED",
    "DISAPPOINTED",
    "SERIOUS",
    "SUPPORT",
    "REACTED",
    "VISIT",
]
CAPTION_SENTENCES = [
    "{name} (left) at the press conference on {day}.",
    "{name} at the press conference on {day}.",
    "{name} arrives for the meeting in {place} on {day}.",
    "{name} during a press conference in {place} on {day}.",
    "{name} speaks to the press outside the building on {day}.",
    "{name} on the way into the meeting on {day}.",
    "{name} in {place} earlier this week.",
    "{name} (right) with supporters in {place} on {day}.",
    "Here {name} is seen leaving the meeting on {day}.",
    "{name} has been under pressure for weeks.",
    "{name} pictured in {place} in {month}.",
]
CAPTION_FALLBACK_SUBJECTS = ["Police", "Emergency services", "The delegates", "Spectators", "The building"]
PLACES = ["Oslo", "Geneva", "Brussels", "Washington", "London", "Stockholm", "Berlin", "Paris"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "March", "May", "August", "October", "December"]
PHOTOGRAPHERS = [
    "Kari Holm",
    "Frode Hansen",
    "Marte Bakken",
    "Jon Olav Nesvold",
    "Ingrid Sæther",
    "Lise Aasen",
    "Tor Erik Lund",
    "Håkon Berg",
]
AGENCIES = ["NTB", "NTB", "NTB", "VG", "Reuters", "AFP", "AP", "NTB Scanpix"]
#: Interface text as farms and outlets print it, by group; {headline} is another article's title.
RESIDUE = {
    "badge": ["Just updated", "Just updated", "Updated just now", "NEW"],
    "read_also": ["Read also: {headline}", "READ ALSO: {headline}", "Also read: {headline}", "Read also"],
    "embed": [
        "See the press conference below:",
        "See the video below:",
        "Watch the press conference below.",
        "See {surname}’s statement below:",
        "See the whole interview in the video above.",
    ],
    "stamp": ["Published: 21.01.22 14:32", "Updated: 21.01.2022 15:04", "Published 21 January 2022, 14:32"],
    "subscription": ["Read the whole case with subscription", "Read the full story as a subscriber"],
    "share": ["Share this article", "Share on Facebook", "Follow us on Google News"],
    "comments": [
        ["Leave a Reply", "Your email address will not be published."],
        [
            "Leave a Reply Cancel reply",
            "Your email address will not be published. Required fields are marked *",
        ],
        ["Leave a Reply", "Save my name, email, and website in this browser for the next time I comment."],
        ["Post Comment"],
    ],
}
QUOTED = re.compile(
    r"^“(?P<quote>[^“”]+),” (?P<speaker>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,2}) "
    r"(?P<verb>said|says|added|adds|told \w+|explained)\.(?P<rest>(?: .*)?)$"
)
DASH_SPEAKER_BLOCK = {"He", "She", "They", "It", "We", "I"}


class Damager:
    """Applies every damage kind it can to one body; `rng` decides all choices."""

    def __init__(self, rng: random.Random, headlines: list[str]):
        self.rng = rng
        self.headlines = headlines

    def damage(self, body_id: str, url: str, paragraphs: list[str]) -> DamagedBody:
        lines = [Line(p, p) for p in paragraphs]
        people = find_people(paragraphs)
        used: set[int] = set()
        self._names_word(paragraphs, lines, people, used)
        self._names_variant(paragraphs, lines, people, used)
        self._dash_quotes(lines, used)
        # Insertions last, so the paragraph indices above stay valid while they are chosen.
        inserts: list[tuple[int, Line]] = []
        inserts += self._added_name_sentence(paragraphs, people)
        inserts += self._captions(paragraphs, lines, people, used)
        inserts += self._residue(paragraphs, people)
        # Lines inserted at one position keep their order: the later ones go in first.
        for (position, _), line in sorted(
            (((pos, seq), line) for seq, (pos, line) in enumerate(inserts)), key=lambda x: x[0], reverse=True
        ):
            lines.insert(position, line)
        return DamagedBody(body_id, url, lines, [p.full for p in people])

    # -- names rendered as words --------------------------------------------------

    def _names_word(self, paragraphs, lines, people, used, most: int = 2) -> None:
        """Render the surname as a look-alike word in one later occurrence, for up to `most` people.

        The first person chosen also gets an added sentence (see `_added_name_sentence`).
        """
        usable = [(p, words) for p in people if (words := word_renderings(p.surname))]
        self.rng.shuffle(usable)
        # People whose surname recurs alone come first: that is where engines damage names.
        usable.sort(key=lambda item: not lone_occurrences(paragraphs, item[0]))
        self._target = None
        for person, words in usable[:most]:
            word = self.rng.choice(words)
            self._target = self._target or (person, word)
            spots = [(i, s) for i, s in lone_occurrences(paragraphs, person) if i not in used]
            if not spots:
                continue
            index, start = self.rng.choice(spots)
            end = start + len(person.surname)
            text = paragraphs[index]
            damaged = text[:start] + word + text[end:]
            lines[index] = Line(
                damaged,
                text,
                "names_word",
                "existing occurrence",
                detail={
                    "name": person.full,
                    "surname": person.surname,
                    "rendering": word,
                    "similarity": round(similarity(word, person.surname), 3),
                    "common_prefix": common_prefix(word, person.surname),
                    "context": context_of(text, start, end),
                },
            )
            used.add(index)

    def _added_name_sentence(self, paragraphs, people) -> list[tuple[int, Line]]:
        if self._target is None:
            return []
        person, word = self._target
        form = self.rng.choice(["speech", "headline", "possessive"])
        if form == "headline":
            template = "{S}: " + self.rng.choice(HEADLINE_PHRASES)
        elif form == "possessive":
            template = self.rng.choice(POSSESSIVE_SENTENCES)
        else:
            clause = self._clause(paragraphs, person)
            if clause is None:
                form, template = "possessive", self.rng.choice(POSSESSIVE_SENTENCES)
            else:
                template = clause + ", {S} " + self.rng.choice(SPEECH_TAILS) + "."
        correct, damaged = template.replace("{S}", person.surname), template.replace("{S}", word)
        position = self.rng.randint(person.first_at[0] + 1, len(paragraphs))
        line = Line(
            damaged,
            correct,
            "names_word",
            f"added sentence ({form})",
            detail={
                "name": person.full,
                "surname": person.surname,
                "rendering": word,
                "similarity": round(similarity(word, person.surname), 3),
                "common_prefix": common_prefix(word, person.surname),
                "context": form,
            },
        )
        return [(position, line)]

    def _clause(self, paragraphs: list[str], person: Person) -> str | None:
        """A plain statement from the article, to be reported as the person's words."""
        sentences = []
        for text in paragraphs:
            for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text):
                words = sentence.split()
                if (
                    6 <= len(words) <= 25
                    and sentence.endswith(".")
                    and not re.search(r"[“”\"«»()–—:;?!]", sentence)
                    and person.surname not in sentence
                    and not re.search(rf"\b(?:{SPEECH})\b", sentence)
                ):
                    sentences.append(sentence[:-1])
        return self.rng.choice(sentences) if sentences else None

    # -- one name, two spellings -------------------------------------------------------

    def _names_variant(self, paragraphs, lines, people, used) -> None:
        options = []
        for person in people:
            for token in dict.fromkeys(person.full.split()):
                folded = fold_diacritics(token)
                if folded != token:
                    spots = self._token_spots(paragraphs, token, used)
                    if len(spots) >= 2:
                        options.append(("diacritics dropped", person, token, folded, spots[1:]))
            variant = _transliteration(person.first)
            if variant and person.count >= 3:
                spots = self._token_spots(paragraphs, person.full, used)
                options.append(("first name transliterated", person, person.full, variant, spots[1:]))
        if not options:
            return
        sub, person, token, replacement, spots = self.rng.choice(options)
        spots = [(i, s) for i, s in spots if i not in used]
        if not spots:
            return
        index, start = self.rng.choice(spots)
        text = paragraphs[index]
        if sub == "first name transliterated":
            replacement = replacement + token[len(person.first) :]
        damaged = text[:start] + replacement + text[start + len(token) :]
        lines[index] = Line(
            damaged,
            text,
            "names_variant",
            sub,
            detail={"name": person.full, "original": token, "variant": replacement},
        )
        used.add(index)

    @staticmethod
    def _token_spots(paragraphs, token, used) -> list[tuple[int, int]]:
        pattern = re.compile(rf"(?<![\w-]){re.escape(token)}(?![\w-])")
        return [(i, m.start()) for i, text in enumerate(paragraphs) for m in pattern.finditer(text)]

    # -- dash quotes --------------------------------------------------------------------

    def _dash_quotes(self, lines, used) -> None:
        for index, line in enumerate(lines):
            match = QUOTED.match(line.text)
            if index in used or not match or match["speaker"] in DASH_SPEAKER_BLOCK:
                continue
            dashed = f"– {match['quote']}, {match['speaker']} {match['verb']}.{match['rest']}"
            lines[index] = Line(
                dashed,
                dashed,
                "dash_quotes",
                "“QUOTE,” NAME said. → – QUOTE, NAME said.",
                detail={"quote": match["quote"], "speaker": match["speaker"], "original": line.text},
            )
            used.add(index)

    # -- captions and credits -----------------------------------------------------------

    def _captions(self, paragraphs, lines, people, used) -> list[tuple[int, Line]]:
        inserts = []
        names = [p.full for p in people]
        for _ in range(self.rng.randint(1, 2)):
            lead = self.rng.choice(CAPTION_LEADS)
            name = self.rng.choice(names) if names else self.rng.choice(CAPTION_FALLBACK_SUBJECTS)
            sentence = self.rng.choice(CAPTION_SENTENCES).format(
                name=name,
                day=self.rng.choice(DAYS),
                place=self.rng.choice(PLACES),
                month=self.rng.choice(MONTHS),
            )
            caption = f"{lead}: {sentence}"
            position = self.rng.randint(0, len(paragraphs))
            inserts.append(
                (position, Line(caption, None, "captions", "VG lead-in caption", goes_to="captions"))
            )
            credit = (
                f"{self.rng.choice(['Photo', 'Photo', 'Photo', 'Foto'])}: {self.rng.choice(PHOTOGRAPHERS)} / "
            )
            credit += self.rng.choice(AGENCIES)
            fusable = [i for i in range(position, len(paragraphs)) if i not in used][:1]
            if fusable and paragraphs[fusable[0]][:1].isupper() and self.rng.random() < 0.25:
                index = fusable[0]
                lines[index] = Line(
                    credit + paragraphs[index],
                    paragraphs[index],
                    "captions",
                    "credit glued to the next paragraph",
                    goes_to="split",
                    detail={"credit": credit},
                )
                used.add(index)
            else:
                inserts.append((position, Line(credit, None, "captions", "photo credit", goes_to="captions")))
        return inserts

    # -- interface residue --------------------------------------------------------------

    def _residue(self, paragraphs, people) -> list[tuple[int, Line]]:
        inserts = []
        groups = self.rng.sample(sorted(RESIDUE), self.rng.randint(2, 3))
        surname = self.rng.choice(people).surname if people else "the minister"
        for group in groups:
            choice = self.rng.choice(RESIDUE[group])
            texts = choice if isinstance(choice, list) else [choice]
            if group == "comments":
                position = len(paragraphs)
            elif group in ("badge", "stamp"):
                position = self.rng.randint(0, min(2, len(paragraphs)))
            else:
                position = self.rng.randint(1, len(paragraphs))
            for text in texts:
                text = text.format(headline=self.rng.choice(self.headlines), surname=surname)
                inserts.append((position, Line(text, None, "residue", group, goes_to="removed")))
        return inserts


def _transliteration(first: str) -> str | None:
    """A spelling the same name gets from another transliteration (Sergei/Sergey, Dmitry/Dmitri)."""
    for old, new in (("ei", "ey"), ("ey", "ei"), ("iy", "y"), ("y", "i"), ("i", "y")):
        if first.endswith(old) and len(first) > len(old) + 2:
            if old in ("y", "i") and first[-2] in "aeiouy":
                continue
            return first[: -len(old)] + new
    match = re.search(r"(?<=[a-z])(ia|ya|io|yo|iu|yu)", first)
    if match:
        swap = {"i": "y", "y": "i"}[match.group()[0]]
        return first[: match.start()] + swap + first[match.start() + 1 :]
    return None


def headline_of(paragraphs: list[str], max_words: int = 12) -> str:
    """A title-like first sentence (the benchmark's articles come without titles)."""
    for paragraph in paragraphs:
        first = re.split(r"(?<=[.!?])\s+", paragraph)[0].rstrip(".")
        words = first.split()
        if len(words) >= 5 and not re.search(r"[|–—:]", first):
            return " ".join(words[:max_words])
    return " ".join(paragraphs[0].split()[:max_words])
