"""What survives translation: the evidence that two records are copies of one original article.

Two farms that machine-translate the same VG article share few word sequences, but the same
names (people, places, organisations, as capitalised runs), the same numbers, amounts, dates
and times, many of the same content words (each engine picks synonyms for some), the same
original outlet and nearby publication days. `story_features(record)` reads these from a
cleaned record (names after the cleaner's repair, folded to a spelling key so that Støre and
Store, Andreassen and Andreasen are one name). `story_score` says how much two records share:
rare names and specific numbers count for much, "Norway" and "2" for little; two records that
name different original outlets or original URLs are never one story.

Measured on the tune part of bench/stories.py (see bench/README.md): copies of one story share
0.49 or more by `story_score`, different stories on the same event and people at most 0.39.
The order in which names appear, and the quoted speakers, did not separate those further
(stories on one event name the same people in the same order, and speakers are names), so
they are not used.

No Scrapy here; dedup/stories.py keeps the features in an index.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import zlib
from array import array
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from urllib.parse import urlsplit

from republished.cleaning.compact import top_words
from republished.cleaning.frequency import english_zipf_at_least
from republished.cleaning.names import skeleton

WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?")
SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+|\s+[–—-]\s+")
NUMBER = re.compile(r"\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+(?![\d])|\d+(?:[.,]\d+)?")
LOWER_WORD = re.compile(r"[^\W\d_]+")
POSSESSIVE = re.compile(r"['’]s?$")

#: Capitalised words that are no name wherever they stand.
NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr photo read also share
    facebook twitter related tags more""".split()
)
#: The words a Title Case Heading leaves in lower case; a line with any other lower-case word is a sentence.
TITLE_CASE_LOWER = frozenset("a an the of in on at to for and or but nor by with from as vs".split())
#: A capital that grammar asks for (sentence start, title case) makes no name of a word this common.
GRAMMAR_CAPITAL_ZIPF = 3.0
#: A name this common in English ("Norway", "Police") says little about which story it is.
COMMON_NAME_ZIPF = 4.5
FUNCTION_WORDS = frozenset(top_words("en", 150))
#: Copies share a quarter or more of their weighted names and numbers (0.47 or more on the
#: tune part of bench/stories.py); below that, shared content words never make one story, and
#: the index does not read a candidate's content words.
MIN_NAMED_SCORE = 0.25


@lru_cache(maxsize=1 << 16)
def _common(word: str, bound: float) -> bool:
    return english_zipf_at_least(word.casefold(), bound)


@lru_cache(maxsize=1 << 16)
def name_key(word: str) -> str | None:
    """The spelling key of a name word (Støre, Store -> store), or None for no name."""
    word = POSSESSIVE.sub("", word.strip(".-'’"))
    if len(word) < 2 or word.casefold() in NOT_NAMES:
        return None
    return skeleton(word)


@lru_cache(maxsize=1 << 14)
def number_key(text: str) -> str:
    """One spelling for an amount: 100,000 / 100 000 / 100.000 -> 100000; 4,5 / 4.50 -> 4.5; 08.12 -> 8.12."""
    groups = re.split(r"[ .,\u00a0\u202f]", text)
    if len(groups) > 2 or (len(groups) == 2 and len(groups[1]) == 3 and not groups[0].startswith("0")):
        value = "".join(groups)  # thousands separators
    elif len(groups) == 2:
        value = f"{groups[0]}.{groups[1]}"
    else:
        value = groups[0]
    whole, _, fraction = value.partition(".")
    whole, fraction = whole.lstrip("0") or "0", fraction.rstrip("0")
    return f"{whole}.{fraction}" if fraction else whole


def stem(word: str) -> str:
    """A crude English stem: engines agree on the word more often than on its ending."""
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _sentences(text: str) -> list[str]:
    return [s for line in text.splitlines() for s in SENTENCE_END.split(line) if s.strip()]


