"""Word lists in compact form, loaded when a page first needs them.

wordfreq keeps each language it is asked about as a dict of Python strings (30 MB for Norwegian,
125 MB for Russian, for as long as the process lives), and `top_n_list` loads the whole list to
give a hundred words. A worker that met ten languages held a gigabyte. Here a language's list is
one sorted array of 64-bit entries, a word's 48-bit hash above its frequency bucket: 8 bytes a
word, built with one sort of plain integers. An unknown word is taken for a listed one with a
chance of about 2 in 10^9 a lookup (600,000 words in 2^48 hashes).

`word_frequency` and `zipf_frequency` are wordfreq 3.1's (`_word_frequency`, step for step,
with the dict lookups replaced); tests/test_compact.py holds them equal to wordfreq's.

Built arrays are kept in the user's cache folder ($XDG_CACHE_HOME or ~/.cache, under
republished/), named by the version of the package the words come from: a process reads a list
in milliseconds instead of hashing and sorting it (about a second for six languages), which is
what made every `scrapy clean` and crawl wait before its first page. The hash is an unkeyed
BLAKE2 digest, the same in every process (Python's own `hash` of a string is not). A cache that
cannot be read or written is rebuilt in memory and the run goes on.
"""

import contextlib
import math
import os
import tempfile
import unicodedata
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import cache
from hashlib import blake2b
from importlib.metadata import version
from pathlib import Path

import langcodes
from wordfreq import (
    INFERRED_SPACE_FACTOR,
    available_languages,
    cB_to_freq,
    freq_to_zipf,
    get_frequency_list,
    zipf_to_freq,
)
from wordfreq.language_info import get_language_info
from wordfreq.numbers import digit_freq, has_digit_sequence, smash_numbers
from wordfreq.preprocess import preprocess_text
from wordfreq.tokens import lossy_tokenize

#: How far (langcodes' distance) the language of wordfreq's nearest list may be from the one
#: asked for: Norwegian "no" takes Bokmål's list (1), Nynorsk (20) too; Welsh, Irish and Scots
#: Gaelic (24) would take English's, and read every English paragraph as their own.
MAX_LIST_DISTANCE = 20


def _read_list(lang: str) -> list[list[str]]:
    """wordfreq's list of a language, read past its cache (which would keep it for good);
    LookupError when wordfreq has none near enough."""
    available = list(available_languages())
    match, _distance = langcodes.closest_match(lang, available, max_distance=MAX_LIST_DISTANCE)
    if match == "und" and langcodes.get(lang).language not in available:
        raise LookupError(f"no word list for {lang!r}")
    return get_frequency_list.__wrapped__(lang)


def stable_hash(word: str) -> int:
    """A word's 64-bit hash, the same in every process and on every run."""
    return int.from_bytes(blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


#: Changes when what a cached file holds changes, so an old file is never read as a new one.
CACHE_FORMAT = "3"
_MAGIC = b"RPWL"


def cache_folder() -> Path | None:
    """The folder, or None where the user has no home to keep it in."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = Path.home() / ".cache"
        except (RuntimeError, KeyError):
            return None
    return Path(base) / "republished"


def _read_cached(path: Path) -> bytes | None:
    """What PATH holds, or None when it is missing or not whole (its checksum disagrees)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    body = data[12:]
    if data[:4] != _MAGIC or int.from_bytes(data[4:8], "little") != len(body):
        return None
    return body if int.from_bytes(data[8:12], "little") == zlib.crc32(body) else None


def _write_cached(path: Path, body: bytes) -> None:
    """Written whole under a temporary name, then renamed: a reader never sees half a file."""
    header = _MAGIC + len(body).to_bytes(4, "little") + zlib.crc32(body).to_bytes(4, "little")
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".part")
        with os.fdopen(handle, "wb") as file:
            file.write(header + body)
        os.replace(temporary, path)
    except OSError:
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def cached_bytes(name: str, build: Callable[[], bytes]) -> bytes:
    """What the cache folder keeps as NAME, or BUILD()'s bytes, kept there for the next process."""
    folder = cache_folder()
    if folder is None:
        return build()
    path = folder / f"{name}.v{CACHE_FORMAT}.bin"
    body = _read_cached(path)
    if body is None:
        body = build()
        _write_cached(path, body)
    return body


def sorted_entries(name: str, build: Callable[[], Iterable[int]]) -> array:
    """The sorted 64-bit entries of list NAME: from the cache folder, or built and cached."""
    entries = array("Q")
    entries.frombytes(cached_bytes(name, lambda: array("Q", sorted(build())).tobytes()))
    return entries


class HashSet:
    """A frozen set of strings as their sorted hashes: 8 bytes a word instead of about 70."""

    def __init__(self, hashes: array):
        self._hashes = hashes

    @classmethod
    def cached(cls, name: str, words: Callable[[], Iterable[str]]) -> "HashSet":
        """The set of WORDS() kept in the cache folder as NAME (which names their source's version)."""
        return cls(sorted_entries(name, lambda: {stable_hash(word) for word in words()}))

    def __contains__(self, word: str) -> bool:
        code = stable_hash(word)
        index = bisect_left(self._hashes, code)
        return index < len(self._hashes) and self._hashes[index] == code

    def __len__(self) -> int:
        return len(self._hashes)


