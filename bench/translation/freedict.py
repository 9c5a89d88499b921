"""Word pairs from the FreeDict dictionaries Debian installs under /usr/share/dictd (dictd format).

The dictionaries are GPL, AGPL or CC BY-SA: nothing derived from them is stored in this
repository. The benchmark reads them at run time (`apt-get install dict-freedict-spa-eng …`,
see bench/README.md) and stops with a message naming the missing packages when they are absent.

A translation engine that takes a name for a word writes the word's usual English translation.
The model here: the dictionary's primary sense, that is the single-word translation listed in
the most entries for the headword (German's Ding lists one headword in many entries), the one
listed first on a tie.
"""

import gzip
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DICTD = Path("/usr/share/dictd")
#: Our language codes and the dictionary that translates each into English. Norwegian Bokmål has
#: no Norwegian-English dictionary in Debian: its English-Norwegian one is read backwards.
DICTIONARIES = {
    "nb": "eng-nor",
    "sv": "swe-eng",
    "da": "dan-eng",
    "fi": "fin-eng",
    "nl": "nld-eng",
    "de": "deu-eng",
    "it": "ita-eng",
    "es": "spa-eng",
    "fr": "fra-eng",
    "pl": "pol-eng",
}
BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
NUMBERED = re.compile(r"^\s*(\d+)\.\s*(.*)$")
#: Bracketed notes, part-of-speech tags and cross-references inside a translation list.
NOTES = re.compile(r"\[[^\]]*\]|<[^>]*>|\([^)]*\)|\{[^}]*\}")
ENGLISH_WORD = re.compile(r"^[A-Za-z][a-z]+$")
#: A WikDict sense line can run into the next sense's number ("1. beam 2.").
TRAILING_NUMBER = re.compile(r"\s+\d+\.?$")


def package(language: str) -> str:
    return f"dict-freedict-{DICTIONARIES[language]}"


def missing_packages(languages) -> list[str]:
    return [
        package(language)
        for language in languages
        if not (DICTD / f"freedict-{DICTIONARIES[language]}.index").is_file()
    ]


def _number(text: str) -> int:
    value = 0
    for char in text:
        value = value * 64 + BASE64.index(char)
    return value


@cache
def _entries(name: str) -> dict[str, list[str]]:
    """Headword (case-folded, as the index has it) → the text of each entry."""
    data = gzip.decompress((DICTD / f"freedict-{name}.dict.dz").read_bytes())
    entries: dict[str, list[str]] = {}
    for line in (DICTD / f"freedict-{name}.index").read_text(encoding="utf-8").splitlines():
        head, offset, length = line.split("\t")[:3]
        if head.startswith("00-database") or head.startswith("00database"):
            continue
        start = _number(offset)
        entries.setdefault(head, []).append(data[start : start + _number(length)].decode("utf-8"))
    return entries


def _headword(entry: str) -> str:
    """The entry's first line without its pronunciation and tags ("Heil /hˈaɪl/ <neut, n, sg>" → "Heil")."""
    return re.split(r"\s+/|\s+<|\s+\(", entry.split("\n", 1)[0], maxsplit=1)[0].strip()


def _part_of_speech(entry: str) -> str:
    tags = re.search(r"<([^>]*)>", entry.split("\n", 1)[0])
    return tags.group(1) if tags else ""


def _first_sense(entry: str) -> list[str]:
    """Single English words of the entry's first sense: its line "1. …", or its first line of content.
    WikDict dictionaries (pol, fin, eng-nor) put a gloss in the source language after each sense."""
    lines = [line for line in entry.split("\n")[1:] if line.strip()]
    if not lines:
        return []
    numbered = [NUMBERED.match(line) for line in lines]
    first = next((m.group(2) for m in numbered if m and m.group(1) == "1"), None)
    text = NOTES.sub(" ", first if first is not None else lines[0])
    words = []
    for part in text.split(","):
        word = TRAILING_NUMBER.sub("", part.strip())
        if ENGLISH_WORD.match(word):
            words.append(word)
    return words


@dataclass(frozen=True)
class Sense:
    word: str
    translations: tuple[str, ...]
    part_of_speech: str


@cache
def _reversed_norwegian() -> dict[str, list[tuple[str, str]]]:
    """Norwegian word → (English headword, part of speech), from the English-Norwegian dictionary."""
    found: dict[str, list[tuple[str, str]]] = {}
    for head, entries in _entries("eng-nor").items():
        if not ENGLISH_WORD.match(head):
            continue
        for entry in entries:
            lines = [line for line in entry.split("\n")[1:] if line.strip()]
            if not lines:
                continue
            numbered = [NUMBERED.match(line) for line in lines]
            first = next((m.group(2) for m in numbered if m and m.group(1) == "1"), lines[0])
            for part in NOTES.sub(" ", first).split(","):
                word = TRAILING_NUMBER.sub("", part.strip())
                if word and " " not in word:
                    found.setdefault(word.casefold(), []).append((head, _part_of_speech(entry)))
    return found


def lookup(language: str, word: str) -> Sense | None:
    """The primary English translation of a source-language word, or None when the dictionary has none.

    A capitalised word matches capitalised headwords first (German nouns: "Heil", not "heil")."""
    if language == "nb":
        pairs = _reversed_norwegian().get(word.casefold(), [])
        counts = Counter(head for head, _ in pairs)
        if not counts:
            return None
        best = max(counts, key=lambda head: (counts[head], -[h for h, _ in pairs].index(head)))
        return Sense(word, (best, *(h for h in counts if h != best)), pairs[0][1])
    entries = _entries(DICTIONARIES[language]).get(word.casefold(), [])
    exact = [e for e in entries if _headword(e) == word]
    same = exact or [e for e in entries if _headword(e).casefold() == word.casefold()]
    if not same:
        return None
    counts: Counter = Counter()
    order: list[str] = []
    for entry in same:
        for translation in _first_sense(entry):
            counts[translation] += 1
            if translation not in order:
                order.append(translation)
    if not order:
        return None
    ranked = sorted(order, key=lambda t: (-counts[t], order.index(t)))
    return Sense(word, tuple(ranked), _part_of_speech(same[0]))


def headwords(language: str) -> list[str]:
    """Every single-word headword of the language's dictionary, in the dictionary's order."""
    if language == "nb":
        return sorted(w for w in _reversed_norwegian() if w.isalpha())
    words = []
    for entries in _entries(DICTIONARIES[language]).values():
        head = _headword(entries[0])
        if head.isalpha():
            words.append(head)
    return words
