"""Deterministic language identification with langdetect.

langdetect samples n-grams at random; a fixed seed makes each answer repeatable.
Detecting on a bounded sample with three trials instead of seven keeps the cost
near a millisecond a page: on the 181 pages of the article-extraction benchmark it
gives the same answer as seven trials on 2,000 characters for 180 of them.

`_Detector` gives langdetect's answers, float for float, in three quarters of its time: it
normalises the text with one str.translate instead of a Unicode-block search per
character, and multiplies the 55 language probabilities in list comprehensions,
five draws at a time, instead of one method call and index loop per draw.
tests/test_language.py compares the two.

Plain English prose skips langdetect altogether: about half of its words are among
English's hundred most common, while no page in another language on the benchmark
has more than a fifth. A sample with at least 30% is English; langdetect decides the rest.
"""

import re
from array import array
from collections import OrderedDict
from functools import cache
from importlib.metadata import version

from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

from republished.cleaning.compact import cached_bytes, top_words

SEED = 0
TRIALS = 3
#: langdetect names Chinese by script; records use the plain ISO 639-1 code.
CODE_FIXES = {"zh-cn": "zh", "zh-tw": "zh"}
WORD = re.compile(r"[^\W\d_]+")
#: A sample this long with this share of English's commonest words is English prose.
PLAIN_ENGLISH_WORDS, PLAIN_ENGLISH_SHARE = 40, 0.3


@cache
def common_words(language: str) -> frozenset[str]:
    """A language's hundred most common words, or none for a language wordfreq lacks."""
    try:
        return frozenset(top_words(language, 100))
    except (LookupError, ValueError):
        return frozenset()


def _plain_english(sample: str) -> bool:
    words = WORD.findall(sample)
    english = common_words("en")
    return len(words) >= PLAIN_ENGLISH_WORDS and sum(
        w.casefold() in english for w in words
    ) >= PLAIN_ENGLISH_SHARE * len(words)


class _NormalizedChars(dict):
    """str.translate table applying langdetect's per-character NGram.normalize, filled on demand."""

    def __missing__(self, codepoint: int) -> str:
        normalized = self[codepoint] = NGram.normalize(chr(codepoint))
        return normalized


NORMALIZED_CHARS = _NormalizedChars()


class _Detector(Detector):
    """langdetect's Detector with its two hot loops rewritten; the random draws and the
    floating-point operations are the same, in the same order."""

    def _extract_ngrams(self) -> list[str]:
        """The 1- to 3-grams NGram.add_char would yield, in the same order: grams restart
        after a space, and a capital following a capital (an acronym) yields none."""
        known = self.word_lang_prob_map
        found = []
        grams = " "
        for char in self.text.translate(NORMALIZED_CHARS):
            last = grams[-1]
            if last == " ":
                if char == " ":
                    continue
                grams = " " + char
            else:
                grams = grams[-2:] + char
            if char.isupper() and last.isupper():
                continue
            if char != " " and char in known:
                found.append(char)
            if len(grams) >= 2:
                if grams[-2:] in known:
                    found.append(grams[-2:])
                if len(grams) == 3 and grams in known:
                    found.append(grams)
        return found

    def _detect_block(self) -> None:
        """langdetect's trials: each draws n-grams at random and multiplies the language
        probabilities by theirs, normalising after the first draw and then every fifth until
        one language passes CONV_THRESHOLD. The five products between two normalisations are
        taken in one pass, left to right, so every float is rounded as in langdetect."""
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        vectors = [self.word_lang_prob_map[ngram] for ngram in ngrams]
        choose = self.random.choice
        self.langprob = [0.0] * len(self.langlist)
        self.random.seed(self.seed)
        for _ in range(self.n_trial):
            alpha = self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH
            weight = alpha / self.BASE_FREQ
            prob = [p * (weight + q) for p, q in zip(self._init_probability(), choose(vectors), strict=True)]
            iteration = 0  # langdetect's loop counter: it normalises when this is a multiple of 5
            while True:
                total = sum(prob)
                prob = [p / total for p in prob]
                if max(prob) > self.CONV_THRESHOLD or iteration >= self.ITERATION_LIMIT:
                    break
                a, b, c, d, e = (choose(vectors) for _ in range(5))
                prob = [
                    p * (weight + qa) * (weight + qb) * (weight + qc) * (weight + qd) * (weight + qe)
                    for p, qa, qb, qc, qd, qe in zip(prob, a, b, c, d, e, strict=True)
                ]
                iteration += 5
            self.langprob = [summed + p / self.n_trial for summed, p in zip(self.langprob, prob, strict=True)]


