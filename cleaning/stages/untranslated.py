"""Flag words the translation engine left in the source language ("smittetallet").

They are flagged with the language guessed, never translated. Capitalised words
are left alone: they are names and institutions (Folkehelseinstituttet).
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

    @lru_cache(maxsize=1 << 14)  # noqa: B019  (one stage object per pipeline; bounded for long crawls)
    def guess(self, word: str) -> tuple[str, str] | None:
        """(language, evidence) for a word that is not English, or None."""
        if english_zipf_above(word, self.max_english_zipf) or is_ordinary_word(word, 0.0):
            return None
        scores = {lang: zipf_frequency(word, lang) for lang in self.sources}
        best = max(scores, key=scores.get)
        if scores[best] >= self.min_source_zipf:
            return best, f"a {best} word (word frequency {scores[best]:.1f} in {best}, none in English)"
        for split in range(3, len(word) - 2):
            head, tail = word[:split], word[split:]
            for lang in self.sources:
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
                lang = next(lang for lang in self.sources if lang in candidates)
                return (
                    lang,
                    f"letters {''.join(sorted({c for c in word if c in LETTER_LANGUAGES}))} are not English",
                )
        return None

    def __call__(self, draft: Draft) -> None:
        languages = Counter()
        for line in draft.lines:
            for match in LOWER_WORD.finditer(line):
                guess = self.guess(match.group())
                if guess:
                    language, evidence = guess
                    languages[language] += 1
                    draft.flag(
                        "untranslated", match.group(), f"left untranslated: {evidence}; guessed {language}"
                    )
        if not languages:
            return
        language, count = languages.most_common(1)[0]
        draft.signal(
            "untranslated_words", 0.4, f"{sum(languages.values())} word(s) left in {dict(languages)}"
        )
        if draft.original["outlet"] is None and draft.original["language"] is None:
            draft.original["language"] = language
            draft.original.setdefault("evidence", []).append(f"language of {count} untranslated word(s)")