HASH_BITS, BUCKET_BITS = 48, 16
HASH_MASK, BUCKET_MASK = (1 << HASH_BITS) - 1, (1 << BUCKET_BITS) - 1


class Frequencies:
    """One language's wordfreq list: a token's frequency by binary search over hashed entries."""

    def __init__(self, entries: array):
        self._entries = entries

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, token: str) -> float | None:
        code = stable_hash(token) & HASH_MASK
        index = bisect_left(self._entries, code << BUCKET_BITS)
        if index == len(self._entries) or self._entries[index] >> BUCKET_BITS != code:
            return None
        # A word wordfreq lists twice counts at its last (rarest) bucket, as in its dict.
        while index + 1 < len(self._entries) and self._entries[index + 1] >> BUCKET_BITS == code:
            index += 1
        return cB_to_freq(-(self._entries[index] & BUCKET_MASK))


def _entries(pack: list[list[str]]) -> Iterable[int]:
    """A word's 48-bit hash above its frequency bucket, for every word of a wordfreq list."""
    return (
        (stable_hash(word) & HASH_MASK) << BUCKET_BITS | bucket
        for bucket, words in enumerate(pack)
        for word in words
    )


@cache
def frequencies(lang: str) -> Frequencies:
    """A language's list; an empty one for a language wordfreq has none for (Estonian, Thai):
    every word is unknown there, as it is to wordfreq, which raises instead."""
    name = f"wordfreq-{version('wordfreq')}-{lang}"
    try:
        return Frequencies(sorted_entries(name, lambda: _entries(_read_list(lang))))
    except LookupError:
        return Frequencies(array("Q"))


def has_word_list(lang: str) -> bool:
    """Whether wordfreq has a list for the language: without one (Estonian), no word is known to
    be rare in it."""
    return len(frequencies(lang)) > 0


def is_latin_letter(letter: str) -> bool:
    """Vietnamese's "ờ" (Latin Extended Additional) too."""
    return unicodedata.name(letter, "").startswith("LATIN")


@cache
def written_in_latin_letters(lang: str) -> bool:
    """Whether the language's word list is mostly written in Latin letters: a romanised name
    ("Ha-neul", "Mori") is no word of a list in Hangul or kana, however rare it is there.
    False without a list."""
    if not has_word_list(lang):
        return False
    words = top_words(lang, 100)
    latin = sum(all(is_latin_letter(ch) for ch in word if ch.isalpha()) for word in words)
    return latin * 2 > len(words)


@cache
def _needs_segmenter(lang: str) -> bool:
    """Whether wordfreq splits this language's text with MeCab or jieba (Japanese, Korean,
    Chinese), optional packages it imports on the first such call."""
    return get_language_info(lang)["tokenizer"] in ("mecab", "jieba")


def _tokens(word: str, lang: str) -> list[str]:
    """wordfreq's tokens of a word; in a language that needs a segmenter, the word is one token
    (the callers ask about single words, and without MeCab wordfreq would raise on them)."""
    if _needs_segmenter(lang):
        return preprocess_text(word, lang).split()
    return lossy_tokenize(word, lang)


def word_frequency(word: str, lang: str, minimum: float = 0.0) -> float:
    """wordfreq.word_frequency(word, lang) of the 'best' list (a word of Japanese, Korean or
    Chinese is looked up whole). A language without a list (Thai) knows no word: its text is not
    tokenized, which wordfreq would warn of on stderr, once per process."""
    if not has_word_list(lang):
        return minimum
    tokens = _tokens(word, lang)
    if not tokens:
        return minimum
    table = frequencies(lang)
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        freq = table.get(smashed)
        if freq is None:
            return minimum
        if smashed != token:
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    freq = 1.0 / one_over_result
    if get_language_info(lang)["tokenizer"] == "jieba":
        freq *= INFERRED_SPACE_FACTOR ** -(len(tokens) - 1)
    unrounded = max(freq, minimum)
    if unrounded == 0.0:
        return 0.0
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)


def zipf_frequency(word: str, lang: str, minimum: float = 0.0) -> float:
    """wordfreq.zipf_frequency(word, lang) of the 'best' list."""
    return round(freq_to_zipf(word_frequency(word, lang, zipf_to_freq(minimum))), 2)


def plain_frequency(word: str, lang: str) -> float:
    """The listed frequency of a word that is its own only token (a lower-case plain word)."""
    return frequencies(lang).get(word) or 0.0


def top_words(lang: str, count: int) -> list[str]:
    """wordfreq.top_n_list(lang, count), without keeping the whole list (and without reading it
    again once cached)."""
    name = f"wordfreq-{version('wordfreq')}-{lang}-top-{count}"
    words = cached_bytes(name, lambda: "\n".join(_top_words(lang, count)).encode()).decode()
    return words.split("\n") if words else []


def _top_words(lang: str, count: int) -> list[str]:
    found = []
    for bucket in _read_list(lang):
        for word in bucket:
            if not has_digit_sequence(word):
                found.append(word)
                if len(found) == count:
                    return found
    return found
