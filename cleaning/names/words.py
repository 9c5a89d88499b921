"""Word knowledge for name repair: which words are ordinary English, which spellings are one name.

Kept apart from the stage so the benchmark and tests can ask the same questions.
"""

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib.metadata import version
from importlib.resources import files

from english_words import get_english_words_set
from rapidfuzz.distance import JaroWinkler

from republished.cleaning.compact import HashSet
from republished.cleaning.frequency import english_zipf_at_least
from republished.cleaning.yamlconfig import expect, expect_strings, load_yaml

#: Word-level caches are bounded: a long crawl meets an unbounded number of words. A full cache
#: of 65,536 words held 6 to 12 MB, and a worker holds several; 16,384 keep a run's common words
#: (a page asks about a few hundred) at a quarter of that.
CACHE_SIZE = 1 << 14
#: Letters with no decomposition that translation engines and keyboards drop.
FOLDS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d"})
DOUBLE = re.compile(r"(\w)\1+")


@lru_cache(maxsize=CACHE_SIZE)
def fold_diacritics(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.translate(FOLDS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=CACHE_SIZE)
def skeleton(word: str) -> str:
    """A spelling key shared by transliteration and diacritic variants (Sergei/Sergey, Støre/Store, Vinter/Winter)."""
    key = fold_diacritics(word).casefold().replace("ks", "x").replace("y", "i").replace("w", "v")
    return DOUBLE.sub(r"\1", key)


@cache
def _word_lists() -> tuple[HashSet, HashSet]:
    """Words English writes in lower case (Webster's 2nd and GCIDE), and the capitalised entries of
    Webster's 2nd: given names (Roger, Noel, Clark) and some places. Loaded together, once, kept
    compact (the two sets of strings took 30 MB)."""
    source = f"english-words-{version('english-words')}"

    def web2() -> set[str]:
        return get_english_words_set(["web2"], lower=False, alpha=True)

    def lower_case() -> Iterable[str]:
        gcide = get_english_words_set(["gcide"], lower=False, alpha=True)
        return (w for w in web2() | gcide if w.islower())

    dictionary = HashSet.cached(f"{source}-lower-case", lower_case)
    return dictionary, HashSet.cached(f"{source}-capitalised", lambda: (w for w in web2() if w[:1].isupper()))


def load_word_lists() -> None:
    """Load the lists up front, so that the first page cleaned does not pay for it."""
    _word_lists()
    _source_given_names()


def _dictionary() -> HashSet:
    return _word_lists()[0]


def _given_names() -> HashSet:
    return _word_lists()[1]


#: Given names of the source languages (Tomasz, Mette, Gábor), written by hand.
GIVEN_NAMES = files("republished.cleaning.data") / "given_names.yaml"
#: A listed name whose lower-case form English uses this often is a word first ("Line", "Tone",
#: "Per"); a name as frequent only as a name stays ("Paolo", "Ana": dictionaries list them too).
COMMON_WORD_ZIPF = 3.9


@cache
def _source_given_names() -> frozenset[str]:
    """The given names of given_names.yaml, less those that are common English words: as
    given names those would stop being words wherever they open a run."""
    data = expect(load_yaml(GIVEN_NAMES), dict, GIVEN_NAMES, "")
    names = {
        name for language, listed in data.items() for name in expect_strings(listed, GIVEN_NAMES, language)
    }
    return frozenset(name for name in names if not is_ordinary_word(name, COMMON_WORD_ZIPF))


def is_given_name(word: str) -> bool:
    return word in _given_names() or word in _source_given_names()


@lru_cache(maxsize=CACHE_SIZE)
def is_patronymic(word: str) -> bool:
    """A surname made of a given name and "s" ("Rogers", "Peters", "Wills"): a word that passes for
    ordinary English only as an inflection, and is as likely another person as a rendering."""
    return word.endswith("s") and word[:-1] in _given_names()


#: Inflections the dictionary lists only by their base form ("states" under "state").
INFLECTIONS = ("s", "es", "ed", "d", "ing")


@lru_cache(maxsize=CACHE_SIZE)
def is_ordinary_word(word: str, min_zipf: float = 2.5) -> bool:
    """True for a word that English writes in lower case (a dictionary word in common use)."""
    lower = word.casefold()
    if min_zipf > 0 and not english_zipf_at_least(lower, min_zipf):
        return False
    dictionary = _dictionary()
    return lower in dictionary or any(
        lower.endswith(suffix) and lower[: -len(suffix)] in dictionary for suffix in INFLECTIONS
    )


#: Words a farm's text glues to the word before them ("Old Streetwill bans scooters"); two-letter
#: ones, "and" and "are" are left out, since names end so ("Brandis", "Marion", "Marchand", "Cesare").
GLUED_FUNCTION_WORDS = "will has had have was were the said says for with that which from".split()


def is_glued(word: str) -> bool:
    """An ordinary word with a function word glued to it ("Streetwill"): the text's artifact, no
    name of anyone's."""
    lower = word.casefold()
    return any(
        lower.endswith(tail) and len(lower) - len(tail) >= 3 and is_ordinary_word(word[: -len(tail)])
        for tail in GLUED_FUNCTION_WORDS
    ) and not is_ordinary_word(word)


def is_inflection(a: str, b: str) -> bool:
    """One word is the other with an English ending ("State"/"States"): grammar, not a rendering."""
    short, long = sorted((a.casefold(), b.casefold()), key=len)
    return long != short and long.startswith(short) and long[len(short) :] in INFLECTIONS


def similarity(a: str, b: str) -> float:
    return JaroWinkler.similarity(fold_diacritics(a).casefold(), fold_diacritics(b).casefold())


def same_spelling_family(a: str, b: str) -> bool:
    return a != b and skeleton(a) == skeleton(b)


def common_prefix(a: str, b: str) -> int:
    a, b = fold_diacritics(a).casefold(), fold_diacritics(b).casefold()
    size = 0
    while size < min(len(a), len(b)) and a[size] == b[size]:
        size += 1
    return size


@lru_cache(maxsize=CACHE_SIZE)
def plausible_rendering(word: str, name: str, min_similarity: float = 0.85) -> bool:
    """Could a translation engine have turned `name` into `word`?

    Either the same spelling family (Støre/Store), or the word keeps the name's
    start and length (Blinken/Blinking, Fischer/Fisher): a word that only shares a
    letter or two (Nelson/Nilsson, Iceland/Ireland) is another name, not a rendering.
    """
    if same_spelling_family(word, name):
        return True
    if len(word) < 3 or abs(len(word) - len(name)) > 3 or is_inflection(word, name):
        return False
    shared = common_prefix(word, name)
    score = similarity(word, name)
    return (shared >= 4 and score >= min_similarity) or (shared == 3 and score >= 0.93)


@lru_cache(maxsize=CACHE_SIZE)
def lookalike(word: str, name: str, min_similarity: float = 0.85) -> bool:
    """A weaker relation than `plausible_rendering`: same first letter, similar length and
    spelling (Dempsey/Depose). Enough only where the context fits nothing but a person."""
    if plausible_rendering(word, name, min_similarity):
        return True
    if len(word) == 3:
        return _shortened(word, name) and similarity(word, name) >= min_similarity
    if len(word) < 4 or abs(len(word) - len(name)) > 2 or is_inflection(word, name):
        return False
    return common_prefix(word, name) >= 1 and similarity(word, name) >= min_similarity


def _shortened(word: str, name: str) -> bool:
    """A three-letter word made of the name's letters in order, from its first two ("Mau" for
    Mahut, "Coe" for Cohen): the short words an engine substitutes for a short name. A given
    name ("Ray" beside Rayne) is more likely someone else called by first name."""
    if len(name) - len(word) > 2 or word[:2] != name[:2] or is_given_name(word):
        return False
    rest = iter(name[2:])
    return all(letter in rest for letter in word[2:])
