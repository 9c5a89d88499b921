"""Translations of words that are also names (Iglesias = churches, Duda = bagpipe), by source language.

The data (names_lexicon.yaml) is a short list written by hand for this project: words that are
common surnames or name parts in each language, with the English words an engine writes for them.
A name written as a plural or another inflection of a listed word is found through a few endings
per language (Iglesias → iglesia, Meloni → melone, Draghi → drago).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from republished.cleaning.yamlconfig import expect, expect_strings, load_yaml

#: (ending of the name, ending of the dictionary form): plurals and inflections names are made of.
ENDINGS = {
    "es": (("es", ""), ("s", "")),
    # Catalan plurals: Valls of vall, Rius of riu.
    "ca": (("s", ""),),
    "it": (("ghi", "go"), ("chi", "co"), ("i", "o"), ("i", "e"), ("i", "a"), ("e", "a")),
    "fr": (("s", ""), ("x", "")),
    "de": (("en", ""), ("n", ""), ("e", "")),
    "nl": (("s", ""), ("en", "")),
    "sv": (("en", ""), ("et", ""), ("ar", "")),
    "da": (("en", ""), ("n", ""), ("et", ""), ("e", "")),
    "nb": (("en", ""), ("n", ""), ("et", ""), ("e", "")),
    "pt": (("s", ""),),
    "ro": (("ul", ""), ("u", "")),
    # A woman's adjectival surname is the feminine of the word (Černá of černý, Malá of malý).
    "cs": (("á", "ý"),),
    "sk": (("á", "y"), ("á", "ý")),
    # A Latvian woman's surname: Ozola of ozols, Balode of balodis, Lāce of lācis.
    "lv": (("a", "s"), ("e", "is")),
}

#: Languages that share another's list: Bosnian, Serbian and Montenegrin surnames are Croatian's
#: (Zec, Kovač, Golub), Nynorsk's and "no"'s are Bokmål's.
SHARED_LISTS = {"bs": "hr", "sr": "hr", "sh": "hr", "cnr": "hr", "nn": "nb", "no": "nb"}


def english_forms(word: str) -> set[str]:
    """An English word and its plural ("church", "churches")."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        plural = word + "es"
    elif word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        plural = word[:-1] + "ies"
    else:
        plural = word + "s"
    return {word, plural}


#: How many first letters of a listed word a name on the page must share to be read further.
SOURCE_OPENING = 3
#: Every (ending, dictionary ending) pair of any language, for a quick first test.
ALL_ENDINGS = tuple({pair for pairs in ENDINGS.values() for pair in pairs})


@dataclass
class Lexicon:
    #: language → source word (lower case) → English words.
    words: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)

    def __post_init__(self):
        #: Every listed word of every language: most name words are none of them.
        self.any_language = frozenset(w for entries in self.words.values() for w in entries)
        self._openings: dict[str, frozenset[str]] | None = None
        #: Every English word (and plural) an engine may write for a listed word of any language.
        self.any_rendering = frozenset(
            form
            for entries in self.words.values()
            for renderings in entries.values()
            for english in renderings
            for form in english_forms(english.casefold())
        )

    def source_openings(self, english: Iterable[str]) -> frozenset[str]:
        """The first three letters of every listed word, of any language, an engine may write as one
        of the English words ("fox": "fuc" of Fuchs, "vul" of Vulpe, …): a quick test of a name on a
        page, whatever ending it has."""
        if self._openings is None:
            openings: dict[str, set[str]] = {}
            for entries in self.words.values():
                for word, renderings in entries.items():
                    for rendering in renderings:
                        for form in english_forms(rendering.casefold()):
                            openings.setdefault(form, set()).add(word[:SOURCE_OPENING])
            self._openings = {form: frozenset(found) for form, found in openings.items()}
        return frozenset().union(*(self._openings.get(word.casefold(), ()) for word in english))

    def might_translate(self, name_word: str) -> bool:
        """Whether the name word may be a listed word in some language (a quick test before the
        per-language one)."""
        word = name_word.casefold()
        if word in self.any_language:
            return True
        return any(
            word.endswith(ending) and word[: len(word) - len(ending)] + base in self.any_language
            for ending, base in ALL_ENDINGS
        )

    @classmethod
    def load(cls, path) -> "Lexicon":
        data = expect(load_yaml(path), dict, path, "")
        words = {}
        for language, entries in data.items():
            expect(entries, dict, path, language)
            words[language] = {
                str(word).casefold(): tuple(expect_strings(english, path, f"{language}.{word}"))
                for word, english in entries.items()
            }
        return cls(words)

    def _entries(self, language: str) -> dict[str, tuple[str, ...]]:
        return self.words.get(SHARED_LISTS.get(language, language), {})

    def source_forms(self, language: str, name_word: str) -> list[str]:
        """The listed words a name word may be: itself, or a dictionary form behind its ending."""
        word = name_word.casefold()
        entries = self._entries(language)
        forms = [word] if word in entries else []
        for ending, base in ENDINGS.get(SHARED_LISTS.get(language, language), ()):
            if word.endswith(ending) and len(word) > len(ending) + 2:
                stem = word[: len(word) - len(ending)] + base
                if stem in entries and stem not in forms:
                    forms.append(stem)
        return forms

    def translations(self, language: str, name_word: str) -> set[str]:
        """English words (and their plurals) an engine may write for the name word."""
        found: set[str] = set()
        for form in self.source_forms(language, name_word):
            for english in self._entries(language)[form]:
                found |= english_forms(english.casefold())
        return found

    def renders(self, languages, name_word: str, english: str) -> str | None:
        """The language in which `english` translates `name_word`, among `languages`, or None."""
        target = english.casefold()
        return next((lang for lang in languages if target in self.translations(lang, name_word)), None)
