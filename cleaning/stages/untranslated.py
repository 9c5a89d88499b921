"""Flag words the translation engine left in the source language ("smittetallet").

They are flagged with the language guessed, never translated; each word once. Capitalised
words are left alone: they are names and institutions (Folkehelseinstituttet). So are words
the text explains or quotes as words ("friluftsliv (open-air life)", "what Norwegians call
dugnad"), everywhere in it, and paragraphs in another language (a quoted German passage): a
writer put those there, not an engine.
"""

import re
from collections import Counter
from functools import lru_cache

from republished.cleaning.compact import frequencies, zipf_frequency
from republished.cleaning.draft import Draft
from republished.cleaning.frequency import english_zipf_above
from republished.cleaning.names import is_ordinary_word
from republished.cleaning.names.words import load_word_lists
from republished.cleaning.registry import Stage, StageContext, register

LOWER_WORD = re.compile(r"(?<![\w’'-])[a-zæøåäöüßéèàáóúëï]{5,}(?![\w’'-])")
#: A word the text itself presents as a word: in quotation marks, glossed in brackets or with
#: "meaning", or introduced as a word or term.
QUOTED = "[“\"‘'«]"
GLOSSED_AFTER = re.compile(
    r"[”\"’'»]?(?:\s*\(|,?\s+(?:meaning|which means|which is|literally|or roughly)\b|\s*[–—-]\s+(?:a|an|the)\s)"
)
#: How far before a word its introduction is looked for.
CONTEXT_CHARS = 40
#: The fewest untranslated words of one language that name the original's language.
MIN_LANGUAGE_WORDS = 2
#: "A dugnad is a …": the indefinite article on both sides of "is" makes a definition.
DEFINED = re.compile(r"(?:^|[.!?]\s+)An?\s+$")
DEFINITION = re.compile(r"\s+is\s+an?\s")
INTRODUCED_BEFORE = re.compile(
    r"(?:\b(?:(?:word|term|concept|notion|idea|phrase)(?:\s+of)?|so-called|known as|called|call|calls|dubbed)|,\s+or|"
    rf"{QUOTED})\s*$",
    re.I,
)
#: Letters that English does not use, and the source languages that do.
LETTER_LANGUAGES = {"æ": ("nb", "da"), "ø": ("nb", "da"), "å": ("nb", "sv", "da"), "ä": ("sv", "de"),
                    "ö": ("sv", "de"), "ü": ("de",), "ß": ("de",)}  # fmt: skip


@register
class UntranslatedStage(Stage):
    name = "untranslated"
    languages = ("en",)

    def __init__(
        self,
        context: StageContext,
        source_languages: tuple[str, ...] = ("nb", "sv", "da", "nl", "de"),
        min_source_zipf: float = 2.0,
        max_english_zipf: float = 1.0,
    ):
        self.sources = tuple(source_languages)
        self.min_source_zipf = min_source_zipf
        self.max_english_zipf = max_english_zipf

    def warm_up(self) -> None:
        for language in ("en", *self.sources):
            frequencies(language)
        load_word_lists()

    def languages_of(self, draft: Draft) -> tuple[str, ...]:
        """The languages a word of the page may have been left in: the original's, once the
        outlet is known (a Latvian company name is no Swedish compound), else every source."""
        known = draft.original.get("language")
        if known is None:
            return self.sources
        return (known,) if known in self.sources else ()

    @lru_cache(maxsize=1 << 14)  # noqa: B019  (one stage object per pipeline; bounded for long crawls)
    def guess(self, word: str, languages: tuple[str, ...] | None = None) -> tuple[str, str] | None:
        """(language, evidence) for a word that is not English but of one of the languages (by
        default the stage's sources), or None."""
        languages = self.sources if languages is None else languages
        if not languages or english_zipf_above(word, self.max_english_zipf) or is_ordinary_word(word, 0.0):
            return None
        scores = {lang: zipf_frequency(word, lang) for lang in languages}
        best = max(scores, key=scores.get)
        if scores[best] >= self.min_source_zipf:
            return best, f"a {best} word (word frequency {scores[best]:.1f} in {best}, none in English)"
        for split in range(3, len(word) - 2):
            head, tail = word[:split], word[split:]
            for lang in languages:
                if all(
                    zipf_frequency(part, lang) >= self.min_source_zipf + 0.5
                    and zipf_frequency(part, lang) > zipf_frequency(part, "en")
                    for part in (head, tail)
                ):
                    return lang, f"a {lang} compound of {head!r} and {tail!r}"
        letters = [LETTER_LANGUAGES[ch] for ch in word if ch in LETTER_LANGUAGES]
        if letters:
            candidates = set.intersection(*(set(group) for group in letters))
            if candidates:
                lang = next((lang for lang in languages if lang in candidates), None)
                if lang:
                    letters_used = "".join(sorted({c for c in word if c in LETTER_LANGUAGES}))
                    return lang, f"letters {letters_used} are not English"
        return None

    @staticmethod
    def _presented(line: str, match: re.Match) -> bool:
        """The text quotes, glosses, defines ("A dugnad is a …") or introduces the word as a word."""
        before = max(0, match.start() - CONTEXT_CHARS)
        return bool(
            GLOSSED_AFTER.match(line, match.end())
            or INTRODUCED_BEFORE.search(line, before, match.start())
            or (DEFINED.search(line, before, match.start()) and DEFINITION.match(line, match.end()))
        )

    def __call__(self, draft: Draft) -> None:
        lines = draft.own_language_lines()
        languages_left_in = self.languages_of(draft)
        if not languages_left_in:
            return
        found: dict[str, tuple[str, str]] = {}
        occurrences: list[tuple[str, re.Match]] = []
        for line in lines:
            for match in LOWER_WORD.finditer(line):
                word = match.group()
                if word in found or (guess := self.guess(word, languages_left_in)):
                    found.setdefault(word, guess)
                    occurrences.append((line, match))
        # Only the few words a guess flags are read in context, each of their occurrences.
        presented = {match.group() for line, match in occurrences if self._presented(line, match)}
        languages = Counter()
        for word, (language, evidence) in found.items():
            if word not in presented:
                languages[language] += 1
                draft.flag("untranslated", word, f"left untranslated: {evidence}; guessed {language}")
        if not languages:
            return
        language, count = languages.most_common(1)[0]
        by_language = ", ".join(f"{code}: {n}" for code, n in languages.most_common())
        draft.signal("untranslated_words", 0.4, f"{sum(languages.values())} word(s) left in {by_language}")
        # One word names a language as often wrongly (Swahili's "daladala" read as Norwegian,
        # Sami's "boahtte" as German, on the audits): the original's language takes two.
        if (
            draft.original["outlet"] is None
            and draft.original["language"] is None
            and count >= MIN_LANGUAGE_WORDS
        ):
            draft.original["language"] = language
            draft.original.setdefault("evidence", []).append(f"language of {count} untranslated word(s)")