def names_and_numbers(text: str) -> tuple[list[str], list[str]]:
    """Name keys and number keys, each in order of first appearance."""
    names: dict[str, None] = {}
    numbers: dict[str, None] = {}
    for sentence in _sentences(text):
        words = WORD.findall(sentence)
        lower = [w for w in words if not w[:1].isupper()]
        title_case = len(words) >= 4 and all(w in TITLE_CASE_LOWER for w in lower)
        for i, word in enumerate(words):
            if not word[:1].isupper():
                continue
            if (i == 0 or title_case) and not word.isupper() and _common(word, GRAMMAR_CAPITAL_ZIPF):
                continue
            key = name_key(word)
            if key:
                names[key] = None
        for match in NUMBER.finditer(sentence):
            numbers[number_key(match.group())] = None
    return list(names), list(numbers)


@lru_cache(maxsize=1 << 16)
def _content_word(word: str) -> int | None:
    if len(word) < 3 or word in FUNCTION_WORDS:
        return None
    return zlib.crc32(stem(word).encode())


def content_words(text: str) -> frozenset[int]:
    """The stems of the words that are not among English's 150 commonest, as 32-bit hashes."""
    found = set(map(_content_word, LOWER_WORD.findall(text.casefold())))
    found.discard(None)
    return frozenset(found)


#: Query parameters that say how a reader came to a page, not which page it is.
TRACKING_PARAMETER = re.compile(
    r"^(?:utm_\w+|origin|ref|ref_src|fbclid|gclid|dclid|mc_cid|mc_eid|cmpid|xtor|ito|ocid|smid|"
    r"at_\w+|ns_\w+|share|partner|rss|from)$",
    re.I,
)