class SparseProfiles:
    """langdetect's n-gram probabilities, kept sparse. An n-gram has a probability in 2 of the
    55 languages on average, and langdetect's dense map of 87,600 vectors took about 100 MB of
    every cleaning process. It answers `ngram in profiles` and `profiles[ngram]` as that map
    does (the same 55 floats, as a tuple), building the vectors a page needs from the non-zero
    values and keeping the most recent ones. It is kept in the cache folder (cleaning/compact.py),
    so a process reads it instead of langdetect's 55 JSON profiles."""

    RECENT = 1 << 12

    def __init__(self, languages: list[str], ngrams: list[str], slots: array, indexes: bytes, values: array):
        self.languages = languages
        #: n-gram -> where its non-zero values start in `values` and `indexes`, times 256, plus their count.
        self._slots = dict(zip(ngrams, slots, strict=True))
        self._indexes, self._values = indexes, values
        self._recent: OrderedDict[str, tuple[float, ...]] = OrderedDict()

    @classmethod
    def of(cls, dense: dict[str, list[float]], languages: list[str]) -> "SparseProfiles":
        slots, indexes, values = array("Q"), bytearray(), array("d")
        for vector in dense.values():
            start = len(values)
            for index, value in enumerate(vector):
                if value:
                    indexes.append(index)
                    values.append(value)
            slots.append(start << 8 | (len(values) - start))
        return cls(languages, list(dense), slots, bytes(indexes), values)

    def to_bytes(self) -> bytes:
        parts = [
            "\0".join(self.languages).encode(),
            "\0".join(self._slots).encode(),
            array("Q", self._slots.values()).tobytes(),
            self._indexes,
            self._values.tobytes(),
        ]
        return b"".join([array("Q", map(len, parts)).tobytes(), *parts])

    @classmethod
    def from_bytes(cls, data: bytes) -> "SparseProfiles":
        sizes = array("Q")
        sizes.frombytes(data[:40])
        parts, position = [], 40
        for size in sizes:
            parts.append(data[position : position + size])
            position += size
        languages, ngrams, slot_bytes, indexes, value_bytes = parts
        slots, values = array("Q"), array("d")
        slots.frombytes(slot_bytes)
        values.frombytes(value_bytes)
        return cls(languages.decode().split("\0"), ngrams.decode().split("\0"), slots, indexes, values)

    def __contains__(self, ngram: str) -> bool:
        return ngram in self._slots

    def __len__(self) -> int:
        return len(self._slots)

    def __getitem__(self, ngram: str) -> tuple[float, ...]:
        vector = self._recent.get(ngram)
        if vector is not None:
            self._recent.move_to_end(ngram)
            return vector
        slot = self._slots[ngram]
        start = slot >> 8
        dense = [0.0] * len(self.languages)
        for position in range(start, start + (slot & 0xFF)):
            dense[self._indexes[position]] = self._values[position]
        vector = self._recent[ngram] = tuple(dense)
        if len(self._recent) > self.RECENT:
            self._recent.popitem(last=False)
        return vector


def _profiles_as_bytes() -> bytes:
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    return SparseProfiles.of(factory.word_lang_prob_map, factory.langlist).to_bytes()


@cache
def _factory() -> DetectorFactory:
    """langdetect's detector factory with its profiles kept sparse (SparseProfiles)."""
    profiles = SparseProfiles.from_bytes(
        cached_bytes(f"langdetect-{version('langdetect')}-profiles", _profiles_as_bytes)
    )
    factory = DetectorFactory()
    factory.langlist = list(profiles.languages)
    factory.word_lang_prob_map = profiles
    factory.set_seed(SEED)
    return factory


def detectable(language: str) -> bool:
    """Whether langdetect can name the language: it has no profile for Galician, Basque or
    Luxembourgish, and names their texts in a neighbour's language (Galician as Spanish)."""
    return language in {CODE_FIXES.get(code, code) for code in _factory().langlist}


def warm_up_detection() -> None:
    """Load the profiles and English's common words before the first page needs them."""
    _factory()
    common_words("en")


def detect_language(text: str, sample_chars: int = 600) -> str | None:
    sample = text[:sample_chars]
    if not any(ch.isalpha() for ch in sample):
        return None
    if _plain_english(sample):
        return "en"
    detector = _Detector(_factory())
    detector.n_trial = TRIALS
    detector.append(sample)
    try:
        code = detector.detect()
    except LangDetectException:
        return None
    return _by_script(sample, None if code == "unknown" else CODE_FIXES.get(code, code))


def _by_script(sample: str, code: str | None) -> str | None:
    """langdetect's answer, unless the script rules it out: Korean is written with Hangul and
    Japanese with kana, so Chinese characters without either are Chinese (langdetect took a
    traditional Chinese page's menus and dates for Korean)."""
    if code not in ("ko", "ja"):
        return code
    han = hangul = kana = 0
    for ch in sample:
        if "\u4e00" <= ch <= "\u9fff":
            han += 1
        elif "\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff":
            hangul += 1
        elif "\u3040" <= ch <= "\u30ff":
            kana += 1
    if han and not (hangul if code == "ko" else kana):
        return "zh"
    return code