@lru_cache(maxsize=1 << 14)
def article_url_key(url: str) -> str:
    """One spelling for links to one article: "https://www.yle.fi/a/74-1?origin=rss#top" and
    "http://yle.fi/a/74-1/" are one original."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    query = "&".join(
        sorted(p for p in parts.query.split("&") if p and not TRACKING_PARAMETER.match(p.split("=", 1)[0]))
    )
    return f"{host}{parts.path.rstrip('/')}" + (f"?{query}" if query else "")


def _day(value) -> int | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


@dataclass(frozen=True)
class StoryFeatures:
    names: tuple[str, ...]  # spelling keys, in order of first appearance
    numbers: tuple[str, ...]
    words: frozenset[int]  # content-word stems, hashed
    outlet: str | None  # the original outlet's domain (or name)
    original_url: str | None
    day: int | None  # publication day (date ordinal): date_published, else the fetch day

    def tokens(self) -> set[str]:
        return {f"n:{n}" for n in self.names} | {f"#:{n}" for n in self.numbers}

    def lsh_tokens(self) -> set[str]:
        """The tokens candidates are looked up by: rare names and numbers of two digits or more."""
        return {f"n:{n}" for n in self.names if not _common(n, COMMON_NAME_ZIPF)} | {
            f"#:{n}" for n in self.numbers if len(n) > 1
        }

    # -- storage ------------------------------------------------------------------------

    def dumps(self) -> str:
        """The names and numbers as JSON (the rest is stored in columns of its own)."""
        return json.dumps([self.names, self.numbers], ensure_ascii=False, separators=(",", ":"))

    def words_bytes(self) -> bytes:
        return array("I", sorted(self.words)).tobytes()

    @classmethod
    def load(cls, text: str, words: bytes | None, outlet, original_url, day) -> StoryFeatures:
        """Features as stored; without their words (None) for a first look at names and numbers."""
        names, numbers = json.loads(text)
        stored = array("I")
        if words:
            stored.frombytes(words)
        return cls(tuple(names), tuple(numbers), frozenset(stored), outlet, original_url, day)


def story_features(record: dict) -> StoryFeatures:
    """The features of a cleaned record (title, text, original, date_published or fetched_at)."""
    title = record.get("title") or ""
    text = record.get("text") or ""
    body = f"{title}\n{text}" if title else text
    names, numbers = names_and_numbers(body)
    original = record.get("original") if isinstance(record.get("original"), dict) else {}
    return StoryFeatures(
        names=tuple(names),
        numbers=tuple(numbers),
        words=content_words(body),
        outlet=str(original.get("domain") or original.get("outlet") or "") or None,
        original_url=str(original.get("url") or "") or None,
        day=_day(record.get("date_published")) or _day(record.get("fetched_at")),
    )


@lru_cache(maxsize=1 << 16)
def token_weight(token: str) -> float:
    """Rare names and long numbers weigh most; common names and one-digit numbers least."""
    kind, value = token[:2], token[2:]
    if kind == "#:":
        digits = sum(ch.isdigit() for ch in value)
        return 1.0 if digits == 1 else 2.0 if digits == 2 and "." not in value else 3.0
    if _common(value, COMMON_NAME_ZIPF):
        return 0.5
    return 1.5 if _common(value, GRAMMAR_CAPITAL_ZIPF) else 3.0


def named_score(a: StoryFeatures, b: StoryFeatures) -> float | None:
    """The weighted Jaccard of the two records' names and numbers (1 for one original URL);
    None when the two cannot be one story (different original outlets or URLs)."""
    if a.original_url and b.original_url:
        return 1.0 if article_url_key(a.original_url) == article_url_key(b.original_url) else None
    if a.outlet and b.outlet and a.outlet != b.outlet:
        return None
    ta, tb = a.tokens(), b.tokens()
    union = sum(token_weight(t) for t in ta | tb)
    return sum(token_weight(t) for t in ta & tb) / union if union else 0.0


def story_score(a: StoryFeatures, b: StoryFeatures) -> float | None:
    """The mean of `named_score` and the Jaccard of content words (0 when the records share
    less than MIN_NAMED_SCORE of their names and numbers, 1 for one original URL); None when
    they cannot be one story."""
    named = named_score(a, b)
    if named is None or (a.original_url and b.original_url):
        return named
    if named < MIN_NAMED_SCORE:
        return 0.0
    words = len(a.words & b.words) / len(a.words | b.words) if a.words or b.words else 0.0
    return (named + words) / 2


@lru_cache(maxsize=1 << 16)
def _band_hashes(token: str, bands: int) -> tuple[int, ...]:
    """`bands` independent 32-bit hashes of a token, one per band (blake2b, 16 per call)."""
    data = token.encode()
    digest = b"".join(
        hashlib.blake2b(data, digest_size=64, salt=part.to_bytes(8, "big")).digest()
        for part in range((bands + 15) // 16)
    )
    return struct.unpack_from(f">{bands}I", digest)


@dataclass(frozen=True)
class StoryScheme:
    """MinHash LSH over `lsh_tokens`: each of `bands` bands is keyed by the `rows` smallest
    token hashes under its own hash function (bottom-k MinHash), so two records whose token
    sets have Jaccard J share a band with probability about 1 - (1 - J**rows) ** bands."""

    bands: int = 32
    rows: int = 3

    def __post_init__(self):
        if not 1 <= self.bands <= 256 or not 1 <= self.rows <= 16:
            raise ValueError(f"bands must be 1 to 256 and rows 1 to 16: {self.bands}, {self.rows}")

    def keys(self, tokens: set[str]) -> list[int]:
        """One signed 63-bit key per band (none for a record without tokens)."""
        if not tokens:
            return []
        columns = zip(*(_band_hashes(t, self.bands) for t in tokens), strict=True)
        keys = []
        for band, column in enumerate(columns):
            smallest = sorted(column)[: self.rows]
            digest = hashlib.blake2b(repr((band, smallest)).encode(), digest_size=8).digest()
            keys.append(int.from_bytes(digest, "big") >> 1)
        return keys
